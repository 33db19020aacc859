"""The requisition state machine and its rules, without a database: every (state, action) pair
against a table written out here, the approval rules, approved quantities and fulfilment."""

from __future__ import annotations

import itertools

import pytest

from lsa_desktop.domain.enums import Decision, Priority, RequisitionStatus
from lsa_desktop.domain.requisitions import (
    ANY_APPROVER,
    Action,
    ApprovalDecision,
    Coverage,
    RefusedTransition,
    allowed_actions,
    approvals_complete,
    check_approval,
    check_approved_quantities,
    follow_deliveries,
    fulfilment_status,
    next_status,
    pledge_coverage,
    required_approvers,
    status_after_decision,
)
from lsa_desktop.errors import InvalidInput

S = RequisitionStatus
A = Action

# Rows: states; columns: SUBMIT, APPROVE, REJECT, RETURN, REOPEN, CANCEL, CLOSE.
# A state is where the action leads; None means the action is refused.
COLUMNS = (A.SUBMIT, A.APPROVE, A.REJECT, A.RETURN, A.REOPEN, A.CANCEL, A.CLOSE)
_ = None
TABLE = {
    S.DRAFT: (S.SUBMITTED, _, _, _, _, S.CANCELLED, _),
    S.SUBMITTED: (_, S.APPROVED, S.REJECTED, S.RETURNED, _, S.CANCELLED, _),
    S.RETURNED: (_, _, _, _, S.DRAFT, S.CANCELLED, _),
    S.APPROVED: (_, _, _, _, _, S.CANCELLED, _),
    S.PARTIALLY_FULFILLED: (_, _, _, _, _, S.CANCELLED, _),
    S.FULFILLED: (_, _, _, _, _, _, S.CLOSED),
    S.REJECTED: (_, _, _, _, _, _, _),
    S.CLOSED: (_, _, _, _, _, _, _),
    S.CANCELLED: (_, _, _, _, _, _, _),
}


def expected(status: RequisitionStatus, action: Action) -> RequisitionStatus | None:
    return TABLE[status][COLUMNS.index(action)]


def test_the_table_covers_every_state_and_action():
    assert set(TABLE) == set(RequisitionStatus)
    assert set(COLUMNS) == set(Action)


@pytest.mark.parametrize(("status", "action"), list(itertools.product(RequisitionStatus, Action)))
def test_every_transition(status, action):
    target = expected(status, action)
    if target is not None:
        assert next_status(status, action) is target
        assert action in allowed_actions(status)
    else:
        with pytest.raises(RefusedTransition) as refused:
            next_status(status, action)
        message = str(refused.value)
        assert message.startswith(("A ", "An ")) and " requisition cannot be " in message
        assert message.endswith(".") and "None" not in message
        assert refused.value.status is status and refused.value.action is action
        assert isinstance(refused.value, InvalidInput)
        assert action not in allowed_actions(status)


@pytest.mark.parametrize(
    ("status", "action", "sentence"),
    [
        (
            S.REJECTED,
            A.SUBMIT,
            "A rejected requisition cannot be submitted: it is final. "
            "Create a new requisition instead.",
        ),
        (
            S.RETURNED,
            A.SUBMIT,
            "A returned requisition cannot be submitted: it was returned for changes. Reopen it "
            "as a draft, make the changes, then submit it again.",
        ),
        (
            S.DRAFT,
            A.APPROVE,
            "A draft requisition cannot be approved: it has not been submitted yet. "
            "Submit it first.",
        ),
        (
            S.APPROVED,
            A.CLOSE,
            "An approved requisition cannot be closed: nothing approved has arrived yet. It can "
            "be closed once every approved quantity has arrived.",
        ),
        (
            S.FULFILLED,
            A.CANCEL,
            "A fulfilled requisition cannot be cancelled: everything approved has arrived. "
            "Close it instead.",
        ),
        (
            S.SUBMITTED,
            A.SUBMIT,
            "A submitted requisition cannot be submitted: it has been submitted already and is "
            "waiting for a decision.",
        ),
    ],
)
def test_refusals_say_why_and_what_to_do(status, action, sentence):
    with pytest.raises(RefusedTransition, match="^" + sentence.replace(".", r"\.") + "$"):
        next_status(status, action)


