"""Importing a stock count: what each unit holds of each bulk equipment type, matched by the unit
(code or name) and the equipment code, checked by the stock form's rules (serviceable is part of
what is on hand; a zero count is a count).

Each line written is recorded as the stock form records it: the count, dated the day of the
import, with a COUNT movement holding the change in each figure, so that the line's history adds
up. A line counted the same as stored is unchanged (no movement). A unit's archived line for the
type is brought back with the new count, as the form does. An empty Serviceable cell counts
everything on hand as serviceable, and says so.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from lsa_desktop.domain.enums import StockMovementKind
from lsa_desktop.domain.stock_rules import StockDraft, check_stock
from lsa_desktop.excel.importers.base import KindPlan, RowPlan
from lsa_desktop.excel.importers.equipment_rows import (
    find,
    has_error,
    refused_fields,
    rule_issues,
)
from lsa_desktop.excel.importers.matching import (
    FileKeys,
    ReferenceProblem,
    Stored,
    error,
    today_of,
    warning,
)
from lsa_desktop.excel.importers.references import References
from lsa_desktop.excel.kinds import STOCK
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.models import StockLine, StockMovement

#: The form's field names (the rules' problem keys) -> the kind's fields (the file's columns).
_FIELD_OF = {"unit_id": "unit", "equipment_type_id": "equipment_code"}
#: The note on each movement an import records.
MOVEMENT_NOTE = "Count imported from a workbook."


class StockImporter:
    spec = STOCK

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        planner = _Planner(
            References(session),
            Stored(
                session,
                StockLine,
                lambda row: (row.unit_id, row.equipment_type_id),
                noun="stock line",
            ),
            today_of(session),
        )
        return KindPlan([planner.plan(row) for row in rows])


class _Planner:
    def __init__(self, refs: References, stored: Stored[StockLine], today: date) -> None:
        self.refs = refs
        self.stored = stored
        self.today = today
        self.seen = FileKeys("stock line")

    def plan(self, row: ParsedRow) -> RowPlan:
        issues: list[Issue] = []
        unit = find(row, "unit", lambda text: self.refs.units.get(text, archived_ok=True), issues)
        kind = find(
            row,
            "equipment_code",
            lambda text: self.refs.equipment_types.get(text, archived_ok=True),
            issues,
        )
        existing = self._match(row, unit, kind, issues)
        on_hand, serviceable = row.values.get("on_hand"), row.values.get("serviceable")
        if serviceable is None and on_hand is not None and "serviceable" not in refused_fields(row):
            serviceable = on_hand
            issues.append(
                warning(
                    row.number,
                    "serviceable",
                    f"Serviceable is empty: all {on_hand:,} on hand are counted serviceable.",
                )
            )
        draft = StockDraft(
            unit_id=unit.id if unit is not None else None,
            equipment_type_id=kind.id if kind is not None else None,
            on_hand=on_hand,
            serviceable=serviceable,
            counted_on=self.today,
            note=MOVEMENT_NOTE,
        )
        problems = check_stock(draft, today=self.today).as_dict()
        issues += rule_issues(row, problems, _FIELD_OF, skip={i.field for i in issues})
        if not row.valid or has_error(issues):
            return RowPlan(row.number, Outcome.SKIPPED, issues)
        assert on_hand is not None and serviceable is not None and unit and kind
        count = (on_hand, serviceable)
        if existing is None:
            apply = _counting(None, self.stored, unit.id, kind.id, count, self.today)
            return RowPlan(row.number, Outcome.NEW, issues, apply)
        if not existing.archived and (existing.on_hand, existing.serviceable) == count:
            return RowPlan(row.number, Outcome.UNCHANGED, issues)
        self.stored.want(existing.id)
        apply = _counting(existing.id, self.stored, unit.id, kind.id, count, self.today)
        return RowPlan(row.number, Outcome.UPDATED, issues, apply)

    def _match(
        self, row: ParsedRow, unit: Row[Any] | None, kind: Row[Any] | None, issues: list[Issue]
    ) -> Row[Any] | None:
        """The unit's stored line for the type; for a new line, whether it can be added."""
        if unit is None or kind is None:
            return None
        shown = f"{unit.code} and {kind.code}"
        try:
            self.seen.claim((unit.id, kind.id), row.number, shown)
            existing = self.stored.match((unit.id, kind.id), shown, lambda _row: shown)
        except ReferenceProblem as problem:
            issues.append(error(row.number, "equipment_code", str(problem)))
            return None
        if existing is not None and not existing.archived:
            return existing
        # A new line, or an archived one brought back: as the form's checks of a new line.
        if unit.archived:
            issues.append(
                error(
                    row.number, "unit", f"Unit {unit.code} is archived: choose a unit in service."
                )
            )
        if kind.archived:
            issues.append(
                error(
                    row.number,
                    "equipment_code",
                    f"Equipment type {kind.code} ({kind.name}) is archived: choose a type in use.",
                )
            )
        elif kind.serialised:
            issues.append(
                error(
                    row.number,
                    "equipment_code",
                    f"{kind.name} ({kind.code}) is counted one by one: record each as a "
                    "serialised item (an assets or vehicles file), not as stock.",
                )
            )
        return existing


def _counting(
    line_id: uuid.UUID | None,
    stored: Stored[StockLine],
    unit_id: uuid.UUID,
    type_id: uuid.UUID,
    count: tuple[int, int],
    counted_on: date,
) -> Callable[[Session], None]:
    """Writes the count as the stock form does: the line (added if new, brought back if
    archived) and a COUNT movement with the change in each figure."""

    def apply(session: Session) -> None:
        if line_id is None:
            line = StockLine(unit_id=unit_id, equipment_type_id=type_id, on_hand=0, serviceable=0)
            session.add(line)
            session.flush()  # the movement refers to it
        else:
            line = stored.record(line_id)
            if line.archived:
                line.archived = False
        on_hand, serviceable = count
        session.add(
            StockMovement(
                stock_line_id=line.id,
                moved_on=counted_on,
                kind=StockMovementKind.COUNT,
                delta_on_hand=on_hand - line.on_hand,
                delta_serviceable=serviceable - line.serviceable,
                note=MOVEMENT_NOTE,
            )
        )
        line.on_hand, line.serviceable, line.counted_on = on_hand, serviceable, counted_on

    return apply


IMPORTER = StockImporter()
