"""ReadinessService on small hand-built missions: the figures are worked out by hand in comments."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from dashboard_fixtures import TODAY
from factories import MissionBuilder
from sqlalchemy import event, func, select

from lsa_desktop.domain.enums import AssetStatus, Band, PersonStatus, PledgeStatus
from lsa_desktop.errors import InvalidInput, UserError
from lsa_desktop.services.readiness import UnitSummary
from lsa_desktop.store.models import (
    EquipmentType,
    ReadinessSnapshot,
    ReadinessSnapshotLine,
    Unit,
)


def by_code(session, model, code):
    return session.execute(select(model).where(model.code == code)).scalar_one()


@pytest.fixture
def service(readiness):
    """The conftest's ReadinessService on its movable clock."""
    return readiness


def build_mission(store) -> None:
    """Two Kenyan units, one archived unit, one unit without a contingent.

    FPU1 (140 authorised, minimum 120): 131 ACTIVE officers present.
      ARM  MRAP  authorised 10: 9 on hand, 7 serviceable
      COM  RADIO authorised 20: 18 on hand, 16 serviceable
      COM  NVG   authorised 40: 10 on hand, 8 serviceable (bulk); 18 pledged and not delivered
      CAMP TENT  authorised 20: 30 on hand, 25 serviceable (bulk, a surplus)
    FPU2 (100 authorised, minimum 80): 79 ACTIVE officers present.
      CAMP TENT  authorised 10: 10 on hand, 10 serviceable
      COM  RADIO not authorised: 2 held in service; ARM MRAP: 5 pledged only
    """
    with store.write() as session:
        m = MissionBuilder(session)
        kenya = m.contingent("Kenya", "KE")
        armour = m.category("ARM", critical=True, sort_order=10)
        comms = m.category("COM", critical=True, sort_order=40)
        camp = m.category("CAMP", critical=False, sort_order=90)
        mrap = m.equipment("MRAP", armour)
        radio = m.equipment("RADIO", comms)
        nvg = m.equipment("NVG", comms, serialised=False)
        tent = m.equipment("TENT", camp, serialised=False)

        fpu2 = m.unit("KE-FPU2", strength=100, minimum=80, contingent=kenya)
        fpu1 = m.unit("KE-FPU1", strength=140, minimum=120, contingent=kenya)
        gone = m.unit("KE-OLD", contingent=kenya, archived=True)
        m.unit("HQ", strength=0, minimum=0)

        m.officers(fpu1, 131)
        m.officers(fpu1, 5, PersonStatus.LEAVE)
        m.officers(fpu1, 3, PersonStatus.SICK)
        m.officers(fpu1, 2, archived=True)
        m.officers(fpu2, 79)
        m.officers(fpu2, 4, PersonStatus.REPATRIATED)
        m.officers(gone, 50)
        m.officers(None, 7)

        m.authorise(fpu1, mrap, 10)
        m.assets(fpu1, mrap, 7)
        m.assets(fpu1, mrap, 1, AssetStatus.UNSERVICEABLE)
        m.assets(fpu1, mrap, 1, AssetStatus.UNDER_REPAIR)
        m.assets(fpu1, mrap, 1, AssetStatus.LOST)
        m.assets(fpu1, mrap, 1, AssetStatus.WRITTEN_OFF)
        m.assets(fpu1, mrap, 1, AssetStatus.IN_TRANSIT)
        m.assets(fpu1, mrap, 3, archived=True)
        m.authorise(fpu1, radio, 20)
        m.assets(fpu1, radio, 16)
        m.assets(fpu1, radio, 2, AssetStatus.UNSERVICEABLE)
        m.pledge(fpu1, radio, 10, PledgeStatus.DELIVERED, accepted=(10,))
        m.authorise(fpu1, nvg, 40)
        m.stock(fpu1, nvg, on_hand=10, serviceable=8)
        m.pledge(fpu1, nvg, 30, PledgeStatus.PARTIALLY_DELIVERED, accepted=(12,))
        m.pledge(fpu1, nvg, 50, PledgeStatus.WITHDRAWN)
        m.authorise(fpu1, tent, 20)
        m.stock(fpu1, tent, on_hand=30, serviceable=25)

        m.authorise(fpu2, tent, 10)
        m.stock(fpu2, tent, on_hand=10, serviceable=10)
        m.assets(fpu2, radio, 2)
        m.pledge(fpu2, mrap, 5)

        m.authorise(gone, mrap, 10)


