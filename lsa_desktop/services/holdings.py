"""What each unit is authorised, holds and has been pledged, per equipment type, in one SQL query.

The readiness service and the Equipment & gaps register both stand on :func:`holdings_query`, so
that the figures on the dashboard, in the register and in ``readiness --json`` come from the same
rows. Everything is aggregated by the database: each source table is grouped once, the groups are
stacked with ``UNION ALL`` and summed per (unit, type). No Python loop ever walks the items, so the
cost grows with the number of (unit, type) pairs, not with the number of vehicles or officers.

A caller that needs some units only (a block of the register's rows, a unit filter) says which:
the restriction is applied inside each source query, on its unit index, so that only those units'
rows are read and added up, rather than the whole mission's then filtered.

Beside the holdings, each row says how far the supply chain answers its gap (the Equipment & gaps
page shows it): what open requisitions still want, what arrived from donors, and the part of the
gap nothing answers yet. Those figures are added up apart (requisition and delivery lines, a few
hundred rows where the holdings have tens of thousands), once per statement (a common table
expression), and each row looks its own up. They never make a row of their own, so readiness, which
reads the same rows, sees exactly what it saw before they existed; and since each is a scalar
subquery, a caller that does not read them (readiness, inspections) does not compute them at all:
SQLite drops unused subquery columns.

Indexes: the unique (unit, type) constraints on ``authorisation`` and ``stock_line``; for assets,
``ix_asset_unit_type_status`` (unit, type, status, archived) covers the whole aggregate, which
SQLite then reads in group order without touching the table; ``ix_pledge_line_unit_id``,
``ix_pledge_status`` and ``ix_delivery_line_pledge_line_id`` for pledges;
``ix_requisition_unit_id``, ``ix_requisition_line_requisition_id`` and
``ix_pledge_line_requisition_line_id`` for requisitions.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import (
    CTE,
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
from lsa_desktop.domain.requisitions import OPEN_STATUSES
from lsa_desktop.services.query import likely
from lsa_desktop.store.models import (
    Asset,
    Authorisation,
    DeliveryLine,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    StockLine,
)

#: The figures of one (unit, type) row, in the order the sources list them.
FIGURES = ("authorised", "on_hand", "serviceable", "pledged_open")
#: What the supply chain does about the row's gap (see :func:`holdings_query`).
SUPPLY_FIGURES = ("requested_open", "requested_unpledged", "delivered")

#: Which units to add up: their ids, or a query that selects them; None for every unit.
UnitIds = Collection[uuid.UUID] | Select[Any] | None


def _zero() -> ColumnElement[int]:
    return literal(0, Integer)


def _positive_part(value: ColumnElement[int]) -> ColumnElement[int]:
    """``max(0, value)`` written as CASE, which every SQL dialect understands."""
    return case((value > 0, value), else_=_zero())


def _supply_source(
    unit_id: ColumnElement[Any], type_id: ColumnElement[Any], **figures: ColumnElement[Any]
) -> Select[Any]:
    """One source of the supply's stack: its unit and type, its own figures, 0 for the others'."""
    return select(
        unit_id.label("unit_id"),
        type_id.label("equipment_type_id"),
        *(figures.get(name, _zero()).label(name) for name in SUPPLY_FIGURES),
    )


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


def accepted_on(pledge_line_id: ColumnElement[uuid.UUID]) -> ColumnElement[int]:
    """What deliveries accepted against one pledge line, read through the delivery lines' index."""
    d = DeliveryLine.__table__.c
    return (
        select(func.coalesce(func.sum(d.quantity_accepted), 0))
        .where(d.pledge_line_id == pledge_line_id)
        .correlate_except(DeliveryLine.__table__)
        .scalar_subquery()
    )


def _pledged_open(unit_ids: UnitIds) -> Select[Any]:
    """Per open pledge line, what was promised and not yet accepted on delivery (never negative)."""
    pl = PledgeLine.__table__.c
    p = Pledge.__table__.c
    # Per line, through the delivery lines' index: only the lines of the units asked are read.
    outstanding = func.sum(_positive_part(pl.quantity - accepted_on(pl.id)))
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


def accepted_for_line(requisition_line_id: ColumnElement[uuid.UUID]) -> ColumnElement[int]:
    """What deliveries accepted against the pledge lines answering one requisition line (every
    pledge, withdrawn ones too: what arrived, arrived)."""
    pl = PledgeLine.__table__.c
    return (
        select(func.coalesce(func.sum(accepted_on(pl.id)), 0))
        .select_from(PledgeLine.__table__)
        .where(pl.requisition_line_id == requisition_line_id)
        .correlate_except(PledgeLine.__table__, Pledge.__table__)
        .scalar_subquery()
    )


