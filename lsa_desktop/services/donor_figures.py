"""What each donor pledged, delivered and still owes, from one query over the pledge lines.

:func:`figure_rows` gives one row per pledge line, plus one row per pledge recorded by its value
alone, with every figure of that row. The donor summaries, the pledge lists and the lines behind
a donor's figure are all sums or selections of these same rows, so a figure on screen always
equals the sum of the lines shown behind it.

Quantities and money (USD, at each pledge line's unit value):

- pledged: the lines of pledges not withdrawn;
- delivered: what deliveries accepted, on every line (what arrived, arrived);
- outstanding: what open pledges (pledged, committed, partly delivered) still owe, per line
  max(0, quantity - accepted): the "pledged and not yet delivered" of the gap arithmetic. A closed
  pledge owes nothing, whatever it fell short by;
- overdue: the outstanding of open pledges whose expected delivery is before today.

A pledge without lines (cash to the trust fund, or an offer recorded by its value alone) counts at
its ``value_usd``: pledged unless withdrawn, delivered once delivered or closed, outstanding while
open; it has no quantities.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Float,
    Integer,
    Select,
    Subquery,
    and_,
    case,
    distinct,
    exists,
    false,
    func,
    literal,
    null,
    select,
    true,
    type_coerce,
    union_all,
)

from lsa_desktop.domain.enums import (
    OPEN_PLEDGE_STATUSES,
    DonorType,
    PledgeStatus,
)
from lsa_desktop.store.models import (
    DeliveryLine,
    Donor,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)

_donor = Donor.__table__
_pledge = Pledge.__table__
_pledge_line = PledgeLine.__table__
_delivery_line = DeliveryLine.__table__
_unit = Unit.__table__
_type = EquipmentType.__table__
_requisition = Requisition.__table__
_requisition_line = RequisitionLine.__table__

_RECEIVED = (PledgeStatus.DELIVERED, PledgeStatus.CLOSED)


class Figure(StrEnum):
    """A donor's figure, whose lines can be listed."""

    PLEDGED = "PLEDGED"
    DELIVERED = "DELIVERED"
    OUTSTANDING = "OUTSTANDING"
    OVERDUE = "OVERDUE"


@dataclass(frozen=True, slots=True)
class DonorSummary:
    id: uuid.UUID
    name: str
    donor_type: DonorType
    country_code: str
    pledge_count: int  # pledges not withdrawn
    pledged_qty: int
    delivered_qty: int
    outstanding_qty: int
    pledged_usd: float
    delivered_usd: float
    outstanding_usd: float
    overdue_pledges: int  # open pledges whose expected delivery is before today
    next_expected: date | None  # earliest expected delivery of an open pledge
    overdue_qty: int = 0  # outstanding on the overdue pledges
    overdue_usd: float = 0.0


@dataclass(frozen=True, slots=True)
class FigureLine:
    """One pledge line behind a donor's figure (or a pledge recorded by its value alone:
    ``itemised`` False, no unit, type or quantities)."""

    pledge_id: uuid.UUID
    pledge_reference: str
    pledge_status: PledgeStatus
    expected_delivery: date | None
    overdue: bool
    unit_code: str
    type_code: str
    type_name: str
    requisition_reference: str | None
    quantity: int  # pledged
    accepted: int
    outstanding: int  # still owed: 0 once the pledge is closed or withdrawn
    unit_value_usd: float
    value_usd: float  # value of the figure's quantity on this line
    itemised: bool = True


def _zero() -> ColumnElement[int]:
    return literal(0, Integer)


def _line_source() -> Select[Any]:
    """The pledge lines, each with what deliveries accepted against it (read per line through
    the delivery lines' index)."""
    p, pl, dl = _pledge.c, _pledge_line.c, _delivery_line.c
    accepted = (
        select(func.coalesce(func.sum(dl.quantity_accepted), 0))
        .where(dl.pledge_line_id == pl.id)
        .scalar_subquery()
    )
    return select(
        p.donor_id,
        p.id.label("pledge_id"),
        p.status,
        p.expected_delivery,
        pl.id.label("line_id"),
        pl.unit_id,
        pl.equipment_type_id,
        pl.requisition_line_id,
        pl.quantity,
        accepted.label("accepted"),
        pl.unit_value_usd,
        (pl.quantity * pl.unit_value_usd).label("value_usd"),
        true().label("itemised"),
    ).select_from(_pledge_line.join(_pledge, p.id == pl.pledge_id))


