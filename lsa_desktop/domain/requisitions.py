"""The life of a requisition, without a database: its states and the actions that move it, who may
decide on it, how many approvals it needs, and how far deliveries have fulfilled it.

The services call these rules before writing anything and the views call :func:`allowed_actions`
to enable their buttons, so a widget never decides what is allowed. The transitions follow
``DESIGN.md``::

    DRAFT -> SUBMITTED -> APPROVED | REJECTED | RETURNED
    RETURNED -> DRAFT (reopen), then submitted again
    APPROVED -> PARTIALLY_FULFILLED -> FULFILLED -> CLOSED (fulfilment derived from the lines)
    DRAFT, SUBMITTED, RETURNED, APPROVED, PARTIALLY_FULFILLED -> CANCELLED
    REJECTED, CLOSED, CANCELLED are final

A returned requisition is not submitted again as it stands: it is reopened as a draft first, so
the timeline shows that it went back to the requester and the changes happened in a draft, the only
state whose lines can be edited. Fulfilment is never an action: :func:`follow_deliveries` derives
it from what was approved and what was accepted on delivery.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from lsa_desktop.domain.enums import Decision, Priority, RequisitionStatus
from lsa_desktop.domain.text import fold
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import InvalidInput

S = RequisitionStatus


class Action(StrEnum):
    """What a person does to a requisition (each one is a line of its timeline)."""

    SUBMIT = "SUBMIT"
    APPROVE = "APPROVE"
    REJECT = "REJECT"
    RETURN = "RETURN"  # for changes, back to the requester
    REOPEN = "REOPEN"  # a returned requisition becomes a draft to edit
    CANCEL = "CANCEL"
    CLOSE = "CLOSE"


class Coverage(StrEnum):
    """How much of a requested quantity donors have pledged."""

    NONE = "NONE"
    PARTIAL = "PARTIAL"
    FULL = "FULL"


class RefusedTransition(InvalidInput):
    """An action the requisition's state does not allow; ``str(error)`` says why and what to do."""

    def __init__(self, status: RequisitionStatus, action: Action) -> None:
        self.status = status
        self.action = action
        super().__init__(_refusal(status, action))


_TRANSITIONS: Mapping[tuple[RequisitionStatus, Action], RequisitionStatus] = {
    (S.DRAFT, Action.SUBMIT): S.SUBMITTED,
    (S.DRAFT, Action.CANCEL): S.CANCELLED,
    (S.SUBMITTED, Action.APPROVE): S.APPROVED,
    (S.SUBMITTED, Action.REJECT): S.REJECTED,
    (S.SUBMITTED, Action.RETURN): S.RETURNED,
    (S.SUBMITTED, Action.CANCEL): S.CANCELLED,
    (S.RETURNED, Action.REOPEN): S.DRAFT,
    (S.RETURNED, Action.CANCEL): S.CANCELLED,
    (S.APPROVED, Action.CANCEL): S.CANCELLED,
    (S.PARTIALLY_FULFILLED, Action.CANCEL): S.CANCELLED,
    (S.FULFILLED, Action.CLOSE): S.CLOSED,
}

#: States in which a requisition still counts against a gap ("already requested").
OPEN_STATUSES = frozenset({S.DRAFT, S.SUBMITTED, S.RETURNED, S.APPROVED, S.PARTIALLY_FULFILLED})
#: States that nothing moves any more.
FINAL_STATUSES = frozenset({S.REJECTED, S.CLOSED, S.CANCELLED})
#: The only state whose header and lines can be edited.
EDITABLE_STATUSES = frozenset({S.DRAFT})
#: States whose fulfilment follows the deliveries.
_DELIVERING_STATUSES = frozenset({S.APPROVED, S.PARTIALLY_FULFILLED, S.FULFILLED})

_ACTION_OF_DECISION = {
    Decision.APPROVED: Action.APPROVE,
    Decision.REJECTED: Action.REJECT,
    Decision.RETURNED: Action.RETURN,
}


def next_status(current: RequisitionStatus, action: Action) -> RequisitionStatus:
    """The state ``action`` leads to; :class:`RefusedTransition` when ``current`` refuses it."""
    try:
        return _TRANSITIONS[(current, action)]
    except KeyError:
        raise RefusedTransition(current, action) from None


