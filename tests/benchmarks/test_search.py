"""Search as you type in the personnel register, until the view shows the first page.

Limits: at most 3x the same ``LIKE ... LIMIT`` query in raw sqlite3 shown the plainest way, and
faster than filtering all rows in memory with a ``QSortFilterProxyModel``. Three kinds of term:
a common surname fragment, a rare surname, a service-number fragment, picked from the data.

- App: the Personnel page on the scale-100 database, in an ``LsaApplication`` (its style sheet
  applies to every view here). Timed from the search text being committed (Enter pressed in
  ``searchEdit``, which searches at once: the 150 ms debounce of typing is not counted) until the
  ``processEvents`` call in which the table's viewport received its Paint event returns, the model
  then holding the new rows: the query, the model reset and the painting of the first page.
- Raw: the very statement the register sends for that first page (caught as it runs: same
  columns, same ``LIKE`` on the folded ``search_text``, same ``ORDER BY ... LIMIT``) run with plain
  sqlite3, its rows put into a ``QStandardItemModel`` of as many rows and the register's ten
  columns, set on a bare ``QTableView`` of the same size, painted.
- Proxy: every officer held in a ``QStandardItemModel`` (loading it is reported, not timed) behind
  a ``QSortFilterProxyModel``, filtered with ``setFilterFixedString`` (case-insensitive) on one
  hidden column holding surname, given names and service number folded as the app folds them
  (the same columns and matches; the filter runs in C++ over one column, its fastest form), until
  the painted first page.

Each is the median of 7 runs, the app's after a search cleared back to all officers. The pure
data path (the service's ``page()`` against the raw query, no Qt) is reported beside.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from benchkit import median, timed
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView, QWidget
from sqlalchemy import event

RAW_LIMIT = 3.0
REPEATS = 7
WAIT_S = 30
#: The columns the register shows, by their names in the register's own page statement.
SHOWN = (
    "service_number", "rank_code", "surname", "given_names", "sex",
    "unit_code", "role", "status", "arrival_date", "tour_end_date",
)  # fmt: skip
#: Every officer with the register's ten columns, in its default order (for the proxy).
ALL_SQL = """
SELECT p.service_number, r.code, p.surname, p.given_names, p.sex,
       u.code, p.role, p.status, p.arrival_date, p.tour_end_date
FROM person AS p
LEFT JOIN rank AS r ON r.id = p.rank_id
LEFT JOIN unit AS u ON u.id = p.unit_id
WHERE p.archived = 0
ORDER BY p.service_number
"""


def spin_until(condition: Callable[[], bool]) -> None:
    """Run the event loop until ``condition`` holds. Between events the loop sleeps (a heartbeat
    timer wakes it to look again), leaving the interpreter to the model's worker meanwhile."""
    heartbeat = QTimer()
    heartbeat.start(20)
    deadline = time.perf_counter() + WAIT_S
    try:
        while not condition():
            assert time.perf_counter() < deadline, "timed out waiting for the view"
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        heartbeat.stop()


class PaintWatch(QObject):
    """Tells when a view's viewport has been painted since :meth:`arm`. The painting is done when
    the ``processEvents`` call that delivered the Paint event returns, which :meth:`wait` awaits."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.painted = False
        view.viewport().installEventFilter(self)

    def arm(self) -> None:
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False

    def wait(self) -> None:
        spin_until(lambda: self.painted)


def page_statement(services: Any, term: str, limit: int) -> tuple[str, Any]:
    """The SQL text and parameters the personnel register sends for the first page of ``term``."""
    from lsa_desktop.services.query import ListQuery

    sent: list[tuple[str, Any]] = []

    def catch(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    engine = services.store.engine
    event.listen(engine, "before_cursor_execute", catch)
    try:
        services.personnel.people.page(ListQuery(search=term), limit)
    finally:
        event.remove(engine, "before_cursor_execute", catch)
    (caught,) = sent
    return caught


def search_terms(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(what, term): a common surname fragment, a rare surname, a service-number fragment."""
    by_count = conn.execute(
        "SELECT surname, count(*) AS n FROM person WHERE archived = 0 "
        "GROUP BY surname ORDER BY n, surname"
    ).fetchall()
    common = by_count[-1][0][:4].lower()
    rare = next(
        word.lower()
        for surname, _ in by_count
        for word in surname.split()[-1:]
        if word.isascii() and word.isalpha() and len(word) >= 5
    )
    (middle,) = conn.execute(
        "SELECT service_number FROM person ORDER BY service_number "
        "LIMIT 1 OFFSET (SELECT count(*) / 2 FROM person)"
    ).fetchone()
    return [
        ("common surname fragment", common),
        ("rare surname", rare),
        ("service-number fragment", middle[-5:-1]),
    ]


def fill(model: QStandardItemModel, rows: list[tuple], columns: list[int]) -> None:
    model.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, index in enumerate(columns):
            value = row[index]
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))


@pytest.fixture(scope="module")
def services(demo_db) -> Iterator[Any]:
    from lsa_desktop.services import Services
    from lsa_desktop.store.migrate import open_database

    store = open_database(f"sqlite:///{demo_db}", backup=False)
    yield Services(store)
    store.dispose()


