"""What the pledge and delivery forms share: a table of lines typed from the keyboard, whose
problems are shown on the cells they concern.

- :class:`LinesModel`: the base of an editable lines model. The service and the domain checks name
  a line's problem ``lines[I].<field>``; the model colours that cell and puts the sentence in its
  tooltip until the line is changed (:meth:`LinesModel.show_problems`).
- :class:`LinesDelegate`: each cell's editor (a list to choose from, a whole number, an amount,
  text), so that the table is filled with the keyboard: typing starts editing, Tab moves on, Enter
  commits the cell.
- :class:`LinesFormDialog`: a :class:`FormDialog` with such a table: the field problems beside the
  fields as usual, the line problems on their cells and, one sentence each, under the table. While
  the form is being filled only the lines already changed are checked; saving checks them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.dialogs.form_dialog import FormDialog

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
PROBLEM_BACKGROUND = QColor("#fde2e1")
#: The largest quantity a cell takes (ammunition is counted in rounds).
MAX_QUANTITY = 99_999_999
#: The largest amount in USD a cell takes.
MAX_AMOUNT = 999_999_999.0


def parse_line_key(key: str) -> tuple[int, str] | None:
    """``"lines[2].quantity"`` -> ``(2, "quantity")``; None for any other key."""
    if not key.startswith("lines[") or "]." not in key:
        return None
    number, _, field = key[len("lines[") :].partition("].")
    return (int(number), field) if number.isdigit() else None


class LinesModel(QAbstractTableModel):
    """The problems part of an editable lines model; a subclass sets :attr:`field_of` (column ->
    the input field it holds) and calls :meth:`forget_problems` when a line changes."""

    field_of: Mapping[int, str] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: dict[tuple[int, str], str] = {}

    def options(self, column: int) -> list[tuple[str, Any]] | None:
        """What a choice cell offers, as ``(text, value)``; None for a cell typed in."""
        return None

    def column_of(self, field: str) -> int | None:
        return next((column for column, name in self.field_of.items() if name == field), None)

    def show_problems(self, problems: Mapping[str, str], rows: Iterable[int] | None = None) -> None:
        """Mark the cells named by ``lines[I].<field>`` keys: of every line (``rows`` None), or
        only of ``rows`` (the other lines keep what they show)."""
        wanted = None if rows is None else set(rows)
        kept = {
            key: text
            for key, text in self._problems.items()
            if wanted is not None and key[0] not in wanted
        }
        for key, text in problems.items():
            parsed = parse_line_key(key)
            if parsed is not None and (wanted is None or parsed[0] in wanted):
                kept.setdefault(parsed, text)
        self._problems = kept
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def problem(self, row: int, field: str) -> str:
        return self._problems.get((row, field), "")

    def problem_at(self, index: Index) -> str:
        field = self.field_of.get(index.column())
        return self._problems.get((index.row(), field), "") if field else ""

    def problem_sentences(self) -> list[str]:
        """Every line's problems, line by line and in the order of the columns, for the label
        under the table."""
        columns = {field: column for column, field in self.field_of.items()}
        ordered = sorted(
            self._problems.items(), key=lambda item: (item[0][0], columns.get(item[0][1], 99))
        )
        return [text for _key, text in ordered]

    def forget_problems(self, row: int) -> None:
        """A line changed: what was said about it no longer holds."""
        self._problems = {key: text for key, text in self._problems.items() if key[0] != row}

    def renumber_problems(self, removed: int) -> None:
        """Line ``removed`` is gone: the lines after it move up."""
        self._problems = {
            (row - (row > removed), field): text
            for (row, field), text in self._problems.items()
            if row != removed
        }

    def problem_background(self, index: Index) -> QBrush | None:
        return QBrush(PROBLEM_BACKGROUND) if self.problem_at(index) else None


class LinesDelegate(QStyledItemDelegate):
    """The editors of a lines table: a list for the cells the model offers choices for
    (``model.options(column)``), a whole number for ``whole`` columns, an amount for ``amounts``;
    text for the rest."""

    def __init__(
        self, parent: QWidget, *, whole: Iterable[int] = (), amounts: Iterable[int] = ()
    ) -> None:
        super().__init__(parent)
        self._whole = set(whole)
        self._amounts = set(amounts)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        model = index.model()
        options = model.options(column) if isinstance(model, LinesModel) else None
        if options is not None:
            combo = QComboBox(parent)
            for text, key in options:
                combo.addItem(text, key)
            return combo
        if column in self._whole:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_QUANTITY)
            spin.setFrame(False)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            spin.setAlignment(RIGHT)
            return spin
        editor = super().createEditor(parent, option, index)
        if column in self._amounts and isinstance(editor, QLineEdit):
            validator = QDoubleValidator(0.0, MAX_AMOUNT, 2, editor)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            editor.setValidator(validator)
            editor.setAlignment(RIGHT)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
            editor.selectAll()
        elif isinstance(editor, QLineEdit) and index.column() in self._amounts:
            editor.setText("" if value is None else QLocale().toString(float(value), "f", 2))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit) and index.column() in self._amounts:
            text = editor.text().strip()
            amount, ok = QLocale().toDouble(text)
            if ok or not text:  # anything else was refused by the validator already
                model.setData(index, amount if ok else None)
        else:
            super().setModelData(editor, model, index)


class LinesFormDialog(FormDialog):
    """A form with a lines table; the subclass calls :meth:`_set_up_lines_form` once its form is
    set up, and :meth:`_lines_changed` whenever a line changes."""

    def _set_up_lines_form(self, model: LinesModel, view: QTableView, error: QLabel) -> None:
        self._lines_model = model
        self._lines_view = view
        self._lines_error = error
        self._touched_rows: set[int] = set()

    def line_problem(self, row: int, field: str) -> str:
        """What is shown on line ``row``'s ``field`` cell ("" when nothing), for tests."""
        return self._lines_model.problem(row, field)

    def _lines_changed(self, row: int) -> None:
        """Line ``row`` changed (-1: one was removed): check the lines changed so far."""
        if row >= 0:
            self._touched_rows.add(row)
        self._touched.add("lines")
        self._show(self._current_problems(self.collect()).as_dict(), only=self._touched)

    def _line_removed(self, row: int) -> None:
        self._touched_rows = {r - (r > row) for r in self._touched_rows if r != row}

    def save(self) -> None:
        self._touched_rows = set(range(self._lines_model.rowCount()))
        super().save()

    def _current_problems(self, values: Mapping[str, Any]) -> Problems:
        """As the form does, and the service's refusals of a line while that line is unchanged
        (the form's own checks cannot see a serial number already on an item, say)."""
        problems = super()._current_problems(values)
        refused_values, refused = self._refusal
        before, now = refused_values.get("lines", ()), values.get("lines", ())
        for key, sentence in refused.items():
            parsed = parse_line_key(key)
            if parsed is None:
                continue
            row = parsed[0]
            if row < min(len(before), len(now)) and before[row] == now[row]:
                problems.add(key, sentence)
        return problems

    def _show(self, problems: Mapping[str, str], only: set[str] | None = None) -> None:
        """As the form does, and each line's problems on its cells and under the table."""
        fields = {key: text for key, text in problems.items() if parse_line_key(key) is None}
        lines = {key: text for key, text in problems.items() if key not in fields}
        self._lines_model.show_problems(lines, None if only is None else self._touched_rows)
        super()._show(fields, only)
        if only is None or "lines" in only:
            sentences = [fields.get("lines", ""), *self._lines_model.problem_sentences()]
            text = " ".join(filter(None, sentences))
            self._lines_error.setText(text)
            self._lines_error.setVisible(bool(text))
        if only is None and lines and not any(key for key in fields if key):
            self._focus_line(next(iter(lines)))

    def _focus_line(self, key: str) -> None:
        """Put the cursor on the cell of the first line problem, as a field's is focused."""
        parsed = parse_line_key(key)
        column = self._lines_model.column_of(parsed[1]) if parsed else None
        if parsed is None or column is None:
            return
        self._lines_view.setCurrentIndex(self._lines_model.index(parsed[0], column))
        self._lines_view.setFocus()
