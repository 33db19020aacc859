"""The demo mission: refused on a database with data, reproducible, faithful to the figures, and
with a readiness history whose last day is exactly what the rows say today."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from lsa_desktop.domain.enums import AssetStatus, PersonStatus
from lsa_desktop.errors import InvalidInput, NotEmpty
from lsa_desktop.progress import Progress, run_to_end
from lsa_desktop.services.demo import (
    HISTORY_DAYS,
    DemoSummary,
    build_demo,
    copy_suffix,
    database_is_empty,
)
from lsa_desktop.services.demo.people import add_months
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import (
    Approval,
    Asset,
    EquipmentType,
    Person,
    ReadinessSnapshotLine,
)
from lsa_desktop.store.seed import load_reference_data

TODAY = date(2025, 9, 30)
SOON = (TODAY + timedelta(days=60)).isoformat()


def _new_store(path: Path) -> Store:
    store = Store(f"sqlite:///{path}")
    SQLModel.metadata.create_all(store.engine)
    return store


def _build(
    path: Path, *, reference_first: bool = False, **options
) -> tuple[Store, DemoSummary, list[Progress]]:
    store = _new_store(path)
    if reference_first:  # as at a start of the app, before the person chooses the demo
        load_reference_data(store)
    steps: list[Progress] = []
    summary = run_to_end(build_demo(store, today=TODAY, **options), steps.append)
    return store, summary, steps


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo mission (scale 1, seed 42) shared by the module's read-only tests."""
    store, summary, steps = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield store, summary, steps
    store.dispose()


@pytest.fixture
def db(demo):
    """The shared demo database, read with plain SQL."""
    store = demo[0]
    connection = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    yield connection
    connection.close()


def _one(db: sqlite3.Connection, sql: str, *params):
    return db.execute(sql, params).fetchone()[0]


def _dump(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables
        }
    finally:
        connection.close()


# -- refusing, emptiness, progress -----------------------------------------------------------


def test_an_empty_database_and_reference_data_alone_count_as_empty(tmp_store, demo):
    assert database_is_empty(tmp_store)
    load_reference_data(tmp_store)
    assert database_is_empty(tmp_store)
    assert not database_is_empty(demo[0])


def test_a_database_holding_data_is_refused_and_left_as_it_was(demo, db):
    people = _one(db, "SELECT count(*) FROM person")
    with pytest.raises(NotEmpty, match=r"already holds data.*Use --db with a new file"):
        run_to_end(build_demo(demo[0], today=TODAY))
    assert _one(db, "SELECT count(*) FROM person") == people


def test_the_scale_must_be_positive(tmp_store):
    with pytest.raises(InvalidInput):
        run_to_end(build_demo(tmp_store, scale=0))


def test_a_cancelled_build_writes_nothing(tmp_store):
    job = build_demo(tmp_store, today=TODAY)
    next(job)
    next(job)  # the organisation is written, inside the transaction
    job.close()
    assert database_is_empty(tmp_store)
    with tmp_store.read() as session:
        for model in (Person, EquipmentType):  # the reference data loaded first went too
            assert session.scalar(select(func.count()).select_from(model)) == 0


def test_progress_rises_to_every_row_written(demo, db):
    _store, summary, steps = demo
    done = [step.done for step in steps]
    assert done == sorted(done)
    assert steps[-1].done == summary.rows
    assert all(step.total == 0 or step.done <= step.total for step in steps)
    tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert sum(_one(db, f'SELECT count(*) FROM "{t}"') for t in tables) == summary.rows
    assert f"{summary.people:,} officers" in summary.describe()
    assert summary.people == _one(db, "SELECT count(*) FROM person")


# -- reproducible ------------------------------------------------------------------------------


def test_the_same_seed_and_day_give_the_same_database(demo, tmp_path):
    store, _summary, _steps = _build(tmp_path / "again.sqlite3")
    store.dispose()
    first, again = _dump(demo[0].path), _dump(tmp_path / "again.sqlite3")
    assert first.keys() == again.keys()
    for table in first:
        assert first[table] == again[table], table


def test_another_seed_gives_other_officers_and_keys(demo, tmp_path):
    store, summary, _steps = _build(tmp_path / "other.sqlite3", seed=7)
    store.dispose()
    first, other = _dump(demo[0].path), _dump(tmp_path / "other.sqlite3")
    assert first["person"] != other["person"]
    assert first["readiness_snapshot_line"] != other["readiness_snapshot_line"]
    assert summary.people == demo[1].people  # the layout is the same, the draw is not
    assert first["equipment_type"] == other["equipment_type"]  # reference keys do not depend on it


