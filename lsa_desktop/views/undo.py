"""Undo (Ctrl+Z): the window's action that reverts the person's last change since the app opened.

:class:`UndoController` keeps one ``QAction`` up to date: after every write (``app.dataChanged``)
it asks the audit service, off the GUI thread, which change set of the current user made since the
controller was created would be undone next, and names it in the action's text ("Undo edit of
officer 0061154 (2 fields)"). Triggering it reverts that change set as a write job (itself audited;
every page then refreshes through ``dataChanged``) and says in the status bar what was undone.
Pressed again, it undoes the change before, down to the first change since the app opened.
A change that cannot be undone (someone changed the same field since) is refused with a sentence.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from lsa_desktop.services.audit import ChangeKind
from lsa_desktop.views.pages.loader import PageLoader
from lsa_desktop.views.widgets.history_panel import record_noun

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.audit_undo import ChangeSummary


def change_description(summary: ChangeSummary) -> str:
    """A change set in a few words, lower case, to follow "Undo" or "Undone:"."""
    tr = QCoreApplication.translate
    if summary.record_count > 1:
        texts = {
            ChangeKind.CREATED: tr("Undo", "creation of {count} {records}"),
            ChangeKind.EDITED: tr("Undo", "edit of {count} {records}"),
            ChangeKind.DELETED: tr("Undo", "deletion of {count} {records}"),
        }
        what = texts[summary.kind].format(
            count=summary.record_count, records=record_noun(summary.table_name, 2)
        )
    else:
        if summary.kind is ChangeKind.EDITED and summary.field_count == 1:
            text = tr("Undo", "edit of {record_kind} {record} (1 field)")
        elif summary.kind is ChangeKind.EDITED:
            text = tr("Undo", "edit of {record_kind} {record} ({count} fields)")
        elif summary.kind is ChangeKind.CREATED:
            text = tr("Undo", "creation of {record_kind} {record}")
        else:
            text = tr("Undo", "deletion of {record_kind} {record}")
        what = text.format(
            record_kind=record_noun(summary.table_name),
            record=summary.record,
            count=summary.field_count,
        )
    if summary.other_records == 1:
        return tr("Undo", "{change} and 1 other record").format(change=what)
    if summary.other_records > 1:
        return tr("Undo", "{change} and {count} other records").format(
            change=what, count=summary.other_records
        )
    return what


class UndoController(QObject):
    """Owns the window's Undo action; the window adds :attr:`action` to its Edit menu."""

    def __init__(self, app: LsaApplication, window: QMainWindow) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        #: Changes made before this moment (before the app was opened) are never undone here.
        self.started_at = datetime.now(UTC)
        self._next: ChangeSummary | None = None
        self._undoing = False
        self.action = QAction(self.tr("&Undo"), window)
        self.action.setObjectName("actionUndo")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        self._loader = PageLoader(app.tasks, self._fetch, window)
        self._loader.loaded.connect(self._show_next)
        app.dataChanged.connect(self._loader.load)
        self._loader.load()

    @property
    def next_change(self) -> ChangeSummary | None:
        """What the action would undo now (None: nothing)."""
        return self._next

    def undo(self) -> None:
        """Revert the change named in the action, as a write job."""
        summary = self._next
        if summary is None or self._undoing:
            return
        self._undoing = True
        self.action.setEnabled(False)
        audit = self._app.services.audit
        task = self._app.tasks.run(
            lambda: audit.undo(summary.change_id),
            write=True,
            label=self.tr("Undoing…"),
            parent=self._window,
            on_success=self._undone,
        )
        task.finished.connect(self._finished)

    def _fetch(self) -> ChangeSummary | None:
        """Runs on a worker: the change the action would undo, for the current user."""
        store = self._app.services.store
        return self._app.services.audit.undoable(store.user, self.started_at)

    def _show_next(self, summary: ChangeSummary | None) -> None:
        self._next = summary
        if summary is None:
            self.action.setText(self.tr("&Undo"))
            self.action.setToolTip(self.tr("Nothing to undo since the app was opened"))
        else:
            text = self.tr("&Undo {change}").format(change=change_description(summary))
            self.action.setText(text)
            self.action.setToolTip(text.replace("&", ""))
        self.action.setEnabled(summary is not None and not self._undoing)

    def _undone(self, summary: ChangeSummary) -> None:
        message = self.tr("Undone: {change}.").format(change=change_description(summary))
        self._window.statusBar().showMessage(message, 10_000)

    def _finished(self) -> None:
        # dataChanged (emitted after every write job, even a refused one) reads the next change.
        self._undoing = False
