"""Putting what a delivery accepted into the unit, inside the write that records the delivery:
serialised items become ``Asset`` rows, bulk items raise the unit's stock line with a DELIVERY
movement. Holdings and readiness read those tables, so the unit's figures change as the delivery
is saved.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import Acquisition, AssetStatus, Condition, Owner, StockMovementKind
from lsa_desktop.domain.fleet_rules import suggested_tag
from lsa_desktop.domain.pledges import counts_serviceable
from lsa_desktop.services.assets import next_tag as next_free_tag
from lsa_desktop.store.models import (
    Asset,
    Delivery,
    DeliveryLine,
    EquipmentType,
    PledgeLine,
    StockLine,
    StockMovement,
)

#: Serials per query when looking for serials already used.
_CHUNK = 500


def serials_in_use(session: Session, serials: list[str]) -> dict[str, tuple[str, str]]:
    """Which of ``serials`` (kept in capitals, see ``clean_key``) items already carry, compared
    without case: serial -> (the item's tag, its type's name)."""
    found: dict[str, tuple[str, str]] = {}
    a, t = Asset.__table__.c, EquipmentType.__table__.c
    for start in range(0, len(serials), _CHUNK):
        chunk = serials[start : start + _CHUNK]
        statement = (
            select(func.upper(a.serial_number), a.tag, t.name)
            .join(EquipmentType.__table__, t.id == a.equipment_type_id)
            .where(func.upper(a.serial_number).in_(chunk))
        )
        for serial, tag, type_name in session.execute(statement):
            found.setdefault(serial, (tag, type_name))
    return found


def add_items(
    session: Session,
    kind: EquipmentType,
    unit_id: uuid.UUID,
    count: int,
    *,
    serials: tuple[str, ...],
    condition: Condition,
    delivered_on: date,
) -> list[str]:
    """``count`` donated items of ``kind`` for the unit, tagged with the type's next tags
    ("NVG-000124", as the registers do); ``serials`` one per item, or () when none were noted.
    Items arriving in a condition that does not work are unserviceable. A vehicle gets no
    registration: its plates are issued after arrival and entered on the vehicle's form. Returns
    the tags."""
    status = AssetStatus.IN_SERVICE if counts_serviceable(condition) else AssetStatus.UNSERVICEABLE
    next_service = (
        delivered_on + timedelta(days=kind.service_interval_days)
        if kind.service_interval_days
        else None
    )
    tags: list[str] = []
    for position in range(count):
        tag = suggested_tag(kind.code, tags[-1]) if tags else next_free_tag(session, kind.code)
        tags.append(tag)
        session.add(
            Asset(
                tag=tag,
                serial_number=serials[position] if serials else "",
                registration=None,
                equipment_type_id=kind.id,
                unit_id=unit_id,
                make=kind.default_make,
                model=kind.default_model,
                owner=Owner.DONOR,
                acquisition=Acquisition.DONATION,
                status=status,
                condition=condition,
                acquired_on=delivered_on,
                next_service_date=next_service,
            )
        )
    session.flush()  # the next line of the same type reads these tags
    return tags


def add_stock(
    session: Session,
    unit_id: uuid.UUID,
    equipment_type_id: uuid.UUID,
    count: int,
    *,
    condition: Condition,
    delivered_on: date,
    waybill: str,
    note: str,
) -> None:
    """Raise the unit's stock line of the type by ``count`` on hand (and serviceable, if the
    condition works), with a DELIVERY movement naming the waybill. A missing line is created; an
    archived one is brought back, first counted down to nothing (the unit held none of it while
    it was archived) so that its movements still add up to what it holds."""
    line = session.execute(
        select(StockLine).where(
            col(StockLine.unit_id) == unit_id,
            col(StockLine.equipment_type_id) == equipment_type_id,
        )
    ).scalar_one_or_none()
    if line is None:
        line = StockLine(
            unit_id=unit_id, equipment_type_id=equipment_type_id, on_hand=0, serviceable=0
        )
        session.add(line)
        session.flush()  # the movements refer to it
    elif line.archived:
        if line.on_hand or line.serviceable:
            session.add(
                StockMovement(
                    stock_line_id=line.id,
                    moved_on=delivered_on,
                    kind=StockMovementKind.COUNT,
                    delta_on_hand=-line.on_hand,
                    delta_serviceable=-line.serviceable,
                    reference=waybill,
                    note="Archived line brought back by a delivery: the unit held none.",
                )
            )
            line.on_hand = line.serviceable = 0
        line.archived = False
    serviceable = count if counts_serviceable(condition) else 0
    session.add(
        StockMovement(
            stock_line_id=line.id,
            moved_on=delivered_on,
            kind=StockMovementKind.DELIVERY,
            delta_on_hand=count,
            delta_serviceable=serviceable,
            reference=waybill,
            note=note,
        )
    )
    line.on_hand += count
    line.serviceable += serviceable


def receive_line(
    session: Session,
    delivery: Delivery,
    pledge_reference: str,
    target: PledgeLine,
    kind: EquipmentType,
    *,
    received: int,
    accepted: int,
    condition: Condition,
    reason: str = "",
    serials: tuple[str, ...] = (),
) -> None:
    """One line of ``delivery`` against the pledge line ``target``, and what it accepted into
    the line's unit: items of a serialised ``kind`` (with ``serials``, or none), else stock.
    The delivery form and the deliveries import both receive through here."""
    session.add(
        DeliveryLine(
            delivery_id=delivery.id,
            pledge_line_id=target.id,
            quantity_received=received,
            quantity_accepted=accepted,
            condition=condition,
            discrepancy_reason=reason,
        )
    )
    if not accepted:
        return
    if kind.serialised:
        add_items(
            session,
            kind,
            target.unit_id,
            accepted,
            serials=serials,
            condition=condition,
            delivered_on=delivery.delivered_on,
        )
    else:
        add_stock(
            session,
            target.unit_id,
            kind.id,
            accepted,
            condition=condition,
            delivered_on=delivery.delivered_on,
            waybill=delivery.waybill_reference,
            note=f"Pledge {pledge_reference}",
        )
