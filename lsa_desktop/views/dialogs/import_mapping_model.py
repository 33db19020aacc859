"""The column mapping of the import wizard: what each column of the sheet holds.

One line per column of the header row: its letter, its header as written, the field it is read
into (or "(ignore)"), and a few values from below the header so the person can tell what the
column really holds. The field is the one editable column, chosen in a combo box (the delegate)
among every field of the kind. A field is read from one column only: choosing it for a column
sets the column that had it to "(ignore)", visibly. A field that differs from what the automatic
matching chose is shown in bold, with the automatic choice in its tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lsa_desktop.excel.aliases import compact
from lsa_desktop.excel.model import FieldSpec, HeaderMatch, KindSpec, RawRow, column_letter
from lsa_desktop.views.dialogs.import_words import cell_text, field_title
from lsa_desktop.views.import_memory import IGNORE
from lsa_desktop.views.table_models.roles import ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex
_IGNORED = QColor("#6b7785")
#: Sample values shown per column.
SAMPLES = 3


class MappingColumn:
    """The columns of :class:`MappingModel`, by position."""

    LETTER = 0
    HEADER = 1
    FIELD = 2
    SAMPLES = 3
    COUNT = 4


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """One column of the sheet and the field it is read into (IGNORE: not read)."""

    column: int  # 0-based sheet column
    header: str  # as written in the header row
    field: str
    automatic: str  # what the automatic matching chose
    samples: tuple[str, ...]
    #: An earlier column has the same name: a mapping names columns by their header, so this
    #: one cannot be chosen apart from it (the importer reads the first and ignores this one).
    repeated: bool = False


def column_mappings(
    header: HeaderMatch,
    automatic: HeaderMatch,
    mapping: Mapping[str, str],
    rows: Sequence[RawRow],
) -> list[ColumnMapping]:
    """The lines of the mapping table: every column of ``header``'s row, read as ``mapping`` says
    (header text -> field or IGNORE; a column it does not name as ``header`` matched it), beside
    what ``automatic`` (the aliases alone) chose, with samples from ``rows``."""
    below = [row for row in rows if row.number > header.row]
    same_row = automatic.row == header.row
    seen: set[str] = set()
    lines = []
    for column, text in sorted(header.headers.items()):
        repeated = compact(text) in seen
        seen.add(compact(text))
        samples = []
        for row in below:
            value = row.cells[column] if column < len(row.cells) else None
            if shown := cell_text(value).strip():
                samples.append(shown)
            if len(samples) == SAMPLES:
                break
        lines.append(
            ColumnMapping(
                column=column,
                header=text,
                field=IGNORE if repeated else mapping.get(text, header.columns.get(column, IGNORE)),
                automatic=automatic.columns.get(column, IGNORE) if same_row else IGNORE,
                samples=tuple(samples),
                repeated=repeated,
            )
        )
    return lines


class MappingModel(QAbstractTableModel):
    mappingChanged = Signal()  # a field was chosen for a column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._spec: KindSpec | None = None
        self._lines: list[ColumnMapping] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            (self.tr("Column"), self.tr("The column's letter in the sheet")),
            (self.tr("Header"), self.tr("The column's name, as the sheet writes it")),
            (self.tr("Field"), self.tr("What the column is read into; (ignore) leaves it out")),
            (self.tr("Sample values"), self.tr("The first values below the header")),
        )

    # --- content -----------------------------------------------------------------------------

    def set_columns(self, spec: KindSpec, lines: Sequence[ColumnMapping]) -> None:
        self.beginResetModel()
        self._spec = spec
        self._lines = list(lines)
        self.endResetModel()
        self.mappingChanged.emit()

    def lines(self) -> list[ColumnMapping]:
        return list(self._lines)

    def mapping(self) -> dict[str, str]:
        """Header text -> field name or IGNORE, for every column: ``ImportOptions.mapping``."""
        return {line.header: line.field for line in self._lines if not line.repeated}

    def is_automatic(self) -> bool:
        """True when every column is read as the automatic matching reads it."""
        return all(line.field == line.automatic for line in self._lines)

    def use_automatic(self) -> None:
        """Read every column as the automatic matching does."""
        self._assign({row: line.automatic for row, line in enumerate(self._lines)})

    def set_field(self, header: str, field: str) -> bool:
        """Read the column titled ``header`` into ``field`` (IGNORE: leave it out)."""
        for row, line in enumerate(self._lines):
            if line.header == header:
                return self.setData(self.index(row, MappingColumn.FIELD), field)
        return False

    def missing(self) -> list[FieldSpec]:
        """The required fields of the kind that no column is read into."""
        if self._spec is None:
            return []
        chosen = {line.field for line in self._lines}
        return [f for f in self._spec.fields if f.required and f.name not in chosen]

    def field_choices(self) -> list[tuple[str, str]]:
        """(label, field name) for the combo box: "(ignore)" first, then the kind's fields in
        template order, the required ones marked."""
        choices = [(self.tr("(ignore)"), IGNORE)]
        for spec_field in self._spec.fields if self._spec is not None else ():
            choices.append((self.field_label(spec_field.name), spec_field.name))
        return choices

    def field_label(self, name: str) -> str:
        if name == IGNORE or self._spec is None:
            return self.tr("(ignore)")
        spec_field = self._spec.field(name)
        title = field_title(spec_field.header)
        return self.tr("{field} (required)").format(field=title) if spec_field.required else title

    def _assign(self, fields: Mapping[int, str]) -> None:
        changed = [row for row, field in fields.items() if self._lines[row].field != field]
        for row in changed:
            self._lines[row] = replace(self._lines[row], field=fields[row])
            index = self.index(row, MappingColumn.FIELD)
            self.dataChanged.emit(index, index)
        if changed:
            self.mappingChanged.emit()

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MappingColumn.COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or index.column() != MappingColumn.FIELD:
            return flags
        if self._lines[index.row()].repeated:
            return flags & ~Qt.ItemFlag.ItemIsEnabled
        return flags | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < MappingColumn.COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._headers[section][1]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == ROW_ROLE:
            return line
        if role == Qt.ItemDataRole.EditRole and column == MappingColumn.FIELD:
            return line.field
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.FontRole and column == MappingColumn.FIELD:
            return self._bold if line.field != line.automatic else None
        if role == Qt.ItemDataRole.ForegroundRole and line.field == IGNORE:
            return QBrush(_IGNORED)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        names = {name for _, name in self.field_choices()}
        if not isinstance(value, str) or value not in names:
            return False
        fields = {index.row(): value}
        if value != IGNORE:  # a field is read from one column: the one that had it lets it go
            for row, line in enumerate(self._lines):
                if row != index.row() and line.field == value:
                    fields[row] = IGNORE
        self._assign(fields)
        return True

    def _text(self, line: ColumnMapping, column: int) -> str:
        if column == MappingColumn.LETTER:
            return column_letter(line.column)
        if column == MappingColumn.HEADER:
            return line.header
        if column == MappingColumn.FIELD:
            return self.field_label(line.field)
        return "; ".join(line.samples)

    def _tooltip(self, line: ColumnMapping, column: int) -> str | None:
        if column != MappingColumn.FIELD:
            return None
        if line.repeated:
            return self.tr(
                "An earlier column has the same name, and is the one read: rename this one in "
                "the workbook to read it."
            )
        if line.field != line.automatic:
            if line.automatic == IGNORE:
                return self.tr("Not recognised by its name: chosen by hand.")
            return self.tr("Recognised by its name as {field}; changed by hand.").format(
                field=self.field_label(line.automatic)
            )
        if line.field == IGNORE:
            return self.tr("Not recognised by its name: not read. Choose a field to read it.")
        assert self._spec is not None
        return self._spec.field(line.field).help or None


class FieldDelegate(QStyledItemDelegate):
    """The Field column is chosen in a combo box listing "(ignore)" and every field of the kind.

    Meant for persistent editors (one combo per line, always shown): a choice is written to the
    model as soon as it is made, and the keys an item view's editor usually takes for itself
    keep their meaning in a dialog: Tab moves to the next combo box, Enter is Next, Escape is
    Cancel.
    """

    _DIALOG_KEYS = (
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Escape,
    )

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.key() in self._DIALOG_KEYS:
            return False
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        model = index.model()
        assert isinstance(model, MappingModel)
        editor = QComboBox(parent)
        editor.setObjectName(f"fieldCombo{index.row()}")
        for label, name in model.field_choices():
            editor.addItem(label, name)
        editor.setAccessibleName(
            self.tr("Field of column {letter}").format(
                letter=model.data(model.index(index.row(), MappingColumn.LETTER))
            )
        )
        editor.setEnabled(bool(index.flags() & Qt.ItemFlag.ItemIsEditable))
        editor.currentIndexChanged.connect(lambda _position: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setToolTip(index.data(Qt.ItemDataRole.ToolTipRole) or "")  # it covers the cell
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if position != editor.currentIndex():
            editor.blockSignals(True)  # showing the model's value is not a choice to write back
            editor.setCurrentIndex(position)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