def _value_only_source() -> Select[Any]:
    """The pledges without lines, as one row each."""
    p, pl = _pledge.c, _pledge_line.c
    return select(
        p.donor_id,
        p.id.label("pledge_id"),
        p.status,
        p.expected_delivery,
        null().label("line_id"),
        null().label("unit_id"),
        null().label("equipment_type_id"),
        null().label("requisition_line_id"),
        _zero().label("quantity"),
        _zero().label("accepted"),
        literal(0.0, Float).label("unit_value_usd"),
        p.value_usd.label("value_usd"),
        false().label("itemised"),
    ).where(~exists().where(pl.pledge_id == p.id))


def figure_rows(
    today: date,
    *,
    donor_id: uuid.UUID | None = None,
    pledge_ids: list[uuid.UUID] | None = None,
) -> Subquery:
    """One row per pledge line (and per value-only pledge) with its figures: ``donor_id``,
    ``pledge_id``, ``status``, ``expected_delivery``, ``line_id``, ``unit_id``,
    ``equipment_type_id``, ``requisition_line_id``, ``quantity``, ``accepted``,
    ``unit_value_usd``, ``value_usd`` (face value), ``itemised``, ``is_open``, ``overdue``,
    ``pledged_qty``, ``outstanding_qty``, ``pledged_usd``, ``delivered_usd``,
    ``outstanding_usd``; of one donor or some pledges when asked."""
    sources = [_line_source(), _value_only_source()]
    for position, source in enumerate(sources):
        p = _pledge.c
        if donor_id is not None:
            source = source.where(p.donor_id == donor_id)
        if pledge_ids is not None:
            source = source.where(p.id.in_(pledge_ids))
        sources[position] = source
    rows = union_all(*sources).subquery("pledge_rows")
    r = rows.c
    is_open = r.status.in_(OPEN_PLEDGE_STATUSES)
    withdrawn = r.status == PledgeStatus.WITHDRAWN
    owed = case((and_(is_open, r.quantity > r.accepted), r.quantity - r.accepted), else_=_zero())
    overdue = and_(is_open, r.expected_delivery.is_not(None), r.expected_delivery < today)
    return select(
        *r,
        case((is_open, 1), else_=0).label("is_open"),
        case((overdue, 1), else_=0).label("overdue"),
        case((withdrawn, _zero()), else_=r.quantity).label("pledged_qty"),
        owed.label("outstanding_qty"),
        case((withdrawn, 0.0), else_=r.value_usd).label("pledged_usd"),
        case(
            (r.itemised, r.accepted * r.unit_value_usd),
            (r.status.in_(_RECEIVED), r.value_usd),
            else_=0.0,
        ).label("delivered_usd"),
        case((r.itemised, owed * r.unit_value_usd), (is_open, r.value_usd), else_=0.0).label(
            "outstanding_usd"
        ),
    ).subquery("figures")


def donor_summaries(today: date) -> Select[Any]:
    """Per donor not archived, by name: the columns of :class:`DonorSummary`."""
    d = _donor.c
    f = figure_rows(today)
    overdue = f.c.overdue == 1
    per_donor = (
        select(
            f.c.donor_id,
            func.count(distinct(case((f.c.status != PledgeStatus.WITHDRAWN, f.c.pledge_id)))).label(
                "pledge_count"
            ),
            func.sum(f.c.pledged_qty).label("pledged_qty"),
            func.sum(f.c.accepted).label("delivered_qty"),
            func.sum(f.c.outstanding_qty).label("outstanding_qty"),
            func.sum(f.c.pledged_usd).label("pledged_usd"),
            func.sum(f.c.delivered_usd).label("delivered_usd"),
            func.sum(f.c.outstanding_usd).label("outstanding_usd"),
            func.count(distinct(case((overdue, f.c.pledge_id)))).label("overdue_pledges"),
            type_coerce(func.min(case((f.c.is_open == 1, f.c.expected_delivery))), Date).label(
                "next_expected"
            ),
            func.sum(case((overdue, f.c.outstanding_qty), else_=0)).label("overdue_qty"),
            func.sum(case((overdue, f.c.outstanding_usd), else_=0.0)).label("overdue_usd"),
        )
        .group_by(f.c.donor_id)
        .subquery("per_donor")
    )
    s = per_donor.c

    def zero(column: ColumnElement[Any], value: float = 0) -> ColumnElement[Any]:
        return func.coalesce(column, value)

    return (
        select(
            d.id,
            d.name,
            d.donor_type,
            d.country_code,
            zero(s.pledge_count).label("pledge_count"),
            zero(s.pledged_qty).label("pledged_qty"),
            zero(s.delivered_qty).label("delivered_qty"),
            zero(s.outstanding_qty).label("outstanding_qty"),
            zero(s.pledged_usd, 0.0).label("pledged_usd"),
            zero(s.delivered_usd, 0.0).label("delivered_usd"),
            zero(s.outstanding_usd, 0.0).label("outstanding_usd"),
            zero(s.overdue_pledges).label("overdue_pledges"),
            s.next_expected,
            zero(s.overdue_qty).label("overdue_qty"),
            zero(s.overdue_usd, 0.0).label("overdue_usd"),
        )
        .outerjoin(per_donor, s.donor_id == d.id)
        .where(d.archived.is_(False))
        .order_by(d.name)
    )


