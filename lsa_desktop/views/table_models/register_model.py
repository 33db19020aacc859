"""A lazy table model over a register: keys first, rows on demand (as anki's browser table).

The model never holds a register's rows, only its ordered keys; rows are fetched from the service
in blocks of ``BLOCK_SIZE`` when the view paints them, and the last ``CACHED_BLOCKS`` blocks are
kept. Sorting and filtering are new SQL queries (:meth:`set_query`, :meth:`sort`), never Python
loops over the rows.

A query is answered in two steps, so that the first page of a search appears at once on 100,000
rows: the first ``BLOCK_SIZE + 1`` rows are read with ``LIMIT`` on the GUI thread, keys and rows in
one query (an index-ordered scan that stops as soon as the page is full); if there are more, the
whole key list is read on a worker thread, started once the first page is painted, and the rest
of the rows are appended when it arrives (``rowsInserted``), with the counts. A small result is
complete after the first step, with no thread involved.

``refresh`` re-reads the current query after the data changed: if the keys are the same, the rows
are re-fetched in place (``dataChanged``), so the view keeps its scroll position and selection;
otherwise the model is reset and the view restores what it can by key (see
:class:`~lsa_desktop.views.widgets.register_view.RegisterTableView`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import IntEnum
from functools import partial
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont

from lsa_desktop.services.query import ListQuery, RegisterSource, RowKey
from lsa_desktop.views.table_models.columns import Column, Emphasis
from lsa_desktop.views.table_models.roles import ROW_ROLE, SORT_ROLE

#: Rows fetched at a time: one screenful. Measured on 130,000 officers, fetching 50 rows by key
#: takes about 1.3 ms and 200 rows about 5 ms; the first page is one block.
BLOCK_SIZE = 50
#: Blocks kept (2,000 rows): scrolling back and forth over them costs no query.
CACHED_BLOCKS = 40

_Index = QModelIndex | QPersistentModelIndex
_NUMERIC_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_EMPHASIS_COLOURS = {Emphasis.WARNING: QColor("#b45309"), Emphasis.CRITICAL: QColor("#b91c1c")}


class _KeysRelay(QObject):
    """Carries a worker's answer to the model on the GUI thread (a queued signal)."""

    answered = Signal(int, object, object)  # generation, (keys, total) or None, error or None


class _KeysJob(QRunnable):
    """Reads the whole key list of a query (and the register's size) off the GUI thread."""

    def __init__(
        self,
        source: RegisterSource[Any],
        query: ListQuery,
        generation: int,
        with_total: bool,
        relay: _KeysRelay,
    ) -> None:
        super().__init__()
        self._source = source
        self._query = query
        self._generation = generation
        self._with_total = with_total
        self._relay = relay

    def run(self) -> None:
        try:
            keys = self._source.keys(self._query)
            total = self._source.count() if self._with_total else None
        except Exception as error:  # raised again on the GUI thread, where bugs are reported
            self._relay.answered.emit(self._generation, None, error)
        else:
            self._relay.answered.emit(self._generation, (keys, total), None)


