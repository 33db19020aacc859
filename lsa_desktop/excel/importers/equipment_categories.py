"""Importing equipment categories: matched by code.

No form edits categories (the reference data brings them, people import their own), so the rules
are the table's: a code, and a name no other category has, compared as references are (case and
accents ignored: "Protection" and "PROTECTION" would make a reference by name ambiguous). A new
category is listed after the others and is not critical unless the file says so; a matched one is
updated with the fields the file gives (an empty Critical cell keeps what is stored). An archived
category is kept for the history and is not edited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Row
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
from lsa_desktop.excel.kinds import EQUIPMENT_CATEGORIES
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.models import EquipmentCategory

#: Gap between the display orders of categories, so one can later be slotted between two.
SORT_STEP = 10


def _described(row: Row[Any]) -> str:
    return f"{row.code} ({row.name})"


class EquipmentCategoriesImporter:
    spec = EQUIPMENT_CATEGORIES

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        stored = Stored(
            session,
            EquipmentCategory,
            lambda row: match_text(row.code),
            noun="equipment category",
        )
        holders = {match_text(row.name): row for row in stored.rows()}
        next_order = max((row.sort_order for row in stored.rows()), default=0) + SORT_STEP
        codes, names = FileKeys("category"), FileKeys("category name")
        plans = []
        for row in rows:
            issues: list[Issue] = []
            code, name = row.values.get("code"), row.values.get("name")
            existing = None
            try:
                if code:
                    codes.claim(match_text(code), row.number, f"Category {code}")
                    existing = stored.match(match_text(code), f"Category {code}", _described)
            except ReferenceProblem as problem:
                issues.append(error(row.number, "code", str(problem)))
            if existing is not None and existing.archived:
                issues.append(
                    error(
                        row.number,
                        "code",
                        f"Category {existing.code} is archived: an archived record is kept for "
                        "the history and is not edited.",
                    )
                )
            if name:
                try:
                    names.claim(match_text(name), row.number, f"Name {name}")
                except ReferenceProblem as problem:
                    issues.append(error(row.number, "name", str(problem)))
                holder = holders.get(match_text(name))
                if holder is not None and (existing is None or holder.id != existing.id):
                    issues.append(
                        error(
                            row.number,
                            "name",
                            f"{name} is already the name of category {holder.code}: each "
                            "category has a name of its own. Choose another name, or use code "
                            f"{holder.code} to update that category.",
                        )
                    )
            if not row.valid or has_error(issues):
                plans.append(RowPlan(row.number, Outcome.SKIPPED, issues))
            elif existing is None:
                values = {
                    "code": code,
                    "name": name,
                    "critical": bool(row.values.get("critical")),
                    "sort_order": next_order,
                }
                next_order += SORT_STEP
                plans.append(RowPlan(row.number, Outcome.NEW, issues, _adding(values)))
            else:
                plans.append(_update(row, existing, stored, issues))
        return KindPlan(plans)


def _adding(values: dict[str, Any]) -> Callable[[Session], None]:
    return lambda session: session.add(EquipmentCategory(**values))


def _update(
    row: ParsedRow, existing: Row[Any], stored: Stored[EquipmentCategory], issues: list[Issue]
) -> RowPlan:
    """A matched category: its name and flag as the file gives them (the code matched it, and
    keeps its stored spelling)."""
    given = {"name": row.values.get("name"), "critical": row.values.get("critical")}
    changes = changed_fields(existing._asdict(), given)
    if not changes:
        return RowPlan(row.number, Outcome.UNCHANGED, issues)
    stored.want(existing.id)

    def update(_session: Session) -> None:
        category = stored.record(existing.id)
        for field, value in changes.items():
            setattr(category, field, value)

    return RowPlan(row.number, Outcome.UPDATED, issues, update)


IMPORTER = EquipmentCategoriesImporter()
