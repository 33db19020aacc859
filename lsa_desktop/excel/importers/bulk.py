"""Adding many new records fast, audited exactly as the ORM would audit them.

Building an ORM object costs about 200 µs in SQLModel (defaults resolved through ``inspect``) and
the audit hook builds a second ORM object per record: 100,000 officers took 40 seconds. An import
adds its new records here instead: plain values, converted by the columns' own bind processors
and inserted with the driver's ``executemany`` in the write session's transaction, with one audit
entry each, in the same form and change set as the audit hook writes for an ORM insert
(:mod:`lsa_desktop.store.audit`). History, Edit > Undo and the registers see no difference; the
rollback of the write (a refused import, a cancel) discards them like anything else.

On SQLite the audit entries of a chunk are made by one ``INSERT ... SELECT`` over the rows just
appended (:mod:`.bulk_audit`): the JSON of each row's values by SQLite's ``json_quote`` (the very text Python's
encoder writes: a test compares them on hostile text), and the entry's version-7 id from this
moment and a random start counted up row by row. No Python value is made per entry and column
(100,000 officers: about 0.8 s less). A column whose text SQLite cannot make exactly (a time
stamp, an enumeration stored by name but audited by value) leaves the table's entries to
Python, as before.

Records are buffered and inserted in chunks; :func:`flush_bulk` inserts what is left (the engine
calls it after the last row). An import that adds at least as many records as a table holds (the
first nominal roll) drops the table's secondary indexes before its first chunk and builds them
again at the end, inside the same transaction (and the audit trail's, when the load is at least
as large as the trail): building an index over the rows once costs a fraction of keeping it
sorted row by row (100,000 officers: 1.2 s of 2.4 s saved), and a rollback brings the indexes
back with everything else. Before a chunk is inserted the session's pending ORM objects are
flushed, so a record may refer to one the same import adds through the ORM (a new contingent).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from typing import Any

from sqlalchemy import (
    Table,
    Uuid,
    insert,
    inspect,
)
from sqlmodel import Session

from lsa_desktop.domain.text import search_text
from lsa_desktop.excel.importers.bulk_audit import (
    audit_appended,
    json_in_sql,
    json_texts,
    text_of,
)
from lsa_desktop.store.audit import (
    ACTION_KEY,
    CHANGE_KEY,
    NOT_AUDITED,
    REVERTS_KEY,
    USER_KEY,
)
from lsa_desktop.store.models import AuditEntry, Record, utcnow
from lsa_desktop.store.models.base import new_id_texts

_PENDING_KEY = "lsa_bulk_inserts"
#: The columns a new record never gives: filled here for each chunk.
_FILLED_HERE = frozenset(
    {"id", "created_at", "updated_at", "created_by", "updated_by", "search_text"}
)
_AUDIT_INDEXES_KEY = "lsa_bulk_audit_indexes"

#: Records inserted per ``executemany``: large enough to amortise the call, small enough to keep
#: memory flat whatever the file's size.
CHUNK = 5_000

#: Below this many new records, keeping the indexes costs less than rebuilding them.
REBUILD_INDEXES_FROM = 20_000


class BulkInsert:
    """New records of one table, added by values and inserted in chunks (see the module)."""

    def __init__(
        self,
        session: Session,
        model: type[Record],
        *,
        search_fields: Sequence[str] = (),
        fields: Sequence[str] | None = None,
    ) -> None:
        self.session = session
        self.model = model
        self.table: Table = model.__table__  # type: ignore[attr-defined]
        if "search_text" in self.table.c and not search_fields:
            raise ValueError(f"{self.table.name} is searched: give its search_fields")
        self.search_fields = tuple(search_fields)
        #: The columns a new record's values are given for, in the order :meth:`add_row` takes
        #: them: by default every column but those filled here (id, time stamps, authors, the
        #: search text); the others take the model's defaults.
        self.fields = tuple(
            fields
            if fields is not None
            else [c.name for c in self.table.columns if c.name not in _FILLED_HERE]
        )
        unknown = [name for name in self.fields if name not in self.table.c or name in _FILLED_HERE]
        if unknown:
            raise ValueError(f"{self.table.name} has no column {', '.join(unknown)} to give")
        mapper = inspect(model)
        #: The audited columns, in the order the audit hook writes them, each with how its value
        #: becomes the trail's text.
        self.audited = [
            (a.key, text_of(self.table.c[a.key]))
            for a in mapper.column_attrs
            if a.key not in NOT_AUDITED
        ]
        #: The JSON of a new row's audited values as an SQL expression over its stored columns,
        #: when every column's text can be made by SQLite (:func:`.bulk_audit.json_in_sql`).
        self.json_sql = json_in_sql(self.table, self.audited)
        self.defaults = _static_defaults(model, [column.name for column in self.table.columns])
        #: The columns not given, with the default each new record takes.
        self.filled_by_default = {
            column.name: self.defaults[column.name]
            for column in self.table.columns
            if column.name not in self.fields and column.name not in _FILLED_HERE
        }
        self.rows: list[tuple[Any, ...]] = []
        #: The ``CREATE INDEX`` statements of the indexes dropped for a large load.
        self.dropped_indexes: list[str] = []
        session.info.setdefault(_PENDING_KEY, []).append(self)

    def expect(self, count: int) -> None:
        """Say how many records are about to be added: when they are many and at least as many
        as the table holds, its secondary indexes are dropped now and rebuilt by
        :func:`flush_bulk` (unique ones stay, so duplicates are still refused row by row)."""
        self.dropped_indexes = _drop_for_load(self.session, self.table.name, count)

    def rebuild_indexes(self) -> None:
        _rebuild(self.session, self.dropped_indexes)
        self.dropped_indexes = []

    def add(self, values: Mapping[str, Any]) -> None:
        """Queue a new record given by column name; a field not given takes the model's default
        (a field without one must be given)."""
        defaults = self.defaults
        self.add_row(
            tuple([values[name] if name in values else defaults[name] for name in self.fields])
        )

    def add_row(self, row: tuple[Any, ...]) -> None:
        """Queue a new record given as its values in the order of :attr:`fields` (the fast way
        for a caller that holds them so: no mapping made per record)."""
        self.rows.append(row)
        if len(self.rows) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        rows, self.rows = self.rows, []
        count = len(rows)
        # Column by column: the rows transposed in C, the ids made as text for the whole chunk.
        columns: dict[str, Sequence[Any]] = dict(
            zip(self.fields, zip(*rows, strict=True), strict=True)
        )
        for name, default in self.filled_by_default.items():
            columns[name] = [default] * count
        columns["id"] = new_id_texts(count)
        if self.search_fields:
            searched = [columns[name] for name in self.search_fields]
            columns["search_text"] = [
                search_text(*fields) for fields in zip(*searched, strict=True)
            ]
        session = self.session
        session.flush()  # what these rows may refer to, added through the ORM
        connection = session.connection()
        now, user = utcnow(), session.info[USER_KEY]
        stamps = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user}
        same = {
            **stamps,
            "at": now,
            "user": user,
            "action": session.info.get(ACTION_KEY) or "INSERT",
            "table_name": self.table.name,
            "field": "",
            "old_value": None,
            "change_id": session.info[CHANGE_KEY],
            "reverts_change_id": session.info.get(REVERTS_KEY),
        }
        audit: Table = AuditEntry.__table__  # type: ignore[attr-defined]
        if self.json_sql is None or connection.dialect.name != "sqlite":
            _insert_columns(connection, self.table, stamps, columns, ready=("id",))
            entries = {
                "id": new_id_texts(count),
                "record_id": columns["id"],
                "new_value": json_texts(self.audited, columns),
            }
            _insert_columns(connection, audit, same, entries, ready=("id", "record_id"))
            return
        # The rows are appended to the table (rowids after its largest): their entries are made
        # from them by SQLite, JSON included, without a Python value per column and row.
        name = connection.dialect.identifier_preparer.format_table(self.table)
        largest = connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {name}")
        appended_after = largest.scalar_one()
        _insert_columns(connection, self.table, stamps, columns, ready=("id",))
        audit_appended(connection, audit, self.table, self.json_sql, same, appended_after)


def expect_bulk(session: Session, count: int) -> None:
    """Tell the session's :class:`BulkInsert` s that about ``count`` records are coming; the
    audit trail gets as many entries, so its indexes follow the same rule as the tables'."""
    pending = session.info.get(_PENDING_KEY, ())
    for bulk in pending:
        bulk.expect(count)
    if pending:
        audit: Table = AuditEntry.__table__  # type: ignore[attr-defined]
        session.info[_AUDIT_INDEXES_KEY] = _drop_for_load(session, audit.name, count)


