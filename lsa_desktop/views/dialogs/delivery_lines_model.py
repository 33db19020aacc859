"""The lines of a delivery as they are checked in: one per pledge line with something outstanding.

For each, the person types what was received and what was accepted (accepted follows received
until it is typed itself, since most deliveries are accepted whole), the condition, and why fewer
were accepted than received. A serialised type's serial numbers are typed or pasted in the box
under the table (:meth:`DeliveryLinesModel.set_serials`); the table says how many there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal

from lsa_desktop.domain.enums import Condition
from lsa_desktop.domain.pledge_inputs import DeliveryLineInput
from lsa_desktop.services.pledges import PledgeLineDetail
from lsa_desktop.views.dialogs.lines_form import LEFT, RIGHT, Index, LinesModel
from lsa_desktop.views.pages.row_list_model import NO_VALUE
from lsa_desktop.views.table_models.labels import enum_label
from lsa_desktop.views.table_models.roles import ROW_ROLE


class ReceiptColumn(IntEnum):
    UNIT = 0
    EQUIPMENT = 1
    OUTSTANDING = 2
    RECEIVED = 3
    ACCEPTED = 4
    CONDITION = 5
    REASON = 6
    SERIALS = 7


FIELD_OF = {
    ReceiptColumn.RECEIVED: "quantity_received",
    ReceiptColumn.ACCEPTED: "quantity_accepted",
    ReceiptColumn.CONDITION: "condition",
    ReceiptColumn.REASON: "discrepancy_reason",
    ReceiptColumn.SERIALS: "identifiers",
}
_EDITABLE = (
    ReceiptColumn.RECEIVED,
    ReceiptColumn.ACCEPTED,
    ReceiptColumn.CONDITION,
    ReceiptColumn.REASON,
)
_TEXT_COLUMNS = (
    ReceiptColumn.UNIT,
    ReceiptColumn.EQUIPMENT,
    ReceiptColumn.CONDITION,
    ReceiptColumn.REASON,
    ReceiptColumn.SERIALS,
)


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    """What is being checked in against one pledge line."""

    line: PledgeLineDetail
    received: int = 0
    accepted: int = 0
    accepted_typed: bool = False  # accepted follows received until typed
    condition: Condition = Condition.NEW
    reason: str = ""
    serials: tuple[str, ...] = ()

    def as_input(self) -> DeliveryLineInput:
        return DeliveryLineInput(
            pledge_line_id=self.line.id,
            quantity_received=self.received,
            quantity_accepted=self.accepted,
            condition=self.condition,
            discrepancy_reason=self.reason,
            identifiers=self.serials,
        )


def split_serials(text: str) -> tuple[str, ...]:
    """The serial numbers typed or pasted: one per line (a column pasted from a spreadsheet) or
    separated by tabs (a row); blanks left out."""
    return tuple(part.strip() for part in text.replace("\t", "\n").splitlines() if part.strip())


class DeliveryLinesModel(LinesModel):
    linesChanged = Signal(int)  # the row of the line changed
    field_of = FIELD_OF

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReceiptRow] = []
        self._headers = (
            (self.tr("Unit"), ""),
            (self.tr("Equipment"), ""),
            (self.tr("Outstanding"), self.tr("Pledged and not yet accepted on this line")),
            (self.tr("Received"), self.tr("How many arrived")),
            (self.tr("Accepted"), self.tr("How many were taken on charge, at most those received")),
            (self.tr("Condition"), self.tr("The condition the items arrived in")),
            (
                self.tr("Discrepancy reason"),
                self.tr("Why fewer were accepted than received: damaged, wrong model…"),
            ),
            (
                self.tr("Serial numbers"),
                self.tr("Typed in the box under the table; none: asset tags are generated"),
            ),
        )

    # --- content -----------------------------------------------------------------------------------

    def set_lines(self, lines: Sequence[PledgeLineDetail]) -> None:
        self.beginResetModel()
        self._rows = [ReceiptRow(line) for line in lines]
        self._problems.clear()
        self.endResetModel()

    def rows(self) -> list[ReceiptRow]:
        return list(self._rows)

    def inputs(self) -> tuple[DeliveryLineInput, ...]:
        return tuple(row.as_input() for row in self._rows)

    def set_serials(self, row: int, serials: tuple[str, ...]) -> None:
        if 0 <= row < len(self._rows) and self._rows[row].serials != serials:
            self._update(row, replace(self._rows[row], serials=serials))

    def options(self, column: int) -> list[tuple[str, Any]] | None:
        if column == ReceiptColumn.CONDITION:
            return [(enum_label(condition), condition.value) for condition in Condition]
        return None

    # --- Qt's model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ReceiptColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ReceiptColumn):
            return None
        title, tip = self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section in _TEXT_COLUMNS else RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], ReceiptColumn(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.EditRole:
            return self._value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if column in _TEXT_COLUMNS else RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.problem_background(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problem_at(index) or self._tooltip(row, column)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, column = self._rows[index.row()], ReceiptColumn(index.column())
        try:
            if column == ReceiptColumn.RECEIVED:
                received = int(value)
                accepted = row.accepted if row.accepted_typed else received
                changed = replace(row, received=received, accepted=accepted)
            elif column == ReceiptColumn.ACCEPTED:
                changed = replace(row, accepted=int(value), accepted_typed=True)
            elif column == ReceiptColumn.CONDITION:
                changed = replace(row, condition=Condition(value))
            else:
                changed = replace(row, reason=str(value))
        except (TypeError, ValueError):
            return False
        if changed != row:
            self._update(index.row(), changed)
        return True

    # --- cells -------------------------------------------------------------------------------------

    def _update(self, number: int, row: ReceiptRow) -> None:
        self._rows[number] = row
        self.forget_problems(number)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(ReceiptColumn) - 1))
        self.linesChanged.emit(number)

    @staticmethod
    def _value(row: ReceiptRow, column: ReceiptColumn) -> Any:
        if column == ReceiptColumn.RECEIVED:
            return row.received
        if column == ReceiptColumn.ACCEPTED:
            return row.accepted
        if column == ReceiptColumn.CONDITION:
            return row.condition.value
        if column == ReceiptColumn.REASON:
            return row.reason
        return None

    def _text(self, row: ReceiptRow, column: ReceiptColumn) -> str:
        locale, line = QLocale(), row.line
        if column == ReceiptColumn.UNIT:
            return line.unit_code
        if column == ReceiptColumn.EQUIPMENT:
            return f"{line.type_code} — {line.type_name}"
        if column == ReceiptColumn.OUTSTANDING:
            return locale.toString(line.outstanding)
        if column == ReceiptColumn.RECEIVED:
            return locale.toString(row.received)
        if column == ReceiptColumn.ACCEPTED:
            return locale.toString(row.accepted)
        if column == ReceiptColumn.CONDITION:
            return enum_label(row.condition)
        if column == ReceiptColumn.REASON:
            return " ".join(row.reason.split())
        if not line.serialised:
            return self.tr("in bulk")
        if row.serials:
            return self.tr("{count} of {accepted}").format(
                count=locale.toString(len(row.serials)), accepted=locale.toString(row.accepted)
            )
        return self.tr("tags generated") if row.accepted else NO_VALUE

    def _tooltip(self, row: ReceiptRow, column: ReceiptColumn) -> str | None:
        line = row.line
        if column == ReceiptColumn.EQUIPMENT and line.requisition_reference:
            return self.tr("Answers requisition {reference}").format(
                reference=line.requisition_reference
            )
        if column == ReceiptColumn.SERIALS and row.serials:
            return "\n".join(row.serials)
        if column == ReceiptColumn.SERIALS and line.serialised:
            return self.tr(
                "Type or paste one serial number per accepted item in the box under the table, "
                "or leave it empty to give the items generated asset tags."
            )
        return None
