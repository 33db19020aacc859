"""Receiving a delivery against a pledge, in one write: the delivery and its lines, the items and
stock it brings into the units (:mod:`lsa_desktop.services.receiving`), the pledge's status, and
the fulfilment of the requisitions its lines answer. Readiness and the gaps read the same tables,
so they change as the delivery is saved, and an undo takes it all back at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session

from lsa_desktop.domain.pledge_inputs import (
    DeliveryInput,
    DeliveryLineInput,
    ReceivableLine,
    check_delivery,
)
from lsa_desktop.domain.pledges import (
    PledgeAction,
    allowed_pledge_actions,
    follow_pledge_deliveries,
    next_pledge_status,
)
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.fulfilment import follow_requisitions
from lsa_desktop.services.pledge_details import (
    DeliveryDetail,
    DeliveryLineDetail,
    PledgeLineDetail,
    accepted_per_line,
    delivery_details,
    pledge_line_details,
)
from lsa_desktop.services.pledge_lines import lines_of
from lsa_desktop.services.receiving import receive_line, serials_in_use
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.store.models import (
    Delivery,
    EquipmentType,
    Pledge,
    PledgeLine,
    RequisitionLine,
    Unit,
)

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

__all__ = [
    "DeliveryDetail",
    "DeliveryInput",
    "DeliveryLineDetail",
    "DeliveryLineInput",
    "DeliveryService",
]


class DeliveryService:
    """Deliveries; each public method is one read or one write."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    def receivable_lines(self, pledge_id: uuid.UUID) -> list[PledgeLineDetail]:
        """The pledge's lines with something still to arrive; none when the pledge cannot take
        a delivery (see its ``allowed_actions``)."""
        with self.store.read() as session:
            pledge = get_or_refuse(session, Pledge, pledge_id, "pledge")
            lines = pledge_line_details(session, pledge.id)
            if PledgeAction.RECEIVE not in allowed_pledge_actions(
                pledge.status, itemised=bool(lines)
            ):
                return []
            return [line for line in lines if line.outstanding > 0]

    def record(self, values: DeliveryInput) -> DeliveryDetail:
        """Receive a delivery against the pledge's lines, in one write.

        Lines with nothing received are left out. Accepted serialised items become items of the
        pledge line's unit (owner DONOR, acquisition DONATION, in service unless their condition
        does not work), with the serials given or none, and the type's next tags; accepted bulk
        items raise the unit's stock line. The pledge then follows its lines (partly delivered,
        delivered) and the requisitions they answer their fulfilment. Raises ``PledgeRefused``
        when the pledge cannot take a delivery, ``ValidationFailed`` with a sentence per field
        otherwise.
        """
        values = values.cleaned()
        today = self._today()
        with self.store.write() as session:
            pledge = get_or_refuse(session, Pledge, values.pledge_id, "pledge")
            lines = {line.id: line for line in lines_of(session, pledge.id)}
            next_pledge_status(pledge.status, PledgeAction.RECEIVE, itemised=bool(lines))
            accepted = accepted_per_line(session, pledge.id)
            kinds = {line.id: _kind(session, line) for line in lines.values()}
            receivable = {
                line.id: ReceivableLine(
                    outstanding=max(0, line.quantity - accepted[line.id]),
                    serialised=kinds[line.id].serialised,
                )
                for line in lines.values()
            }
            problems = check_delivery(values, receivable, pledged_on=pledge.pledged_on, today=today)
            _check_against_database(session, problems, values, lines)
            problems.raise_if_any()
            assert values.delivered_on is not None
            delivery = Delivery(
                pledge_id=pledge.id,
                delivered_on=values.delivered_on,
                waybill_reference=values.waybill_reference,
                received_by=values.received_by,
            )
            session.add(delivery)
            session.flush()
            # In pledge line order: the order the delivery's items are read back in
            # (see pledge_details._tags_of).
            received = sorted(
                (line for line in values.lines if line.received),
                key=lambda line: line.pledge_line_id.hex,
            )
            for line in received:
                target = lines[line.pledge_line_id]
                receive_line(
                    session,
                    delivery,
                    pledge.reference,
                    target,
                    kinds[target.id],
                    received=line.quantity_received or 0,
                    accepted=line.quantity_accepted or 0,
                    condition=line.condition,
                    reason=line.discrepancy_reason.strip(),
                    serials=line.serials,
                )
                accepted[target.id] += line.quantity_accepted or 0
            session.flush()
            status = follow_pledge_deliveries(
                pledge.status, [(line.quantity, accepted[line.id]) for line in lines.values()]
            )
            if status != pledge.status:
                pledge.status = status
            follow_requisitions(session, _requisitions_of(session, lines.values()))
            session.flush()
            [detail] = delivery_details(session, pledge.id, pledge.reference, [delivery.id])
            return detail


def _kind(session: Session, line: PledgeLine) -> EquipmentType:
    kind = session.get(EquipmentType, line.equipment_type_id)
    assert kind is not None  # foreign key
    return kind


def _requisitions_of(session: Session, lines: Iterable[PledgeLine]) -> set[uuid.UUID]:
    """The requisitions the pledge's lines answer."""
    wanted = [line.requisition_line_id for line in lines if line.requisition_line_id]
    if not wanted:
        return set()
    rl = RequisitionLine.__table__.c
    return set(session.execute(select(rl.requisition_id).where(rl.id.in_(wanted))).scalars())


def _check_against_database(
    session: Session,
    problems: Problems,
    values: DeliveryInput,
    lines: Mapping[uuid.UUID, PledgeLine],
) -> None:
    """What only the database knows: serials other items carry already, and units archived
    since the pledge was made (their holdings would vanish from the registers)."""
    serials = [serial for line in values.lines if line.received for serial in line.serials]
    in_use = serials_in_use(session, serials) if serials else {}
    for index, line in enumerate(values.lines):
        target = lines.get(line.pledge_line_id)
        if not line.received or target is None:
            continue
        label = f"Line {index + 1}"
        unit = session.get(Unit, target.unit_id)
        assert unit is not None  # foreign key
        if unit.archived:
            problems.add(
                f"lines[{index}].quantity_received",
                f"{label}: unit {unit.code} is archived, so nothing can be received for it. "
                "Bring the unit back first.",
            )
        for serial in line.serials:
            if serial in in_use:
                tag, type_name = in_use[serial]
                problems.add(
                    f"lines[{index}].identifiers",
                    f"{label}: serial number {serial} is already on item {tag} ({type_name}). "
                    "Check the number.",
                )
                break
