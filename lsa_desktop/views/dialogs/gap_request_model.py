"""The lines of the "request the gaps" form: one per (unit, equipment type) gap, with what already
covers it and the quantity the new draft requisition will ask for.

The quantity is the one editable column. It starts at what nothing covers yet (the gap less what
open requisitions already ask for and no pledge answers); a line at 0 is left out of the drafts. A
quantity above that is allowed (an officer may know better) but is shown as a warning, with the
reason as its tooltip. Line totals use the catalogue's unit value, as the service will.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lsa_desktop.services.requisitions import GapCoverage, GapRequest
from lsa_desktop.views.pages.row_list_model import number_text
from lsa_desktop.views.table_models.roles import ROW_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_WARNING = QColor("#b45309")

#: The largest quantity a line takes.
MAX_QUANTITY = 99_999_999


def money_text(value: float) -> str:
    """US dollars with cents and the locale's digit grouping (the catalogue has cents)."""
    return number_text(value, 2)


class GapColumn:
    """The columns of :class:`GapRequestModel`, by position."""

    UNIT = 0
    EQUIPMENT = 1
    GAP = 2
    REQUESTED = 3
    PLEDGED = 4
    UNCOVERED = 5
    QUANTITY = 6
    UNIT_VALUE = 7
    LINE_TOTAL = 8
    NOTE = 9
    COUNT = 10


@dataclass(frozen=True, slots=True)
class GapLine:
    """One gap and the quantity typed for it."""

    coverage: GapCoverage
    quantity: int

    @property
    def total_usd(self) -> float:
        return self.quantity * self.coverage.unit_value_usd


class QuantityDelegate(QStyledItemDelegate):
    """Quantities are typed into a spin box that takes whole numbers from zero up."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() != GapColumn.QUANTITY:
            return super().createEditor(parent, option, index)
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_QUANTITY)
        editor.setFrame(False)
        editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(_RIGHT)
        return editor


class GapRequestModel(QAbstractTableModel):
    quantitiesChanged = Signal()  # a quantity was typed: the totals change

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[GapLine] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            (self.tr("Unit"), ""),
            (self.tr("Equipment"), ""),
            (
                self.tr("Gap"),
                self.tr(
                    "Authorised minus serviceable minus pledged and not yet delivered "
                    "(never below zero)"
                ),
            ),
            (
                self.tr("Requested"),
                self.tr("Asked for on open requisitions and not yet delivered"),
            ),
            (self.tr("Pledged"), self.tr("Promised by donors and not yet delivered")),
            (
                self.tr("Uncovered"),
                self.tr("The part of the gap no open requisition or pledge covers yet"),
            ),
            (self.tr("Quantity"), self.tr("What the draft will ask for; 0 leaves the line out")),
            (self.tr("Unit value (USD)"), self.tr("The catalogue's value of one item")),
            (self.tr("Line total (USD)"), self.tr("Quantity times unit value")),
            (
                self.tr("Coverage"),
                self.tr("The open requisitions and pledges that already answer the gap"),
            ),
        )

    # --- content -----------------------------------------------------------------------------

    def set_gaps(self, gaps: Sequence[GapCoverage]) -> None:
        """Show ``gaps``, each line asking for what nothing covers yet."""
        self.beginResetModel()
        self._lines = [GapLine(gap, gap.uncovered) for gap in gaps]
        self.endResetModel()
        self.quantitiesChanged.emit()

    def lines(self) -> list[GapLine]:
        return list(self._lines)

    def requests(self) -> tuple[GapRequest, ...]:
        """The lines to put in the drafts: those with a quantity."""
        return tuple(
            GapRequest(line.coverage.unit_id, line.coverage.equipment_type_id, line.quantity)
            for line in self._lines
            if line.quantity > 0
        )

    def total_usd(self) -> float:
        return sum(line.total_usd for line in self._lines)

    def total_quantity(self) -> int:
        return sum(line.quantity for line in self._lines)

    def units_requested(self) -> list[str]:
        """The codes of the units that will get a draft, in the order of the lines."""
        codes = (line.coverage.unit_code for line in self._lines if line.quantity > 0)
        return list(dict.fromkeys(codes))

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else GapColumn.COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == GapColumn.QUANTITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < GapColumn.COUNT:
            return None
        title, tip = self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section in _TEXT_COLUMNS else _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == ROW_ROLE:
            return line
        if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
            return _value(line, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column in _TEXT_COLUMNS else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.ForegroundRole and _beyond_uncovered(line, column):
            return QBrush(_WARNING)
        if role == Qt.ItemDataRole.FontRole and column == GapColumn.QUANTITY and line.quantity:
            return self._bold
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 <= quantity <= MAX_QUANTITY:
            return False
        line = self._lines[index.row()]
        if quantity != line.quantity:
            self._lines[index.row()] = GapLine(line.coverage, quantity)
            first = self.index(index.row(), GapColumn.QUANTITY)
            self.dataChanged.emit(first, self.index(index.row(), GapColumn.LINE_TOTAL))
            self.quantitiesChanged.emit()
        return True

    # --- cells -----------------------------------------------------------------------------------

    def _text(self, line: GapLine, column: int) -> str:
        value = _value(line, column)
        if column in (GapColumn.UNIT_VALUE, GapColumn.LINE_TOTAL):
            return money_text(value)
        if isinstance(value, int):
            return number_text(value)
        return str(value)

    def _tooltip(self, line: GapLine, column: int) -> str | None:
        gap = line.coverage
        if column == GapColumn.EQUIPMENT:
            return gap.type_code
        if column == GapColumn.NOTE:
            return gap.note or None
        if _beyond_uncovered(line, column):
            return self.tr(
                "More than the {uncovered} that nothing covers yet: {extra} beyond the gap "
                "would be asked for."
            ).format(uncovered=gap.uncovered, extra=line.quantity - gap.uncovered)
        return None


_TEXT_COLUMNS = (GapColumn.UNIT, GapColumn.EQUIPMENT, GapColumn.NOTE)


def _value(line: GapLine, column: int) -> Any:
    gap = line.coverage
    return (
        gap.unit_code,
        gap.type_name,
        gap.gap,
        gap.requested_open,
        gap.pledged_open,
        gap.uncovered,
        line.quantity,
        gap.unit_value_usd,
        line.total_usd,
        gap.note,
    )[column]


def _beyond_uncovered(line: GapLine, column: int) -> bool:
    return column == GapColumn.QUANTITY and line.quantity > line.coverage.uncovered