@pytest.mark.parametrize("status", list(RequisitionStatus))
def test_allowed_actions_are_the_row_of_the_table(status):
    row = {action for action in COLUMNS if expected(status, action) is not None}
    assert allowed_actions(status) == row


# --- approvals --------------------------------------------------------------------------------


def approved(name: str, role: str = "") -> ApprovalDecision:
    return ApprovalDecision(name, role, Decision.APPROVED)


def test_required_approvers_default_to_one_approval_of_anybody():
    assert required_approvers(Priority.ROUTINE, {}) == (ANY_APPROVER,)
    assert required_approvers(Priority.ROUTINE, {Priority.ROUTINE: [" ", ""]}) == (ANY_APPROVER,)


def test_required_approvers_are_configured_per_priority():
    settings = {Priority.IMMEDIATE: [" Chief of logistics ", "Head of mission support"]}
    assert required_approvers(Priority.IMMEDIATE, settings) == (
        "Chief of logistics",
        "Head of mission support",
    )
    assert required_approvers(Priority.URGENT, settings) == (ANY_APPROVER,)


def test_an_approver_other_than_the_requester_may_decide():
    assert not check_approval("Insp. Wanjiru Kamau", "Supt. Jean Célestin")


@pytest.mark.parametrize("approver", ["Insp. Wanjiru Kamau", "  insp.  WANJIRU kamau "])
def test_the_requester_cannot_decide(approver):
    problems = check_approval("Insp. Wanjiru Kamau", approver)
    assert "requested this requisition and cannot also decide" in problems.as_dict()["approver"]


def test_accents_do_not_hide_the_requester():
    assert check_approval("Jean Célestin", "JEAN CELESTIN")


def test_the_approver_is_required():
    assert check_approval("Kamau", "  ").as_dict() == {
        "approver": "The approver's name is required."
    }


def test_an_approver_decides_once_per_round():
    problems = check_approval("Kamau", "Célestin", earlier=[approved("celestin")])
    assert problems.as_dict() == {"approver": "Célestin has already decided on this requisition."}
    assert not check_approval("Kamau", "Célestin", earlier=[approved("Otieno")])


def test_one_approval_of_anybody_completes_the_default():
    assert not approvals_complete((ANY_APPROVER,), [])
    assert approvals_complete((ANY_APPROVER,), [approved("Otieno")])


def test_only_approvals_count():
    returned = ApprovalDecision("Otieno", "", Decision.RETURNED)
    assert not approvals_complete((ANY_APPROVER,), [returned])


def test_every_listed_approver_is_needed_by_name_or_role():
    required = ("Chief of logistics", "Célestin")
    assert not approvals_complete(required, [approved("Otieno", "Chief of Logistics")])
    assert approvals_complete(
        required, [approved("Otieno", "chief of logistics"), approved("Jean celestin", "CELESTIN")]
    )


def test_one_person_fills_one_entry_only():
    required = ("Chief of logistics", "Chief of logistics")
    assert not approvals_complete(required, [approved("Otieno", "Chief of logistics")])
    assert approvals_complete(
        required,
        [approved("Otieno", "Chief of logistics"), approved("Mwangi", "Chief of logistics")],
    )


def test_an_approval_that_fits_two_entries_makes_room_for_the_other():
    # Otieno fits both entries. Placed first on the open entry, he moves to "Chief of
    # logistics" when that entry finds him taken, and Mwangi takes the open entry.
    required = ("Chief of logistics", ANY_APPROVER)
    decisions = [approved("Otieno", "Chief of logistics"), approved("Mwangi", "Driver")]
    assert approvals_complete(("Otieno", "Chief of logistics"), decisions[:1]) is False
    assert approvals_complete(required, decisions)
    assert approvals_complete((ANY_APPROVER, "Chief of logistics"), decisions)


def test_a_decision_before_the_last_approver_leaves_it_submitted():
    required = ("Chief of logistics", "Head of mission support")
    first = [approved("Otieno", "Chief of logistics")]
    assert status_after_decision(S.SUBMITTED, Decision.APPROVED, required, first) is S.SUBMITTED
    both = [*first, approved("Mwangi", "Head of mission support")]
    assert status_after_decision(S.SUBMITTED, Decision.APPROVED, required, both) is S.APPROVED


