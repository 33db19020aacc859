"""Recording vehicles and serialised items through the fleet service: what is saved, what is
refused (with nothing written), what the audit trail says, and that readiness follows at once."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import MissionBuilder
from fleet_fixtures import TODAY, build_fleet
from sqlmodel import func, select

from lsa_desktop.domain.enums import AssetStatus, MaintenanceKind
from lsa_desktop.domain.fleet_rules import AssetDraft, MaintenanceOpening
from lsa_desktop.errors import UserError, ValidationFailed
from lsa_desktop.services import Services
from lsa_desktop.services.fleet import FleetService
from lsa_desktop.services.maintenance import MaintenanceService
from lsa_desktop.services.readiness import ReadinessService
from lsa_desktop.store.models import Asset, AuditEntry, EquipmentType, MaintenanceEvent, Unit


@pytest.fixture
def store(tmp_store):
    tmp_store.user = "Insp. Wanjiru"
    return tmp_store


@pytest.fixture
def fleet(store):
    return build_fleet(store)


@pytest.fixture
def service(store) -> FleetService:
    return FleetService(store, today=lambda: TODAY)


def readiness(store, unit_code):
    report = ReadinessService(store, today=lambda: TODAY).report()
    return next(u for u in report.units if u.code == unit_code)


def audit_count(store) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def refused(call) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.problems


def test_a_new_vehicle_gets_the_next_tag_and_its_type_defaults(store, fleet, service):
    draft = AssetDraft(fleet.mrap, registration="gkb 104a", unit_id=fleet.fpu2, odometer_km=120)
    saved = service.save_asset(draft)
    assert (saved.tag, saved.registration) == ("VEH-MRAP-000004", "GKB 104A")
    assert (saved.make, saved.model) == ("Navistar Defense", "MaxxPro Dash")
    assert saved.unit_code == "KEN-FPU-2"
    assert service.suggest_tag(fleet.mrap) == "VEH-MRAP-000005"
    assert service.suggest_tag(fleet.radio) == "COM-RAD-HH-000001"
    with store.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.record_id == saved.id)).scalar_one()
    assert (entry.action, entry.user, entry.table_name) == ("INSERT", "Insp. Wanjiru", "asset")
    # KEN-FPU-2 is authorised one MRAP and now has it, serviceable: ready.
    assert readiness(store, "KEN-FPU-2").readiness_pct == 100.0


def test_tags_and_registrations_are_unique(fleet, service):
    problems = refused(
        lambda: service.save_asset(
            AssetDraft(fleet.mrap, tag="veh-mrap-000001", registration="GKB 102A")
        )
    )
    assert problems == {
        "tag": "Tag VEH-MRAP-000001 is already used by GKB 101A (MRAP armoured vehicle). Check "
        "the tag or edit that vehicle.",
        "registration": "Registration GKB 102A is already used by VEH-MRAP-000002 (MRAP armoured "
        "vehicle). Check the registration or edit that vehicle.",
    }


def test_a_vehicle_keeps_its_own_tag_and_plate_when_edited(fleet, service):
    detail = service.asset(fleet.mrap_a)
    saved = service.save_asset(_draft_of(detail, serial_number="MAXX-1"), fleet.mrap_a)
    assert (saved.tag, saved.serial_number) == ("VEH-MRAP-000001", "MAXX-1")


def test_bulk_types_and_missing_plates_are_refused(store, fleet, service):
    before = audit_count(store)
    assert refused(lambda: service.save_asset(AssetDraft(fleet.helmet)))["equipment_type_id"] == (
        "Ballistic helmet is counted in bulk, not one by one: record it as a stock line."
    )
    assert refused(lambda: service.save_asset(AssetDraft(fleet.mrap))) == {
        "registration": "A vehicle needs its registration (the number plate)."
    }
    assert audit_count(store) == before


def test_the_odometer_cannot_run_backwards_and_nothing_is_half_saved(store, fleet, service):
    detail = service.asset(fleet.mrap_a)
    draft = _draft_of(detail, odometer_km=43_000, make="Changed")
    assert refused(lambda: service.save_asset(draft, fleet.mrap_a)) == {
        "odometer_km": "The odometer cannot run backwards: it read 43,652 km on the last record."
    }
    assert service.asset(fleet.mrap_a).make == "Navistar Defense"


def test_a_written_off_vehicle_stays_written_off(fleet, service):
    detail = service.asset(fleet.written_off)
    problems = refused(
        lambda: service.save_asset(_draft_of(detail, status=AssetStatus.IN_SERVICE), detail.id)
    )
    assert "written off, which is final" in problems["status"]


def test_open_maintenance_must_be_closed_to_return_to_service(store, fleet, service):
    MaintenanceService(store, today=lambda: TODAY).open_maintenance(
        fleet.mrap_a,
        MaintenanceOpening(MaintenanceKind.REPAIR, TODAY, set_under_repair=True),
    )
    detail = service.asset(fleet.mrap_a)
    assert detail.status is AssetStatus.UNDER_REPAIR
    back = _draft_of(detail, status=AssetStatus.IN_SERVICE)
    assert "still open" in refused(lambda: service.save_asset(back, detail.id))["status"]
    saved = service.save_asset(back, detail.id, close_open_work=True)
    assert saved.status is AssetStatus.IN_SERVICE and saved.open_work is None
    with store.read() as s:
        event = s.execute(select(MaintenanceEvent)).scalar_one()
    assert (event.closed_on, event.downtime_days) == (TODAY, 0)


def test_archiving_takes_items_out_of_the_holdings(store, fleet, service):
    assert service.archive_assets([fleet.mrap_a]) == 1
    assert service.asset(fleet.mrap_a).archived
    assert readiness(store, "KEN-FPU-1").readiness_pct == 50.0


def test_items_with_open_work_are_not_archived(store, fleet, service):
    MaintenanceService(store, today=lambda: TODAY).open_maintenance(
        fleet.mrap_b, MaintenanceOpening(MaintenanceKind.REPAIR, TODAY)
    )
    with pytest.raises(UserError, match="GKB 102A"):
        service.archive_assets([fleet.mrap_a, fleet.mrap_b])
    assert not service.asset(fleet.mrap_a).archived


def test_a_bulk_status_change_is_one_audited_change_set(store, fleet, service):
    change = service.set_status([fleet.mrap_a, fleet.mrap_b], AssetStatus.UNSERVICEABLE)
    assert change.changed == 2
    with store.read() as s:
        entries = s.execute(
            select(AuditEntry).where(AuditEntry.change_id == change.change_id)
        ).scalars()
        audited = {(e.record_id, e.field, e.old_value, e.new_value, e.user) for e in entries}
        statuses = set(s.execute(select(Asset.status).where(Asset.unit_id == fleet.fpu1)).scalars())
    assert audited == {
        (vehicle, "status", "IN_SERVICE", "UNSERVICEABLE", "Insp. Wanjiru")
        for vehicle in (fleet.mrap_a, fleet.mrap_b)
    }
    assert statuses == {AssetStatus.UNSERVICEABLE}
    unit = readiness(store, "KEN-FPU-1")
    armour = next(c for c in unit.categories if c.code == "ARMD")
    assert (armour.on_hand, armour.serviceable, unit.readiness_pct) == (2, 0, 0.0)


def test_a_bulk_change_that_makes_no_sense_for_one_changes_none(store, fleet, service):
    before = audit_count(store)
    problems = refused(
        lambda: service.set_status([fleet.mrap_a, fleet.written_off], AssetStatus.UNDER_REPAIR)
    )
    assert problems["status"] == (
        "1 of the 2 selected items cannot be set under repair, so nothing was changed. "
        "GKB 103A: it was written off, which is final. If the write-off was a mistake, undo it "
        "(Ctrl+Z) instead of changing the status."
    )
    assert audit_count(store) == before
    assert service.asset(fleet.mrap_a).status is AssetStatus.IN_SERVICE


def test_a_bulk_return_to_service_can_close_open_work(store, fleet, service):
    maintenance = MaintenanceService(store, today=lambda: TODAY)
    for vehicle in (fleet.mrap_a, fleet.mrap_b):
        maintenance.open_maintenance(
            vehicle, MaintenanceOpening(MaintenanceKind.REPAIR, TODAY, set_under_repair=True)
        )
    assert (
        "still open"
        in refused(
            lambda: service.set_status([fleet.mrap_a, fleet.mrap_b], AssetStatus.IN_SERVICE)
        )["status"]
    )
    change = service.set_status(
        [fleet.mrap_a, fleet.mrap_b], AssetStatus.IN_SERVICE, close_open_work=True
    )
    assert change.changed == 2
    assert maintenance.open_work.count() == 0


def test_the_services_container_offers_the_fleet_writes(store, fleet):
    services = Services(store)
    assert services.fleet.asset(fleet.mrap_a).tag == "VEH-MRAP-000001"
    assert [t.code for t in services.equipment.equipment_types(vehicles=True)] == ["VEH-MRAP"]
    assert services.maintenance.open_work.count() == 0


def test_a_vanished_item_is_told_plainly(fleet, service):
    with pytest.raises(UserError, match="no longer in the database"):
        service.set_status([fleet.mrap_a, fleet.fpu1], AssetStatus.IN_SERVICE)


def _draft_of(detail, **changes) -> AssetDraft:
    return replace(detail.draft(), **changes)


def test_a_bulk_change_of_many_items_reads_them_by_chunks(store, fleet, service):
    with store.write() as session:
        unit = session.get(Unit, fleet.fpu1)
        radio = session.get(EquipmentType, fleet.radio)
        MissionBuilder(session).assets(unit, radio, 1_200)
    with store.read() as s:
        radios = list(
            s.execute(select(Asset.id).where(Asset.equipment_type_id == fleet.radio)).scalars()
        )
    change = service.set_status(radios, AssetStatus.IN_TRANSIT)
    with store.read() as s:
        audited = s.execute(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.change_id == change.change_id)
        ).scalar_one()
    assert change.changed == audited == 1_200
