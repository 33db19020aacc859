"""Importing the nominal roll: officers matched by service number, checked by the form's rules.

A row is checked exactly as the officer's form checks it (:func:`check_person`), with the rank
and the unit found by abbreviation, code or name; a problem the form shows beside a widget is
shown at the cell of the matching column. One rule is softened: a repatriated officer whose tour
end is after today is imported with a warning (a roll's "tour end" is often the planned end, not
the day the officer left), where the form refuses it; the data is kept and flagged for correction.

Matched officers are updated with the fields the file gives; an empty cell keeps what is stored.
"""

from __future__ import annotations

import dataclasses
import operator
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from lsa_desktop.domain.enums import PersonStatus, Severity
from lsa_desktop.domain.personnel_rules import PersonInput, check_person, display_name
from lsa_desktop.excel.importers.base import KindPlan, RowPlan
from lsa_desktop.excel.importers.bulk import BulkInsert
from lsa_desktop.excel.importers.matching import (
    FileKeys,
    ReferenceProblem,
    Stored,
    changed_fields,
    error,
    match_text,
    today_of,
    warning,
)
from lsa_desktop.excel.importers.references import References
from lsa_desktop.excel.kinds import PERSONNEL
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.models import Person
from lsa_desktop.store.models.personnel import PERSON_SEARCH_FIELDS

#: The form's field names (the rules' problem keys) -> the kind's fields (the file's columns).
_FIELD_OF = {"rank_id": "rank", "unit_id": "unit"}
_INPUT_FIELDS = tuple(field.name for field in dataclasses.fields(PersonInput))
#: An input's values in the order of ``_INPUT_FIELDS``, read in C.
_input_values = operator.attrgetter(*_INPUT_FIELDS)
#: The fields read from the file as they are (the rank and the unit are looked up).
_PLAIN_FIELDS = tuple(name for name in _INPUT_FIELDS if name not in _FIELD_OF)


def _described(row: Row[Any]) -> str:
    return f"{display_name(row.surname, row.given_names)} ({row.service_number})"


class PersonnelImporter:
    spec = PERSONNEL

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        refs = References(session)
        stored = Stored(session, Person, lambda row: match_text(row.service_number), noun="officer")
        bulk = BulkInsert(session, Person, search_fields=PERSON_SEARCH_FIELDS, fields=_INPUT_FIELDS)
        planner = _RowPlanner(refs, stored, bulk, today_of(session))
        return KindPlan([planner.plan(row) for row in rows])


