"""The columns of the Requisitions page, and the filter that shows the requisitions of some
statuses only; kept apart from the page, which holds the actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from lsa_desktop.domain.enums import Priority, RequisitionStatus
from lsa_desktop.domain.requisitions import OPEN_STATUSES
from lsa_desktop.services.supply import RequisitionRow
from lsa_desktop.views.pages.row_list_model import Column, Style, date_key, date_text, number_text
from lsa_desktop.views.table_models.requisition_labels import priority_label, status_label
from lsa_desktop.views.table_models.roles import ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex
_OVERDUE = Style(foreground="#b91c1c", bold=True)
_PRIORITY_RANK = {Priority.IMMEDIATE: 0, Priority.URGENT: 1, Priority.ROUTINE: 2}
_STATUS_RANK = {status: rank for rank, status in enumerate(RequisitionStatus)}
S = RequisitionStatus

#: The choices of the status filter, in its order: key -> the statuses shown (None: all).
STATUS_FILTERS: dict[str, frozenset[RequisitionStatus] | None] = {
    "open": OPEN_STATUSES,
    "awaiting": frozenset({S.SUBMITTED}),
    "drafts": frozenset({S.DRAFT, S.RETURNED}),
    "delivering": frozenset({S.APPROVED, S.PARTIALLY_FULFILLED}),
    "finished": frozenset({S.FULFILLED, S.CLOSED, S.REJECTED, S.CANCELLED}),
    "all": None,
}


def is_overdue(row: RequisitionRow, today: date) -> bool:
    return row.required_by is not None and row.required_by < today and row.status in OPEN_STATUSES


class StatusFilter(QSortFilterProxyModel):
    """Keeps the rows whose status is among those chosen (all when None)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[RequisitionStatus] | None = None

    def set_statuses(self, statuses: frozenset[RequisitionStatus] | None) -> None:
        self.beginFilterChange()
        self._statuses = statuses
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._statuses is None:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return isinstance(row, RequisitionRow) and row.status in self._statuses


def requisition_columns(today: date) -> list[Column[RequisitionRow]]:
    """Reference, unit, priority, status, dates, lines, value and justification; a required-by
    date past ``today`` stands out while the requisition is open."""

    tr = QCoreApplication.translate
    overdue_tip = tr("RequisitionsPage", "Past its required-by date and not yet fulfilled")
    return [
        Column(tr("RequisitionsPage", "Reference"), lambda r: r.reference, lambda r: r.reference),
        Column(
            tr("RequisitionsPage", "Unit"),
            lambda r: r.unit_code,
            lambda r: r.unit_code,
            tooltip=lambda r: r.unit_name,
        ),
        Column(
            tr("RequisitionsPage", "Priority"),
            lambda r: priority_label(r.priority),
            lambda r: _PRIORITY_RANK[r.priority],
        ),
        Column(
            tr("RequisitionsPage", "Status"),
            lambda r: status_label(r.status),
            lambda r: _STATUS_RANK[r.status],
        ),
        Column(
            tr("RequisitionsPage", "Requested on"),
            lambda r: date_text(r.requested_on),
            lambda r: date_key(r.requested_on),
        ),
        Column(
            tr("RequisitionsPage", "Required by"),
            lambda r: date_text(r.required_by),
            lambda r: date_key(r.required_by),
            style=lambda r: _OVERDUE if is_overdue(r, today) else None,
            tooltip=lambda r: overdue_tip if is_overdue(r, today) else "",
        ),
        Column(
            tr("RequisitionsPage", "Lines"),
            lambda r: number_text(r.line_count),
            lambda r: r.line_count,
            numeric=True,
        ),
        Column(
            tr("RequisitionsPage", "Total (USD)"),
            lambda r: number_text(r.total_usd),
            lambda r: r.total_usd,
            numeric=True,
        ),
        Column(
            tr("RequisitionsPage", "Justification"),
            lambda r: " ".join(r.justification.split()),  # one line in the table
            lambda r: r.justification,
            tooltip=lambda r: r.justification,
        ),
    ]
