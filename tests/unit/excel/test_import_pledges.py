"""The pledges importer: a pledge per reference with a line per row, donors created when new,
lines answering requisition lines (a line recorded otherwise kept as it is), statuses typed only
where the pledge's states allow, and a pledge imported whole."""

from __future__ import annotations

from datetime import date

import pytest
from people_import_helpers import TODAY, apply_rows, errors, outcomes, plan_rows, row, warnings
from sqlmodel import select
from supply_import_helpers import REQUISITION, pledge, pledge_lines, supply_mission

from lsa_desktop.domain.enums import PledgeStatus
from lsa_desktop.excel.model import Outcome
from lsa_desktop.store.models import (
    Donor,
    EquipmentType,
    Pledge,
    PledgeLine,
    RequisitionLine,
    Unit,
)

NEW, UPDATED, UNCHANGED, SKIPPED = Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED
PLEDGED_ON = date(2026, 11, 2)


@pytest.fixture
def store(tmp_store):
    supply_mission(tmp_store)
    return tmp_store


def line(number, reference="NO-2026-01", unit="KE-FPU-1", code="COM-RAD-HH", quantity=10, **more):
    values = {
        "donor": "Norway",
        "reference": reference,
        "pledged_on": PLEDGED_ON,
        "unit": unit,
        "equipment_code": code,
        "quantity": quantity,
        **more,
    }
    return row(number, **values)


def test_a_pledge_is_made_of_its_rows_and_a_new_donor_is_created(store):
    rows = [
        line(2, quantity=12, requisition=REQUISITION),
        line(3, code="FLD-TENT", quantity=4, unit_value_usd=1500.0),
        line(4, reference="CA-1", unit="JM-FPU", donor="canada", quantity=5),
    ]

    plan = apply_rows(store, "pledges", rows)

    assert outcomes(plan) == [NEW, NEW, NEW]
    assert plan.created == ["Donor Norway will be created."]
    assert pledge_lines(store) == {
        ("NO-2026-01", "KE-FPU-1", "COM-RAD-HH"): (12, 800.0, True),  # the requisition's cost
        ("NO-2026-01", "KE-FPU-1", "FLD-TENT"): (4, 1500.0, False),
        ("CA-1", "JM-FPU", "COM-RAD-HH"): (5, 850.0, False),  # the catalogue's value
    }
    norway = pledge(store, "NO-2026-01")
    assert (norway.status, norway.value_usd, norway.pledged_on) == (
        PledgeStatus.PLEDGED,
        12 * 800.0 + 4 * 1500.0,
        PLEDGED_ON,
    )
    with store.read() as session:
        donor = session.exec(select(Donor).where(Donor.name == "Norway")).one()
    assert norway.donor_id == donor.id


def test_a_pledge_reimported_is_unchanged_and_a_changed_line_updated(store):
    rows = [line(2, requisition=REQUISITION), line(3, code="FLD-TENT", quantity=4)]
    apply_rows(store, "pledges", rows)

    assert outcomes(plan_rows(store, "pledges", rows)) == [UNCHANGED, UNCHANGED]

    plan = apply_rows(
        store,
        "pledges",
        [line(2, quantity=20), line(4, unit="KE-SWAT", code="FLD-TENT", quantity=1)],
    )

    assert outcomes(plan) == [UPDATED, NEW]
    found = pledge_lines(store)
    assert found[("NO-2026-01", "KE-FPU-1", "COM-RAD-HH")] == (20, 800.0, True)  # link kept
    assert len(found) == 3  # the line the file does not list stays
    assert pledge(store, "NO-2026-01").value_usd == 20 * 800.0 + 4 * 1450.0 + 1450.0


def test_the_rows_of_a_pledge_say_the_same_and_it_is_imported_whole(store):
    rows = [
        line(2),
        line(3, code="FLD-TENT", pledged_on=date(2026, 11, 3)),
        line(4, code="PPE-HELM", quantity=0),
    ]

    plan = plan_rows(store, "pledges", rows)

    assert outcomes(plan) == [SKIPPED, SKIPPED, SKIPPED]
    found = errors(plan)
    assert found[3] == [
        (
            "pledged_on",
            "Row 2 gives pledge NO-2026-01 another date: the rows of a pledge say the same of it. "
            "Make them agree.",
        )
    ]
    assert found[2] == [
        (
            "reference",
            "Pledge NO-2026-01 is imported whole, and row 3 of it has errors: fix it to import "
            "this row.",
        )
    ]
    assert found[4][0][0] == "reference"


