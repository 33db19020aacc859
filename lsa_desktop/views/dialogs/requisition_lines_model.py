"""The lines of the requisition form: what is typed on each, and the running totals.

:class:`RequisitionLinesModel` holds the lines being typed (equipment type, quantity, estimated
unit cost in USD, remarks) with each line's total and the total of all. Choosing a type fills the
unit cost from the catalogue, unless the person has typed a cost on that line. Once the
requisition is submitted it is read-only and also shows, per line, the approved quantity, what
donors pledged and delivered against it, and the pledge coverage.

A problem found on a line (keyed ``lines[I].field``, by the domain's check or the service) marks
its cell in red with the sentence as the cell's tooltip, until that cell is changed; the form lists
the sentences under the table. The editors and the keyboard are in
:mod:`lsa_desktop.views.dialogs.requisition_lines_view`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from lsa_desktop.domain.requisition_rules import RequisitionLineInput
from lsa_desktop.domain.requisitions import Coverage
from lsa_desktop.domain.text import fold
from lsa_desktop.views.table_models.requisition_labels import requisition_label
from lsa_desktop.views.table_models.roles import ROW_ROLE

if TYPE_CHECKING:
    from lsa_desktop.services.requisitions import EquipmentChoice, RequisitionLineDetail

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_PROBLEM_BACKGROUND = QColor("#fde2e1")
EDIT = Qt.ItemDataRole.EditRole
#: A service problem about a line: ``lines[2].quantity``.
_LINE_KEY = re.compile(r"^lines\[(\d+)\]\.(\w+)$")


class LineColumn(IntEnum):
    EQUIPMENT = 0
    QUANTITY = 1
    UNIT_COST = 2
    TOTAL = 3
    REMARKS = 4
    APPROVED = 5
    PLEDGED = 6
    DELIVERED = 7
    COVERAGE = 8


#: What the person types into, and the input field (service problem key) each one holds.
FIELD_OF_COLUMN = {
    LineColumn.EQUIPMENT: "equipment_type_id",
    LineColumn.QUANTITY: "quantity",
    LineColumn.UNIT_COST: "unit_cost_usd",
    LineColumn.REMARKS: "remarks",
}
_COLUMN_OF_FIELD = {field: column for column, field in FIELD_OF_COLUMN.items()}
#: What a requisition shows once submitted: how far approval and donors have answered each line.
FOLLOW_UP_COLUMNS = (
    LineColumn.APPROVED,
    LineColumn.PLEDGED,
    LineColumn.DELIVERED,
    LineColumn.COVERAGE,
)
_NUMERIC = frozenset(LineColumn) - {LineColumn.EQUIPMENT, LineColumn.REMARKS, LineColumn.COVERAGE}


@dataclass(slots=True)
class LineDraft:
    """One line as the form holds it while it is typed."""

    id: uuid.UUID | None = None  # a saved line, kept when the draft is saved again
    equipment_type_id: uuid.UUID | None = None
    type_text: str = ""  # "Handheld radio (COM-RAD-HH)"
    type_tip: str = ""
    quantity: int | None = None
    unit_cost_usd: float | None = None
    remarks: str = ""
    cost_typed: bool = False  # the person typed the cost: choosing a type no longer replaces it
    # Once submitted:
    quantity_approved: int | None = None
    pledged: int = 0
    delivered: int = 0
    coverage: Coverage | None = None

    @property
    def blank(self) -> bool:
        """Nothing typed: a spare line at the end, left out when the requisition is saved."""
        return (
            self.id is None
            and self.equipment_type_id is None
            and self.quantity is None
            and self.unit_cost_usd is None
            and not self.remarks.strip()
        )

    @property
    def total_usd(self) -> float | None:
        if self.quantity is None or self.unit_cost_usd is None:
            return None
        return self.quantity * self.unit_cost_usd

    @property
    def approved_usd(self) -> float:
        if self.quantity_approved is None or self.unit_cost_usd is None:
            return 0.0
        return self.quantity_approved * self.unit_cost_usd


def choice_text(choice: EquipmentChoice) -> str:
    return f"{choice.name} ({choice.code})"


def _type_tip(category_name: str, unit_of_measure: str) -> str:
    return f"{category_name} · {unit_of_measure}"


def money_text(value: float | None) -> str:
    """An amount in USD with cents, grouped as the person's language groups it."""
    return "" if value is None else QLocale().toString(float(value), "f", 2)


