"""File > Import from Excel: the wizard that brings an officer's workbook into the database.

Four pages, one per step the person takes (each in its own module):

1. :class:`~.import_file_page.FilePage`: the workbook, its sheet and what the list holds; a file
   that cannot be read is refused here with its sentence, and nothing else happens;
2. :class:`~.import_mapping_page.MappingPage`: the header row found and what each column holds,
   changeable, and remembered for the next file with the same column names;
3. :class:`~.import_preview_page.PreviewPage`: the dry run, every problem marked at its cell, and
   the options (skip the rows with errors, write them to a workbook); its Import button commits;
4. :class:`~.import_result_page.ResultPage`: the import with its progress and Cancel, then what
   it did.

Every file read and every check runs off the GUI thread through ``app.tasks``. Keyboard: Enter is
Next (Import on the third page, Finish on the last), Escape is Cancel; during the import, Cancel
and Escape stop it, and the database is left as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from lsa_desktop.views.dialogs.import_file_page import FilePage
from lsa_desktop.views.dialogs.import_jobs import ImportChoice, automatic_mapping
from lsa_desktop.views.dialogs.import_mapping_page import MappingPage
from lsa_desktop.views.dialogs.import_preview_page import PreviewPage
from lsa_desktop.views.dialogs.import_result_page import ResultPage
from lsa_desktop.views.import_memory import ImportMemory

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

log = logging.getLogger(__name__)


class ImportWizard(QWizard):
    """``imported`` carries the report of an import that wrote its rows."""

    imported = Signal(object)

    FILE, MAPPING, PREVIEW, RESULT = range(4)

    def __init__(
        self, app: LsaApplication, parent: QWidget | None = None, *, kind: str | None = None
    ) -> None:
        """``kind`` chooses what the list holds in advance (from a page's own Import action)."""
        super().__init__(parent)
        self.app = app
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.choice = ImportChoice(kind=kind)
        self.memory = ImportMemory()
        self.file_page = FilePage(app, self.choice, self.memory, self)
        self.mapping_page = MappingPage(self.choice, self)
        self.preview_page = PreviewPage(app, self.choice, self)
        self.result_page = ResultPage(app, self.choice, self)
        for page_id, page in (
            (self.FILE, self.file_page),
            (self.MAPPING, self.mapping_page),
            (self.PREVIEW, self.preview_page),
            (self.RESULT, self.result_page),
        ):
            self.setPage(page_id, page)
        self.result_page.imported.connect(self.imported)
        self.result_page.ended.connect(self._import_ended)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(960, 680)
        memory = self.memory
        app.tasks.run(memory.load, parent=self, show_progress=False)

    def reject(self) -> None:
        """Cancel: during the import, stop it (the wizard stays to say nothing was written);
        otherwise stop any check still running and close."""
        if self.result_page.running:
            self.result_page.cancel()
            return
        self.preview_page.stop()
        super().reject()

    def _page_changed(self, page_id: int) -> None:
        if page_id == self.RESULT:
            self._remember_mapping()

    def _remember_mapping(self) -> None:
        """Keep the mapping used for the next file with the same column names, or forget the
        one kept when the automatic matching was used as it was."""
        choice = self.choice
        if choice.kind is None or choice.header is None or choice.automatic is None:
            return
        headers = list(choice.header.headers.values())
        automatic = automatic_mapping(choice.automatic)
        chosen: Mapping[str, str] | None = None if choice.mapping == automatic else choice.mapping
        if chosen is None and not choice.remembered:
            return  # nothing was kept for these columns, and nothing is to be
        memory, kind = self.memory, choice.kind

        def remember() -> None:
            try:
                memory.remember(kind, headers, chosen)
            except OSError as exc:  # the next file is matched automatically; nothing worse
                log.warning("could not remember the column mapping: %s", exc)

        self.app.tasks.run(remember, parent=self, show_progress=False)

    def _import_ended(self) -> None:
        """The import is over: Finish closes; Cancel has nothing left to stop."""
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)


def open_import_wizard(
    app: LsaApplication, parent: QWidget | None = None, *, kind: str | None = None
) -> ImportWizard:
    """Open the wizard over ``parent`` (window-modal, without a nested event loop)."""
    wizard = ImportWizard(app, parent, kind=kind)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