def test_the_pledge_forms_rules_are_said_at_the_cells(store):
    rows = [
        line(2, quantity=0),
        line(3, reference="X-2", pledged_on=date(2027, 1, 1), expected_delivery=date(2026, 12, 1)),
        line(4, reference="X-3", unit="KE-SWAT", requisition=REQUISITION),
        line(5, reference="X-4", code="PPE-VEST", requisition=REQUISITION),
    ]

    plan = plan_rows(store, "pledges", rows)

    found = errors(plan)
    assert found[2] == [("quantity", "The quantity must be at least 1.")]
    assert dict(found[3]) == {
        "pledged_on": "The pledge date cannot be in the future.",
        "expected_delivery": "The expected delivery cannot be before the pledge date.",
    }
    assert found[4] == [
        (
            "unit",
            "Requisition REQ-2026-0001 is for another unit than KE-SWAT: check the unit or the "
            "requisition.",
        )
    ]
    assert found[5] == [
        (
            "requisition",
            "Requisition REQ-2026-0001 asks for no PPE-VEST: check the equipment code or the "
            "requisition.",
        )
    ]


def test_statuses_are_typed_only_where_the_pledge_allows(store):
    apply_rows(store, "pledges", [line(2, reference="OLD")])
    rows = [
        line(2, status=PledgeStatus.COMMITTED),
        line(3, reference="B", status=PledgeStatus.DELIVERED),
        line(4, reference="C", status=PledgeStatus.CLOSED),
        line(5, reference="OLD", status=PledgeStatus.COMMITTED),
    ]

    plan = apply_rows(store, "pledges", rows)

    assert outcomes(plan) == [NEW, NEW, SKIPPED, UPDATED]
    assert pledge(store, "NO-2026-01").status is PledgeStatus.COMMITTED
    assert pledge(store, "B").status is PledgeStatus.PLEDGED
    assert pledge(store, "OLD").status is PledgeStatus.COMMITTED
    assert warnings(plan) == {
        3: [
            (
                "status",
                "Delivered follows from the deliveries recorded and is never typed: pledge B "
                "stays pledged.",
            )
        ]
    }
    assert errors(plan) == {
        4: [
            (
                "status",
                "A pledge not yet committed cannot be closed: nothing has arrived yet. Record its "
                "deliveries, or withdraw it if the donor will not deliver.",
            )
        ]
    }

    again = plan_rows(store, "pledges", [line(2, reference="OLD", status=PledgeStatus.PLEDGED)])

    assert outcomes(again) == [UNCHANGED]
    assert warnings(again)[2] == [
        ("status", "Pledge OLD is committed already: the status pledged is left as it is.")
    ]


def test_an_empty_pledge_date_is_the_stored_one_else_today(store):
    apply_rows(store, "pledges", [line(2, pledged_on=None), line(3, reference="B")])

    assert pledge(store, "NO-2026-01").pledged_on == TODAY
    plan = apply_rows(store, "pledges", [line(2, reference="B", pledged_on=None, quantity=11)])

    assert outcomes(plan) == [UPDATED]
    assert pledge(store, "B").pledged_on == PLEDGED_ON


def test_a_line_recorded_for_another_unit_of_a_requisition_keeps_its_unit_and_link(store):
    """As a mission-wide requisition's lines are pledged unit by unit (the demo mission does)."""
    with store.write() as session:
        wanted = session.exec(
            select(RequisitionLine).join(EquipmentType).where(EquipmentType.code == "COM-RAD-HH")
        ).one()
        units = {unit.code: unit.id for unit in session.exec(select(Unit))}
        canada = session.exec(select(Donor).where(Donor.name == "Canada")).one()
        kept = Pledge(reference="CA-9", donor_id=canada.id, pledged_on=PLEDGED_ON)
        session.add(kept)
        session.flush()
        for unit in ("KE-SWAT", "KE-FPU-2"):
            session.add(
                PledgeLine(
                    pledge_id=kept.id,
                    requisition_line_id=wanted.id,
                    unit_id=units[unit],
                    equipment_type_id=wanted.equipment_type_id,
                    quantity=5,
                    unit_value_usd=800.0,
                )
            )
    rows = [
        line(2, "CA-9", "KE-SWAT", donor="Canada", quantity=5, requisition=REQUISITION),
        line(3, "CA-9", "KE-FPU-2", donor="Canada", quantity=7, requisition=REQUISITION),
        line(4, "CA-9", "JM-FPU", donor="Canada", quantity=1, requisition=REQUISITION),
    ]

    plan = plan_rows(store, "pledges", rows)

    assert errors(plan)[4] == [
        (
            "unit",
            "Requisition REQ-2026-0001 is for another unit than JM-FPU: check the unit or the "
            "requisition.",
        )
    ]
    plan = apply_rows(store, "pledges", rows[:2])

    assert outcomes(plan) == [UNCHANGED, UPDATED]
    found = pledge_lines(store)
    assert found[("CA-9", "KE-FPU-2", "COM-RAD-HH")] == (7, 800.0, True)
    assert found[("CA-9", "KE-SWAT", "COM-RAD-HH")] == (5, 800.0, True)
