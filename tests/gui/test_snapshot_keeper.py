"""Today's readiness snapshot kept while the window is open: at start, a few seconds after a
burst of changes, and when the day turns; never in a loop of its own writes, never a message for
a write the disk refused (on the small mission: KEN-FPU-3 has 5 of 10 officers present)."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlmodel import select

from lsa_desktop.errors import UserError
from lsa_desktop.store.models import Person, ReadinessSnapshot, Unit
from lsa_desktop.views.snapshot_keeper import SnapshotKeeper

WAIT = 10_000


@pytest.fixture
def app(bind_app, small_store):
    return bind_app(small_store)


@pytest.fixture
def make_keeper(qtbot, app):
    """``make_keeper(**timings)``: a keeper on a window of its own, quick to act."""

    def make(**options):
        window = QWidget()
        qtbot.addWidget(window)
        timings = {"start_delay_ms": 0, "change_delay_ms": 50, **options}
        return SnapshotKeeper(app, window, **timings)

    return make


def snapshot_presence(store) -> dict[tuple[date, str], int]:
    """Officers present per (day, unit code), as stored in the snapshots."""
    with store.read() as s:
        rows = s.exec(
            select(ReadinessSnapshot.as_of, Unit.code, ReadinessSnapshot.present).join(
                Unit, Unit.id == ReadinessSnapshot.unit_id
            )
        ).all()
    return {(day, code): present for day, code, present in rows}


def started(qtbot, keeper) -> bool:
    with qtbot.waitSignal(keeper.checked, timeout=WAIT) as first:
        keeper.start()
    return first.args[0]


def activate_sick_officer(app) -> None:
    """A write made elsewhere in the window: the officer on sick leave is back (KEN-FPU-2)."""

    def write():
        with app.services.store.write() as s:
            person = s.exec(select(Person).where(Person.service_number == "2-SICK")).one()
            person.status = "ACTIVE"

    app.tasks.run(write, write=True)


def test_the_first_check_writes_todays_snapshot(qtbot, app, make_keeper):
    keeper = make_keeper()

    assert started(qtbot, keeper) is True

    today = date.today()
    assert app.services.readiness.snapshot_dates() == [today]
    assert snapshot_presence(app.services.store)[(today, "KEN-FPU-3")] == 5


def test_its_own_write_is_not_announced_and_does_not_bring_it_back(qtbot, app, make_keeper):
    keeper = make_keeper()
    announced: list[bool] = []
    app.dataChanged.connect(lambda: announced.append(True))
    started(qtbot, keeper)  # a write job the runner does not announce: no page reads again
    assert announced == []
    with qtbot.assertNotEmitted(keeper.checked, wait=400):
        keeper.start()  # and starting twice starts nothing
    assert not keeper.busy


def test_a_change_rewrites_it_once_for_a_burst(qtbot, app, make_keeper):
    keeper = make_keeper(change_delay_ms=200)
    started(qtbot, keeper)
    checks: list[bool] = []
    keeper.checked.connect(checks.append)

    activate_sick_officer(app)
    for _ in range(3):  # more changes follow before the delay is out
        app.dataChanged.emit()
    qtbot.waitUntil(lambda: checks == [True], timeout=WAIT)
    with qtbot.assertNotEmitted(keeper.checked, wait=600):
        pass

    assert snapshot_presence(app.services.store)[(date.today(), "KEN-FPU-2")] == 9


def test_a_change_that_moves_no_figure_writes_nothing(qtbot, app, make_keeper):
    keeper = make_keeper()
    started(qtbot, keeper)

    with qtbot.waitSignal(keeper.checked, timeout=WAIT) as second:
        app.dataChanged.emit()

    assert second.args == [False]


def test_the_day_turning_brings_a_check(qtbot, app, make_keeper):
    days = [date.today()]
    keeper = make_keeper(day_check_ms=30, today=lambda: days[-1])
    started(qtbot, keeper)
    with qtbot.assertNotEmitted(keeper.checked, wait=300):  # the hourly look finds the same day
        pass

    days.append(days[-1] + timedelta(days=1))

    with qtbot.waitSignal(keeper.checked, timeout=WAIT):
        pass


def test_a_refused_write_is_logged_not_told(qtbot, app, make_keeper, monkeypatch, caplog):
    def refuse():
        raise UserError("The disk is full.")

    monkeypatch.setattr(app.services.readiness, "refresh_today_snapshot", refuse)
    keeper = make_keeper()
    caplog.set_level(logging.WARNING, logger="lsa_desktop.views.snapshot_keeper")

    keeper.start()
    qtbot.waitUntil(lambda: "The disk is full." in caplog.text, timeout=WAIT)
    qtbot.waitUntil(lambda: not keeper.busy, timeout=WAIT)

    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_a_bug_is_reported_as_one(qtbot, app, make_keeper, monkeypatch):
    def broken():
        raise KeyError("unit_id")

    reported: list[BaseException] = []
    monkeypatch.setattr(app.services.readiness, "refresh_today_snapshot", broken)
    monkeypatch.setattr(app, "report_error", lambda error, parent=None: reported.append(error))

    make_keeper().start()

    qtbot.waitUntil(lambda: len(reported) == 1, timeout=WAIT)
    assert isinstance(reported[0], KeyError)


def test_the_window_keeps_it_from_its_first_paint(qtbot, main_window, lsa_app):
    with qtbot.waitSignal(main_window.snapshots.checked, timeout=WAIT) as first:
        pass
    assert first.args == [True]
    assert lsa_app.services.readiness.snapshot_dates() == [date.today()]


def test_stopped_it_checks_no_more(qtbot, app, make_keeper):
    keeper = make_keeper(start_delay_ms=100, change_delay_ms=50)
    keeper.start()
    keeper.stop()
    with qtbot.assertNotEmitted(keeper.checked, wait=400):
        app.dataChanged.emit()
    assert not keeper.started


def test_closing_the_window_stops_it(qtbot, main_window):
    assert main_window.snapshots.started
    main_window.close()
    assert not main_window.snapshots.started
