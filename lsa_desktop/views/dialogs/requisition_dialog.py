"""The requisition form: a header (reference, unit, who asks and when, by when, priority, why and
what happens without it) and lines typed like a spreadsheet, with their totals in USD.

One dialog for every state. A draft (new, or reopened after a return) is edited and saved as
often as needed; Submit saves what was typed and sends it for approval in one gesture. Past the
draft it is read-only and shows, per line, what was approved, pledged and delivered; the Approvals
tab holds who must approve it, this round's decisions and the timeline. The buttons of the
workflow are enabled as the requisition's state allows (the domain's rule, which the service
applies again); a step refused is told in the form, nothing lost.

Keyboard: see :mod:`lsa_desktop.views.dialogs.requisition_lines_view` for the lines; Ctrl+S or
Enter in a header field saves the draft, Escape closes.

Others open it with :func:`new_requisition` and :func:`open_requisition`, which read what it needs
off the GUI thread first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from lsa_desktop.domain.enums import Priority
from lsa_desktop.domain.requisition_rules import (
    RequisitionInput,
    check_requisition,
    check_submission,
)
from lsa_desktop.domain.requisitions import Action
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError, ValidationFailed
from lsa_desktop.views.dialogs.field_helpers import OptionalDate
from lsa_desktop.views.dialogs.fleet_fields import (
    choose,
    choose_or_offer,
    chosen_id,
    chosen_member,
    date_of,
    fill,
    hide_problem_labels,
    merged,
    set_date,
    unit_options,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.dialogs.requisition_actions import RequisitionActions
from lsa_desktop.views.dialogs.requisition_approvals import ApprovalsTab
from lsa_desktop.views.dialogs.requisition_lines_model import RequisitionLinesModel
from lsa_desktop.views.dialogs.requisition_lines_view import LinesSection
from lsa_desktop.views.forms.ui_requisition_dialog import Ui_RequisitionDialog
from lsa_desktop.views.table_models.requisition_labels import (
    PRIORITY_ORDER,
    priority_label,
    status_sentence,
)

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services
    from lsa_desktop.services.requisitions import EquipmentChoice, RequisitionDetail
    from lsa_desktop.services.units import UnitOption

_HEADER_FIELDS = (
    "unit_id",
    "requested_by",
    "requested_on",
    "required_by",
    "priority",
    "justification",
    "operational_impact",
)


@dataclass(frozen=True, slots=True)
class RequisitionFormData:
    """What the form needs before it opens, read in one job off the GUI thread."""

    detail: RequisitionDetail | None  # None: a new requisition
    reference: str  # the requisition's, or the one a new requisition is about to get
    units: list[UnitOption]
    choices: list[EquipmentChoice]


def load_form_data(services: Services, requisition_id: uuid.UUID | None) -> RequisitionFormData:
    """Runs on a worker: the requisition (if any), the units and the equipment catalogue."""
    requisitions = services.requisitions
    detail = requisitions.detail(requisition_id) if requisition_id is not None else None
    return RequisitionFormData(
        detail=detail,
        reference=detail.reference if detail is not None else requisitions.next_reference(),
        units=services.units.units(),
        choices=requisitions.equipment_choices(),
    )


def new_requisition(
    app: LsaApplication,
    parent: QWidget,
    *,
    opened: Callable[[RequisitionDialog], object] | None = None,
) -> None:
    """Open the form on a new requisition (``opened`` is called with it once shown)."""
    _open(app, None, parent, opened)


def open_requisition(
    app: LsaApplication,
    requisition_id: uuid.UUID,
    parent: QWidget,
    *,
    opened: Callable[[RequisitionDialog], object] | None = None,
) -> None:
    """Open the form on requisition ``requisition_id``."""
    _open(app, requisition_id, parent, opened)


def _open(
    app: LsaApplication,
    requisition_id: uuid.UUID | None,
    parent: QWidget,
    opened: Callable[[RequisitionDialog], object] | None,
) -> None:
    services = app.services

    def show(data: RequisitionFormData) -> None:
        dialog = RequisitionDialog(app, data, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if opened is not None:
            opened(dialog)

    app.tasks.run(
        lambda: load_form_data(services, requisition_id),
        parent=parent,
        show_progress=False,
        on_success=show,
    )


class RequisitionDialog(FormDialog):
    """``saved`` carries the :class:`RequisitionDetail` saved."""

    def __init__(
        self, app: LsaApplication, data: RequisitionFormData, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_RequisitionDialog()
        self.ui.setupUi(self)
        hide_problem_labels(self)
        ui = self.ui
        self.detail: RequisitionDetail | None = None
        self._then: Action | None = None  # a step to take once the draft is saved
        self._input_rows: tuple[int, ...] = ()  # the table row of each line collected
        self._shown: dict[str, Any] | None = None  # the values as last saved
        self.lines_model = RequisitionLinesModel(self)
        self.lines_model.set_choices(data.choices)
        self.lines = LinesSection(
            self.lines_model,
            ui.lines,
            hint=ui.linesHint,
            total=ui.totalLabel,
            problems=ui.linesError,
            buttons=(ui.addLineButton, ui.removeLineButton),
        )
        self.lines_model.edited.connect(self._lines_edited)
        self.required_by = OptionalDate(ui.required_bySet, ui.required_by)
        self.approvals = ApprovalsTab(ui.requiredLabel, ui.decisions, ui.timeline)
        self.actions = RequisitionActions(app, self)
        self.actions.changed.connect(self._show_detail)
        self.actions.refused.connect(self._refused)
        self.actions.pdfSaved.connect(self._pdf_saved)
        self.actions.busyChanged.connect(lambda _busy: self._enable_actions())
        fill(ui.unit_id, unit_options(data.units), self.tr("Choose the requesting unit"))
        fill(ui.priority, [(priority_label(p), p) for p in PRIORITY_ORDER])
        self._set_up_buttons()
        for field in _HEADER_FIELDS:
            self.watch(field, getattr(ui, field))
        app.dataChanged.connect(self._reload)
        if data.detail is None:
            self._start_new(data.reference)
        else:
            self._show_detail(data.detail)

    # --- set-up ----------------------------------------------------------------------------------

    def _set_up_buttons(self) -> None:
        ui = self.ui
        #: The button of each step of the workflow.
        self.action_buttons = {
            Action.SUBMIT: ui.submitButton,
            Action.APPROVE: ui.approveButton,
            Action.REJECT: ui.rejectButton,
            Action.RETURN: ui.returnButton,
            Action.REOPEN: ui.reopenButton,
            Action.CANCEL: ui.cancelRequisitionButton,
            Action.CLOSE: ui.closeRequisitionButton,
        }
        for action, button in self.action_buttons.items():
            button.clicked.connect(partial(self.act, action))
        ui.printButton.clicked.connect(lambda: self._print(self.actions.print_requisition))
        ui.pdfButton.clicked.connect(lambda: self._print(self.actions.save_pdf))
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.addAction(save)
        self.connect_buttons(ui.buttonBox)

    # --- showing a requisition -------------------------------------------------------------------

    def _start_new(self, reference: str) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New requisition"))
        ui.titleLabel.setText(self.tr("New requisition"))
        ui.statusLabel.setText(
            self.tr(
                "New: nothing is recorded until you save it as a draft or submit it. It will be "
                "{reference} once saved."
            ).format(reference=reference)
        )
        ui.reference.setText(reference)
        ui.requested_by.setText(self.app.settings.current_user)
        set_date(ui.requested_on, date.today())
        self.required_by.set_value(None)
        choose(ui.priority, Priority.ROUTINE)
        self.lines_model.set_lines([], read_only=False)
        self.lines_model.add_line()
        self.approvals.show_detail(None)
        self._set_editable(True)
        self._enable_actions()
        ui.unit_id.setFocus()

    def _show_detail(self, detail: RequisitionDetail) -> None:
        ui = self.ui
        self.detail = detail
        title = self.tr("Requisition {reference}").format(reference=detail.reference)
        self.setWindowTitle(title)
        ui.titleLabel.setText(title)
        ui.statusLabel.setText(status_sentence(detail.status))
        ui.reference.setText(detail.reference)
        choose_or_offer(ui.unit_id, detail.unit_id, f"{detail.unit_code} — {detail.unit_name}")
        ui.requested_by.setText(detail.requested_by)
        set_date(ui.requested_on, detail.requested_on)
        self.required_by.set_value(detail.required_by, blank_shows=detail.requested_on)
        choose(ui.priority, detail.priority)
        ui.justification.setPlainText(detail.justification)
        ui.operational_impact.setPlainText(detail.operational_impact)
        self.lines_model.set_lines(detail.lines, read_only=not detail.editable)
        self.approvals.show_detail(detail)
        self._set_editable(detail.editable)
        self._enable_actions()
        self._show({})
        self._shown = self.collect()

    def _set_editable(self, editable: bool) -> None:
        ui = self.ui
        for combo in (ui.unit_id, ui.priority, ui.requested_on, ui.required_bySet):
            combo.setEnabled(editable)
        ui.required_by.setEnabled(editable and ui.required_bySet.isChecked())
        for edit in (ui.requested_by, ui.justification, ui.operational_impact):
            edit.setReadOnly(not editable)
        self.lines.set_editable(editable)
        box = ui.buttonBox
        if editable:
            box.setStandardButtons(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            save = box.button(QDialogButtonBox.StandardButton.Save)
            save.setText(self.tr("&Save draft"))
            save.setDefault(True)
        else:
            box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _enable_actions(self) -> None:
        detail = self.detail
        allowed = detail.allowed_actions if detail is not None else frozenset({Action.SUBMIT})
        waiting = self._saving or self.actions.busy
        for action, button in self.action_buttons.items():
            button.setEnabled(action in allowed and not waiting)
        for button in (self.ui.printButton, self.ui.pdfButton):
            button.setEnabled(detail is not None)

    @property
    def editable(self) -> bool:
        return not self.lines_model.read_only

    def is_modified(self) -> bool:
        """Changed since last saved (a new requisition always is)."""
        return self._shown is None or self.collect() != self._shown

    def _reload(self) -> None:
        """Something was written: a requisition shown read-only is read again (pledges and
        deliveries change its figures); a draft being typed is left alone."""
        detail = self.detail
        if detail is None or self.editable or self._saving:
            return
        service = self.app.services.requisitions
        self.app.tasks.run(
            lambda: service.detail(detail.id),
            parent=self,
            show_progress=False,
            on_success=self._reloaded,
        )

    def _reloaded(self, detail: RequisitionDetail) -> None:
        if self.detail is not None and detail.id == self.detail.id and not self.editable:
            self._show_detail(detail)

    # --- the workflow ----------------------------------------------------------------------------

    def act(self, action: Action) -> None:
        """Take a step; Submit on a draft checks what submitting needs, and saves unsaved
        changes first."""
        if self._saving or self.actions.busy:
            return
        self.ui.lines.commit_editing()
        if action is Action.SUBMIT and self.editable:
            values = self.collect()
            problems = merged(
                self._current_problems(values), check_submission(values["justification"])
            )
            if problems:
                self._show(problems.as_dict())
                return
            if self.is_modified():
                self._then = action
                self.save()
                return
        if self.detail is not None:
            self.actions.trigger(action, self.detail)

    def _refused(self, error: UserError) -> None:
        """A step refused: its problems beside their fields, or its sentence under the form."""
        self._show(error.problems if isinstance(error, ValidationFailed) else {"": str(error)})

    def _print(self, how: Callable[[RequisitionDetail], None]) -> None:
        if self.detail is not None:
            how(self.detail)

    def _pdf_saved(self, path: Path) -> None:
        self.ui.statusLabel.setText(self.tr("Saved as {path}.").format(path=path))

    # --- the form --------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        lines, self._input_rows = self.lines_model.inputs()
        return {
            "unit_id": chosen_id(ui.unit_id),
            "requested_by": ui.requested_by.text().strip(),
            "requested_on": date_of(ui.requested_on),
            "required_by": self.required_by.value(),
            "priority": chosen_member(ui.priority, Priority),
            "justification": ui.justification.toPlainText().strip(),
            "operational_impact": ui.operational_impact.toPlainText().strip(),
            "lines": lines,
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        return check_requisition(RequisitionInput(**values), today=date.today())

    def submit(self, values: Mapping[str, Any]) -> RequisitionDetail:
        service = self.app.services.requisitions
        typed = RequisitionInput(**values)
        if self.detail is None:
            return service.create(typed)
        return service.update(self.detail.id, typed)

    def save(self) -> None:
        if not self.editable:
            return
        self.ui.lines.commit_editing()
        super().save()
        if not self._saving:  # refused before anything was sent: the problems are shown
            self._then = None
        self._enable_actions()

    def _saved(self, result: Any) -> None:
        then, self._then = self._then, None
        if then is None:
            super()._saved(result)
            return
        # Saved on the way to a step: the form stays open and shows where the step leads.
        self._set_saving(False)
        self.saved.emit(result)
        self._show_detail(result)
        self.actions.trigger(then, result)

    def _failed(self, exc: BaseException) -> None:
        self._then = None
        super()._failed(exc)
        self._enable_actions()

    def _lines_edited(self) -> None:
        """A problem about the lines as a whole ("add a line") goes as soon as it is solved; the
        problems of a line being typed wait for the save (its quantity is not missing yet while
        the person is still choosing its type)."""
        if self.lines.problem:
            self.lines.problem = self._current_problems(self.collect()).as_dict().get("lines", "")
            self.lines.show_problems()

    def _show(self, problems: Mapping[str, str], only: set[str] | None = None) -> None:
        """Problems of single lines (``lines[I].field``) mark their cells and are listed under
        the table; the others show beside their fields as in every form."""
        per_line = {key: text for key, text in problems.items() if key.startswith("lines[")}
        header = {key: text for key, text in problems.items() if key not in per_line}
        if per_line:
            self.lines_model.set_problems(per_line, self._input_rows)
        super()._show(header, only)
        if only is None or "lines" in only:
            self.lines.problem = header.get("lines", "")
            self.lines.show_problems()
        placed = any(field and self._label(field) is not None for field in header)
        if per_line and only is None and not placed:
            self.ui.tabs.setCurrentWidget(self.ui.detailsTab)
            self.lines.go_to_first_problem()

    def line_problems(self) -> str:
        """What is said under the lines now ("" when nothing), for tests and accessibility."""
        return self.lines.problems_text()
