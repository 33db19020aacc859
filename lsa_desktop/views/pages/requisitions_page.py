"""Requisitions: what each unit asked for, how urgent, where it stands, what it costs; and what is
done with them: raise one, open it, and take the next step of its workflow from the list.

The list shows the open requisitions first (a filter offers those awaiting a decision, the drafts,
those approved and waiting for delivery, the finished ones, or all), of every unit or of one unit
or contingent; the filter box narrows it by any column. The toolbar and the table's context menu hold the actions on the requisition selected,
each enabled only when its status allows it (the domain's rule, which the service applies again).
Approving, rejecting and returning open the decision dialog; cancelling asks for the reason; a
step refused is told as its sentence.

Keyboard: Ctrl+N a new requisition; Enter, F2 or a double-click opens the one selected; Ctrl+P
prints it. Every step is one write: the pages refresh when it is done (``app.dataChanged``), the
list keeping the requisition selected.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QToolBar, QWidget

from lsa_desktop.domain.enums import RequisitionStatus
from lsa_desktop.domain.requisitions import Action, allowed_actions
from lsa_desktop.errors import UserError
from lsa_desktop.services.supply import RequisitionRow
from lsa_desktop.tasks import TaskRunner
from lsa_desktop.views.dialogs.field_helpers import page_action
from lsa_desktop.views.dialogs.messages import show_information
from lsa_desktop.views.dialogs.requisition_actions import RequisitionActions
from lsa_desktop.views.donor_workbooks import DonorWorkbooks
from lsa_desktop.views.forms.ui_requisitions_page import Ui_RequisitionsPage
from lsa_desktop.views.pages.list_page import ListPage
from lsa_desktop.views.pages.requisition_columns import (
    STATUS_FILTERS,
    StatusFilter,
    is_overdue,
    requisition_columns,
)
from lsa_desktop.views.pages.row_list_model import number_text
from lsa_desktop.views.table_models.roles import ROW_ROLE
from lsa_desktop.views.widgets.row_filters import (
    UnitCodeFilter,
    check_names,
    choose_place,
    contingent_chosen,
    fill_place_combo,
    unit_chosen,
    unit_codes,
)

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services
    from lsa_desktop.services.requisitions import RequisitionDetail

_Index = QModelIndex | QPersistentModelIndex
S = RequisitionStatus

__all__ = ["RequisitionsPage", "is_overdue"]


def _application() -> LsaApplication:
    from lsa_desktop.app import LsaApplication

    app = QApplication.instance()
    assert isinstance(app, LsaApplication), "the pages run inside LsaApplication"
    return app


class RequisitionsPage(ListPage):
    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        app: LsaApplication | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app if app is not None else _application()
        self.ui = Ui_RequisitionsPage()
        self.ui.setupUi(self)
        #: The requisition form opened last from this page.
        self.dialog: QDialog | None = None
        self._keep_id: uuid.UUID | None = None  # selected again once the list is read again
        self.actions = RequisitionActions(self.app, self)
        self.actions.refused.connect(self._refused)
        self._set_up_list(
            tasks=tasks,
            fetch=services.supply.requisitions,
            columns=requisition_columns(date.today()),
            table=self.ui.table,
            filter_edit=self.ui.filterEdit,
            summary_label=self.ui.summaryLabel,
            stretch_column=8,
            sort_column=4,
            sort_order=Qt.SortOrder.DescendingOrder,
        )
        self.status_filter = StatusFilter(self)
        self.status_filter.setSourceModel(self.model)
        self.unit_filter = UnitCodeFilter(self)
        self.unit_filter.setSourceModel(self.status_filter)
        self.proxy.setSourceModel(self.unit_filter)
        self._set_up_actions()
        self._set_up_status_filter()
        self._refill_units()
        self.ui.unitFilter.currentIndexChanged.connect(self._unit_chosen)

    def summary(self, rows: list[RequisitionRow]) -> str:
        if not rows:
            return self.tr("No requisitions have been recorded yet.")
        total = sum(row.total_usd for row in rows)
        waiting = sum(row.status == S.SUBMITTED for row in rows)
        approved = sum(row.status in (S.APPROVED, S.PARTIALLY_FULFILLED) for row in rows)
        overdue = sum(is_overdue(row, date.today()) for row in rows)
        if len(rows) == 1:
            count = self.tr("1 requisition")
        else:
            count = self.tr("{count} requisitions").format(count=number_text(len(rows)))
        return self.tr(
            "{count} worth USD {total}: {waiting} awaiting a decision, {approved} "
            "approved and not yet fulfilled, {overdue} past their required-by date."
        ).format(
            count=count,
            total=number_text(total),
            waiting=waiting,
            approved=approved,
            overdue=overdue,
        )

    # --- the status filter -----------------------------------------------------------------------

    def _set_up_status_filter(self) -> None:
        combo = self.ui.statusFilter
        texts = {
            "open": self.tr("Open"),
            "awaiting": self.tr("Awaiting a decision"),
            "drafts": self.tr("Drafts and returned"),
            "delivering": self.tr("Approved, awaiting delivery"),
            "finished": self.tr("Fulfilled, closed, rejected or cancelled"),
            "all": self.tr("All"),
        }
        for key in STATUS_FILTERS:
            combo.addItem(texts[key], key)
        combo.currentIndexChanged.connect(self._status_chosen)
        self._status_chosen()

    def show_statuses(self, key: str) -> None:
        """Choose the filter ``key`` of :data:`STATUS_FILTERS`."""
        self.ui.statusFilter.setCurrentIndex(self.ui.statusFilter.findData(key))

    # --- the unit filter -------------------------------------------------------------------------

    def _show(self, rows: Sequence[Any]) -> None:
        self._refill_units()  # units and their codes as they are now, with the rows read
        super()._show(rows)

    def _refill_units(self) -> None:
        units = self.app.services.units
        self._units = units.units()
        fill_place_combo(self.ui.unitFilter, units.contingents(), self._units)
        self._unit_chosen()

    @Slot()
    def _unit_chosen(self) -> None:
        combo = self.ui.unitFilter
        codes = unit_codes(self._units, unit_chosen(combo), contingent_chosen(combo))
        self.unit_filter.set_unit_codes(codes)
        self._emit_count()
        self._follow_selection()

    def show_rows(self, filters: Mapping[str, Any]) -> None:
        """List exactly the requisitions behind a figure: those of ``unit_id`` or
        ``contingent_id`` (or every unit's) whose ``status`` is one that a choice of the status
        filter shows alone (SUBMITTED: "Awaiting a decision"), or of every status; the filter
        box emptied."""
        check_names("requisitions", filters, {"status", "unit_id", "contingent_id"})
        status = filters.get("status")
        if status is None:
            key = "all"
        else:
            wanted = frozenset({RequisitionStatus(status)})
            keys = [key for key, statuses in STATUS_FILTERS.items() if statuses == wanted]
            if not keys:
                raise ValueError(f"the status filter shows no choice of {status} alone")
            key = keys[0]
        self.filter_edit.clear()
        choose_place(self.ui.unitFilter, filters.get("unit_id"), filters.get("contingent_id"))
        self._unit_chosen()
        self.show_statuses(key)

    @Slot()
    def _status_chosen(self) -> None:
        self.status_filter.set_statuses(STATUS_FILTERS[self.ui.statusFilter.currentData()])
        self._emit_count()
        self._follow_selection()

    # --- actions ---------------------------------------------------------------------------------

    def _set_up_actions(self) -> None:
        view = self.ui.table

        def on_row(
            name: str, text: str, slot: Callable[[], object], tip: str, **keys: Any
        ) -> QAction:
            return page_action(view, name, text, slot, tip=tip, widget_only=True, **keys)

        self.new_action = page_action(
            self,
            "newRequisitionAction",
            self.tr("&New requisition…"),
            self.new_requisition,
            shortcuts=[QKeySequence.StandardKey.New],
            tip=self.tr("Raise a requisition"),
        )
        self.open_action = on_row(
            "openRequisitionAction",
            self.tr("&Open…"),
            self.open_selected,
            self.tr("Open the selected requisition"),
            shortcuts=["Return", "Enter", "F2"],
        )
        steps = (
            (Action.SUBMIT, self.tr("Su&bmit"), self.tr("Send the draft for approval")),
            (Action.APPROVE, self.tr("&Approve…"), self.tr("Record an approval")),
            (Action.REJECT, self.tr("Re&ject…"), self.tr("Refuse it, saying why")),
            (
                Action.RETURN,
                self.tr("Return for c&hanges…"),
                self.tr("Send it back to the requester, saying what to change"),
            ),
            (Action.REOPEN, self.tr("Reo&pen"), self.tr("Make a returned requisition a draft")),
            (Action.CANCEL, self.tr("Cancel requisitio&n…"), self.tr("Cancel it, saying why")),
            (
                Action.CLOSE,
                self.tr("&Close requisition"),
                self.tr("Close a requisition whose items have all arrived"),
            ),
        )
        self.step_actions = {
            action: on_row(f"{action.value.lower()}Action", text, partial(self.act, action), tip)
            for action, text, tip in steps
        }
        self.print_action = on_row(
            "printRequisitionAction",
            self.tr("P&rint…"),
            partial(self._with_detail, self.actions.print_requisition),
            self.tr("Print the selected requisition, with a preview"),
            shortcuts=[QKeySequence.StandardKey.Print],
        )
        self.pdf_action = on_row(
            "pdfRequisitionAction",
            self.tr("Save as P&DF…"),
            partial(self._with_detail, self.actions.save_pdf),
            self.tr("Save the selected requisition as a PDF file"),
        )
        self.rules_action = page_action(
            self,
            "approvalRulesAction",
            self.tr("Appro&val rules…"),
            self.approval_rules,
            tip=self.tr("Who must approve a requisition, by priority"),
        )
        self.donor_workbooks = DonorWorkbooks(self.app, self)
        self.donor_workbooks.written.connect(self._told)
        self.donor_request_action = page_action(
            self,
            "donorRequestAction",
            self.tr("Donor re&quest workbook…"),
            lambda: self.donor_workbooks.request(None),
            tip=self.tr(
                "An Excel workbook of what the requisitions still need, for donors to fill in"
            ),
        )
        toolbar = QToolBar(self)
        toolbar.setObjectName("toolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for group in (
            (self.new_action, self.open_action),
            tuple(self.step_actions.values()),
            (self.print_action, self.pdf_action, self.rules_action),
            (self.donor_request_action,),
        ):
            for action in group:
                toolbar.addAction(action)
            toolbar.addSeparator()
        self.ui.pageLayout.insertWidget(self.ui.pageLayout.indexOf(view), toolbar)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.doubleClicked.connect(self._open_index)
        view.selectionModel().selectionChanged.connect(self._follow_selection)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.proxy.modelReset.connect(self._restore_selection)
        self._follow_selection()

    def selected_row(self) -> RequisitionRow | None:
        rows = self.ui.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        return row if isinstance(row, RequisitionRow) else None

    @Slot()
    def _follow_selection(self) -> None:
        row = self.selected_row()
        allowed = allowed_actions(row.status) if row is not None else frozenset()
        for action, menu_action in self.step_actions.items():
            menu_action.setEnabled(action in allowed)
        for menu_action in (self.open_action, self.print_action, self.pdf_action):
            menu_action.setEnabled(row is not None)

    def _remember_selection(self) -> None:
        row = self.selected_row()
        if self._keep_id is None and row is not None:
            self._keep_id = row.id

    def _restore_selection(self) -> None:
        wanted, self._keep_id = self._keep_id, None
        if wanted is not None:
            self.select(wanted)
        self._follow_selection()

    def select(self, requisition_id: uuid.UUID) -> bool:
        """Select the requisition ``requisition_id`` if the list shows it."""
        proxy = self.proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ROW_ROLE).id == requisition_id:
                self.ui.table.selectRow(row)
                self.ui.table.scrollTo(index)
                return True
        return False

    @Slot()
    def new_requisition(self) -> None:
        from lsa_desktop.views.dialogs.requisition_dialog import new_requisition

        new_requisition(self.app, self, opened=self._opened)

    @Slot()
    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.show_requisition(row.id)

    def show_requisition(self, requisition_id: uuid.UUID) -> None:
        """Open the form on requisition ``requisition_id``."""
        from lsa_desktop.views.dialogs.requisition_dialog import open_requisition

        open_requisition(self.app, requisition_id, self, opened=self._opened)

    def _open_index(self, index: _Index) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, RequisitionRow):
            self.show_requisition(row.id)

    def _opened(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._keep_selected)  # type: ignore[attr-defined]
        dialog.destroyed.connect(self._forget_dialog)

    def _keep_selected(self, detail: RequisitionDetail) -> None:
        self._keep_id = detail.id

    def _forget_dialog(self) -> None:
        self.dialog = None

    def act(self, action: Action) -> None:
        """Take ``action`` on the requisition selected (read whole first)."""
        self._with_detail(partial(self.actions.trigger, action))

    def _with_detail(self, then: Callable[[RequisitionDetail], object]) -> None:
        row = self.selected_row()
        if row is None:
            return
        service = self.app.services.requisitions
        self.app.tasks.run(
            lambda: service.detail(row.id), parent=self, show_progress=False, on_success=then
        )

    def _refused(self, error: UserError) -> None:
        self.app.report_error(error, self)

    @Slot()
    def _told(self, text: str) -> None:
        show_information(self.tr("Donor workbook"), text, self)

    def approval_rules(self) -> None:
        from lsa_desktop.views.dialogs.approval_rules_dialog import open_approval_rules

        open_approval_rules(self.app, self, opened=self._rules_opened)

    def _rules_opened(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.destroyed.connect(self._forget_dialog)