EXPECTED = {
    "as_of": "2025-03-01",
    "threshold_pct": 90.0,
    "amber_pct": 75.0,
    "units": [
        {
            "code": "HQ",
            "name": "HQ name",
            "contingent": "",
            "personnel": {
                "authorised": 0,
                "present": 0,
                "strength_pct": None,
                "below_minimum": False,
            },
            "categories": [],
            "readiness_pct": None,
            "mean_readiness_pct": None,
            "band": None,
        },
        {
            "code": "KE-FPU1",
            "name": "KE-FPU1 name",
            "contingent": "Kenya",
            # 131 / 140 = 93.57
            "personnel": {
                "authorised": 140,
                "present": 131,
                "strength_pct": 93.6,
                "below_minimum": False,
            },
            "categories": [
                # 9 / 10; 7 / 9 = 77.78; 7 / 10
                {
                    "code": "ARM",
                    "name": "ARM name",
                    "critical": True,
                    "authorised": 10,
                    "on_hand": 9,
                    "serviceable": 7,
                    "holding_pct": 90.0,
                    "serviceability_pct": 77.8,
                    "readiness_pct": 70.0,
                },
                # (18 + 10) / 60 = 46.67; 24 / 28 = 85.71; (16 + 8) / 60
                {
                    "code": "COM",
                    "name": "COM name",
                    "critical": True,
                    "authorised": 60,
                    "on_hand": 28,
                    "serviceable": 24,
                    "holding_pct": 46.7,
                    "serviceability_pct": 85.7,
                    "readiness_pct": 40.0,
                },
                # min(30, 20) / 20; 25 / 30 = 83.33; min(25, 20) / 20
                {
                    "code": "CAMP",
                    "name": "CAMP name",
                    "critical": False,
                    "authorised": 20,
                    "on_hand": 30,
                    "serviceable": 25,
                    "holding_pct": 100.0,
                    "serviceability_pct": 83.3,
                    "readiness_pct": 100.0,
                },
            ],
            # min(93.57, 70, 40); (7 + 16 + 8 + 20) / 90 = 56.67
            "readiness_pct": 40.0,
            "mean_readiness_pct": 56.7,
            "band": "red",
        },
        {
            "code": "KE-FPU2",
            "name": "KE-FPU2 name",
            "contingent": "Kenya",
            "personnel": {
                "authorised": 100,
                "present": 79,
                "strength_pct": 79.0,
                "below_minimum": True,
            },
            "categories": [
                # radios held but not authorised: shown, count for nothing
                {
                    "code": "COM",
                    "name": "COM name",
                    "critical": True,
                    "authorised": 0,
                    "on_hand": 2,
                    "serviceable": 2,
                    "holding_pct": None,
                    "serviceability_pct": 100.0,
                    "readiness_pct": None,
                },
                {
                    "code": "CAMP",
                    "name": "CAMP name",
                    "critical": False,
                    "authorised": 10,
                    "on_hand": 10,
                    "serviceable": 10,
                    "holding_pct": 100.0,
                    "serviceability_pct": 100.0,
                    "readiness_pct": 100.0,
                },
            ],
            "readiness_pct": 79.0,
            "mean_readiness_pct": 100.0,
            "band": "amber",
        },
    ],
    "gaps": [
        # 40 - 8 - (30 - 12); 20 - 16 - 0; 10 - 7 - 0
        {
            "unit": "KE-FPU1",
            "equipment_code": "NVG",
            "equipment_name": "NVG name",
            "category": "COM",
            "critical": True,
            "authorised": 40,
            "serviceable": 8,
            "pledged_open": 18,
            "gap": 14,
        },
        {
            "unit": "KE-FPU1",
            "equipment_code": "RADIO",
            "equipment_name": "RADIO name",
            "category": "COM",
            "critical": True,
            "authorised": 20,
            "serviceable": 16,
            "pledged_open": 0,
            "gap": 4,
        },
        {
            "unit": "KE-FPU1",
            "equipment_code": "MRAP",
            "equipment_name": "MRAP name",
            "category": "ARM",
            "critical": True,
            "authorised": 10,
            "serviceable": 7,
            "pledged_open": 0,
            "gap": 3,
        },
    ],
}


def test_the_json_report_matches_the_hand_arithmetic(tmp_store, service):
    build_mission(tmp_store)

    document = service.to_json(service.report())

    assert document == EXPECTED
    assert json.loads(json.dumps(document)) == EXPECTED  # plain JSON types only


def test_an_empty_database_gives_an_empty_report(service):
    assert service.to_json(service.report()) == {
        "as_of": "2025-03-01",
        "threshold_pct": 90.0,
        "amber_pct": 75.0,
        "units": [],
        "gaps": [],
    }


def test_thresholds_move_the_bands_and_appear_in_the_report(tmp_store, service):
    build_mission(tmp_store)

    document = service.to_json(service.report(threshold_pct=40.0, amber_pct=20.0))

    assert (document["threshold_pct"], document["amber_pct"]) == (40.0, 20.0)
    assert [u["band"] for u in document["units"]] == [None, "green", "green"]


def test_thresholds_that_make_no_sense_are_refused(service):
    with pytest.raises(InvalidInput, match="thresholds"):
        service.report(threshold_pct=70.0, amber_pct=80.0)