@pytest.mark.parametrize(
    ("decision", "status"), [(Decision.REJECTED, S.REJECTED), (Decision.RETURNED, S.RETURNED)]
)
def test_one_rejection_or_return_acts_at_once(decision, status):
    required = ("Chief of logistics", "Head of mission support")
    decisions = [ApprovalDecision("Otieno", "Chief of logistics", decision)]
    assert status_after_decision(S.SUBMITTED, decision, required, decisions) is status


def test_a_decision_needs_a_submitted_requisition():
    with pytest.raises(RefusedTransition, match="A draft requisition cannot be approved"):
        status_after_decision(S.DRAFT, Decision.APPROVED, (ANY_APPROVER,), [approved("Otieno")])


# --- approved quantities ----------------------------------------------------------------------


def test_approved_quantities_may_be_lower_or_equal():
    assert not check_approved_quantities([(10, 10), (10, 4), (3, 0)])
    assert not check_approved_quantities([])


def test_approved_quantities_refused_line_by_line():
    problems = check_approved_quantities([(10, 12), (5, None), (1_500, -1), (2_000, 2_001)])
    assert problems.as_dict() == {
        "lines[0].quantity_approved": "Line 1: the approved quantity cannot be more than the "
        "10 requested.",
        "lines[1].quantity_approved": "Line 2: the approved quantity is required.",
        "lines[2].quantity_approved": "Line 3: the approved quantity cannot be negative.",
        "lines[3].quantity_approved": "Line 4: the approved quantity cannot be more than the "
        "2,000 requested.",
    }


# --- fulfilment and coverage ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        ([(10, 0), (4, 0)], S.APPROVED),
        ([(10, 3), (4, 0)], S.PARTIALLY_FULFILLED),
        ([(10, 10), (4, 0)], S.PARTIALLY_FULFILLED),
        ([(10, 10), (4, 4)], S.FULFILLED),
        ([(10, 12), (4, 4)], S.FULFILLED),  # over-delivery
        ([(10, 15), (4, 1)], S.PARTIALLY_FULFILLED),  # over-delivery does not make up a short line
        ([(10, 10), (0, 0)], S.FULFILLED),  # a line approved at 0 is done
        ([(0, 0), (0, 0)], S.FULFILLED),
        ([(0, 2), (5, 0)], S.PARTIALLY_FULFILLED),
        ([], S.FULFILLED),  # nothing left to deliver
    ],
)
def test_fulfilment_is_derived_from_the_lines(lines, status):
    assert fulfilment_status(lines) is status
    assert fulfilment_status(iter(lines)) is status  # any iterable, read once


@pytest.mark.parametrize(
    ("current", "lines", "status"),
    [
        (S.APPROVED, [(10, 3)], S.PARTIALLY_FULFILLED),
        (S.PARTIALLY_FULFILLED, [(10, 10)], S.FULFILLED),
        (S.APPROVED, [(10, 10)], S.FULFILLED),
        (S.FULFILLED, [(10, 8)], S.PARTIALLY_FULFILLED),  # an accepted quantity corrected
        (S.PARTIALLY_FULFILLED, [(10, 0)], S.APPROVED),
        (S.CLOSED, [(10, 3)], S.CLOSED),
        (S.CANCELLED, [(10, 10)], S.CANCELLED),
        (S.SUBMITTED, [(10, 10)], S.SUBMITTED),
    ],
)
def test_deliveries_move_only_approved_requisitions(current, lines, status):
    assert follow_deliveries(current, lines) is status


@pytest.mark.parametrize(
    ("requested", "pledged", "coverage"),
    [
        (10, 0, Coverage.NONE),
        (10, 1, Coverage.PARTIAL),
        (10, 9, Coverage.PARTIAL),
        (10, 10, Coverage.FULL),
        (10, 25, Coverage.FULL),
        (0, 0, Coverage.FULL),
    ],
)
def test_pledge_coverage(requested, pledged, coverage):
    assert pledge_coverage(requested, pledged) is coverage
