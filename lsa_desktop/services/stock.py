"""Recording bulk stock: a count of what a unit holds of one bulk equipment type (on hand,
serviceable). Mixed into :class:`~lsa_desktop.services.equipment.EquipmentService`.

Every save of a line records the count as a ``StockMovement`` (kind COUNT, with the change in
each figure) in the same write, so the line's history can be read back from its movements.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import StockMovementKind
from lsa_desktop.domain.stock_rules import StockDraft, check_stock
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.store.models import EquipmentType, StockLine, StockMovement, Unit

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store


@dataclass(frozen=True, slots=True)
class StockLineDetail:
    """One stock line as its form shows it."""

    id: uuid.UUID
    unit_id: uuid.UUID
    unit_code: str
    equipment_type_id: uuid.UUID
    type_code: str
    type_name: str
    unit_of_measure: str
    on_hand: int
    serviceable: int
    counted_on: date | None


class StockWrites:
    """Writes of bulk stock lines (a mixin: the class gives ``store`` and ``_today``)."""

    store: Store
    _today: Callable[[], date]

    def stock_line(self, line_id: uuid.UUID) -> StockLineDetail:
        with self.store.read() as session:
            return _detail(session, _get_line(session, line_id))

    def save_stock_line(
        self, draft: StockDraft, line_id: uuid.UUID | None = None
    ) -> StockLineDetail:
        """Record a count: a new line (``line_id`` None) or a new count of one, with its
        COUNT movement, in one write. A line stays with its unit and type; a unit's second line
        for the same type is refused (edit the first), unless the first is archived: then it is
        brought back with the new count. Raises ``ValidationFailed``."""
        with self.store.write() as session:
            line = _get_line(session, line_id) if line_id is not None else None
            problems = check_stock(draft, today=self._today())
            archived = None
            if line is None:
                archived = _check_new_line(session, problems, draft)
            elif (draft.unit_id, draft.equipment_type_id) != (line.unit_id, line.equipment_type_id):
                problems.add(
                    "equipment_type_id",
                    "A stock line stays with its unit and equipment type: add a new line for "
                    "another.",
                )
            problems.raise_if_any()
            assert draft.unit_id and draft.equipment_type_id  # checked above
            assert draft.on_hand is not None and draft.serviceable is not None
            if archived is not None:
                line = archived
                line.archived = False
            elif line is None:
                line = StockLine(
                    unit_id=draft.unit_id,
                    equipment_type_id=draft.equipment_type_id,
                    on_hand=0,
                    serviceable=0,
                )
                session.add(line)
                session.flush()  # the movement refers to it
            elif (line.on_hand, line.serviceable, line.counted_on) == (
                draft.on_hand,
                draft.serviceable,
                draft.counted_on,
            ) and not draft.note.strip():
                return _detail(session, line)  # the same count again: nothing to record
            assert draft.counted_on is not None
            session.add(
                StockMovement(
                    stock_line_id=line.id,
                    moved_on=draft.counted_on,
                    kind=StockMovementKind.COUNT,
                    delta_on_hand=draft.on_hand - line.on_hand,
                    delta_serviceable=draft.serviceable - line.serviceable,
                    note=draft.note.strip(),
                )
            )
            line.on_hand, line.serviceable = draft.on_hand, draft.serviceable
            line.counted_on = draft.counted_on
            session.flush()
            return _detail(session, line)

    def archive_stock_lines(self, line_ids: Sequence[uuid.UUID]) -> int:
        """Archive stock lines in one write (a line already archived is left as it is): the
        unit no longer holds them, so holdings and readiness count them for nothing. Their
        movements stay. Returns how many were archived."""
        with self.store.write() as session:
            lines = session.scalars(
                select(StockLine).where(
                    col(StockLine.id).in_(list(line_ids)), col(StockLine.archived).is_(False)
                )
            ).all()
            for line in lines:
                line.archived = True
            return len(lines)


def _check_new_line(session: Session, problems: Problems, draft: StockDraft) -> StockLine | None:
    """Add what prevents a new line; return the unit's archived line for the type, if any."""
    if draft.unit_id is not None:
        unit = session.get(Unit, draft.unit_id)
        if unit is None or unit.archived:
            problems.add("unit_id", "That unit is archived or gone: choose another unit.")
    if draft.equipment_type_id is None:
        return None
    kind = session.get(EquipmentType, draft.equipment_type_id)
    if kind is None or kind.archived:
        problems.add(
            "equipment_type_id", "That equipment type is archived or gone: choose another."
        )
        return None
    if kind.serialised:
        problems.add(
            "equipment_type_id",
            f"{kind.name} is counted one by one: record each as a serialised item, not as stock.",
        )
        return None
    existing = session.execute(
        select(StockLine).where(
            col(StockLine.unit_id) == draft.unit_id,
            col(StockLine.equipment_type_id) == draft.equipment_type_id,
        )
    ).scalar_one_or_none()
    if existing is not None and existing.archived:
        return existing
    if existing is not None:
        unit = session.get(Unit, existing.unit_id)
        counted = f", counted on {existing.counted_on.isoformat()}" if existing.counted_on else ""
        problems.add(
            "equipment_type_id",
            f"{unit.code if unit else 'This unit'} already has a stock line for {kind.name} "
            f"({existing.on_hand:,} on hand{counted}): edit that line instead.",
        )
    return None


def _get_line(session: Session, line_id: uuid.UUID) -> StockLine:
    return get_or_refuse(session, StockLine, line_id, "stock line")


def _detail(session: Session, line: StockLine) -> StockLineDetail:
    unit = session.get(Unit, line.unit_id)
    kind = session.get(EquipmentType, line.equipment_type_id)
    assert unit is not None and kind is not None  # foreign keys
    return StockLineDetail(
        id=line.id,
        unit_id=unit.id,
        unit_code=unit.code,
        equipment_type_id=kind.id,
        type_code=kind.code,
        type_name=kind.name,
        unit_of_measure=kind.unit_of_measure,
        on_hand=line.on_hand,
        serviceable=line.serviceable,
        counted_on=line.counted_on,
    )
