"""Importing units: matched by code, checked by the unit form's rules.

A contingent or base the file names that does not exist yet is created when the import is
written ("Contingent Belize created."); a contingent's country must be one the app knows, or be
written with its code ("Xyzland (XY)"). A parent unit is found by code or name among the stored
units and the file's own rows, wherever they are in the file: rows are resolved once all are
read, and a parent that the file adds is written before its children. A parent that would make
the tree loop is refused, as the form refuses it; so is a parent whose own row has errors.

Matched units are updated with the fields the file gives; an empty cell keeps what is stored.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from lsa_desktop.domain.enums import Severity
from lsa_desktop.domain.personnel_rules import UnitInput, check_unit, descendants
from lsa_desktop.excel.importers.base import KindPlan, RowPlan
from lsa_desktop.excel.importers.matching import (
    FileKeys,
    ReferenceProblem,
    Stored,
    changed_fields,
    error,
    match_text,
)
from lsa_desktop.excel.importers.references import References
from lsa_desktop.excel.kinds import UNITS
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.models import Unit, new_id

#: The form's field names (the rules' problem keys) -> the kind's fields (the file's columns).
_FIELD_OF = {"contingent_id": "contingent", "parent_id": "parent", "base_id": "base"}
_INPUT_FIELDS = tuple(field.name for field in dataclasses.fields(UnitInput))
_PLAIN_FIELDS = ("code", "name", "unit_type", "authorised_strength", "min_operational_strength")


def _described(row: Row[Any]) -> str:
    return f"{row.code} ({row.name})"


@dataclasses.dataclass
class _Row:
    """One unit row while the plan is made: what it says, what it is, what is wrong."""

    parsed: ParsedRow
    unit_id: uuid.UUID
    existing: Row[Any] | None
    given: dict[str, Any]
    issues: list[Issue]

    @property
    def valid(self) -> bool:
        return self.parsed.valid and not any(i.severity is Severity.ERROR for i in self.issues)

    def merged(self) -> UnitInput:
        """The unit as the file makes it: the stored values, each replaced by the file's when
        its cell holds one (an empty cell keeps the stored value); defaults for a new unit."""
        filled = {name: value for name, value in self.given.items() if value is not None}
        if self.existing is not None:
            return dataclasses.replace(_input_of(self.existing), **filled)
        return UnitInput(**{"code": "", "name": "", "unit_type": None, **filled})


class UnitsImporter:
    spec = UNITS

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        refs = References(session)
        stored = Stored(session, Unit, lambda row: match_text(row.code), noun="unit")
        seen = FileKeys("unit")
        planned = [self._first_pass(row, refs, stored, seen) for row in rows]
        self._resolve_parents(planned, refs, stored)
        _refuse_children_of_invalid(planned)
        writer = _Writer(refs)
        plans = [self._outcome(row, stored, writer) for row in planned]
        used = [row.given.get(name) for row in planned if row.valid for name in _FIELD_OF]
        created = refs.contingents.created(filter(None, used)) + refs.bases.created(
            filter(None, used)
        )
        return KindPlan(plans, created)

    def _first_pass(
        self, row: ParsedRow, refs: References, stored: Stored[Unit], seen: FileKeys
    ) -> _Row:
        issues: list[Issue] = []
        given: dict[str, Any] = {name: row.values.get(name) for name in _PLAIN_FIELDS}
        existing = None
        code = row.values.get("code")
        if code:
            shown = f"Unit code {code}"
            try:
                seen.claim(match_text(code), row.number, shown)
                existing = stored.match(match_text(code), shown, _described)
            except ReferenceProblem as problem:
                issues.append(error(row.number, "code", str(problem)))
            if existing is not None and existing.archived:
                issues.append(
                    error(
                        row.number,
                        "code",
                        f"Unit {existing.code} is archived: an archived record is kept for the "
                        "history and is not edited.",
                    )
                )
        for field, resolve in (("contingent", refs.contingent), ("base", refs.base)):
            given[f"{field}_id"] = _resolved(row, field, resolve, issues)
        unit_id = existing.id if existing is not None else new_id()
        planned = _Row(row, unit_id, existing, given, issues)
        refused = {i.field for i in row.issues if i.severity is Severity.ERROR and i.field}
        for field, sentence in check_unit(planned.merged()).as_dict().items():
            field = _FIELD_OF.get(field, field)
            if field not in refused:
                issues.append(error(row.number, field, sentence))
        return planned

    def _resolve_parents(self, planned: list[_Row], refs: References, stored: Stored[Unit]) -> None:
        """Find each row's parent among the stored units and the file's rows, then refuse a
        parent that would make the tree loop."""
        in_file: dict[str, set[uuid.UUID]] = {}
        for row in planned:
            for field in ("code", "name"):
                text = row.parsed.values.get(field)
                if text:
                    in_file.setdefault(match_text(text), set()).add(row.unit_id)
        parent_of = {unit.id: unit.parent_id for unit in stored.rows()}  # then the file's
        for row in planned:
            text = row.parsed.values.get("parent")
            row.given["parent_id"] = None
            if not text:
                continue
            try:
                found = refs.units.find(text)
            except ReferenceProblem as problem:
                row.issues.append(error(row.parsed.number, "parent", str(problem)))
                continue
            candidates = set(in_file.get(match_text(text), ()))
            if found is not None:
                candidates.add(found.id)
            if len(candidates) > 1:
                row.issues.append(
                    error(
                        row.parsed.number,
                        "parent",
                        f"Parent unit {text!r} matches {len(candidates)} units (stored or in "
                        "this file): write the code of the one you mean.",
                    )
                )
            elif not candidates:
                row.issues.append(
                    error(
                        row.parsed.number,
                        "parent",
                        f"There is no unit {text!r}, stored or in this file: check the code "
                        "or name of the parent unit.",
                    )
                )
            else:
                parent_id = candidates.pop()
                row.given["parent_id"] = parent_id
                parent_of[row.unit_id] = parent_id
                unchanged = row.existing is not None and row.existing.parent_id == parent_id
                if found is not None and found.id == parent_id and found.archived and not unchanged:
                    row.issues.append(
                        error(
                            row.parsed.number,
                            "parent",
                            f"Unit {found.code} is archived: choose a unit in service.",
                        )
                    )
        for row in planned:
            parent_id = row.given["parent_id"]
            if parent_id is not None and (
                parent_id == row.unit_id or parent_id in descendants(row.unit_id, parent_of)
            ):
                row.issues.append(
                    error(
                        row.parsed.number,
                        "parent",
                        f"Parent unit {row.parsed.values.get('parent')} is this unit or under "
                        "it: a unit cannot be placed under itself. Choose another parent.",
                    )
                )

    def _outcome(self, row: _Row, stored: Stored[Unit], writer: _Writer) -> RowPlan:
        number = row.parsed.number
        if not row.valid:
            return RowPlan(number, Outcome.SKIPPED, row.issues)
        merged = row.merged()
        if row.existing is None:
            writer.expect(row.unit_id, {name: getattr(merged, name) for name in _INPUT_FIELDS})
            return RowPlan(
                number, Outcome.NEW, row.issues, lambda session: writer.add(session, row.unit_id)
            )
        current = _input_of(row.existing)
        changes = changed_fields(_values(current), _values(merged))
        if not changes:
            return RowPlan(number, Outcome.UNCHANGED, row.issues)
        stored.want(row.unit_id)

        def update(session: Session) -> None:
            writer.references(session, changes)
            unit = stored.record(row.unit_id)
            for name, value in changes.items():
                setattr(unit, name, value)

        return RowPlan(number, Outcome.UPDATED, row.issues, update)


class _Writer:
    """Adds the new units so that a parent the file adds is written before its children (the
    database checks a unit's parent as the unit is inserted), and the contingents and bases the
    file names before the units in them."""

    def __init__(self, refs: References) -> None:
        self.refs = refs
        self.new: dict[uuid.UUID, dict[str, Any]] = {}  # new unit's id -> its values
        self.added: set[uuid.UUID] = set()

    def expect(self, unit_id: uuid.UUID, values: dict[str, Any]) -> None:
        """Say that a valid row adds unit ``unit_id`` with ``values``."""
        self.new[unit_id] = values

    def references(self, session: Session, values: dict[str, Any]) -> None:
        """Add what ``values`` refer to that this import creates, if not added yet."""
        for field, creatable in (
            ("contingent_id", self.refs.contingents),
            ("base_id", self.refs.bases),
        ):
            if values.get(field) is not None:
                creatable.ensure(session, values[field])
        parent_id = values.get("parent_id")
        if parent_id is not None and parent_id in self.new:
            self.add(session, parent_id)

    def add(self, session: Session, unit_id: uuid.UUID) -> None:
        if unit_id in self.added:
            return
        self.added.add(unit_id)
        values = self.new[unit_id]
        self.references(session, values)
        session.add(Unit(id=unit_id, **values))


def _resolved(
    row: ParsedRow, field: str, resolve: Callable[[str], uuid.UUID], issues: list[Issue]
) -> uuid.UUID | None:
    text = row.values.get(field)
    if not text:
        return None
    try:
        return resolve(text)
    except ReferenceProblem as problem:
        issues.append(error(row.number, field, str(problem)))
        return None


def _refuse_children_of_invalid(planned: list[_Row]) -> None:
    """A unit whose parent is a new unit on a row with errors cannot be written either."""
    new_rows = {row.unit_id: row for row in planned if row.existing is None}
    changed = True
    while changed:
        changed = False
        for row in planned:
            parent = new_rows.get(row.given.get("parent_id"))  # type: ignore[arg-type]
            if row.valid and parent is not None and not parent.valid:
                row.issues.append(
                    error(
                        row.parsed.number,
                        "parent",
                        f"Parent unit {row.parsed.values.get('parent')} is on row "
                        f"{parent.parsed.number}, which has errors: fix that row too.",
                    )
                )
                changed = True


def _input_of(row: Row[Any]) -> UnitInput:
    return UnitInput(**{name: getattr(row, name) for name in _INPUT_FIELDS})


def _values(values: Any) -> dict[str, Any]:
    """The input's fields by name (``dataclasses.asdict`` deep-copies: 20 times slower)."""
    return {name: getattr(values, name) for name in _INPUT_FIELDS}


IMPORTER = UnitsImporter()
