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

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, delete, distinct, except_, func, insert, select

from lsa_desktop.domain.enums import Band
from lsa_desktop.domain.readiness import (
    DEFAULT_AMBER_PCT,
    DEFAULT_THRESHOLD_PCT,
    Gap,
    ReadinessReport,
    UnitReadiness,
    assess,
    check_thresholds,
    round_pct,
)
from lsa_desktop.errors import InvalidInput, UserError
from lsa_desktop.services import readiness_rows as rows
from lsa_desktop.services.snapshot_readiness import fill_readiness
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import new_id, utcnow

_snapshot = rows.snapshot_table
_snapshot_line = rows.snapshot_line_table

#: What a snapshot stores per unit (and per unit and type: ``rows.LINE_FIGURES``).
_UNIT_FIGURES = ("unit_id", "authorised_strength", "min_operational_strength", "present")


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


def _differ(conn: Connection, first: Select[Any], second: Select[Any]) -> bool:
    """Whether two statements with the same columns return different sets of rows."""
    return any(
        conn.execute(except_(a, b).limit(1)).first() is not None
        for a, b in ((first, second), (second, first))
    )


def _snapshot_differs(conn: Connection, day: date) -> bool:
    """Whether the snapshot stored for ``day`` differs from the live figures (or is missing)."""
    s, sl = _snapshot.c, _snapshot_line.c
    live_units = rows.live_units().subquery()
    live_lines = rows.live_lines(with_ids=True).subquery()
    line_columns = ("unit_id", "equipment_type_id", *rows.LINE_FIGURES)
    return _differ(
        conn,
        select(*(live_units.c[name] for name in _UNIT_FIGURES)),
        select(*(s[name] for name in _UNIT_FIGURES)).where(s.as_of == day),
    ) or _differ(
        conn,
        select(*(live_lines.c[name] for name in line_columns)),
        select(*(sl[name] for name in line_columns)).where(sl.as_of == day),
    )


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
                units = conn.execute(rows.live_units()).all()
                lines = conn.execute(rows.live_lines()).all()
            else:
                units = conn.execute(rows.snapshot_units(day)).all()
                if not units:
                    raise self.no_snapshot(conn, day)
                lines = conn.execute(rows.snapshot_lines(day)).all()
        return assess(rows.inputs(units, lines), day, threshold_pct, amber_pct)

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
            units = conn.execute(rows.live_units()).all()
            lines = conn.execute(rows.live_lines(with_ids=True)).all()
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
                            **{name: getattr(r, name) for name in _UNIT_FIGURES},
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
                            **{name: getattr(r, name) for name in rows.LINE_FIGURES},
                        }
                        for r in lines
                    ],
                )
            fill_readiness(conn, day, day)
        return len(units)

    def refresh_today_snapshot(self) -> bool:
        """Keep today's snapshot equal to today's figures: write it when there is none yet, or
        when the data it is made of changed since it was written; returns whether it wrote.

        The check compares the figures themselves (the live aggregates against the stored rows,
        both ways, in SQL), not a change counter: a change that moves no figure (a phone number,
        a remark) writes nothing, and a change made by any route (the window, an import, another
        laptop's merge) is seen. Called at start, a few seconds after data changes, and after a
        written import; the write itself reads again inside its transaction, so what is stored
        is consistent even if data changed in between.
        """
        day = self._today()
        with self._store.read() as session:
            stale = _snapshot_differs(session.connection(), day)
        if stale:
            self.record_snapshot(day)
        return stale

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
    def no_snapshot(conn: Connection, day: date) -> UserError:
        """The error for a past day without a snapshot: which days have one."""
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
