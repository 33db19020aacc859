"""The status a pledges file types for a pledge, done as the pledge's buttons do it.

COMMITTED, WITHDRAWN and CLOSED are actions (:func:`~lsa_desktop.domain.pledges.next_pledge_status`),
refused with the domain's sentence when the pledge's state does not allow them. PARTIALLY_DELIVERED
and DELIVERED follow from the deliveries and are never typed, and a status the pledge has passed
(PLEDGED for a committed pledge) is history: a file saying either (a donor's copy of an old export,
say) is not refused for it; the status is left as it is, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass

from lsa_desktop.domain.enums import PledgeStatus, Severity
from lsa_desktop.domain.pledges import PledgeAction, PledgeRefused, next_pledge_status

P = PledgeStatus
#: Statuses in the order a pledge passes them (the final ones, CLOSED and WITHDRAWN, after all).
_STAGE = {P.PLEDGED: 0, P.COMMITTED: 1, P.PARTIALLY_DELIVERED: 2, P.DELIVERED: 3}
_ACTIONS = {
    P.COMMITTED: PledgeAction.COMMIT,
    P.WITHDRAWN: PledgeAction.WITHDRAW,
    P.CLOSED: PledgeAction.CLOSE,
}


def status_words(status: PledgeStatus) -> str:
    return status.value.lower().replace("_", " ")


@dataclass(frozen=True)
class TypedStatus:
    """The pledge's status once the typed one is done, and what to say at the Status cells."""

    status: PledgeStatus
    severity: Severity | None = None
    sentence: str = ""


def typed_status(
    reference: str, current: PledgeStatus, typed: PledgeStatus | None, *, itemised: bool
) -> TypedStatus:
    """``typed`` (None: the file says nothing) done to a pledge whose status is ``current``
    once its lines are written; ``itemised``: it has item lines."""
    if typed is None or typed == current:
        return TypedStatus(current)
    if typed in (P.PARTIALLY_DELIVERED, P.DELIVERED):
        return TypedStatus(
            current,
            Severity.WARNING,
            f"{status_words(typed).capitalize()} follows from the deliveries recorded and is never "
            f"typed: pledge {reference} stays {status_words(current)}.",
        )
    final = current in (P.CLOSED, P.WITHDRAWN)
    if typed in (P.PLEDGED, P.COMMITTED) and (final or _STAGE[current] >= _STAGE[typed]):
        return TypedStatus(
            current,
            Severity.WARNING,
            f"Pledge {reference} is {status_words(current)} already: the status "
            f"{status_words(typed)} is left as it is.",
        )
    try:
        return TypedStatus(next_pledge_status(current, _ACTIONS[typed], itemised=itemised))
    except PledgeRefused as refused:
        return TypedStatus(current, Severity.ERROR, str(refused))