def allowed_actions(status: RequisitionStatus) -> frozenset[Action]:
    """The actions a requisition in ``status`` accepts: the buttons a view enables."""
    return frozenset(action for (state, action) in _TRANSITIONS if state == status)


_STATUS_WORDS = {
    S.DRAFT: "A draft",
    S.SUBMITTED: "A submitted",
    S.APPROVED: "An approved",
    S.REJECTED: "A rejected",
    S.RETURNED: "A returned",
    S.PARTIALLY_FULFILLED: "A partially fulfilled",
    S.FULFILLED: "A fulfilled",
    S.CLOSED: "A closed",
    S.CANCELLED: "A cancelled",
}
_ACTION_WORDS = {
    Action.SUBMIT: "submitted",
    Action.APPROVE: "approved",
    Action.REJECT: "rejected",
    Action.RETURN: "returned for changes",
    Action.REOPEN: "reopened as a draft",
    Action.CANCEL: "cancelled",
    Action.CLOSE: "closed",
}
_NOT_DELIVERED = "It can be closed once every approved quantity has arrived."
_REASONS: Mapping[RequisitionStatus, str] = {
    S.DRAFT: "it has not been submitted yet. Submit it first.",
    S.SUBMITTED: "it is waiting for a decision. Approve, reject or return it for changes.",
    S.RETURNED: "it was returned for changes. Reopen it as a draft, make the changes, then "
    "submit it again.",
    S.APPROVED: "it has been approved already. To change it, cancel it and create a new "
    "requisition.",
    S.PARTIALLY_FULFILLED: "it has been approved and deliveries have started. To change it, "
    "cancel it and create a new requisition for what is still needed.",
    S.FULFILLED: "everything approved has arrived. Close it.",
}
_SPECIFIC_REASONS: Mapping[tuple[RequisitionStatus, Action], str] = {
    (S.DRAFT, Action.REOPEN): "it is a draft already and can be edited as it is.",
    (S.DRAFT, Action.CLOSE): "it has not been submitted yet. Cancel it if it is no longer needed.",
    (S.SUBMITTED, Action.SUBMIT): "it has been submitted already and is waiting for a decision.",
    (S.SUBMITTED, Action.REOPEN): "it is waiting for a decision. Ask an approver to return it "
    "for changes.",
    (S.SUBMITTED, Action.CLOSE): "it has not been approved yet.",
    (S.APPROVED, Action.CLOSE): f"nothing approved has arrived yet. {_NOT_DELIVERED}",
    (S.PARTIALLY_FULFILLED, Action.CLOSE): f"some approved quantities have not arrived yet. "
    f"{_NOT_DELIVERED}",
    (S.FULFILLED, Action.CANCEL): "everything approved has arrived. Close it instead.",
}


def _refusal(status: RequisitionStatus, action: Action) -> str:
    if status in FINAL_STATUSES:
        reason = "it is final. Create a new requisition instead."
    else:
        reason = _SPECIFIC_REASONS.get((status, action), _REASONS[status])
    return f"{_STATUS_WORDS[status]} requisition cannot be {_ACTION_WORDS[action]}: {reason}"


# --- approvals -------------------------------------------------------------------------------

#: A required approver that any person other than the requester satisfies.
ANY_APPROVER = "*"
#: What a requisition needs when the settings say nothing for its priority: one approval.
DEFAULT_APPROVERS: tuple[str, ...] = (ANY_APPROVER,)


@dataclass(frozen=True)
class ApprovalDecision:
    """One decision recorded on a requisition, by a person acting in a role."""

    approver: str
    role: str
    decision: Decision


def _same_person(first: str, second: str) -> bool:
    """Names compared as typed on different keyboards: accents, case and spacing ignored."""
    return " ".join(fold(first).split()) == " ".join(fold(second).split())


def required_approvers(
    priority: Priority, settings_map: Mapping[Priority, Sequence[str]]
) -> tuple[str, ...]:
    """The approvers (names or roles, or :data:`ANY_APPROVER`) a requisition of ``priority``
    needs, as configured per priority; one approval of anybody when nothing is configured."""
    listed = tuple(entry.strip() for entry in settings_map.get(priority, ()) if entry.strip())
    return listed or DEFAULT_APPROVERS


