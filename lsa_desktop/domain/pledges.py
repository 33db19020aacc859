"""The life of a pledge and the checks of donors, pledges and deliveries, without a database.

A pledge is a donor's promise: item lines (each for a unit and an equipment type, often against a
requisition line) or, without lines, a value alone (cash to the trust fund). Its states::

    PLEDGED -> COMMITTED (the donor confirmed it)
    PLEDGED, COMMITTED -> WITHDRAWN (the donor will not deliver)
    PLEDGED, COMMITTED -> PARTIALLY_DELIVERED -> DELIVERED (derived from the deliveries)
    PARTIALLY_DELIVERED, DELIVERED -> CLOSED (nothing more will come)
    CLOSED, WITHDRAWN are final

Delivery is never an action that sets a state: :func:`follow_pledge_deliveries` derives it from
what each line pledged and what deliveries accepted. A pledge recorded by its value alone has no
lines to receive against; it is closed once the money has arrived (the donor figures then count
its value as delivered). Once something has arrived a pledge is closed, not withdrawn, so that
what was delivered always stays part of what was pledged.

The services call these rules before writing anything and the views enable their buttons from
:func:`allowed_pledge_actions`, so a widget never decides what is allowed. What a donor, a pledge
or a delivery form may hold is checked by :mod:`lsa_desktop.domain.pledge_inputs`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum

from lsa_desktop.domain.enums import OPEN_PLEDGE_STATUSES, Condition, PledgeStatus
from lsa_desktop.errors import InvalidInput

P = PledgeStatus


class PledgeAction(StrEnum):
    """What a person does to a pledge. RECEIVE (record a delivery) and EDIT leave the state to
    the deliveries; they are here so that a view enables those buttons the same way."""

    COMMIT = "COMMIT"
    WITHDRAW = "WITHDRAW"
    CLOSE = "CLOSE"
    RECEIVE = "RECEIVE"
    EDIT = "EDIT"


class PledgeRefused(InvalidInput):
    """An action the pledge's state does not allow; ``str(error)`` says why and what to do."""

    def __init__(self, status: PledgeStatus, action: PledgeAction, *, itemised: bool) -> None:
        self.status = status
        self.action = action
        super().__init__(_refusal(status, action, itemised))


_A = PledgeAction
_TRANSITIONS: Mapping[tuple[PledgeStatus, PledgeAction], PledgeStatus] = {
    (P.PLEDGED, _A.COMMIT): P.COMMITTED,
    (P.PLEDGED, _A.WITHDRAW): P.WITHDRAWN,
    (P.PLEDGED, _A.RECEIVE): P.PLEDGED,
    (P.PLEDGED, _A.EDIT): P.PLEDGED,
    (P.COMMITTED, _A.WITHDRAW): P.WITHDRAWN,
    (P.COMMITTED, _A.RECEIVE): P.COMMITTED,
    (P.COMMITTED, _A.EDIT): P.COMMITTED,
    (P.PARTIALLY_DELIVERED, _A.CLOSE): P.CLOSED,
    (P.PARTIALLY_DELIVERED, _A.RECEIVE): P.PARTIALLY_DELIVERED,
    (P.PARTIALLY_DELIVERED, _A.EDIT): P.PARTIALLY_DELIVERED,
    (P.DELIVERED, _A.CLOSE): P.CLOSED,
}
#: A pledge recorded by its value alone: closed when the money arrives; nothing to receive.
_VALUE_ONLY: Mapping[tuple[PledgeStatus, PledgeAction], PledgeStatus | None] = {
    (P.PLEDGED, _A.CLOSE): P.CLOSED,
    (P.COMMITTED, _A.CLOSE): P.CLOSED,
    (P.PLEDGED, _A.RECEIVE): None,
    (P.COMMITTED, _A.RECEIVE): None,
}
#: States whose status follows the deliveries (closed and withdrawn ones stay as they are).
_FOLLOWING = frozenset({*OPEN_PLEDGE_STATUSES, P.DELIVERED})


def next_pledge_status(
    current: PledgeStatus, action: PledgeAction, *, itemised: bool = True
) -> PledgeStatus:
    """The state ``action`` leads to (RECEIVE and EDIT keep it); :class:`PledgeRefused` when
    ``current`` refuses it. ``itemised``: the pledge has item lines (False: a value alone)."""
    key = (current, action)
    after = _VALUE_ONLY.get(key, _TRANSITIONS.get(key)) if not itemised else _TRANSITIONS.get(key)
    if after is None:
        raise PledgeRefused(current, action, itemised=itemised)
    return after


