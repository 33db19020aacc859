"""The rows of the import preview: the sheet's cells as written, each problem marked at its cell.

One line per sheet row below the header (the first :data:`PREVIEW_ROWS`, and every later row with
a problem); a column for the row number, one for what happens to the row, then one per column of
the sheet that is imported, titled with its field. A cell with an error or a warning is marked
three ways, so that no one depends on colour alone: a tinted background, the standard error or
warning icon, and its sentence as the tooltip (and in the text a screen reader reads). A problem
that is about the row rather than a cell (a duplicate, a reference not found) marks the row's
number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from lsa_desktop.domain.enums import Severity
from lsa_desktop.excel.model import Issue, KindSpec, RawRow, column_letter
from lsa_desktop.views.dialogs.import_jobs import Preview
from lsa_desktop.views.dialogs.import_words import cell_text, field_title
from lsa_desktop.views.table_models.roles import ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex
_BACKGROUND = {Severity.ERROR: QColor("#fde2e1"), Severity.WARNING: QColor("#fff1cc")}
_SKIPPED = QColor("#6b7785")
_ORDER = (Severity.ERROR, Severity.WARNING, Severity.SKIPPED)

ROW_COLUMN = 0
STATUS_COLUMN = 1
_FIRST_FIELD = 2


def worst(issues: Sequence[Issue]) -> Severity | None:
    """The most serious severity among ``issues``: an error over a warning over a skipped row."""
    present = {issue.severity for issue in issues}
    return next((severity for severity in _ORDER if severity in present), None)


class PreviewModel(QAbstractTableModel):
    """The preview's rows; :meth:`set_preview` fills it, :meth:`set_only_problems` filters it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        style = QApplication.style()
        self._icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        self._columns: list[tuple[int, str]] = []  # (sheet column, field name)
        self._titles: list[tuple[str, str]] = []  # (title, tooltip) per model column
        self._all: list[RawRow] = []
        self._rows: list[RawRow] = []
        self._cell_issues: dict[tuple[int, int], list[Issue]] = defaultdict(list)
        self._row_issues: dict[int, list[Issue]] = defaultdict(list)
        self._only_problems = False

    # --- content -----------------------------------------------------------------------------

    def set_preview(self, preview: Preview, spec: KindSpec) -> None:
        header = preview.report.header
        assert header is not None
        self.beginResetModel()
        self._columns = sorted(header.columns.items())
        self._titles = [
            (self.tr("Row"), self.tr("The row's number in the sheet")),
            (self.tr("Check"), self.tr("What importing would do with the row")),
        ]
        for column, name in self._columns:
            tip = self.tr("Column {letter} of the sheet: “{header}”").format(
                letter=column_letter(column), header=header.headers.get(column, "")
            )
            self._titles.append((field_title(spec.field(name).header), tip))
        shown = {column for column, _ in self._columns}
        self._cell_issues.clear()
        self._row_issues.clear()
        for issue in preview.report.issues:
            if issue.row is None:
                continue  # about the file or a column: the page lists those
            if issue.column in shown:
                self._cell_issues[(issue.row, issue.column)].append(issue)
            self._row_issues[issue.row].append(issue)
        self._all = list(preview.rows)
        self._rows = self._filtered()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        """Show only the rows with an error, a warning or a reason to be skipped."""
        if only != self._only_problems:
            self.beginResetModel()
            self._only_problems = only
            self._rows = self._filtered()
            self.endResetModel()

    def _filtered(self) -> list[RawRow]:
        if not self._only_problems:
            return list(self._all)
        return [row for row in self._all if row.number in self._row_issues]

    def row_numbers(self) -> list[int]:
        """The sheet rows shown, in order."""
        return [row.number for row in self._rows]

    def index_of(self, sheet_row: int, sheet_column: int) -> QModelIndex:
        """The index of a sheet cell ("A15" is (15, 0)); invalid when it is not shown."""
        lines = self.row_numbers()
        columns = [column for column, _ in self._columns]
        if sheet_row not in lines or sheet_column not in columns:
            return QModelIndex()
        return self.index(lines.index(sheet_row), _FIRST_FIELD + columns.index(sheet_column))

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._titles[section][1]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if column in (ROW_COLUMN, STATUS_COLUMN):
            issues = self._row_issues.get(row.number, [])
        else:
            issues = self._cell_issues.get((row.number, self._sheet_column(column)), [])
        severity = worst(issues)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, issues)
        if role == Qt.ItemDataRole.DecorationRole and column != ROW_COLUMN:
            return self._icons.get(severity) if severity is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and severity in _BACKGROUND:
            return QBrush(_BACKGROUND[severity])
        if role == Qt.ItemDataRole.ForegroundRole and severity is Severity.SKIPPED:
            return QBrush(_SKIPPED)
        if role == Qt.ItemDataRole.ToolTipRole and issues:
            return "\n".join(self._sentence(issue) for issue in issues)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(row, column, issues)
            sentences = " ".join(self._sentence(issue) for issue in issues)
            return f"{text}. {sentences}" if sentences else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW_COLUMN:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    # --- cells -----------------------------------------------------------------------------------

    def _sheet_column(self, column: int) -> int:
        return self._columns[column - _FIRST_FIELD][0]

    def _text(self, row: RawRow, column: int, issues: Sequence[Issue]) -> str:
        if column == ROW_COLUMN:
            return str(row.number)
        if column == STATUS_COLUMN:
            return self._status(issues)
        sheet_column = self._sheet_column(column)
        return cell_text(row.cells[sheet_column]) if sheet_column < len(row.cells) else ""

    def _status(self, issues: Sequence[Issue]) -> str:
        errors = sum(issue.severity is Severity.ERROR for issue in issues)
        warnings = sum(issue.severity is Severity.WARNING for issue in issues)
        if errors:
            return self.tr("Error") if errors == 1 else self.tr("{n} errors").format(n=errors)
        if warnings:
            if warnings == 1:
                return self.tr("Warning")
            return self.tr("{n} warnings").format(n=warnings)
        if issues:
            return self.tr("Skipped")
        return self.tr("OK")

    def _sentence(self, issue: Issue) -> str:
        severity = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.SKIPPED: self.tr("Skipped"),
        }[issue.severity]
        if issue.cell:
            return self.tr("{severity} in cell {cell}: {message}").format(
                severity=severity, cell=issue.cell, message=issue.message
            )
        return self.tr("{severity}: {message}").format(severity=severity, message=issue.message)