class RequisitionLinesModel(QAbstractTableModel):
    edited = Signal()  # the person changed, added or removed a line
    problemsChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LineDraft] = []
        self._read_only = False
        self._choices: dict[uuid.UUID, EquipmentChoice] = {}
        self._problems: dict[tuple[int, LineColumn], str] = {}
        self.completion_model = QStringListModel(self)
        self._headers = {
            LineColumn.EQUIPMENT: (self.tr("Equipment"), self.tr("Type part of a name or code")),
            LineColumn.QUANTITY: (self.tr("Quantity"), self.tr("How many are requested")),
            LineColumn.UNIT_COST: (
                self.tr("Unit cost (USD)"),
                self.tr("Estimated cost of one item; the catalogue value until you type another"),
            ),
            LineColumn.TOTAL: (self.tr("Total (USD)"), self.tr("Quantity × unit cost")),
            LineColumn.REMARKS: (self.tr("Remarks"), ""),
            LineColumn.APPROVED: (self.tr("Approved"), self.tr("The quantity approved")),
            LineColumn.PLEDGED: (self.tr("Pledged"), self.tr("Pledged by donors for this line")),
            LineColumn.DELIVERED: (
                self.tr("Delivered"),
                self.tr("Accepted on delivery against those pledges"),
            ),
            LineColumn.COVERAGE: (
                self.tr("Coverage"),
                self.tr("How much of the quantity wanted donors have pledged"),
            ),
        }

    # --- the catalogue ---------------------------------------------------------------------------

    def set_choices(self, choices: Iterable[EquipmentChoice]) -> None:
        self._choices = {choice.id: choice for choice in choices}
        self.completion_model.setStringList([choice_text(c) for c in self._choices.values()])

    def resolve(self, text: str) -> EquipmentChoice | None:
        """The type ``text`` names: its full label, code or name, or the only one it is part of."""
        wanted = " ".join(fold(text).split())
        if not wanted:
            return None
        choices = list(self._choices.values())
        for key in (choice_text, lambda c: c.code, lambda c: c.name):
            exact = [c for c in choices if fold(key(c)) == wanted]
            if len(exact) == 1:
                return exact[0]
        partial = [c for c in choices if wanted in fold(choice_text(c))]
        return partial[0] if len(partial) == 1 else None

    # --- content ---------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_lines(self, lines: Sequence[RequisitionLineDetail], *, read_only: bool) -> None:
        self.beginResetModel()
        self._read_only = read_only
        self._problems.clear()
        self._rows = [
            LineDraft(
                id=line.id,
                equipment_type_id=line.equipment_type_id,
                type_text=f"{line.type_name} ({line.type_code})",
                type_tip=_type_tip(line.category_name, line.unit_of_measure),
                quantity=line.quantity_requested,
                unit_cost_usd=line.unit_cost_usd,
                remarks=line.remarks,
                quantity_approved=line.quantity_approved,
                pledged=line.pledged,
                delivered=line.delivered,
                coverage=line.coverage,
            )
            for line in lines
        ]
        self.endResetModel()
        self.problemsChanged.emit()

    def lines(self) -> list[LineDraft]:
        return list(self._rows)

    def add_line(self, row: int | None = None) -> int:
        """A blank line at ``row`` (the end if None); its row."""
        row = len(self._rows) if row is None else max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, LineDraft())
        self.endInsertRows()
        self._forget_problems()  # their sentences name lines by a number that has just moved
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._forget_problems()
        self.edited.emit()

    def inputs(self) -> tuple[tuple[RequisitionLineInput, ...], tuple[int, ...]]:
        """The lines as the service takes them, blank lines left out, and the row of each one
        (a problem the service finds on its line ``I`` belongs to row ``rows[I]``)."""
        kept = [(row, line) for row, line in enumerate(self._rows) if not line.blank]
        values = tuple(
            RequisitionLineInput(
                equipment_type_id=line.equipment_type_id,
                quantity=line.quantity,
                unit_cost_usd=line.unit_cost_usd,
                remarks=line.remarks.strip(),
                id=line.id,
            )
            for _, line in kept
        )
        return values, tuple(row for row, _ in kept)

    def total_usd(self) -> float:
        return sum(line.total_usd or 0.0 for line in self._rows)

    def total_approved_usd(self) -> float:
        return sum(line.approved_usd for line in self._rows)

    def counted_lines(self) -> int:
        return sum(not line.blank for line in self._rows)

    # --- problems --------------------------------------------------------------------------------

    def set_problems(self, problems: Mapping[str, str], rows: Sequence[int]) -> None:
        """Mark the cells the service refused: ``problems`` keyed ``lines[I].field``, ``rows``
        the row of each input line (from :meth:`inputs`)."""
        self._problems.clear()
        for key, sentence in problems.items():
            match = _LINE_KEY.match(key)
            if match is None or int(match[1]) >= len(rows):
                continue
            column = _COLUMN_OF_FIELD.get(match[2], LineColumn.EQUIPMENT)
            self._problems.setdefault((rows[int(match[1])], column), sentence)
        self._repaint_all()
        self.problemsChanged.emit()

    def refuse_type(self, row: int, text: str) -> None:
        """Typed text that names no equipment type (or several): said on the cell."""
        self._problems[(row, LineColumn.EQUIPMENT)] = self.tr(
            "Line {line}: no single equipment type matches “{text}”: type more of its name or "
            "code, or choose it from the list."
        ).format(line=row + 1, text=text.strip())
        index = self.index(row, LineColumn.EQUIPMENT)
        self.dataChanged.emit(index, index)
        self.problemsChanged.emit()

    def problem_sentences(self) -> list[str]:
        return [self._problems[key] for key in sorted(self._problems)]

    def first_problem(self) -> QModelIndex:
        if not self._problems:
            return QModelIndex()
        row, column = min(self._problems)
        return self.index(row, column)

    def _forget_problems(self) -> None:
        if self._problems:
            self._problems.clear()
            self._repaint_all()
            self.problemsChanged.emit()

    def _repaint_all(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, len(LineColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self._read_only and index.column() in FIELD_OF_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(LineColumn):
            return None
        title, tip = self._headers[LineColumn(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in _NUMERIC else _LEFT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, column = self._rows[index.row()], LineColumn(index.column())
        problem = self._problems.get((index.row(), column))
        if role == ROW_ROLE:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == EDIT:
            return self._value(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _NUMERIC else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return problem
            if column == LineColumn.EQUIPMENT:
                return line.type_tip or None
            return (line.remarks or None) if column == LineColumn.REMARKS else None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(_PROBLEM_BACKGROUND)
        return None

    def setData(self, index: _Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, column = index.row(), LineColumn(index.column())
        line = self._rows[row]
        if column == LineColumn.EQUIPMENT:
            if not self._choose_type(line, value):
                return False
            self._problems.pop((row, LineColumn.UNIT_COST), None)
        elif column == LineColumn.QUANTITY:
            line.quantity = None if value is None else int(value)
        elif column == LineColumn.UNIT_COST:
            line.unit_cost_usd = None if value is None else round(float(value), 2)
            line.cost_typed = value is not None
        else:
            line.remarks = str(value or "")
        self._problems.pop((row, column), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(LineColumn) - 1))
        self.problemsChanged.emit()
        self.edited.emit()
        return True

    def _choose_type(self, line: LineDraft, type_id: Any) -> bool:
        if type_id is None:
            line.equipment_type_id, line.type_text, line.type_tip = None, "", ""
            return True
        choice = self._choices.get(type_id)
        if choice is None:
            return False
        line.equipment_type_id = choice.id
        line.type_text = choice_text(choice)
        line.type_tip = _type_tip(choice.category_name, choice.unit_of_measure)
        if not line.cost_typed:
            line.unit_cost_usd = choice.unit_value_usd
        return True

    @staticmethod
    def _value(line: LineDraft, column: LineColumn) -> Any:
        return {
            LineColumn.EQUIPMENT: line.type_text,
            LineColumn.QUANTITY: line.quantity,
            LineColumn.UNIT_COST: line.unit_cost_usd,
            LineColumn.TOTAL: line.total_usd,
            LineColumn.REMARKS: line.remarks,
            LineColumn.APPROVED: line.quantity_approved,
            LineColumn.PLEDGED: line.pledged,
            LineColumn.DELIVERED: line.delivered,
            LineColumn.COVERAGE: line.coverage,
        }[column]

    def _text(self, line: LineDraft, column: LineColumn) -> str:
        value = self._value(line, column)
        if column in (LineColumn.UNIT_COST, LineColumn.TOTAL):
            return money_text(value)
        if column == LineColumn.REMARKS:
            return " ".join(value.split())
        if column == LineColumn.COVERAGE:
            return requisition_label(value) if value is not None else ""
        if column == LineColumn.APPROVED and value is None:
            return "—"
        if isinstance(value, int):
            return QLocale().toString(value)
        return str(value or "")
