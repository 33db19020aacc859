"""The import wizard's second page: what each column of the sheet holds, changeable.

The table lists every column of the header row with a combo box of the kind's fields (see
:mod:`.import_mapping_model`); Tab moves from one combo box to the next. Next waits until every
required field has a column. The person's choices are kept in the shared
:class:`~.import_jobs.ImportChoice` as they are made, so going back to the first page and
forward again keeps them (unless the file or the kind changed there).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QWidget, QWizardPage

from lsa_desktop.excel.kinds import KINDS
from lsa_desktop.views.dialogs.import_jobs import ImportChoice
from lsa_desktop.views.dialogs.import_mapping_model import (
    FieldDelegate,
    MappingColumn,
    MappingModel,
    column_mappings,
)
from lsa_desktop.views.dialogs.import_words import field_title
from lsa_desktop.views.forms.ui_import_wizard_mapping import Ui_ImportMappingPage


class MappingPage(QWizardPage):
    def __init__(self, choice: ImportChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportMappingPage()
        self.ui.setupUi(self)
        self.choice = choice
        self.model = MappingModel(self)
        table = self.ui.columns
        table.setModel(self.model)
        table.setItemDelegateForColumn(MappingColumn.FIELD, FieldDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MappingColumn.SAMPLES, QHeaderView.ResizeMode.Stretch)
        self._combos: list[QWidget] = []
        self.model.mappingChanged.connect(self._mapping_changed)
        self.ui.automaticButton.clicked.connect(self.model.use_automatic)

    def initializePage(self) -> None:
        choice = self.choice
        assert choice.header and choice.automatic and choice.peek and choice.kind
        spec = KINDS[choice.kind]
        lines = column_mappings(choice.header, choice.automatic, choice.mapping, choice.peek.rows)
        self.model.set_columns(spec, lines)
        self._open_combos()
        self.ui.headerNote.setText(
            self.tr(
                "The column names are on row {row} of the sheet “{sheet}”; the rows below it are "
                "read. Sample values come from the first rows."
            ).format(row=choice.header.row, sheet=choice.peek.sheet)
        )
        self.ui.rememberedNote.setVisible(choice.remembered)

    def _open_combos(self) -> None:
        """One combo box per line, always shown, and Tab going from each to the next (the first
        one has the focus when the page opens): the table itself takes no focus, it only holds
        them."""
        table = self.ui.columns
        self._combos = []
        for row in range(self.model.rowCount()):
            index = self.model.index(row, MappingColumn.FIELD)
            table.openPersistentEditor(index)
            combo = table.indexWidget(index)
            combo.installEventFilter(self)
            self._combos.append(combo)
        for before, after in itertools.pairwise([*self._combos, self.ui.automaticButton]):
            QWidget.setTabOrder(before, after)
        if self._combos:
            # Lines as high as the combo boxes they hold, so that none is squeezed.
            table.verticalHeader().setDefaultSectionSize(self._combos[0].sizeHint().height() + 2)
        table.resizeColumnsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A combo box reached with Tab is scrolled into view; the mouse wheel scrolls the table
        unless the combo box under it has the focus, so that scrolling never changes a field."""
        if watched in self._combos:
            if event.type() == QEvent.Type.FocusIn:
                row = self._combos.index(watched)  # type: ignore[arg-type]
                self.ui.columns.scrollTo(self.model.index(row, MappingColumn.FIELD))
            elif event.type() == QEvent.Type.Wheel and not watched.hasFocus():  # type: ignore[attr-defined]
                QCoreApplication.sendEvent(self.ui.columns.viewport(), event)
                return True
        return super().eventFilter(watched, event)

    def isComplete(self) -> bool:
        return self.model.rowCount() > 0 and not self.model.missing()

    def combo_for(self, header: str) -> QWidget | None:
        """The combo box that chooses the field of the column titled ``header``."""
        headers = [line.header for line in self.model.lines()]
        return self._combos[headers.index(header)] if header in headers else None

    def _mapping_changed(self) -> None:
        self.choice.mapping = self.model.mapping()
        self.ui.automaticButton.setVisible(not self.model.is_automatic())
        missing = self.model.missing()
        if missing:
            names = ", ".join(field_title(field.header) for field in missing)
            self.ui.missing.setText(
                self.tr(
                    "No column is read into {fields}, which every row needs: choose the column "
                    "that holds it."
                ).format(fields=names)
            )
        self.ui.missing.setVisible(bool(missing))
        self.completeChanged.emit()
