"""The parts every register page is made of: the table view, the search box's debounce, the
filter combos, and the page behaviour they share (:class:`RegisterPage`), down to opening on the
rows behind a Dashboard figure (:meth:`RegisterPage.show_rows`).

:class:`RegisterTableView` is promoted from a ``QTableView`` in the Designer forms. It sorts by
asking its :class:`~lsa_desktop.views.table_models.register_model.RegisterTableModel` (SQL, not a
proxy), and when the model's rows change under it, it puts back what the person was looking at:
the selected rows and the current row by key, and after a refresh the row that was at the top.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from lsa_desktop.views.table_models.register_model import RegisterTableModel
from lsa_desktop.views.widgets.combos import refill
from lsa_desktop.views.widgets.row_filters import (
    check_names,
    choose_place,
    contingent_chosen,
    fill_place_combo,
    unit_chosen,
)

if TYPE_CHECKING:
    from lsa_desktop.services import Services
    from lsa_desktop.services.query import RowKey

#: How long the search box waits after the last key before it queries.
SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class _ViewState:
    selected: tuple[RowKey, ...]
    current: RowKey | None
    top: RowKey | None
    keep_scroll: bool


class RegisterTableView(QTableView):
    """A read-only table over a register model, sorted in SQL by clicking a header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.hide()
        # Every row the same height: the view never asks 100,000 rows for their size.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # Fit columns to the rows on screen only, not to every row of the register.
        header.setResizeContentsPrecision(0)
        self._pending: _ViewState | None = None
        self._refreshing = False
        self._sized = False
        self._fitting = False
        self._user_sized: set[int] = set()
        header.sectionResized.connect(self._on_section_resized)
        self._stretch_column = -1

    def set_stretch_column(self, column: int) -> None:
        """The column that takes the width left over once the columns fit their contents (a
        text column: a number pushed to the far right is hard to read against its row)."""
        self._stretch_column = column

    def register_model(self) -> RegisterTableModel:
        model = self.model()
        assert isinstance(model, RegisterTableModel)
        return model

    def setModel(self, model: Any) -> None:
        """Show ``model`` (a :class:`RegisterTableModel`), sorted as its query says."""
        if not isinstance(model, RegisterTableModel):
            raise TypeError("RegisterTableView shows a RegisterTableModel")
        super().setModel(model)
        model.modelAboutToBeReset.connect(self._remember)
        model.loaded.connect(self._loaded)
        order = (
            Qt.SortOrder.DescendingOrder if model.query.descending else Qt.SortOrder.AscendingOrder
        )
        self.horizontalHeader().setSortIndicator(model.sort_column(), order)
        # Enabling sorting sorts by the indicator just set: the model sees its own order, no query.
        self.setSortingEnabled(True)

    @Slot()
    def refresh(self) -> None:
        """Re-read the rows after the data changed, keeping the scroll position and selection."""
        self._refreshing = True
        self.register_model().refresh()

    def selected_keys(self) -> list[RowKey]:
        model = self.register_model()
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [model.key_at(row) for row in rows]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            QTimer.singleShot(0, self, self._size_columns)  # once the layout has its width

    # -- keeping the person's place --------------------------------------------------------------

    @Slot()
    def _remember(self) -> None:
        if self._pending is not None:
            return  # a second reset before the first settled: keep what was there before both
        model = self.register_model()
        current = self.currentIndex()
        top = self.rowAt(0)
        self._pending = _ViewState(
            selected=tuple(self.selected_keys()),
            current=model.key_at(current.row()) if current.isValid() else None,
            top=model.key_at(top) if top >= 0 else None,
            keep_scroll=self._refreshing,
        )

    @Slot()
    def _loaded(self) -> None:
        state, self._pending = self._pending, None
        self._refreshing = False
        if state is not None:
            self._restore(state)
        if not self._sized:
            self._size_columns()
        else:
            self._widen_columns()

    def _restore(self, state: _ViewState) -> None:
        model = self.register_model()
        last_column = model.columnCount() - 1
        selection = QItemSelection()
        for first, last in _runs(model.row_of_key(key) for key in state.selected):
            selection.select(model.index(first, 0), model.index(last, last_column))
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        current = model.row_of_key(state.current) if state.current else None
        if current is not None:
            self.selectionModel().setCurrentIndex(model.index(current, 0), flags.NoUpdate)
        top = model.row_of_key(state.top) if state.top else None
        if state.keep_scroll and top is not None:
            self.scrollTo(model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        elif current is not None:
            self.scrollTo(model.index(current, 0))
        else:
            self.scrollToTop()

    def _size_columns(self) -> None:
        """Fit the columns to the first rows shown, once: later the person's widths stay."""
        if self.isVisible() and self.model() is not None and self.model().rowCount() > 0:
            self._fitting = True
            try:
                self.resizeColumnsToContents()
                header = self.horizontalHeader()
                spare = self.viewport().width() - header.length()
                if self._stretch_column >= 0 and spare > 0:
                    width = header.sectionSize(self._stretch_column)
                    header.resizeSection(self._stretch_column, width + spare)
            finally:
                self._fitting = False
            self._sized = True

    def _widen_columns(self) -> None:
        """After a search or filter, widen a column whose rows now on screen would be cut
        ("KE-FP..." when the first rows were "BS-DET"); never narrow one, and leave alone the
        columns the person has sized."""
        if not self.isVisible():
            return
        header = self.horizontalHeader()
        self._fitting = True
        try:
            for column in range(header.count()):
                if column in self._user_sized or header.isSectionHidden(column):
                    continue
                wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                if wanted > header.sectionSize(column):
                    header.resizeSection(column, wanted)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._user_sized.add(column)


def _runs(rows: Iterable[int | None]) -> list[tuple[int, int]]:
    """Consecutive rows grouped into (first, last) runs, so a selection is a few ranges."""
    runs: list[tuple[int, int]] = []
    for row in sorted(row for row in rows if row is not None):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class SearchDebouncer(QObject):
    """Search as you type without a query per key: ``searchChanged`` fires once the person has
    paused for ``SEARCH_DELAY_MS``, or at once on Enter."""

    searchChanged = Signal(str)

    def __init__(self, edit: QLineEdit, delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(edit)
        self._edit = edit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)
        edit.textChanged.connect(self._restart)
        edit.returnPressed.connect(self._fire)

    def text(self) -> str:
        return self._edit.text().strip()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def clear(self) -> None:
        """Empty the box without a search of its own (the caller queries once, with the rest)."""
        self._timer.stop()
        with QSignalBlocker(self._edit):
            self._edit.clear()

    @Slot()
    def _restart(self) -> None:
        self._timer.start()

    @Slot()
    def _fire(self) -> None:
        self._timer.stop()
        self.searchChanged.emit(self.text())


def uuid_or_none(value: object) -> uuid.UUID | None:
    """The id a combo's hex value stands for (None for "everything")."""
    return uuid.UUID(hex=value) if isinstance(value, str) else None


def fill_combo(combo: QComboBox, everything: str, options: Iterable[tuple[str, str]]) -> bool:
    """Refill a filter combo: "everything" first (no filter), then ``(text, value)`` options.

    The current choice is kept if it is still offered; no signal is emitted. Returns True if the
    choice had to fall back to "everything" (the unit filtered on was archived, for example), so
    the caller knows to query again.
    """
    current = combo.currentData()
    refill(combo, options, (everything, None))
    index = combo.findData(current) if current is not None else 0
    combo.blockSignals(True)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    return current is not None and index < 0


class RegisterPage(QWidget):
    """What the register pages share: a debounced search box, a unit filter that follows the
    units and contingents in the database, the row counts, a refresh that waits until the page
    is seen, and :meth:`show_rows`.

    A subclass calls :meth:`_set_up_filters` once its form is set up, and gives
    :meth:`_apply_filters` (a new query from the filters), :meth:`_refresh_rows` (re-read the
    rows after the data changed) and :meth:`counts`; for :meth:`show_rows`, the names of its own
    filters (:attr:`ROW_FILTERS`) and :meth:`_show_filters`, which sets its widgets to them.
    """

    #: Rows shown, rows in the register (archived rows excepted): the status bar shows them.
    countChanged = Signal(int, int)
    #: The filters :meth:`show_rows` takes besides ``unit_id`` and ``contingent_id``.
    ROW_FILTERS: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stale = False

    def counts(self) -> tuple[int, int] | None:
        """The last counts sent by ``countChanged``; None until the first query has settled."""
        raise NotImplementedError

    def current_model(self) -> RegisterTableModel:
        """The register shown: a one-register page's ``model``; tabbed pages say which tab's."""
        model = getattr(self, "model", None)
        if not isinstance(model, RegisterTableModel):
            raise NotImplementedError
        return model

    @property
    def loading(self) -> bool:
        """True while the register shown is reading its rows (as every page says: the main
        window and the tests wait on it)."""
        return self.current_model().loading

    @Slot()
    def refresh(self) -> None:
        """Show what changed in the database. A hidden page only notes it and catches up when it
        is shown, so one change does not re-query every register."""
        if self.isVisible():
            self._refresh_now()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_now()

    def show_rows(self, filters: Mapping[str, Any]) -> None:
        """List exactly the rows ``filters`` name (the rows behind a Dashboard figure, see
        :class:`~lsa_desktop.services.dashboard_model.RowsBehind`): the search box emptied, every
        filter widget set to the value given or to "all", then one query.

        ``unit_id`` and ``contingent_id`` set the unit filter; the page's :attr:`ROW_FILTERS`
        the rest. Raises ``ValueError`` for a filter the page does not know or a value its
        widgets do not offer.
        """
        check_names(self.objectName() or type(self).__name__, filters, self._filter_names())
        self._stale = False
        self._refill_filters()  # a unit added since the page was built must be offered
        self._search.clear()
        choose_place(self._unit_filter, filters.get("unit_id"), filters.get("contingent_id"))
        self._show_filters(filters)
        self._apply_filters()

    def _filter_names(self) -> frozenset[str]:
        return self.ROW_FILTERS | {"unit_id", "contingent_id"}

    def _show_filters(self, filters: Mapping[str, Any]) -> None:
        """Set the page's own filter widgets to ``filters`` (without signals: see
        :mod:`~lsa_desktop.views.widgets.row_filters`), the ones not given to "all"."""

    def _set_up_filters(self, search_edit: QLineEdit, unit_filter: QComboBox) -> None:
        self._search = SearchDebouncer(search_edit)
        self._search.searchChanged.connect(self._apply_filters)
        self._unit_filter = unit_filter
        self._refill_filters()
        unit_filter.currentIndexChanged.connect(self._apply_filters)

    def _refill_filters(self) -> bool:
        """Re-read the filter choices; True if a choice in use has gone (the query must change)."""
        units = self._services.units
        return fill_place_combo(self._unit_filter, units.contingents(), units.units())

    def _unit_id(self) -> uuid.UUID | None:
        """The unit filtered on (None when all units or a whole contingent are shown)."""
        return unit_chosen(self._unit_filter)

    def _contingent_id(self) -> uuid.UUID | None:
        """The contingent filtered on, when the unit filter is set to a whole contingent."""
        return contingent_chosen(self._unit_filter)

    def _refresh_now(self) -> None:
        self._stale = False
        if self._refill_filters():
            self._apply_filters()
        else:
            self._refresh_rows()

    @Slot()
    def _apply_filters(self) -> None:
        raise NotImplementedError

    def _refresh_rows(self) -> None:
        raise NotImplementedError
