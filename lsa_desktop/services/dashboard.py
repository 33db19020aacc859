"""The Dashboard's figures: tiles, bars, the trend and the lists of the printed summary.

One read session and a fixed set of aggregate statements per call, whatever the mission's size
(:mod:`lsa_desktop.services.dashboard_queries`); the arithmetic is
:mod:`lsa_desktop.domain.readiness`, the same that ``readiness --json`` prints, so the two agree
for the same data. Today's figures are live; a past day's come from its snapshot, and what a
snapshot does not keep (service dates, qualifications, requisitions, pledges) is said to be
unknown rather than replaced by today's.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import wait
from datetime import date, timedelta
from functools import partial
from typing import Any

from sqlalchemy import Row

from lsa_desktop.collector import collector_paused
from lsa_desktop.domain.readiness import (
    DEFAULT_AMBER_PCT,
    DEFAULT_THRESHOLD_PCT,
    check_thresholds,
)
from lsa_desktop.errors import InvalidInput
from lsa_desktop.services import dashboard_queries as queries
from lsa_desktop.services import readiness_rows as rows
from lsa_desktop.services.dashboard_figures import assemble, report_of
from lsa_desktop.services.dashboard_model import (
    TREND_PERIODS,
    WHOLE_MISSION,
    ContingentOption,
    DashboardFigures,
    Scope,
    ScopeOptions,
    Trend,
    TrendSeries,
    UnitOption,
)
from lsa_desktop.services.readiness import ReadinessService
from lsa_desktop.services.side_reader import read_aside
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import utcnow


class DashboardService:
    def __init__(
        self, store: Store, readiness: ReadinessService, today: Callable[[], date] = date.today
    ) -> None:
        self._store = store
        self._readiness = readiness
        self._today = today

    def figures(
        self,
        scope: Scope = WHOLE_MISSION,
        as_of: date | None = None,
        threshold_pct: float = DEFAULT_THRESHOLD_PCT,
        amber_pct: float = DEFAULT_AMBER_PCT,
    ) -> DashboardFigures:
        """Every figure of the page and the printed summary for ``scope`` on ``as_of`` (today
        by default: live; a past day: its snapshot, compared with the snapshot before it).

        Raises ``UserError`` for a future day, a past day without a snapshot, or thresholds
        that make no sense.
        """
        check_thresholds(threshold_pct, amber_pct)
        day, live = self._day(as_of)
        with collector_paused():
            return self._figures(scope, day, live, threshold_pct, amber_pct)

    def _figures(
        self, scope: Scope, day: date, live: bool, threshold_pct: float, amber_pct: float
    ) -> DashboardFigures:
        """:meth:`figures` of a day already checked. A method of its own so that the rows it
        reads are freed as it returns, before the cycle collector resumes (which would
        otherwise walk them all once on the way out)."""
        read_at = utcnow()
        statements = queries.figure_statements(scope, day, live)
        # The lists of today's figures on a second connection, at the same time (side_reader).
        lists = {name: statements.pop(name) for name in queries.LISTS if name in statements}
        aside = read_aside(self._store, partial(queries.run, statements=lists))
        try:
            with self._store.read() as session:
                conn = session.connection()
                result = queries.run(conn, statements)
                if not live and not result["units"] and not queries.snapshot_exists(conn, day):
                    raise self._readiness.no_snapshot(conn, day)
        except BaseException:
            wait([aside])  # no read outlives this call; this side's error is the one raised
            raise
        result.update(aside.result())
        return assemble(
            result,
            scope=scope,
            day=day,
            read_at=read_at,
            live=live,
            threshold_pct=threshold_pct,
            amber_pct=amber_pct,
        )

    def trend(
        self,
        days: int,
        scope: Scope = WHOLE_MISSION,
        as_of: date | None = None,
        threshold_pct: float = DEFAULT_THRESHOLD_PCT,
        amber_pct: float = DEFAULT_AMBER_PCT,
        *,
        live_figures: DashboardFigures | None = None,
    ) -> Trend:
        """Each unit's readiness per day over the ``days`` (30, 90 or 365) ending on ``as_of``
        (today by default), from the daily snapshots; today's point is live, whether or not
        today's snapshot has been written yet. Days without a snapshot have no point.

        ``live_figures``: today's figures for the same scope, just read (the page and the
        summary read both): today's point is taken from them instead of read again.
        """
        if days not in TREND_PERIODS:
            raise InvalidInput(f"A trend covers {', '.join(map(str, TREND_PERIODS))} days.")
        check_thresholds(threshold_pct, amber_pct)
        last_day, live = self._day(as_of)
        reuse = (
            live
            and live_figures is not None
            and (live_figures.scope, live_figures.as_of) == (scope, last_day)
        )
        with collector_paused():
            return self._trend(
                days,
                scope,
                last_day,
                live,
                threshold_pct,
                amber_pct,
                live_figures if reuse else None,
            )

    def _trend(
        self,
        days: int,
        scope: Scope,
        last_day: date,
        live: bool,
        threshold_pct: float,
        amber_pct: float,
        live_figures: DashboardFigures | None,
    ) -> Trend:
        """:meth:`trend` (its rows freed as it returns, like :meth:`_figures`'); today's point
        from ``live_figures`` when given, else read and computed here."""
        first_day = last_day - timedelta(days=days - 1)
        snapshot_last = last_day - timedelta(days=1) if live else last_day
        where = queries.scope_conditions(scope)
        with self._store.read() as session:
            conn = session.connection()
            history = conn.execute(queries.trend_statement(first_day, snapshot_last, scope)).all()
            if live and live_figures is None:
                units = conn.execute(rows.live_units(where)).all()
                lines = conn.execute(rows.live_lines(where)).all()
        points, codes = queries.trend_points(history)
        if live:
            if live_figures is not None:
                today = [(bar.unit_id, bar.code, bar.readiness_pct) for bar in live_figures.units]
            else:
                report = report_of(units, lines, last_day, threshold_pct, amber_pct)
                ids = {row.code: row.unit_id for row in units}
                today = [(ids[u.code], u.code, u.readiness_pct) for u in report.units]
            for unit_id, code, readiness_pct in today:
                codes[unit_id] = code
                points.setdefault(unit_id, []).append((last_day, readiness_pct))
        series = sorted(
            (TrendSeries(unit_id, codes[unit_id], tuple(p)) for unit_id, p in points.items()),
            key=lambda s: s.code,
        )
        return Trend(first_day, last_day, days, tuple(series), threshold_pct, amber_pct)

    def scope_options(self) -> ScopeOptions:
        """The page's filters: contingents by name, units by code (neither archived)."""
        with self._store.read() as session:
            result = queries.run(session.connection(), queries.scope_option_statements())
        return ScopeOptions(
            contingents=tuple(ContingentOption(*row) for row in result["contingents"]),
            units=tuple(UnitOption(*row) for row in result["units"]),
        )

    def aggregate_queries_only(
        self, scope: Scope = WHOLE_MISSION, as_of: date | None = None
    ) -> dict[str, list[Row[Any]]]:
        """Run exactly the statements :meth:`figures` runs and return their raw rows, with no
        arithmetic: the yardstick the benchmark measures the Dashboard against."""
        day, live = self._day(as_of)
        with self._store.read() as session:
            return queries.run(session.connection(), queries.figure_statements(scope, day, live))

    def _day(self, as_of: date | None) -> tuple[date, bool]:
        """The day asked for and whether it is today (live); refuses the future."""
        today = self._today()
        day = today if as_of is None else as_of
        if day > today:
            raise InvalidInput(
                f"{day.isoformat()} is in the future: the Dashboard shows today "
                f"({today.isoformat()}) or a past day that has a stored snapshot."
            )
        return day, day == today
