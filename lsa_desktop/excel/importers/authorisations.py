"""Importing authorisations: what each unit should hold of each equipment type, matched by the
unit (code or name) and the equipment code, checked by the authorisation form's rules.

A new authorisation needs a unit and a type in service, and is on the MOU basis unless the file
says otherwise; a matched one takes the file's quantity, and its basis when the cell holds one
(its reference, which the file has no column for, is kept).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from lsa_desktop.domain.enums import AuthorisationBasis
from lsa_desktop.domain.stock_rules import AuthorisationDraft, check_authorisation
from lsa_desktop.excel.importers.base import KindPlan, RowPlan
from lsa_desktop.excel.importers.equipment_rows import find, has_error, rule_issues
from lsa_desktop.excel.importers.matching import (
    FileKeys,
    ReferenceProblem,
    Stored,
    changed_fields,
    error,
)
from lsa_desktop.excel.importers.references import References
from lsa_desktop.excel.kinds import AUTHORISATIONS
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.models import Authorisation

#: The form's field names (the rules' problem keys) -> the kind's fields (the file's columns).
_FIELD_OF = {"unit_id": "unit", "equipment_type_id": "equipment_code"}


class AuthorisationsImporter:
    spec = AUTHORISATIONS

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        refs = References(session)
        stored = Stored(
            session,
            Authorisation,
            lambda row: (row.unit_id, row.equipment_type_id),
            noun="authorisation",
        )
        seen = FileKeys("unit and equipment type")
        return KindPlan([self._plan_row(row, refs, stored, seen) for row in rows])

    def _plan_row(
        self,
        row: ParsedRow,
        refs: References,
        stored: Stored[Authorisation],
        seen: FileKeys,
    ) -> RowPlan:
        issues: list[Issue] = []
        unit = find(row, "unit", lambda text: refs.units.get(text, archived_ok=True), issues)
        kind = find(
            row,
            "equipment_code",
            lambda text: refs.equipment_types.get(text, archived_ok=True),
            issues,
        )
        existing = None
        if unit is not None and kind is not None:
            shown = f"{unit.code} and {kind.code}"
            try:
                seen.claim((unit.id, kind.id), row.number, shown)
                existing = stored.match((unit.id, kind.id), shown, lambda _row: shown)
            except ReferenceProblem as problem:
                issues.append(error(row.number, "equipment_code", str(problem)))
            if existing is None:
                _check_in_service(row, unit, kind, issues)
        basis = row.values.get("basis")
        draft = AuthorisationDraft(
            unit_id=unit.id if unit is not None else None,
            equipment_type_id=kind.id if kind is not None else None,
            quantity=row.values.get("quantity"),
            basis=basis or (existing.basis if existing is not None else AuthorisationBasis.MOU),
            reference=existing.reference if existing is not None else "",
        )
        problems = check_authorisation(draft).as_dict()
        issues += rule_issues(row, problems, _FIELD_OF, skip={i.field for i in issues})
        if not row.valid or has_error(issues):
            return RowPlan(row.number, Outcome.SKIPPED, issues)
        if existing is None:
            values = {
                "unit_id": draft.unit_id,
                "equipment_type_id": draft.equipment_type_id,
                "quantity": draft.quantity,
                "basis": draft.basis,
            }
            return RowPlan(row.number, Outcome.NEW, issues, _adding(values))
        changes = changed_fields(
            existing._asdict(), {"quantity": draft.quantity, "basis": draft.basis}
        )
        if not changes:
            return RowPlan(row.number, Outcome.UNCHANGED, issues)
        stored.want(existing.id)
        record_id: uuid.UUID = existing.id

        def update(_session: Session) -> None:
            authorisation = stored.record(record_id)
            for name, value in changes.items():
                setattr(authorisation, name, value)

        return RowPlan(row.number, Outcome.UPDATED, issues, update)


def _check_in_service(row: ParsedRow, unit: Row[Any], kind: Row[Any], issues: list[Issue]) -> None:
    """A new authorisation is for a unit and a type in service (as the form's lists offer)."""
    if unit.archived:
        issues.append(
            error(row.number, "unit", f"Unit {unit.code} is archived: choose a unit in service.")
        )
    if kind.archived:
        issues.append(
            error(
                row.number,
                "equipment_code",
                f"Equipment type {kind.code} ({kind.name}) is archived: choose a type in use.",
            )
        )


def _adding(values: dict[str, Any]) -> Callable[[Session], None]:
    return lambda session: session.add(Authorisation(**values))


IMPORTER = AuthorisationsImporter()