# -- the figures -------------------------------------------------------------------------------


def test_contingent_strengths(db):
    rows = dict(
        db.execute(
            "SELECT c.country_code, count(*) FROM person p JOIN unit u ON u.id = p.unit_id "
            "JOIN contingent c ON c.id = u.contingent_id GROUP BY c.country_code"
        ).fetchall()
    )
    assert 900 <= rows["KE"] <= 1100
    assert 150 <= rows["JM"] <= 250
    assert set(rows) == {"KE", "JM", "BS", "BZ", "SV", "GT"}
    assert all(rows[code] < 100 for code in ("BS", "BZ", "SV", "GT"))
    assert 1200 <= sum(rows.values()) <= 1400


def test_units_below_authorised_and_a_couple_below_minimum(db):
    rows = db.execute(
        "SELECT u.code, u.unit_type, u.authorised_strength, u.min_operational_strength, "
        "(SELECT count(*) FROM person p WHERE p.unit_id = u.id AND p.status = 'ACTIVE' "
        " AND NOT p.archived) FROM unit u"
    ).fetchall()
    fpus = [row for row in rows if row[1] == "FPU"]
    assert {code for code, *_ in fpus} >= {f"KE-FPU-{n}" for n in range(1, 6)} | {"JM-FPU"}
    assert all(
        (authorised, minimum) == (140, 120)
        for code, _t, authorised, minimum, _p in fpus
        if code != "GT-MPC"
    )
    below_authorised = [code for code, _t, authorised, _m, present in rows if present < authorised]
    below_minimum = [code for code, _t, _a, minimum, present in fpus if present < minimum]
    assert len(below_authorised) >= len(rows) // 2
    assert 2 <= len(below_minimum) <= 3


def test_statuses_ranks_and_roles(db):
    statuses = dict(db.execute("SELECT status, count(*) FROM person GROUP BY status").fetchall())
    assert statuses[PersonStatus.ACTIVE] > 0.85 * sum(statuses.values())
    assert {"LEAVE", "SICK", "REPATRIATED", "IN_TRANSIT"} <= set(statuses)
    kenyan_ranks = {
        code
        for (code,) in db.execute(
            "SELECT DISTINCT r.code FROM person p JOIN rank r ON r.id = p.rank_id "
            "JOIN unit u ON u.id = p.unit_id WHERE u.code LIKE 'KE-%'"
        )
    }
    assert {"PC", "CPL", "SGT", "S/SGT", "IP", "CIP", "ASP", "SP"} <= kenyan_ranks
    assert _one(db, "SELECT count(*) FROM person WHERE role = 'Armoured vehicle driver'") > 20
    assert _one(db, "SELECT count(*) FROM person WHERE arrival_date IS NULL") == 0


def test_qualifications_some_expiring_within_60_days_a_few_expired(db):
    total = _one(db, "SELECT count(*) FROM qualification")
    soon = _one(
        db,
        "SELECT count(*) FROM qualification WHERE expires_on BETWEEN ? AND ?",
        TODAY.isoformat(),
        SOON,
    )
    expired = _one(db, "SELECT count(*) FROM qualification WHERE expires_on < ?", TODAY.isoformat())
    licences = _one(
        db,
        "SELECT count(*) FROM qualification q JOIN qualification_type t "
        "ON t.id = q.qualification_type_id WHERE t.code = 'DL-CIVIL'",
    )
    assert total > 2 * 1200
    assert 0.02 * total < soon < 0.15 * total
    assert 0 < expired < soon
    assert licences > 200


def _vehicles(db, code: str) -> dict[str, int]:
    return dict(
        db.execute(
            "SELECT a.status, count(*) FROM asset a JOIN equipment_type t "
            "ON t.id = a.equipment_type_id WHERE t.code = ? GROUP BY a.status",
            (code,),
        ).fetchall()
    )


def test_armour_34_mraps_and_8_apcs_one_burnt(db):
    assert sum(_vehicles(db, "VEH-MRAP").values()) == 34
    apcs = _vehicles(db, "VEH-APC")
    assert sum(apcs.values()) == 8
    burnt = _one(
        db,
        "SELECT count(*) FROM maintenance_event m JOIN asset a ON a.id = m.asset_id "
        "JOIN equipment_type t ON t.id = a.equipment_type_id WHERE t.code = 'VEH-APC' "
        "AND m.kind = 'BATTLE_DAMAGE' AND m.closed_on IS NULL AND a.status = 'UNSERVICEABLE'",
    )
    assert burnt >= 1
    registrations = [
        r for (r,) in db.execute("SELECT registration FROM asset WHERE registration IS NOT NULL")
    ]
    assert any(r.startswith("MSS ") for r in registrations)
    assert any(r.startswith("GK") and len(r) == 8 for r in registrations)


