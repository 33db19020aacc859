"""The records behind a requisition's writes: its lines in their order, the fields a form sets,
and the checks only the database can make (a unit or type archived, a line a pledge answers).
Used by :class:`~lsa_desktop.services.requisitions.RequisitionService` inside its writes."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlmodel import Session, col

from lsa_desktop.domain.requisition_rules import RequisitionInput, RequisitionLineInput
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError
from lsa_desktop.store.models import (
    EquipmentCategory,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)


def ordered_lines(session: Session, requisition_id: uuid.UUID) -> list[RequisitionLine]:
    """The lines in the detail's order, so that ``lines[I]`` is the same line everywhere."""
    statement = (
        select(RequisitionLine)
        .join(EquipmentType, col(EquipmentType.id) == col(RequisitionLine.equipment_type_id))
        .join(EquipmentCategory, col(EquipmentCategory.id) == col(EquipmentType.category_id))
        .where(col(RequisitionLine.requisition_id) == requisition_id)
        .order_by(
            col(RequisitionLine.created_at),
            col(EquipmentCategory.sort_order),
            col(EquipmentType.code),
        )
    )
    return list(session.execute(statement).scalars())


def merge(problems: Problems, more: Problems) -> None:
    for field, sentence in more.as_dict().items():
        problems.add(field, sentence)


def set_header(requisition: Requisition, values: RequisitionInput) -> None:
    assert values.unit_id is not None and values.requested_on is not None  # checked
    requisition.unit_id = values.unit_id
    requisition.requested_by = values.requested_by.strip()
    requisition.requested_on = values.requested_on
    requisition.required_by = values.required_by
    requisition.priority = values.priority
    requisition.justification = values.justification.strip()
    requisition.operational_impact = values.operational_impact.strip()


def set_line(line: RequisitionLine, values: RequisitionLineInput) -> None:
    assert values.equipment_type_id is not None and values.quantity is not None  # checked
    assert values.unit_cost_usd is not None
    line.equipment_type_id = values.equipment_type_id
    line.quantity_requested = values.quantity
    line.unit_cost_usd = float(values.unit_cost_usd)
    line.remarks = values.remarks.strip()


def check_records(session: Session, problems: Problems, values: RequisitionInput) -> None:
    """The unit and the equipment types must exist and not be archived."""
    if values.unit_id is not None:
        unit = session.get(Unit, values.unit_id)
        if unit is None or unit.archived:
            problems.add("unit_id", "That unit is archived or gone: choose another unit.")
    type_ids = {line.equipment_type_id for line in values.lines if line.equipment_type_id}
    if not type_ids:
        return
    usable = set(
        session.execute(
            select(EquipmentType.id).where(
                col(EquipmentType.id).in_(type_ids), col(EquipmentType.archived).is_(False)
            )
        ).scalars()
    )
    for index, line in enumerate(values.lines):
        if line.equipment_type_id is not None and line.equipment_type_id not in usable:
            problems.add(
                f"lines[{index}].equipment_type_id",
                f"Line {index + 1}: that equipment type is archived or gone: choose another.",
            )


def check_kept_lines(
    session: Session,
    problems: Problems,
    requisition: Requisition,
    values: RequisitionInput,
    existing: Mapping[uuid.UUID, RequisitionLine],
) -> None:
    """A line must still be on the requisition to be kept; a line a pledge answers can neither
    be removed nor change type, and the unit of a requisition pledges answer cannot change."""
    pl, p = PledgeLine, Pledge
    answered: dict[uuid.UUID, str] = {}
    for line_id, pledge_reference in session.execute(
        select(pl.requisition_line_id, p.reference)
        .join(p, col(p.id) == col(pl.pledge_id))
        .where(col(pl.requisition_line_id).in_(list(existing)))
        .order_by(col(p.reference))
    ):
        answered.setdefault(line_id, pledge_reference)
    if answered and values.unit_id is not None and values.unit_id != requisition.unit_id:
        problems.add(
            "unit_id",
            f"The unit cannot change: pledge {next(iter(answered.values()))} answers this "
            "requisition. Cancel it and create a new one for the other unit.",
        )
    kept = set()
    for index, line in enumerate(values.lines):
        if line.id is None:
            continue
        key = f"lines[{index}].equipment_type_id"
        if line.id not in existing:
            problems.add(
                key,
                f"Line {index + 1} is no longer on this requisition: close the form and open "
                "the requisition again.",
            )
            continue
        kept.add(line.id)
        pledge = answered.get(line.id)
        if pledge and line.equipment_type_id != existing[line.id].equipment_type_id:
            problems.add(
                key,
                f"Line {index + 1}: pledge {pledge} answers this line, so its equipment type "
                "cannot change. Add a new line for the other type.",
            )
    for line_id, pledge in answered.items():
        if line_id not in kept:
            kind = session.get(EquipmentType, existing[line_id].equipment_type_id)
            problems.add(
                "lines",
                f"The {kind.name if kind else 'removed'} line cannot be removed: pledge {pledge} "
                "answers it. Keep it and change its quantity instead.",
            )


def quantities_to_approve(
    lines: Sequence[RequisitionLine], given: Mapping[uuid.UUID, int]
) -> list[int | None]:
    """Per line, the quantity approved: as given, else as approved so far, else as requested."""
    unknown = set(given) - {line.id for line in lines}
    if unknown:
        raise UserError(
            "The decision names a line that is no longer on the requisition: open it again."
        )
    return [
        given.get(
            line.id,
            line.quantity_requested if line.quantity_approved is None else line.quantity_approved,
        )
        for line in lines
    ]