def test_unit_summaries_for_the_dashboard(tmp_store, service):
    build_mission(tmp_store)

    summaries = service.unit_summaries()

    assert [s.code for s in summaries] == ["HQ", "KE-FPU1", "KE-FPU2"]
    assert summaries[2] == UnitSummary(
        code="KE-FPU2",
        name="KE-FPU2 name",
        contingent="Kenya",
        authorised_strength=100,
        present=79,
        strength_pct=79.0,
        below_minimum=True,
        readiness_pct=79.0,
        mean_readiness_pct=100.0,
        band=Band.AMBER,
    )


def test_a_past_day_reads_the_snapshot_recorded_that_day(tmp_store, service, clock):
    build_mission(tmp_store)
    assert service.record_snapshot() == 3  # HQ, KE-FPU1, KE-FPU2: not the archived unit
    taken_live = service.report()

    with tmp_store.write() as session:  # the next day, more radios and officers arrive
        m = MissionBuilder(session)
        fpu1 = by_code(session, Unit, "KE-FPU1")
        m.assets(fpu1, by_code(session, EquipmentType, "RADIO"), 4)
        m.officers(fpu1, 9)
        by_code(session, Unit, "KE-FPU2").archived = True  # it existed on the day recorded
    clock.day = TODAY + timedelta(days=1)

    assert service.report(as_of=TODAY) == taken_live
    assert service.to_json(service.report(as_of=TODAY)) == EXPECTED
    today = service.to_json(service.report())
    assert today["as_of"] == "2025-03-02"
    assert [u["code"] for u in today["units"]] == ["HQ", "KE-FPU1"]
    assert today["units"][1]["personnel"]["present"] == 140


def test_recording_a_day_twice_replaces_its_rows(tmp_store, service):
    build_mission(tmp_store)
    service.record_snapshot()
    with tmp_store.write() as session:
        MissionBuilder(session).officers(by_code(session, Unit, "KE-FPU2"), 21)

    service.record_snapshot()

    with tmp_store.read() as session:
        units = session.execute(select(func.count()).select_from(ReadinessSnapshot)).scalar()
        lines = session.execute(select(func.count()).select_from(ReadinessSnapshotLine)).scalar()
    assert (units, lines) == (3, 7)  # FPU1: 4 types; FPU2: TENT, RADIO, MRAP (pledged)
    assert service.snapshot_dates() == [TODAY]


def test_snapshot_dates_oldest_first(tmp_store, service):
    build_mission(tmp_store)
    for days_ago in (3, 10, 1):
        service.record_snapshot(TODAY - timedelta(days=days_ago))

    assert service.snapshot_dates() == [
        date(2025, 2, 19),
        date(2025, 2, 26),
        date(2025, 2, 28),
    ]


def test_a_past_day_without_a_snapshot_names_the_days_that_have_one(tmp_store, service):
    build_mission(tmp_store)
    service.record_snapshot(date(2025, 2, 1))
    service.record_snapshot(date(2025, 2, 10))

    with pytest.raises(UserError) as caught:
        service.report(as_of=date(2025, 2, 5))

    assert str(caught.value) == (
        "No readiness snapshot is stored for 2025-02-05; snapshots exist for 2 day(s) "
        "from 2025-02-01 to 2025-02-10."
    )


def test_a_past_day_when_no_snapshot_was_ever_recorded(service):
    with pytest.raises(UserError, match=r"2025-02-05, and none has been recorded yet"):
        service.report(as_of=date(2025, 2, 5))


def test_the_future_is_refused(service):
    with pytest.raises(InvalidInput, match="2025-03-02 is in the future"):
        service.report(as_of=date(2025, 3, 2))
    with pytest.raises(InvalidInput, match="in the future"):
        service.record_snapshot(date(2025, 3, 2))


def test_a_report_costs_two_queries_whatever_the_size_of_the_mission(tmp_store, service, clock):
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if not statement.startswith("BEGIN"):
            statements.append(statement)

    def queries(**kwargs) -> int:
        statements.clear()
        event.listen(tmp_store.engine, "before_cursor_execute", count)
        try:
            service.report(**kwargs)
        finally:
            event.remove(tmp_store.engine, "before_cursor_execute", count)
        return len(statements)

    build_mission(tmp_store)
    assert queries() == 2

    with tmp_store.write() as session:
        m = MissionBuilder(session)
        radio = by_code(session, EquipmentType, "RADIO")
        for n in range(20):
            unit = m.unit(f"XX-{n:02d}")
            m.officers(unit, 150)
            m.authorise(unit, radio, 40)
            m.assets(unit, radio, 60)
            m.assets(unit, radio, 5, AssetStatus.UNSERVICEABLE)
    assert queries() == 2

    service.record_snapshot()
    clock.day = TODAY + timedelta(days=1)
    assert queries(as_of=TODAY) == 2
