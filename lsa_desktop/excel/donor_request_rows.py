"""What the donor request workbook lists, read in two queries: the requisition lines donors can
still answer, and the pledges already made against them.

A line is listed while its requisition can take a pledge (submitted, approved or partly
fulfilled: the states a pledge form offers) and something is still to arrive. Its figures use
the same arithmetic as the requisition's own lines and the gaps
(:func:`~lsa_desktop.services.holdings.accepted_for_line`,
:func:`~lsa_desktop.services.holdings.covered_for_line`):

- wanted: the approved quantity, or the requested one while nothing is approved;
- delivered: what deliveries accepted against the pledges answering the line;
- covered: what those pledges cover (an open pledge its quantity, an ended one what came);
- needed = max(0, wanted - delivered): what is still to arrive;
- pledged = covered - delivered: pledged and not yet delivered;
- gap = max(0, wanted - covered) = max(0, needed - pledged): what no donor has offered yet.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session

from lsa_desktop.domain.enums import OPEN_PLEDGE_STATUSES, PledgeStatus, Priority
from lsa_desktop.errors import UserError
from lsa_desktop.services.holdings import accepted_for_line, accepted_on, covered_for_line
from lsa_desktop.services.pledge_lines import PLEDGEABLE_REQUISITIONS
from lsa_desktop.store.models import (
    Donor,
    EquipmentCategory,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)

_requisition = Requisition.__table__
_line = RequisitionLine.__table__
_unit = Unit.__table__
_type = EquipmentType.__table__
_category = EquipmentCategory.__table__
_donor = Donor.__table__
_pledge = Pledge.__table__
_pledge_line = PledgeLine.__table__

#: Most pressing first.
PRIORITY_ORDER = (Priority.IMMEDIATE, Priority.URGENT, Priority.ROUTINE)


@dataclass(frozen=True, slots=True)
class RequestLine:
    """One requisition line a donor can still answer, with its figures (see the module)."""

    requisition_line_id: uuid.UUID
    requisition_reference: str
    position: int  # 1-based, in the order the requisition lists its lines
    unit_code: str
    category_name: str
    type_code: str
    type_name: str
    unit_of_measure: str
    remarks: str
    wanted: int
    delivered: int
    covered: int
    unit_cost_usd: float  # the line's estimate, else the catalogue's unit value
    priority: Priority
    operational_impact: str
    justification: str
    required_by: date | None

    @property
    def line_reference(self) -> str:
        """ "REQ-2026-0004/2": the requisition and the line's number on it."""
        return f"{self.requisition_reference}/{self.position}"

    @property
    def needed(self) -> int:
        return max(0, self.wanted - self.delivered)

    @property
    def pledged(self) -> int:
        """Pledged and not yet delivered (by every donor)."""
        return max(0, self.covered - self.delivered)

    @property
    def gap(self) -> int:
        return max(0, self.wanted - self.covered)

    @property
    def needed_usd(self) -> float:
        return self.needed * self.unit_cost_usd

    @property
    def gap_usd(self) -> float:
        return self.gap * self.unit_cost_usd


@dataclass(frozen=True, slots=True)
class MadePledge:
    """A pledge line already answering one of the listed requisition lines."""

    requisition_line_id: uuid.UUID
    unit_code: str  # the pledge line's: a headquarters' request may be pledged unit by unit
    type_code: str
    type_name: str
    donor: str
    reference: str
    pledged_on: date
    status: PledgeStatus
    quantity: int
    accepted: int
    unit_value_usd: float
    expected_delivery: date | None

    @property
    def outstanding(self) -> int:
        """Still owed: an open pledge's quantity not yet accepted; nothing once it has ended."""
        if self.status in OPEN_PLEDGE_STATUSES:
            return max(0, self.quantity - self.accepted)
        return 0


def donor_name(session: Session, name: str) -> str:
    """The donor's name as recorded, found whatever its case and spacing; a sentence listing the
    donors when there is none."""
    d = _donor.c
    wanted = " ".join(name.split()).casefold()
    names = list(session.execute(select(d.name).order_by(d.name)).scalars())
    for recorded in names:
        if " ".join(recorded.split()).casefold() == wanted:
            return recorded
    known = ", ".join(names) if names else "none is recorded yet"
    raise UserError(f"There is no donor named {name!r}. The donors are: {known}.")


