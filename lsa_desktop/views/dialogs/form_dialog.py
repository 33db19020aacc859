"""The base of every record form: reasons beside the fields, Enter saves, Escape cancels.

A form is a Designer layout (``ui/<name>_dialog.ui``) held by composition in a subclass, which
gives three things:

- ``collect()``: the values typed, as a plain dict (field name -> Python value);
- ``check(values)``: the rules that need no database (``domain`` functions), as a
  :class:`~lsa_desktop.domain.validation.Problems`, for instant feedback as a field is left;
- ``submit(values)``: the service call that saves (it re-checks everything, including what needs
  the database, and raises :class:`~lsa_desktop.errors.ValidationFailed`); it runs off the GUI
  thread as a write job, so ``dataChanged`` refreshes every page afterwards.

Convention in the ``.ui``: the widget of field ``<field>`` is named ``<field>``, and has a ``QLabel``
named ``<field>Error`` under or beside it (empty, hidden until needed); the dialog has a
``formError`` label for a problem that belongs to no single field. Nothing is saved while any
problem stands.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError, ValidationFailed

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


class FormDialog(QDialog):
    saved = Signal(object)  # what submit() returned

    def __init__(self, app: LsaApplication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._saving = False
        self._touched: set[str] = set()
        # The reasons the service last refused a save for, with the values it refused: kept beside
        # their fields until the person changes those fields (the live checks cannot see rules
        # that need the database, such as a service number already used).
        self._refusal: tuple[dict[str, Any], dict[str, str]] = ({}, {})

    # --- for subclasses ----------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        raise TypeError(f"{type(self).__name__} must say what it holds: define collect()")

    def check(self, values: Mapping[str, Any]) -> Problems:
        return Problems()

    def submit(self, values: Mapping[str, Any]) -> Any:
        raise TypeError(f"{type(self).__name__} must say how it saves: define submit()")

    def watch(self, field: str, widget: QWidget) -> None:
        """Re-check ``field`` when the person leaves ``widget`` (or changes a choice)."""

        def leave() -> None:
            self._touched.add(field)
            self._show(self._current_problems(self.collect()).as_dict(), only=self._touched)

        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(leave)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(leave)
        elif isinstance(widget, QSpinBox | QDateEdit):
            widget.editingFinished.connect(leave)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(leave)

    def connect_buttons(self, box: QDialogButtonBox) -> None:
        """The OK/Save button saves (Enter too: it is the default), Cancel/Escape closes."""
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        self._buttons = box

    # --- saving ------------------------------------------------------------------------------

    def accept(self) -> None:  # Enter in a line edit lands here through the default button
        self.save()

    def save(self) -> None:
        if self._saving:
            return
        values = self.collect()
        problems = self._current_problems(values)
        if problems:
            self._show(problems.as_dict())
            return
        self._set_saving(True)
        self.app.tasks.run(
            lambda: self.submit(values),
            write=True,
            label=self.tr("Saving…"),
            parent=self,
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _current_problems(self, values: Mapping[str, Any]) -> Problems:
        """The form's own rules, plus the service's last refusals whose fields are unchanged."""
        problems = self.check(values)
        refused_values, refused = self._refusal
        for field, sentence in refused.items():
            if field in values and values[field] == refused_values.get(field):
                problems.add(field, sentence)
        return problems

    def _saved(self, result: Any) -> None:
        self._set_saving(False)
        self.saved.emit(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationFailed):
            self._refusal = (self.collect(), dict(exc.problems))
            self._show(exc.problems)
        elif isinstance(exc, UserError):
            self._show({"": str(exc)})
        else:
            self.app.report_error(exc, self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        box = getattr(self, "_buttons", None)
        if box is not None:
            for button in box.buttons():
                button.setEnabled(not saving)

    # --- showing reasons ---------------------------------------------------------------------

    def problem_text(self, field: str) -> str:
        """What is shown beside ``field`` now ("" when nothing), for tests and accessibility."""
        label = self._label(field)
        return label.text() if label is not None and label.isVisible() else ""

    def _label(self, field: str) -> QLabel | None:
        name = f"{field}Error" if field else "formError"
        return self.findChild(QLabel, name)

    def _show(self, problems: Mapping[str, str], only: set[str] | None = None) -> None:
        for label in self.findChildren(QLabel):
            name = label.objectName()
            if not (name.endswith("Error") or name == "formError"):
                continue
            field = "" if name == "formError" else name[: -len("Error")]
            if only is not None and field not in only:
                continue
            label.setProperty("role", "error")
            text = problems.get(field, "")
            label.setText(text)
            label.setVisible(bool(text))
        unplaced = [
            text for field, text in problems.items() if field and self._label(field) is None
        ]
        if unplaced and only is None:
            general = self._label("")
            if general is not None:
                general.setText(" ".join(filter(None, [problems.get("", ""), *unplaced])))
                general.setVisible(True)
        first = next((f for f in problems if f and self._label(f) is not None), None)
        widget = self.findChild(QWidget, first) if first else None
        if widget is not None and only is None:
            widget.setFocus()
