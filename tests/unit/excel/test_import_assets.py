"""The assets importer: serialised items matched by tag and held to the item form's rules;
vehicles are added in a vehicles file, but one already recorded can be updated by its tag."""

from __future__ import annotations

import pytest
from people_import_helpers import apply_rows, errors, outcomes, plan_rows, row
from sqlmodel import select
from supply_import_helpers import reference_mission

from lsa_desktop.domain.enums import AssetStatus, Condition
from lsa_desktop.excel.model import Outcome
from lsa_desktop.store.models import Asset, Unit

NEW, UPDATED, UNCHANGED, SKIPPED = Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED


@pytest.fixture
def store(tmp_store):
    reference_mission(tmp_store)
    return tmp_store


def item(number, tag, code="COM-RAD-HH", **values):
    return row(number, tag=tag, equipment_code=code, **values)


def assets(store) -> dict[str, Asset]:
    with store.read() as session:
        return {a.tag: a for a in session.exec(select(Asset)).all()}


def test_items_are_added_by_their_tag_and_updated_by_it(store):
    apply_rows(store, "assets", [item(2, "rad-0001", serial_number="SN 123", unit="KE-FPU-1")])

    plan = apply_rows(
        store,
        "assets",
        [
            item(2, "RAD-0001", status=AssetStatus.UNSERVICEABLE, condition=Condition.MINOR_DAMAGE),
            item(3, "RAD-0002", unit="KE-SWAT"),
            item(4, "rad-0001 "),
        ],
    )

    assert outcomes(plan) == [UPDATED, NEW, SKIPPED]
    assert errors(plan)[4][0][0] == "tag" and "already on row 2" in errors(plan)[4][0][1]
    found = assets(store)
    first = found["RAD-0001"]  # kept as tags are: in capitals
    with store.read() as session:
        fpu1 = session.exec(select(Unit).where(Unit.code == "KE-FPU-1")).one()
    assert (first.serial_number, first.unit_id, first.status, first.condition) == (
        "SN 123",
        fpu1.id,
        AssetStatus.UNSERVICEABLE,
        Condition.MINOR_DAMAGE,
    )
    assert found["RAD-0002"].status is AssetStatus.IN_SERVICE


def test_the_same_items_again_are_unchanged(store):
    rows = [item(2, "RAD-0001", serial_number="SN 1"), item(3, "RAD-0002")]
    apply_rows(store, "assets", rows)

    assert outcomes(plan_rows(store, "assets", rows)) == [UNCHANGED, UNCHANGED]


def test_a_vehicle_is_added_in_a_vehicles_file_but_updated_here_by_its_tag(store):
    apply_rows(store, "vehicles", [row(2, registration="GKB 634E", equipment_code="VEH-LC")])

    plan = apply_rows(
        store,
        "assets",
        [
            item(2, "VEH-LC-000001", "VEH-LC", status=AssetStatus.UNDER_REPAIR),
            item(3, "VEH-LC-000002", "VEH-LC"),
            item(4, "HELM-1", "PPE-HELM"),
        ],
    )

    assert outcomes(plan) == [UPDATED, SKIPPED, SKIPPED]
    assert errors(plan) == {
        3: [
            (
                "equipment_code",
                "Toyota Land Cruiser 4x4 (VEH-LC) is a vehicle type: add vehicles in a vehicles "
                "file, with their registration.",
            )
        ],
        4: [
            (
                "equipment_code",
                "Ballistic helmet (PPE-HELM) is counted in bulk, not one by one: record it in a "
                "stock count.",
            )
        ],
    }
    vehicle = assets(store)["VEH-LC-000001"]
    assert (vehicle.registration, vehicle.status) == ("GKB 634E", AssetStatus.UNDER_REPAIR)


def test_an_archived_item_is_not_edited(store):
    apply_rows(store, "assets", [item(2, "RAD-0001")])
    with store.write() as session:
        session.exec(select(Asset)).one().archived = True

    plan = plan_rows(store, "assets", [item(2, "RAD-0001", unit="KE-FPU-1")])

    assert errors(plan) == {
        2: [
            (
                "tag",
                "Asset tag RAD-0001 is an archived item: an archived record is kept for the "
                "history and is not edited.",
            )
        ]
    }