def test_vehicles_out_of_service_and_overdue(db):
    statuses = dict(
        db.execute(
            "SELECT a.status, count(*) FROM asset a JOIN equipment_type t "
            "ON t.id = a.equipment_type_id WHERE t.is_vehicle GROUP BY a.status"
        ).fetchall()
    )
    assert statuses[AssetStatus.UNSERVICEABLE] > 0 and statuses[AssetStatus.UNDER_REPAIR] > 0
    overdue = _one(
        db,
        "SELECT count(*) FROM asset a JOIN equipment_type t ON t.id = a.equipment_type_id "
        "WHERE t.is_vehicle AND a.next_service_date < ?",
        TODAY.isoformat(),
    )
    assert overdue > 0
    open_faults = _one(
        db,
        "SELECT count(DISTINCT a.id) FROM asset a JOIN maintenance_event m ON m.asset_id = a.id "
        "WHERE m.closed_on IS NULL",
    )
    not_working = _one(
        db, "SELECT count(*) FROM asset WHERE status IN ('UNSERVICEABLE', 'UNDER_REPAIR')"
    )
    assert open_faults == not_working  # every item out of service says why, since when


def test_the_real_shortages(db):
    def held_and_authorised(code: str) -> tuple[int, int]:
        held = sum(_vehicles(db, code).values())
        authorised = _one(
            db,
            "SELECT sum(a.quantity) FROM authorisation a JOIN equipment_type t "
            "ON t.id = a.equipment_type_id WHERE t.code = ?",
            code,
        )
        return held, authorised

    nvg, nvg_authorised = held_and_authorised("OBS-NVG")
    drones, drones_authorised = held_and_authorised("OBS-UAV")
    radios, radios_authorised = held_and_authorised("COM-RAD-VEH")
    kits, kits_authorised = held_and_authorised("VEH-TURRET")
    assert nvg < nvg_authorised / 2
    assert drones <= 3 < drones_authorised
    assert radios < radios_authorised * 0.6
    assert kits < kits_authorised / 2
    helicopters = _vehicles(db, "AVN-HEL-MED")
    assert helicopters == {"IN_SERVICE": 2, "UNSERVICEABLE": 1}
    first_day = _one(db, "SELECT min(as_of) FROM readiness_snapshot_line")
    held_at_first = _one(
        db,
        "SELECT sum(s.on_hand) FROM readiness_snapshot_line s JOIN equipment_type t "
        "ON t.id = s.equipment_type_id WHERE t.code = 'AVN-HEL-MED' AND s.as_of = ?",
        first_day,
    )
    assert held_at_first == 0  # none at the start of the history, three since the delivery
    bases = dict(
        db.execute(
            "SELECT DISTINCT t.code, a.basis FROM authorisation a "
            "JOIN equipment_type t ON t.id = a.equipment_type_id"
        ).fetchall()
    )
    assert bases["VEH-MRAP"] == "SOR" and bases["WPN-RIF"] == "MOU"
    units = _one(db, "SELECT count(*) FROM unit")
    assert _one(db, "SELECT count(DISTINCT unit_id) FROM authorisation") == units
    surplus = _one(
        db,
        "SELECT count(*) FROM stock_line s JOIN authorisation a ON a.unit_id = s.unit_id "
        "AND a.equipment_type_id = s.equipment_type_id WHERE s.on_hand > a.quantity",
    )
    assert surplus > 0  # helmets, mostly


