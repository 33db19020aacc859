"""Rows to the database in large batches, as fast as SQLAlchemy Core allows.

Rows are plain dicts, buffered per table and inserted with one ``executemany`` per batch, parents
before children (the metadata's dependency order), so foreign keys hold at every statement. The
values every row of a statement shares (timestamps, author, a snapshot's day) are not bound row by
row: they are written once into the statement, in the storage form the column's own type gives them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Insert, Table, literal_column
from sqlmodel import SQLModel

from lsa_desktop.progress import Progress

BATCH_ROWS = 20_000


class BatchWriter:
    """Buffers rows per table; counts what it inserted and reports it as progress."""

    def __init__(self, conn: Connection, stamp: dict[str, Any]) -> None:
        self.conn = conn
        self.stamp = stamp
        self.order = list(SQLModel.metadata.sorted_tables)
        self.pending: dict[Table, list[dict[str, Any]]] = {table: [] for table in self.order}
        self.size = 0
        self.counts: dict[str, int] = {}
        self.done = 0
        #: an estimate of the rows the whole job writes, for the progress bar; 0 while unknown
        self.total = 0
        self._statements: dict[tuple[str, tuple[tuple[str, Any], ...]], Insert] = {}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self.pending[table].append(row)
        self.size += 1

    def add_all(self, table: Table, rows: list[dict[str, Any]]) -> None:
        self.pending[table].extend(rows)
        self.size += len(rows)

    def flush(self, message: str) -> Iterator[Progress]:
        """Insert everything buffered, then report progress."""
        for table in self.order:
            rows = self.pending[table]
            if rows:
                self.insert(table, rows)
                self.pending[table] = []
        self.size = 0
        yield Progress(self.done, max(self.total, self.done) if self.total else 0, message)

    def flush_if_full(self, message: str) -> Iterator[Progress]:
        if self.size >= BATCH_ROWS:
            yield from self.flush(message)

    def insert(self, table: Table, rows: list[dict[str, Any]], **constants: Any) -> None:
        """Insert ``rows`` now; ``constants``, like the stamp, are the same for every row."""
        statement = self._statement(table, constants)
        for start in range(0, len(rows), BATCH_ROWS):
            self.conn.execute(statement, rows[start : start + BATCH_ROWS])
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)
        self.done += len(rows)

    def _statement(self, table: Table, constants: dict[str, Any]) -> Insert:
        key = (table.name, tuple(sorted(constants.items())))
        statement = self._statements.get(key)
        if statement is None:
            shared = {**self.stamp, **constants}
            statement = table.insert().values(
                {name: self._sql_constant(table, name, value) for name, value in shared.items()}
            )
            self._statements[key] = statement
        return statement

    def _sql_constant(self, table: Table, name: str, value: Any) -> Any:
        """``value`` as an SQL literal in the column's storage form, as a bound value would be."""
        dialect = self.conn.dialect
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        stored = process(value) if process else value
        if not isinstance(stored, str):
            raise TypeError(f"{table.name}.{name}: only text is folded into SQL, not {stored!r}")
        return literal_column("'" + stored.replace("'", "''") + "'")
