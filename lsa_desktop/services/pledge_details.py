"""A pledge as its form shows it: its lines with what arrived against each, its deliveries with
the items they created, its money and the actions it allows. Read inside a session, so that a
write can return the pledge it has just changed."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlmodel import Session

from lsa_desktop.domain.enums import Condition, PledgeKind, PledgeStatus
from lsa_desktop.domain.pledges import PledgeAction, allowed_pledge_actions
from lsa_desktop.services.donor_figures import figure_rows
from lsa_desktop.store.models import (
    Asset,
    AuditEntry,
    Delivery,
    DeliveryLine,
    Donor,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)

_pledge_line = PledgeLine.__table__
_delivery = Delivery.__table__
_delivery_line = DeliveryLine.__table__
_unit = Unit.__table__
_type = EquipmentType.__table__
_requisition = Requisition.__table__
_requisition_line = RequisitionLine.__table__
_pledge = Pledge.__table__
_donor = Donor.__table__
_audit = AuditEntry.__table__
_asset = Asset.__table__


@dataclass(frozen=True, slots=True)
class PledgeRow:
    id: uuid.UUID
    reference: str
    donor_id: uuid.UUID
    donor_name: str
    pledged_on: date
    kind: PledgeKind
    status: PledgeStatus
    expected_delivery: date | None
    overdue: bool
    value_usd: float  # what was pledged (also when withdrawn)
    delivered_usd: float
    outstanding_usd: float


@dataclass(frozen=True, slots=True)
class PledgeLineDetail:
    id: uuid.UUID
    requisition_line_id: uuid.UUID | None
    requisition_reference: str | None
    unit_id: uuid.UUID
    unit_code: str
    equipment_type_id: uuid.UUID
    type_code: str
    type_name: str
    serialised: bool
    quantity: int
    unit_value_usd: float
    accepted: int
    outstanding: int  # max(0, quantity - accepted)


@dataclass(frozen=True, slots=True)
class DeliveryLineDetail:
    pledge_line_id: uuid.UUID
    unit_code: str
    type_code: str
    type_name: str
    quantity_received: int
    quantity_accepted: int
    condition: Condition
    discrepancy_reason: str
    asset_tags: tuple[str, ...]  # the items created (serialised types)


@dataclass(frozen=True, slots=True)
class DeliveryDetail:
    id: uuid.UUID
    pledge_id: uuid.UUID
    pledge_reference: str
    delivered_on: date
    waybill_reference: str
    received_by: str
    lines: tuple[DeliveryLineDetail, ...]


@dataclass(frozen=True, slots=True)
class PledgeDetail:
    id: uuid.UUID
    reference: str
    donor_id: uuid.UUID
    donor_name: str
    pledged_on: date
    kind: PledgeKind
    status: PledgeStatus
    expected_delivery: date | None
    overdue: bool
    value_usd: float
    delivered_usd: float
    outstanding_usd: float
    notes: str
    lines: tuple[PledgeLineDetail, ...]
    deliveries: tuple[DeliveryDetail, ...]  # oldest first
    allowed_actions: frozenset[PledgeAction]

    @property
    def itemised(self) -> bool:
        """Whether it lists items (False: recorded by its value alone)."""
        return bool(self.lines)


def accepted_per_line(session: Session, pledge_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Per line of the pledge, what deliveries accepted against it (lines without any: 0)."""
    pl, dl = _pledge_line.c, _delivery_line.c
    statement = (
        select(pl.id, func.coalesce(func.sum(dl.quantity_accepted), 0))
        .outerjoin(_delivery_line, dl.pledge_line_id == pl.id)
        .where(pl.pledge_id == pledge_id)
        .group_by(pl.id)
    )
    return {line_id: int(accepted) for line_id, accepted in session.execute(statement)}