def test_requisitions_donors_pledges_and_deliveries(db):
    states = {s for (s,) in db.execute("SELECT DISTINCT status FROM requisition")}
    assert {
        "DRAFT",
        "SUBMITTED",
        "APPROVED",
        "PARTIALLY_FULFILLED",
        "FULFILLED",
        "REJECTED",
    } <= states
    undecided = _one(
        db,
        "SELECT count(*) FROM requisition r WHERE r.status IN ('DRAFT', 'SUBMITTED') "
        "AND EXISTS (SELECT 1 FROM approval a WHERE a.requisition_id = r.id)",
    )
    decided = _one(
        db,
        "SELECT count(*) FROM requisition r WHERE r.status NOT IN ('DRAFT', 'SUBMITTED') "
        "AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.requisition_id = r.id)",
    )
    assert undecided == decided == 0
    donors = {name for (name,) in db.execute("SELECT name FROM donor")}
    assert {"United States", "Canada", "France", "UN Trust Fund for the MSS mission"} <= donors
    pledge_states = {s for (s,) in db.execute("SELECT DISTINCT status FROM pledge")}
    assert {
        "PLEDGED",
        "COMMITTED",
        "PARTIALLY_DELIVERED",
        "DELIVERED",
        "WITHDRAWN",
    } <= pledge_states
    assert _one(db, "SELECT count(*) FROM pledge_line WHERE requisition_line_id IS NOT NULL") > 0
    partial = _one(
        db,
        "SELECT count(*) FROM delivery_line WHERE quantity_accepted < quantity_received "
        "AND discrepancy_reason <> ''",
    )
    assert partial > 0
    over = _one(
        db,
        "SELECT count(*) FROM pledge_line pl WHERE pl.quantity < (SELECT sum(quantity_accepted) "
        "FROM delivery_line dl WHERE dl.pledge_line_id = pl.id)",
    )
    assert over == 0


# -- the history -------------------------------------------------------------------------------


def test_ninety_days_of_history_ending_today(db):
    for table in ("readiness_snapshot", "readiness_snapshot_line"):
        days, first, last = db.execute(
            f"SELECT count(DISTINCT as_of), min(as_of), max(as_of) FROM {table}"
        ).fetchone()
        assert (days, last) == (HISTORY_DAYS, TODAY.isoformat())
        assert first == (TODAY - timedelta(days=HISTORY_DAYS - 1)).isoformat()
    units = _one(db, "SELECT count(*) FROM unit")
    assert _one(db, "SELECT count(*) FROM readiness_snapshot") == units * HISTORY_DAYS
    authorisations = _one(db, "SELECT count(*) FROM authorisation")
    assert _one(db, "SELECT count(*) FROM readiness_snapshot_line") == authorisations * HISTORY_DAYS


def test_the_history_tells_a_story(db):
    impossible = _one(
        db,
        "SELECT count(*) FROM readiness_snapshot_line "
        "WHERE on_hand < 0 OR serviceable < 0 OR pledged_open < 0 OR serviceable > on_hand",
    )
    assert impossible == 0
    strength = db.execute(
        "SELECT s.as_of, sum(s.present) FROM readiness_snapshot s GROUP BY s.as_of ORDER BY s.as_of"
    ).fetchall()
    assert strength[-1][1] > strength[0][1] + 50  # rotations arrived during the window
    changing = _one(
        db,
        "SELECT count(*) FROM (SELECT unit_id, equipment_type_id FROM readiness_snapshot_line "
        "GROUP BY 1, 2 HAVING count(DISTINCT serviceable) > 1)",
    )
    assert changing > 10  # vehicles broke down and were repaired, deliveries arrived


LIVE_HOLDINGS = """
WITH items AS (
    SELECT unit_id, equipment_type_id,
           sum(status IN ('IN_SERVICE', 'UNSERVICEABLE', 'UNDER_REPAIR')) AS on_hand,
           sum(status = 'IN_SERVICE') AS serviceable
    FROM asset GROUP BY unit_id, equipment_type_id),
accepted AS (
    SELECT pledge_line_id, sum(quantity_accepted) AS quantity
    FROM delivery_line GROUP BY pledge_line_id),
pledged AS (
    SELECT pl.unit_id, pl.equipment_type_id,
           sum(max(0, pl.quantity - coalesce(accepted.quantity, 0))) AS open_quantity
    FROM pledge_line pl JOIN pledge p ON p.id = pl.pledge_id
    LEFT JOIN accepted ON accepted.pledge_line_id = pl.id
    WHERE p.status IN ('PLEDGED', 'COMMITTED', 'PARTIALLY_DELIVERED')
    GROUP BY pl.unit_id, pl.equipment_type_id)
SELECT a.unit_id, a.equipment_type_id, a.quantity,
       coalesce(items.on_hand, 0) + coalesce(stock.on_hand, 0),
       coalesce(items.serviceable, 0) + coalesce(stock.serviceable, 0),
       coalesce(pledged.open_quantity, 0)
FROM authorisation a
LEFT JOIN items USING (unit_id, equipment_type_id)
LEFT JOIN stock_line stock USING (unit_id, equipment_type_id)
LEFT JOIN pledged USING (unit_id, equipment_type_id)
"""