def allowed_pledge_actions(
    status: PledgeStatus, *, itemised: bool = True
) -> frozenset[PledgeAction]:
    """The actions a pledge in ``status`` accepts: the buttons a view enables."""
    allowed = set()
    for action in PledgeAction:
        try:
            next_pledge_status(status, action, itemised=itemised)
        except PledgeRefused:
            continue
        allowed.add(action)
    return frozenset(allowed)


def follow_pledge_deliveries(
    current: PledgeStatus, lines: Iterable[tuple[int, int]]
) -> PledgeStatus:
    """The state once deliveries changed, from each line's (quantity pledged, accepted):
    DELIVERED when no line is short, PARTIALLY_DELIVERED when something arrived, else the state
    before any delivery (COMMITTED for a pledge whose deliveries were all taken back: it had been
    delivering). Closed, withdrawn and value-only pledges (no lines) are left as they are."""
    figures = list(lines)
    if current not in _FOLLOWING or not figures:
        return current
    if all(accepted >= quantity for quantity, accepted in figures):
        return P.DELIVERED
    if any(accepted > 0 for _quantity, accepted in figures):
        return P.PARTIALLY_DELIVERED
    return P.COMMITTED if current in (P.PARTIALLY_DELIVERED, P.DELIVERED) else current


def is_overdue(status: PledgeStatus, expected_delivery: date | None, today: date) -> bool:
    """An open pledge whose expected delivery date has passed."""
    return (
        status in OPEN_PLEDGE_STATUSES
        and expected_delivery is not None
        and expected_delivery < today
    )


def counts_serviceable(condition: Condition) -> bool:
    """Whether items received in ``condition`` work: major damage or needing maintenance do not
    (they arrive unserviceable); new, good and minor damage do."""
    return condition not in (Condition.MAJOR_DAMAGE, Condition.NEEDS_MAINTENANCE)


_STATUS_WORDS = {
    P.PLEDGED: "A pledge not yet committed",
    P.COMMITTED: "A committed pledge",
    P.PARTIALLY_DELIVERED: "A partly delivered pledge",
    P.DELIVERED: "A delivered pledge",
    P.CLOSED: "A closed pledge",
    P.WITHDRAWN: "A withdrawn pledge",
}
_ACTION_WORDS = {
    _A.COMMIT: "be marked committed",
    _A.WITHDRAW: "be withdrawn",
    _A.CLOSE: "be closed",
    _A.RECEIVE: "take a delivery",
    _A.EDIT: "be edited",
}
_NOTHING_ARRIVED = (
    "nothing has arrived yet. Record its deliveries, or withdraw it if the donor will not deliver."
)
_ALL_ARRIVED = "everything pledged has arrived"
_NEW_PLEDGE = "Record anything more from the donor as a new pledge."
_REASONS: Mapping[tuple[PledgeStatus, PledgeAction], str] = {
    (P.PLEDGED, _A.CLOSE): _NOTHING_ARRIVED,
    (P.COMMITTED, _A.COMMIT): "it is committed already.",
    (P.COMMITTED, _A.CLOSE): _NOTHING_ARRIVED,
    (P.PARTIALLY_DELIVERED, _A.COMMIT): "deliveries have started, so it is committed already.",
    (P.PARTIALLY_DELIVERED, _A.WITHDRAW): "some items have arrived already. Close it instead: "
    "what has not arrived then stops counting against the gaps.",
    (P.DELIVERED, _A.COMMIT): f"{_ALL_ARRIVED}.",
    (P.DELIVERED, _A.WITHDRAW): f"{_ALL_ARRIVED}. Close it.",
    (P.DELIVERED, _A.RECEIVE): f"{_ALL_ARRIVED}. {_NEW_PLEDGE}",
    (P.DELIVERED, _A.EDIT): f"{_ALL_ARRIVED}. Close it. {_NEW_PLEDGE}",
}
_FINAL_REASONS = {
    P.CLOSED: f"it is closed, which is final. {_NEW_PLEDGE}",
    P.WITHDRAWN: f"it was withdrawn, which is final. {_NEW_PLEDGE}",
}
_VALUE_ONLY_RECEIVE = (
    "it is recorded by its value alone, with no item lines to receive against. Add its lines "
    "first, or close it once the money has arrived."
)


def _refusal(status: PledgeStatus, action: PledgeAction, itemised: bool) -> str:
    if status in _FINAL_REASONS:
        reason = _FINAL_REASONS[status]
    elif not itemised and action is _A.RECEIVE:
        reason = _VALUE_ONLY_RECEIVE
    else:
        reason = _REASONS[(status, action)]
    return f"{_STATUS_WORDS[status]} cannot {_ACTION_WORDS[action]}: {reason}"
