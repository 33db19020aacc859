"""What each unit is authorised, holds and has been pledged, per equipment type, in one SQL query.

The readiness service and the Equipment & gaps register both stand on :func:`holdings_query`, so
that the figures on the dashboard, in the register and in ``readiness --json`` come from the same
rows. Everything is aggregated by the database: each source table is grouped once, the groups are
stacked with ``UNION ALL`` and summed per (unit, type). No Python loop ever walks the items, so the
cost grows with the number of (unit, type) pairs, not with the number of vehicles or officers.

Indexes: the unique (unit, type) constraints on ``authorisation`` and ``stock_line``,
``ix_pledge_status``, ``ix_pledge_line_pledge_id`` and ``ix_delivery_line_pledge_line_id``. The
asset aggregate reads every held asset once; a covering index on asset (unit_id,
equipment_type_id, status, archived) would let SQLite answer it from the index alone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Subquery,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union_all,
)

from lsa_desktop.domain.enums import ON_HAND_STATUSES, OPEN_PLEDGE_STATUSES, SERVICEABLE_STATUSES
from lsa_desktop.store.models import (
    Asset,
    Authorisation,
    DeliveryLine,
    Pledge,
    PledgeLine,
    StockLine,
)

#: The figures of one (unit, type) row, in the order the sources list them.
FIGURES = ("authorised", "on_hand", "serviceable", "pledged_open")


def _zero() -> ColumnElement[int]:
    return literal(0, Integer)


def _positive_part(value: ColumnElement[int]) -> ColumnElement[int]:
    """``max(0, value)`` written as CASE, which every SQL dialect understands."""
    return case((value > 0, value), else_=_zero())


def _authorised() -> Select[Any]:
    a = Authorisation.__table__.c
    return select(
        a.unit_id,
        a.equipment_type_id,
        a.quantity.label("authorised"),
        _zero().label("on_hand"),
        _zero().label("serviceable"),
        _zero().label("pledged_open"),
    )


def _assets() -> Select[Any]:
    """Serialised items and vehicles still held by a unit (not archived, status on hand)."""
    s = Asset.__table__.c
    in_service = case((s.status.in_(SERVICEABLE_STATUSES), 1), else_=0)
    return (
        select(
            s.unit_id,
            s.equipment_type_id,
            _zero().label("authorised"),
            func.count().label("on_hand"),
            func.sum(in_service).label("serviceable"),
            _zero().label("pledged_open"),
        )
        .where(s.archived.is_(False), s.unit_id.is_not(None), s.status.in_(ON_HAND_STATUSES))
        .group_by(s.unit_id, s.equipment_type_id)
    )


def _stock() -> Select[Any]:
    """Bulk items; a stock line counted down to nothing is not a holding."""
    s = StockLine.__table__.c
    return select(
        s.unit_id,
        s.equipment_type_id,
        _zero().label("authorised"),
        s.on_hand.label("on_hand"),
        s.serviceable.label("serviceable"),
        _zero().label("pledged_open"),
    ).where(or_(s.on_hand > 0, s.serviceable > 0))


def _pledged_open() -> Select[Any]:
    """Per open pledge line, what was promised and not yet accepted on delivery (never negative)."""
    d = DeliveryLine.__table__.c
    delivered = (
        select(d.pledge_line_id, func.sum(d.quantity_accepted).label("accepted"))
        .group_by(d.pledge_line_id)
        .subquery("delivered")
    )
    pl = PledgeLine.__table__.c
    p = Pledge.__table__.c
    outstanding = func.sum(_positive_part(pl.quantity - func.coalesce(delivered.c.accepted, 0)))
    return (
        select(
            pl.unit_id,
            pl.equipment_type_id,
            _zero().label("authorised"),
            _zero().label("on_hand"),
            _zero().label("serviceable"),
            outstanding.label("pledged_open"),
        )
        .select_from(
            PledgeLine.__table__.join(
                Pledge.__table__, and_(p.id == pl.pledge_id, p.status.in_(OPEN_PLEDGE_STATUSES))
            ).outerjoin(delivered, delivered.c.pledge_line_id == pl.id)
        )
        .group_by(pl.unit_id, pl.equipment_type_id)
        .having(outstanding > 0)
    )


def holdings_query() -> Subquery:
    """Today's holdings: one row per (unit, type) that is authorised, held or pledged.

    Columns: ``unit_id``, ``equipment_type_id``, ``authorised``, ``on_hand``, ``serviceable``,
    ``pledged_open`` and ``gap`` = max(0, authorised - serviceable - pledged_open), all integers
    (0 where a source has nothing). ``on_hand`` counts non-archived assets whose status is one of
    ``ON_HAND_STATUSES`` plus bulk stock on hand; ``serviceable`` counts assets ``IN_SERVICE``
    plus bulk stock serviceable; ``pledged_open`` sums, over the lines of pledges whose status is
    one of ``OPEN_PLEDGE_STATUSES``, max(0, quantity - accepted on delivery).

    The rows are not filtered by unit or type archiving: join ``unit`` / ``equipment_type`` and
    filter there when the caller needs it.
    """
    stacked = union_all(_authorised(), _assets(), _stock(), _pledged_open()).subquery("sources")
    sums = {name: func.coalesce(func.sum(stacked.c[name]), 0) for name in FIGURES}
    gap = sums["authorised"] - sums["serviceable"] - sums["pledged_open"]
    return (
        select(
            stacked.c.unit_id,
            stacked.c.equipment_type_id,
            *(sums[name].label(name) for name in FIGURES),
            _positive_part(gap).label("gap"),
        )
        .group_by(stacked.c.unit_id, stacked.c.equipment_type_id)
        .subquery("holdings")
    )
