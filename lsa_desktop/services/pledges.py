"""Recording pledges: add, edit, commit, withdraw, close; and the requisition lines a pledge can
answer.

Each public method is one write: every change is audited as one change set, and nothing is
written while a problem stands. The pure rules (states, input checks) are in
:mod:`lsa_desktop.domain.pledges`; what needs the database (a reference already used, a
requisition no longer open, what deliveries have accepted) is added here to the same problems.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlmodel import Session

from lsa_desktop.domain.enums import PledgeStatus
from lsa_desktop.domain.pledge_inputs import PledgeInput, PledgeLineInput, check_pledge
from lsa_desktop.domain.pledges import (
    PledgeAction,
    PledgeRefused,
    follow_pledge_deliveries,
    next_pledge_status,
)
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.pledge_details import (
    DeliveryDetail,
    DeliveryLineDetail,
    PledgeDetail,
    PledgeLineDetail,
    accepted_per_line,
    pledge_detail,
)
from lsa_desktop.services.pledge_lines import (
    PLEDGEABLE_REQUISITIONS,
    LineToSave,
    check_removed_lines,
    lines_of,
    new_line_row,
    resolve_lines,
)
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.store.models import (
    Delivery,
    Donor,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

__all__ = [
    "DeliveryDetail",
    "DeliveryLineDetail",
    "PledgeAction",
    "PledgeDetail",
    "PledgeInput",
    "PledgeLineDetail",
    "PledgeLineInput",
    "PledgeRefused",
    "PledgeService",
    "RequisitionLineChoice",
]

_pledge = Pledge.__table__
_pledge_line = PledgeLine.__table__
_delivery = Delivery.__table__
_unit = Unit.__table__
_type = EquipmentType.__table__
_requisition = Requisition.__table__
_requisition_line = RequisitionLine.__table__

_REFERENCE_PREFIX = "PLG"
_REFERENCE_DIGITS = 4
_STATE_ACTIONS = {
    PledgeAction.COMMIT: "Commit",
    PledgeAction.WITHDRAW: "Withdraw",
    PledgeAction.CLOSE: "Close",
}


@dataclass(frozen=True, slots=True)
class RequisitionLineChoice:
    """A line of a submitted, approved or partly fulfilled requisition a pledge can answer."""

    requisition_line_id: uuid.UUID
    requisition_reference: str
    unit_id: uuid.UUID
    unit_code: str
    equipment_type_id: uuid.UUID
    type_code: str
    type_name: str
    unit_cost_usd: float
    wanted: int  # approved, or requested while nothing is approved
    pledged: int  # on lines of pledges not withdrawn
    outstanding: int  # max(0, wanted - pledged)


class PledgeService:
    """Pledges; each public method is one read or one write."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    def detail(self, pledge_id: uuid.UUID) -> PledgeDetail:
        with self.store.read() as session:
            return pledge_detail(session, _get(session, pledge_id), self._today())

    def next_reference(self, on: date | None = None) -> str:
        """The reference a new pledge made ``on`` (today by default) would get, for a form to
        show; the write gives the next free one when it saves."""
        with self.store.read() as session:
            return _next_reference(session, (on or self._today()).year)

    def create(self, values: PledgeInput) -> PledgeDetail:
        """Add a pledge with its lines; a blank reference is given the next PLG-YYYY-NNNN.
        Raises ``ValidationFailed`` with a sentence per field."""
        values = values.cleaned()
        today = self._today()
        with self.store.write() as session:
            problems = check_pledge(values, today=today)
            _check_donor(session, problems, values.donor_id, None)
            _check_reference(session, problems, values.reference, None)
            lines = resolve_lines(session, problems, values.lines, {}, {})
            problems.raise_if_any()
            assert values.donor_id is not None and values.pledged_on is not None
            reference = values.reference or _next_reference(session, values.pledged_on.year)
            pledge = Pledge(
                reference=reference,
                donor_id=values.donor_id,
                pledged_on=values.pledged_on,
                kind=values.kind,
                expected_delivery=values.expected_delivery,
                value_usd=_value(values, lines),
                notes=values.notes,
            )
            session.add(pledge)
            session.flush()
            for line in lines:
                session.add(new_line_row(pledge.id, line))
            return pledge_detail(session, pledge, today)

    def update(self, pledge_id: uuid.UUID, values: PledgeInput) -> PledgeDetail:
        """Save a pledge's form: pledged, committed or partly delivered. A line that deliveries
        have accepted against keeps its unit and type, cannot go below what was accepted and
        cannot be removed; the status then follows the lines (lowering a line to what arrived may
        make the pledge delivered). Raises ``PledgeRefused`` or ``ValidationFailed``."""
        values = values.cleaned()
        today = self._today()
        with self.store.write() as session:
            pledge = _get(session, pledge_id)
            existing = {line.id: line for line in lines_of(session, pledge.id)}
            next_pledge_status(pledge.status, PledgeAction.EDIT, itemised=bool(existing))
            accepted = accepted_per_line(session, pledge.id)
            problems = check_pledge(values, today=today)
            _check_donor(session, problems, values.donor_id, pledge.donor_id)
            _check_reference(session, problems, values.reference, pledge.id)
            _check_first_delivery(session, problems, pledge.id, values.pledged_on)
            lines = resolve_lines(session, problems, values.lines, existing, accepted)
            kept = {line.id for line in values.lines if line.id is not None}
            removed = [line for line_id, line in existing.items() if line_id not in kept]
            check_removed_lines(session, problems, removed)
            problems.raise_if_any()
            assert values.donor_id is not None and values.pledged_on is not None
            reference = values.reference or pledge.reference
            changes = {
                "reference": reference,
                "donor_id": values.donor_id,
                "pledged_on": values.pledged_on,
                "kind": values.kind,
                "expected_delivery": values.expected_delivery,
                "value_usd": _value(values, lines),
                "notes": values.notes,
            }
            for name, value in changes.items():
                if getattr(pledge, name) != value:
                    setattr(pledge, name, value)
            for line in removed:
                session.delete(line)
            for line in lines:
                if line.id is None:
                    session.add(new_line_row(pledge.id, line))
                    continue
                row = existing[line.id]
                for name in ("requisition_line_id", "unit_id", "equipment_type_id", "quantity"):
                    if getattr(row, name) != getattr(line, name):
                        setattr(row, name, getattr(line, name))
                if row.unit_value_usd != line.unit_value_usd:
                    row.unit_value_usd = line.unit_value_usd
            status = follow_pledge_deliveries(
                pledge.status,
                [(line.quantity, accepted.get(line.id, 0) if line.id else 0) for line in lines],
            )
            if status != pledge.status:
                pledge.status = status
            return pledge_detail(session, pledge, today)

    def act(self, pledge_id: uuid.UUID, action: PledgeAction) -> PledgeDetail:
        """Commit, withdraw or close a pledge; ``PledgeRefused`` says why its state does not
        allow it. (Receiving is :class:`~lsa_desktop.services.deliveries.DeliveryService`'s,
        editing :meth:`update`'s.)"""
        if action not in _STATE_ACTIONS:
            raise ValueError(f"{action} is not done through act(): see its docstring")
        with self.store.write() as session:
            pledge = _get(session, pledge_id)
            itemised = bool(lines_of(session, pledge.id))
            status = next_pledge_status(pledge.status, action, itemised=itemised)
            pledge.status = status
            return pledge_detail(session, pledge, self._today())

    def requisition_line_choices(self) -> list[RequisitionLineChoice]:
        """The lines of submitted, approved and partly fulfilled requisitions, with what pledges
        (not withdrawn) already cover of each; by requisition, then type."""
        rl, r, u, t, pl, p = (
            _requisition_line.c,
            _requisition.c,
            _unit.c,
            _type.c,
            _pledge_line.c,
            _pledge.c,
        )
        pledged = (
            select(func.coalesce(func.sum(pl.quantity), 0))
            .select_from(_pledge_line.join(_pledge, p.id == pl.pledge_id))
            .where(pl.requisition_line_id == rl.id, p.status != PledgeStatus.WITHDRAWN)
            .scalar_subquery()
        )
        statement = (
            select(
                rl.id,
                r.reference,
                r.unit_id,
                u.code.label("unit_code"),
                rl.equipment_type_id,
                t.code.label("type_code"),
                t.name.label("type_name"),
                rl.unit_cost_usd,
                func.coalesce(rl.quantity_approved, rl.quantity_requested).label("wanted"),
                pledged.label("pledged"),
            )
            .select_from(
                _requisition_line.join(_requisition, r.id == rl.requisition_id)
                .join(_unit, u.id == r.unit_id)
                .join(_type, t.id == rl.equipment_type_id)
            )
            .where(r.status.in_(PLEDGEABLE_REQUISITIONS))
            .order_by(r.reference, t.code)
        )
        with self.store.read() as session:
            rows = session.execute(statement).all()
        return [
            RequisitionLineChoice(
                requisition_line_id=row.id,
                requisition_reference=row.reference,
                unit_id=row.unit_id,
                unit_code=row.unit_code,
                equipment_type_id=row.equipment_type_id,
                type_code=row.type_code,
                type_name=row.type_name,
                unit_cost_usd=float(row.unit_cost_usd),
                wanted=int(row.wanted),
                pledged=int(row.pledged),
                outstanding=max(0, int(row.wanted) - int(row.pledged)),
            )
            for row in rows
        ]