def summary_of(row: Any) -> DonorSummary:
    return DonorSummary(
        id=row.id,
        name=row.name,
        donor_type=DonorType(row.donor_type),
        country_code=row.country_code,
        pledge_count=int(row.pledge_count),
        pledged_qty=int(row.pledged_qty),
        delivered_qty=int(row.delivered_qty),
        outstanding_qty=int(row.outstanding_qty),
        pledged_usd=float(row.pledged_usd),
        delivered_usd=float(row.delivered_usd),
        outstanding_usd=float(row.outstanding_usd),
        overdue_pledges=int(row.overdue_pledges),
        next_expected=row.next_expected,
        overdue_qty=int(row.overdue_qty),
        overdue_usd=float(row.overdue_usd),
    )


#: Per figure: the value column its lines show, and which rows stand behind it (every row that
#: adds to its quantity or its value, so that the lines shown sum to the figure).
_FIGURE_ROWS: dict[Figure, tuple[str, Callable[[Subquery], ColumnElement[bool]]]] = {
    Figure.PLEDGED: ("pledged_usd", lambda f: f.c.status != PledgeStatus.WITHDRAWN),
    Figure.DELIVERED: ("delivered_usd", lambda f: (f.c.accepted > 0) | (f.c.delivered_usd != 0)),
    Figure.OUTSTANDING: (
        "outstanding_usd",
        lambda f: (f.c.outstanding_qty > 0) | (f.c.outstanding_usd != 0),
    ),
    Figure.OVERDUE: ("outstanding_usd", lambda f: f.c.overdue == 1),
}


def figure_lines_query(donor_id: uuid.UUID, figure: Figure, today: date) -> Select[Any]:
    """The rows behind one of a donor's figures, newest pledge first, with the names a list
    shows; ``value_usd`` is the figure's value on the row."""
    f = figure_rows(today, donor_id=donor_id)
    value_column, keep = _FIGURE_ROWS[figure]
    p, u, t, r = _pledge.c, _unit.c, _type.c, _requisition.c
    rl = _requisition_line.c
    return (
        select(
            f.c.pledge_id,
            p.reference,
            f.c.status,
            f.c.expected_delivery,
            f.c.overdue,
            func.coalesce(u.code, "").label("unit_code"),
            func.coalesce(t.code, "").label("type_code"),
            func.coalesce(t.name, "").label("type_name"),
            r.reference.label("requisition_reference"),
            f.c.quantity,
            f.c.accepted,
            f.c.outstanding_qty,
            f.c.unit_value_usd,
            f.c[value_column].label("figure_usd"),
            f.c.itemised,
        )
        .select_from(
            f.join(_pledge, p.id == f.c.pledge_id)
            .outerjoin(_unit, u.id == f.c.unit_id)
            .outerjoin(_type, t.id == f.c.equipment_type_id)
            .outerjoin(_requisition_line, rl.id == f.c.requisition_line_id)
            .outerjoin(_requisition, r.id == rl.requisition_id)
        )
        .where(keep(f))
        .order_by(p.pledged_on.desc(), p.reference, u.code, t.code)
    )


def figure_line_of(row: Any) -> FigureLine:
    return FigureLine(
        pledge_id=row.pledge_id,
        pledge_reference=row.reference,
        pledge_status=PledgeStatus(row.status),
        expected_delivery=row.expected_delivery,
        overdue=bool(row.overdue),
        unit_code=row.unit_code,
        type_code=row.type_code,
        type_name=row.type_name,
        requisition_reference=row.requisition_reference,
        quantity=int(row.quantity),
        accepted=int(row.accepted),
        outstanding=int(row.outstanding_qty),
        unit_value_usd=float(row.unit_value_usd),
        value_usd=float(row.figure_usd),
        itemised=bool(row.itemised),
    )
