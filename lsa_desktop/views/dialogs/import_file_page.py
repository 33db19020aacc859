"""The import wizard's first page: the workbook, its sheet, and what the list holds.

A path typed (then Enter) or chosen with Browse is read off the GUI thread: the sheets are listed
and the first rows of the chosen sheet read, enough to find the header row. When the person has
not said what the list holds, the kind whose columns the header names best is chosen for them,
and the page says so. The header row is found as soon as both are known, so a file the importer
cannot use is refused here, with its sentence, before anything else happens. A remembered
mapping for a file with the same column names is applied here too (the next page shows it).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget, QWizardPage

from lsa_desktop.errors import UserError
from lsa_desktop.excel.headers import find_header
from lsa_desktop.excel.kinds import KINDS
from lsa_desktop.views.dialogs.import_jobs import (
    ImportChoice,
    SheetPeek,
    automatic_mapping,
    guess_kind,
    peek_sheet,
)
from lsa_desktop.views.dialogs.import_words import field_title, kind_title
from lsa_desktop.views.forms.ui_import_wizard_file import Ui_ImportFilePage
from lsa_desktop.views.import_memory import ImportMemory

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


def typed_path(text: str) -> Path | None:
    """The path in the field: spaces and the quotes of a copied Windows path taken off."""
    text = text.strip().strip('"').strip()
    return Path(text).expanduser() if text else None


class FilePage(QWizardPage):
    def __init__(
        self,
        app: LsaApplication,
        choice: ImportChoice,
        memory: ImportMemory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportFilePage()
        self.ui.setupUi(self)
        self.app = app
        self.choice = choice
        self.memory = memory
        self._generation = 0  # the read whose result is wanted; older ones are ignored
        self._reading = False
        for name in KINDS:
            self.ui.kind.addItem(kind_title(name), name)
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(choice.kind) if choice.kind else -1)
        #: Said by the person (or the caller): never replaced by a guess.
        self._kind_given = choice.kind is not None
        self.ui.path.textEdited.connect(self._path_edited)
        self.ui.path.editingFinished.connect(self._path_entered)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.sheet.activated.connect(self._sheet_chosen)
        self.ui.kind.activated.connect(self._kind_chosen)
        self.setFocusProxy(self.ui.path)

    @property
    def reading(self) -> bool:
        """A workbook is being read."""
        return self._reading

    def isComplete(self) -> bool:
        peek = self.choice.peek
        return (
            not self.reading
            and peek is not None
            and peek.path == typed_path(self.ui.path.text())
            and self.choice.header is not None
        )

    # --- the file ---------------------------------------------------------------------------------

    def browse(self) -> None:
        current = typed_path(self.ui.path.text())
        folder = str(current.parent) if current else self.memory.folder or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from Excel"),
            folder,
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if name:
            self.ui.path.setText(name)
            self.read(Path(name))

    def _path_edited(self) -> None:
        """A path being typed is not read yet: Next waits for Enter (or leaving the field)."""
        self.choice.peek = None
        self.choice.header = None
        self.completeChanged.emit()

    def _path_entered(self) -> None:
        path = typed_path(self.ui.path.text())
        peek = self.choice.peek
        if path is not None and (peek is None or peek.path != path):
            self.read(path)

    def _sheet_chosen(self) -> None:
        path = typed_path(self.ui.path.text())
        if path is not None:
            self.read(path, self.ui.sheet.currentText())

    def read(self, path: Path, sheet: str | None = None) -> None:
        """Read the sheets of ``path`` and the first rows of ``sheet`` (the first one if None)."""
        self._generation += 1
        generation = self._generation
        self.choice.peek = None
        self.choice.header = None
        self._reading = True
        self._say(found=self.tr("Reading {file}…").format(file=path.name))
        memory = self.memory
        self.app.tasks.run(
            lambda: peek_sheet(path, sheet, memory),
            label=self.tr("Reading the workbook…"),
            parent=self,
            show_progress=False,
            on_success=partial(self._read, generation),
            on_failure=partial(self._not_read, generation),
        )
        self.completeChanged.emit()

    def _read(self, generation: int, peek: SheetPeek) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.choice.path = peek.path
        self.choice.peek = peek
        sheet = self.ui.sheet
        sheet.blockSignals(True)
        sheet.clear()
        sheet.addItems(list(peek.sheets))
        sheet.setCurrentText(peek.sheet)
        sheet.blockSignals(False)
        sheet.setEnabled(len(peek.sheets) > 1)
        guessed = None
        if not self._kind_given:
            guessed = guess_kind(peek.rows)
            if guessed is not None:
                self.ui.kind.setCurrentIndex(self.ui.kind.findData(guessed))
        self._match_header(guessed=guessed is not None)

    def _not_read(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.ui.sheet.clear()
        self.ui.sheet.setEnabled(False)
        if isinstance(error, UserError):
            self._say(problem=str(error))
        else:
            self._say()
            self.app.report_error(error, self)
        self.completeChanged.emit()

    # --- the kind and the header row ----------------------------------------------------------

    def _kind_chosen(self) -> None:
        self._kind_given = True
        self._match_header()

    def _match_header(self, *, guessed: bool = False) -> None:
        """Find the header row for the kind chosen; offer the mapping remembered for its columns."""
        choice, peek = self.choice, self.choice.peek
        choice.kind = self.ui.kind.currentData()
        choice.automatic = choice.header = None
        choice.mapping, choice.remembered = {}, False
        if peek is None or choice.kind is None:
            self._say(found=self.tr("Choose what the list holds.") if peek else "")
            self.completeChanged.emit()
            return
        spec = KINDS[choice.kind]
        try:
            automatic = find_header(peek.rows, spec, sheet=peek.sheet)
        except UserError as error:
            self._say(problem=str(error))
            self.completeChanged.emit()
            return
        header = automatic
        remembered = self.memory.recall(choice.kind, automatic.headers.values())
        if remembered and remembered != automatic_mapping(automatic):
            try:
                header = find_header(peek.rows, spec, remembered, sheet=peek.sheet)
            except UserError:  # the aliases changed since: the automatic matching stands
                remembered = None
        choice.automatic, choice.header = automatic, header
        choice.remembered = bool(remembered) and header is not automatic
        choice.mapping = automatic_mapping(header)
        note = ""
        if guessed:
            note = self.tr(
                "What the list holds was guessed from its column names: change it if it is wrong."
            )
        self._say(note=note, found=self._found_text())
        self.completeChanged.emit()

    def _found_text(self) -> str:
        header, spec = self.choice.header, KINDS[self.choice.kind or ""]
        assert header is not None
        text = self.tr(
            "Column names found on row {row}: {known} of the {total} columns recognised."
        ).format(row=header.row, known=len(header.columns), total=len(header.headers))
        if header.missing:
            fields = ", ".join(field_title(spec.field(name).header) for name in header.missing)
            text += " " + self.tr(
                "No column found for {fields}: choose it on the next page."
            ).format(fields=fields)
        return text

    def _say(self, *, note: str = "", found: str = "", problem: str = "") -> None:
        """Show what the page knows: a note on the kind (guessed), what reading found (or that
        it is reading), or why the file cannot be used; what is not given is hidden."""
        self.ui.kindNote.setText(note)
        self.ui.kindNote.setVisible(bool(note))
        self.ui.headerNote.setText(found)
        self.ui.headerNote.setVisible(bool(found))
        self.ui.problem.setText(problem)
        self.ui.problem.setVisible(bool(problem))