# --- inside a session -----------------------------------------------------------------------


def _get(session: Session, pledge_id: uuid.UUID) -> Pledge:
    return get_or_refuse(session, Pledge, pledge_id, "pledge")


def _value(values: PledgeInput, lines: list[LineToSave]) -> float:
    """What the pledge is worth: its lines' total, or the value given for a value-only pledge."""
    if lines:
        return sum(line.quantity * line.unit_value_usd for line in lines)
    assert values.value_usd is not None  # checked: a pledge without lines has a value
    return values.value_usd


def _next_reference(session: Session, year: int) -> str:
    """PLG-YYYY-NNNN, one above the highest number of the year in use (read on the unique
    index: the range of references with the year's prefix)."""
    prefix = f"{_REFERENCE_PREFIX}-{year}-"
    r = _pledge.c.reference
    used = session.execute(select(r).where(r >= prefix, r < prefix[:-1] + ".")).scalars()
    numbers = [int(tail) for ref in used if (tail := ref[len(prefix) :]).isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:0{_REFERENCE_DIGITS}d}"


def _check_donor(
    session: Session, problems: Problems, donor_id: uuid.UUID | None, current: uuid.UUID | None
) -> None:
    if donor_id is None or donor_id == current:
        return
    donor = session.get(Donor, donor_id)
    if donor is None or donor.archived:
        problems.add("donor_id", "That donor is archived or gone: choose another.")


def _check_reference(
    session: Session, problems: Problems, reference: str, pledge_id: uuid.UUID | None
) -> None:
    if not reference:
        return
    p = _pledge.c
    statement = select(p.reference, p.pledged_on, Donor.__table__.c.name).where(
        p.reference == reference, Donor.__table__.c.id == p.donor_id
    )
    if pledge_id is not None:
        statement = statement.where(p.id != pledge_id)
    holder = session.execute(statement).first()
    if holder is not None:
        problems.add(
            "reference",
            f"Reference {reference} is already used by the pledge of {holder.name} made on "
            f"{holder.pledged_on.isoformat()}. Check the reference, or leave it empty to have "
            "one given.",
        )


def _check_first_delivery(
    session: Session, problems: Problems, pledge_id: uuid.UUID, pledged_on: date | None
) -> None:
    d = _delivery.c
    first = session.execute(
        select(func.min(d.delivered_on)).where(d.pledge_id == pledge_id)
    ).scalar_one_or_none()
    if first is not None and pledged_on is not None and pledged_on > first:
        problems.add(
            "pledged_on",
            f"The pledge date cannot be after its first delivery ({first.isoformat()}).",
        )
