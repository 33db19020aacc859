"""The rules of vehicles, serialised items, stock counts, authorisations and maintenance, without
a database: each rule refuses what it should, with the sentence beside the right field, and lets
everything else through."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from lsa_desktop.domain.enums import AssetStatus, MaintenanceKind
from lsa_desktop.domain.fleet_rules import (
    AssetDraft,
    AssetRecord,
    MaintenanceClosing,
    MaintenanceOpening,
    OpenWork,
    can_be_maintained,
    check_asset,
    check_closing,
    check_opening,
    clean_key,
    downtime_days,
    next_service_after,
    odometer_problem,
    status_change_problem,
    suggested_tag,
    under_repair_by_default,
)
from lsa_desktop.domain.stock_rules import (
    AuthorisationDraft,
    StockDraft,
    check_authorisation,
    check_stock,
)

TODAY = date(2025, 3, 14)
TYPE = uuid.uuid4()
UNIT = uuid.uuid4()


def vehicle(**changes) -> AssetDraft:
    values = {
        "equipment_type_id": TYPE,
        "tag": "VEH-LC-000001",
        "registration": "GKB 634E",
        "odometer_km": 43_652,
        "next_service_km": 50_000,
        "next_service_date": date(2025, 6, 1),
        "acquired_on": date(2024, 6, 1),
    }
    values.update(changes)
    return AssetDraft(**values)


def problems_of(draft: AssetDraft, **kwargs) -> dict[str, str]:
    kwargs.setdefault("is_vehicle", True)
    kwargs.setdefault("today", TODAY)
    return check_asset(draft, **kwargs).as_dict()


# --- vehicles and items ---------------------------------------------------------------------------


def test_a_complete_vehicle_passes():
    assert problems_of(vehicle()) == {}


def test_a_vehicle_needs_its_type_and_registration():
    problems = problems_of(vehicle(equipment_type_id=None, registration="  "))
    assert problems["equipment_type_id"] == "Choose the equipment type."
    assert problems["registration"] == "A vehicle needs its registration (the number plate)."


def test_an_item_that_is_not_a_vehicle_needs_no_registration():
    assert problems_of(vehicle(registration=""), is_vehicle=False) == {}


@pytest.mark.parametrize(
    ("field", "length", "sentence"),
    [
        ("tag", 41, "A tag has 40 characters at most."),
        ("registration", 31, "A registration has 30 characters at most."),
        ("serial_number", 81, "A serial number has 80 characters at most."),
        ("make", 61, "A make has 60 characters at most."),
        ("model", 61, "A model has 60 characters at most."),
    ],
)
def test_text_longer_than_its_column_is_refused(field, length, sentence):
    assert problems_of(vehicle(**{field: "X" * length}))[field] == sentence


def test_tags_and_plates_are_kept_in_one_form():
    assert clean_key("  gkb   634e ") == "GKB 634E"
    cleaned = vehicle(tag=" veh-lc-1 ", make=" Toyota ").cleaned()
    assert (cleaned.tag, cleaned.make) == ("VEH-LC-1", "Toyota")


def test_the_odometer_cannot_run_backwards():
    recorded = AssetRecord(AssetStatus.IN_SERVICE, odometer_km=43_652, next_service_km=50_000)
    problems = problems_of(vehicle(odometer_km=43_000), recorded=recorded)
    assert problems == {
        "odometer_km": "The odometer cannot run backwards: it read 43,652 km on the last record."
    }
    assert problems_of(vehicle(odometer_km=43_652), recorded=recorded) == {}


def test_the_odometer_cannot_be_negative_or_cleared():
    assert odometer_problem(-1, None) == "The odometer cannot be negative."
    assert odometer_problem(None, 10) == (
        "The odometer read 10 km on the last record: it cannot be left empty."
    )
    assert odometer_problem(None, None) is None


def test_a_new_service_mileage_must_fall_above_the_odometer():
    problems = problems_of(vehicle(next_service_km=43_652))
    assert problems == {
        "next_service_km": "The next service must fall above the odometer's 43,652 km."
    }
    assert problems_of(vehicle(next_service_km=-5))["next_service_km"] == (
        "The service mileage cannot be negative."
    )


def test_a_vehicle_already_overdue_by_mileage_stays_editable():
    recorded = AssetRecord(AssetStatus.IN_SERVICE, odometer_km=43_652, next_service_km=40_000)
    assert problems_of(vehicle(next_service_km=40_000), recorded=recorded) == {}


def test_service_and_acquisition_dates_in_order():
    problems = problems_of(
        vehicle(acquired_on=date(2025, 4, 1), next_service_date=date(2025, 3, 30))
    )
    assert problems == {
        "acquired_on": "The acquisition date cannot be in the future.",
        "next_service_date": "The next service cannot fall before the item was acquired "
        "(2025-04-01).",
    }


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        (AssetStatus.IN_SERVICE, AssetStatus.UNDER_REPAIR, True),
        (AssetStatus.UNDER_REPAIR, AssetStatus.IN_SERVICE, True),
        (AssetStatus.IN_TRANSIT, AssetStatus.LOST, True),
        (AssetStatus.LOST, AssetStatus.WRITTEN_OFF, True),
        (AssetStatus.LOST, AssetStatus.IN_SERVICE, False),
        (AssetStatus.WRITTEN_OFF, AssetStatus.IN_SERVICE, False),
        (AssetStatus.WRITTEN_OFF, AssetStatus.WRITTEN_OFF, True),
        (AssetStatus.REPATRIATED, AssetStatus.IN_TRANSIT, True),
        (AssetStatus.REPATRIATED, AssetStatus.IN_SERVICE, False),
    ],
)
def test_status_changes_that_make_sense(old, new, allowed):
    assert (status_change_problem(old, new) is None) is allowed


def test_each_refused_status_change_says_why():
    assert "written off, which is final" in status_change_problem(
        AssetStatus.WRITTEN_OFF, AssetStatus.IN_SERVICE
    )
    assert "can only be written off" in status_change_problem(
        AssetStatus.LOST, AssetStatus.UNDER_REPAIR
    )
    assert "repatriated" in status_change_problem(AssetStatus.REPATRIATED, AssetStatus.UNDER_REPAIR)
    recorded = AssetRecord(AssetStatus.WRITTEN_OFF)
    assert "status" in problems_of(vehicle(status=AssetStatus.IN_SERVICE), recorded=recorded)


def test_open_work_keeps_an_item_out_of_service_unless_it_is_closed():
    work = OpenWork(MaintenanceKind.REPAIR, date(2025, 3, 1))
    recorded = AssetRecord(AssetStatus.UNDER_REPAIR, open_work=work)
    draft = vehicle(status=AssetStatus.IN_SERVICE)
    assert problems_of(draft, recorded=recorded) == {
        "status": "The repair opened on 2025-03-01 is still open: close it to put the item "
        "back in service."
    }
    assert problems_of(draft, recorded=recorded, closing_open_work=True) == {}
    assert problems_of(vehicle(status=AssetStatus.UNSERVICEABLE), recorded=recorded) == {}


def test_suggested_tags_follow_the_highest_in_use():
    assert suggested_tag("VEH-LC", None) == "VEH-LC-000001"
    assert suggested_tag("VEH-LC", "VEH-LC-000122") == "VEH-LC-000123"
    assert suggested_tag("VEH-LC", "VEH-LC-OLD") == "VEH-LC-000001"


# --- stock and authorisations ---------------------------------------------------------------------


def stock(**changes) -> StockDraft:
    values = {
        "unit_id": UNIT,
        "equipment_type_id": TYPE,
        "on_hand": 120,
        "serviceable": 110,
        "counted_on": TODAY,
    }
    values.update(changes)
    return StockDraft(**values)


def test_a_sound_count_passes():
    assert not check_stock(stock(), today=TODAY)


def test_a_count_needs_its_unit_type_figures_and_date():
    problems = check_stock(
        stock(
            unit_id=None, equipment_type_id=None, on_hand=None, serviceable=None, counted_on=None
        ),
        today=TODAY,
    ).as_dict()
    assert problems == {
        "unit_id": "Choose the unit that holds the stock.",
        "equipment_type_id": "Choose the equipment type.",
        "on_hand": "On hand is required.",
        "serviceable": "Serviceable is required.",
        "counted_on": "The count date is required.",
    }


def test_counts_are_not_negative_and_serviceable_is_part_of_on_hand():
    negative = check_stock(stock(on_hand=-1, serviceable=-2), today=TODAY).as_dict()
    assert negative == {
        "on_hand": "On hand cannot be negative.",
        "serviceable": "Serviceable cannot be negative.",
    }
    above = check_stock(stock(on_hand=1_200, serviceable=1_201), today=TODAY).as_dict()
    assert above == {
        "serviceable": "Serviceable cannot be more than on hand (1,200): what works is part of "
        "what is held."
    }


def test_a_count_cannot_be_dated_in_the_future_or_carry_a_long_note():
    problems = check_stock(stock(counted_on=date(2025, 3, 15), note="x" * 401), today=TODAY)
    assert problems.as_dict() == {
        "counted_on": "The count date cannot be in the future.",
        "note": "A note has 400 characters at most.",
    }


def test_authorisation_rules():
    assert not check_authorisation(AuthorisationDraft(UNIT, TYPE, 12))
    problems = check_authorisation(AuthorisationDraft(None, None, None, reference="r" * 121))
    assert problems.as_dict() == {
        "unit_id": "Choose the unit.",
        "equipment_type_id": "Choose the equipment type.",
        "quantity": "The authorised quantity is required.",
        "reference": "A reference has 120 characters at most.",
    }
    negative = check_authorisation(AuthorisationDraft(UNIT, TYPE, -3)).as_dict()
    assert negative == {"quantity": "The authorised quantity cannot be negative."}


# --- maintenance ----------------------------------------------------------------------------------


def test_repairs_and_battle_damage_take_an_item_out_of_service_by_default():
    assert under_repair_by_default(MaintenanceKind.REPAIR)
    assert under_repair_by_default(MaintenanceKind.BATTLE_DAMAGE)
    assert not under_repair_by_default(MaintenanceKind.SCHEDULED_SERVICE)


def test_only_what_a_unit_holds_can_be_maintained():
    assert can_be_maintained(AssetStatus.UNSERVICEABLE)
    assert not can_be_maintained(AssetStatus.WRITTEN_OFF)


def test_opening_rules():
    ok = MaintenanceOpening(MaintenanceKind.REPAIR, TODAY, odometer_km=43_700, cost_usd=0.0)
    assert not check_opening(ok, today=TODAY, recorded_odometer_km=43_652)
    bad = MaintenanceOpening(
        MaintenanceKind.REPAIR,
        date(2025, 3, 15),
        odometer_km=40_000,
        cost_usd=-1.0,
        notes="n" * 2001,
    )
    assert check_opening(bad, today=TODAY, recorded_odometer_km=43_652).as_dict() == {
        "opened_on": "The work cannot be opened in the future.",
        "odometer_km": "The odometer cannot run backwards: it read 43,652 km on the last record.",
        "cost_usd": "The cost cannot be negative.",
        "notes": "Notes have 2,000 characters at most.",
    }
    missing = MaintenanceOpening(MaintenanceKind.REPAIR, None)
    assert check_opening(missing, today=TODAY, recorded_odometer_km=None).as_dict() == {
        "opened_on": "The opening date is required."
    }


def test_closing_rules():
    opened = date(2025, 3, 1)
    assert not check_closing(MaintenanceClosing(TODAY), opened_on=opened, today=TODAY)
    early = check_closing(MaintenanceClosing(date(2025, 2, 28)), opened_on=opened, today=TODAY)
    assert early.as_dict() == {
        "closed_on": "The work cannot be closed before it was opened (2025-03-01)."
    }
    late = check_closing(
        MaintenanceClosing(date(2025, 3, 15), cost_usd=-2.0, downtime_days=-1),
        opened_on=opened,
        today=TODAY,
    )
    assert late.as_dict() == {
        "closed_on": "The work cannot be closed in the future.",
        "cost_usd": "The cost cannot be negative.",
        "downtime_days": "The downtime cannot be negative.",
    }
    long = check_closing(MaintenanceClosing(TODAY, downtime_days=15), opened_on=opened, today=TODAY)
    assert long.as_dict() == {
        "downtime_days": "The downtime cannot be longer than the 14 days the work was open."
    }
    missing = check_closing(MaintenanceClosing(None), opened_on=opened, today=TODAY)
    assert missing.as_dict() == {"closed_on": "The closing date is required."}


def test_downtime_and_the_next_service():
    assert downtime_days(date(2025, 3, 1), TODAY) == 13
    assert next_service_after(TODAY, 43_652, 180, 5_000) == (date(2025, 9, 10), 48_652)
    assert next_service_after(TODAY, None, 90, 5_000) == (date(2025, 6, 12), None)
    assert next_service_after(TODAY, 100, None, None) == (None, None)
