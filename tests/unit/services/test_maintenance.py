"""Maintenance through its service: opening work takes an MRAP out of service and the unit's
readiness down, closing it brings both back; a scheduled service plans the next; the lists of
open work and of what is overdue are what an officer expects."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from fleet_fixtures import TODAY, build_fleet
from sqlmodel import select

from lsa_desktop.domain.enums import AssetStatus, MaintenanceKind
from lsa_desktop.domain.fleet_rules import AssetDraft, MaintenanceClosing, MaintenanceOpening
from lsa_desktop.errors import UserError, ValidationFailed
from lsa_desktop.services.fleet import FleetService
from lsa_desktop.services.maintenance import MaintenanceService
from lsa_desktop.services.query import ListQuery
from lsa_desktop.services.readiness import ReadinessService
from lsa_desktop.store.models import AuditEntry, MaintenanceEvent


@pytest.fixture
def fleet(tmp_store):
    return build_fleet(tmp_store)


@pytest.fixture
def maintenance(tmp_store) -> MaintenanceService:
    return MaintenanceService(tmp_store, today=lambda: TODAY)


@pytest.fixture
def vehicles(tmp_store) -> FleetService:
    return FleetService(tmp_store, today=lambda: TODAY)


def armour(store, unit_code="KEN-FPU-1"):
    """(on hand, serviceable, unit readiness) of a unit's armoured vehicles."""
    report = ReadinessService(store, today=lambda: TODAY).report()
    unit = next(u for u in report.units if u.code == unit_code)
    category = next(c for c in unit.categories if c.code == "ARMD")
    return category.on_hand, category.serviceable, unit.readiness_pct


def refused(call) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.problems


REPAIR = MaintenanceOpening(
    MaintenanceKind.REPAIR,
    date(2025, 3, 10),
    odometer_km=43_900,
    cost_usd=1_200.0,
    notes="Gearbox",
    set_under_repair=True,
)


def test_an_mrap_under_repair_lowers_readiness_and_closing_restores_it(
    tmp_store, fleet, maintenance, vehicles
):
    assert armour(tmp_store) == (2, 2, 100.0)
    opened = maintenance.open_maintenance(fleet.mrap_a, REPAIR)
    assert (opened.asset_status, opened.asset_odometer_km) == (AssetStatus.UNDER_REPAIR, 43_900)
    assert armour(tmp_store) == (2, 1, 50.0)  # still held, no longer serviceable

    closed = maintenance.close_maintenance(
        opened.id, MaintenanceClosing(TODAY, cost_usd=1_450.0, notes="Gearbox replaced")
    )
    assert (closed.closed_on, closed.downtime_days, closed.cost_usd) == (TODAY, 4, 1_450.0)
    assert closed.asset_status is AssetStatus.IN_SERVICE
    assert armour(tmp_store) == (2, 2, 100.0)
    # The service date is only planned after a scheduled service, not after a repair.
    assert vehicles.asset(fleet.mrap_a).next_service_date == date(2025, 6, 1)


def test_opening_and_its_status_change_are_one_change_set(tmp_store, fleet, maintenance):
    opened = maintenance.open_maintenance(fleet.mrap_a, REPAIR)
    with tmp_store.read() as s:
        event = s.get(MaintenanceEvent, opened.id)
        change_id = s.execute(
            select(AuditEntry.change_id).where(AuditEntry.record_id == opened.id)
        ).scalar_one()
        entries = s.execute(select(AuditEntry).where(AuditEntry.change_id == change_id)).scalars()
        audited = {
            (e.table_name, e.action, e.field, e.new_value if e.field else "") for e in entries
        }
    assert event.notes == "Gearbox"
    assert audited == {
        ("maintenance_event", "INSERT", "", ""),
        ("asset", "UPDATE", "status", "UNDER_REPAIR"),
        ("asset", "UPDATE", "odometer_km", "43900"),
    }


def test_work_that_need_not_take_the_vehicle_out_leaves_it_in_service(
    tmp_store, fleet, maintenance
):
    maintenance.open_maintenance(
        fleet.mrap_a, MaintenanceOpening(MaintenanceKind.INSPECTION, TODAY)
    )
    assert armour(tmp_store) == (2, 2, 100.0)


def test_a_scheduled_service_plans_the_next_one(fleet, maintenance, vehicles):
    opened = maintenance.open_maintenance(
        fleet.mrap_b,
        MaintenanceOpening(
            MaintenanceKind.SCHEDULED_SERVICE, date(2025, 3, 12), odometer_km=48_100
        ),
    )
    maintenance.close_maintenance(opened.id, MaintenanceClosing(date(2025, 3, 13)))
    vehicle = vehicles.asset(fleet.mrap_b)
    assert (vehicle.next_service_date, vehicle.next_service_km) == (date(2025, 9, 9), 53_100)
    assert vehicle.status is AssetStatus.IN_SERVICE


