"""The pledge state machine without a database: every (state, action) pair against tables written
out here, for pledges with item lines and pledges recorded by their value alone; the status
deliveries give; what counts as overdue and as serviceable on arrival."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from lsa_desktop.domain.enums import Condition, PledgeStatus
from lsa_desktop.domain.pledges import (
    PledgeAction,
    PledgeRefused,
    allowed_pledge_actions,
    counts_serviceable,
    follow_pledge_deliveries,
    is_overdue,
    next_pledge_status,
)
from lsa_desktop.errors import InvalidInput

S = PledgeStatus
A = PledgeAction

# Rows: states; columns: COMMIT, WITHDRAW, CLOSE, RECEIVE, EDIT.
# A state is where the action leads; None means the action is refused.
COLUMNS = (A.COMMIT, A.WITHDRAW, A.CLOSE, A.RECEIVE, A.EDIT)
_ = None
ITEMISED = {
    S.PLEDGED: (S.COMMITTED, S.WITHDRAWN, _, S.PLEDGED, S.PLEDGED),
    S.COMMITTED: (_, S.WITHDRAWN, _, S.COMMITTED, S.COMMITTED),
    S.PARTIALLY_DELIVERED: (_, _, S.CLOSED, S.PARTIALLY_DELIVERED, S.PARTIALLY_DELIVERED),
    S.DELIVERED: (_, _, S.CLOSED, _, _),
    S.CLOSED: (_, _, _, _, _),
    S.WITHDRAWN: (_, _, _, _, _),
}
# A pledge of a value alone is closed when the money arrives and never receives a delivery.
VALUE_ONLY = {
    **ITEMISED,
    S.PLEDGED: (S.COMMITTED, S.WITHDRAWN, S.CLOSED, _, S.PLEDGED),
    S.COMMITTED: (_, S.WITHDRAWN, S.CLOSED, _, S.COMMITTED),
}
TABLES = {True: ITEMISED, False: VALUE_ONLY}


def test_the_tables_cover_every_state_and_action():
    for table in TABLES.values():
        assert set(table) == set(PledgeStatus)
    assert set(COLUMNS) == set(PledgeAction)


@pytest.mark.parametrize(
    ("status", "action", "itemised"),
    list(itertools.product(PledgeStatus, PledgeAction, (True, False))),
)
def test_every_transition(status, action, itemised):
    target = TABLES[itemised][status][COLUMNS.index(action)]
    if target is not None:
        assert next_pledge_status(status, action, itemised=itemised) is target
        assert action in allowed_pledge_actions(status, itemised=itemised)
    else:
        with pytest.raises(PledgeRefused) as refused:
            next_pledge_status(status, action, itemised=itemised)
        message = str(refused.value)
        assert message.startswith("A ") and " pledge" in message and " cannot " in message
        assert message.endswith(".") and "None" not in message
        assert refused.value.status is status and refused.value.action is action
        assert isinstance(refused.value, InvalidInput)
        assert action not in allowed_pledge_actions(status, itemised=itemised)


def test_itemised_is_the_default():
    assert next_pledge_status(S.COMMITTED, A.RECEIVE) is S.COMMITTED
    assert allowed_pledge_actions(S.PLEDGED) == {A.COMMIT, A.WITHDRAW, A.RECEIVE, A.EDIT}


@pytest.mark.parametrize(
    ("status", "action", "itemised", "sentence"),
    [
        (
            S.PLEDGED,
            A.CLOSE,
            True,
            "A pledge not yet committed cannot be closed: nothing has arrived yet. Record its "
            "deliveries, or withdraw it if the donor will not deliver.",
        ),
        (
            S.COMMITTED,
            A.COMMIT,
            True,
            "A committed pledge cannot be marked committed: it is committed already.",
        ),
        (
            S.PARTIALLY_DELIVERED,
            A.WITHDRAW,
            True,
            "A partly delivered pledge cannot be withdrawn: some items have arrived already. "
            "Close it instead: what has not arrived then stops counting against the gaps.",
        ),
        (
            S.DELIVERED,
            A.RECEIVE,
            True,
            "A delivered pledge cannot take a delivery: everything pledged has arrived. Record "
            "anything more from the donor as a new pledge.",
        ),
        (
            S.WITHDRAWN,
            A.EDIT,
            True,
            "A withdrawn pledge cannot be edited: it was withdrawn, which is final. Record "
            "anything more from the donor as a new pledge.",
        ),
        (
            S.CLOSED,
            A.RECEIVE,
            False,
            "A closed pledge cannot take a delivery: it is closed, which is final. Record "
            "anything more from the donor as a new pledge.",
        ),
        (
            S.COMMITTED,
            A.RECEIVE,
            False,
            "A committed pledge cannot take a delivery: it is recorded by its value alone, with "
            "no item lines to receive against. Add its lines first, or close it once the money "
            "has arrived.",
        ),
    ],
)
def test_refusals_say_why_and_what_to_do(status, action, itemised, sentence):
    with pytest.raises(PledgeRefused) as refused:
        next_pledge_status(status, action, itemised=itemised)
    assert str(refused.value) == sentence


@pytest.mark.parametrize(
    ("current", "lines", "after"),
    [
        # nothing arrived: the state before any delivery stays
        (S.PLEDGED, [(10, 0), (5, 0)], S.PLEDGED),
        (S.COMMITTED, [(10, 0)], S.COMMITTED),
        # something arrived
        (S.PLEDGED, [(10, 4), (5, 0)], S.PARTIALLY_DELIVERED),
        (S.COMMITTED, [(10, 10), (5, 0)], S.PARTIALLY_DELIVERED),
        (S.DELIVERED, [(10, 9)], S.PARTIALLY_DELIVERED),  # an accepted quantity corrected down
        # everything arrived (more than pledged on one line does not make up for another)
        (S.PLEDGED, [(10, 10), (5, 5)], S.DELIVERED),
        (S.PARTIALLY_DELIVERED, [(10, 12), (5, 5)], S.DELIVERED),
        (S.PARTIALLY_DELIVERED, [(10, 12), (5, 4)], S.PARTIALLY_DELIVERED),
        # deliveries taken back from a pledge that had been delivering: committed
        (S.PARTIALLY_DELIVERED, [(10, 0)], S.COMMITTED),
        (S.DELIVERED, [(10, 0)], S.COMMITTED),
        # final states, and pledges without lines, do not follow
        (S.CLOSED, [(10, 10)], S.CLOSED),
        (S.WITHDRAWN, [(10, 3)], S.WITHDRAWN),
        (S.COMMITTED, [], S.COMMITTED),
    ],
)
def test_status_follows_the_deliveries(current, lines, after):
    assert follow_pledge_deliveries(current, iter(lines)) is after


TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("status", "expected", "overdue"),
    [
        (S.PLEDGED, date(2025, 5, 31), True),
        (S.COMMITTED, date(2025, 5, 31), True),
        (S.PARTIALLY_DELIVERED, date(2025, 1, 1), True),
        (S.COMMITTED, TODAY, False),  # due today is not late yet
        (S.COMMITTED, None, False),  # no date promised
        (S.DELIVERED, date(2025, 1, 1), False),
        (S.CLOSED, date(2025, 1, 1), False),
        (S.WITHDRAWN, date(2025, 1, 1), False),
    ],
)
def test_overdue(status, expected, overdue):
    assert is_overdue(status, expected, TODAY) is overdue


@pytest.mark.parametrize(
    ("condition", "works"),
    [
        (Condition.NEW, True),
        (Condition.GOOD, True),
        (Condition.MINOR_DAMAGE, True),
        (Condition.MAJOR_DAMAGE, False),
        (Condition.NEEDS_MAINTENANCE, False),
    ],
)
def test_what_arrives_serviceable(condition, works):
    assert counts_serviceable(condition) is works
