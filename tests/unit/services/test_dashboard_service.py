"""DashboardService on a small hand-built mission: every figure worked out by hand beside it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dashboard_fixtures import TODAY
from factories import MissionBuilder
from sqlalchemy import event, select

from lsa_desktop.domain.enums import (
    AssetStatus,
    Band,
    PersonStatus,
    RequisitionStatus,
    UnitType,
)
from lsa_desktop.errors import InvalidInput, UserError
from lsa_desktop.services.dashboard_model import (
    Change,
    RowsBehind,
    Scope,
    TileKey,
)
from lsa_desktop.store.models import (
    Asset,
    Contingent,
    Donor,
    EquipmentType,
    Person,
    Pledge,
    PledgeLine,
    Qualification,
    QualificationType,
    Requisition,
    Unit,
)


def by_code(session, model, code):
    return session.execute(select(model).where(model.code == code)).scalar_one()


def ids(store):
    with store.read() as session:
        units = {u.code: u.id for u in session.execute(select(Unit)).scalars()}
        contingents = {c.name: c.id for c in session.execute(select(Contingent)).scalars()}
    return units, contingents


def _person(session, unit, status=PersonStatus.ACTIVE, surname="Otieno"):
    person = Person(
        service_number=f"SN-{surname}-{status}", surname=surname, unit_id=unit.id, status=status
    )
    session.add(person)
    session.flush()
    return person


def pledge_more(session, unit, kind, quantity: int) -> None:
    """Canada (made by ``build``) pledges more of a type to a unit."""
    canada = session.execute(select(Donor).where(Donor.name == "Canada")).scalar_one()
    pledge = Pledge(reference=f"PL-MORE-{unit.code}", donor_id=canada.id, pledged_on=TODAY)
    session.add(pledge)
    session.flush()
    session.add(
        PledgeLine(
            pledge_id=pledge.id, unit_id=unit.id, equipment_type_id=kind.id, quantity=quantity
        )
    )
    session.flush()


def build(store) -> None:
    """Kenya: KE-FPU1, KE-FPU2; Jamaica: JM-FPU. ARM and COM are critical, CAMP is not.

    KE-FPU1 (140 authorised): 126 ACTIVE -> strength 90 %.
      MRAP (vehicle) authorised 10: 8 IN_SERVICE, 1 UNSERVICEABLE -> ARM 80 %, gap 2
      RADIO authorised 20: 20 IN_SERVICE -> COM 100 %
      TENT authorised 10: stock 10/10
      readiness = min(90, 80, 100) = 80 -> amber, limited by ARM
    KE-FPU2 (100 authorised): 70 ACTIVE -> strength 70 %.
      MRAP authorised 4: 4 IN_SERVICE -> ARM 100 %
      RADIO authorised 10: 6 IN_SERVICE, 3 pledged -> COM 60 %, gap 10 - 6 - 3 = 1
      readiness = min(70, 100, 60) = 60 -> red, limited by COM
    JM-FPU (50 authorised): 50 ACTIVE -> strength 100 %.
      TENT authorised 20: stock 12 on hand, 10 serviceable; no critical category
      readiness = 100 -> green
    An MRAP in service with no unit counts for no unit (and not in the vehicles tile).
    """
    with store.write() as session:
        m = MissionBuilder(session)
        kenya = m.contingent("Kenya", "KE")
        jamaica = m.contingent("Jamaica", "JM")
        armour = m.category("ARM", critical=True, sort_order=10)
        comms = m.category("COM", critical=True, sort_order=40)
        camp = m.category("CAMP", critical=False, sort_order=90)
        mrap = m.equipment("MRAP", armour)
        mrap.is_vehicle = True
        radio = m.equipment("RADIO", comms)
        tent = m.equipment("TENT", camp, serialised=False)

        fpu1 = m.unit("KE-FPU1", strength=140, minimum=120, contingent=kenya)
        fpu2 = m.unit("KE-FPU2", strength=100, minimum=80, contingent=kenya)
        jm = m.unit("JM-FPU", strength=50, minimum=40, contingent=jamaica)

        m.officers(fpu1, 125)
        m.officers(fpu1, 4, PersonStatus.LEAVE)
        m.officers(fpu2, 69)
        m.officers(jm, 50)

        m.authorise(fpu1, mrap, 10)
        m.assets(fpu1, mrap, 7)  # and KE-1 below
        m.assets(fpu1, mrap, 1, AssetStatus.UNSERVICEABLE)
        m.authorise(fpu1, radio, 20)
        m.assets(fpu1, radio, 20)
        m.authorise(fpu1, tent, 10)
        m.stock(fpu1, tent, on_hand=10, serviceable=10)
        m.authorise(fpu2, mrap, 4)
        m.assets(fpu2, mrap, 4)
        m.authorise(fpu2, radio, 10)
        m.assets(fpu2, radio, 5)  # and R-1 below
        m.pledge(fpu2, radio, 3)
        m.authorise(jm, tent, 20)
        m.stock(jm, tent, on_hand=12, serviceable=10)
        m.assets(None, mrap, 1)

        # Service: an MRAP 5 days past its date, a radio past its mileage, an archived radio.
        def item(tag, unit, kind, **fields):
            session.add(Asset(tag=tag, equipment_type_id=kind.id, unit_id=unit.id, **fields))
            session.flush()

        item("KE-1", fpu1, mrap, registration="KE 1", next_service_date=TODAY - timedelta(days=5))
        item("R-1", fpu2, radio, odometer_km=1200, next_service_km=1000)
        item("R-OLD", fpu1, radio, next_service_date=TODAY - timedelta(days=9), archived=True)

        # Qualifications: one expires in 10 days, one expired 3 days ago, one in 40 days,
        # one of a repatriated officer (left out).
        first_aid = QualificationType(code="FA", name="First aid")
        session.add(first_aid)
        session.flush()
        for unit, surname, status, days in (
            (fpu1, "Otieno", PersonStatus.ACTIVE, 10),
            (fpu2, "Wanjiru", PersonStatus.LEAVE, -3),
            (fpu2, "Kamau", PersonStatus.ACTIVE, 40),
            (fpu1, "Mwangi", PersonStatus.REPATRIATED, 1),
        ):
            person = _person(session, unit, status, surname)
            session.add(
                Qualification(
                    person_id=person.id,
                    qualification_type_id=first_aid.id,
                    expires_on=TODAY + timedelta(days=days),
                )
            )
        # Two people above are ACTIVE: they count in the strength (126 and 70 present).

        for n, (unit, status) in enumerate(
            (
                (fpu1, RequisitionStatus.SUBMITTED),
                (fpu2, RequisitionStatus.SUBMITTED),
                (fpu2, RequisitionStatus.DRAFT),
            )
        ):
            session.add(
                Requisition(
                    reference=f"REQ-2025-{n:04d}",
                    unit_id=unit.id,
                    requested_by="Logistics",
                    requested_on=TODAY,
                    status=status,
                )
            )
        session.flush()
        session.add(Unit(code="KE-OLD", name="Gone", unit_type=UnitType.FPU, archived=True))


def behind(page, **filters):
    return RowsBehind.of(page, **filters)


def test_the_whole_mission_by_hand(tmp_store, dashboard, readiness):
    build(tmp_store)

    figures = dashboard.figures()

    assert figures.live and figures.as_of == TODAY and figures.scope_text == "All contingents"
    assert figures.report == readiness.report()
    tiles = {
        tile.key: (tile.value, tile.out_of, tile.detail, tile.behind) for tile in figures.tiles
    }
    assert [tile.key for tile in figures.tiles] == list(TileKey)
    assert tiles == {
        TileKey.STRENGTH: (246, 290, None, behind("personnel", status="ACTIVE")),
        TileKey.VEHICLES: (12, 13, None, behind("vehicles", status="IN_SERVICE")),
        TileKey.CRITICAL_GAPS: (2, None, 3, behind("equipment", only_gaps=True, critical=True)),
        TileKey.OVERDUE_MAINTENANCE: (2, None, None, behind("maintenance", tab="overdue")),
        TileKey.EXPIRING_QUALIFICATIONS: (2, None, 1, behind("qualifications", within_days=30)),
        TileKey.AWAITING_APPROVAL: (2, None, None, behind("requisitions", status="SUBMITTED")),
    }


def test_unit_bars_open_what_sets_their_readiness(tmp_store, dashboard):
    build(tmp_store)
    units, _contingents = ids(tmp_store)
    categories = {c.code: c.category_id for c in dashboard.figures().categories}

    bars = dashboard.figures().units

    assert [(b.code, b.readiness_pct, b.band, b.strength_pct, b.limited_by) for b in bars] == [
        ("JM-FPU", 100.0, Band.GREEN, 100.0, None),
        ("KE-FPU1", 80.0, Band.AMBER, 90.0, "ARM name"),
        ("KE-FPU2", 60.0, Band.RED, 70.0, "COM name"),
    ]
    assert [b.behind for b in bars] == [
        behind("equipment", unit_id=units["JM-FPU"], only_gaps=True),
        behind("equipment", unit_id=units["KE-FPU1"], category_id=categories["ARM"]),
        behind("equipment", unit_id=units["KE-FPU2"], category_id=categories["COM"]),
    ]
    assert [b.unit_id for b in bars] == [units["JM-FPU"], units["KE-FPU1"], units["KE-FPU2"]]


def test_a_unit_limited_by_its_strength_opens_its_officers(tmp_store, dashboard):
    build(tmp_store)
    with tmp_store.write() as session:
        by_code(session, Unit, "KE-FPU2").authorised_strength = 140  # 70 / 140 = 50 %

    bar = dashboard.figures().units[2]

    assert (bar.readiness_pct, bar.limited_by) == (50.0, "strength")
    assert bar.behind == behind("personnel", unit_id=bar.unit_id)


def test_category_bars_stack_up_to_what_is_authorised(tmp_store, dashboard):
    build(tmp_store)

    bars = dashboard.figures().categories

    # ARM: 10 + 4 authorised; min(8, 10) + min(4, 4) serviceable; gap 2.
    # COM: 20 + 10; 20 + 6 serviceable; 3 pledged against FPU2's 4 missing; gap 1.
    # CAMP: 10 + 20; min(10, 10) + min(10, 20); gap 10 (tents are not critical).
    assert [(b.code, b.critical, b.authorised, b.serviceable, b.pledged, b.gap) for b in bars] == [
        ("ARM", True, 14, 12, 0, 2),
        ("COM", True, 30, 26, 3, 1),
        ("CAMP", False, 30, 20, 0, 10),
    ]
    assert all(b.authorised == b.serviceable + b.pledged + b.gap for b in bars)
    assert bars[0].behind == behind("equipment", category_id=bars[0].category_id, only_gaps=True)


def test_a_pledge_larger_than_the_gap_fills_the_bar_and_no_more(tmp_store, dashboard):
    build(tmp_store)
    with tmp_store.write() as session:
        radio = by_code(session, EquipmentType, "RADIO")
        pledge_more(session, by_code(session, Unit, "KE-FPU2"), radio, 30)

    com = dashboard.figures().categories[1]

    assert (com.authorised, com.serviceable, com.pledged, com.gap) == (30, 26, 4, 0)


def test_contingent_bars_and_the_critical_gaps_with_their_pledges(tmp_store, dashboard):
    build(tmp_store)
    _units, contingents = ids(tmp_store)

    figures = dashboard.figures()

    assert [(c.name, c.country_code, c.present, c.authorised) for c in figures.contingents] == [
        ("Jamaica", "JM", 50, 50),
        ("Kenya", "KE", 196, 240),
    ]
    assert figures.contingents[1].behind == behind(
        "personnel", contingent_id=contingents["Kenya"], status="ACTIVE"
    )
    gaps = [
        (
            g.unit_code,
            g.equipment_code,
            g.category_name,
            g.authorised,
            g.serviceable,
            g.pledged,
            g.gap,
        )
        for g in figures.critical_gaps
    ]
    assert gaps == [
        ("KE-FPU1", "MRAP", "ARM name", 10, 8, 0, 2),
        ("KE-FPU2", "RADIO", "COM name", 10, 6, 3, 1),
    ]
    assert figures.critical_gaps[0].pledges == ()
    (pledge,) = figures.critical_gaps[1].pledges
    assert pledge.startswith("PL-") and pledge.endswith(" (Canada, 3)")


def test_overdue_and_expiring_name_the_first_few(tmp_store, dashboard):
    build(tmp_store)

    figures = dashboard.figures()

    assert [(n.name, n.detail, n.days, n.km_over) for n in figures.overdue] == [
        ("KE-FPU1 · MRAP name KE 1", "service due 2025-02-24", 5, None),
        ("KE-FPU2 · RADIO name R-1", "service due at 1,000 km (odometer 1,200 km)", 0, 200),
    ]
    assert [(n.name, n.detail, n.days, n.unit_code) for n in figures.expiring] == [
        ("Wanjiru (SN-Wanjiru-LEAVE)", "First aid, expired 2025-02-26", -3, "KE-FPU2"),
        ("Otieno (SN-Otieno-ACTIVE)", "First aid, expires 2025-03-11", 10, "KE-FPU1"),
    ]


def test_the_first_few_are_few_but_the_count_is_all(tmp_store, dashboard):
    build(tmp_store)
    with tmp_store.write() as session:
        fpu1 = by_code(session, Unit, "KE-FPU1")
        radio = by_code(session, EquipmentType, "RADIO")
        for n in range(7):
            session.add(
                Asset(
                    tag=f"LATE-{n}",
                    equipment_type_id=radio.id,
                    unit_id=fpu1.id,
                    next_service_date=TODAY - timedelta(days=20 + n),
                )
            )

    figures = dashboard.figures()

    assert figures.tile(TileKey.OVERDUE_MAINTENANCE).value == 9
    assert [n.days for n in figures.overdue] == [26, 25, 24, 23, 22]


def test_a_contingent_scope(tmp_store, dashboard):
    build(tmp_store)
    _units, contingents = ids(tmp_store)
    jamaica = contingents["Jamaica"]

    figures = dashboard.figures(Scope(contingent_id=jamaica))

    assert figures.scope_text == "Jamaica"
    assert [u.code for u in figures.units] == ["JM-FPU"]
    assert [(t.value, t.out_of) for t in figures.tiles] == [
        (50, 50),
        (0, 0),
        (0, None),
        (0, None),
        (0, None),
        (0, None),
    ]
    assert figures.tile(TileKey.STRENGTH).behind == behind(
        "personnel", contingent_id=jamaica, status="ACTIVE"
    )
    assert [c.code for c in figures.categories] == ["CAMP"]
    assert figures.overdue == figures.expiring == figures.critical_gaps == ()


def test_a_unit_scope(tmp_store, dashboard):
    build(tmp_store)
    units, _contingents = ids(tmp_store)
    fpu2 = units["KE-FPU2"]

    figures = dashboard.figures(Scope(unit_id=fpu2))

    assert figures.scope_text == "KE-FPU2"
    assert [u.code for u in figures.units] == ["KE-FPU2"]
    assert [(t.value, t.out_of, t.detail) for t in figures.tiles] == [
        (70, 100, None),
        (4, 4, None),
        (1, None, 1),
        (1, None, None),
        (1, None, 1),
        (1, None, None),
    ]
    assert all(t.behind.filters["unit_id"] == fpu2 for t in figures.tiles)
    assert [n.name for n in figures.overdue] == ["KE-FPU2 · RADIO name R-1"]
    assert [c.name for c in figures.contingents] == ["Kenya"]
    assert figures.contingents[0].behind.filters["unit_id"] == fpu2


def test_what_changed_since_the_previous_snapshot(tmp_store, dashboard, readiness):
    build(tmp_store)
    readiness.record_snapshot(TODAY - timedelta(days=2))
    with tmp_store.write() as session:  # KE-1 breaks down; two officers go on leave
        session.execute(
            select(Asset).where(Asset.tag == "KE-1")
        ).scalar_one().status = AssetStatus.UNSERVICEABLE
        for person in session.execute(select(Person).where(Person.surname == "Kamau")).scalars():
            person.status = PersonStatus.LEAVE

    figures = dashboard.figures()

    assert figures.compared_with == TODAY - timedelta(days=2)
    assert figures.changes == (
        Change("KE-FPU1", "band", "amber", "red"),
        Change("KE-FPU1", "readiness", 80.0, 70.0),
        Change("KE-FPU2", "strength", 70, 69),
        Change("KE-FPU1", "gap", 2, 3, item="MRAP name"),
    )
    assert figures.tile(TileKey.VEHICLES).value == 11


def test_nothing_to_compare_with_before_the_first_snapshot(tmp_store, dashboard):
    build(tmp_store)

    figures = dashboard.figures()

    assert (figures.compared_with, figures.changes) == (None, ())


def test_a_past_day_says_what_its_snapshot_cannot_know(tmp_store, dashboard, readiness, clock):
    build(tmp_store)
    readiness.record_snapshot()
    clock.day = TODAY + timedelta(days=3)

    figures = dashboard.figures(as_of=TODAY)

    assert not figures.live
    assert figures.report == readiness.report(as_of=TODAY)
    values = {t.key: t.value for t in figures.tiles}
    assert values == {
        TileKey.STRENGTH: 246,
        TileKey.VEHICLES: 12,
        TileKey.CRITICAL_GAPS: 2,
        TileKey.OVERDUE_MAINTENANCE: None,
        TileKey.EXPIRING_QUALIFICATIONS: None,
        TileKey.AWAITING_APPROVAL: None,
    }
    assert figures.overdue == figures.expiring == ()
    assert all(g.pledges == () for g in figures.critical_gaps)
    assert [c.pledged for c in figures.categories] == [0, 3, 0]


def test_a_past_day_without_a_snapshot_and_the_future_are_refused(tmp_store, dashboard, readiness):
    build(tmp_store)
    readiness.record_snapshot(TODAY - timedelta(days=1))

    with pytest.raises(UserError, match="No readiness snapshot is stored for 2025-02-20"):
        dashboard.figures(as_of=date(2025, 2, 20))
    with pytest.raises(InvalidInput, match="2025-03-02 is in the future"):
        dashboard.figures(as_of=TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="thresholds"):
        dashboard.figures(threshold_pct=70.0, amber_pct=80.0)


def test_a_past_day_of_a_unit_that_had_no_snapshot_yet_is_empty(tmp_store, dashboard, readiness):
    build(tmp_store)
    readiness.record_snapshot(TODAY - timedelta(days=1))
    with tmp_store.write() as session:
        MissionBuilder(session).unit("KE-NEW")
    units, _contingents = ids(tmp_store)

    figures = dashboard.figures(Scope(unit_id=units["KE-NEW"]), as_of=TODAY - timedelta(days=1))

    assert figures.units == () and figures.tile(TileKey.STRENGTH).value == 0


def test_thresholds_move_the_bands(tmp_store, dashboard):
    build(tmp_store)

    figures = dashboard.figures(threshold_pct=80.0, amber_pct=60.0)

    assert [b.band for b in figures.units] == [Band.GREEN, Band.GREEN, Band.AMBER]
    assert (figures.threshold_pct, figures.amber_pct) == (80.0, 60.0)


def test_scope_options(tmp_store, dashboard):
    build(tmp_store)
    units, contingents = ids(tmp_store)

    options = dashboard.scope_options()

    assert [(c.name, c.country_code) for c in options.contingents] == [
        ("Jamaica", "JM"),
        ("Kenya", "KE"),
    ]
    assert [(u.code, u.contingent_id) for u in options.units] == [
        ("JM-FPU", contingents["Jamaica"]),
        ("KE-FPU1", contingents["Kenya"]),
        ("KE-FPU2", contingents["Kenya"]),
    ]
    assert options.units[0].id == units["JM-FPU"]


class Statements:
    """Counts the SQL statements an engine runs (transaction control left out)."""

    def __init__(self, store) -> None:
        self.engine = store.engine
        self.seen: list[str] = []

    def _count(self, _conn, _cursor, statement, *_args):
        if not statement.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            self.seen.append(statement)

    def of(self, call) -> int:
        self.seen.clear()
        event.listen(self.engine, "before_cursor_execute", self._count)
        try:
            call()
        finally:
            event.remove(self.engine, "before_cursor_execute", self._count)
        return len(self.seen)


def test_a_constant_number_of_queries_whatever_the_size(tmp_store, dashboard, readiness, clock):
    build(tmp_store)
    _units, contingents = ids(tmp_store)
    statements = Statements(tmp_store)
    kenya = Scope(contingent_id=contingents["Kenya"])
    small = [statements.of(dashboard.figures), statements.of(lambda: dashboard.figures(kenya))]

    with tmp_store.write() as session:
        m = MissionBuilder(session)
        radio = by_code(session, EquipmentType, "RADIO")
        kenya_row = session.get(Contingent, contingents["Kenya"])
        for n in range(20):
            unit = m.unit(f"XX-{n:02d}", contingent=kenya_row)
            m.officers(unit, 150)
            m.authorise(unit, radio, 40)
            m.assets(unit, radio, 60)
            m.assets(unit, radio, 5, AssetStatus.UNSERVICEABLE)
            pledge_more(session, unit, radio, 3)

    large = [statements.of(dashboard.figures), statements.of(lambda: dashboard.figures(kenya))]
    assert small == large == [9, 10]  # 5 readiness statements + 4 live lists (+ scope's name)
    assert statements.of(dashboard.aggregate_queries_only) == 9
    readiness.record_snapshot()
    clock.day = TODAY + timedelta(days=1)
    assert statements.of(lambda: dashboard.figures(as_of=TODAY)) == 5


def test_the_bare_queries_are_those_of_the_figures(tmp_store, dashboard):
    build(tmp_store)

    rows = dashboard.aggregate_queries_only()

    assert set(rows) == {
        "units",
        "lines",
        "categories",
        "previous_units",
        "previous_gaps",
        "overdue",
        "expiring",
        "awaiting",
        "pledges",
    }
    assert sorted(row.code for row in rows["units"]) == ["JM-FPU", "KE-FPU1", "KE-FPU2"]
    assert rows["awaiting"][0].total == 2
