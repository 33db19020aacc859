"""The vehicles importer: vehicles matched by registration, tagged like the registers tag them,
held to the vehicle form's rules (an odometer never runs backwards), and the LibreOffice vehicle
state report of the fixtures end to end."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from people_import_helpers import TODAY, apply_rows, errors, outcomes, plan_rows, row
from sqlmodel import select
from supply_import_helpers import FIXTURES, reference_mission, type_id

from lsa_desktop.domain.enums import AssetStatus, Condition, MaintenanceKind
from lsa_desktop.excel.importer import import_file
from lsa_desktop.excel.model import Outcome
from lsa_desktop.store.models import Asset, EquipmentType, MaintenanceEvent, Unit

NEW, UPDATED, UNCHANGED, SKIPPED = Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED
REPORT = "vehicles_en_libreoffice.xlsx"


@pytest.fixture
def store(tmp_store):
    reference_mission(tmp_store)
    return tmp_store


def vehicle(number, registration, code="VEH-LC", **values):
    return row(number, registration=registration, equipment_code=code, **values)


def vehicles(store) -> dict[str, Asset]:
    with store.read() as session:
        return {a.registration: a for a in session.exec(select(Asset)).all() if a.registration}


def test_new_vehicles_get_their_types_next_tags_and_defaults(store):
    with store.write() as session:
        lc = session.exec(select(EquipmentType).where(EquipmentType.code == "VEH-LC")).one()
        session.add(Asset(tag="VEH-LC-000041", registration="GKB 100A", equipment_type_id=lc.id))
    rows = [
        vehicle(3, "gkb  634e", unit="KE-FPU-1", odometer_km=65818),
        vehicle(4, "JCF 6022", unit="Jamaica Formed Police Unit", make="Toyota", model="Hilux",
                status=AssetStatus.UNSERVICEABLE, condition=Condition.MAJOR_DAMAGE),
        vehicle(5, "MSS 0001", "VEH-MRAP", next_service_date=date(2027, 1, 15)),
    ]  # fmt: skip

    plan = apply_rows(store, "vehicles", rows)

    assert outcomes(plan) == [NEW, NEW, NEW]
    found = vehicles(store)
    first, second, mrap = found["GKB 634E"], found["JCF 6022"], found["MSS 0001"]
    assert (first.tag, second.tag, mrap.tag) == (
        "VEH-LC-000042",
        "VEH-LC-000043",
        "VEH-MRAP-000001",
    )
    assert (first.make, first.model) == ("Toyota", "Land Cruiser 79")  # the type's defaults
    assert (first.status, first.condition, first.odometer_km) == (
        AssetStatus.IN_SERVICE,
        Condition.GOOD,
        65818,
    )
    assert (second.make, second.model, second.status, second.condition) == (
        "Toyota",
        "Hilux",
        AssetStatus.UNSERVICEABLE,
        Condition.MAJOR_DAMAGE,
    )
    assert mrap.next_service_date == date(2027, 1, 15) and mrap.unit_id is None


def test_a_matched_vehicle_takes_what_the_file_gives_and_keeps_the_rest(store):
    apply_rows(store, "vehicles", [vehicle(3, "GKB 634E", unit="KE-FPU-1", odometer_km=1000)])

    plan = apply_rows(
        store,
        "vehicles",
        [vehicle(3, "gkb 634e", unit="KE-FPU-2", status=AssetStatus.UNDER_REPAIR)],
    )

    assert outcomes(plan) == [UPDATED]
    found = vehicles(store)["GKB 634E"]
    with store.read() as session:
        fpu2 = session.exec(select(Unit).where(Unit.code == "KE-FPU-2")).one()
    assert (found.unit_id, found.status, found.odometer_km) == (
        fpu2.id,
        AssetStatus.UNDER_REPAIR,
        1000,
    )


def test_an_odometer_never_runs_backwards(store):
    apply_rows(store, "vehicles", [vehicle(3, "GKB 634E", odometer_km=50000)])
    with store.write() as session:
        asset = session.exec(select(Asset)).one()
        session.add(
            MaintenanceEvent(
                asset_id=asset.id,
                kind=MaintenanceKind.REPAIR,
                opened_on=date(2026, 10, 1),
                closed_on=date(2026, 10, 3),
                odometer_km=52000,
            )
        )

    plan = plan_rows(
        store,
        "vehicles",
        [vehicle(3, "GKB 634E", odometer_km=50000), vehicle(4, "GKB 635E", odometer_km=10)],
    )

    assert outcomes(plan) == [SKIPPED, NEW]
    assert errors(plan) == {
        3: [
            (
                "odometer_km",
                "The odometer cannot run backwards: it read 52,000 km on the last record.",
            )
        ]
    }


def test_the_status_rules_are_judged_on_a_change(store):
    apply_rows(
        store,
        "vehicles",
        [
            vehicle(3, "MSS 0001", "VEH-MRAP", status=AssetStatus.WRITTEN_OFF),
            vehicle(4, "MSS 0002", "VEH-MRAP", status=AssetStatus.UNDER_REPAIR),
            vehicle(5, "MSS 0003", "VEH-MRAP"),
        ],
    )
    with store.write() as session:
        for asset in session.exec(select(Asset).where(Asset.registration != "MSS 0001")):
            session.add(
                MaintenanceEvent(
                    asset_id=asset.id,
                    kind=MaintenanceKind.REPAIR,
                    opened_on=date(2026, 11, 1),
                )
            )
    serviceable = AssetStatus.IN_SERVICE

    plan = plan_rows(
        store,
        "vehicles",
        [
            vehicle(3, "MSS 0001", "VEH-MRAP", status=serviceable),
            vehicle(4, "MSS 0002", "VEH-MRAP", status=serviceable),
            vehicle(5, "MSS 0003", "VEH-MRAP", status=serviceable),  # in service already
        ],
    )

    assert outcomes(plan) == [SKIPPED, SKIPPED, UNCHANGED]
    found = errors(plan)
    assert found[3][0][0] == "status" and found[3][0][1].startswith("It was written off")
    assert found[4] == [
        (
            "status",
            "The repair opened on 2026-11-01 is still open: close it to put the item back in "
            "service.",
        )
    ]


def test_only_vehicle_types_and_new_registrations_are_taken(store):
    rows = [
        vehicle(3, "GKB 1", "COM-RAD-HH"),
        vehicle(4, "GKB 2", "PPE-HELM"),
        vehicle(5, "GKB 3", "VEH-XYZ"),
        vehicle(6, "GKB 4"),
        vehicle(7, "gkb 4"),
        vehicle(8, "GKB 5", unit="KE-FPU-9"),
    ]

    plan = plan_rows(store, "vehicles", rows)

    assert outcomes(plan) == [SKIPPED, SKIPPED, SKIPPED, NEW, SKIPPED, SKIPPED]
    found = errors(plan)
    assert found[3] == [
        (
            "equipment_code",
            "Handheld radio (COM-RAD-HH) is not a vehicle type: import it in an assets file, or "
            "choose a vehicle type.",
        )
    ]
    assert found[4] == [
        (
            "equipment_code",
            "Ballistic helmet (PPE-HELM) is counted in bulk, not one by one: record it in a stock "
            "count.",
        )
    ]
    assert [field for field, _ in found[5]] == ["equipment_code"]
    assert found[7][0][0] == "registration" and "already on row 6" in found[7][0][1]
    assert [field for field, _ in found[8]] == ["unit"]


def test_the_libreoffice_vehicle_report_adds_40_vehicles(store):
    report = import_file(store, FIXTURES / REPORT, "vehicles", user="Sgt Otieno", today=TODAY)

    assert report.written and not report.errors
    assert (report.new, report.updated, report.unchanged, report.skipped) == (40, 0, 0, 0)
    assert len(report.warnings) <= 1  # the unknown Remarks column
    with store.read() as session:
        rows = session.exec(
            select(Asset.registration, Asset.status, Unit.code, EquipmentType.code)
            .join(Unit, Unit.id == Asset.unit_id)
            .join(EquipmentType, EquipmentType.id == Asset.equipment_type_id)
        ).all()
    assert len(rows) == 40 and "MSS 0001" in {r[0] for r in rows}
    assert Counter(r[1] for r in rows) == {
        AssetStatus.IN_SERVICE: 31,
        AssetStatus.UNSERVICEABLE: 4,
        AssetStatus.UNDER_REPAIR: 3,
        AssetStatus.IN_TRANSIT: 2,
    }
    assert Counter(r[2] for r in rows) == {
        "KE-FPU-1": 12,
        "KE-FPU-2": 11,
        "KE-SWAT": 7,
        "JM-FPU": 10,
    }
    assert Counter(r[3] for r in rows) == {
        "VEH-MRAP": 13,
        "VEH-APC": 4,
        "VEH-LC": 17,
        "VEH-TRK": 3,
        "VEH-AMB": 3,
    }
    overdue = [a for a in vehicles(store).values() if a.next_service_date < TODAY]
    assert len(overdue) == 3


def test_reimporting_the_vehicle_report_changes_nothing(store):
    import_file(store, FIXTURES / REPORT, "vehicles", user="Sgt Otieno", today=TODAY)
    lc = type_id(store, "VEH-LC")

    report = import_file(store, FIXTURES / REPORT, "vehicles", user="Sgt Otieno", today=TODAY)

    assert (report.new, report.updated, report.unchanged) == (0, 0, 40)
    with store.read() as session:
        tags = session.exec(select(Asset.tag).where(Asset.equipment_type_id == lc)).all()
    assert sorted(tags) == [f"VEH-LC-{n:06d}" for n in range(1, 18)]