def pledge_line_details(session: Session, pledge_id: uuid.UUID) -> list[PledgeLineDetail]:
    """The pledge's lines in unit and type order, with what was accepted against each."""
    pl, u, t, r, rl = _pledge_line.c, _unit.c, _type.c, _requisition.c, _requisition_line.c
    accepted = accepted_per_line(session, pledge_id)
    statement = (
        select(
            pl.id,
            pl.requisition_line_id,
            r.reference.label("requisition_reference"),
            pl.unit_id,
            u.code.label("unit_code"),
            pl.equipment_type_id,
            t.code.label("type_code"),
            t.name.label("type_name"),
            t.serialised,
            pl.quantity,
            pl.unit_value_usd,
        )
        .select_from(
            _pledge_line.join(_unit, u.id == pl.unit_id)
            .join(_type, t.id == pl.equipment_type_id)
            .outerjoin(_requisition_line, rl.id == pl.requisition_line_id)
            .outerjoin(_requisition, r.id == rl.requisition_id)
        )
        .where(pl.pledge_id == pledge_id)
        .order_by(u.code, t.code, r.reference)
    )
    return [
        PledgeLineDetail(
            id=row.id,
            requisition_line_id=row.requisition_line_id,
            requisition_reference=row.requisition_reference,
            unit_id=row.unit_id,
            unit_code=row.unit_code,
            equipment_type_id=row.equipment_type_id,
            type_code=row.type_code,
            type_name=row.type_name,
            serialised=bool(row.serialised),
            quantity=int(row.quantity),
            unit_value_usd=float(row.unit_value_usd),
            accepted=accepted[row.id],
            outstanding=max(0, int(row.quantity) - accepted[row.id]),
        )
        for row in session.execute(statement)
    ]


def delivery_details(
    session: Session,
    pledge_id: uuid.UUID,
    reference: str,
    delivery_ids: list[uuid.UUID] | None = None,
) -> list[DeliveryDetail]:
    """The pledge's deliveries (or those of ``delivery_ids``), oldest first, with their lines."""
    d, dl, pl, u, t = _delivery.c, _delivery_line.c, _pledge_line.c, _unit.c, _type.c
    headers = select(d.id, d.delivered_on, d.waybill_reference, d.received_by).where(
        d.pledge_id == pledge_id
    )
    if delivery_ids is not None:
        headers = headers.where(d.id.in_(delivery_ids))
    deliveries = session.execute(headers.order_by(d.delivered_on, d.created_at)).all()
    statement = (
        select(
            dl.id,
            dl.delivery_id,
            dl.pledge_line_id,
            pl.unit_id,
            pl.equipment_type_id,
            u.code.label("unit_code"),
            t.code.label("type_code"),
            t.name.label("type_name"),
            dl.quantity_received,
            dl.quantity_accepted,
            dl.condition,
            dl.discrepancy_reason,
        )
        .select_from(
            _delivery_line.join(_pledge_line, pl.id == dl.pledge_line_id)
            .join(_unit, u.id == pl.unit_id)
            .join(_type, t.id == pl.equipment_type_id)
        )
        .where(dl.delivery_id.in_([row.id for row in deliveries]))
        .order_by(u.code, t.code, pl.id)
    )
    line_rows = session.execute(statement).all()
    tags = _tags_of(session, line_rows)
    lines_of: dict[uuid.UUID, list[DeliveryLineDetail]] = defaultdict(list)
    for row in line_rows:
        lines_of[row.delivery_id].append(
            DeliveryLineDetail(
                pledge_line_id=row.pledge_line_id,
                unit_code=row.unit_code,
                type_code=row.type_code,
                type_name=row.type_name,
                quantity_received=int(row.quantity_received),
                quantity_accepted=int(row.quantity_accepted),
                condition=Condition(row.condition),
                discrepancy_reason=row.discrepancy_reason,
                asset_tags=tags.get(row.id, ()),
            )
        )
    return [
        DeliveryDetail(
            id=row.id,
            pledge_id=pledge_id,
            pledge_reference=reference,
            delivered_on=row.delivered_on,
            waybill_reference=row.waybill_reference,
            received_by=row.received_by,
            lines=tuple(lines_of[row.id]),
        )
        for row in deliveries
    ]


