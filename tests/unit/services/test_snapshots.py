"""Daily readiness snapshots: written once a day, rewritten that day only when a figure moved, and
the trend drawn from them (today's point live)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import openpyxl
import pytest
from dashboard_fixtures import TODAY
from factories import MissionBuilder
from sqlalchemy import func, select

from lsa_desktop.cli import main
from lsa_desktop.domain.enums import AssetStatus, PersonStatus
from lsa_desktop.errors import InvalidInput
from lsa_desktop.services.dashboard_model import Scope
from lsa_desktop.store.models import (
    Asset,
    EquipmentType,
    Person,
    ReadinessSnapshot,
    ReadinessSnapshotLine,
    Unit,
)


def build(store) -> None:
    """FPU1: 90 of 100 officers; 10 radios authorised (critical), 8 in service -> 80 %.
    FPU2: 50 of 50 officers; nothing critical authorised -> 100 %."""
    with store.write() as session:
        m = MissionBuilder(session)
        comms = m.category("COM", critical=True)
        radio = m.equipment("RADIO", comms)
        fpu1 = m.unit("FPU1", strength=100, minimum=80)
        fpu2 = m.unit("FPU2", strength=50, minimum=40)
        m.officers(fpu1, 90)
        m.officers(fpu2, 50)
        m.authorise(fpu1, radio, 10)
        m.assets(fpu1, radio, 8)
        m.assets(fpu1, radio, 2, AssetStatus.UNDER_REPAIR)


def snapshot_rows(store) -> dict[date, tuple[int, int]]:
    """Per day: how many unit rows and line rows are stored."""
    with store.read() as session:
        units = dict(
            session.execute(
                select(ReadinessSnapshot.as_of, func.count()).group_by(ReadinessSnapshot.as_of)
            ).all()
        )
        lines = dict(
            session.execute(
                select(ReadinessSnapshotLine.as_of, func.count()).group_by(
                    ReadinessSnapshotLine.as_of
                )
            ).all()
        )
    return {day: (units[day], lines.get(day, 0)) for day in units}


def written_at(store, day: date):
    with store.read() as session:
        return session.execute(
            select(func.max(ReadinessSnapshot.created_at)).where(ReadinessSnapshot.as_of == day)
        ).scalar_one()


def radio_breaks(store) -> None:
    with store.write() as session:
        radio = session.execute(
            select(Asset).where(Asset.status == AssetStatus.IN_SERVICE).limit(1)
        ).scalar_one()
        radio.status = AssetStatus.UNSERVICEABLE


def test_written_once_a_day(tmp_store, readiness):
    build(tmp_store)

    assert readiness.refresh_today_snapshot() is True
    first = written_at(tmp_store, TODAY)
    assert readiness.refresh_today_snapshot() is False

    assert snapshot_rows(tmp_store) == {TODAY: (2, 1)}
    assert written_at(tmp_store, TODAY) == first


def test_a_change_that_moves_no_figure_writes_nothing(tmp_store, readiness):
    build(tmp_store)
    readiness.refresh_today_snapshot()
    with tmp_store.write() as session:
        for person in session.execute(select(Person).limit(3)).scalars():
            person.role = "Driver"
        session.execute(select(Unit).where(Unit.code == "FPU2")).scalar_one().name = "Renamed"

    assert readiness.refresh_today_snapshot() is False


@pytest.mark.parametrize("change", ["radio", "officer", "authorisation", "unit"])
def test_rewritten_the_same_day_after_a_change(tmp_store, readiness, change):
    build(tmp_store)
    readiness.refresh_today_snapshot()
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        fpu1 = session.execute(select(Unit).where(Unit.code == "FPU1")).scalar_one()
        if change == "radio":
            m.assets(fpu1, session.execute(select(EquipmentType)).scalar_one(), 1)
        elif change == "officer":
            person = session.execute(select(Person).limit(1)).scalar_one()
            person.status = PersonStatus.SICK
        elif change == "authorisation":
            fpu1.min_operational_strength = 85
        else:
            m.unit("FPU3", strength=10)

    assert readiness.refresh_today_snapshot() is True
    assert readiness.report(as_of=TODAY) == readiness.report()
    assert readiness.refresh_today_snapshot() is False


def test_the_next_day_gets_its_own_snapshot(tmp_store, readiness, clock):
    build(tmp_store)
    readiness.refresh_today_snapshot()
    before = readiness.report()
    clock.day = TODAY + timedelta(days=1)
    radio_breaks(tmp_store)

    assert readiness.refresh_today_snapshot() is True

    assert snapshot_rows(tmp_store) == {TODAY: (2, 1), TODAY + timedelta(days=1): (2, 1)}
    assert readiness.report(as_of=TODAY) == before
    assert readiness.report(as_of=TODAY).units[0].readiness_pct == 80.0
    assert readiness.report().units[0].readiness_pct == 70.0


def test_an_empty_mission_has_nothing_to_keep(tmp_store, readiness):
    assert readiness.refresh_today_snapshot() is False
    assert snapshot_rows(tmp_store) == {}


def test_the_trend_is_drawn_from_the_snapshots_with_today_live(tmp_store, readiness, dashboard):
    """FPU1 day by day: 80 % (8 radios), a radio breaks -> 70 %, two officers leave -> 70 %
    (radios still lower than strength 88 %), then today, live and not yet recorded, a radio
    comes back -> 80 %. FPU2 stays at 100 %. No snapshot on the day before yesterday."""
    build(tmp_store)
    days = [TODAY - timedelta(days=n) for n in (5, 4, 2)]
    readiness.record_snapshot(days[0])
    radio_breaks(tmp_store)
    readiness.record_snapshot(days[1])
    with tmp_store.write() as session:
        for person in session.execute(select(Person).limit(2)).scalars():
            person.status = PersonStatus.LEAVE
    readiness.record_snapshot(days[2])
    with tmp_store.write() as session:
        broken = session.execute(
            select(Asset).where(Asset.status == AssetStatus.UNSERVICEABLE)
        ).scalar_one()
        broken.status = AssetStatus.IN_SERVICE

    trend = dashboard.trend(30)

    assert (trend.first_day, trend.last_day, trend.days) == (
        TODAY - timedelta(days=29),
        TODAY,
        30,
    )
    assert [s.code for s in trend.series] == ["FPU1", "FPU2"]
    fpu1, fpu2 = trend.series
    assert fpu1.points == ((days[0], 80.0), (days[1], 70.0), (days[2], 70.0), (TODAY, 80.0))
    assert fpu2.points == tuple((day, 100.0) for day in (*days, TODAY))
    for day, value in fpu1.points[:-1]:
        assert readiness.report(as_of=day).units[0].readiness_pct == value


def test_the_trend_of_a_past_day_a_scope_and_a_unit_without_strength(
    tmp_store, readiness, dashboard
):
    build(tmp_store)
    with tmp_store.write() as session:
        MissionBuilder(session).unit("HQ", strength=0, minimum=0)
    readiness.record_snapshot(TODAY - timedelta(days=40))
    readiness.record_snapshot(TODAY - timedelta(days=10))
    with tmp_store.read() as session:
        fpu2 = session.execute(select(Unit.id).where(Unit.code == "FPU2")).scalar_one()

    trend = dashboard.trend(30, Scope(unit_id=fpu2), as_of=TODAY - timedelta(days=1))
    wide = dashboard.trend(90, as_of=TODAY - timedelta(days=1))

    assert [(s.code, s.points) for s in trend.series] == [
        ("FPU2", ((TODAY - timedelta(days=10), 100.0),))
    ]
    assert [s.code for s in wide.series] == ["FPU1", "FPU2", "HQ"]
    assert wide.series[2].points == (
        (TODAY - timedelta(days=40), None),
        (TODAY - timedelta(days=10), None),
    )
    with pytest.raises(InvalidInput, match="30, 90, 365"):
        dashboard.trend(7)


def test_the_trend_matches_the_arithmetic_on_mixed_categories(tmp_store, readiness, dashboard):
    """Two critical categories (the lowest counts), a surplus that must not lift a type, a
    critical type held but not authorised, and a non-critical category that plays no part."""
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        comms = m.category("COM", critical=True)
        armour = m.category("ARM", critical=True)
        camp = m.category("CAMP")
        radio, nvg = m.equipment("RADIO", comms), m.equipment("NVG", comms, serialised=False)
        mrap, tent = m.equipment("MRAP", armour), m.equipment("TENT", camp, serialised=False)
        unit = m.unit("FPU", strength=3, minimum=1)
        m.officers(unit, 3)
        m.authorise(unit, radio, 7)
        m.assets(unit, radio, 9)  # a surplus: counts as 7
        m.authorise(unit, nvg, 6)
        m.stock(unit, nvg, on_hand=5, serviceable=2)  # COM = (7 + 2) / 13
        m.assets(unit, mrap, 4)  # held, not authorised: no ARM figure
        m.authorise(unit, tent, 10)  # CAMP 0 % is not critical
    readiness.record_snapshot(TODAY - timedelta(days=1))

    (series,) = dashboard.trend(30).series

    expected = readiness.report(as_of=TODAY - timedelta(days=1)).units[0].readiness_pct
    assert expected == 100 * 9 / 13
    assert series.points == ((TODAY - timedelta(days=1), expected), (TODAY, expected))


def test_a_written_import_refreshes_todays_snapshot(tmp_path, capsys):
    db = tmp_path / "mission.sqlite3"
    book = openpyxl.Workbook()
    for values in (
        ["Code", "Name", "Type", "Authorised strength", "Minimum operational strength"],
        ["KE-FPU-1", "Kenya Formed Police Unit 1", "FPU", 140, 120],
        ["KE-FPU-2", "Kenya Formed Police Unit 2", "FPU", 140, 120],
    ):
        book.active.append(values)
    book.save(tmp_path / "units.xlsx")
    base = ["--db", str(db), "--data-dir", str(tmp_path / "data"), "import", "units"]

    assert main([*base, str(tmp_path / "units.xlsx"), "--dry-run"]) == 0
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM readiness_snapshot").fetchone() == (0,)
    assert main([*base, str(tmp_path / "units.xlsx")]) == 0

    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT as_of, count(*) FROM readiness_snapshot GROUP BY as_of")
        assert rows.fetchall() == [(date.today().isoformat(), 2)]
    capsys.readouterr()
