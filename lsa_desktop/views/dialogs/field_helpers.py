"""What the personnel forms and pages share: dates that may be blank, choice combos keyed by id,
the question asked before archiving, and the actions of a register page.

- A date that may be blank is a tick box (its label: "Arrival:") beside a date edit that is
  enabled while the box is ticked (:class:`OptionalDate`): Space ticks it, Tab reaches the date.
- A choice combo holds each option's key as text (a UUID's hex, an enum's value), with an optional
  first entry for "none"; :func:`chosen_id` and :func:`chosen_enum` read it back.
- :func:`ask_to_confirm` opens a question with ``open()``, never ``exec()`` (see
  :mod:`lsa_desktop.views.dialogs.messages`), and calls back when the person confirms.
- :func:`page_action` makes an action of a register page: a page's actions live only while the
  page is on screen (a hidden page's shortcuts do not fire), so two pages can both use Ctrl+N.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QMessageBox, QWidget

from lsa_desktop.views.widgets.combos import refill

E = TypeVar("E", bound=Enum)

#: The text of a combo's "none" entry.
NONE_TEXT = "—"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_of(edit: QDateEdit) -> date:
    """The date an edit shows, as a Python date."""
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())


def show_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(to_qdate(value))


class OptionalDate(QObject):
    """A date field that may be left blank: ``check`` says whether there is a date, ``edit``
    holds it. Ticking or unticking re-checks the field as leaving the date would (it emits the
    edit's ``editingFinished``, which :meth:`FormDialog.watch` listens to)."""

    changed = Signal()

    def __init__(self, check: QCheckBox, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.check = check
        self.edit = edit
        edit.setEnabled(check.isChecked())
        check.toggled.connect(self._toggled)
        edit.dateChanged.connect(lambda _day: self.changed.emit())

    def value(self) -> date | None:
        return date_of(self.edit) if self.check.isChecked() else None

    def set_value(self, value: date | None, blank_shows: date | None = None) -> None:
        """Show ``value``; a blank shows ``blank_shows`` (today by default) greyed out, ready for
        when the box is ticked."""
        show_date(self.edit, value or blank_shows or date.today())
        self.check.setChecked(value is not None)

    def _toggled(self, ticked: bool) -> None:
        self.edit.setEnabled(ticked)
        self.changed.emit()
        self.edit.editingFinished.emit()


def fill_choices(
    combo: QComboBox, options: Iterable[tuple[str, str]], none_text: str | None = None
) -> None:
    """Offer ``(text, key)`` options, after a "none" entry (key None) if ``none_text`` is given."""
    refill(combo, options, None if none_text is None else (none_text, None))


def choose(combo: QComboBox, key: str | None) -> None:
    """Select the option whose key is ``key`` (the "none" entry for None)."""
    index = combo.findData(key) if key is not None else combo.findData(None)
    combo.setCurrentIndex(max(index, 0))


def choose_id(combo: QComboBox, value: uuid.UUID | None) -> None:
    choose(combo, value.hex if value is not None else None)


def offer_current(combo: QComboBox, key: uuid.UUID | None, texts: Mapping[uuid.UUID, str]) -> None:
    """Add a record's current choice if the combo does not offer it (it has been archived since),
    marked as such, so that saving another field does not clear it silently."""
    if key is not None and combo.findData(key.hex) < 0:
        name = texts.get(key, key.hex[:8])
        combo.addItem(
            QCoreApplication.translate("FieldHelpers", "{name} (archived)").format(name=name),
            key.hex,
        )


def chosen_id(combo: QComboBox) -> uuid.UUID | None:
    key = combo.currentData()
    return uuid.UUID(hex=key) if isinstance(key, str) and key else None


def chosen_enum(combo: QComboBox, kind: type[E]) -> E | None:
    key = combo.currentData()
    return kind(key) if isinstance(key, str) and key else None


def ask_to_confirm(
    parent: QWidget,
    *,
    name: str,
    title: str,
    text: str,
    detail: str,
    confirm_text: str,
    on_confirm: Callable[[], object],
) -> QMessageBox:
    """Ask before an action such as archiving; ``on_confirm`` runs if the person confirms.

    Cancel is the default button, so Enter pressed out of habit does not archive anything. The
    box is named ``name`` (with its confirm button ``name + "Button"``), for tests.
    """
    no_buttons = QMessageBox.StandardButton.NoButton
    box = QMessageBox(QMessageBox.Icon.Question, title, text, no_buttons, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
    confirm.setObjectName(f"{name}Button")
    confirm.clicked.connect(on_confirm)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def page_action(
    owner: QWidget,
    name: str,
    text: str,
    slot: Callable[[], object],
    *,
    shortcuts: Iterable[QKeySequence | QKeySequence.StandardKey | str] = (),
    tip: str = "",
    widget_only: bool = False,
) -> QAction:
    """An action added to ``owner``. Its shortcuts work while ``owner``'s window is active and
    ``owner`` is visible; with ``widget_only``, only while ``owner`` has the focus (Enter and
    Delete on a table, which a search box must keep)."""
    action = QAction(text, owner)
    action.setObjectName(name)
    keys = [QKeySequence(key) for key in shortcuts]
    if keys:
        action.setShortcuts(keys)
    context = (
        Qt.ShortcutContext.WidgetShortcut if widget_only else Qt.ShortcutContext.WindowShortcut
    )
    action.setShortcutContext(context)
    if tip:
        shown = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action
