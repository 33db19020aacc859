"""The lines of a pledge as a form gives them, resolved against the database before a write:
the unit and type a line is for (from the requisition line it answers, or as chosen), its unit
value when none is given, and what deliveries already hold it to."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import RequisitionStatus
from lsa_desktop.domain.pledge_inputs import PledgeLineInput
from lsa_desktop.domain.validation import Problems
from lsa_desktop.store.models import (
    DeliveryLine,
    EquipmentType,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)

#: Requisitions a new pledge line can answer: past submission, not yet fulfilled or ended.
PLEDGEABLE_REQUISITIONS = (
    RequisitionStatus.SUBMITTED,
    RequisitionStatus.APPROVED,
    RequisitionStatus.PARTIALLY_FULFILLED,
)


@dataclass(frozen=True, slots=True)
class LineToSave:
    """A pledge line as it will be saved."""

    id: uuid.UUID | None
    requisition_line_id: uuid.UUID | None
    unit_id: uuid.UUID
    equipment_type_id: uuid.UUID
    quantity: int
    unit_value_usd: float


def lines_of(session: Session, pledge_id: uuid.UUID) -> list[PledgeLine]:
    """The pledge's lines, as rows to change."""
    statement = select(PledgeLine).where(col(PledgeLine.pledge_id) == pledge_id)
    return list(session.execute(statement).scalars())


def new_line_row(pledge_id: uuid.UUID, line: LineToSave) -> PledgeLine:
    return PledgeLine(
        pledge_id=pledge_id,
        requisition_line_id=line.requisition_line_id,
        unit_id=line.unit_id,
        equipment_type_id=line.equipment_type_id,
        quantity=line.quantity,
        unit_value_usd=line.unit_value_usd,
    )


def _delivered_lines(session: Session, line_ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
    """Which of the pledge lines have delivery lines against them (even if nothing was
    accepted): those keep their unit, type and requisition line, and cannot be removed."""
    dl = DeliveryLine.__table__.c
    statement = select(dl.pledge_line_id).where(dl.pledge_line_id.in_(list(line_ids))).distinct()
    return set(session.execute(statement).scalars())


def check_removed_lines(session: Session, problems: Problems, removed: list[PledgeLine]) -> None:
    delivered = _delivered_lines(session, [line.id for line in removed])
    for line in removed:
        if line.id in delivered:
            kind = session.get(EquipmentType, line.equipment_type_id)
            unit = session.get(Unit, line.unit_id)
            assert kind is not None and unit is not None  # foreign keys
            problems.add(
                "lines",
                f"The line for {kind.name} ({unit.code}) has deliveries recorded against it and "
                "cannot be removed: lower its quantity to what was accepted instead.",
            )


@dataclass(frozen=True, slots=True)
class _Target:
    """What a pledge line is for, and the unit value it gets when none is given."""

    requisition_line_id: uuid.UUID | None
    unit_id: uuid.UUID
    equipment_type_id: uuid.UUID
    default_value_usd: float

    def same_as(self, row: PledgeLine) -> bool:
        return (self.requisition_line_id, self.unit_id, self.equipment_type_id) == (
            row.requisition_line_id,
            row.unit_id,
            row.equipment_type_id,
        )


def resolve_lines(
    session: Session,
    problems: Problems,
    inputs: Sequence[PledgeLineInput],
    existing: Mapping[uuid.UUID, PledgeLine],
    accepted: Mapping[uuid.UUID, int],
) -> list[LineToSave]:
    """The lines to save, their unit and type taken from the requisition line they answer;
    problems for what the database refuses. Lines the domain checks refused are left out."""
    delivered = _delivered_lines(session, list(existing))
    resolved: list[LineToSave] = []
    for index, line in enumerate(inputs):
        field, label = f"lines[{index}]", f"Line {index + 1}"
        row = None
        if line.id is not None:
            row = existing.get(line.id)
            if row is None:
                problems.add(
                    f"{field}.quantity",
                    f"{label} is no longer on this pledge: close the form and start again.",
                )
                continue
        target = _target(session, problems, field, label, line, row)
        if target is None or line.quantity is None or line.quantity < 1:
            continue
        if row is not None and row.id in delivered and not target.same_as(row):
            problems.add(
                f"{field}.equipment_type_id",
                f"{label} has deliveries recorded against it: its unit, equipment type and "
                "requisition line stay as they are. Add a new line for anything else.",
            )
            continue
        got = accepted.get(row.id, 0) if row is not None else 0
        problems.check(
            line.quantity >= got,
            f"{field}.quantity",
            f"{label}: {got:,} have been accepted on delivery already, so the quantity cannot "
            "be lower than that.",
        )
        value = line.unit_value_usd
        resolved.append(
            LineToSave(
                id=line.id,
                requisition_line_id=target.requisition_line_id,
                unit_id=target.unit_id,
                equipment_type_id=target.equipment_type_id,
                quantity=line.quantity,
                unit_value_usd=target.default_value_usd if value is None else max(value, 0.0),
            )
        )
    return resolved


def _target(
    session: Session,
    problems: Problems,
    field: str,
    label: str,
    line: PledgeLineInput,
    row: PledgeLine | None,
) -> _Target | None:
    """The requisition line, unit and type a line is for, if they can take a pledge: a new
    link to a requisition must be to one still waiting for items, a new unit or type in use."""
    if line.requisition_line_id is not None:
        wanted = session.get(RequisitionLine, line.requisition_line_id)
        if wanted is None:
            problems.add(
                f"{field}.requisition_line_id",
                f"{label}: that requisition line is no longer in the database: choose another.",
            )
            return None
        requisition = session.get(Requisition, wanted.requisition_id)
        kind = session.get(EquipmentType, wanted.equipment_type_id)
        assert requisition is not None and kind is not None  # foreign keys
        unchanged = row is not None and row.requisition_line_id == wanted.id
        if not unchanged and requisition.status not in PLEDGEABLE_REQUISITIONS:
            state = requisition.status.value.lower().replace("_", " ")
            problems.add(
                f"{field}.requisition_line_id",
                f"{label}: requisition {requisition.reference} is {state}; a pledge answers a "
                "requisition that is submitted, approved or partly fulfilled.",
            )
            return None
        return _Target(
            wanted.id,
            requisition.unit_id,
            kind.id,
            wanted.unit_cost_usd or kind.unit_value_usd,
        )
    if line.unit_id is None or line.equipment_type_id is None:
        return None  # the domain checks said so
    unit = session.get(Unit, line.unit_id)
    kind = session.get(EquipmentType, line.equipment_type_id)
    ok = True
    if unit is None or (unit.archived and (row is None or row.unit_id != unit.id)):
        problems.add(f"{field}.unit_id", f"{label}: that unit is archived or gone: choose another.")
        ok = False
    if kind is None or (kind.archived and (row is None or row.equipment_type_id != kind.id)):
        problems.add(
            f"{field}.equipment_type_id",
            f"{label}: that equipment type is archived or gone: choose another.",
        )
        ok = False
    if not ok:
        return None
    assert unit is not None and kind is not None
    return _Target(None, unit.id, kind.id, kind.unit_value_usd)
