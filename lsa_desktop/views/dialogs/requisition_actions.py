"""What can be done to one requisition, for its form and for the Requisitions page alike: the steps
of its workflow (submit, approve, reject, return for changes, reopen, cancel, close) and its
printouts (print with a preview, save as PDF).

Which steps are allowed is the domain's business (``allowed_actions``, the same rule the service
applies): the owner enables its buttons from it, and a step the service still refuses (someone
else moved the requisition meanwhile) comes back as its sentence through ``refused``, nothing
changed. Approving, rejecting and returning open the decision dialog; cancelling asks for the
reason, which the timeline keeps. Every step is one write off the GUI thread; ``changed`` then
carries the requisition as it now stands, ``refused`` the error of a step refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from lsa_desktop.domain.enums import Decision
from lsa_desktop.domain.requisitions import Action
from lsa_desktop.errors import UserError

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.reports.printing import PaperSize
    from lsa_desktop.services.requisitions import RequisitionDetail

#: The actions that record an approver's decision, and the decision each records.
DECISIONS = {
    Action.APPROVE: Decision.APPROVED,
    Action.REJECT: Decision.REJECTED,
    Action.RETURN: Decision.RETURNED,
}


class RequisitionActions(QObject):
    changed = Signal(object)  # the RequisitionDetail after a step
    refused = Signal(object)  # the UserError of a step refused (its sentence); nothing changed
    pdfSaved = Signal(object)  # the Path of the PDF written
    busyChanged = Signal(bool)  # a step is being written (its buttons wait)

    def __init__(self, app: LsaApplication, parent: QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self._parent = parent
        #: The decision dialog or the reason question opened last (tests answer it).
        self.dialog: QDialog | None = None
        self._writing = 0

    @property
    def busy(self) -> bool:
        return self._writing > 0

    def trigger(self, action: Action, detail: RequisitionDetail) -> None:
        """Take ``action`` on the requisition ``detail`` (asking what the step needs first)."""
        decision = DECISIONS.get(action)
        if decision is not None:
            self._decide(detail, decision)
        elif action is Action.CANCEL:
            self._ask_reason(detail)
        else:
            service = self.app.services.requisitions
            steps: dict[Action, tuple[str, Callable[[Any], RequisitionDetail]]] = {
                Action.SUBMIT: (self.tr("Submitting {reference}…"), service.submit),
                Action.REOPEN: (self.tr("Reopening {reference}…"), service.reopen),
                Action.CLOSE: (self.tr("Closing {reference}…"), service.close),
            }
            label, step = steps[action]
            requisition_id = detail.id
            self._write(label.format(reference=detail.reference), lambda: step(requisition_id))

    def _write(self, label: str, job: Callable[[], RequisitionDetail]) -> None:
        task = self.app.tasks.run(
            job,
            write=True,
            label=label,
            parent=self._parent,
            on_success=self.changed.emit,
            on_failure=self._failed,
        )
        self._writing += 1
        self.busyChanged.emit(True)
        task.finished.connect(self._written)

    def _written(self) -> None:
        self._writing -= 1
        self.busyChanged.emit(self.busy)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):  # RefusedTransition and ValidationFailed among them
            self.refused.emit(exc)
        else:
            self.app.report_error(exc, self._parent)

    def _decide(self, detail: RequisitionDetail, decision: Decision) -> None:
        from lsa_desktop.views.dialogs.decision_dialog import DecisionDialog

        dialog = DecisionDialog(self.app, detail, decision, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.changed.emit)
        self._remember(dialog)

    def _ask_reason(self, detail: RequisitionDetail) -> None:
        prompt = QInputDialog(self._parent)
        prompt.setObjectName("cancelReasonPrompt")
        prompt.setWindowTitle(self.tr("Cancel {reference}").format(reference=detail.reference))
        prompt.setLabelText(
            self.tr(
                "Cancelling is final: the requisition stops counting against the gaps. Why is it "
                "cancelled? The reason is kept in its timeline."
            )
        )
        prompt.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        prompt.setOkButtonText(self.tr("Cancel the requisition"))
        prompt.setCancelButtonText(self.tr("Keep it"))
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        service = self.app.services.requisitions
        requisition_id = detail.id
        label = self.tr("Cancelling {reference}…").format(reference=detail.reference)

        def cancel(reason: str) -> None:
            self._write(label, lambda: service.cancel(requisition_id, reason.strip()))

        prompt.textValueSelected.connect(cancel)
        self._remember(prompt)

    def _remember(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.destroyed.connect(self._forget)
        dialog.open()

    def _forget(self) -> None:
        self.dialog = None

    # --- printouts -------------------------------------------------------------------------------

    def print_requisition(self, detail: RequisitionDetail) -> None:
        """Print the requisition, through the print preview."""
        from lsa_desktop.reports.print_dialogs import print_with_preview

        title = self._title(detail)
        self._render(
            detail, lambda html: print_with_preview(html, self._paper(), title, self._parent)
        )

    def save_pdf(self, detail: RequisitionDetail) -> None:
        """Ask where, then lay the requisition out and write the PDF there off the GUI thread."""
        from lsa_desktop.reports.print_dialogs import ask_pdf_path
        from lsa_desktop.reports.printing import write_pdf

        path = ask_pdf_path(f"{detail.reference}.pdf", self._parent)
        if path is None:
            return
        paper, title, html = self._paper(), self._title(detail), self._html(detail)
        self.app.tasks.run(
            lambda: write_pdf(html(), path, paper, title),
            label=self.tr("Saving {name}…").format(name=path.name),
            parent=self._parent,
            on_success=lambda _none: self.pdfSaved.emit(path),
        )

    def _render(self, detail: RequisitionDetail, then: Callable[[str], object]) -> None:
        """Lay the requisition out as HTML off the GUI thread (pure Python), then ``then``."""
        self.app.tasks.run(
            self._html(detail),
            label=self.tr("Preparing {reference}…").format(reference=detail.reference),
            parent=self._parent,
            on_success=then,
        )

    def _html(self, detail: RequisitionDetail) -> Callable[[], str]:
        """The job that lays ``detail`` out, marked and signed as the settings say now."""
        from lsa_desktop.reports.requisition_html import requisition_html

        settings = self.app.settings
        classification, user = settings.classification, settings.current_user
        printed_at = datetime.now().astimezone()
        return lambda: requisition_html(
            detail, classification=classification, printed_by=user, printed_at=printed_at
        )

    def _title(self, detail: RequisitionDetail) -> str:
        return self.tr("Requisition {reference}").format(reference=detail.reference)

    def _paper(self) -> PaperSize:
        from lsa_desktop.reports.printing import PaperSize

        try:
            return PaperSize(self.app.settings.paper_size)
        except ValueError:  # a settings file edited by hand: print on the default paper
            return PaperSize.A4
