"""A table model over a short list of plain rows (units, requisitions, donors), held in memory.

The registers of 100,000 officers use the lazy models of :mod:`lsa_desktop.views.table_models`;
the lists here hold at most hundreds of rows, read whole by one service call off the GUI thread.

Each column says how a row is shown and how it sorts: ``SORT_ROLE`` gives the native value (a
number for a percentage or an amount, a day number for a date), so that 9 % sorts before 10 % and
dates sort as dates. ``ROW_ROLE`` gives the row itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from lsa_desktop.domain.readiness import round_pct
from lsa_desktop.views.table_models.roles import ROW_ROLE, SORT_ROLE

R = TypeVar("R")

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Style:
    """How a cell stands out: colours as ``#rrggbb``, bold or not."""

    background: str | None = None
    foreground: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any]
    numeric: bool = False  # right-aligned
    tooltip: Callable[[R], str] | None = None
    style: Callable[[R], Style | None] | None = None
    header_tip: str = ""  # what the column's title stands for, when it is short


class RowListModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if column.style is not None and role in _STYLE_ROLES:
            style = column.style(row)
            if style is not None:
                return _style_value(style, role, self._bold)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip:
            return column.header_tip
        return None


_STYLE_ROLES = (
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
)


def _style_value(style: Style, role: int, bold: QFont) -> Any:
    if role == Qt.ItemDataRole.BackgroundRole and style.background:
        return QBrush(QColor(style.background))
    if role == Qt.ItemDataRole.ForegroundRole and style.foreground:
        return QBrush(QColor(style.foreground))
    if role == Qt.ItemDataRole.FontRole and style.bold:
        return bold
    return None


def compact_rows(table: QTableView) -> None:
    """Rows one line of text high, as in a spreadsheet, instead of the style's roomier default."""
    header = table.verticalHeader()
    header.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)


def sorting_proxy(model: RowListModel[Any], parent: Any = None) -> QSortFilterProxyModel:
    """A proxy that sorts on ``SORT_ROLE`` and filters on the shown text of every column."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


# --- shared formatting ------------------------------------------------------------------------------

#: Shown where a figure has no value (a percentage of zero authorised, a date not set).
NO_VALUE = "—"


def date_text(value: date | None) -> str:
    """Dates as YYYY-MM-DD: unambiguous whatever convention each contingent writes in."""
    return NO_VALUE if value is None else value.isoformat()


def date_key(value: date | None) -> int:
    return -1 if value is None else value.toordinal()


def number_text(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent_text(value: float | None) -> str:
    """One decimal, rounded as the JSON and the printed report round it (half away from zero)."""
    rounded = round_pct(value)
    return NO_VALUE if rounded is None else f"{number_text(rounded, 1)} %"


def percent_key(value: float | None) -> float:
    return -1.0 if value is None else float(value)
