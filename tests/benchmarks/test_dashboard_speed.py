"""Issue 6, point 5: the Dashboard drawn and the printed summary written, on the scale-100 demo
mission, each beside the bare aggregate queries it needs, in the same run. Limit: 2x each.

- Dashboard: the page (its tiles, unit table and four pyqtgraph charts, in an ``LsaApplication``
  at 1366x768) timed from ``refresh()`` until the ``processEvents`` call in which the page was
  painted with the new figures returns: the read on a worker (figures, trend, filter choices,
  mission name), the tiles, the table, every chart set and drawn. Median of 5, after one
  warm-up that builds the charts (pyqtgraph's import is a one-off of the first visit).
- Summary: what ``report readiness`` does once its process is up: the figures and the 30-day
  trend read, the four charts drawn at 300 dpi, the document laid out (fitted to two pages) and
  the PDF written. Median of 3.
- Yardstick of each: the very SELECT statements the app side sent to SQLite (text and
  parameters, caught as they ran) run with plain ``sqlite3`` on the same file, rows fetched.
  So the ratio is everything the app adds to its queries: SQLAlchemy, the arithmetic, Qt.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from benchkit import median, timed
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from sqlalchemy import event

LIMIT = 2.0
PAGE_REPEATS = 5
SUMMARY_REPEATS = 3
WAIT_S = 120


@pytest.fixture(scope="module")
def services(demo_db):
    from lsa_desktop.services import Services
    from lsa_desktop.store.migrate import open_database

    store = open_database(f"sqlite:///{demo_db}", backup=False)
    yield Services(store)
    store.dispose()


@contextmanager
def caught_selects(services) -> Iterator[list[tuple[str, Any]]]:
    """The SELECT statements sent to SQLite meanwhile, with their parameters (any thread)."""
    sent: list[tuple[str, Any]] = []

    def catch(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            sent.append((statement, parameters))

    engine = services.store.engine
    event.listen(engine, "before_cursor_execute", catch)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", catch)


def bare_time(database: Path, statements: list[tuple[str, Any]]) -> float:
    raw = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:

        def run() -> None:
            for statement, parameters in statements:
                raw.execute(statement, parameters).fetchall()

        run()  # warm: the same pages in the file cache as the app side had
        return timed(run)
    finally:
        raw.close()


class _PaintSpy(QObject):
    """Counts the page's Paint events."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def spin_until(condition: Callable[[], bool]) -> None:
    heartbeat = QTimer()
    heartbeat.start(10)
    deadline = time.perf_counter() + WAIT_S
    try:
        while not condition():
            assert time.perf_counter() < deadline, "timed out waiting for the Dashboard"
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        heartbeat.stop()


def test_dashboard_and_summary_beside_their_queries(
    qapp, services, demo_db, tmp_path, record, note
):
    from lsa_desktop.reports.readiness_summary import DEFAULT_TREND_DAYS
    from lsa_desktop.reports.readiness_summary_print import render
    from lsa_desktop.services.dashboard_model import Scope
    from lsa_desktop.settings import Settings
    from lsa_desktop.views.pages.dashboard_page import DashboardPage

    settings = Settings()
    page = DashboardPage(services, qapp.tasks, settings, app=qapp)
    page.resize(1366, 768)
    spy = _PaintSpy()
    page.installEventFilter(spy)
    page.show()

    def draw() -> None:
        before = spy.paints
        page.refresh()
        spin_until(lambda: not page.loading and page.figures is not None)
        page.update()
        spin_until(lambda: spy.paints > before and not page.loading)

    spin_until(lambda: not page.loading and page.figures is not None)  # the first read
    draw()  # warm-up: the charts exist and the file cache is hot
    assert page.figures is not None and page.figures.units
    drawn = []
    for _ in range(PAGE_REPEATS):
        start = time.perf_counter()
        draw()
        drawn.append(time.perf_counter() - start)
    with caught_selects(services) as page_statements:
        draw()
    page_bare = bare_time(demo_db, page_statements)
    units = len(page.figures.units)
    page.close()

    def summary() -> None:
        dashboard = services.dashboard
        figures = dashboard.figures(Scope())
        trend = dashboard.trend(DEFAULT_TREND_DAYS, Scope(), live_figures=figures)
        pages = render(
            figures,
            trend,
            tmp_path / "summary.pdf",
            mission=services.mission_settings.mission_name(),
            prepared_by="bench",
            classification="RESTRICTED",
        )
        assert pages in (1, 2)

    summary()  # warm-up
    written = [timed(summary, repeats=1) for _ in range(SUMMARY_REPEATS)]
    with caught_selects(services) as summary_statements:
        summary()
    summary_bare = bare_time(demo_db, summary_statements)

    page_result = record(
        "Dashboard drawn (median of 5)", median(drawn), "s",
        "its aggregate queries, sqlite3", page_bare, LIMIT,
    )  # fmt: skip
    summary_result = record(
        "readiness summary PDF (median of 3)", median(written), "s",
        "its aggregate queries, sqlite3", summary_bare, LIMIT,
    )  # fmt: skip
    note(
        f"dashboard: {units:,} units, {len(page_statements)} SELECT statements for the page, "
        f"{len(summary_statements)} for the summary; the page at 1366x768"
    )
    assert page_result.ratio <= LIMIT
    assert summary_result.ratio <= LIMIT
