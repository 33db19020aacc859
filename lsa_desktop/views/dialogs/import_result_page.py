"""The import wizard's last page: the import running, with its progress, then what it did.

Entering the page starts the import as a write job (``app.tasks``, the one ordered writer; the
pages refresh through ``dataChanged`` when it ends). Its progress shows in the page's own bar, and
the wizard's Cancel button (or Escape) stops it: the engine is closed at its next step and rolls
back, so the database is left exactly as it was. The outcome is then told in the page: what was
written ("58 new, 0 updated, 0 unchanged, 2 skipped") and the references created, or that the
import was refused, cancelled or failed with nothing written; and where the error report went.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizardPage

from lsa_desktop.domain.enums import Severity
from lsa_desktop.errors import UserError
from lsa_desktop.progress import Progress
from lsa_desktop.views.dialogs.import_jobs import (
    ImportChoice,
    ImportDone,
    import_and_report,
    rows_with,
)
from lsa_desktop.views.dialogs.import_words import counts_text, rows_text
from lsa_desktop.views.forms.ui_import_wizard_result import Ui_ImportResultPage

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.tasks import Task


class ResultPage(QWizardPage):
    #: The import wrote its rows (the ``ImportReport``).
    imported = Signal(object)
    #: The import is over, whatever its outcome: written, refused, cancelled or failed.
    ended = Signal()

    def __init__(
        self, app: LsaApplication, choice: ImportChoice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportResultPage()
        self.ui.setupUi(self)
        self.app = app
        self.choice = choice
        self._task: Task | None = None
        self.done: ImportDone | None = None
        self._over = False

    @property
    def running(self) -> bool:
        return self._task is not None

    def isComplete(self) -> bool:
        return self._over

    def initializePage(self) -> None:
        choice = self.choice
        assert choice.path is not None and choice.kind is not None
        self.ui.headline.setText(self.tr("Importing {file}…").format(file=choice.path.name))
        self.setSubTitle(self.tr("Cancel stops the import and leaves the database as it was."))
        self._show(details="", problem="")
        self.ui.progress.setRange(0, 0)
        self.ui.progress.setVisible(True)
        store, user = self.app.services.store, self.app.settings.current_user
        path, kind, options = choice.path, choice.kind, choice.options()
        error_report = choice.error_report
        self._task = self.app.tasks.run(
            lambda: import_and_report(
                store, path, kind, options, user=user, error_report=error_report
            ),
            write=True,
            label=self.tr("Importing {file}…").format(file=path.name),
            parent=self,
            show_progress=False,
            on_success=self._finished,
            on_failure=self._failed,
        )
        self._task.progressed.connect(self._progressed)
        self._task.cancelled.connect(self._cancelled)

    def cancel(self) -> None:
        """Stop the import at its next step; nothing it did is kept."""
        if self._task is not None:
            self._task.cancel()
            self.ui.step.setText(self.tr("Stopping: nothing will be written…"))

    # --- the job's news ---------------------------------------------------------------------------

    def _progressed(self, step: Progress) -> None:
        if self._task is not None and self._task.cancel_requested:
            return  # "Stopping…" stays
        self.ui.progress.setRange(0, max(step.total, 0))
        if step.total > 0:
            self.ui.progress.setValue(min(step.done, step.total))
        self.ui.step.setText(step.message)

    def _finished(self, done: ImportDone) -> None:
        self.done = done
        report = done.report
        if report.written:
            self.ui.headline.setText(
                self.tr("Imported: {counts}.").format(counts=counts_text(report))
            )
        elif errors := rows_with(report, Severity.ERROR):
            self.ui.headline.setText(
                self.tr(
                    "Refused, and nothing was written: {rows} with errors. Correct them in the "
                    "workbook and import it again, or skip them."
                ).format(rows=rows_text(len(errors)))
            )
        else:  # an error about the whole file (a required column missing)
            self.ui.headline.setText(
                self.tr("Refused, and nothing was written: {problem}").format(
                    problem=report.errors[0].message if report.errors else ""
                )
            )
        details = list(report.created)
        if done.error_report is not None:
            details.append(
                self.tr("The rows with errors ({rows}) were written to {path}.").format(
                    rows=rows_text(done.error_report_rows), path=done.error_report
                )
            )
        self._show(details="\n".join(details), problem=done.error_report_problem)
        self._end()
        if report.written:
            self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.ui.headline.setText(self.tr("The import stopped, and nothing was written."))
        if isinstance(error, UserError):
            self._show(details="", problem=str(error))
        else:
            self._show(details="", problem="")
            self.app.report_error(error, self)
        self._end()

    def _cancelled(self) -> None:
        self.ui.headline.setText(self.tr("Import cancelled: nothing was written."))
        self._end()

    def _end(self) -> None:
        self._task = None
        self.setSubTitle(self.tr("What the import did."))
        self._over = True
        self.ui.progress.setVisible(False)
        self.ui.step.setText("")
        self.completeChanged.emit()
        self.ended.emit()

    def _show(self, *, details: str, problem: str) -> None:
        self.ui.details.setText(details)
        self.ui.details.setVisible(bool(details))
        self.ui.problem.setText(problem)
        self.ui.problem.setVisible(bool(problem))