def covered_for_line(requisition_line_id: ColumnElement[uuid.UUID]) -> ColumnElement[int]:
    """How much of one requisition line the pledges answering it cover: each pledge line its
    quantity while the pledge is open (or what arrived, if more), and what arrived once the pledge
    is delivered, closed or withdrawn. So a pledge that ended short covers only what came."""
    pl = PledgeLine.__table__.c
    p = Pledge.__table__.c
    got = accepted_on(pl.id)
    promised = case((pl.quantity > got, pl.quantity), else_=got)
    covered = case((p.status.in_(OPEN_PLEDGE_STATUSES), promised), else_=got)
    return (
        select(func.coalesce(func.sum(covered), 0))
        .select_from(PledgeLine.__table__.join(Pledge.__table__, p.id == pl.pledge_id))
        .where(pl.requisition_line_id == requisition_line_id)
        .correlate_except(PledgeLine.__table__, Pledge.__table__)
        .scalar_subquery()
    )


def _requested(unit_ids: UnitIds) -> Select[Any]:
    """Per line of an open requisition (``OPEN_STATUSES``), what it still wants.

    ``wanted`` is the approved quantity, or the requested one while nothing is approved.
    ``requested_open`` = max(0, wanted - :func:`accepted_for_line`); ``requested_unpledged`` =
    max(0, wanted - :func:`covered_for_line`): the part an open pledge already counts in
    ``pledged_open`` is not counted twice.
    """
    rl = RequisitionLine.__table__.c
    r = Requisition.__table__.c
    wanted = func.coalesce(rl.quantity_approved, rl.quantity_requested)
    return (
        _supply_source(
            r.unit_id,
            rl.equipment_type_id,
            requested_open=func.sum(_positive_part(wanted - accepted_for_line(rl.id))),
            requested_unpledged=func.sum(_positive_part(wanted - covered_for_line(rl.id))),
        )
        .select_from(
            RequisitionLine.__table__.join(
                Requisition.__table__,
                and_(r.id == rl.requisition_id, r.status.in_(OPEN_STATUSES)),
            )
        )
        .where(*_of_units(r.unit_id, unit_ids))
        .group_by(r.unit_id, rl.equipment_type_id)
    )


def _delivered(unit_ids: UnitIds) -> Select[Any]:
    """What donors' deliveries accepted, per unit and type of the pledge lines (every pledge:
    what arrived, arrived)."""
    d = DeliveryLine.__table__.c
    pl = PledgeLine.__table__.c
    return (
        _supply_source(pl.unit_id, pl.equipment_type_id, delivered=func.sum(d.quantity_accepted))
        .select_from(DeliveryLine.__table__.join(PledgeLine.__table__, pl.id == d.pledge_line_id))
        .where(*_of_units(pl.unit_id, unit_ids))
        .group_by(pl.unit_id, pl.equipment_type_id)
    )


def _supply(unit_ids: UnitIds) -> CTE:
    """The supply's figures per (unit, type) that has any (see :func:`holdings_query`)."""
    stacked = union_all(_requested(unit_ids), _delivered(unit_ids)).subquery("supply_sources")
    return (
        select(
            stacked.c.unit_id,
            stacked.c.equipment_type_id,
            *(func.sum(stacked.c[name]).label(name) for name in SUPPLY_FIGURES),
        )
        .group_by(stacked.c.unit_id, stacked.c.equipment_type_id)
        .cte()
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

    The supply's columns (see :func:`_requested` and :func:`_delivered`): ``requested_open``
    and ``requested_unpledged`` over the lines of open requisitions, ``delivered`` (accepted on
    every delivery line of the unit and type) and ``uncovered`` = max(0, gap -
    requested_unpledged), the part of the gap no requisition or pledge answers yet. They add to
    the holdings' rows and never make one: a type only requested or only delivered, neither
    authorised, held nor pledged, has no row.

    The rows are not filtered by unit or type archiving: join ``unit`` / ``equipment_type`` and
    filter there when the caller needs it.
    """
    sources = (source(unit_ids) for source in (_authorised, _assets, _stock, _pledged_open))
    stacked = union_all(*sources).subquery("sources")
    sums = {name: func.coalesce(func.sum(stacked.c[name]), 0) for name in FIGURES}
    gap = sums["authorised"] - sums["serviceable"] - sums["pledged_open"]
    held = (
        select(
            stacked.c.unit_id,
            stacked.c.equipment_type_id,
            *(sums[name].label(name) for name in FIGURES),
            _positive_part(gap).label("gap"),
        )
        .group_by(stacked.c.unit_id, stacked.c.equipment_type_id)
        .subquery("held")
    )
    # Looked up per row rather than joined: SQLite drops the lookups of columns nobody reads.
    supply = _supply(unit_ids)
    of_row = and_(
        supply.c.unit_id == held.c.unit_id,
        supply.c.equipment_type_id == held.c.equipment_type_id,
    )
    figures = {
        name: func.coalesce(select(supply.c[name]).where(of_row).scalar_subquery(), 0)
        for name in SUPPLY_FIGURES
    }
    return select(
        held,
        *(figures[name].label(name) for name in SUPPLY_FIGURES),
        _positive_part(held.c.gap - figures["requested_unpledged"]).label("uncovered"),
    ).subquery("holdings")
