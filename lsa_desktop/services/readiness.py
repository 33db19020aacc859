"""Readiness as of a date: today's from the live tables, a past day's from its stored snapshot.

Either way the inputs are gathered in two aggregate queries (units with their present strength;
holdings per unit and type with their category) and handed to the pure arithmetic of
:mod:`lsa_desktop.domain.readiness`. The cost is a constant number of statements whatever the
number of officers and items: the database counts, Python only walks (unit, type) pairs.

A daily snapshot stores the very inputs the arithmetic reads (strength per unit; authorised, on
hand, serviceable and pledged-open per unit and type), so a past report is computed by the same
code as today's and every figure of it can be traced to its stored rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, Select, delete, distinct, func, insert, select

from lsa_desktop.domain.enums import Band, PersonStatus
from lsa_desktop.domain.readiness import (
    DEFAULT_AMBER_PCT,
    DEFAULT_THRESHOLD_PCT,
    Category,
    Gap,
    HoldingInput,
    ReadinessReport,
    UnitInput,
    UnitReadiness,
    assess,
    check_thresholds,
    round_pct,
)
from lsa_desktop.errors import InvalidInput, UserError
from lsa_desktop.services.holdings import holdings_query
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import (
    Contingent,
    EquipmentCategory,
    EquipmentType,
    Person,
    ReadinessSnapshot,
    ReadinessSnapshotLine,
    Unit,
    new_id,
    utcnow,
)

_unit = Unit.__table__
_contingent = Contingent.__table__
_person = Person.__table__
_type = EquipmentType.__table__
_category = EquipmentCategory.__table__
_snapshot = ReadinessSnapshot.__table__
_snapshot_line = ReadinessSnapshotLine.__table__

_LINE_FIGURES = ("authorised", "on_hand", "serviceable", "pledged_open")


@dataclass(frozen=True, slots=True)
class UnitSummary:
    """One row of the Dashboard's unit table (percentages unrounded; round with ``round_pct``)."""

    code: str
    name: str
    contingent: str
    authorised_strength: int
    present: int
    strength_pct: float | None
    below_minimum: bool
    readiness_pct: float | None
    mean_readiness_pct: float | None
    band: Band | None


# --- the rows behind the figures ----------------------------------------------------------------


def _unit_labels(query: Select[Any]) -> Select[Any]:
    """Add the unit's code, name and contingent to a query that has the unit table in it."""
    u, c = _unit.c, _contingent.c
    return query.add_columns(
        u.code, u.name, func.coalesce(c.name, "").label("contingent")
    ).outerjoin(_contingent, c.id == u.contingent_id)


def _live_unit_rows(conn: Connection) -> Sequence[Row[Any]]:
    """Non-archived units with their count of ACTIVE, non-archived officers."""
    p = _person.c
    present = (
        select(p.unit_id, func.count().label("present"))
        .where(p.status == PersonStatus.ACTIVE, p.archived.is_(False), p.unit_id.is_not(None))
        .group_by(p.unit_id)
        .subquery("present")
    )
    u = _unit.c
    query = (
        select(
            u.id.label("unit_id"),
            u.authorised_strength,
            u.min_operational_strength,
            func.coalesce(present.c.present, 0).label("present"),
        )
        .select_from(_unit)
        .outerjoin(present, present.c.unit_id == u.id)
        .where(u.archived.is_(False))
    )
    return conn.execute(_unit_labels(query)).all()


def _snapshot_unit_rows(conn: Connection, as_of: date) -> Sequence[Row[Any]]:
    """The units of a day's snapshot, archived since or not: they existed that day."""
    s = _snapshot.c
    query = (
        select(s.unit_id, s.authorised_strength, s.min_operational_strength, s.present)
        .join(_unit, _unit.c.id == s.unit_id)
        .where(s.as_of == as_of)
    )
    return conn.execute(_unit_labels(query)).all()