def test_the_next_service_is_left_alone_when_asked(fleet, maintenance, vehicles):
    opened = maintenance.open_maintenance(
        fleet.mrap_b, MaintenanceOpening(MaintenanceKind.SCHEDULED_SERVICE, TODAY)
    )
    maintenance.close_maintenance(
        opened.id, MaintenanceClosing(TODAY, plan_next_service=False, return_to_service=False)
    )
    assert vehicles.asset(fleet.mrap_b).next_service_km == 48_000


def test_what_cannot_be_opened(fleet, maintenance):
    assert refused(lambda: maintenance.open_maintenance(fleet.written_off, REPAIR)) == {
        "": "GKB 103A is written off: only what a unit holds can be maintained."
    }
    maintenance.open_maintenance(fleet.mrap_a, REPAIR)
    assert refused(lambda: maintenance.open_maintenance(fleet.mrap_a, REPAIR)) == {
        "": "GKB 101A already has a repair open since 2025-03-10: close it, or add to its "
        "notes, first."
    }
    backwards = replace(REPAIR, odometer_km=40_000)
    assert refused(lambda: maintenance.open_maintenance(fleet.mrap_b, backwards)) == {
        "odometer_km": "The odometer cannot run backwards: it read 43,652 km on the last record."
    }


def test_what_cannot_be_closed(fleet, maintenance):
    opened = maintenance.open_maintenance(fleet.mrap_a, REPAIR)
    assert refused(
        lambda: maintenance.close_maintenance(opened.id, MaintenanceClosing(date(2025, 3, 9)))
    ) == {"closed_on": "The work cannot be closed before it was opened (2025-03-10)."}
    maintenance.close_maintenance(opened.id, MaintenanceClosing(TODAY))
    with pytest.raises(UserError, match="already closed on 2025-03-14"):
        maintenance.close_maintenance(opened.id, MaintenanceClosing(TODAY))


def test_a_reading_noted_on_maintenance_holds_the_odometer_back(fleet, maintenance, vehicles):
    opened = maintenance.open_maintenance(
        fleet.mrap_a, replace(REPAIR, set_under_repair=False, odometer_km=44_000)
    )
    maintenance.close_maintenance(opened.id, MaintenanceClosing(TODAY))
    detail = vehicles.asset(fleet.mrap_a)
    assert detail.recorded_odometer_km == 44_000
    draft = replace(detail.draft(), odometer_km=43_999)
    assert refused(lambda: vehicles.save_asset(draft, detail.id)) == {
        "odometer_km": "The odometer cannot run backwards: it read 44,000 km on the last record."
    }


def test_the_open_work_list(fleet, maintenance):
    maintenance.open_maintenance(fleet.mrap_b, REPAIR)
    maintenance.open_maintenance(
        fleet.mrap_a, MaintenanceOpening(MaintenanceKind.BATTLE_DAMAGE, date(2025, 3, 1))
    )
    rows = maintenance.open_work.page(ListQuery(), 10)
    assert [(r.registration, r.kind, r.days_open) for r in rows] == [
        ("GKB 101A", MaintenanceKind.BATTLE_DAMAGE, 13),
        ("GKB 102A", MaintenanceKind.REPAIR, 4),
    ]
    assert maintenance.open_work.count(ListQuery(filters={"unit_id": fleet.fpu2})) == 0
    assert maintenance.open_work.count(ListQuery(search="gearbox")) == 1
    assert maintenance.open_work_of(fleet.mrap_b).kind is MaintenanceKind.REPAIR
    assert maintenance.open_work_of(fleet.written_off) is None


def test_overdue_by_date_or_by_mileage(tmp_store, fleet, maintenance, vehicles):
    assert maintenance.overdue.count() == 0
    a = vehicles.asset(fleet.mrap_a)
    vehicles.save_asset(replace(a.draft(), next_service_date=date(2025, 3, 4)), a.id)
    b = vehicles.asset(fleet.mrap_b)
    vehicles.save_asset(replace(b.draft(), odometer_km=48_500), b.id)
    maintenance.open_maintenance(
        fleet.mrap_b, MaintenanceOpening(MaintenanceKind.SCHEDULED_SERVICE, TODAY)
    )
    rows = maintenance.overdue.page(ListQuery(), 10)
    assert [(r.registration, r.days_overdue, r.km_over, r.in_maintenance) for r in rows] == [
        ("GKB 101A", 10, None, False),
        ("GKB 102A", None, 500, True),
    ]
    # What the unit no longer holds is not "overdue".
    vehicles.archive_assets([fleet.mrap_a])
    assert [r.registration for r in maintenance.overdue.page(ListQuery(), 10)] == ["GKB 102A"]
    assert maintenance.overdue.count(ListQuery(filters={"vehicles": False})) == 0


def test_a_new_item_overdue_is_listed_at_once(fleet, maintenance, vehicles):
    vehicles.save_asset(
        AssetDraft(fleet.radio, unit_id=fleet.fpu2, next_service_date=date(2025, 1, 1))
    )
    rows = maintenance.overdue.page(ListQuery(sort_key="unit"), 10)
    assert [(r.tag, r.unit_code, r.is_vehicle) for r in rows] == [
        ("COM-RAD-HH-000001", "KEN-FPU-2", False)
    ]
