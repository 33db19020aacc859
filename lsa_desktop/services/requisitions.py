"""Requisitions: drafting, submitting, deciding, reopening, cancelling and closing, each one audited
write that the state machine (:mod:`lsa_desktop.domain.requisitions`) allows or refuses.

The service enforces the workflow; the views only enable what ``allowed_actions`` lists. A
requisition is edited only as a draft. Submitting starts a new round of approvals: the decisions of
earlier rounds stay on record but no longer count. It is approved once every approver its priority
needs (mission settings) has approved in the round, each a different person and never the
requester; one rejection or return acts at once. Fulfilment follows the deliveries
(:mod:`lsa_desktop.services.fulfilment`).

Each write is one ``store.write()``, so the Undo menu offers it as one change ("Edit of
requisition REQ-2026-0004 (2 fields)"), and the audit trail it leaves is the requisition's
timeline. Reads, details and the gaps' side are in :mod:`~lsa_desktop.services.requisition_reads`
and :mod:`~lsa_desktop.services.gap_requests`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import Decision, Priority, RequisitionStatus
from lsa_desktop.domain.requisition_rules import (
    TEXT_MAX,
    RequisitionInput,
    RequisitionLineInput,
    check_cancel_reason,
    check_decision,
    check_requisition,
    check_submission,
    reference,
)
from lsa_desktop.domain.requisitions import (
    EDITABLE_STATUSES,
    Action,
    ApprovalDecision,
    Coverage,
    RefusedTransition,
    check_approval,
    check_approved_quantities,
    next_status,
    required_approvers,
    status_after_decision,
)
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import InvalidInput, ValidationFailed
from lsa_desktop.services import gap_requests
from lsa_desktop.services.fulfilment import follow_requisitions
from lsa_desktop.services.gap_requests import GapCoverage, GapRequest
from lsa_desktop.services.mission_settings import approver_settings
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.services.requisition_reads import (
    ApprovalDetail,
    EquipmentChoice,
    RequisitionDetail,
    RequisitionLineDetail,
    equipment_choices,
    next_number,
    read_detail,
)
from lsa_desktop.services.requisition_records import (
    check_kept_lines,
    check_records,
    merge,
    ordered_lines,
    quantities_to_approve,
    set_header,
    set_line,
)
from lsa_desktop.services.requisition_timeline import TimelineEntry, with_cancel_reason
from lsa_desktop.store.models import (
    Approval,
    Requisition,
    RequisitionLine,
    utcnow,
)

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

__all__ = [
    "Action",
    "ApprovalDetail",
    "Coverage",
    "EquipmentChoice",
    "GapCoverage",
    "GapRequest",
    "RefusedTransition",
    "RequisitionDetail",
    "RequisitionInput",
    "RequisitionLineDetail",
    "RequisitionLineInput",
    "RequisitionService",
    "TimelineEntry",
]

S = RequisitionStatus

_NOT_EDITABLE = {
    S.SUBMITTED: "it is waiting for a decision; ask an approver to return it for changes, then "
    "reopen it as a draft.",
    S.RETURNED: "it was returned for changes; reopen it as a draft first.",
    S.APPROVED: "it has been approved; cancel it and create a new requisition to ask for "
    "something else.",
    S.PARTIALLY_FULFILLED: "it has been approved and deliveries have started; create a new "
    "requisition for anything more.",
    S.FULFILLED: "everything approved has arrived.",
}
_FINAL = "it is final; create a new requisition instead."


class RequisitionService:
    """Requisitions from draft to closure; one unit of work per method, details as plain rows."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    # --- reads --------------------------------------------------------------------------------

    def detail(self, requisition_id: uuid.UUID) -> RequisitionDetail:
        with self.store.read() as session:
            return read_detail(session, requisition_id)

    def next_reference(self, on: date | None = None) -> str:
        """The reference a requisition requested ``on`` (today by default) would take now: a
        preview for a new form; the saved one is given inside the write that creates it."""
        year = (on or self._today()).year
        with self.store.read() as session:
            return reference(year, next_number(session, year))

    def equipment_choices(self) -> list[EquipmentChoice]:
        with self.store.read() as session:
            return equipment_choices(session)

    def gap_coverage(self, keys: Sequence[tuple[uuid.UUID, uuid.UUID]]) -> list[GapCoverage]:
        """Per (unit, type) key, the gap and what already answers it (see
        :class:`~lsa_desktop.services.gap_requests.GapCoverage`)."""
        with self.store.read() as session:
            return gap_requests.gap_coverage(session, keys)

    def critical_gap_keys(self, unit_id: uuid.UUID) -> list[tuple[uuid.UUID, uuid.UUID]]:
        """The unit's (unit, type) gaps in critical categories, in the catalogue's order."""
        with self.store.read() as session:
            return gap_requests.critical_gap_keys(session, unit_id)

    # --- drafting -----------------------------------------------------------------------------

    def create(self, values: RequisitionInput) -> RequisitionDetail:
        """Save a new draft; its reference is the next of its request year, given in the write
        (``BEGIN IMMEDIATE``: two writers on one database never take the same number). Raises
        ``ValidationFailed``."""
        with self.store.write() as session:
            requisition = self._insert(session, values)
            return read_detail(session, requisition.id)

    def drafts_from_gaps(
        self,
        requests: Sequence[GapRequest],
        requested_by: str,
        priority: Priority = Priority.URGENT,
        justification: str = "",
    ) -> list[RequisitionDetail]:
        """One draft per unit for the gaps asked (quantity 0 dropped), at the catalogue's unit
        values, in one write (one undo). Raises ``UserError`` when nothing is left to ask."""
        with self.store.write() as session:
            drafts = gap_requests.gap_drafts(
                session,
                requests,
                requested_by=requested_by,
                priority=priority,
                justification=justification,
                today=self._today(),
            )
            created = [self._insert(session, values) for values in drafts]
            return [read_detail(session, requisition.id) for requisition in created]

    def update(self, requisition_id: uuid.UUID, values: RequisitionInput) -> RequisitionDetail:
        """Save a draft's header and lines: lines are matched by id; those left out are removed,
        those without an id added. Only a draft can be edited; a line a pledge answers keeps its
        equipment type and cannot be removed. Raises ``ValidationFailed`` or ``InvalidInput``."""
        with self.store.write() as session:
            requisition = _get(session, requisition_id)
            if requisition.status not in EDITABLE_STATUSES:
                reason = _NOT_EDITABLE.get(requisition.status, _FINAL)
                raise InvalidInput(f"{requisition.reference} can no longer be edited: {reason}")
            problems = self._problems(session, values)
            existing = {line.id: line for line in ordered_lines(session, requisition.id)}
            check_kept_lines(session, problems, requisition, values, existing)
            problems.raise_if_any()
            set_header(requisition, values)
            kept = {line.id for line in values.lines if line.id is not None}
            for line_id, line in existing.items():
                if line_id not in kept:
                    session.delete(line)
            for line_input in values.lines:
                line = existing.get(line_input.id) if line_input.id else None
                if line is None:
                    line = RequisitionLine(requisition_id=requisition.id, quantity_requested=0)
                    session.add(line)
                set_line(line, line_input)
            session.flush()
            return read_detail(session, requisition.id)

    # --- the workflow -------------------------------------------------------------------------

    def submit(self, requisition_id: uuid.UUID) -> RequisitionDetail:
        """Send a draft to its approvers: a new round, whose approvals start from none."""
        with self.store.write() as session:
            requisition = _get(session, requisition_id)
            after = next_status(requisition.status, Action.SUBMIT)
            check_submission(requisition.justification).raise_if_any()
            requisition.status = after
            requisition.submission_round += 1
            for line in ordered_lines(session, requisition.id):
                line.quantity_approved = None
            session.flush()
            return read_detail(session, requisition.id)

    def decide(
        self,
        requisition_id: uuid.UUID,
        decision: Decision,
        approver: str,
        role: str = "",
        comment: str = "",
        approved_quantities: Mapping[uuid.UUID, int] | None = None,
    ) -> RequisitionDetail:
        """Record ``approver``'s decision on a submitted requisition.

        APPROVED sets each line's approved quantity (``approved_quantities`` per line id; a line
        left out keeps the quantity approved so far in the round, else the requested one); it may
        be lower than requested. The requisition is approved once every approver its priority
        needs has approved in this round. REJECTED and RETURNED need a comment and act at once.
        Raises ``RefusedTransition`` or ``ValidationFailed`` (keys ``approver``, ``role``,
        ``comment``, ``lines[I].quantity_approved``)."""
        with self.store.write() as session:
            requisition = _get(session, requisition_id)
            next_status(requisition.status, _ACTION_OF_DECISION[decision])
            earlier = [
                ApprovalDecision(a.approver, a.role, a.decision)
                for a in session.execute(
                    select(Approval).where(
                        col(Approval.requisition_id) == requisition.id,
                        col(Approval.submission_round) == requisition.submission_round,
                    )
                ).scalars()
            ]
            problems = check_decision(decision, approver=approver, role=role, comment=comment)
            merge(problems, check_approval(requisition.requested_by, approver, earlier=earlier))
            lines = ordered_lines(session, requisition.id)
            approved: list[int | None] = []
            if decision is Decision.APPROVED:
                approved = quantities_to_approve(lines, approved_quantities or {})
                pairs = zip((line.quantity_requested for line in lines), approved, strict=True)
                merge(problems, check_approved_quantities(pairs))
            problems.raise_if_any()
            new = ApprovalDecision(approver.strip(), role.strip(), decision)
            session.add(
                Approval(
                    requisition_id=requisition.id,
                    approver=new.approver,
                    role=new.role,
                    decision=decision,
                    comment=comment.strip(),
                    decided_at=utcnow(),
                    submission_round=requisition.submission_round,
                )
            )
            if decision is Decision.APPROVED:
                for line, quantity in zip(lines, approved, strict=True):
                    line.quantity_approved = quantity
            required = required_approvers(requisition.priority, approver_settings(session))
            requisition.status = status_after_decision(
                requisition.status, decision, required, [*earlier, new]
            )
            session.flush()
            if requisition.status is S.APPROVED:
                # Pledges may answer a submitted requisition: what they delivered already counts.
                follow_requisitions(session, [requisition.id])
                session.flush()
            return read_detail(session, requisition.id)

    def reopen(self, requisition_id: uuid.UUID) -> RequisitionDetail:
        """A returned requisition becomes a draft again, to edit and submit anew."""
        return self._move(requisition_id, Action.REOPEN)

    def cancel(self, requisition_id: uuid.UUID, reason: str = "") -> RequisitionDetail:
        """Cancel an open requisition. The reason, if given, is appended to the justification in
        the same write, where the printout and the timeline show it."""
        check_cancel_reason(reason).raise_if_any()
        with self.store.write() as session:
            requisition = _get(session, requisition_id)
            after = next_status(requisition.status, Action.CANCEL)
            justification = with_cancel_reason(requisition.justification, reason)
            if len(justification) > TEXT_MAX:
                room = max(0, TEXT_MAX - len(requisition.justification) - 40)
                raise ValidationFailed(
                    {
                        "reason": f"The justification is nearly full: shorten the reason to "
                        f"{room:,} characters so that it can be kept with it."
                    }
                )
            requisition.justification = justification
            requisition.status = after
            session.flush()
            return read_detail(session, requisition.id)

    def close(self, requisition_id: uuid.UUID) -> RequisitionDetail:
        """Close a fulfilled requisition. Its fulfilment is brought up to date from the
        deliveries first, so the refusal (if any) says what is still to arrive."""
        with self.store.write() as session:
            requisition = _get(session, requisition_id)
            follow_requisitions(session, [requisition.id])
            session.flush()  # the closure is then the last move of status the timeline reads
            requisition.status = next_status(requisition.status, Action.CLOSE)
            session.flush()
            return read_detail(session, requisition.id)

    # --- helpers ------------------------------------------------------------------------------

    def _move(self, requisition_id: uuid.UUID, action: Action) -> RequisitionDetail:
        with self.store.write() as session:
            requisition = _get(session, requisition_id)
            requisition.status = next_status(requisition.status, action)
            session.flush()
            return read_detail(session, requisition.id)

    def _problems(self, session: Session, values: RequisitionInput) -> Problems:
        """The input's problems, with those only the database can tell."""
        problems = check_requisition(values, today=self._today())
        check_records(session, problems, values)
        return problems

    def _insert(self, session: Session, values: RequisitionInput) -> Requisition:
        self._problems(session, values).raise_if_any()
        assert values.requested_on is not None  # checked
        year = values.requested_on.year
        requisition = Requisition(
            reference=reference(year, next_number(session, year)),
            unit_id=values.unit_id,
            requested_by="",
            requested_on=values.requested_on,
        )
        set_header(requisition, values)
        session.add(requisition)
        session.flush()
        for line_input in values.lines:
            line = RequisitionLine(requisition_id=requisition.id, quantity_requested=0)
            set_line(line, line_input)
            session.add(line)
        session.flush()
        return requisition


_ACTION_OF_DECISION = {
    Decision.APPROVED: Action.APPROVE,
    Decision.REJECTED: Action.REJECT,
    Decision.RETURNED: Action.RETURN,
}


def _get(session: Session, requisition_id: uuid.UUID) -> Requisition:
    return get_or_refuse(session, Requisition, requisition_id, "requisition")