class _RowPlanner:
    def __init__(
        self, refs: References, stored: Stored[Person], bulk: BulkInsert, today: date
    ) -> None:
        self.refs = refs
        self.stored = stored
        self.bulk = bulk
        self.today = today
        self.seen = FileKeys("officer")

    def plan(self, row: ParsedRow) -> RowPlan:
        values = row.values
        issues: list[Issue] = []
        # Fields whose cell the reading step already refused: not reported twice.
        refused = (
            {i.field for i in row.issues if i.severity is Severity.ERROR and i.field}
            if row.issues
            else ()
        )
        given: dict[str, Any] = {name: values.get(name) for name in _PLAIN_FIELDS}
        existing = self._match(row, issues)
        given["rank_id"] = self._reference(row, "rank", self.refs.rank, issues)
        given["unit_id"] = self._unit(row, existing, issues)
        current = _input_of(existing) if existing is not None else None
        merged = _merged(current, given)
        for field, sentence in self._problems(merged, current).items():
            field = _FIELD_OF.get(field, field)
            if field not in refused:
                issues.append(error(row.number, field, sentence))
        repatriated = merged.status is PersonStatus.REPATRIATED
        if repatriated and merged.tour_end_date is not None and merged.tour_end_date > self.today:
            issues.append(
                warning(
                    row.number,
                    "tour_end_date",
                    f"{display_name(merged.surname, merged.given_names)} is repatriated but the "
                    f"tour end, {merged.tour_end_date.isoformat()}, is after today: it is kept "
                    "as the planned end. Replace it with the day the officer left.",
                )
            )
        return self._outcome(row, issues, existing, current, merged)

    def _match(self, row: ParsedRow, issues: list[Issue]) -> Row[Any] | None:
        number = row.values.get("service_number")
        if not number:
            return None
        shown = f"Service number {number}"
        key = match_text(number)
        try:
            self.seen.claim(key, row.number, shown)
            existing = self.stored.match(key, shown, _described)
        except ReferenceProblem as problem:
            issues.append(error(row.number, "service_number", str(problem)))
            return None
        if existing is not None and existing.archived:
            issues.append(
                error(
                    row.number,
                    "service_number",
                    f"{shown} belongs to an archived officer, {_described(existing)}: an "
                    "archived record is kept for the history and is not edited.",
                )
            )
            return None
        return existing

    def _reference(
        self,
        row: ParsedRow,
        field: str,
        find: Callable[[str], Row[Any]],
        issues: list[Issue],
    ) -> uuid.UUID | None:
        text = row.values.get(field)
        if not text:
            return None
        try:
            return find(text).id  # type: ignore[no-any-return]
        except ReferenceProblem as problem:
            issues.append(error(row.number, field, str(problem)))
            return None

    def _unit(
        self, row: ParsedRow, existing: Row[Any] | None, issues: list[Issue]
    ) -> uuid.UUID | None:
        """The unit's id; an archived unit only if the officer is already in it (as the form)."""
        text = row.values.get("unit")
        if not text:
            return None
        try:
            unit = self.refs.units.get(text, archived_ok=True)
        except ReferenceProblem as problem:
            issues.append(error(row.number, "unit", str(problem)))
            return None
        if unit.archived and (existing is None or existing.unit_id != unit.id):
            issues.append(
                error(
                    row.number, "unit", f"Unit {unit.code} is archived: choose a unit in service."
                )
            )
            return None
        return unit.id  # type: ignore[no-any-return]

    def _problems(self, merged: PersonInput, current: PersonInput | None) -> dict[str, str]:
        day = self.today
        if merged.status is PersonStatus.REPATRIATED and merged.tour_end_date is not None:
            # Judge the other rules as the form would; the future tour end is a warning (above).
            day = max(day, merged.tour_end_date)
        return check_person(merged, day, current).as_dict()

    def _outcome(
        self,
        row: ParsedRow,
        issues: list[Issue],
        existing: Row[Any] | None,
        current: PersonInput | None,
        merged: PersonInput,
    ) -> RowPlan:
        if not row.valid or (issues and any(issue.severity is Severity.ERROR for issue in issues)):
            return RowPlan(row.number, Outcome.SKIPPED, issues)
        if existing is None or current is None:
            # The values wait for the write as a tuple in a partial, half the memory of a dict
            # in a closure: a roll may hold 100,000 new officers.
            values = _input_values(merged)
            return RowPlan(row.number, Outcome.NEW, issues, partial(_add_new, self.bulk, values))
        changes = changed_fields(_values(current), _values(merged))
        if not changes:
            return RowPlan(row.number, Outcome.UNCHANGED, issues)
        record_id = existing.id
        self.stored.want(record_id)

        def update(_session: Session) -> None:
            person = self.stored.record(record_id)
            for name, value in changes.items():
                setattr(person, name, value)

        return RowPlan(row.number, Outcome.UPDATED, issues, update)


def _add_new(bulk: BulkInsert, values: tuple[Any, ...], _session: Session) -> None:
    bulk.add_row(values)  # in the order of _INPUT_FIELDS, the bulk's fields


def _input_of(row: Row[Any]) -> PersonInput:
    return PersonInput(**{name: getattr(row, name) for name in _INPUT_FIELDS})


def _merged(current: PersonInput | None, given: dict[str, Any]) -> PersonInput:
    """The officer as the file makes them: the stored values, each replaced by the file's when
    its cell holds one (an empty cell keeps the stored value); defaults for a new officer."""
    filled = {name: value for name, value in given.items() if value is not None}
    if current is not None:
        return dataclasses.replace(current, **filled)
    filled.setdefault("service_number", "")
    filled.setdefault("surname", "")
    return PersonInput(**filled)


def _values(values: Any) -> dict[str, Any]:
    """The input's fields by name (``dataclasses.asdict`` deep-copies: 20 times slower)."""
    return {name: getattr(values, name) for name in _INPUT_FIELDS}


IMPORTER = PersonnelImporter()
