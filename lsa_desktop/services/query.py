"""The lists the app shows: the query a page asks, and how a register answers it in SQL.

A register answers so that a table of 100,000 rows appears at once ("ids first, rows on demand",
as in anki's browser):

- :meth:`Register.page` returns the first rows of a query with ``LIMIT``: an index-ordered scan
  that stops as soon as the page is full, so the first page of a search appears before the whole
  list is known.
- :meth:`Register.keys` returns the ordered keys of every matching row: one light query that reads
  only the key column, filtered and sorted in SQL.
- :meth:`Register.rows` returns the full rows for a slice of those keys: one query with ``IN``.

Keys are opaque text (a UUID's hex as stored; for holdings, the unit's and the type's), because
turning 100,000 stored keys into ``uuid.UUID`` objects costs more than the query itself. Rows are frozen dataclasses that carry
their own ``key``.

Searching is a substring match that ignores accents and case: every word typed must appear in
one of the register's search columns. SQLite's ``LIKE`` folds ASCII letters only, so the names a
register searches are kept folded in a ``search_text`` column (:mod:`lsa_desktop.domain.text`,
:mod:`lsa_desktop.store.models.search`) and each word is folded the same way before the match:
"celestin" finds "Célestin" and "HERARD" finds "Hérard". A first page stays an index-ordered scan
that stops when full, with one ``LIKE`` per row and word. Archived rows are hidden unless the
query asks for them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    case,
    false,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from lsa_desktop.domain.text import fold

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from lsa_desktop.store.engine import Store

#: A row's key as a register hands it out: opaque text, stable while the row exists.
RowKey = str


@dataclass(frozen=True)
class ListQuery:
    """What a page asks of a register: a search, filters, and a sort order.

    ``filters`` maps a filter name the register knows (``unit_id``, ``status``, ``category_id``,
    ``contingent_id``, ``only_gaps``...) to its value; ``None`` values are dropped, so a combo box
    set to "All" simply passes ``None``. ``sort_key`` ``None`` means the register's default order.
    """

    search: str = ""
    filters: Mapping[str, object] = field(default_factory=dict, hash=False)
    sort_key: str | None = None
    descending: bool = False
    include_archived: bool = False

    def __post_init__(self) -> None:
        kept = {name: value for name, value in dict(self.filters).items() if value is not None}
        object.__setattr__(self, "filters", MappingProxyType(kept))

    def words(self) -> list[str]:
        """The search split into words; each must match somewhere in the row."""
        return self.search.split()

    def with_search(self, search: str) -> ListQuery:
        return replace(self, search=search)

    def with_filters(self, **filters: object) -> ListQuery:
        """A copy with these filters set (``None`` removes one); the others are kept."""
        merged = dict(self.filters)
        merged.update(filters)
        return replace(self, filters=merged)

    def sorted_by(self, sort_key: str | None, descending: bool = False) -> ListQuery:
        return replace(self, sort_key=sort_key, descending=descending)


class KeyedRow(Protocol):
    """A register row: a frozen dataclass that knows its own key."""

    @property
    def key(self) -> RowKey: ...


RowT = TypeVar("RowT", bound=KeyedRow)


class RegisterSource(Protocol[RowT]):
    """What a lazy table model needs from a register (kept narrow so tests can fake it)."""

    sort_keys: ClassVar[tuple[str, ...]]

    def page(self, query: ListQuery, limit: int) -> list[RowT]: ...

    def keys(self, query: ListQuery, limit: int | None = None) -> tuple[RowKey, ...]: ...

    def rows(self, keys: Sequence[RowKey]) -> list[RowT]: ...

    def count(self, query: ListQuery | None = None) -> int: ...


@dataclass(frozen=True)
class SortTerm:
    """One column of a sort order. Empty values go last whichever the direction, as in a
    spreadsheet, when ``nulls_last`` is set (it costs an index-ordered scan, so only nullable
    columns set it)."""

    column: ColumnElement[Any]
    nulls_last: bool = False

    def clause(self, descending: bool) -> ColumnElement[Any]:
        ordered = self.column.desc() if descending else self.column.asc()
        return ordered.nulls_last() if self.nulls_last else ordered


def enum_order(column: ColumnElement[Any], members: type[Enum]) -> ColumnElement[int]:
    """Sort an enum column in the order its members are declared (ACTIVE before LEAVE...),
    not alphabetically by the stored name."""
    return case({member.value: position for position, member in enumerate(members)}, value=column)


def word_condition(
    word: str,
    folded_columns: Sequence[ColumnElement[Any]],
    plain_columns: Sequence[ColumnElement[Any]] = (),
) -> ColumnElement[bool]:
    """``word`` appears in one of the columns; ``%`` and ``_`` typed by the person are literal.

    ``folded_columns`` hold text folded by :func:`~lsa_desktop.domain.text.fold` (``search_text``):
    the word is folded too, so accents and case never matter. ``plain_columns`` hold text as it
    was written (catalogue codes and names, references), where ``LIKE`` folds ASCII case only: the
    word is looked for as typed and, if it has other letters, folded as well.
    """
    folded = fold(word)
    wanted = [(column, folded) for column in folded_columns]
    for column in plain_columns:
        wanted.append((column, word))
        if not word.isascii():
            wanted.append((column, folded))
    return or_(*(column.contains(text, autoescape=True) for column, text in wanted))


class _Likely(FunctionElement[Any]):
    """A condition with a hint of how often it holds, for SQLite's planner (see :func:`likely`).

    Untyped on purpose: typed as a boolean, it would be compared with 1 on SQLite, and
    ``likelihood()`` must stay a bare term to be read as a hint."""

    inherit_cache = True
    name = "likelihood"


@compiles(_Likely, "sqlite")
def _likely_on_sqlite(element: _Likely, compiler: Any, **kw: Any) -> str:
    condition, probability = element.clauses.clauses
    return f"likelihood({compiler.process(condition, **kw)}, {compiler.process(probability, **kw)})"


@compiles(_Likely)
def _likely_elsewhere(element: _Likely, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses.clauses[0], **kw)})"


def likely(condition: ColumnElement[bool], probability: float) -> ColumnElement[bool]:
    """``condition``, telling SQLite how often it holds, so that it plans for it.

    SQLite without ``ANALYZE`` statistics takes any indexed equality or ``IN`` to be selective and
    reads rows through that index. For a condition true of most rows that is slower than the other
    plans: scanning in sort order, which stops as soon as a first page is full, or reading a
    covering index in group order. Other databases get the bare condition."""
    # The probability must be a literal: SQLite refuses a bound parameter there.
    hinted: ColumnElement[bool] = _Likely(condition, literal_column(repr(float(probability))))
    return hinted


class Register(ABC, Generic[RowT]):
    """One list the app shows, answered in SQL: filters, search and sort never run in Python.

    A subclass says where its rows come from and how to filter, search and sort them; this class
    builds the two queries. Every sort ends with a unique column (``tiebreak``), so the order is
    total: the first page fetched with ``LIMIT`` is exactly the start of the full list.
    """

    #: The sort keys accepted in ``ListQuery.sort_key``; the first is the default order.
    sort_keys: ClassVar[tuple[str, ...]]

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- what a subclass provides ------------------------------------------------------------

    @abstractmethod
    def _source(self, query: ListQuery | None) -> FromClause:
        """The table and its joins: for ``query``, only the joins its filters and sort need
        (SQLite keeps an unused join in a count); for ``None``, every join a full row needs."""

    @abstractmethod
    def _key(self) -> ColumnElement[str]:
        """The key column, read as plain text."""

    @abstractmethod
    def _tiebreak(self) -> ColumnElement[Any]:
        """A unique column that ends every sort."""

    @abstractmethod
    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        """The terms that sort by ``sort_key``, most significant first."""

    def _search_columns(self) -> Sequence[ColumnElement[Any]]:
        """The columns of folded text (``search_text``) a search word is looked for in."""
        return ()

    def _plain_search_columns(self) -> Sequence[ColumnElement[Any]]:
        """The columns of text as written (catalogue codes and names, references) a search word
        is also looked for in (see :func:`word_condition`)."""
        return ()

    @abstractmethod
    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        """Each filter name the register knows, and the condition it makes of a value."""

    def _archived(self) -> ColumnElement[bool] | None:
        """The archived flag, for registers whose rows can be archived."""
        return None

    def _base_conditions(self, first_page: bool) -> Sequence[ColumnElement[bool]]:
        """Conditions every query of this register has (e.g. "the type is a vehicle");
        ``first_page`` is True when only the first rows are read (``keys`` with a limit)."""
        return ()

    @abstractmethod
    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        """The columns a full row is built from, in the order ``_make_row`` reads them."""

    @abstractmethod
    def _make_row(self, values: Row[Any]) -> RowT:
        """A row dataclass from one result row (read by position: it is the hot path)."""

    # -- the queries -------------------------------------------------------------------------

    def page(self, query: ListQuery = ListQuery(), limit: int = 50) -> list[RowT]:
        """The first ``limit`` rows matching ``query``, in its order, in one query: what a table
        shows at once, before the whole key list is known (:meth:`keys`)."""
        columns = select(*self._row_columns()).select_from(self._source(None))
        statement = self._filtered_and_sorted(columns, query, first_page=True).limit(limit)
        with self.store.read() as session:
            return [self._make_row(values) for values in session.execute(statement)]

    def keys(self, query: ListQuery = ListQuery(), limit: int | None = None) -> tuple[RowKey, ...]:
        """The keys of the rows matching ``query``, in its order; the first ``limit`` if given."""
        key = select(self._key()).select_from(self._source(query))
        statement = self._filtered_and_sorted(key, query, first_page=limit is not None)
        if limit is not None:
            statement = statement.limit(limit)
        with self.store.read() as session:
            return tuple(session.execute(statement).scalars())

    def rows(self, keys: Sequence[RowKey]) -> list[RowT]:
        """The rows for ``keys``, in the same order; keys whose row is gone are left out."""
        if not keys:
            return []
        statement = (
            select(*self._row_columns())
            .select_from(self._source(None))
            .where(self._key().in_(list(keys)))
        )
        with self.store.read() as session:
            found = [self._make_row(values) for values in session.execute(statement)]
        by_key = {row.key: row for row in found}
        return [by_key[key] for key in keys if key in by_key]

    def count(self, query: ListQuery | None = None) -> int:
        """How many rows match ``query``; without one, how many the register holds (archived
        rows excepted)."""
        query = query or ListQuery()
        statement = (
            select(func.count()).select_from(self._source(query)).where(*self._conditions(query))
        )
        with self.store.read() as session:
            return int(session.execute(statement).scalar_one())

    def _filtered_and_sorted(
        self, statement: Select[Any], query: ListQuery, first_page: bool
    ) -> Select[Any]:
        sort_key = query.sort_key or self.sort_keys[0]
        if sort_key not in self.sort_keys:
            raise ValueError(f"{type(self).__name__} cannot sort by {sort_key!r}")
        terms = [*self._order(sort_key), SortTerm(self._tiebreak())]
        order = [term.clause(query.descending) for term in terms]
        return statement.where(*self._conditions(query, first_page)).order_by(*order)

    def _conditions(self, query: ListQuery, first_page: bool = False) -> list[ColumnElement[bool]]:
        conditions = list(self._base_conditions(first_page))
        archived = self._archived()
        if archived is not None and not query.include_archived:
            conditions.append(archived == false())
        known = self._filters()
        for name, value in query.filters.items():
            if name not in known:
                raise ValueError(f"{type(self).__name__} has no filter {name!r}")
            conditions.append(known[name](value))
        folded, plain = self._search_columns(), self._plain_search_columns()
        conditions.extend(word_condition(word, folded, plain) for word in query.words())
        return conditions