def flush_bulk(session: Session) -> None:
    """Insert what the session's :class:`BulkInsert` s still hold, and rebuild any index dropped
    for the load."""
    for bulk in session.info.get(_PENDING_KEY, ()):
        bulk.flush()
        bulk.rebuild_indexes()
    _rebuild(session, session.info.pop(_AUDIT_INDEXES_KEY, []))


def _drop_for_load(session: Session, table: str, count: int) -> list[str]:
    """Drop the secondary indexes of ``table`` if ``count`` new rows are many
    (:data:`REBUILD_INDEXES_FROM`) and at least as many as it holds; their ``CREATE INDEX``
    statements, for :func:`_rebuild`. Unique indexes stay."""
    connection = session.connection()
    if count < REBUILD_INDEXES_FROM or connection.dialect.name != "sqlite":
        return []
    held = connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one()
    if count < held:
        return []
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
        (table,),
    ).all()
    for index, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{index}"')
    return [sql for _index, sql in indexes]


def _rebuild(session: Session, statements: Sequence[str]) -> None:
    connection = session.connection()
    for sql in statements:
        connection.exec_driver_sql(sql)


def _static_defaults(model: type[Record], columns: Sequence[str]) -> dict[str, Any]:
    """The model's plain defaults ("" for given names, ACTIVE for a status...); columns whose
    default is computed per record (ids, timestamps) are filled when the record is added."""
    defaults: dict[str, Any] = {}
    for name in columns:
        field = model.model_fields.get(name)
        if field is not None and field.default_factory is None and not field.is_required():
            defaults[name] = field.default
    return defaults


