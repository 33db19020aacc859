"""The lines of an inspection as the inspector fills them in, and the inspection vocabularies.

:class:`InspectionLinesModel` is the editable table of the inspection form: one row per equipment
type, with the authorised quantity, the register's figures (while the inspection is a draft), and
the three things the inspector records: present, serviceable, findings. A count that breaks a rule
is shown in red with the reason as its tooltip, at once (the same domain rule the service applies);
a count that differs from the register is shown in bold, with what signing will do about it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from lsa_desktop.domain.enums import InspectionKind, InspectionStatus
from lsa_desktop.domain.inspections import (
    LineCount,
    check_counts,
    check_findings,
    discrepancy_finding,
)
from lsa_desktop.services.inspections import InspectionLineRow
from lsa_desktop.views.table_models.roles import ROW_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_PROBLEM_BACKGROUND = QColor("#fde2e1")

_KIND_LABELS = {
    InspectionKind.ARRIVAL: QT_TRANSLATE_NOOP("Labels", "Arrival"),
    InspectionKind.PERIODIC: QT_TRANSLATE_NOOP("Labels", "Periodic readiness"),
    InspectionKind.SPOT_CHECK: QT_TRANSLATE_NOOP("Labels", "Spot check"),
    InspectionKind.REPATRIATION: QT_TRANSLATE_NOOP("Labels", "Repatriation"),
}
_STATUS_LABELS = {
    InspectionStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    InspectionStatus.SIGNED: QT_TRANSLATE_NOOP("Labels", "Signed"),
}


def kind_label(kind: InspectionKind) -> str:
    return QCoreApplication.translate("Labels", _KIND_LABELS[kind])


def status_label(status: InspectionStatus) -> str:
    return QCoreApplication.translate("Labels", _STATUS_LABELS[status])


class LineColumn:
    """The columns of :class:`InspectionLinesModel`, by position."""

    EQUIPMENT = 0
    AUTHORISED = 1
    REGISTER_ON_HAND = 2
    REGISTER_SERVICEABLE = 3
    PRESENT = 4
    SERVICEABLE = 5
    FINDINGS = 6
    COUNT = 7
    #: What the inspector types in.
    EDITABLE = (PRESENT, SERVICEABLE, FINDINGS)
    #: The register's figures: shown while counting, hidden once signed (the findings say).
    REGISTER = (REGISTER_ON_HAND, REGISTER_SERVICEABLE)


class InspectionLinesModel(QAbstractTableModel):
    countsChanged = Signal()  # the inspector changed a count or a finding

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InspectionLineRow] = []
        self._read_only = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            (self.tr("Equipment"), ""),
            (
                self.tr("Authorised"),
                self.tr("What the unit should hold (MOU or statement of requirements)"),
            ),
            (self.tr("On register"), self.tr("On hand according to the register now")),
            (
                self.tr("Serviceable on register"),
                self.tr("Serviceable according to the register now"),
            ),
            (self.tr("Present"), self.tr("Counted present at the inspection")),
            (self.tr("Serviceable"), self.tr("Counted serviceable, among those present")),
            (self.tr("Findings"), self.tr("What the inspector found on this line")),
        )

    # --- content -----------------------------------------------------------------------------

    def set_lines(self, rows: Sequence[InspectionLineRow], read_only: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._read_only = read_only
        self.endResetModel()

    def lines(self) -> list[InspectionLineRow]:
        return list(self._rows)

    def counts(self) -> tuple[LineCount, ...]:
        """What the inspector recorded, line by line, as the service takes it."""
        return tuple(
            LineCount(row.equipment_type_id, row.present, row.serviceable, row.findings)
            for row in self._rows
        )

    def names(self) -> dict[uuid.UUID, str]:
        """Each line's equipment type name, for the sentences of the rules."""
        return {row.equipment_type_id: row.type_name for row in self._rows}

    @property
    def read_only(self) -> bool:
        return self._read_only

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else LineColumn.COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self._read_only and index.column() in LineColumn.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < LineColumn.COUNT:
            return None
        title, tip = self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section in (LineColumn.EQUIPMENT, LineColumn.FINDINGS) else _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
            return self._value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column in (LineColumn.EQUIPMENT, LineColumn.FINDINGS) else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and self._problems(row, column):
            return QBrush(_PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and self._differs(row, column):
            return self._bold
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, column = self._rows[index.row()], index.column()
        if column == LineColumn.FINDINGS:
            changed = replace(row, findings=str(value))
        else:
            try:
                number = int(value)
            except (TypeError, ValueError):
                return False
            field = "present" if column == LineColumn.PRESENT else "serviceable"
            changed = replace(row, **{field: number})
        if changed == row:
            return True
        self._rows[index.row()] = changed
        # Present and serviceable are checked against each other: repaint both.
        first = self.index(index.row(), LineColumn.PRESENT)
        last = self.index(index.row(), LineColumn.FINDINGS)
        self.dataChanged.emit(first, last)
        self.countsChanged.emit()
        return True

    # --- cells -----------------------------------------------------------------------------------

    @staticmethod
    def _value(row: InspectionLineRow, column: int) -> Any:
        return (
            row.type_name,
            row.authorised,
            row.register_on_hand,
            row.register_serviceable,
            row.present,
            row.serviceable,
            row.findings,
        )[column]

    def _text(self, row: InspectionLineRow, column: int) -> str:
        value = self._value(row, column)
        if column == LineColumn.FINDINGS:
            return " ".join(value.split())  # one line in the table; the tooltip holds it all
        if isinstance(value, int):
            return QLocale().toString(value)
        return "—" if value is None else str(value)

    @staticmethod
    def _problems(row: InspectionLineRow, column: int) -> list[str]:
        if column in (LineColumn.PRESENT, LineColumn.SERVICEABLE):
            return check_counts(row.type_name, row.present, row.serviceable)
        if column == LineColumn.FINDINGS:
            return check_findings(row.type_name, row.findings)
        return []

    def _differs(self, row: InspectionLineRow, column: int) -> bool:
        if column == LineColumn.PRESENT:
            return row.register_on_hand is not None and row.present != row.register_on_hand
        if column == LineColumn.SERVICEABLE:
            return (
                row.register_serviceable is not None and row.serviceable != row.register_serviceable
            )
        return False

    def _tooltip(self, row: InspectionLineRow, column: int) -> str | None:
        problems = self._problems(row, column)
        if problems:
            return " ".join(problems)
        if column == LineColumn.EQUIPMENT:
            kind = self.tr("counted item by item") if row.serialised else self.tr("counted in bulk")
            return f"{row.type_code} · {row.category_name} · {row.unit_of_measure} · {kind}"
        if column == LineColumn.FINDINGS:
            return row.findings or None
        if self._differs(row, column):
            return self._on_signing(row)
        return None

    def _on_signing(self, row: InspectionLineRow) -> str:
        """What signing will write about this line's difference with the register."""
        assert row.register_on_hand is not None and row.register_serviceable is not None
        finding = discrepancy_finding(
            serialised=row.serialised,
            present=row.present,
            serviceable=row.serviceable,
            register_on_hand=row.register_on_hand,
            register_serviceable=row.register_serviceable,
        )
        return self.tr("On signing: {finding}").format(finding=finding)
