"""Importing equipment types: matched by code, their category found by code or name.

A new type is counted one by one (serialised) unless the file says otherwise, measured "each" and
worth 0 USD until a value is given; a matched one is updated with the fields the file gives (an
empty cell keeps what is stored; the code keeps its stored spelling). Vehicle types come with the
reference data: an imported type is not a vehicle.

Two changes are refused because the records already kept would no longer fit the type: turning a
type with items recorded one by one into a bulk one (or back, with stock lines), and making a
vehicle type bulk. An archived type is kept for the history and is not edited; an archived
category is refused unless the type is in it already.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Row, func, select
from sqlmodel import Session

from lsa_desktop.excel.importers.base import KindPlan, RowPlan
from lsa_desktop.excel.importers.equipment_rows import has_error
from lsa_desktop.excel.importers.matching import (
    FileKeys,
    ReferenceProblem,
    Stored,
    changed_fields,
    error,
    match_text,
)
from lsa_desktop.excel.importers.references import References
from lsa_desktop.excel.kinds import EQUIPMENT_TYPES
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.models import Asset, EquipmentType, StockLine

#: What a new type is when the file leaves a cell empty (the table's defaults).
_NEW_DEFAULTS = {"unit_of_measure": "each", "unit_value_usd": 0.0, "serialised": True}
_GIVEN = ("name", "unit_of_measure", "unit_value_usd", "serialised")


def _described(row: Row[Any]) -> str:
    return f"{row.code} ({row.name})"


def _held(session: Session, model: Any) -> dict[uuid.UUID, int]:
    """Records of ``model`` (items or stock lines) per equipment type, in one query."""
    table = model.__table__
    statement = select(table.c.equipment_type_id, func.count()).group_by(table.c.equipment_type_id)
    return {type_id: int(count) for type_id, count in session.execute(statement)}


class EquipmentTypesImporter:
    spec = EQUIPMENT_TYPES

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        refs = References(session)
        stored = Stored(
            session, EquipmentType, lambda row: match_text(row.code), noun="equipment type"
        )
        planner = _Planner(refs, stored, _held(session, Asset), _held(session, StockLine))
        return KindPlan([planner.plan(row) for row in rows])


class _Planner:
    def __init__(
        self,
        refs: References,
        stored: Stored[EquipmentType],
        items: dict[uuid.UUID, int],
        stock_lines: dict[uuid.UUID, int],
    ) -> None:
        self.refs = refs
        self.stored = stored
        self.items = items
        self.stock_lines = stock_lines
        self.seen = FileKeys("equipment type")

    def plan(self, row: ParsedRow) -> RowPlan:
        issues: list[Issue] = []
        existing = self._match(row, issues)
        category_id = self._category(row, existing, issues)
        given: dict[str, Any] = {name: row.values.get(name) for name in _GIVEN}
        given["category_id"] = category_id
        if existing is not None:
            self._check_counting(row, existing, given["serialised"], issues)
        if not row.valid or has_error(issues):
            return RowPlan(row.number, Outcome.SKIPPED, issues)
        if existing is None:
            filled = {name: value for name, value in given.items() if value is not None}
            values = {**_NEW_DEFAULTS, "code": row.values["code"], **filled}
            return RowPlan(row.number, Outcome.NEW, issues, _adding(values))
        changes = changed_fields(existing._asdict(), given)
        if not changes:
            return RowPlan(row.number, Outcome.UNCHANGED, issues)
        self.stored.want(existing.id)
        stored = self.stored

        def update(_session: Session) -> None:
            kind = stored.record(existing.id)
            for name, value in changes.items():
                setattr(kind, name, value)

        return RowPlan(row.number, Outcome.UPDATED, issues, update)

    def _match(self, row: ParsedRow, issues: list[Issue]) -> Row[Any] | None:
        code = row.values.get("code")
        if not code:
            return None
        shown = f"Equipment code {code}"
        try:
            self.seen.claim(match_text(code), row.number, shown)
            existing = self.stored.match(match_text(code), shown, _described)
        except ReferenceProblem as problem:
            issues.append(error(row.number, "code", str(problem)))
            return None
        if existing is not None and existing.archived:
            issues.append(
                error(
                    row.number,
                    "code",
                    f"Equipment type {_described(existing)} is archived: an archived record is "
                    "kept for the history and is not edited.",
                )
            )
        return existing

    def _category(
        self, row: ParsedRow, existing: Row[Any] | None, issues: list[Issue]
    ) -> uuid.UUID | None:
        """The category's id; an archived one only if the type is in it already."""
        text = row.values.get("category")
        if not text:
            return None
        try:
            category = self.refs.categories.get(text, archived_ok=True)
        except ReferenceProblem as problem:
            issues.append(error(row.number, "category", str(problem)))
            return None
        if category.archived and (existing is None or existing.category_id != category.id):
            issues.append(
                error(
                    row.number,
                    "category",
                    f"Category {category.code} is archived: choose a category in use.",
                )
            )
            return None
        return category.id  # type: ignore[no-any-return]

    def _check_counting(
        self, row: ParsedRow, existing: Row[Any], serialised: bool | None, issues: list[Issue]
    ) -> None:
        """Whether the type can be counted as the file says, given what is recorded of it."""
        if serialised is None or serialised == existing.serialised:
            return
        name = existing.name
        if existing.is_vehicle:
            sentence = f"{name} is a vehicle type: vehicles are counted one by one."
        elif existing.serialised and self.items.get(existing.id):
            count = self.items[existing.id]
            sentence = (
                f"{count:,} {name} item{'s are' if count > 1 else ' is'} recorded one by one: "
                "the type cannot become bulk while they are. Leave Serialised as yes."
            )
        elif not existing.serialised and self.stock_lines.get(existing.id):
            count = self.stock_lines[existing.id]
            sentence = (
                f"{name} is held in bulk on {count:,} stock line{'s' if count > 1 else ''}: the "
                "type cannot be counted one by one while it is. Leave Serialised as no."
            )
        else:
            return
        issues.append(error(row.number, "serialised", sentence))


def _adding(values: dict[str, Any]) -> Callable[[Session], None]:
    return lambda session: session.add(EquipmentType(**values))


IMPORTER = EquipmentTypesImporter()