def _insert_columns(
    connection: Any,
    table: Table,
    same: Mapping[str, Any],
    columns: Mapping[str, Sequence[Any]],
    *,
    ready: Sequence[str] = (),
) -> None:
    """Insert the rows whose values ``columns`` holds column by column (every column of
    ``table`` but those of ``same``, which all rows share) with the driver's ``executemany``,
    each value converted as SQLAlchemy converts it (its column's bind processor, found once per
    column) but in the columns named ``ready``, which hold stored values already (the ids'
    text); through SQLAlchemy on other databases."""
    dialect = connection.dialect

    def converter(name: str) -> Callable[[Any], Any] | None:
        if name in ready:
            return None
        return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[no-any-return]

    varying = [column.name for column in table.columns if column.name not in same]
    if dialect.paramstyle != "qmark":
        rows = zip(*(columns[name] for name in varying), strict=True)
        ids = {name for name in ready if isinstance(table.c[name].type, Uuid)}
        connection.execute(
            insert(table),
            [
                {
                    **{
                        n: uuid.UUID(v) if n in ids and v else v
                        for n, v in zip(varying, row, strict=True)
                    },
                    **same,
                }
                for row in rows
            ],
        )
        return
    constants = tuple(
        value if (convert := converter(name)) is None else convert(value)
        for name, value in same.items()
    )
    # Only the columns that need converting go through their converter, once per distinct
    # value (a roll's 100,000 officers share a handful of units, ranks, statuses and dates); the
    # rows are zipped back in C.
    columns_of_values = []
    for name in varying:
        column = columns[name]
        convert = converter(name)
        columns_of_values.append(column if convert is None else _converted(column, convert))
    count = len(columns_of_values[0]) if columns_of_values else 0
    constant_columns = (repeat(value, count) for value in constants)
    values = list(zip(*columns_of_values, *constant_columns, strict=True))
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in [*varying, *same])
    marks = ", ".join("?" * (len(varying) + len(same)))
    table_name = dialect.identifier_preparer.format_table(table)
    connection.exec_driver_sql(f"INSERT INTO {table_name} ({names}) VALUES ({marks})", values)


def _converted(values: Sequence[Any], convert: Callable[[Any], Any]) -> list[Any]:
    """``convert`` of each value, computed once per distinct value (the values of one column,
    so of one type: a converter is a function of the value alone)."""
    done: dict[Any, Any] = {}
    out = []
    for value in values:
        try:
            out.append(done[value])
        except KeyError:
            out.append(done.setdefault(value, convert(value)))
    return out
