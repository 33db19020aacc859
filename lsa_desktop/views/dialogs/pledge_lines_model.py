"""The lines of a pledge as they are typed: each answers a requisition line, or names a unit and an
equipment type directly; then its quantity and unit value, and the line's total.

Choosing a requisition line fills the unit, the type and the unit value from it and suggests the
quantity still not pledged on it. A line that deliveries have accepted against keeps its unit and
type (the items are in that unit already); its accepted and outstanding quantities are shown.

The table is typed into through :class:`~lsa_desktop.views.dialogs.lines_form.LinesDelegate`; a
problem with a cell colours it and says why in its tooltip until the line is changed (see
:class:`~lsa_desktop.views.dialogs.lines_form.LinesModel`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal

from lsa_desktop.domain.pledge_inputs import PledgeLineInput
from lsa_desktop.services.pledges import PledgeLineDetail, RequisitionLineChoice
from lsa_desktop.views.dialogs.lines_form import LEFT, RIGHT, Index, LinesModel
from lsa_desktop.views.table_models.roles import ROW_ROLE


class LineColumn(IntEnum):
    REQUISITION = 0
    UNIT = 1
    TYPE = 2
    QUANTITY = 3
    UNIT_VALUE = 4
    TOTAL = 5
    ACCEPTED = 6
    OUTSTANDING = 7


#: The input field each editable column holds (the service's problem keys: ``lines[I].<field>``).
FIELD_OF = {
    LineColumn.REQUISITION: "requisition_line_id",
    LineColumn.UNIT: "unit_id",
    LineColumn.TYPE: "equipment_type_id",
    LineColumn.QUANTITY: "quantity",
    LineColumn.UNIT_VALUE: "unit_value_usd",
}
_CHOICE_COLUMNS = (LineColumn.REQUISITION, LineColumn.UNIT, LineColumn.TYPE)


@dataclass(frozen=True, slots=True)
class PledgeLineRow:
    """One line of the table; the ``*_text`` fields are what its choices read as."""

    id: uuid.UUID | None = None  # a line already saved
    requisition_line_id: uuid.UUID | None = None
    requisition_text: str = ""
    unit_id: uuid.UUID | None = None
    unit_text: str = ""
    equipment_type_id: uuid.UUID | None = None
    type_text: str = ""
    quantity: int | None = None
    unit_value_usd: float | None = None
    accepted: int = 0

    @property
    def received(self) -> bool:
        """Deliveries have accepted items against it: its unit and type stay."""
        return self.accepted > 0

    @property
    def total(self) -> float | None:
        if self.quantity is None or self.unit_value_usd is None:
            return None
        return self.quantity * self.unit_value_usd

    @classmethod
    def of(cls, line: PledgeLineDetail) -> PledgeLineRow:
        return cls(
            id=line.id,
            requisition_line_id=line.requisition_line_id,
            requisition_text=line.requisition_reference or "",
            unit_id=line.unit_id,
            unit_text=line.unit_code,
            equipment_type_id=line.equipment_type_id,
            type_text=f"{line.type_code} — {line.type_name}",
            quantity=line.quantity,
            unit_value_usd=line.unit_value_usd,
            accepted=line.accepted,
        )

    def as_input(self) -> PledgeLineInput:
        return PledgeLineInput(
            requisition_line_id=self.requisition_line_id,
            unit_id=self.unit_id,
            equipment_type_id=self.equipment_type_id,
            quantity=self.quantity,
            unit_value_usd=self.unit_value_usd,
            id=self.id,
        )


def requisition_line_text(choice: RequisitionLineChoice) -> str:
    """How a requisition line reads in the list: reference, unit, item."""
    return f"{choice.requisition_reference} · {choice.unit_code} · {choice.type_name}"


class PledgeLinesModel(LinesModel):
    linesChanged = Signal(int)  # a line was changed or added (its row), or removed (-1)
    field_of = FIELD_OF

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PledgeLineRow] = []
        self._read_only = False
        #: id -> (what the cell shows, what the list offers)
        self._units: dict[uuid.UUID, tuple[str, str]] = {}
        self._types: dict[uuid.UUID, tuple[str, str]] = {}
        self._requisition_lines: dict[uuid.UUID, RequisitionLineChoice] = {}
        self._headers = (
            (
                self.tr("Requisition line"),
                self.tr("The requisition line this pledge line answers; none for a direct line"),
            ),
            (self.tr("Unit"), self.tr("The unit the items go to")),
            (self.tr("Equipment type"), ""),
            (self.tr("Quantity"), self.tr("How many the donor pledged")),
            (
                self.tr("Unit value (USD)"),
                self.tr("Left blank: the requisition line's cost, or the catalogue value"),
            ),
            (self.tr("Total (USD)"), ""),
            (self.tr("Accepted"), self.tr("Accepted on delivery so far")),
            (self.tr("Outstanding"), self.tr("Pledged and not yet accepted")),
        )

    # --- content -----------------------------------------------------------------------------------

    def set_choices(
        self,
        units: Iterable[tuple[uuid.UUID, str, str]],
        types: Iterable[tuple[uuid.UUID, str, str]],
        requisition_lines: Iterable[RequisitionLineChoice],
    ) -> None:
        """What the unit, type and requisition line cells offer; a unit or a type is given as
        ``(id, what its cell shows, what the list offers)``."""
        self._units = {key: (cell, offered) for key, cell, offered in units}
        self._types = {key: (cell, offered) for key, cell, offered in types}
        self._requisition_lines = {c.requisition_line_id: c for c in requisition_lines}

    def set_lines(self, rows: Sequence[PledgeLineRow], read_only: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._read_only = read_only
        self._problems.clear()
        self.endResetModel()

    def lines(self) -> list[PledgeLineRow]:
        return list(self._rows)

    def inputs(self) -> tuple[PledgeLineInput, ...]:
        return tuple(row.as_input() for row in self._rows)

    def add_line(self) -> int:
        """Add an empty line at the end; its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(PledgeLineRow())
        self.endInsertRows()
        self.linesChanged.emit(row)
        return row

    def remove_line(self, row: int) -> bool:
        """Remove a line, unless deliveries have accepted against it."""
        if self._read_only or not 0 <= row < len(self._rows) or self._rows[row].received:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.renumber_problems(row)
        self.endRemoveRows()
        self.linesChanged.emit(-1)
        return True

    def can_remove(self, row: int) -> bool:
        return not self._read_only and 0 <= row < len(self._rows) and not self._rows[row].received

    @property
    def read_only(self) -> bool:
        return self._read_only

    def options(self, column: int) -> list[tuple[str, uuid.UUID | None]] | None:
        """What a choice cell offers as ``(text, id)``; None for a cell typed in."""
        if column == LineColumn.REQUISITION:
            none = (self.tr("— none: a direct line"), None)
            return [none] + [
                (
                    self.tr("{line} · {count} not yet pledged").format(
                        line=requisition_line_text(choice),
                        count=QLocale().toString(choice.outstanding),
                    ),
                    line_id,
                )
                for line_id, choice in self._requisition_lines.items()
            ]
        if column == LineColumn.UNIT:
            return [(offered, key) for key, (_cell, offered) in self._units.items()]
        if column == LineColumn.TYPE:
            return [(offered, key) for key, (_cell, offered) in self._types.items()]
        return None

    def totals(self) -> tuple[int, float, int]:
        """Items, USD value of the lines valued, and lines without a unit value yet."""
        quantity = sum(row.quantity or 0 for row in self._rows)
        value = sum(row.total or 0.0 for row in self._rows)
        unvalued = sum(row.unit_value_usd is None for row in self._rows)
        return quantity, value, unvalued

    # --- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or self._read_only:
            return flags
        row, column = self._rows[index.row()], index.column()
        editable = column in (LineColumn.QUANTITY, LineColumn.UNIT_VALUE) or (
            not row.received
            and (
                column == LineColumn.REQUISITION
                or (column in _CHOICE_COLUMNS and row.requisition_line_id is None)
            )
        )
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(LineColumn):
            return None
        title, tip = self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section in _CHOICE_COLUMNS else RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], LineColumn(index.column())
        field = FIELD_OF.get(column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.EditRole:
            return getattr(row, field) if field else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if column in _CHOICE_COLUMNS else RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.problem_background(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problem_at(index) or self._tooltip(row, column)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        number, column = index.row(), LineColumn(index.column())
        row = self._rows[number]
        changed = self._changed(row, column, value)
        if changed is None:
            return False
        if changed == row:
            return True
        self._rows[number] = changed
        self.forget_problems(number)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(LineColumn) - 1))
        self.linesChanged.emit(number)
        return True

    # --- cells -----------------------------------------------------------------------------------

    def _changed(self, row: PledgeLineRow, column: LineColumn, value: Any) -> PledgeLineRow | None:
        """The line once ``value`` is put in ``column``; None if it is not a value for it."""
        if column == LineColumn.REQUISITION:
            return self._answering(row, value)
        if column in (LineColumn.UNIT, LineColumn.TYPE):
            known = self._units if column == LineColumn.UNIT else self._types
            if value is not None and value not in known:
                return None
            text = known[value][0] if value is not None else ""
            if column == LineColumn.UNIT:
                return replace(row, unit_id=value, unit_text=text)
            return replace(row, equipment_type_id=value, type_text=text)
        if column == LineColumn.QUANTITY:
            if value is None or value == "":
                return replace(row, quantity=None)
            try:
                return replace(row, quantity=int(value))
            except (TypeError, ValueError):
                return None
        if value is None or value == "":
            return replace(row, unit_value_usd=None)
        try:
            return replace(row, unit_value_usd=float(value))
        except (TypeError, ValueError):
            return None

    def _answering(self, row: PledgeLineRow, line_id: Any) -> PledgeLineRow | None:
        """The line answering requisition line ``line_id`` (None: made a direct line)."""
        if line_id is None:
            return replace(row, requisition_line_id=None, requisition_text="")
        choice = self._requisition_lines.get(line_id)
        if choice is None:
            return None
        return replace(
            row,
            requisition_line_id=choice.requisition_line_id,
            requisition_text=requisition_line_text(choice),
            unit_id=choice.unit_id,
            unit_text=choice.unit_code,
            equipment_type_id=choice.equipment_type_id,
            type_text=f"{choice.type_code} — {choice.type_name}",
            unit_value_usd=choice.unit_cost_usd,
            quantity=row.quantity or choice.outstanding or None,
        )

    def _text(self, row: PledgeLineRow, column: LineColumn) -> str:
        locale = QLocale()
        if column == LineColumn.REQUISITION:
            return row.requisition_text or self.tr("— direct")
        if column == LineColumn.UNIT:
            return row.unit_text
        if column == LineColumn.TYPE:
            return row.type_text
        if column == LineColumn.QUANTITY:
            return "" if row.quantity is None else locale.toString(row.quantity)
        if column == LineColumn.UNIT_VALUE:
            value = row.unit_value_usd
            return "" if value is None else locale.toString(float(value), "f", 2)
        if column == LineColumn.TOTAL:
            total = row.total
            return "" if total is None else locale.toString(float(total), "f", 2)
        if column == LineColumn.ACCEPTED:
            return locale.toString(row.accepted) if row.id else ""
        outstanding = max(0, (row.quantity or 0) - row.accepted)
        return locale.toString(outstanding) if row.id else ""

    def _tooltip(self, row: PledgeLineRow, column: LineColumn) -> str | None:
        if column in _CHOICE_COLUMNS and row.received and not self._read_only:
            return self.tr("Items have arrived on this line: its unit and type stay as they are.")
        if column in (LineColumn.UNIT, LineColumn.TYPE) and row.requisition_line_id is not None:
            return self.tr("From the requisition line; choose none there to change it.")
        if column == LineColumn.REQUISITION and row.requisition_line_id is not None:
            choice = self._requisition_lines.get(row.requisition_line_id)
            if choice is not None:
                return self.tr("{wanted} wanted, {pledged} pledged so far").format(
                    wanted=QLocale().toString(choice.wanted),
                    pledged=QLocale().toString(choice.pledged),
                )
        if column == LineColumn.UNIT_VALUE and row.unit_value_usd is None:
            return self.tr("Left blank: the catalogue value is used when the pledge is saved.")
        return None
