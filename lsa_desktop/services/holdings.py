"""What each unit is authorised, holds and has been pledged, per equipment type, in one SQL query.

The readiness service and the Equipment & gaps register both stand on :func:`holdings_query`, so
that the figures on the dashboard, in the register and in ``readiness --json`` come from the same
rows. Everything is aggregated by the database: each source table is grouped once, the groups are
stacked with ``UNION ALL`` and summed per (unit, type). No Python loop ever walks the items, so the
cost grows with the number of (unit, type) pairs, not with the number of vehicles or officers.

A caller that needs some units only (a block of the register's rows, a unit filter) says which:
the restriction is applied inside each source query, on its unit index, so that only those units'
rows are read and added up, rather than the whole mission's then filtered.

Indexes: the unique (unit, type) constraints on ``authorisation`` and ``stock_line``; for assets,
``ix_asset_unit_type_status`` (unit, type, status, archived) covers the whole aggregate, which
SQLite then reads in group order without touching the table; ``ix_pledge_line_unit_id``,
``ix_pledge_status`` and ``ix_delivery_line_pledge_line_id`` for pledges.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
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
from lsa_desktop.services.query import likely
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

#: Which units to add up: their ids, or a query that selects them; None for every unit.
UnitIds = Collection[uuid.UUID] | Select[Any] | None


def _zero() -> ColumnElement[int]:
    return literal(0, Integer)


def _positive_part(value: ColumnElement[int]) -> ColumnElement[int]:
    """``max(0, value)`` written as CASE, which every SQL dialect understands."""
    return case((value > 0, value), else_=_zero())


def _of_units(unit_id: ColumnElement[uuid.UUID], unit_ids: UnitIds) -> list[ColumnElement[bool]]:
    """The condition that keeps a source's rows to ``unit_ids`` (none for every unit)."""
    if unit_ids is None:
        return []
    return [unit_id.in_(unit_ids if isinstance(unit_ids, Select) else list(unit_ids))]


def _authorised(unit_ids: UnitIds) -> Select[Any]:
    a = Authorisation.__table__.c
    return select(
        a.unit_id,
        a.equipment_type_id,
        a.quantity.label("authorised"),
        _zero().label("on_hand"),
        _zero().label("serviceable"),
        _zero().label("pledged_open"),
    ).where(*_of_units(a.unit_id, unit_ids))


def _assets(unit_ids: UnitIds) -> Select[Any]:
    """Serialised items and vehicles still held by a unit (not archived, status on hand)."""
    s = Asset.__table__.c
    in_service = case((s.status.in_(SERVICEABLE_STATUSES), 1), else_=0)
    # Most items are on hand: said so, SQLite reads the covering (unit, type, status, archived)
    # index in group order instead of every row through the status index (4x faster on a whole
    # mission, and the only index used when the units are restricted).
    held = likely(s.status.in_(ON_HAND_STATUSES), 0.9)
    return (
        select(
            s.unit_id,
            s.equipment_type_id,
            _zero().label("authorised"),
            func.count().label("on_hand"),
            func.sum(in_service).label("serviceable"),
            _zero().label("pledged_open"),
        )
        .where(s.archived.is_(False), s.unit_id.is_not(None), held, *_of_units(s.unit_id, unit_ids))
        .group_by(s.unit_id, s.equipment_type_id)
    )


def _stock(unit_ids: UnitIds) -> Select[Any]:
    """Bulk items; an archived stock line, or one counted down to nothing, is not a holding."""
    s = StockLine.__table__.c
    return select(
        s.unit_id,
        s.equipment_type_id,
        _zero().label("authorised"),
        s.on_hand.label("on_hand"),
        s.serviceable.label("serviceable"),
        _zero().label("pledged_open"),
    ).where(
        s.archived.is_(False),
        or_(s.on_hand > 0, s.serviceable > 0),
        *_of_units(s.unit_id, unit_ids),
    )


def _pledged_open(unit_ids: UnitIds) -> Select[Any]:
    """Per open pledge line, what was promised and not yet accepted on delivery (never negative)."""
    d = DeliveryLine.__table__.c
    pl = PledgeLine.__table__.c
    p = Pledge.__table__.c
    # Per line, through the delivery lines' index: only the lines of the units asked are read.
    accepted = (
        select(func.coalesce(func.sum(d.quantity_accepted), 0))
        .where(d.pledge_line_id == pl.id)
        .scalar_subquery()
    )
    outstanding = func.sum(_positive_part(pl.quantity - accepted))
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
            )
        )
        .where(*_of_units(pl.unit_id, unit_ids))
        .group_by(pl.unit_id, pl.equipment_type_id)
        .having(outstanding > 0)
    )


def holdings_query(unit_ids: UnitIds = None) -> Subquery:
    """Today's holdings: one row per (unit, type) that is authorised, held or pledged; only of
    the units in ``unit_ids`` if given (ids, or a ``SELECT`` of unit ids).

    Columns: ``unit_id``, ``equipment_type_id``, ``authorised``, ``on_hand``, ``serviceable``,
    ``pledged_open`` and ``gap`` = max(0, authorised - serviceable - pledged_open), all integers
    (0 where a source has nothing). ``on_hand`` counts non-archived assets whose status is one of
    ``ON_HAND_STATUSES`` plus bulk stock on hand; ``serviceable`` counts assets ``IN_SERVICE``
    plus bulk stock serviceable; ``pledged_open`` sums, over the lines of pledges whose status is
    one of ``OPEN_PLEDGE_STATUSES``, max(0, quantity - accepted on delivery).

    The rows are not filtered by unit or type archiving: join ``unit`` / ``equipment_type`` and
    filter there when the caller needs it.
    """
    sources = (source(unit_ids) for source in (_authorised, _assets, _stock, _pledged_open))
    stacked = union_all(*sources).subquery("sources")
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
