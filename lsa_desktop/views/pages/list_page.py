"""What the Requisitions and Donors pages share: a filter box over a sortable list read whole.

Their forms name the same widgets (``summaryLabel``, ``filterEdit``, ``table``); the subclass
gives the columns, the service call and the sentence that sums the list up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from lsa_desktop.tasks import TaskRunner
from lsa_desktop.views.pages.loader import PageLoader
from lsa_desktop.views.pages.row_list_model import (
    Column,
    RowListModel,
    compact_rows,
    sorting_proxy,
)


class ListPage(QWidget):
    countChanged = Signal(int, int)  # rows shown (after the filter), rows in all

    def _set_up_list(
        self,
        *,
        tasks: TaskRunner,
        fetch: Callable[[], Sequence[Any]],
        columns: list[Column[Any]],
        table: QTableView,
        filter_edit: QLineEdit,
        summary_label: QLabel,
        stretch_column: int,
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        self.model: RowListModel[Any] = RowListModel(columns, self)
        self.proxy = sorting_proxy(self.model, self)
        self._summary_label = summary_label
        self.filter_edit = filter_edit
        self.table = table
        table.setModel(self.proxy)
        table.sortByColumn(sort_column, sort_order)
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # fit to the first rows: constant cost at any size
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        filter_edit.textChanged.connect(self._filter)
        summary_label.setText(self.tr("Reading the database…"))
        self._loaded_once = False
        self._loader = PageLoader(tasks, fetch, self)
        self._loader.loaded.connect(self._show)
        self.refresh()

    def counts(self) -> tuple[int, int] | None:
        """Rows shown and rows in all; None until the list has been read once."""
        if not self._loaded_once:
            return None
        return self.proxy.rowCount(), self.model.rowCount()

    @property
    def loading(self) -> bool:
        return self._loader.busy

    @Slot()
    def refresh(self) -> None:
        self._loader.load()

    def _show(self, rows: Sequence[Any]) -> None:
        self._loaded_once = True
        self.model.set_rows(rows)
        self._summary_label.setText(self.summary(list(rows)))
        self._emit_count()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._emit_count()

    def _emit_count(self) -> None:
        counts = self.counts()
        if counts is not None:
            self.countChanged.emit(*counts)

    def summary(self, rows: list[Any]) -> str:
        """One sentence that sums the whole list up (not just the filtered rows)."""
        raise NotImplementedError
