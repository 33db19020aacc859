"""What the deliveries import reads of the pledges a file names, and how it writes a delivery
(see :mod:`.deliveries` for the rules, :mod:`.delivery_groups` for the checks).

What the file's pledges hold is read once for the whole file (:class:`PledgeBook`): the pledges,
their lines with their types, what deliveries accepted on each line, and the deliveries already
recorded with their lines. The book also keeps what the file's earlier deliveries accept, so that
two waybills of one pledge in one file are held to what is still outstanding together.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, func, select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import PledgeStatus
from lsa_desktop.services.fulfilment import follow_requisitions
from lsa_desktop.services.receiving import receive_line
from lsa_desktop.store.models import (
    Delivery,
    DeliveryLine,
    EquipmentType,
    Pledge,
    PledgeLine,
    RequisitionLine,
    Unit,
)

if TYPE_CHECKING:
    from lsa_desktop.excel.importers.delivery_groups import DeliveryGroup, DeliveryRow

_CHUNK = 500


class PledgeBook:
    """What the file's pledges hold, read in a few queries, and what the file adds to it."""

    def __init__(self, session: Session, matched: Sequence[Row[Any]]) -> None:
        ids = [row.id for row in matched]
        self.pledges: dict[uuid.UUID, Pledge] = {}
        self.lines: dict[uuid.UUID, list[PledgeLine]] = {pledge_id: [] for pledge_id in ids}
        self.accepted: dict[uuid.UUID, int] = {}
        self.deliveries: dict[uuid.UUID, list[Delivery]] = {pledge_id: [] for pledge_id in ids}
        self.delivered: dict[uuid.UUID, list[DeliveryLine]] = {}  # by delivery
        dl = DeliveryLine.__table__.c
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for pledge in session.execute(
                select(Pledge).where(col(Pledge.id).in_(chunk))
            ).scalars():
                self.pledges[pledge.id] = pledge
            lines = select(PledgeLine).where(col(PledgeLine.pledge_id).in_(chunk))
            for line in session.execute(lines).scalars():
                self.lines[line.pledge_id].append(line)
            deliveries = select(Delivery).where(col(Delivery.pledge_id).in_(chunk))
            for delivery in session.execute(deliveries).scalars():
                self.deliveries[delivery.pledge_id].append(delivery)
                self.delivered[delivery.id] = []
            recorded = (
                select(DeliveryLine)
                .join(Delivery, col(Delivery.id) == col(DeliveryLine.delivery_id))
                .where(col(Delivery.pledge_id).in_(chunk))
            )
            for recorded_line in session.execute(recorded).scalars():
                self.delivered[recorded_line.delivery_id].append(recorded_line)
            accepted = (
                select(dl.pledge_line_id, func.sum(dl.quantity_accepted))
                .join(PledgeLine.__table__, PledgeLine.__table__.c.id == dl.pledge_line_id)
                .where(PledgeLine.__table__.c.pledge_id.in_(chunk))
                .group_by(dl.pledge_line_id)
            )
            self.accepted.update({i: int(n) for i, n in session.execute(accepted)})
        type_ids = {line.equipment_type_id for lines in self.lines.values() for line in lines}
        unit_ids = {line.unit_id for lines in self.lines.values() for line in lines}
        t, u = EquipmentType.__table__.c, Unit.__table__.c
        kinds = select(t.id, t.serialised).where(t.id.in_(type_ids))
        self.serialised = {type_id: serialised for type_id, serialised in session.execute(kinds)}
        archived = select(u.id).where(u.id.in_(unit_ids), u.archived)
        self.archived_units = set(session.execute(archived).scalars())
        #: Each pledge's status as the file's deliveries leave it (those planned so far).
        self.status = {pledge_id: pledge.status for pledge_id, pledge in self.pledges.items()}


class DeliveryWriter:
    """Writes one delivery as the delivery service does: the delivery (once, unless recorded
    already), each line with what it accepted into the unit (items with the type's next tags,
    or stock), then the pledge's status and the fulfilment of the requisitions it answers."""

    def __init__(self, group: DeliveryGroup, status: PledgeStatus) -> None:
        self.group = group
        self.status = status  # the pledge's, once this delivery is received
        self.delivery = group.delivery

    def for_row(self, line: DeliveryRow, settle: bool) -> Callable[[Session], None]:
        def apply(session: Session) -> None:
            delivery = self._ensure(session)
            self._receive(session, delivery, line)
            if settle:
                self._settle(session)

        return apply

    def _ensure(self, session: Session) -> Delivery:
        group = self.group
        if self.delivery is None:
            assert group.delivered_on is not None  # checked by the rules
            self.delivery = Delivery(
                pledge_id=group.pledge.id,
                delivered_on=group.delivered_on,
                waybill_reference=group.waybill,
                received_by=group.received_by,
            )
            session.add(self.delivery)
            session.flush()  # its lines refer to it
        return self.delivery

    def _receive(self, session: Session, delivery: Delivery, line: DeliveryRow) -> None:
        target = line.target
        assert target is not None  # found for every valid row
        kind = session.get(EquipmentType, target.equipment_type_id)
        assert kind is not None  # a foreign key
        receive_line(
            session,
            delivery,
            self.group.pledge.reference,
            target,
            kind,
            received=line.received,
            accepted=line.accepted,
            condition=line.condition,
            reason=line.reason,
        )

    def _settle(self, session: Session) -> None:
        pledge = self.group.pledge
        session.flush()  # what follow_requisitions reads
        if pledge.status != self.status:
            pledge.status = self.status
        wanted = [
            line.requisition_line_id
            for line in self.group.book.lines[pledge.id]
            if line.requisition_line_id
        ]
        if wanted:
            rl = RequisitionLine.__table__.c
            statement = select(rl.requisition_id).where(rl.id.in_(wanted))
            follow_requisitions(session, set(session.execute(statement).scalars()))