def check_approval(
    requester: str, approver: str, *, earlier: Iterable[ApprovalDecision] = ()
) -> Problems:
    """Refuse a decision by nobody, by the requester, or by someone who has already decided in
    this round (``earlier``: the decisions recorded since the last submission)."""
    problems = Problems()
    if not problems.required(approver, "approver", "The approver's name"):
        return problems
    problems.check(
        not _same_person(requester, approver),
        "approver",
        f"{approver.strip()} requested this requisition and cannot also decide on it: "
        "another person must.",
    )
    problems.check(
        not any(_same_person(done.approver, approver) for done in earlier),
        "approver",
        f"{approver.strip()} has already decided on this requisition.",
    )
    return problems


def _fills(required: str, decision: ApprovalDecision) -> bool:
    return (
        required == ANY_APPROVER
        or _same_person(required, decision.approver)
        or _same_person(required, decision.role)
    )


def approvals_complete(required: Sequence[str], decisions: Iterable[ApprovalDecision]) -> bool:
    """Whether every required approver has approved, each by a different person.

    ``decisions`` are those of the current round. A required entry is a name, a role or
    :data:`ANY_APPROVER`; one person fills one entry only, so two entries for the same role need
    two people. Entries are matched to approvals by augmenting paths, so an approval that could
    fill two entries is placed where the others leave room for it.
    """
    approvals = [d for d in decisions if d.decision is Decision.APPROVED]
    holder: dict[int, int] = {}  # approval index -> required entry index

    def place(entry: int, seen: set[int]) -> bool:
        for index, approval in enumerate(approvals):
            if index in seen or not _fills(required[entry], approval):
                continue
            seen.add(index)
            if index not in holder or place(holder[index], seen):
                holder[index] = entry
                return True
        return False

    return all(place(entry, set()) for entry in range(len(required)))


def status_after_decision(
    current: RequisitionStatus,
    decision: Decision,
    required: Sequence[str],
    decisions: Iterable[ApprovalDecision],
) -> RequisitionStatus:
    """The state after a decision is recorded (``decisions`` include it): a rejection or a return
    by any approver acts at once; an approval acts once every required approver has approved."""
    after = next_status(current, _ACTION_OF_DECISION[decision])
    if decision is Decision.APPROVED and not approvals_complete(required, decisions):
        return current
    return after


def check_approved_quantities(lines: Iterable[tuple[int, int | None]]) -> Problems:
    """Each line's approved quantity, given with its requested one: required, not negative, not
    above what was requested (it may be lower). Problems are keyed
    ``lines[I].quantity_approved`` with ``I`` the row from 0; the sentence names the line from 1."""
    problems = Problems()
    for index, (requested, approved) in enumerate(lines):
        field = f"lines[{index}].quantity_approved"
        label = f"Line {index + 1}: the approved quantity"
        if problems.required(approved, field, label) and problems.not_negative(
            approved, field, label
        ):
            assert approved is not None
            problems.check(
                approved <= requested,
                field,
                f"{label} cannot be more than the {requested:,} requested.",
            )
    return problems


# --- fulfilment and coverage ------------------------------------------------------------------


def fulfilment_status(lines: Iterable[tuple[int, int]]) -> RequisitionStatus:
    """From each line's (approved, accepted on delivery): FULFILLED when no line is short (a line
    approved at 0 is done, and so is a requisition with no line left to deliver), APPROVED when
    nothing has been accepted yet, PARTIALLY_FULFILLED otherwise. Over-delivery on one line does
    not make up for another line that is short."""
    short = False
    delivered = False
    for approved, accepted in lines:
        short = short or accepted < approved
        delivered = delivered or accepted > 0
    if not short:
        return S.FULFILLED
    return S.PARTIALLY_FULFILLED if delivered else S.APPROVED


def follow_deliveries(
    current: RequisitionStatus, lines: Iterable[tuple[int, int]]
) -> RequisitionStatus:
    """The state after deliveries changed: an approved requisition follows its lines (also back,
    when an accepted quantity is corrected downwards); any other state is left as it is."""
    if current in _DELIVERING_STATUSES:
        return fulfilment_status(lines)
    return current


def pledge_coverage(requested: int, pledged: int) -> Coverage:
    """How much of ``requested`` the pledges cover; nothing requested is fully covered."""
    if pledged >= requested:
        return Coverage.FULL
    return Coverage.PARTIAL if pledged > 0 else Coverage.NONE
