"""What the requisition vocabularies read as on screen: priorities, statuses (and what each one
means for the person), decisions, pledge coverage, and the approvers a priority needs.

Kept apart from :mod:`lsa_desktop.views.table_models.labels` while issue 4 is built by several
hands; every label is marked for translation in the same ``Labels`` context, so the two can be
merged without a translator noticing.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lsa_desktop.domain.enums import Decision, Priority, RequisitionStatus
from lsa_desktop.domain.requisitions import ANY_APPROVER, Coverage

_LABELS: dict[type[Enum], dict[Enum, str]] = {
    Priority: {
        Priority.IMMEDIATE: QT_TRANSLATE_NOOP("Labels", "Immediate"),
        Priority.URGENT: QT_TRANSLATE_NOOP("Labels", "Urgent"),
        Priority.ROUTINE: QT_TRANSLATE_NOOP("Labels", "Routine"),
    },
    RequisitionStatus: {
        RequisitionStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
        RequisitionStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted"),
        RequisitionStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
        RequisitionStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
        RequisitionStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned"),
        RequisitionStatus.PARTIALLY_FULFILLED: QT_TRANSLATE_NOOP("Labels", "Partly fulfilled"),
        RequisitionStatus.FULFILLED: QT_TRANSLATE_NOOP("Labels", "Fulfilled"),
        RequisitionStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
        RequisitionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    Decision: {
        Decision.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
        Decision.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
        Decision.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned for changes"),
    },
    Coverage: {
        Coverage.NONE: QT_TRANSLATE_NOOP("Labels", "None"),
        Coverage.PARTIAL: QT_TRANSLATE_NOOP("Labels", "Partial"),
        Coverage.FULL: QT_TRANSLATE_NOOP("Labels", "Full"),
    },
}

#: Priorities from the most pressing: the order of every list and picker.
PRIORITY_ORDER = (Priority.IMMEDIATE, Priority.URGENT, Priority.ROUTINE)


def requisition_label(member: Enum) -> str:
    """The translated label of a priority, status, decision or coverage."""
    source = _LABELS.get(type(member), {}).get(member)
    return QCoreApplication.translate("Labels", source) if source else str(member.value)


def priority_label(priority: Priority) -> str:
    return requisition_label(priority)


def status_label(status: RequisitionStatus) -> str:
    return requisition_label(status)


def status_sentence(status: RequisitionStatus) -> str:
    """Where a requisition in ``status`` stands, and what comes next, in one sentence."""
    tr = QCoreApplication.translate
    S = RequisitionStatus
    return {
        S.DRAFT: tr(
            "Labels",
            "Draft: not yet submitted. Save it as often as needed; Submit sends it for approval.",
        ),
        S.SUBMITTED: tr("Labels", "Submitted: waiting for a decision (see the Approvals tab)."),
        S.APPROVED: tr("Labels", "Approved: waiting for donors to pledge and deliver."),
        S.PARTIALLY_FULFILLED: tr("Labels", "Partly fulfilled: some approved items have arrived."),
        S.FULFILLED: tr("Labels", "Fulfilled: everything approved has arrived. Close it."),
        S.REJECTED: tr("Labels", "Rejected: final. The reason is in its timeline."),
        S.RETURNED: tr(
            "Labels",
            "Returned for changes: reopen it as a draft, change it, then submit it again.",
        ),
        S.CLOSED: tr("Labels", "Closed."),
        S.CANCELLED: tr("Labels", "Cancelled: final. The reason is in its timeline."),
    }[status]


def approver_label(entry: str) -> str:
    """A required approver as a person reads it: a name, a role, or anyone but the requester."""
    if entry == ANY_APPROVER:
        return QCoreApplication.translate("Labels", "anyone other than the requester")
    return entry


def approvers_sentence(required: Sequence[str]) -> str:
    """Who must approve, in one sentence ("Needs the approval of: …")."""
    tr = QCoreApplication.translate
    if not required or tuple(required) == (ANY_APPROVER,):
        return tr("Labels", "Needs one approval, by anyone other than the requester.")
    return tr("Labels", "Needs the approval of: {approvers}.").format(
        approvers="; ".join(approver_label(entry) for entry in required)
    )
