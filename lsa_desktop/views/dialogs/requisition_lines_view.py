"""The lines table of the requisition form, typed at the keyboard as in a spreadsheet.

- :class:`LineDelegate` edits the cells: the type is picked by typing part of its name or code (a
  list of the matches opens under the cell), quantities and costs in spin boxes.
- :class:`RequisitionLinesView` moves as a person typing expects: Tab and Enter commit a cell and
  open the next one to fill (over the line total), Tab or Enter past the last cell adds a line,
  Enter on a cell opens it, Insert adds a line below the current one, Delete removes it.
- :class:`LinesSection` puts them together with the form's buttons, total and problems.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from lsa_desktop.views.dialogs.requisition_lines_model import (
    EDIT,
    FIELD_OF_COLUMN,
    FOLLOW_UP_COLUMNS,
    LineColumn,
    RequisitionLinesModel,
    money_text,
)
from lsa_desktop.views.pages.row_list_model import compact_rows

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

#: The largest quantity a line takes, and the largest unit cost in USD.
MAX_QUANTITY = 99_999_999
MAX_UNIT_COST = 999_999_999.99
#: Set on a spin box editor once the person types in it.
_TYPED = "typed"


class LineDelegate(QStyledItemDelegate):
    """The editors of the lines: a type picker filtered by typing, and spin boxes for numbers."""

    def __init__(self, model: RequisitionLinesModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = index.column()
        if column == LineColumn.EQUIPMENT:
            editor = QLineEdit(parent)
            editor.setFrame(False)
            completer = QCompleter(self._model.completion_model, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setMaxVisibleItems(12)
            editor.setCompleter(completer)
            return editor
        if column == LineColumn.QUANTITY:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_QUANTITY)
            return _plain(spin)
        if column == LineColumn.UNIT_COST:
            money = QDoubleSpinBox(parent)
            money.setDecimals(2)
            money.setRange(0.0, MAX_UNIT_COST)
            return _plain(money)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(EDIT)
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.blockSignals(True)  # showing the value is not typing it
            editor.setValue(value or 0)
            editor.blockSignals(False)
            editor.setProperty(_TYPED, False)
            editor.selectAll()
        elif index.column() == LineColumn.EQUIPMENT and isinstance(editor, QLineEdit):
            editor.setText(value or "")
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            if not editor.property(_TYPED):
                return  # passed through with Tab: the cell keeps what it had, blank or not
            editor.interpretText()
            model.setData(index, editor.value(), EDIT)
        elif index.column() == LineColumn.EQUIPMENT and isinstance(editor, QLineEdit):
            text = editor.text()
            if text.strip() == (index.data(EDIT) or ""):
                return
            choice = self._model.resolve(text)
            if choice is not None:
                model.setData(index, choice.id, EDIT)
            elif not text.strip():
                model.setData(index, None, EDIT)
            else:
                self._model.refuse_type(index.row(), text)
        else:
            super().setModelData(editor, model, index)


def _plain(spin: QSpinBox | QDoubleSpinBox) -> QWidget:
    """A spin box that looks like the cell it edits: no frame, no arrows, right-aligned, digits
    typed without grouping; it notes when the person types (a cell passed through with Tab keeps
    what it had: a blank stays blank, a catalogue cost stays the catalogue's)."""
    spin.textChanged.connect(lambda _text: spin.setProperty(_TYPED, True))
    spin.setFrame(False)
    spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
    spin.setAlignment(_RIGHT)
    spin.setGroupSeparatorShown(False)
    return spin


class RequisitionLinesView(QTableView):
    """The lines table, moved through with the keyboard (see the module's docstring)."""

    def lines_model(self) -> RequisitionLinesModel | None:
        model = self.model()
        return model if isinstance(model, RequisitionLinesModel) else None

    def add_line(self, row: int | None = None) -> None:
        """Add a blank line (at ``row``, else at the end) and start typing its equipment type."""
        model = self.lines_model()
        if model is None or model.read_only:
            return
        index = model.index(model.add_line(row), LineColumn.EQUIPMENT)
        self.setFocus()
        self.setCurrentIndex(index)
        self.edit(index)

    def remove_current_line(self) -> None:
        model = self.lines_model()
        current = self.currentIndex()
        if model is None or model.read_only or not current.isValid():
            return
        row, column = current.row(), current.column()
        model.remove_line(row)
        if model.rowCount():
            self.setCurrentIndex(model.index(min(row, model.rowCount() - 1), column))

    def commit_editing(self) -> None:
        """Put what is typed in the cell being edited into its line: a shortcut such as Ctrl+S
        saves without the focus leaving the cell, which would have committed it."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor, viewport = self.window().focusWidget(), self.viewport()
        while editor is not None and editor.parentWidget() is not viewport:
            editor = editor.parentWidget()
        if editor is not None:
            self.commitData(editor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key == Qt.Key.Key_Insert:
            current = self.currentIndex()
            self.add_line(current.row() + 1 if current.isValid() else None)
        elif not editing and key == Qt.Key.Key_Delete:
            self.remove_current_line()
        elif not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._editable():
            self.edit(self.currentIndex())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _editable(self) -> bool:
        return bool(self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter commits a cell and moves on to the next one to fill, as Tab does."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            hint = QAbstractItemDelegate.EndEditHint.EditNextItem
        super().closeEditor(editor, hint)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab goes from one cell to fill to the next, over the line total; past the last cell
        of the last line it adds a line, unless that line is still blank: then, as before the
        first cell, it leaves the table."""
        model = self.lines_model()
        forward = cursorAction == QAbstractItemView.CursorAction.MoveNext
        backward = cursorAction == QAbstractItemView.CursorAction.MovePrevious
        if model is None or model.read_only or not (forward or backward):
            return super().moveCursor(cursorAction, modifiers)
        cells = [
            (row, column)
            for row in range(model.rowCount())
            for column in FIELD_OF_COLUMN
            if not self.isColumnHidden(column)
        ]
        current = self.currentIndex()
        here = (current.row(), current.column())
        if forward:
            later = [cell for cell in cells if cell > here]
            if later:
                return model.index(*later[0])
            lines = model.lines()
            if lines and lines[-1].blank:
                return QModelIndex()
            return model.index(model.add_line(), LineColumn.EQUIPMENT)
        earlier = [cell for cell in cells if cell < here]
        return model.index(*earlier[-1]) if earlier else QModelIndex()


class LinesSection(QObject):
    """The lines part of the requisition form (its Designer widgets named as below): the table
    with its editors, the Add and Remove buttons, the running total, and the problems of the lines
    listed under the table (one about the lines as a whole, then those of single lines)."""

    def __init__(
        self,
        model: RequisitionLinesModel,
        view: RequisitionLinesView,
        *,
        hint: QLabel,
        total: QLabel,
        problems: QLabel,
        buttons: tuple[QAbstractButton, QAbstractButton],
    ) -> None:
        super().__init__(view)
        self.model, self.view = model, view
        self._hint, self._total, self._problems = hint, total, problems
        self._buttons = buttons
        self.problem = ""  # about the lines as a whole: "Add at least one line…"
        view.setModel(model)
        view.setItemDelegate(LineDelegate(model, view))
        compact_rows(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LineColumn.EQUIPMENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        hint.setText(
            self.tr(
                "Type part of an equipment type's name or code and choose it; Tab or Enter moves "
                "to the next cell, past the last one a new line starts. Insert adds a line, "
                "Delete removes the current one."
            )
        )
        add, remove = buttons
        add.clicked.connect(lambda: view.add_line())
        remove.clicked.connect(view.remove_current_line)
        model.problemsChanged.connect(self.show_problems)
        for signal in (model.edited, model.modelReset):
            signal.connect(self.show_totals)

    def set_editable(self, editable: bool) -> None:
        """A draft is typed; past it, the lines also show what approval and donors did."""
        for column in FOLLOW_UP_COLUMNS:
            self.view.setColumnHidden(column, editable)
        self._hint.setVisible(editable)
        for button in self._buttons:
            button.setVisible(editable)
        self.show_totals()

    def show_totals(self) -> None:
        model = self.model
        if not model.read_only:
            text = self.tr("{count} line(s), total USD {total}").format(
                count=model.counted_lines(), total=money_text(model.total_usd())
            )
        elif any(line.quantity_approved is not None for line in model.lines()):
            text = self.tr("Requested USD {requested}, approved USD {approved}").format(
                requested=money_text(model.total_usd()),
                approved=money_text(model.total_approved_usd()),
            )
        else:
            text = self.tr("Total requested: USD {total}").format(
                total=money_text(model.total_usd())
            )
        self._total.setText(text)

    def show_problems(self) -> None:
        text = " ".join(filter(None, [self.problem, *self.model.problem_sentences()]))
        self._problems.setText(text)
        self._problems.setVisible(bool(text))

    def problems_text(self) -> str:
        """What is said under the lines now ("" when nothing)."""
        return self._problems.text() if self._problems.isVisible() else ""

    def go_to_first_problem(self) -> None:
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.first_problem())