@pytest.fixture(scope="module")
def raw(demo_db) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"{demo_db.resolve().as_uri()}?mode=ro", uri=True)
    yield conn
    conn.close()


def top_level(widget: QWidget, like: QWidget) -> None:
    widget.resize(like.size())
    widget.show()


def test_search_as_you_type_in_the_personnel_register(qapp, services, raw, record, note):
    from lsa_desktop.domain.text import fold, search_text
    from lsa_desktop.services.query import ListQuery
    from lsa_desktop.views.pages.personnel_page import PersonnelPage
    from lsa_desktop.views.table_models.register_model import BLOCK_SIZE

    page = PersonnelPage(services)
    page.resize(1280, 800)
    page.show()
    model, view, edit = page.model, page.ui.tableView, page.ui.searchEdit
    spin_until(lambda: not model.loading and model.rowCount() > 0)
    app_watch = PaintWatch(view)

    bare = QTableView()
    top_level(bare, view)
    bare_watch = PaintWatch(bare)

    start = time.perf_counter()
    everyone = raw.execute(ALL_SQL).fetchall()
    source = QStandardItemModel(0, len(SHOWN) + 1)
    fill(source, everyone, list(range(len(SHOWN))))
    key_column = len(SHOWN)
    for r, row in enumerate(everyone):  # what the register searches, folded as it folds it
        source.setItem(r, key_column, QStandardItem(search_text(row[2], row[3], row[0])))
    load_seconds = time.perf_counter() - start
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterKeyColumn(key_column)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    filtered = QTableView()
    filtered.setModel(proxy)
    filtered.setColumnHidden(key_column, True)
    top_level(filtered, view)
    proxy_watch = PaintWatch(filtered)
    spin_until(lambda: proxy_watch.painted)

    def app_search(term: str) -> tuple[float, float]:
        edit.setText("")
        QTest.keyClick(edit, Qt.Key.Key_Return)
        spin_until(lambda: not model.loading)
        QCoreApplication.processEvents()
        edit.setText(term)  # starts the debounce timer, which Enter stops
        app_watch.arm()
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        data = time.perf_counter() - start
        app_watch.wait()
        total = time.perf_counter() - start
        assert model.query.search == term and model.rowCount() > 0
        spin_until(lambda: not model.loading)  # the whole key list, read on a worker: not timed
        return total, data

    def raw_search(statement: str, parameters: Any) -> float:
        old = bare.model()
        bare_watch.arm()
        start = time.perf_counter()
        cursor = raw.execute(statement, parameters)
        rows = cursor.fetchall()
        names = [column[0] for column in cursor.description]
        shown = QStandardItemModel(0, len(SHOWN), bare)
        fill(shown, rows[:BLOCK_SIZE], [names.index(name) for name in SHOWN])
        bare.setModel(shown)
        bare_watch.wait()
        seconds = time.perf_counter() - start
        if old is not None:
            old.deleteLater()
        return seconds

    def proxy_search(term: str) -> float:
        if proxy.filterRegularExpression().pattern():  # back to every officer first
            proxy_watch.arm()
            proxy.setFilterFixedString("")
            proxy_watch.wait()
        proxy_watch.arm()
        start = time.perf_counter()
        proxy.setFilterFixedString(fold(term))
        proxy_watch.wait()
        return time.perf_counter() - start

    failures = []
    for what, term in search_terms(raw):
        statement, parameters = page_statement(services, term, BLOCK_SIZE + 1)
        app_runs = [app_search(term) for _ in range(REPEATS)]
        app_total = median([total for total, _ in app_runs])
        app_data = median([data for _, data in app_runs])
        raw_total = median([raw_search(statement, parameters) for _ in range(REPEATS)])
        proxy_total = median([proxy_search(term) for _ in range(REPEATS)])
        matches = model.rowCount()
        service_page = timed(
            lambda term=term: services.personnel.people.page(ListQuery(term), BLOCK_SIZE + 1),
            REPEATS,
        )
        raw_page = timed(lambda s=statement, a=parameters: raw.execute(s, a).fetchall(), REPEATS)
        against_raw = record(
            f"search {term!r} ({what})", app_total, "s", "same SQL in sqlite3 + bare paint",
            raw_total, RAW_LIMIT,
            note=f"{matches:,} matches; {proxy.rowCount():,} in the proxy",
        )  # fmt: skip
        against_proxy = record(
            "  same, against the in-memory proxy", app_total, "s",
            "QSortFilterProxyModel filter + paint", proxy_total, 1.0,
        )  # fmt: skip
        record(
            "  data path: service page() alone", service_page, "s",
            "same SQL in sqlite3, fetchall", raw_page,
            note=f"Enter to model reset in the app: {app_data * 1000:.1f} ms",
        )  # fmt: skip
        if against_raw.ratio > RAW_LIMIT:
            failures.append(against_raw.line())
        if against_proxy.ratio >= 1.0:
            failures.append(against_proxy.line())
    note(
        f"search: the proxy's model held {len(everyone):,} officers, loaded in "
        f"{load_seconds:.1f} s (not timed); the app's time starts at Enter (no debounce)"
    )
    page.close()
    bare.close()
    filtered.close()
    assert not failures, "\n".join(failures)