def _line_rows(
    conn: Connection, source: Any, *where: Any, with_ids: bool = False
) -> Sequence[Row[Any]]:
    """Figures per (unit, type) from ``source``, labelled with codes and names.

    Rows come keyed by unit code, not id: turning tens of thousands of ids into ``UUID`` objects
    would cost more than the aggregate itself. ``with_ids`` adds the ids (to record a snapshot).
    """
    u, t, k = _unit.c, _type.c, _category.c
    ids = (source.c.unit_id, source.c.equipment_type_id) if with_ids else ()
    query = (
        select(
            *ids,
            u.code.label("unit_code"),
            *(source.c[name] for name in _LINE_FIGURES),
            t.code.label("equipment_code"),
            t.name.label("equipment_name"),
            k.code.label("category_code"),
            k.name.label("category_name"),
            k.critical,
            k.sort_order,
        )
        .join(_unit, u.id == source.c.unit_id)
        .join(_type, t.id == source.c.equipment_type_id)
        .join(_category, k.id == t.category_id)
        .where(*where)
        .order_by(u.code, t.code)
    )
    return conn.execute(query).all()


def _live_line_rows(conn: Connection, with_ids: bool = False) -> Sequence[Row[Any]]:
    """Today's holdings of non-archived units."""
    h = holdings_query()
    return _line_rows(conn, h, _unit.c.archived.is_(False), with_ids=with_ids)


def _snapshot_line_rows(conn: Connection, as_of: date) -> Sequence[Row[Any]]:
    return _line_rows(conn, _snapshot_line, _snapshot_line.c.as_of == as_of)


