"""The Dashboard on the demo mission: its figures equal ``readiness --json`` (today and a past
day), and each tile's count equals the rows its register lists with the tile's filters."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from lsa_desktop.cli import main
from lsa_desktop.domain.readiness import round_pct
from lsa_desktop.services import Services
from lsa_desktop.services.dashboard_model import Scope, TileKey
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.engine import Store

YESTERDAY = date.today() - timedelta(days=1)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dashboard")
    db = folder / "mission.sqlite3"
    assert main(["--db", str(db), "--data-dir", str(folder / "data"), "demo"]) == 0
    return db


@pytest.fixture
def services(demo_db):
    store = Store(f"sqlite:///{demo_db}")
    yield Services(store)
    store.dispose()


def readiness_json(db: Path, capsys, *extra: str) -> dict:
    capsys.readouterr()
    assert main(["--db", str(db), "readiness", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("as_of", [None, YESTERDAY])
def test_the_figures_equal_readiness_json(demo_db, services, capsys, as_of):
    extra = ("--as-of", as_of.isoformat()) if as_of else ()
    document = readiness_json(demo_db, capsys, *extra)

    figures = services.dashboard.figures(as_of=as_of)

    assert services.readiness.to_json(figures.report) == document
    units = document["units"]
    assert [(b.code, round_pct(b.readiness_pct), b.band) for b in figures.units] == [
        (u["code"], u["readiness_pct"], u["band"]) for u in units
    ]
    strength = figures.tile(TileKey.STRENGTH)
    assert strength.value == sum(u["personnel"]["present"] for u in units)
    assert strength.out_of == sum(u["personnel"]["authorised"] for u in units)
    critical = [g for g in document["gaps"] if g["critical"]]
    gaps = figures.tile(TileKey.CRITICAL_GAPS)
    assert (gaps.value, gaps.detail) == (len(critical), sum(g["gap"] for g in critical))
    assert [(g.unit_code, g.equipment_code, g.gap) for g in figures.critical_gaps] == sorted(
        ((g["unit"], g["equipment_code"], g["gap"]) for g in critical),
        key=lambda g: (-g[2], g[0], g[1]),
    )
    authorised: dict[str, int] = defaultdict(int)
    for unit in units:
        for category in unit["categories"]:
            authorised[category["code"]] += category["authorised"]
    gap_sums: dict[str, int] = defaultdict(int)
    for gap in document["gaps"]:
        gap_sums[gap["category"]] += gap["gap"]
    assert {c.code: (c.authorised, c.gap) for c in figures.categories} == {
        code: (quantity, gap_sums[code]) for code, quantity in authorised.items() if quantity
    }
    by_contingent: dict[str, int] = defaultdict(int)
    for unit in units:
        by_contingent[unit["contingent"]] += unit["personnel"]["present"]
    assert {c.name: c.present for c in figures.contingents} == by_contingent


def test_the_trend_ends_on_the_figures_of_each_day(demo_db, services, capsys):
    trend = services.dashboard.trend(30)
    yesterday = readiness_json(demo_db, capsys, "--as-of", YESTERDAY.isoformat())
    today = readiness_json(demo_db, capsys)

    assert [s.code for s in trend.series] == [u["code"] for u in today["units"]]
    for series, past, now in zip(trend.series, yesterday["units"], today["units"], strict=True):
        assert len(series.points) == 30
        assert series.points[-2][0] == YESTERDAY
        assert round_pct(series.points[-2][1]) == past["readiness_pct"]
        assert series.points[-1][0] == date.today()
        assert round_pct(series.points[-1][1]) == now["readiness_pct"]


def test_each_tile_counts_the_rows_its_register_lists(demo_db, services):
    figures = services.dashboard.figures()
    tiles = {tile.key: tile for tile in figures.tiles}

    def listed(register, key: TileKey) -> int:
        filters = dict(tiles[key].behind.filters)
        filters.pop("tab", None)  # the page's tab, not a filter of the register
        return register.count(ListQuery(filters=filters))

    assert tiles[TileKey.STRENGTH].value == listed(services.personnel.people, TileKey.STRENGTH)
    assert tiles[TileKey.VEHICLES].value == listed(services.fleet.vehicles, TileKey.VEHICLES)
    assert tiles[TileKey.CRITICAL_GAPS].value == listed(
        services.equipment.holdings, TileKey.CRITICAL_GAPS
    )
    assert tiles[TileKey.OVERDUE_MAINTENANCE].value == listed(
        services.maintenance.overdue, TileKey.OVERDUE_MAINTENANCE
    )
    assert tiles[TileKey.EXPIRING_QUALIFICATIONS].value == listed(
        services.qualifications.expiring_register, TileKey.EXPIRING_QUALIFICATIONS
    )
    with sqlite3.connect(demo_db) as connection:
        submitted = connection.execute(
            "SELECT count(*) FROM requisition WHERE status = 'SUBMITTED'"
        ).fetchone()[0]
    assert tiles[TileKey.AWAITING_APPROVAL].value == submitted
    assert all(tile.value for tile in figures.tiles)  # the demo has some of each


def test_the_worst_units_bar_names_its_rows(services):
    figures = services.dashboard.figures()
    worst = min(figures.units, key=lambda bar: bar.readiness_pct)

    filters = dict(worst.behind.filters)
    rows = services.equipment.holdings.count(ListQuery(filters=filters))

    assert worst.behind.page == "equipment" and filters["unit_id"] == worst.unit_id
    assert rows > 0


def test_a_contingents_figures_add_up_to_its_units(services):
    options = services.dashboard.scope_options()
    whole = services.dashboard.figures()

    per_contingent = [
        services.dashboard.figures(Scope(contingent_id=c.id)) for c in options.contingents
    ]

    for key in (TileKey.STRENGTH, TileKey.VEHICLES, TileKey.CRITICAL_GAPS):
        assert sum(f.tile(key).value for f in per_contingent) == whole.tile(key).value
    assert [f.scope_text for f in per_contingent] == [c.name for c in options.contingents]


def test_each_days_stored_readiness_is_the_arithmetics_exactly(services):
    """The readiness the snapshots store (computed by SQL when they are written) equals, to the
    last bit, what the Python arithmetic computes from the same day's snapshot."""
    trend = services.dashboard.trend(30)
    by_day: dict[date, dict[str, float | None]] = {}
    for series in trend.series:
        for day, value in series.points[:-1]:  # the last point is today's, computed live
            by_day.setdefault(day, {})[series.code] = value

    assert len(by_day) == 29
    for day, stored in by_day.items():
        report = services.readiness.report(as_of=day)
        assert stored == {unit.code: unit.readiness_pct for unit in report.units}, day