class RegisterTableModel(QAbstractTableModel):
    """A register shown lazily. Subclasses give ``CONTEXT`` (for translating the headers) and
    ``COLUMNS`` (an ``IntEnum`` of column numbers mapped to :class:`Column`)."""

    #: Rows shown (matching the query), rows in the register (archived rows excepted).
    countsChanged = Signal(int, int)
    #: The whole key list of the current query is known.
    loaded = Signal()

    CONTEXT: ClassVar[str]
    COLUMNS: ClassVar[Mapping[IntEnum, Column]]

    def __init__(
        self,
        source: RegisterSource[Any],
        parent: QObject | None = None,
        *,
        block_size: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = [self.COLUMNS[number] for number in sorted(self.COLUMNS)]
        self._block_size = block_size or BLOCK_SIZE
        self._query = ListQuery(sort_key=source.sort_keys[0])
        self._keys: Sequence[RowKey] = ()
        self._key_rows: dict[RowKey, int] | None = None
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self._complete = True
        self._refreshing = False
        self._total = 0
        self._total_stale = True
        self._counts: tuple[int, int] | None = None
        self._generation = 0
        # The pool is created before the relay: on destruction it waits for a running job
        # while the relay still exists to carry its answer.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _KeysRelay(self)
        self._relay.answered.connect(self._keys_answered)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what pages and views use --------------------------------------------------------------

    @property
    def source(self) -> RegisterSource[Any]:
        """The register the rows come from (an export reads the same query through it)."""
        return self._source

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    @property
    def loading(self) -> bool:
        """True while the whole key list of the current query is being read."""
        return not self._complete

    def set_query(self, query: ListQuery) -> None:
        """Show the rows matching ``query`` (its sort key defaults to the register's)."""
        if query.sort_key is None:
            query = query.sorted_by(self._source.sort_keys[0], query.descending)
        self._query = query
        self._load(refresh=False)

    def set_filter(self, search: str, filters: Mapping[str, object]) -> None:
        """A new search and filters, keeping the sort order."""
        self.set_query(replace(self._query, search=search, filters=filters))

    @Slot()
    def refresh(self) -> None:
        """Read the current query again after the data changed, keeping the view where it is."""
        self._total_stale = True
        self._load(refresh=True)

    def counts(self) -> tuple[int, int] | None:
        """The last counts reported by ``countsChanged``; None before the first query settled."""
        return self._counts

    def sort_column(self) -> int:
        """The column whose sort key orders the rows (-1 if none shows it)."""
        for number, column in enumerate(self._columns):
            if column.sort_key == self._query.sort_key:
                return number
        return -1

    def row_at(self, row: int) -> Any | None:
        """The row dataclass at ``row``, fetched if needed; None if it was deleted meanwhile."""
        block = row // self._block_size
        rows = self._blocks.get(block)
        if rows is None:
            start = block * self._block_size
            keys = self._keys[start : start + self._block_size]
            found = {found.key: found for found in self._source.rows(keys)}
            rows = [found.get(key) for key in keys]
            self._blocks[block] = rows
            if len(self._blocks) > CACHED_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return rows[row - block * self._block_size]

    def key_at(self, row: int) -> RowKey:
        return self._keys[row]

    def row_of_key(self, key: RowKey) -> int | None:
        if self._key_rows is None:
            self._key_rows = {k: number for number, k in enumerate(self._keys)}
        return self._key_rows.get(key)

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return column.value(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMERIC_ALIGNMENT if column.numeric else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            emphasis = column.emphasis(row) if column.emphasis else None
            if emphasis is None:
                return None
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return QBrush(_EMPHASIS_COLOURS[emphasis])
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _NUMERIC_ALIGNMENT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's sort key (clicking a header lands here)."""
        if not 0 <= column < len(self._columns):
            return
        query = self._query.sorted_by(
            self._columns[column].sort_key, order == Qt.SortOrder.DescendingOrder
        )
        if query != self._query:
            self.set_query(query)

    # -- loading -------------------------------------------------------------------------------

    def _load(self, refresh: bool) -> None:
        self._generation += 1
        self._pool.clear()  # a job not started yet would answer a question nobody asks now
        limit = self._block_size + 1
        page = self._source.page(self._query, limit)
        first = tuple(row.key for row in page)
        seed = page[: self._block_size]
        if len(first) < limit:
            if self._total_stale:
                self._total = self._source.count()
                self._total_stale = False
            self._settle(first, refresh, seed)
            return
        if not refresh:
            self._replace(first[: self._block_size], complete=False, seed=seed)
        else:
            self._complete = False  # the old rows stay on screen until the new keys arrive
        self._refreshing = refresh
        # Started from the event loop, after the first page is painted: the worker's Python
        # work would otherwise compete with the painting for the interpreter.
        QTimer.singleShot(0, self, partial(self._start_keys_job, self._generation))

    def _start_keys_job(self, generation: int) -> None:
        if generation != self._generation:
            return  # another query came first; its own job is on the way
        job = _KeysJob(self._source, self._query, generation, self._total_stale, self._relay)
        self._pool.start(job)

    @Slot(int, object, object)
    def _keys_answered(self, generation: int, answer: Any, error: Exception | None) -> None:
        if generation != self._generation:
            return  # an older query's answer
        if error is not None:
            self._complete = True
            raise error
        keys, total = answer
        if total is not None:
            self._total = total
            self._total_stale = False
        self._settle(keys, refresh=self._refreshing)

    def _is_prefix(self, keys: Sequence[RowKey]) -> bool:
        shown = len(self._keys)
        return shown <= len(keys) and tuple(keys[:shown]) == tuple(self._keys)

    def _settle(self, keys: Sequence[RowKey], refresh: bool, seed: Sequence[Any] = ()) -> None:
        """Show the complete key list: in place if it is what is shown, appended if what is shown
        is its start, otherwise by a reset. ``seed`` is the first block of rows, if just read."""
        shown = len(self._keys)
        if tuple(keys) == tuple(self._keys):
            self._complete = True
            self._refetch_rows(shown, seed)
        elif not self._complete and self._is_prefix(keys):
            self.beginInsertRows(QModelIndex(), shown, len(keys) - 1)
            self._keys = keys
            self._key_rows = None
            self._complete = True
            self.endInsertRows()
            if refresh:
                self._refetch_rows(shown)
        else:
            self._replace(keys, complete=True, seed=seed)
        self._counts = (len(self._keys), self._total)
        self.countsChanged.emit(*self._counts)
        self.loaded.emit()

    def _refetch_rows(self, count: int, seed: Sequence[Any] = ()) -> None:
        """Forget the cached rows and tell the view that the first ``count`` rows may have
        changed."""
        self._forget_rows(seed)
        if count:
            last = self.index(count - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _forget_rows(self, seed: Sequence[Any]) -> None:
        self._blocks.clear()
        if seed:
            self._blocks[0] = list(seed)

    def _replace(self, keys: Sequence[RowKey], complete: bool, seed: Sequence[Any] = ()) -> None:
        self.beginResetModel()
        self._keys = keys
        self._key_rows = None
        self._forget_rows(seed)
        self._complete = complete
        self.endResetModel()
