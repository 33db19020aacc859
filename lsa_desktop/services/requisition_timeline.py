"""A requisition's timeline: what happened to it, who did it and when, one sentence each.

It is read from the records that prove it rather than kept beside them. The audit trail holds
every change set that touched the requisition or its lines: its creation, each change of status
(with the user who made it), the edits of a draft, and undos. The approvals hold who decided, in
what role, with what comment. A change set that recorded a decision is shown once, as that
decision, with the status it led to.

Requisitions written without the audit trail (the demo's bulk load) still show their creation (from
the row's own ``created_at`` and ``created_by``) and their decisions; the status a decision led to
is then inferred from the decisions of its round.

The reason for a cancellation is kept where the record can hold it: appended to the
justification, in the same audited write as the status change (:func:`with_cancel_reason`). The
timeline reads it back from that change set's justification, as the cancellation's comment.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select
from sqlmodel import Session

from lsa_desktop.domain.enums import Decision, RequisitionStatus
from lsa_desktop.domain.requisitions import Action, RefusedTransition, next_status
from lsa_desktop.store.models import AuditEntry

if TYPE_CHECKING:
    from lsa_desktop.services.requisition_reads import ApprovalDetail

S = RequisitionStatus
_audit = AuditEntry.__table__

#: What introduces the reason for a cancellation in the justification.
CANCEL_NOTE = "Reason for cancelling: "


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime  # aware, UTC
    user: str  # who did it: the approver for a decision
    action: Action | None  # None: created, edited as a draft, fulfilled by deliveries, undone
    status: RequisitionStatus  # the status after this entry
    text: str  # one sentence: "Approved by Insp. Wanjiru (Chief Logistics Officer)"
    comment: str = ""


def with_cancel_reason(justification: str, reason: str) -> str:
    """The justification with the reason for cancelling appended (unchanged without a reason)."""
    reason = reason.strip()
    if not reason:
        return justification
    kept = justification.rstrip()
    return f"{kept}\n\n{CANCEL_NOTE}{reason}" if kept else f"{CANCEL_NOTE}{reason}"


def _cancel_reason(old: str | None, new: str | None) -> str:
    """The reason :func:`with_cancel_reason` appended, read back from the audited change."""
    kept, written = (old or "").rstrip(), new or ""
    if not written.startswith(kept):
        return ""
    added = written[len(kept) :].strip()
    return added[len(CANCEL_NOTE) :].strip() if added.startswith(CANCEL_NOTE) else ""


@dataclass
class _ChangeSet:
    """What one audited write did to the requisition, its lines and its approvals."""

    at: datetime
    user: str
    undo: bool = False
    created: bool = False
    #: The last move of status (one write can make two: fulfilment caught up, then closed).
    status: tuple[RequisitionStatus, RequisitionStatus] | None = None
    submission_round: int | None = None
    cancel_reason: str = ""
    approval_ids: list[uuid.UUID] = field(default_factory=list)


def _change_sets(
    session: Session, requisition_id: uuid.UUID, approval_ids: Sequence[uuid.UUID]
) -> list[_ChangeSet]:
    """The audited writes that touched the requisition, its lines (kept or removed since) or its
    approvals, oldest first: one query. A line's rows are found by its creation or removal
    entry, which holds the requisition's id among the line's values."""
    a = _audit.c
    mentions = f"%{requisition_id.hex}%"
    line_ids = select(a.record_id).where(
        a.table_name == "requisition_line",
        a.field == "",
        or_(a.new_value.like(mentions), a.old_value.like(mentions)),
    )
    statement = (
        select(
            a.at,
            a.user,
            a.table_name,
            a.record_id,
            a.field,
            a.old_value,
            a.new_value,
            a.change_id,
            a.reverts_change_id,
        )
        .where(
            or_(
                and_(a.table_name == "requisition", a.record_id == requisition_id),
                and_(a.table_name == "requisition_line", a.record_id.in_(line_ids)),
                and_(
                    a.table_name == "approval",
                    a.field == "",
                    a.old_value.is_(None),
                    a.record_id.in_(list(approval_ids)),
                ),
            )
        )
        .order_by(a.at, a.change_id)
    )
    sets: dict[uuid.UUID, _ChangeSet] = {}
    for at, user, table, record_id, name, old, new, change_id, reverts in session.execute(
        statement
    ):
        change = sets.setdefault(change_id, _ChangeSet(at=at, user=user))
        change.undo = change.undo or reverts is not None
        if table == "approval":
            change.approval_ids.append(record_id)
        elif table != "requisition":
            continue  # a line's edit: the change set itself is the entry
        elif name == "" and old is None:
            change.created = True
        elif name == "status":
            change.status = (RequisitionStatus(old), RequisitionStatus(new))
        elif name == "submission_round" and new is not None:
            change.submission_round = int(new)
        elif name == "justification":
            change.cancel_reason = _cancel_reason(old, new)
    return list(sets.values())


_STATUS_WORDS = {
    S.DRAFT: "a draft",
    S.SUBMITTED: "submitted",
    S.APPROVED: "approved",
    S.REJECTED: "rejected",
    S.RETURNED: "returned for changes",
    S.PARTIALLY_FULFILLED: "partly fulfilled",
    S.FULFILLED: "fulfilled",
    S.CLOSED: "closed",
    S.CANCELLED: "cancelled",
}
_ACTION_VERBS = {
    Action.SUBMIT: "Submitted",
    Action.APPROVE: "Approved",
    Action.REJECT: "Rejected",
    Action.RETURN: "Returned for changes",
    Action.REOPEN: "Reopened as a draft",
    Action.CANCEL: "Cancelled",
    Action.CLOSE: "Closed",
}
_ACTION_OF_DECISION = {
    Decision.APPROVED: Action.APPROVE,
    Decision.REJECTED: Action.REJECT,
    Decision.RETURNED: Action.RETURN,
}


def _action_between(old: RequisitionStatus, new: RequisitionStatus) -> Action | None:
    """The action that moves ``old`` to ``new``; None for fulfilment (derived, not an action)."""
    for action in Action:
        try:
            if next_status(old, action) is new:
                return action
        except RefusedTransition:
            continue
    return None


def _status_text(change: _ChangeSet, action: Action | None, after: RequisitionStatus) -> str:
    user = change.user
    if action is Action.SUBMIT and (change.submission_round or 0) > 1:
        return f"Submitted again by {user} (round {change.submission_round})"
    if action is not None:
        return f"{_ACTION_VERBS[action]} by {user}"
    if after is S.PARTIALLY_FULFILLED:
        return f"Partly fulfilled: deliveries recorded by {user} brought part of what was approved"
    if after is S.FULFILLED:
        return f"Fulfilled: everything approved has arrived (recorded by {user})"
    return f"Now {_STATUS_WORDS[after]}: changed by {user}"


def _decision_entry(approval: ApprovalDetail, after: RequisitionStatus) -> TimelineEntry:
    who = f"{approval.approver} ({approval.role})" if approval.role else approval.approver
    action = _ACTION_OF_DECISION[approval.decision]
    text = f"{_ACTION_VERBS[action]} by {who}"
    if approval.decision is Decision.APPROVED and after is S.SUBMITTED:
        text += "; other approvals are still needed"
    return TimelineEntry(
        approval.decided_at, approval.approver, action, after, text, approval.comment
    )


def _change_entry(
    change: _ChangeSet, before: RequisitionStatus, approvals: dict[uuid.UUID, ApprovalDetail]
) -> TimelineEntry:
    after = change.status[1] if change.status else before
    decided = [approvals[i] for i in change.approval_ids if i in approvals]
    if change.undo:
        back = f": now {_STATUS_WORDS[after]}" if change.status else ""
        return TimelineEntry(change.at, change.user, None, after, f"Undone by {change.user}{back}")
    if decided:
        return _decision_entry(decided[0], after)
    if change.status:
        action = _action_between(*change.status)
        comment = change.cancel_reason if action is Action.CANCEL else ""
        return TimelineEntry(
            change.at, change.user, action, after, _status_text(change, action, after), comment
        )
    if change.created:
        text = f"Created as a draft by {change.user}"
    elif after is S.DRAFT:
        text = f"Edited as a draft by {change.user}"
    else:
        text = f"Edited by {change.user}"
    return TimelineEntry(change.at, change.user, None, after, text)


def _unaudited_decision(
    approval: ApprovalDetail,
    approvals: Sequence[ApprovalDetail],
    status: RequisitionStatus,
    submission_round: int,
) -> TimelineEntry:
    """A decision recorded without the audit trail: the status it led to, from its round."""
    if approval.decision is not Decision.APPROVED:
        after = S.REJECTED if approval.decision is Decision.REJECTED else S.RETURNED
    else:
        same_round = [a for a in approvals if a.submission_round == approval.submission_round]
        last = same_round[-1] is approval
        still_open = status is S.SUBMITTED and approval.submission_round == submission_round
        after = S.APPROVED if last and not still_open else S.SUBMITTED
    return _decision_entry(approval, after)


def timeline(
    session: Session,
    requisition_id: uuid.UUID,
    *,
    created: tuple[datetime, str],
    status: RequisitionStatus,
    submission_round: int,
    approvals: Sequence[ApprovalDetail],
) -> tuple[TimelineEntry, ...]:
    """The requisition's timeline, oldest first (see the module's docstring). ``created`` is the
    row's creation time and user; ``status`` and ``submission_round`` are its current ones."""
    by_id = {approval.id: approval for approval in approvals}
    changes = _change_sets(session, requisition_id, list(by_id))
    audited = {i for change in changes for i in change.approval_ids}
    events: list[tuple[datetime, int, _ChangeSet | ApprovalDetail | None]] = [
        (change.at, 1, change) for change in changes
    ]
    events += [(a.decided_at, 1, a) for a in approvals if a.id not in audited]
    if not any(change.created for change in changes):
        events.append((created[0], 0, None))
    events.sort(key=lambda event: (event[0], event[1]))
    entries: list[TimelineEntry] = []
    before = S.DRAFT
    for _at, _rank, event in events:
        if event is None:
            entry = TimelineEntry(
                created[0], created[1], None, S.DRAFT, f"Created as a draft by {created[1]}"
            )
        elif isinstance(event, _ChangeSet):
            entry = _change_entry(event, before, by_id)
        else:
            entry = _unaudited_decision(event, approvals, status, submission_round)
        entries.append(entry)
        before = entry.status
    return tuple(entries)
