"""The Dashboard's lists read on a second connection, at the same time as the holdings."""

from __future__ import annotations

import threading
import time
from functools import partial

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import OperationalError

from lsa_desktop.services import dashboard_queries as queries
from lsa_desktop.services.dashboard_model import Scope
from lsa_desktop.services.side_reader import read_aside
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import Unit


class ThreadsOf:
    """The thread each statement (by its first words) was sent to SQLite from."""

    def __init__(self, store: Store) -> None:
        self.seen: list[tuple[str, str]] = []
        event.listen(store.engine, "before_cursor_execute", self._catch)
        self._engine = store.engine

    def _catch(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.seen.append((threading.current_thread().name, " ".join(statement.split())[:60]))

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._catch)


def test_the_lists_are_read_on_another_thread_and_the_figures_are_the_same(
    tmp_store, dashboard, monkeypatch
):
    from test_dashboard_service import build

    build(tmp_store)
    threads = ThreadsOf(tmp_store)
    try:
        figures = dashboard.figures()
    finally:
        threads.close()
    caller = threading.current_thread().name
    aside = {name for name, statement in threads.seen if name != caller}
    assert aside and all(name.startswith("side-reader") for name in aside)
    lists = [s for name, s in threads.seen if name != caller and not s.startswith("BEGIN")]
    assert len(lists) == len(queries.LISTS)  # overdue, expiring, awaiting: and nothing else
    assert any("person" in s for s in lists)

    # The same figures when every statement is read on the caller's thread, one after another.
    monkeypatch.setattr(queries, "LISTS", ())
    assert dashboard.figures().tiles == figures.tiles
    assert dashboard.figures().units == figures.units


def test_a_failed_list_is_the_callers_error(tmp_store, dashboard, monkeypatch):
    from test_dashboard_service import build

    build(tmp_store)
    broken = select(text("no_such_column")).select_from(Unit)
    real = queries.figure_statements

    def with_a_broken_list(scope: Scope, day, live):
        statements = real(scope, day, live)
        statements["expiring"] = broken
        return statements

    monkeypatch.setattr(queries, "figure_statements", with_a_broken_list)
    with pytest.raises(OperationalError, match="no_such_column"):
        dashboard.figures()


@pytest.mark.parametrize("lists_fail_too", [False, True])
def test_the_caller_waits_for_the_lists_when_its_own_read_fails(
    tmp_store, dashboard, monkeypatch, lists_fail_too
):
    from lsa_desktop.services import side_reader

    started = threading.Event()
    finished: list[str] = []
    real_in_session = side_reader._in_session
    real_run = queries.run

    def slow_lists(store, read):
        started.set()
        time.sleep(0.3)
        try:
            if lists_fail_too:
                raise RuntimeError("the lists' read failed")
            return real_in_session(store, read)
        finally:
            finished.append("lists")

    def run(conn, statements):
        if "units" not in statements:
            return real_run(conn, statements)  # the lists
        assert started.wait(5)  # the lists are being read meanwhile, on their own thread
        raise RuntimeError("the holdings' read failed")

    monkeypatch.setattr(side_reader, "_in_session", slow_lists)
    monkeypatch.setattr(queries, "run", run)
    with pytest.raises(RuntimeError, match="holdings"):  # this side's error, whatever the lists'
        dashboard.figures()
    assert finished == ["lists"]  # no read outlives the call that started it


def test_an_in_memory_database_is_read_on_the_callers_thread(monkeypatch):
    from sqlmodel import SQLModel

    from lsa_desktop.store import models  # noqa: F401  (registers the tables)

    store = Store("sqlite://")
    SQLModel.metadata.create_all(store.engine)
    threads = ThreadsOf(store)
    try:
        rows = read_aside(store, partial(queries.run, statements={"units": select(Unit.code)}))
        rows = rows.result()
    finally:
        threads.close()
        store.dispose()
    assert rows == {"units": []}
    assert {name for name, _statement in threads.seen} == {threading.current_thread().name}