def _tags_of(session: Session, line_rows: list[Any]) -> dict[uuid.UUID, tuple[str, ...]]:
    """The tags of the items each delivery line created.

    Nothing in the schema links an item to the delivery line it came in on; the audit trail
    does: a delivery is one write, so its lines and the items they created share a change set.
    Within it, items go to the line of their unit and type; should two lines of one delivery
    share a unit and type, they are handed out in tag order, as many to each line (in pledge line
    order) as it accepted, the order :mod:`lsa_desktop.services.deliveries` creates them in.
    Rows loaded without the audit trail (the demo mission) have no tags to show.
    """
    if not line_rows:
        return {}
    a, s = _audit.c, _asset.c
    change_of = dict(
        session.execute(
            select(a.record_id, a.change_id).where(
                a.table_name == DeliveryLine.__tablename__,
                a.record_id.in_([row.id for row in line_rows]),
                a.field == "",
                a.old_value.is_(None),
            )
        ).all()
    )
    created = session.execute(
        select(a.change_id, s.unit_id, s.equipment_type_id, s.tag)
        .select_from(_audit.join(_asset, s.id == a.record_id))
        .where(
            a.change_id.in_(set(change_of.values())),
            a.table_name == Asset.__tablename__,
            a.field == "",
            a.old_value.is_(None),
        )
        .order_by(s.tag)
    ).all()
    pool: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for change_id, unit_id, type_id, tag in created:
        pool[change_id, unit_id, type_id].append(tag)
    tags: dict[uuid.UUID, tuple[str, ...]] = {}
    for row in sorted(line_rows, key=lambda row: row.pledge_line_id.hex):
        change_id = change_of.get(row.id)
        if change_id is None:
            continue
        available = pool[change_id, row.unit_id, row.equipment_type_id]
        tags[row.id] = tuple(available[: row.quantity_accepted])
        del available[: row.quantity_accepted]
    return tags


def pledge_rows_query(
    today: date,
    *,
    donor_id: uuid.UUID | None = None,
    pledge_ids: list[uuid.UUID] | None = None,
) -> Select[Any]:
    """Per pledge, newest first: the columns of :class:`PledgeRow`."""
    f = figure_rows(today, donor_id=donor_id, pledge_ids=pledge_ids)
    money = (
        select(
            f.c.pledge_id,
            func.sum(f.c.value_usd).label("value_usd"),
            func.sum(f.c.delivered_usd).label("delivered_usd"),
            func.sum(f.c.outstanding_usd).label("outstanding_usd"),
            func.max(f.c.overdue).label("overdue"),
        )
        .group_by(f.c.pledge_id)
        .subquery("money")
    )
    p, d, m = _pledge.c, _donor.c, money.c
    return (
        select(
            p.id,
            p.reference,
            p.donor_id,
            d.name.label("donor_name"),
            p.pledged_on,
            p.kind,
            p.status,
            p.expected_delivery,
            m.overdue,
            m.value_usd,
            m.delivered_usd,
            m.outstanding_usd,
        )
        .select_from(money.join(_pledge, p.id == m.pledge_id).join(_donor, d.id == p.donor_id))
        .order_by(p.pledged_on.desc(), p.reference.desc())
    )


def pledge_row_of(row: Any) -> PledgeRow:
    return PledgeRow(
        id=row.id,
        reference=row.reference,
        donor_id=row.donor_id,
        donor_name=row.donor_name,
        pledged_on=row.pledged_on,
        kind=PledgeKind(row.kind),
        status=PledgeStatus(row.status),
        expected_delivery=row.expected_delivery,
        overdue=bool(row.overdue),
        value_usd=float(row.value_usd),
        delivered_usd=float(row.delivered_usd),
        outstanding_usd=float(row.outstanding_usd),
    )


def pledge_detail(session: Session, pledge: Pledge, today: date) -> PledgeDetail:
    """The whole pledge, read in ``session`` (a write's own, to return what it saved)."""
    session.flush()
    money = pledge_row_of(session.execute(pledge_rows_query(today, pledge_ids=[pledge.id])).one())
    lines = pledge_line_details(session, pledge.id)
    return PledgeDetail(
        id=pledge.id,
        reference=pledge.reference,
        donor_id=pledge.donor_id,
        donor_name=money.donor_name,
        pledged_on=pledge.pledged_on,
        kind=pledge.kind,
        status=pledge.status,
        expected_delivery=pledge.expected_delivery,
        overdue=money.overdue,
        value_usd=money.value_usd,
        delivered_usd=money.delivered_usd,
        outstanding_usd=money.outstanding_usd,
        notes=pledge.notes,
        lines=tuple(lines),
        deliveries=tuple(delivery_details(session, pledge.id, pledge.reference)),
        allowed_actions=allowed_pledge_actions(pledge.status, itemised=bool(lines)),
    )
