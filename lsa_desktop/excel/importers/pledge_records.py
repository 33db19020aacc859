"""What the pledges import reads of the stored pledges, a row as it is checked, and how a
pledge is written (see :mod:`.pledges` for the rules, :mod:`.pledge_groups` for the checks).

The stored pledges the file names are read with their lines, what deliveries accepted on each
line and the first delivery of each, in four queries for the whole file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, func, select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import PledgeKind
from lsa_desktop.excel.importers.equipment_rows import has_error
from lsa_desktop.excel.model import Issue, ParsedRow
from lsa_desktop.services.pledge_lines import LineToSave, new_line_row
from lsa_desktop.store.models import Delivery, DeliveryLine, Pledge, PledgeLine

if TYPE_CHECKING:
    from lsa_desktop.excel.importers.pledge_groups import PledgeGroup

_CHUNK = 500
#: A pledge line's columns an import may change (with its unit value).
LINE_COLUMNS = ("requisition_line_id", "unit_id", "equipment_type_id", "quantity")


@dataclass
class PledgeRow:
    """One row of a pledge: what it refers to and, once matched, the stored line it is."""

    row: ParsedRow
    issues: list[Issue]
    unit: Row[Any] | None
    kind: Row[Any] | None
    donor_id: uuid.UUID | None
    requisition: Row[Any] | None  # the requisition the row names
    requested: Row[Any] | None  # its line for the row's type
    stored: PledgeLine | None = None
    resolved: LineToSave | None = None

    @property
    def ok(self) -> bool:
        return self.row.valid and not has_error(self.issues)

    @property
    def keeps_link(self) -> bool:
        """A stored line answering what it answered (the cell empty, or naming the same
        requisition line): it keeps its unit, type and link, and the file sets its quantity and
        value. (The form gives a line the unit of the requisition it answers, but a line recorded
        otherwise, say against a mission-wide requisition, is not moved by a re-import.)"""
        stored = self.stored
        return stored is not None and (
            self.requested is None or self.requested.id == stored.requisition_line_id
        )


class StoredPledges:
    """The stored pledges a file names, as ORM rows to change, with their lines, what was
    accepted on each line, and the date of each pledge's first delivery."""

    def __init__(self, session: Session, matched: Sequence[Row[Any]]) -> None:
        ids = [row.id for row in matched]
        self.pledges: dict[uuid.UUID, Pledge] = {}
        self.lines: dict[uuid.UUID, list[PledgeLine]] = {pledge_id: [] for pledge_id in ids}
        self.accepted: dict[uuid.UUID, int] = {}
        self.first_delivery: dict[uuid.UUID, date] = {}
        dl, d = DeliveryLine.__table__.c, Delivery.__table__.c
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for pledge in session.execute(
                select(Pledge).where(col(Pledge.id).in_(chunk))
            ).scalars():
                self.pledges[pledge.id] = pledge
            lines = select(PledgeLine).where(col(PledgeLine.pledge_id).in_(chunk))
            for line in session.execute(lines).scalars():
                self.lines[line.pledge_id].append(line)
            accepted = (
                select(dl.pledge_line_id, func.sum(dl.quantity_accepted))
                .join(PledgeLine.__table__, PledgeLine.__table__.c.id == dl.pledge_line_id)
                .where(PledgeLine.__table__.c.pledge_id.in_(chunk))
                .group_by(dl.pledge_line_id)
            )
            self.accepted.update({i: int(n) for i, n in session.execute(accepted)})
            first = (
                select(d.pledge_id, func.min(d.delivered_on))
                .where(d.pledge_id.in_(chunk))
                .group_by(d.pledge_id)
            )
            self.first_delivery.update({i: day for i, day in session.execute(first)})


class PledgeWriter:
    """Writes one pledge: the pledge itself (added once if new), each row's line, then the
    pledge's fields, value and status after the last row."""

    def __init__(self, group: PledgeGroup) -> None:
        self.group = group
        self.pledge: Pledge | None = group.pledge

    def for_row(self, line: PledgeRow, *, settle: bool) -> Callable[[Session], None]:
        def apply(session: Session) -> None:
            pledge = self._ensure(session)
            target = line.resolved
            if target is not None and line.stored is None:
                session.add(new_line_row(pledge.id, target))
            elif target is not None and line.stored is not None:
                for name in (*LINE_COLUMNS, "unit_value_usd"):
                    if getattr(line.stored, name) != getattr(target, name):
                        setattr(line.stored, name, getattr(target, name))
            if settle:
                self._settle(pledge)

        return apply

    def _ensure(self, session: Session) -> Pledge:
        group = self.group
        if group.donor_id is not None and group.donors.is_new(group.donor_id):
            group.donors.ensure(session, group.donor_id)
            session.flush()  # the pledge refers to it
        if self.pledge is None:
            assert group.donor_id is not None
            self.pledge = Pledge(
                reference=group.reference,
                donor_id=group.donor_id,
                pledged_on=group.pledged_on,
                kind=PledgeKind.IN_KIND,
                expected_delivery=group.given["expected_delivery"],
            )
            session.add(self.pledge)
            session.flush()  # its lines refer to it
        return self.pledge

    def _settle(self, pledge: Pledge) -> None:
        settled = self.group.settled
        for name, value in settled.changes.items():
            setattr(pledge, name, value)
        if pledge.value_usd != settled.value_usd:
            pledge.value_usd = settled.value_usd
        if pledge.status != settled.status:
            pledge.status = settled.status
