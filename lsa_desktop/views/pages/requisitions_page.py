"""Requisitions, read-only: what each unit asked for, how urgent, where it stands, what it costs.

Raising, approving and sending requisitions to donors arrives with a later issue; this page shows
the real ones already in the database.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import Priority, RequisitionStatus
from lsa_desktop.services import Services
from lsa_desktop.services.supply import RequisitionRow
from lsa_desktop.tasks import TaskRunner
from lsa_desktop.views.forms.ui_requisitions_page import Ui_RequisitionsPage
from lsa_desktop.views.pages.list_page import ListPage
from lsa_desktop.views.pages.row_list_model import (
    Column,
    Style,
    date_key,
    date_text,
    number_text,
)

#: Statuses in which a requisition still waits for something (a decision, or the goods).
OPEN_STATUSES = (
    RequisitionStatus.DRAFT,
    RequisitionStatus.SUBMITTED,
    RequisitionStatus.RETURNED,
    RequisitionStatus.APPROVED,
    RequisitionStatus.PARTIALLY_FULFILLED,
)
_OVERDUE = Style(foreground="#b91c1c", bold=True)
_PRIORITY_RANK = {Priority.IMMEDIATE: 0, Priority.URGENT: 1, Priority.ROUTINE: 2}
_STATUS_RANK = {status: rank for rank, status in enumerate(RequisitionStatus)}


def priority_label(priority: Priority) -> str:
    tr = QCoreApplication.translate
    return {
        Priority.IMMEDIATE: tr("Labels", "Immediate"),
        Priority.URGENT: tr("Labels", "Urgent"),
        Priority.ROUTINE: tr("Labels", "Routine"),
    }[priority]


def status_label(status: RequisitionStatus) -> str:
    tr = QCoreApplication.translate
    return {
        RequisitionStatus.DRAFT: tr("Labels", "Draft"),
        RequisitionStatus.SUBMITTED: tr("Labels", "Submitted"),
        RequisitionStatus.APPROVED: tr("Labels", "Approved"),
        RequisitionStatus.REJECTED: tr("Labels", "Rejected"),
        RequisitionStatus.RETURNED: tr("Labels", "Returned"),
        RequisitionStatus.PARTIALLY_FULFILLED: tr("Labels", "Partly fulfilled"),
        RequisitionStatus.FULFILLED: tr("Labels", "Fulfilled"),
        RequisitionStatus.CLOSED: tr("Labels", "Closed"),
        RequisitionStatus.CANCELLED: tr("Labels", "Cancelled"),
    }[status]


def is_overdue(row: RequisitionRow, today: date) -> bool:
    return row.required_by is not None and row.required_by < today and row.status in OPEN_STATUSES


class RequisitionsPage(ListPage):
    def __init__(
        self, services: Services, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RequisitionsPage()
        self.ui.setupUi(self)
        supply = services.supply
        self._set_up_list(
            tasks=tasks,
            fetch=supply.requisitions,
            columns=self._columns(),
            table=self.ui.table,
            filter_edit=self.ui.filterEdit,
            summary_label=self.ui.summaryLabel,
            stretch_column=8,
            sort_column=4,
            sort_order=Qt.SortOrder.DescendingOrder,
        )

    def summary(self, rows: list[RequisitionRow]) -> str:
        if not rows:
            return self.tr("No requisitions have been recorded yet.")
        total = sum(row.total_usd for row in rows)
        waiting = sum(row.status == RequisitionStatus.SUBMITTED for row in rows)
        approved = sum(
            row.status in (RequisitionStatus.APPROVED, RequisitionStatus.PARTIALLY_FULFILLED)
            for row in rows
        )
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

    def _columns(self) -> list[Column[RequisitionRow]]:
        today = date.today()
        overdue_tip = self.tr("Past its required-by date and not yet fulfilled")
        return [
            Column(self.tr("Reference"), lambda r: r.reference, lambda r: r.reference),
            Column(
                self.tr("Unit"),
                lambda r: r.unit_code,
                lambda r: r.unit_code,
                tooltip=lambda r: r.unit_name,
            ),
            Column(
                self.tr("Priority"),
                lambda r: priority_label(r.priority),
                lambda r: _PRIORITY_RANK[r.priority],
            ),
            Column(
                self.tr("Status"),
                lambda r: status_label(r.status),
                lambda r: _STATUS_RANK[r.status],
            ),
            Column(
                self.tr("Requested on"),
                lambda r: date_text(r.requested_on),
                lambda r: date_key(r.requested_on),
            ),
            Column(
                self.tr("Required by"),
                lambda r: date_text(r.required_by),
                lambda r: date_key(r.required_by),
                style=lambda r: _OVERDUE if is_overdue(r, today) else None,
                tooltip=lambda r: overdue_tip if is_overdue(r, today) else "",
            ),
            Column(
                self.tr("Lines"),
                lambda r: number_text(r.line_count),
                lambda r: r.line_count,
                numeric=True,
            ),
            Column(
                self.tr("Total (USD)"),
                lambda r: number_text(r.total_usd),
                lambda r: r.total_usd,
                numeric=True,
            ),
            Column(
                self.tr("Justification"),
                lambda r: " ".join(r.justification.split()),  # one line in the table
                lambda r: r.justification,
                tooltip=lambda r: r.justification,
            ),
        ]
