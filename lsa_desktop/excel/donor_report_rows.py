"""What the donor report workbook shows for a period: the pledges, their figures at the period's
end, and the deliveries that arrived within it.

A pledge is reported when it was made by the period's end and either was made within the period,
received a delivery within it, or is still open: so a pledge made last year that delivered this
year is in this year's report. Its figures are as at the end of the period, with the arithmetic
of the donor figures (:mod:`lsa_desktop.services.donor_figures`):

- pledged: each line's quantity (and value at its unit value); nothing for a withdrawn pledge;
- received: what deliveries dated up to the period's end accepted;
- outstanding: per line, quantity less received, while the pledge is open (pledged, committed,
  partly delivered); a delivered, closed or withdrawn pledge owes nothing.

A pledge recorded by its value alone counts at its value: pledged unless withdrawn, received once
delivered or closed, outstanding while open; it has no quantities. Pledge statuses are today's:
the database keeps no history of them outside the audit trail.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, or_, select
from sqlmodel import Session

from lsa_desktop.domain.enums import OPEN_PLEDGE_STATUSES, Condition, PledgeKind, PledgeStatus
from lsa_desktop.store.models import (
    Delivery,
    DeliveryLine,
    Donor,
    EquipmentType,
    Pledge,
    PledgeLine,
    Unit,
)

_donor = Donor.__table__
_pledge = Pledge.__table__
_pledge_line = PledgeLine.__table__
_delivery = Delivery.__table__
_delivery_line = DeliveryLine.__table__
_unit = Unit.__table__
_type = EquipmentType.__table__

#: IATI transaction types (codelist TransactionType) of the money a mission receives.
INCOMING_FUNDS = 1
INCOMING_COMMITMENT = 11
INCOMING_PLEDGE = 13
IATI_TYPE_NAMES = {
    INCOMING_FUNDS: "Incoming Funds",
    INCOMING_COMMITMENT: "Incoming Commitment",
    INCOMING_PLEDGE: "Incoming Pledge",
}
#: DAC 5-digit sector: participation in international peacekeeping operations.
SECTOR = "15230"
RECIPIENT_COUNTRY = "HT"

_RECEIVED = (PledgeStatus.DELIVERED, PledgeStatus.CLOSED)


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass
class PledgeFigures:
    """One pledge and its figures at the period's end."""

    id: uuid.UUID
    donor: str
    donor_country: str
    reference: str
    pledged_on: date
    kind: PledgeKind
    status: PledgeStatus
    expected_delivery: date | None
    value_usd: float
    itemised: bool = False
    pledged_qty: int = 0
    received_qty: int = 0
    outstanding_qty: int = 0
    pledged_usd: float = 0.0
    received_usd: float = 0.0
    outstanding_usd: float = 0.0

    @property
    def iati_type(self) -> int:
        """Incoming pledge while only pledged (or withdrawn); incoming commitment once the donor
        committed or delivered."""
        if self.status in (PledgeStatus.PLEDGED, PledgeStatus.WITHDRAWN):
            return INCOMING_PLEDGE
        return INCOMING_COMMITMENT


@dataclass(frozen=True, slots=True)
class DeliveredLine:
    """One line of a delivery made within the period."""

    delivery_id: uuid.UUID
    delivered_on: date
    waybill: str
    pledge_reference: str
    donor: str
    unit_code: str
    type_code: str
    type_name: str
    received: int
    accepted: int
    condition: Condition
    discrepancy: str
    unit_value_usd: float

    @property
    def accepted_usd(self) -> float:
        return self.accepted * self.unit_value_usd


def reported_pledges(session: Session, period: Period, donor: str | None) -> list[PledgeFigures]:
    """The pledges of the period (see the module), by donor then pledge date and reference."""
    p, d, dv = _pledge.c, _donor.c, _delivery.c
    delivered_within = exists().where(
        dv.pledge_id == p.id, dv.delivered_on >= period.start, dv.delivered_on <= period.end
    )
    statement = (
        select(
            p.id,
            d.name,
            d.country_code,
            p.reference,
            p.pledged_on,
            p.kind,
            p.status,
            p.expected_delivery,
            p.value_usd,
        )
        .join(_donor, d.id == p.donor_id)
        .where(
            p.pledged_on <= period.end,
            or_(p.pledged_on >= period.start, p.status.in_(OPEN_PLEDGE_STATUSES), delivered_within),
        )
        .order_by(d.name, p.pledged_on, p.reference)
    )
    if donor is not None:
        statement = statement.where(d.name == donor)
    pledges = {
        row.id: PledgeFigures(
            id=row.id,
            donor=row.name,
            donor_country=row.country_code,
            reference=row.reference,
            pledged_on=row.pledged_on,
            kind=PledgeKind(row.kind),
            status=PledgeStatus(row.status),
            expected_delivery=row.expected_delivery,
            value_usd=float(row.value_usd),
        )
        for row in session.execute(statement)
    }
    _add_line_figures(session, pledges, period.end)
    for pledge in pledges.values():
        if not pledge.itemised:
            _value_only_figures(pledge)
    return list(pledges.values())


