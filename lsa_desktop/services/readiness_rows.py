"""The statements behind every readiness figure, live or from a day's snapshot, and the walk that
turns their rows into the inputs of :mod:`lsa_desktop.domain.readiness`.

Two aggregate statements feed a report: the units with their present strength, and the holdings
per (unit, type) labelled with their type and category. Today's come from the live tables
(:func:`live_units`, :func:`live_lines`), a past day's from its snapshot (:func:`snapshot_units`,
:func:`snapshot_lines`); the rows have the same columns either way, so :func:`inputs` and the
arithmetic after it cannot tell them apart. The readiness service and the Dashboard both build on
them, so ``readiness --json`` and the Dashboard are one computation.

Each builder takes extra conditions on the ``unit`` table (the Dashboard's contingent and unit
filters); they return statements, not rows, so that a caller can run exactly them and nothing else
(the Dashboard's benchmark yardstick).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Row, Select, func, select, type_coerce

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.domain.readiness import Category, HoldingInput, UnitInput
from lsa_desktop.services.holdings import holdings_query
from lsa_desktop.store.models import (
    Contingent,
    EquipmentCategory,
    EquipmentType,
    Person,
    ReadinessSnapshot,
    ReadinessSnapshotLine,
    Unit,
)

unit_table = Unit.__table__
contingent_table = Contingent.__table__
person_table = Person.__table__
type_table = EquipmentType.__table__
category_table = EquipmentCategory.__table__
snapshot_table = ReadinessSnapshot.__table__
snapshot_line_table = ReadinessSnapshotLine.__table__

#: The figures a snapshot line stores, in the order the holdings give them.
LINE_FIGURES = ("authorised", "on_hand", "serviceable", "pledged_open")

#: Extra conditions on the ``unit`` table (for example the Dashboard's filters).
UnitConditions = Iterable[ColumnElement[bool]]


def _unit_labels(query: Select[Any]) -> Select[Any]:
    """Add the unit's code and name and its contingent to a query that has the unit table."""
    u, c = unit_table.c, contingent_table.c
    return query.add_columns(
        u.code,
        u.name,
        func.coalesce(c.name, "").label("contingent"),
        u.contingent_id,
        func.coalesce(c.country_code, "").label("country_code"),
    ).outerjoin(contingent_table, c.id == u.contingent_id)


def live_units(where: UnitConditions = ()) -> Select[Any]:
    """Non-archived units with their count of ACTIVE, non-archived officers."""
    p = person_table.c
    present = (
        select(p.unit_id, func.count().label("present"))
        .where(p.status == PersonStatus.ACTIVE, p.archived.is_(False), p.unit_id.is_not(None))
        .group_by(p.unit_id)
        .subquery("present")
    )
    u = unit_table.c
    query = (
        select(
            u.id.label("unit_id"),
            u.authorised_strength,
            u.min_operational_strength,
            func.coalesce(present.c.present, 0).label("present"),
        )
        .select_from(unit_table)
        .outerjoin(present, present.c.unit_id == u.id)
        .where(u.archived.is_(False), *where)
    )
    return _unit_labels(query)


def snapshot_units(day: date | ColumnElement[Any], where: UnitConditions = ()) -> Select[Any]:
    """The units of a day's snapshot (archived since or not: they existed that day).

    ``day`` may be an expression (the latest snapshot before some day); the rows carry ``as_of``.
    """
    s = snapshot_table.c
    query = (
        select(s.unit_id, s.authorised_strength, s.min_operational_strength, s.present, s.as_of)
        .join(unit_table, unit_table.c.id == s.unit_id)
        .where(s.as_of == day, *where)
    )
    return _unit_labels(query)


def _lines(source: Any, where: UnitConditions, with_ids: bool) -> Select[Any]:
    """Figures per (unit, type) from ``source``, labelled with codes and names: ``unit_code``,
    the :data:`LINE_FIGURES`, ``equipment_code``, ``equipment_name``, ``is_vehicle``,
    ``category_code``, ``category_name``, ``critical``, ``sort_order``, in this order (the one
    :func:`inputs` and the Dashboard unpack).

    Rows come keyed by unit code, not id: turning tens of thousands of ids into ``UUID`` objects
    would cost more than the aggregate itself. ``with_ids`` adds the ids, last (to record a
    snapshot). The two flags come as the integers SQLite stores (0 or 1), not as ``bool``: a
    converter per row and flag costs more than the few places that read them (:func:`inputs`
    turns ``critical`` into a ``bool`` once per category).
    """
    u, t, k = unit_table.c, type_table.c, category_table.c
    ids = (source.c.unit_id, source.c.equipment_type_id) if with_ids else ()
    return (
        select(
            u.code.label("unit_code"),
            *(source.c[name] for name in LINE_FIGURES),
            t.code.label("equipment_code"),
            t.name.label("equipment_name"),
            type_coerce(t.is_vehicle, Integer).label("is_vehicle"),
            k.code.label("category_code"),
            k.name.label("category_name"),
            type_coerce(k.critical, Integer).label("critical"),
            k.sort_order,
            *ids,
        )
        .join(unit_table, u.id == source.c.unit_id)
        .join(type_table, t.id == source.c.equipment_type_id)
        .join(category_table, k.id == t.category_id)
        .where(*where)
        .order_by(u.code, t.code)
    )


def live_lines(where: UnitConditions = (), with_ids: bool = False) -> Select[Any]:
    """Today's holdings of non-archived units; with conditions, only the units that meet them
    are added up (the restriction goes inside each source query, on its unit index)."""
    conditions = [unit_table.c.archived.is_(False), *where]
    units = select(unit_table.c.id).where(*conditions) if len(conditions) > 1 else None
    return _lines(holdings_query(units), conditions, with_ids)


def snapshot_lines(day: date | ColumnElement[Any], where: UnitConditions = ()) -> Select[Any]:
    return _lines(snapshot_line_table, [snapshot_line_table.c.as_of == day, *where], False)


def inputs(unit_rows: Iterable[Row[Any]], line_rows: Iterable[Row[Any]]) -> list[UnitInput]:
    """Turn stored or live rows into the arithmetic's inputs (a walk over pairs, not items).

    The line rows are unpacked by position rather than read by name: a named read of a ``Row``
    costs several times a tuple's, and there are tens of thousands of lines at a mission's size.
    """
    categories: dict[str, Category] = {}
    holdings: dict[str, list[HoldingInput]] = {}
    for (
        unit_code,
        authorised,
        on_hand,
        serviceable,
        pledged_open,
        equipment_code,
        equipment_name,
        _is_vehicle,
        category_code,
        category_name,
        critical,
        sort_order,
    ) in line_rows:
        category = categories.get(category_code)
        if category is None:
            category = Category(category_code, category_name, bool(critical), sort_order)
            categories[category_code] = category
        unit_holdings = holdings.get(unit_code)
        if unit_holdings is None:
            unit_holdings = holdings[unit_code] = []
        unit_holdings.append(
            HoldingInput(
                equipment_code,
                equipment_name,
                category,
                authorised,
                on_hand,
                serviceable,
                pledged_open,
            )
        )
    return [
        UnitInput(
            code=row.code,
            name=row.name,
            contingent=row.contingent,
            authorised_strength=row.authorised_strength,
            min_operational_strength=row.min_operational_strength,
            present=row.present,
            holdings=tuple(holdings.get(row.code, ())),
        )
        for row in unit_rows
    ]
