"""The first start on an empty database: load the demo mission, import from Excel, or start empty.

:class:`FirstStart` holds the flow (is the database empty? offer the choice, load the demo off the
GUI thread with its progress) so that the main window only starts it and hears the outcome.
The person is asked until they choose: closing the dialog asks again at the next start, choosing
"Start with an empty database" is remembered in the settings, and so is an import that wrote
something (an import wizard closed without importing asks again next time).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from lsa_desktop.views.forms.ui_first_start_dialog import Ui_FirstStartDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

log = logging.getLogger(__name__)


class FirstStartDialog(QDialog):
    demoChosen = Signal()
    importChosen = Signal()
    emptyChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self.ui.demoButton.clicked.connect(self._choose_demo)
        self.ui.importButton.clicked.connect(self._choose_import)
        self.ui.emptyButton.clicked.connect(self._choose_empty)
        self.ui.demoButton.setDefault(True)
        self.ui.demoButton.setFocus()

    def _choose_demo(self) -> None:
        self.accept()
        self.demoChosen.emit()

    def _choose_import(self) -> None:
        self.accept()
        self.importChosen.emit()

    def _choose_empty(self) -> None:
        self.accept()
        self.emptyChosen.emit()


class FirstStart(QObject):
    """Offers the first-start choice over ``window`` when the database is empty."""

    demoLoaded = Signal(object)  # the demo's summary (``DemoSummary``)
    dialogOpened = Signal(object)  # the FirstStartDialog, for whoever wants to watch it
    wizardOpened = Signal(object)  # the ImportWizard, for whoever wants to watch it

    def __init__(self, app: LsaApplication, window: QWidget) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self.dialog: FirstStartDialog | None = None

    def start(self) -> None:
        """Ask the database (off the GUI thread) whether it is empty; offer the choice if so."""
        if self._app.settings.first_start_done:
            return
        from lsa_desktop.services.demo import database_is_empty

        store = self._app.services.store
        self._app.tasks.run(
            lambda: database_is_empty(store),
            parent=self._window,
            on_success=self._offer_if_empty,
            show_progress=False,
        )

    def _offer_if_empty(self, empty: bool) -> None:
        if not empty:
            return  # data came from elsewhere (the command line, a restore): not a first start
        self.dialog = FirstStartDialog(self._window)
        self.dialog.demoChosen.connect(self.load_demo)
        self.dialog.importChosen.connect(self.open_import)
        self.dialog.emptyChosen.connect(self._start_empty)
        self.dialog.open()
        self.dialogOpened.emit(self.dialog)

    def load_demo(self) -> None:
        from lsa_desktop.services.demo import build_demo

        store = self._app.services.store
        self._app.tasks.run(
            lambda: build_demo(store),
            write=True,
            label=self.tr("Loading the demo mission…"),
            parent=self._window,
            on_success=self._demo_loaded,
        )

    def _demo_loaded(self, summary: Any) -> None:
        log.info("demo mission loaded: %s", summary)
        self._remember_choice()
        self.demoLoaded.emit(summary)

    def open_import(self) -> None:
        from lsa_desktop.views.dialogs.import_wizard import open_import_wizard

        wizard = open_import_wizard(self._app, self._window)
        wizard.imported.connect(self._imported)
        self.wizardOpened.emit(wizard)

    def _imported(self, report: Any) -> None:
        log.info("first start: imported %s from %s", report.kind, report.file_name)
        if not self._app.settings.first_start_done:
            self._remember_choice()

    def _start_empty(self) -> None:
        log.info("first start: the person chose an empty database")
        self._remember_choice()

    def _remember_choice(self) -> None:
        settings = self._app.settings
        settings.first_start_done = True
        self._app.tasks.run(settings.save, parent=self._window, show_progress=False)