def test_todays_snapshot_is_exactly_what_the_rows_say(db):
    live = {row[:2]: row[2:] for row in db.execute(LIVE_HOLDINGS)}
    snapshot = {
        row[:2]: row[2:]
        for row in db.execute(
            "SELECT unit_id, equipment_type_id, authorised, on_hand, serviceable, pledged_open "
            "FROM readiness_snapshot_line WHERE as_of = ?",
            (TODAY.isoformat(),),
        )
    }
    assert snapshot == live
    assert any(pledged for _a, _o, _s, pledged in live.values())
    present = dict(
        db.execute(
            "SELECT u.id, (SELECT count(*) FROM person p WHERE p.unit_id = u.id "
            "AND p.status = 'ACTIVE' AND NOT p.archived) FROM unit u"
        ).fetchall()
    )
    strength = {
        unit: (authorised, minimum, count)
        for unit, authorised, minimum, count in db.execute(
            "SELECT unit_id, authorised_strength, min_operational_strength, present "
            "FROM readiness_snapshot WHERE as_of = ?",
            (TODAY.isoformat(),),
        )
    }
    units = {
        unit: (authorised, minimum, present[unit])
        for unit, authorised, minimum in db.execute(
            "SELECT id, authorised_strength, min_operational_strength FROM unit"
        )
    }
    assert strength == units


# -- storage ----------------------------------------------------------------------------------


def test_rows_read_back_through_the_orm(demo, db):
    store = demo[0]
    with store.read() as session:
        person = session.scalars(
            select(Person).where(Person.status == PersonStatus.SICK).limit(1)
        ).one()
        asset = session.scalars(
            select(Asset).where(Asset.registration.like("MSS %")).limit(1)
        ).one()
        approval = session.scalars(select(Approval).limit(1)).one()
        line = session.scalars(
            select(ReadinessSnapshotLine).where(ReadinessSnapshotLine.as_of == TODAY).limit(1)
        ).one()
        values = (
            person.id,
            person.status,
            person.arrival_date,
            person.created_at,
            person.created_by,
        )
        asset_values = (asset.status, asset.owner, asset.acquired_on, asset.unit_id)
        decided_at = approval.decided_at
        as_of = line.as_of
    assert isinstance(values[0], uuid.UUID) and values[0].version == 4
    assert values[1] is PersonStatus.SICK
    assert isinstance(values[2], date)
    assert values[3] == datetime(2025, 9, 30, tzinfo=values[3].tzinfo) and values[
        3
    ].utcoffset() == timedelta(0)
    assert values[4] == "demo"
    assert isinstance(asset_values[0], AssetStatus) and isinstance(asset_values[3], uuid.UUID)
    assert decided_at.utcoffset() == timedelta(0)
    assert as_of == TODAY
    stored = db.execute("SELECT id, created_at, status FROM person LIMIT 1").fetchone()
    assert len(stored[0]) == 32 and "-" not in stored[0]
    assert stored[1] == "2025-09-30 00:00:00.000000"


# -- scale -------------------------------------------------------------------------------------


def test_months_are_added_on_the_calendar():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 15), 14) == date(2027, 1, 15)
    assert add_months(date(2025, 1, 15), -13) == date(2023, 12, 15)


def test_copy_suffixes():
    assert [copy_suffix(n) for n in (0, 1, 2, 25, 26, 27, 99)] == [
        "",
        "-B",
        "-C",
        "-Z",
        "-AA",
        "-AB",
        "-CV",
    ]


def test_scale_three_builds_three_copies_of_every_unit(demo, tmp_path):
    store, summary, _steps = _build(tmp_path / "scale3.sqlite3", reference_first=True, scale=3)
    store.dispose()
    single = demo[1]
    assert summary.units == 3 * single.units
    assert summary.people == 3 * single.people
    assert summary.authorisations == 3 * single.authorisations
    assert 2.7 * single.assets < summary.assets < 3.3 * single.assets
    # the donors' pledges are the same, their lines tripled
    assert summary.pledges == single.pledges
    assert summary.rows < 3 * single.rows  # reference data was there already, as at a start
    connection = sqlite3.connect(tmp_path / "scale3.sqlite3")
    try:
        strengths = dict(
            connection.execute(
                "SELECT u.code, count(*) FROM person p JOIN unit u ON u.id = p.unit_id "
                "WHERE u.code LIKE 'KE-FPU-1%' GROUP BY u.code"
            ).fetchall()
        )
        mraps = _one(
            connection,
            "SELECT count(*) FROM asset a JOIN equipment_type t ON t.id = a.equipment_type_id "
            "WHERE t.code = 'VEH-MRAP'",
        )
    finally:
        connection.close()
    assert set(strengths) == {"KE-FPU-1", "KE-FPU-1-B", "KE-FPU-1-C"}
    assert len(set(strengths.values())) == 1
    assert mraps == 3 * 34