def _inputs(unit_rows: Iterable[Row[Any]], line_rows: Iterable[Row[Any]]) -> list[UnitInput]:
    """Turn stored or live rows into the arithmetic's inputs (a walk over pairs, not items)."""
    categories: dict[str, Category] = {}
    holdings: dict[str, list[HoldingInput]] = {}
    for row in line_rows:
        category = categories.get(row.category_code)
        if category is None:
            category = Category(row.category_code, row.category_name, row.critical, row.sort_order)
            categories[row.category_code] = category
        holdings.setdefault(row.unit_code, []).append(
            HoldingInput(
                row.equipment_code,
                row.equipment_name,
                category,
                row.authorised,
                row.on_hand,
                row.serviceable,
                row.pledged_open,
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


def _gap_json(gap: Gap) -> dict[str, Any]:
    return {
        "unit": gap.unit_code,
        "equipment_code": gap.equipment_code,
        "equipment_name": gap.equipment_name,
        "category": gap.category_code,
        "critical": gap.critical,
        "authorised": gap.authorised,
        "serviceable": gap.serviceable,
        "pledged_open": gap.pledged_open,
        "gap": gap.gap,
    }


def _unit_json(unit: UnitReadiness) -> dict[str, Any]:
    personnel = unit.personnel
    return {
        "code": unit.code,
        "name": unit.name,
        "contingent": unit.contingent,
        "personnel": {
            "authorised": personnel.authorised,
            "present": personnel.present,
            "strength_pct": round_pct(personnel.strength_pct),
            "below_minimum": personnel.below_minimum,
        },
        "categories": [
            {
                "code": c.code,
                "name": c.name,
                "critical": c.critical,
                "authorised": c.authorised,
                "on_hand": c.on_hand,
                "serviceable": c.serviceable,
                "holding_pct": round_pct(c.holding_pct),
                "serviceability_pct": round_pct(c.serviceability_pct),
                "readiness_pct": round_pct(c.readiness_pct),
            }
            for c in unit.categories
        ],
        "readiness_pct": round_pct(unit.readiness_pct),
        "mean_readiness_pct": round_pct(unit.mean_readiness_pct),
        "band": None if unit.band is None else unit.band.value,
    }


# --- the service --------------------------------------------------------------------------------


class ReadinessService:
    """Readiness reports, live or from the daily snapshots, and the recording of snapshots."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today

    def report(
        self,
        as_of: date | None = None,
        threshold_pct: float = DEFAULT_THRESHOLD_PCT,
        amber_pct: float = DEFAULT_AMBER_PCT,
    ) -> ReadinessReport:
        """Readiness as of ``as_of`` (today by default): live today, from the snapshot before.

        Raises ``UserError`` for a future date, a past date without a snapshot, or thresholds
        that make no sense.
        """
        check_thresholds(threshold_pct, amber_pct)
        day, live = self._day(as_of)
        with self._store.read() as session:
            conn = session.connection()
            if live:
                units, lines = _live_unit_rows(conn), _live_line_rows(conn)
            else:
                units = _snapshot_unit_rows(conn, day)
                if not units:
                    raise self._no_snapshot(conn, day)
                lines = _snapshot_line_rows(conn, day)
        return assess(_inputs(units, lines), day, threshold_pct, amber_pct)

    def unit_summaries(
        self,
        as_of: date | None = None,
        threshold_pct: float = DEFAULT_THRESHOLD_PCT,
        amber_pct: float = DEFAULT_AMBER_PCT,
    ) -> list[UnitSummary]:
        """The Dashboard's unit table: one row per unit, in code order."""
        return [
            UnitSummary(
                code=u.code,
                name=u.name,
                contingent=u.contingent,
                authorised_strength=u.personnel.authorised,
                present=u.personnel.present,
                strength_pct=u.personnel.strength_pct,
                below_minimum=u.personnel.below_minimum,
                readiness_pct=u.readiness_pct,
                mean_readiness_pct=u.mean_readiness_pct,
                band=u.band,
            )
            for u in self.report(as_of, threshold_pct, amber_pct).units
        ]

    @staticmethod
    def to_json(report: ReadinessReport) -> dict[str, Any]:
        """The public JSON shape of ``readiness --json`` (key names are a contract).

        Percentages are rounded to one decimal here, at the edge; None (null) where the
        denominator is zero.
        """
        return {
            "as_of": report.as_of.isoformat(),
            "threshold_pct": float(report.threshold_pct),
            "amber_pct": float(report.amber_pct),
            "units": [_unit_json(u) for u in report.units],
            "gaps": [_gap_json(g) for g in report.gaps],
        }

    def record_snapshot(self, as_of: date | None = None) -> int:
        """Store today's inputs under ``as_of`` (today by default), replacing that day's rows.

        Reading and writing happen in one write transaction, so the snapshot is consistent.
        A past ``as_of`` back-fills a day with the current figures (the demo's history does).
        Returns the number of units recorded.
        """
        day, _live = self._day(as_of)
        now, user = utcnow(), self._store.user
        stamp = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user}
        with self._store.write_connection() as conn:
            units, lines = _live_unit_rows(conn), _live_line_rows(conn, with_ids=True)
            conn.execute(delete(_snapshot_line).where(_snapshot_line.c.as_of == day))
            conn.execute(delete(_snapshot).where(_snapshot.c.as_of == day))
            if units:
                conn.execute(
                    insert(_snapshot),
                    [
                        {
                            "id": new_id(),
                            **stamp,
                            "as_of": day,
                            "unit_id": r.unit_id,
                            "authorised_strength": r.authorised_strength,
                            "min_operational_strength": r.min_operational_strength,
                            "present": r.present,
                        }
                        for r in units
                    ],
                )
            if lines:
                conn.execute(
                    insert(_snapshot_line),
                    [
                        {
                            "id": new_id(),
                            **stamp,
                            "as_of": day,
                            "unit_id": r.unit_id,
                            "equipment_type_id": r.equipment_type_id,
                            **{name: getattr(r, name) for name in _LINE_FIGURES},
                        }
                        for r in lines
                    ],
                )
        return len(units)

    def snapshot_dates(self) -> list[date]:
        """The days that have a stored snapshot, oldest first."""
        with self._store.read() as session:
            rows = session.connection().execute(
                select(_snapshot.c.as_of).distinct().order_by(_snapshot.c.as_of)
            )
            return [row[0] for row in rows]

    # --- helpers --------------------------------------------------------------------------------

    def _day(self, as_of: date | None) -> tuple[date, bool]:
        """The day asked for and whether it is today (live); refuses the future."""
        today = self._today()
        day = today if as_of is None else as_of
        if day > today:
            raise InvalidInput(
                f"{day.isoformat()} is in the future: readiness can be shown for today "
                f"({today.isoformat()}) or for a past day that has a stored snapshot."
            )
        return day, day == today

    @staticmethod
    def _no_snapshot(conn: Connection, day: date) -> UserError:
        s = _snapshot.c
        first, last, count = conn.execute(
            select(func.min(s.as_of), func.max(s.as_of), func.count(distinct(s.as_of)))
        ).one()
        if not count:
            return UserError(
                f"No readiness snapshot is stored for {day.isoformat()}, and none has been "
                "recorded yet: only today's readiness can be shown."
            )
        return UserError(
            f"No readiness snapshot is stored for {day.isoformat()}; snapshots exist for "
            f"{count} day(s) from {first.isoformat()} to {last.isoformat()}."
        )
