"""Requisitions and donors as lists, with their money figures summed in SQL.

Read-only for now (editing requisitions, pledges and deliveries arrives with a later issue). Each
list is one aggregate query: lines are counted and valued per requisition, pledge lines and what
was accepted against them per donor, so the cost does not grow with Python loops over lines.

Money, per donor (values in USD, at each pledge line's unit value):
- pledged: quantity x unit value over the lines of pledges not withdrawn;
- delivered: quantity accepted x unit value over every delivery line (what arrived, arrived);
- outstanding: what open pledges (pledged, committed, partly delivered) still owe,
  max(0, quantity - accepted) x unit value per line: the "pledged and not yet delivered" that
  the gap arithmetic counts. A closed pledge owes nothing, whatever it fell short by.
A pledge without lines (cash to the trust fund) counts at its ``value_usd``: see
:func:`_pledge_money`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select

from lsa_desktop.domain.enums import (
    OPEN_PLEDGE_STATUSES,
    DonorType,
    PledgeStatus,
    Priority,
    RequisitionStatus,
)
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import (
    DeliveryLine,
    Donor,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)

_requisition = Requisition.__table__
_requisition_line = RequisitionLine.__table__
_unit = Unit.__table__
_donor = Donor.__table__
_pledge = Pledge.__table__
_pledge_line = PledgeLine.__table__
_delivery_line = DeliveryLine.__table__


@dataclass(frozen=True, slots=True)
class RequisitionRow:
    id: uuid.UUID
    reference: str
    unit_code: str
    unit_name: str
    priority: Priority
    status: RequisitionStatus
    requested_on: date
    required_by: date | None
    line_count: int
    total_usd: float  # sum of quantity requested x unit cost
    justification: str


@dataclass(frozen=True, slots=True)
class DonorRow:
    id: uuid.UUID
    name: str
    donor_type: DonorType
    country_code: str
    pledge_count: int  # pledges not withdrawn
    pledged_usd: float
    delivered_usd: float
    outstanding_usd: float


class SupplyService:
    """Lists of requisitions and donors; each method is one read."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def requisitions(self) -> list[RequisitionRow]:
        """Every requisition with its unit, line count and value; newest first."""
        r, rl, u = _requisition.c, _requisition_line.c, _unit.c
        lines = (
            select(
                rl.requisition_id,
                func.count().label("line_count"),
                func.sum(rl.quantity_requested * rl.unit_cost_usd).label("total_usd"),
            )
            .group_by(rl.requisition_id)
            .subquery("lines")
        )
        query = (
            select(
                r.id,
                r.reference,
                u.code.label("unit_code"),
                u.name.label("unit_name"),
                r.priority,
                r.status,
                r.requested_on,
                r.required_by,
                func.coalesce(lines.c.line_count, 0).label("line_count"),
                func.coalesce(lines.c.total_usd, 0.0).label("total_usd"),
                r.justification,
            )
            .join(_unit, u.id == r.unit_id)
            .outerjoin(lines, lines.c.requisition_id == r.id)
            .order_by(r.requested_on.desc(), r.reference)
        )
        with self._store.read() as session:
            rows = session.connection().execute(query).all()
        return [
            RequisitionRow(
                id=row.id,
                reference=row.reference,
                unit_code=row.unit_code,
                unit_name=row.unit_name,
                priority=Priority(row.priority),
                status=RequisitionStatus(row.status),
                requested_on=row.requested_on,
                required_by=row.required_by,
                line_count=int(row.line_count),
                total_usd=float(row.total_usd),
                justification=row.justification,
            )
            for row in rows
        ]

    def donors(self) -> list[DonorRow]:
        """Every donor not archived, with its pledges' value, delivered and outstanding; by name."""
        d = _donor.c
        money = _pledge_money().subquery("money")
        not_withdrawn = money.c.status != PledgeStatus.WITHDRAWN
        per_donor = (
            select(
                money.c.donor_id,
                func.sum(case((not_withdrawn, 1), else_=0)).label("pledge_count"),
                func.sum(case((not_withdrawn, money.c.value_usd), else_=0.0)).label("pledged_usd"),
                func.sum(money.c.delivered_usd).label("delivered_usd"),
                func.sum(money.c.outstanding_usd).label("outstanding_usd"),
            )
            .group_by(money.c.donor_id)
            .subquery("per_donor")
        )
        query = (
            select(
                d.id,
                d.name,
                d.donor_type,
                d.country_code,
                func.coalesce(per_donor.c.pledge_count, 0).label("pledge_count"),
                func.coalesce(per_donor.c.pledged_usd, 0.0).label("pledged_usd"),
                func.coalesce(per_donor.c.delivered_usd, 0.0).label("delivered_usd"),
                func.coalesce(per_donor.c.outstanding_usd, 0.0).label("outstanding_usd"),
            )
            .outerjoin(per_donor, per_donor.c.donor_id == d.id)
            .where(d.archived.is_(False))
            .order_by(d.name)
        )
        with self._store.read() as session:
            rows = session.connection().execute(query).all()
        return [
            DonorRow(
                id=row.id,
                name=row.name,
                donor_type=DonorType(row.donor_type),
                country_code=row.country_code,
                pledge_count=int(row.pledge_count),
                pledged_usd=float(row.pledged_usd),
                delivered_usd=float(row.delivered_usd),
                outstanding_usd=float(row.outstanding_usd),
            )
            for row in rows
        ]


def _pledge_money() -> Select[Any]:
    """Per pledge: its donor, status, value, value delivered and value still owed (USD).

    A pledge with lines is valued by its lines. A pledge without lines (cash to the trust fund,
    or an in-kind offer recorded by its value alone) is valued at ``value_usd``, counted as
    delivered once its status is delivered or closed, and as owed while it is open.
    """
    p, pl, dl = _pledge.c, _pledge_line.c, _delivery_line.c
    accepted = (
        select(dl.pledge_line_id, func.sum(dl.quantity_accepted).label("accepted"))
        .group_by(dl.pledge_line_id)
        .subquery("accepted")
    )
    got = func.coalesce(accepted.c.accepted, 0)
    short = case((pl.quantity > got, pl.quantity - got), else_=0)
    lines = (
        select(
            pl.pledge_id,
            func.sum(pl.quantity * pl.unit_value_usd).label("value_usd"),
            func.sum(got * pl.unit_value_usd).label("delivered_usd"),
            func.sum(short * pl.unit_value_usd).label("short_usd"),
        )
        .outerjoin(accepted, accepted.c.pledge_line_id == pl.id)
        .group_by(pl.pledge_id)
        .subquery("lines")
    )
    has_lines = lines.c.pledge_id.is_not(None)
    is_open = p.status.in_(OPEN_PLEDGE_STATUSES)
    received = p.status.in_((PledgeStatus.DELIVERED, PledgeStatus.CLOSED))
    return select(
        p.donor_id,
        p.status,
        case((has_lines, lines.c.value_usd), else_=p.value_usd).label("value_usd"),
        case((has_lines, lines.c.delivered_usd), (received, p.value_usd), else_=0.0).label(
            "delivered_usd"
        ),
        case((~is_open, 0.0), (has_lines, lines.c.short_usd), else_=p.value_usd).label(
            "outstanding_usd"
        ),
    ).outerjoin(lines, lines.c.pledge_id == p.id)
