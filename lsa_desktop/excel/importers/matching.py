"""Which stored record an import row is, what it changes, and how a row's problems are said.

Shared by every kind's importer (with :mod:`.references`, which finds what a row refers to):

- :class:`Stored`: the records of the kind keyed by their natural key, read in one SELECT; a key
  matching two records is an error naming them, never a guess.
- :class:`FileKeys`: the keys seen so far in the file; the same key on a later row is an error
  naming the first row.
- :func:`changed_fields`: what an update changes; an empty cell changes nothing.
- :func:`error` / :func:`warning`: an :class:`Issue` on a row about a field; the engine adds the
  cell from the header mapping, so importers need not know the sheet's columns.
- :class:`ReferenceProblem`: raised by a lookup or a match, its text is the sentence to show.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Mapping
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy import Row, Table, select
from sqlmodel import Session

from lsa_desktop.domain.enums import Severity
from lsa_desktop.domain.text import fold
from lsa_desktop.excel.model import Issue
from lsa_desktop.store.models import Record

M = TypeVar("M", bound=Record)

#: Where the engine leaves the day an import is judged against (see :func:`today_of`).
TODAY_KEY = "lsa_import_today"


class ReferenceProblem(Exception):
    """A reference or key that cannot be resolved; ``str(problem)`` is the sentence to show."""


def error(row: int, field: str, message: str) -> Issue:
    """An error on ``row`` about ``field``: the row is not imported."""
    return Issue(Severity.ERROR, message, row=row, field=field)


def warning(row: int, field: str, message: str) -> Issue:
    """A warning on ``row`` about ``field``: the row is imported; the person should look."""
    return Issue(Severity.WARNING, message, row=row, field=field)


def today_of(session: Session) -> date:
    """The day the import is judged against ("an arrival is not after today"): the engine's,
    so that tests can fix it; today when the session is not an import's."""
    day = session.info.get(TODAY_KEY)
    return day if isinstance(day, date) else date.today()


def match_text(text: str) -> str:
    """How a reference or a key is compared: case, accents and runs of spaces ignored
    ("ke-fpu-1 " matches "KE-FPU-1"; "Gonaives" matches "Gonaïves"). Leading zeros are kept."""
    return " ".join(fold(text).split())


class Stored(Generic[M]):
    """The records of one kind keyed by their natural key, read in one SELECT of plain rows.

    ``key_of`` turns a stored row into its key, compared as the file's is (use
    :func:`match_text` on text parts). A matched row is read-only; :meth:`record` gives the ORM
    object to change, loading all those :meth:`want` asked for in a few queries.
    """

    _CHUNK = 500

    def __init__(
        self,
        session: Session,
        model: type[M],
        key_of: Callable[[Row[Any]], Hashable],
        *,
        noun: str,
        where: Any = None,
    ) -> None:
        self.session = session
        self.model = model
        self.noun = noun
        table: Table = model.__table__  # type: ignore[attr-defined]
        statement = select(table) if where is None else select(table).where(where)
        self._by_key: dict[Hashable, list[Row[Any]]] = {}
        for row in session.execute(statement):
            self._by_key.setdefault(key_of(row), []).append(row)
        self._wanted: list[uuid.UUID] = []
        self._loaded: dict[uuid.UUID, M] = {}

    def match(
        self, key: Hashable, shown: str, describe: Callable[[Row[Any]], str]
    ) -> Row[Any] | None:
        """The one stored record with ``key``; None if none; :class:`ReferenceProblem` if two
        (``shown`` is the key as the file writes it, ``describe`` names a record)."""
        found = self._by_key.get(key, [])
        if len(found) > 1:
            raise ReferenceProblem(
                f"{shown} matches {len(found)} {self.noun} records "
                f"({'; '.join(describe(row) for row in found)}): fix the duplicates first."
            )
        return found[0] if found else None

    def rows(self) -> list[Row[Any]]:
        """Every stored record read (all of the kind, or those ``where`` selected)."""
        return [row for rows in self._by_key.values() for row in rows]

    def want(self, record_id: uuid.UUID) -> None:
        """Say that :meth:`record` will be asked for ``record_id`` (an update)."""
        self._wanted.append(record_id)

    def record(self, record_id: uuid.UUID) -> M:
        """The ORM object of ``record_id``; the first call loads every wanted one."""
        if record_id not in self._loaded:
            wanted = [rid for rid in self._wanted if rid not in self._loaded] or [record_id]
            if record_id not in wanted:
                wanted.append(record_id)
            column = self.model.id  # type: ignore[attr-defined]
            for start in range(0, len(wanted), self._CHUNK):
                chunk = wanted[start : start + self._CHUNK]
                for found in self.session.execute(
                    select(self.model).where(column.in_(chunk))
                ).scalars():
                    self._loaded[found.id] = found
        return self._loaded[record_id]


class FileKeys:
    """The natural keys seen so far in the file: the same key on a later row is an error."""

    def __init__(self, noun: str) -> None:
        self.noun = noun
        self._first: dict[Hashable, int] = {}

    def claim(self, key: Hashable, row: int, shown: str) -> None:
        """Record ``key`` for ``row``; :class:`ReferenceProblem` if an earlier row has it."""
        first = self._first.setdefault(key, row)
        if first != row:
            raise ReferenceProblem(
                f"{shown} is already on row {first}: each {self.noun} can be in the file "
                "once. Merge the two rows or remove one."
            )


def changed_fields(current: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``given`` (the file's values, None for an empty cell) that differ from
    ``current`` (the stored record). An empty cell changes nothing: it never erases a value."""
    return {
        name: value
        for name, value in given.items()
        if value is not None and current.get(name) != value
    }
