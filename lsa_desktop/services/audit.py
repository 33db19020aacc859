"""The audit trail as people read it: a record's history, the change log, and undo.

The entries themselves are written by the write session (:mod:`lsa_desktop.store.audit`); this
service reads them back readably (values in their types, references and records by name) and
reverts a change set (:mod:`lsa_desktop.services.audit_undo`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, String, select, type_coerce

from lsa_desktop.services.audit_values import RecordNamer, from_text, row_values, summary_fields
from lsa_desktop.services.query import ListQuery, Register, SortTerm
from lsa_desktop.store.models import AuditEntry

if TYPE_CHECKING:
    from sqlalchemy.engine import Row
    from sqlalchemy.orm import Session

    from lsa_desktop.services.audit_undo import ChangeSummary
    from lsa_desktop.store.engine import Store

_audit = AuditEntry.__table__


class ChangeKind(StrEnum):
    """What an entry did to its record."""

    CREATED = "CREATED"
    EDITED = "EDITED"
    DELETED = "DELETED"


def change_kind(field: str, old_text: str | None, new_text: str | None) -> ChangeKind:
    """An entry's kind from its shape: undo entries are all recorded as "UNDO", so the action
    alone does not say whether a row was created, edited or deleted."""
    if field:
        return ChangeKind.EDITED
    return ChangeKind.CREATED if old_text is None else ChangeKind.DELETED


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One entry of the audit trail, readable.

    ``old`` and ``new`` are the field's values in their Python types (an enum member, a date, a
    bool...), a reference given as the name of the record it points at. A created or deleted
    record has no field: ``values`` then holds its main fields, by name, the same way.
    """

    id: uuid.UUID
    at: datetime
    user: str
    action: str
    kind: ChangeKind
    table_name: str
    record_id: uuid.UUID
    record: str  # the record's name: "0061154 OTIENO Mercy"
    field: str
    old: Any
    new: Any
    values: tuple[tuple[str, Any], ...]
    change_id: uuid.UUID
    reverts_change_id: uuid.UUID | None

    @property
    def key(self) -> str:
        return self.id.hex

    @property
    def is_undo(self) -> bool:
        return self.reverts_change_id is not None


#: The raw columns an :class:`AuditRow` is built from, in order.
_ROW_COLUMNS = (
    _audit.c.id,
    _audit.c.at,
    _audit.c.user,
    _audit.c.action,
    _audit.c.table_name,
    _audit.c.record_id,
    _audit.c.field,
    _audit.c.old_value,
    _audit.c.new_value,
    _audit.c.change_id,
    _audit.c.reverts_change_id,
)


def readable_rows(session: Session, raw_rows: Sequence[Row[Any]]) -> list[AuditRow]:
    """Audit rows from raw ``_ROW_COLUMNS`` results, each record and reference named once."""
    namer = RecordNamer(session)
    namer.prefetch((raw.table_name, raw.record_id) for raw in raw_rows)
    return [_readable(namer, raw) for raw in raw_rows]


def _readable(namer: RecordNamer, raw: Row[Any]) -> AuditRow:
    entry_id, at, user, action, table, record_id, field, old_text, new_text, change, reverts = raw
    kind = change_kind(field, old_text, new_text)
    old = new = None
    values: tuple[tuple[str, Any], ...] = ()
    if kind is ChangeKind.EDITED:
        old = _shown(namer, table, field, old_text)
        new = _shown(namer, table, field, new_text)
    else:
        row = row_values(table, new_text if kind is ChangeKind.CREATED else old_text)
        values = tuple(
            (name, _named(namer, table, name, row[name]))
            for name in summary_fields(table)
            if row.get(name) not in (None, "")
        )
    return AuditRow(
        id=entry_id,
        at=at,
        user=user,
        action=action,
        kind=kind,
        table_name=table,
        record_id=record_id,
        record=namer.name(table, record_id),
        field=field,
        old=old,
        new=new,
        values=values,
        change_id=change,
        reverts_change_id=reverts,
    )


def _shown(namer: RecordNamer, table: str, field: str, text: str | None) -> Any:
    return _named(namer, table, field, from_text(table, field, text))


def _named(namer: RecordNamer, table: str, field: str, value: Any) -> Any:
    """A reference as the name of the record it points at; any other value as it is."""
    if isinstance(value, uuid.UUID) and field.endswith("_id"):
        return namer.value_text(table, field, value)
    return value