def _add_line_figures(session: Session, pledges: dict[uuid.UUID, PledgeFigures], end: date) -> None:
    if not pledges:
        return
    pl, dl, dv = _pledge_line.c, _delivery_line.c, _delivery.c
    received = (
        select(func.coalesce(func.sum(dl.quantity_accepted), 0))
        .select_from(_delivery_line.join(_delivery, dv.id == dl.delivery_id))
        .where(dl.pledge_line_id == pl.id, dv.delivered_on <= end)
        .scalar_subquery()
    )
    statement = select(pl.pledge_id, pl.quantity, pl.unit_value_usd, received.label("received"))
    statement = statement.where(pl.pledge_id.in_(list(pledges)))
    for row in session.execute(statement):
        pledge = pledges[row.pledge_id]
        pledge.itemised = True
        value, got = float(row.unit_value_usd), int(row.received)
        quantity = 0 if pledge.status is PledgeStatus.WITHDRAWN else int(row.quantity)
        owed = max(0, quantity - got) if pledge.status in OPEN_PLEDGE_STATUSES else 0
        pledge.pledged_qty += quantity
        pledge.received_qty += got
        pledge.outstanding_qty += owed
        pledge.pledged_usd += quantity * value
        pledge.received_usd += got * value
        pledge.outstanding_usd += owed * value


def _value_only_figures(pledge: PledgeFigures) -> None:
    if pledge.status is not PledgeStatus.WITHDRAWN:
        pledge.pledged_usd = pledge.value_usd
    if pledge.status in _RECEIVED:
        pledge.received_usd = pledge.value_usd
    if pledge.status in OPEN_PLEDGE_STATUSES:
        pledge.outstanding_usd = pledge.value_usd


def delivered_lines(session: Session, period: Period, donor: str | None) -> list[DeliveredLine]:
    """The delivery lines of the deliveries made within the period, oldest first."""
    dv, dl, pl, p, d = _delivery.c, _delivery_line.c, _pledge_line.c, _pledge.c, _donor.c
    u, t = _unit.c, _type.c
    statement = (
        select(
            dv.id.label("delivery_id"),
            dv.delivered_on,
            dv.waybill_reference,
            p.reference,
            d.name,
            u.code.label("unit_code"),
            t.code.label("type_code"),
            t.name.label("type_name"),
            dl.quantity_received,
            dl.quantity_accepted,
            dl.condition,
            dl.discrepancy_reason,
            pl.unit_value_usd,
        )
        .select_from(
            _delivery_line.join(_delivery, dv.id == dl.delivery_id)
            .join(_pledge_line, pl.id == dl.pledge_line_id)
            .join(_pledge, p.id == dv.pledge_id)
            .join(_donor, d.id == p.donor_id)
            .join(_unit, u.id == pl.unit_id)
            .join(_type, t.id == pl.equipment_type_id)
        )
        .where(and_(dv.delivered_on >= period.start, dv.delivered_on <= period.end))
        .order_by(dv.delivered_on, p.reference, dv.waybill_reference, u.code, t.code)
    )
    if donor is not None:
        statement = statement.where(d.name == donor)
    return [
        DeliveredLine(
            delivery_id=row.delivery_id,
            delivered_on=row.delivered_on,
            waybill=row.waybill_reference,
            pledge_reference=row.reference,
            donor=row.name,
            unit_code=row.unit_code,
            type_code=row.type_code,
            type_name=row.type_name,
            received=int(row.quantity_received),
            accepted=int(row.quantity_accepted),
            condition=Condition(row.condition),
            discrepancy=row.discrepancy_reason,
            unit_value_usd=float(row.unit_value_usd),
        )
        for row in session.execute(statement)
    ]


@dataclass(frozen=True, slots=True)
class Transaction:
    """One IATI transaction of the period: a pledge or commitment made, or funds (goods)
    received."""

    type_code: int
    day: date
    donor: str
    pledge_reference: str
    value_usd: float
    description: str


def transactions(
    period: Period, pledges: list[PledgeFigures], lines: list[DeliveredLine]
) -> list[Transaction]:
    """The pledges made within the period (13 or 11, at their pledged value), every delivery of
    the period that accepted something (1, at the value accepted), and each pledge recorded by its
    value alone received within it (1, dated by its expected delivery, else its pledge date);
    by date."""
    found = [
        Transaction(
            pledge.iati_type,
            pledge.pledged_on,
            pledge.donor,
            pledge.reference,
            round(pledge.pledged_usd, 2),
            f"{'In-kind' if pledge.itemised else 'Cash'} pledge {pledge.reference}",
        )
        for pledge in pledges
        if period.holds(pledge.pledged_on) and pledge.status is not PledgeStatus.WITHDRAWN
    ]
    for pledge in pledges:
        received_on = pledge.expected_delivery or pledge.pledged_on
        if not pledge.itemised and pledge.status in _RECEIVED and period.holds(received_on):
            found.append(
                Transaction(
                    INCOMING_FUNDS,
                    received_on,
                    pledge.donor,
                    pledge.reference,
                    round(pledge.received_usd, 2),
                    f"Funds received on pledge {pledge.reference}",
                )
            )
    per_delivery: dict[uuid.UUID, list[DeliveredLine]] = defaultdict(list)
    for line in lines:
        per_delivery[line.delivery_id].append(line)
    for delivery in per_delivery.values():
        first = delivery[0]
        accepted = sum(line.accepted for line in delivery)
        if accepted:
            waybill = f", waybill {first.waybill}" if first.waybill else ""
            found.append(
                Transaction(
                    INCOMING_FUNDS,
                    first.delivered_on,
                    first.donor,
                    first.pledge_reference,
                    round(sum(line.accepted_usd for line in delivery), 2),
                    f"Delivery of {accepted:,} items on pledge {first.pledge_reference}{waybill}",
                )
            )
    found.sort(key=lambda t: (t.day, t.donor, t.pledge_reference, t.type_code == INCOMING_FUNDS))
    return found
