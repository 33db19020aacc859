"""Importing qualifications: an officer's licence or certificate, matched by (service number,
qualification), checked by the qualification form's rules.

An officer holds one qualification of each type at a time, so the natural key finds the one in
force. A row whose issue date is later than the stored one's is a renewal, recorded as the form
records it: the old qualification archived (its history kept), the new one added. Otherwise a
matched row corrects the stored one with the fields the file gives; an empty cell keeps what is
stored. A type that expires (a driving licence: 36 months) needs an expiry date, as in the form;
when the file gives only the issue date, the expiry is computed from the type's validity and the
row says so.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Row, false, select
from sqlmodel import Session

from lsa_desktop.domain.enums import Severity
from lsa_desktop.domain.personnel_rules import (
    QualificationInput,
    check_qualification,
    default_expiry,
    display_name,
)
from lsa_desktop.excel.importers.base import KindPlan, RowPlan
from lsa_desktop.excel.importers.bulk import BulkInsert
from lsa_desktop.excel.importers.matching import (
    FileKeys,
    ReferenceProblem,
    Stored,
    changed_fields,
    error,
    match_text,
    warning,
)
from lsa_desktop.excel.importers.references import References
from lsa_desktop.excel.kinds import QUALIFICATIONS
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.models import Person, Qualification

_FIELD_OF = {"qualification_type_id": "qualification"}
_INPUT_FIELDS = tuple(field.name for field in dataclasses.fields(QualificationInput))


class _Officers:
    """The officers by service number (one SELECT of four columns)."""

    def __init__(self, session: Session) -> None:
        p = Person.__table__.c  # type: ignore[attr-defined]
        self._by_number: dict[str, list[Row[Any]]] = {}
        statement = select(p.id, p.service_number, p.surname, p.given_names, p.archived)
        for row in session.execute(statement):
            self._by_number.setdefault(match_text(row.service_number), []).append(row)

    def get(self, number: str) -> Row[Any]:
        found = self._by_number.get(match_text(number), [])
        if len(found) > 1:
            raise ReferenceProblem(
                f"Service number {number} matches {len(found)} officers "
                f"({', '.join(_named(row) for row in found)}): fix the duplicates first."
            )
        if not found:
            raise ReferenceProblem(
                f"There is no officer with service number {number}: check the number, or "
                "import the officer first."
            )
        if found[0].archived:
            raise ReferenceProblem(
                f"{_named(found[0])} is archived: their qualifications are kept for the "
                "history and not edited."
            )
        return found[0]


def _named(row: Row[Any]) -> str:
    return f"{display_name(row.surname, row.given_names)} ({row.service_number})"


class QualificationsImporter:
    spec = QUALIFICATIONS

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        refs = References(session)
        officers = _Officers(session)
        stored = Stored(
            session,
            Qualification,
            lambda row: (row.person_id, row.qualification_type_id),
            noun="qualification",
            where=Qualification.__table__.c.archived == false(),  # type: ignore[attr-defined]
        )
        seen = FileKeys("qualification of an officer")
        bulk = BulkInsert(session, Qualification)
        return KindPlan([self._plan(row, refs, officers, stored, seen, bulk) for row in rows])

    def _plan(
        self,
        row: ParsedRow,
        refs: References,
        officers: _Officers,
        stored: Stored[Qualification],
        seen: FileKeys,
        bulk: BulkInsert,
    ) -> RowPlan:
        values, number = row.values, row.number
        issues: list[Issue] = []
        officer = kind = existing = None
        if values.get("service_number"):
            try:
                officer = officers.get(values["service_number"])
            except ReferenceProblem as problem:
                issues.append(error(number, "service_number", str(problem)))
        if values.get("qualification"):
            try:
                kind = refs.qualification_type(values["qualification"])
            except ReferenceProblem as problem:
                issues.append(error(number, "qualification", str(problem)))
        if officer is not None and kind is not None:
            key = (officer.id, kind.id)
            shown = f"{kind.name} of {_named(officer)}"
            try:
                seen.claim(key, number, shown)
                existing = stored.match(key, shown, lambda r: f"no. {r.number}")
            except ReferenceProblem as problem:
                issues.append(error(number, "qualification", str(problem)))
        given = {
            "qualification_type_id": kind.id if kind is not None else None,
            "number": values.get("number"),
            "issued_on": values.get("issued_on"),
            "expires_on": values.get("expires_on"),
        }
        validity = kind.validity_months if kind is not None else None
        current = _input_of(existing) if existing is not None else None
        renewal = _is_renewal(current, given)
        if current is not None and not renewal:
            merged = dataclasses.replace(
                current, **{k: v for k, v in given.items() if v is not None}
            )
        else:
            merged = QualificationInput(**{**given, "number": given["number"] or ""})
        expiry = default_expiry(merged.issued_on, validity)
        if merged.expires_on is None and expiry is not None:
            merged = dataclasses.replace(merged, expires_on=expiry)
            issues.append(
                warning(
                    number,
                    "expires_on",
                    f"No expiry date: {expiry.isoformat()} is recorded, {validity} months after "
                    "the issue date. Enter the date on the document if it differs.",
                )
            )
        refused = {i.field for i in row.issues if i.severity is Severity.ERROR and i.field}
        for field, sentence in check_qualification(merged, validity).as_dict().items():
            field = _FIELD_OF.get(field, field)
            if field not in refused:
                issues.append(error(number, field, sentence))
        if not row.valid or any(i.severity is Severity.ERROR for i in issues) or officer is None:
            return RowPlan(number, Outcome.SKIPPED, issues)
        person_id: uuid.UUID = officer.id
        fields = {name: getattr(merged, name) for name in _INPUT_FIELDS}
        if existing is None:
            values = {"person_id": person_id, **fields}
            return RowPlan(number, Outcome.NEW, issues, lambda _session: bulk.add(values))
        if renewal:
            stored.want(existing.id)
            return RowPlan(
                number, Outcome.UPDATED, issues, _renewer(stored, existing.id, person_id, fields)
            )
        changes = changed_fields(_values(current), fields)
        if not changes:
            return RowPlan(number, Outcome.UNCHANGED, issues)
        stored.want(existing.id)

        def update(_session: Session) -> None:
            held = stored.record(existing.id)
            for name, value in changes.items():
                setattr(held, name, value)

        return RowPlan(number, Outcome.UPDATED, issues, update)


def _is_renewal(current: QualificationInput | None, given: dict[str, Any]) -> bool:
    """A later issue date than the stored one's: a new document, not a correction."""
    issued = given["issued_on"]
    return (
        current is not None
        and issued is not None
        and current.issued_on is not None
        and issued > current.issued_on
    )


def _renewer(
    stored: Stored[Qualification], held_id: uuid.UUID, person_id: uuid.UUID, fields: dict[str, Any]
) -> Callable[[Session], None]:
    def renew(session: Session) -> None:
        stored.record(held_id).archived = True
        session.add(Qualification(person_id=person_id, **fields))

    return renew


def _input_of(row: Row[Any]) -> QualificationInput:
    return QualificationInput(**{name: getattr(row, name) for name in _INPUT_FIELDS})


def _values(values: Any) -> dict[str, Any]:
    """The input's fields by name (``dataclasses.asdict`` deep-copies: 20 times slower)."""
    return {name: getattr(values, name) for name in _INPUT_FIELDS}


IMPORTER = QualificationsImporter()