class ChangeLogRegister(Register[AuditRow]):
    """Every entry of the audit trail, newest first by default, filtered and searched in SQL.

    Filters: ``user``, ``table_name``, ``since`` and ``until`` (aware datetimes; ``until`` is
    exclusive), ``record`` (a ``(table_name, record_id)`` pair). The search looks for each word in
    the old and new values, the field and the user.
    """

    sort_keys: ClassVar[tuple[str, ...]] = ("at", "user", "record", "action", "field")

    def _source(self, query: ListQuery | None) -> FromClause:
        return _audit

    def _key(self) -> ColumnElement[str]:
        return type_coerce(_audit.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _audit.c.id

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        a = _audit.c
        record = (SortTerm(a.table_name), SortTerm(a.record_id))
        # The entries of one change stay together, a record's fields in order.
        within_change = (SortTerm(a.change_id), *record, SortTerm(a.field))
        first = {
            "at": (),
            "user": (SortTerm(a.user),),
            "record": record,
            "action": (SortTerm(a.action),),
            "field": (SortTerm(a.field),),
        }[sort_key]
        return (*first, SortTerm(a.at), *within_change)

    def _plain_search_columns(self) -> Sequence[ColumnElement[Any]]:
        a = _audit.c
        return (a.old_value, a.new_value, a.field, a.user)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        a = _audit.c
        return {
            "user": lambda value: a.user == value,
            "table_name": lambda value: a.table_name == value,
            "since": lambda value: a.at >= value,
            "until": lambda value: a.at < value,
            "record": lambda value: (a.table_name == value[0]) & (a.record_id == value[1]),
            "change_id": lambda value: a.change_id == value,
        }

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        return _ROW_COLUMNS

    def _make_row(self, values: Row[Any]) -> AuditRow:
        # Unused: page() and rows() name a block of rows in one session (readable_rows).
        raise TypeError("ChangeLogRegister builds its rows in page() and rows()")

    def page(self, query: ListQuery = ListQuery(), limit: int = 50) -> list[AuditRow]:  # noqa: B008
        statement = self._filtered_and_sorted(select(*_ROW_COLUMNS), query, first_page=True).limit(
            limit
        )
        with self.store.read() as session:
            return readable_rows(session, list(session.execute(statement)))

    def rows(self, keys: Sequence[str]) -> list[AuditRow]:
        if not keys:
            return []
        statement = select(*_ROW_COLUMNS).where(self._key().in_(list(keys)))
        with self.store.read() as session:
            found = readable_rows(session, list(session.execute(statement)))
        by_key = {row.key: row for row in found}
        return [by_key[key] for key in keys if key in by_key]


class AuditService:
    """Who changed what: a record's history, the change log, and undo of a change set."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.change_log = ChangeLogRegister(store)

    def history(self, table_name: str, record_id: uuid.UUID) -> list[AuditRow]:
        """Every change to one record, newest first (the fields of one change in field order)."""
        a = _audit.c
        statement = (
            select(*_ROW_COLUMNS)
            .where(a.table_name == table_name, a.record_id == record_id)
            .order_by(a.at.desc(), a.field)
        )
        with self.store.read() as session:
            return readable_rows(session, list(session.execute(statement)))

    def users(self) -> list[str]:
        """Everyone who has changed something, by name: the change log's user filter."""
        statement = select(_audit.c.user).distinct().order_by(_audit.c.user)
        with self.store.read() as session:
            return list(session.execute(statement).scalars())

    def tables(self) -> list[str]:
        """The tables the audit trail holds changes of: the change log's table filter."""
        statement = select(_audit.c.table_name).distinct().order_by(_audit.c.table_name)
        with self.store.read() as session:
            return list(session.execute(statement).scalars())

    def undoable(self, user: str, since: datetime) -> ChangeSummary | None:
        """The change set to undo next: ``user``'s latest since ``since`` (the app was opened),
        not itself an undo and not undone yet; None if there is none."""
        from lsa_desktop.services.audit_undo import latest_undoable

        with self.store.read() as session:
            return latest_undoable(session, user, since)

    def undo(self, change_id: uuid.UUID) -> ChangeSummary:
        """Revert change set ``change_id`` in one write, itself audited as an undo.

        Raises :class:`~lsa_desktop.errors.UserError` (nothing written) if a later change touched
        the same fields, or a created record cannot be removed or archived.
        """
        from lsa_desktop.services.audit_undo import revert

        with self.store.write(action="UNDO", reverts=change_id) as session:
            return revert(session, change_id)
