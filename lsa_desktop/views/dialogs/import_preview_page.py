"""The import wizard's third page: every row checked as importing would check it, before anything is
written.

Entering the page starts the dry run off the GUI thread (:func:`~.import_jobs.check_file`): the
engine reads the whole file, checks each cell and plans each row inside a transaction it rolls
back, so the preview shows the same errors and warnings, duplicates and missing references
included, that importing would. The page then says what Import will do with the options chosen:
import everything, skip the rows with errors, or (an error and no skipping) be refused with
nothing written, as the command line is; and where the rows with errors go if a report is asked.
Import is the commit button: after it there is no going back.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget, QWizard, QWizardPage

from lsa_desktop.domain.enums import Severity
from lsa_desktop.errors import UserError
from lsa_desktop.excel.kinds import KINDS
from lsa_desktop.excel.model import column_letter
from lsa_desktop.progress import Progress
from lsa_desktop.views.dialogs.import_jobs import ImportChoice, Preview, check_file, rows_with
from lsa_desktop.views.dialogs.import_preview_model import PreviewModel
from lsa_desktop.views.dialogs.import_words import counts_text, rows_text
from lsa_desktop.views.forms.ui_import_wizard_preview import Ui_ImportPreviewPage
from lsa_desktop.views.pages.row_list_model import compact_rows, number_text

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.tasks import Task


def error_report_path(source: Path) -> Path:
    """Where the rows with errors of ``source`` go by default: beside it, named after it."""
    return source.with_name(f"{source.stem} - errors.xlsx")


class PreviewPage(QWizardPage):
    def __init__(
        self, app: LsaApplication, choice: ImportChoice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPreviewPage()
        self.ui.setupUi(self)
        self.app = app
        self.choice = choice
        self.preview: Preview | None = None
        self._task: Task | None = None
        self._generation = 0
        self._report_source: Path | None = None  # the file the error report path was made for
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.model = PreviewModel(self)
        self.ui.rows.setModel(self.model)
        compact_rows(self.ui.rows)
        self.ui.rows.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.onlyProblems.toggled.connect(self._filter)
        self.ui.skipInvalid.toggled.connect(self._options_changed)
        self.ui.errorReport.toggled.connect(self._options_changed)
        self.ui.errorReportPath.textChanged.connect(self._options_changed)
        self.ui.errorReportBrowse.clicked.connect(self._choose_error_report)

    def initializePage(self) -> None:
        choice = self.choice
        assert choice.path is not None and choice.kind is not None
        self.preview = None
        self.model.set_only_problems(False)
        self.ui.onlyProblems.setChecked(False)
        if self._report_source != choice.path:
            self._report_source = choice.path
            self.ui.errorReportPath.setText(str(error_report_path(choice.path)))
        self._show_state(checking=True)
        self.ui.summary.setText(
            self.tr("Checking every row of {file}…").format(file=choice.path.name)
        )
        self._generation += 1
        generation = self._generation
        store, user = self.app.services.store, self.app.settings.current_user
        path, kind, options = choice.path, choice.kind, choice.options()
        self._task = self.app.tasks.run(
            lambda: check_file(store, path, kind, options, user=user),
            label=self.tr("Checking the rows…"),
            parent=self,
            show_progress=False,
            on_success=partial(self._checked, generation),
            on_failure=partial(self._not_checked, generation),
        )
        self._task.progressed.connect(self._progressed)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        """Back to the mapping: a dry run still going is stopped, its result no longer wanted."""
        self.stop()
        super().cleanupPage()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._generation += 1

    def isComplete(self) -> bool:
        if self.preview is None:
            return False
        return not self.ui.errorReport.isChecked() or bool(self.ui.errorReportPath.text().strip())

    def validatePage(self) -> bool:
        self.choice.skip_invalid = self.ui.skipInvalid.isChecked()
        report_path = self.ui.errorReportPath.text().strip()
        wanted = self.ui.errorReport.isChecked() and report_path
        self.choice.error_report = Path(report_path).expanduser() if wanted else None
        return True

    # --- the dry run ------------------------------------------------------------------------------

    def _progressed(self, step: Progress) -> None:
        bar = self.ui.checking
        bar.setRange(0, max(step.total, 0))
        if step.total > 0:
            bar.setValue(min(step.done, step.total))

    def _checked(self, generation: int, preview: Preview) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.preview = preview
        assert self.choice.kind is not None
        self.model.set_preview(preview, KINDS[self.choice.kind])
        self.ui.rows.resizeColumnsToContents()
        self._show_state(checking=False)
        self._describe(preview)
        self._options_changed()

    def _not_checked(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self._show_state(checking=False, failed=True)
        self.ui.summary.setText(self.tr("The rows could not be checked."))
        if isinstance(error, UserError):
            self.ui.problem.setText(str(error))
            self.ui.problem.setVisible(True)
        else:
            self.app.report_error(error, self)
        self.completeChanged.emit()

    def _show_state(self, *, checking: bool, failed: bool = False) -> None:
        shown = not checking and not failed
        self.ui.checking.setVisible(checking)
        self.ui.checking.setRange(0, 0)
        for widget in (
            self.ui.onlyProblems,
            self.ui.shown,
            self.ui.rows,
            self.ui.skipInvalid,
            self.ui.errorReport,
            self.ui.errorReportPath,
            self.ui.errorReportBrowse,
            self.ui.outcome,
        ):
            widget.setVisible(shown)
        self.ui.notes.setVisible(shown and bool(self.ui.notes.text()))
        self.ui.problem.setVisible(False)

    # --- what the page says -----------------------------------------------------------------------

    def _describe(self, preview: Preview) -> None:
        report = preview.report
        errors = rows_with(report, Severity.ERROR)
        warnings = rows_with(report, Severity.WARNING) - errors
        skipped = rows_with(report, Severity.SKIPPED)
        self.ui.summary.setText(
            self.tr(
                "{rows} below the column names: {errors} with errors, {warnings} with warnings "
                "only, {skipped} skipped (blank rows and totals)."
            ).format(
                rows=rows_text(preview.total_rows),
                errors=number_text(len(errors)),
                warnings=number_text(len(warnings)),
                skipped=number_text(len(skipped)),
            )
        )
        notes = [
            self.tr("{where}: {message}").format(
                where=self._where(issue.column), message=issue.message
            )
            if issue.column is not None
            else issue.message
            for issue in report.issues
            if issue.row is None
        ]
        notes += list(report.created)
        self.ui.notes.setText("\n".join(f"• {note}" for note in notes))
        self.ui.notes.setVisible(bool(notes))
        self.ui.skipInvalid.setEnabled(bool(errors))
        self.ui.errorReport.setEnabled(bool(errors))
        self._filter(self.ui.onlyProblems.isChecked())

    def _where(self, column: int) -> str:
        return self.tr("Column {letter}").format(letter=column_letter(column))

    def _filter(self, only_problems: bool) -> None:
        self.model.set_only_problems(only_problems)
        if self.preview is None:
            return
        self.ui.shown.setText(
            self.tr("Showing {shown} of {total}").format(
                shown=number_text(self.model.rowCount()),
                total=rows_text(self.preview.total_rows),
            )
        )

    def _options_changed(self) -> None:
        wanted = self.ui.errorReport.isChecked()
        self.ui.errorReportPath.setEnabled(wanted)
        self.ui.errorReportBrowse.setEnabled(wanted)
        if self.preview is not None:
            self.ui.outcome.setText(self._outcome_text(self.preview))
        self.completeChanged.emit()

    def _outcome_text(self, preview: Preview) -> str:
        report = preview.report
        if whole_file := [issue for issue in report.errors if issue.row is None]:
            return self.tr(
                "The import will be refused and nothing written, whatever the options: {problem}"
            ).format(problem=whole_file[0].message)
        errors = len(rows_with(report, Severity.ERROR))
        if errors and not self.ui.skipInvalid.isChecked():
            return self.tr(
                "As things stand the import will be refused and nothing written: {rows} with "
                "errors. Correct them in the workbook and check again (Back, then Next), or skip "
                "them."
            ).format(rows=rows_text(errors))
        return self.tr("Import will give: {counts}.").format(counts=counts_text(report))

    def _choose_error_report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write the rows with errors to"),
            self.ui.errorReportPath.text(),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self.ui.errorReportPath.setText(name if name.endswith(".xlsx") else f"{name}.xlsx")
