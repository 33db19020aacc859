"""The Approvals tab of the requisition form: who must approve the requisition (from the mission's
approval rules for its priority), the decisions recorded since it was last submitted, and its
timeline, one sentence per step with who took it, when, and the comment given."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from lsa_desktop.views.pages.row_list_model import NO_VALUE, Column, RowListModel, compact_rows
from lsa_desktop.views.table_models.requisition_labels import (
    approvers_sentence,
    requisition_label,
)

if TYPE_CHECKING:
    from lsa_desktop.services.requisitions import (
        ApprovalDetail,
        RequisitionDetail,
        TimelineEntry,
    )


def moment_text(at: datetime) -> str:
    """A moment in the laptop's time zone, to the minute."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def one_line(text: str) -> str:
    return " ".join(text.split())


class ApprovalsTab(QObject):
    """Fills the tab's widgets (made in the form's Designer layout) from a requisition."""

    def __init__(self, required_label: QLabel, decisions: QTableView, timeline: QTableView) -> None:
        super().__init__(required_label)
        self._required = required_label
        self.decisions: RowListModel[ApprovalDetail] = RowListModel(self._decision_columns(), self)
        self.timeline: RowListModel[TimelineEntry] = RowListModel(self._timeline_columns(), self)
        for view, model, stretch in ((decisions, self.decisions, 4), (timeline, self.timeline, 2)):
            view.setModel(model)
            compact_rows(view)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.show_detail(None)

    def show_detail(self, detail: RequisitionDetail | None) -> None:
        if detail is None:
            self._required.setText(
                self.tr("Once saved and submitted, its approvals and its history show here.")
            )
            self.decisions.set_rows([])
            self.timeline.set_rows([])
            return
        self._required.setText(approvers_sentence(detail.required_approvers))
        self.decisions.set_rows(detail.current_approvals)
        self.timeline.set_rows(detail.timeline)

    def _decision_columns(self) -> list[Column[ApprovalDetail]]:
        return [
            Column(self.tr("Approver"), lambda a: a.approver, lambda a: a.approver),
            Column(self.tr("Role"), lambda a: a.role or NO_VALUE, lambda a: a.role),
            Column(
                self.tr("Decision"),
                lambda a: requisition_label(a.decision),
                lambda a: a.decision.value,
            ),
            Column(self.tr("When"), lambda a: moment_text(a.decided_at), lambda a: a.decided_at),
            Column(
                self.tr("Comment"),
                lambda a: one_line(a.comment),
                lambda a: a.comment,
                tooltip=lambda a: a.comment,
            ),
        ]

    def _timeline_columns(self) -> list[Column[TimelineEntry]]:
        return [
            Column(self.tr("When"), lambda e: moment_text(e.at), lambda e: e.at),
            Column(self.tr("By"), lambda e: e.user, lambda e: e.user),
            Column(self.tr("What"), lambda e: e.text, lambda e: e.text, tooltip=lambda e: e.text),
            Column(
                self.tr("Comment"),
                lambda e: one_line(e.comment),
                lambda e: e.comment,
                tooltip=lambda e: e.comment,
            ),
        ]