def request_lines(session: Session) -> list[RequestLine]:
    """The lines still to arrive, most pressing first: by priority, then required-by date
    (undated last), then requisition and line."""
    rl, r, u, t, k = _line.c, _requisition.c, _unit.c, _type.c, _category.c
    statement = (
        select(
            rl.id,
            r.reference,
            u.code.label("unit_code"),
            k.name.label("category_name"),
            t.code.label("type_code"),
            t.name.label("type_name"),
            t.unit_of_measure,
            rl.remarks,
            func.coalesce(rl.quantity_approved, rl.quantity_requested).label("wanted"),
            accepted_for_line(rl.id).label("delivered"),
            covered_for_line(rl.id).label("covered"),
            rl.unit_cost_usd,
            t.unit_value_usd,
            r.priority,
            r.operational_impact,
            r.justification,
            r.required_by,
        )
        .select_from(
            _line.join(_requisition, r.id == rl.requisition_id)
            .join(_unit, u.id == r.unit_id)
            .join(_type, t.id == rl.equipment_type_id)
            .join(_category, k.id == t.category_id)
        )
        .where(r.status.in_(PLEDGEABLE_REQUISITIONS))
        # The requisition's own line order (requisition_reads.line_details), for the positions.
        .order_by(r.reference, rl.created_at, k.sort_order, t.code)
    )
    positions: dict[str, int] = defaultdict(int)
    lines = []
    for row in session.execute(statement):
        positions[row.reference] += 1
        lines.append(
            RequestLine(
                requisition_line_id=row.id,
                requisition_reference=row.reference,
                position=positions[row.reference],
                unit_code=row.unit_code,
                category_name=row.category_name,
                type_code=row.type_code,
                type_name=row.type_name,
                unit_of_measure=row.unit_of_measure,
                remarks=row.remarks,
                wanted=int(row.wanted),
                delivered=int(row.delivered),
                covered=int(row.covered),
                unit_cost_usd=float(row.unit_cost_usd or row.unit_value_usd),
                priority=Priority(row.priority),
                operational_impact=row.operational_impact,
                justification=row.justification,
                required_by=row.required_by,
            )
        )
    wanted = [line for line in lines if line.needed > 0]
    wanted.sort(
        key=lambda line: (
            PRIORITY_ORDER.index(line.priority),
            line.required_by is None,
            line.required_by or date.min,
            line.requisition_reference,
            line.position,
        )
    )
    return wanted


def made_pledges(
    session: Session, line_ids: list[uuid.UUID], donor: str | None
) -> list[MadePledge]:
    """The pledge lines answering ``line_ids`` (of ``donor`` only, when named), withdrawn ones
    included so that a donor sees them; oldest pledge first."""
    if not line_ids:
        return []
    pl, p, d, u, t = _pledge_line.c, _pledge.c, _donor.c, _unit.c, _type.c
    statement = (
        select(
            pl.requisition_line_id,
            u.code.label("unit_code"),
            t.code.label("type_code"),
            t.name.label("type_name"),
            d.name,
            p.reference,
            p.pledged_on,
            p.status,
            pl.quantity,
            accepted_on(pl.id).label("accepted"),
            pl.unit_value_usd,
            p.expected_delivery,
        )
        .select_from(
            _pledge_line.join(_pledge, p.id == pl.pledge_id)
            .join(_donor, d.id == p.donor_id)
            .join(_unit, u.id == pl.unit_id)
            .join(_type, t.id == pl.equipment_type_id)
        )
        .where(pl.requisition_line_id.in_(line_ids))
        .order_by(p.pledged_on, p.reference, u.code)
    )
    if donor is not None:
        statement = statement.where(d.name == donor)
    return [
        MadePledge(
            requisition_line_id=row.requisition_line_id,
            unit_code=row.unit_code,
            type_code=row.type_code,
            type_name=row.type_name,
            donor=row.name,
            reference=row.reference,
            pledged_on=row.pledged_on,
            status=PledgeStatus(row.status),
            quantity=int(row.quantity),
            accepted=int(row.accepted),
            unit_value_usd=float(row.unit_value_usd),
            expected_delivery=row.expected_delivery,
        )
        for row in session.execute(statement)
    ]
