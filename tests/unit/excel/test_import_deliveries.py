"""The deliveries importer: a delivery per waybill of a pledge, received as the receiving form
receives one (items tagged, stock raised, the pledge and the requisition following), held to what
is still outstanding, imported whole, and unchanged when imported again."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from people_import_helpers import TODAY, apply_rows, errors, outcomes, plan_rows, row
from sqlmodel import select
from supply_import_helpers import (
    REQUISITION,
    movements,
    pledge,
    requisition_status,
    stock_lines,
    supply_mission,
)

from lsa_desktop.domain.enums import (
    Acquisition,
    AssetStatus,
    Condition,
    Owner,
    PledgeStatus,
    RequisitionStatus,
)
from lsa_desktop.excel.importer import import_file
from lsa_desktop.excel.kinds import DELIVERIES, PLEDGES
from lsa_desktop.excel.model import Outcome
from lsa_desktop.store.models import Asset, Delivery, DeliveryLine

NEW, UPDATED, UNCHANGED, SKIPPED = Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED
ARRIVED = date(2026, 11, 20)
PLEDGE = "NO-2026-01"


@pytest.fixture
def store(tmp_store):
    supply_mission(tmp_store)
    lines = [
        row(2, donor="Norway", reference=PLEDGE, pledged_on=date(2026, 11, 2), unit="KE-FPU-1",
            equipment_code="COM-RAD-HH", quantity=12, requisition=REQUISITION),
        row(3, donor="Norway", reference=PLEDGE, pledged_on=date(2026, 11, 2), unit="KE-FPU-1",
            equipment_code="FLD-TENT", quantity=4, requisition=REQUISITION),
    ]  # fmt: skip
    assert outcomes(apply_rows(tmp_store, "pledges", lines)) == [NEW, NEW]
    return tmp_store


def received(number, code, quantity, accepted=None, waybill="WB-1", **more):
    values = {
        "pledge": PLEDGE,
        "delivered_on": ARRIVED,
        "equipment_code": code,
        "quantity_received": quantity,
        "quantity_accepted": accepted,
        "waybill": waybill,
        **more,
    }
    return row(number, **values)


def donated(store) -> list[Asset]:
    with store.read() as session:
        return list(session.exec(select(Asset).order_by(Asset.tag)))


def test_a_delivery_brings_items_and_stock_into_the_unit(store):
    rows = [
        received(2, "COM-RAD-HH", 5, condition=Condition.GOOD),
        received(3, "FLD-TENT", 4, condition=Condition.MAJOR_DAMAGE),
    ]

    plan = apply_rows(store, "deliveries", rows)

    assert outcomes(plan) == [NEW, NEW]
    radios = donated(store)
    assert [a.tag for a in radios] == [f"COM-RAD-HH-{n:06d}" for n in range(1, 6)]
    assert {(a.owner, a.acquisition, a.status, a.condition, a.acquired_on) for a in radios} == {
        (Owner.DONOR, Acquisition.DONATION, AssetStatus.IN_SERVICE, Condition.GOOD, ARRIVED)
    }
    assert stock_lines(store) == {("KE-FPU-1", "FLD-TENT"): (4, 0)}  # damaged: unserviceable
    assert movements(store) == [("DELIVERY", 4, 0)]
    assert pledge(store, PLEDGE).status is PledgeStatus.PARTIALLY_DELIVERED
    assert requisition_status(store) is RequisitionStatus.PARTIALLY_FULFILLED
    with store.read() as session:
        delivery = session.exec(select(Delivery)).one()
        assert (delivery.waybill_reference, delivery.delivered_on) == ("WB-1", ARRIVED)
        assert delivery.received_by == "Sgt J. Otieno"  # who imported it
        assert len(session.exec(select(DeliveryLine)).all()) == 2


def test_two_waybills_deliver_the_pledge_and_a_reimport_changes_nothing(store):
    rows = [
        received(2, "COM-RAD-HH", 5),
        received(3, "COM-RAD-HH", 7, waybill="WB-2"),
        received(4, "FLD-TENT", 4, waybill="WB-2"),
    ]

    plan = apply_rows(store, "deliveries", rows)

    assert outcomes(plan) == [NEW, NEW, NEW]
    assert pledge(store, PLEDGE).status is PledgeStatus.DELIVERED
    assert len(donated(store)) == 12

    again = apply_rows(store, "deliveries", rows)

    assert outcomes(again) == [UNCHANGED, UNCHANGED, UNCHANGED]
    assert len(donated(store)) == 12


def test_a_recorded_delivery_is_not_overwritten_but_a_missing_line_is_added(store):
    apply_rows(store, "deliveries", [received(2, "COM-RAD-HH", 5)])

    plan = apply_rows(
        store, "deliveries", [received(2, "COM-RAD-HH", 6), received(3, "FLD-TENT", 2)]
    )

    assert outcomes(plan) == [SKIPPED, SKIPPED]
    assert errors(plan)[2] == [
        (
            "quantity_received",
            "Waybill WB-1 already records COM-RAD-HH: 5 received, 5 accepted (new). A recorded "
            "delivery is not changed by an import: undo it in the window, then import again.",
        )
    ]
    assert errors(plan)[3][0][0] == "waybill"  # imported whole

    plan = apply_rows(
        store, "deliveries", [received(2, "COM-RAD-HH", 5), received(3, "FLD-TENT", 2)]
    )

    assert outcomes(plan) == [UNCHANGED, NEW]
    with store.read() as session:
        assert len(session.exec(select(Delivery)).all()) == 1
        assert len(session.exec(select(DeliveryLine)).all()) == 2


def test_what_the_receiving_form_refuses_is_refused_at_its_cell(store):
    rows = [
        received(2, "COM-RAD-HH", 20),
        received(3, "FLD-TENT", 4, 3, waybill="WB-2"),
        received(4, "PPE-HELM", 1, waybill="WB-3"),
        received(5, "FLD-TENT", 1, waybill=None),
        received(6, "COM-RAD-HH", 1, waybill="WB-4", delivered_on=date(2026, 10, 1)),
        received(7, "COM-RAD-HH", 1, waybill="WB-5", pledge="NOPE"),
    ]

    plan = plan_rows(store, "deliveries", rows)

    assert set(outcomes(plan)) == {SKIPPED}
    found = errors(plan)
    assert found[2] == [
        (
            "quantity_received",
            "20 received is more than the 12 still outstanding on this pledge line. Record 12 "
            "here and add the extra to the pledge as a new line first, or record it as a new "
            "pledge.",
        )
    ]
    assert found[3] == [
        (
            "discrepancy_reason",
            "1 of the 4 received were not accepted: say why (damaged, wrong model, missing "
            "parts...).",
        )
    ]
    assert found[4] == [
        (
            "equipment_code",
            "Pledge NO-2026-01 has no line of PPE-HELM: check the equipment code or the pledge.",
        )
    ]
    assert found[5] == [("waybill", "The waybill reference is required.")]
    assert found[6] == [
        ("delivered_on", "The delivery date cannot be before the pledge was made (2026-11-02).")
    ]
    assert found[7] == [
        (
            "pledge",
            "There is no pledge 'NOPE': check the reference, or import the pledge first.",
        )
    ]


def test_a_waybill_is_held_to_what_earlier_ones_in_the_file_left(store):
    rows = [received(2, "COM-RAD-HH", 10), received(3, "COM-RAD-HH", 5, waybill="WB-2")]

    plan = plan_rows(store, "deliveries", rows)

    assert outcomes(plan) == [NEW, SKIPPED]
    assert "still outstanding" in errors(plan)[3][0][1]


def test_a_withdrawn_pledge_takes_no_delivery(store):
    apply_rows(
        store,
        "pledges",
        [row(2, donor="Norway", reference=PLEDGE, pledged_on=date(2026, 11, 2), unit="KE-FPU-1",
             equipment_code="FLD-TENT", quantity=4, status=PledgeStatus.WITHDRAWN)],
    )  # fmt: skip

    plan = plan_rows(store, "deliveries", [received(2, "FLD-TENT", 4)])

    assert errors(plan) == {
        2: [
            (
                "pledge",
                "A withdrawn pledge cannot take a delivery: it was withdrawn, which is final. "
                "Record anything more from the donor as a new pledge.",
            )
        ]
    }
    assert outcomes(plan) == [SKIPPED]


def workbook(path, headers, *rows):
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for values in rows:
        sheet.append(values)
    book.save(path)
    return path


def test_pledges_and_deliveries_come_in_from_workbooks(tmp_store, tmp_path):
    supply_mission(tmp_store)
    pledges = workbook(
        tmp_path / "pledges.xlsx",
        PLEDGES.headers,
        ["Japan", "JP-7", date(2026, 11, 5), "KE-FPU-1", "COM-RAD-HH", 6, None, None, "Committed",
         REQUISITION],
        ["Japan", "JP-7", date(2026, 11, 5), "KE-SWAT", "PPE-HELM", 40, 300, None, "Committed",
         None],
    )  # fmt: skip
    deliveries = workbook(
        tmp_path / "deliveries.xlsx",
        DELIVERIES.headers,
        ["JP-7", date(2026, 11, 25), "COM-RAD-HH", 6, 6, "New", "AWB 176-1234"],
        ["JP-7", date(2026, 11, 25), "PPE-HELM", 40, None, None, "AWB 176-1234"],
    )

    first = import_file(tmp_store, pledges, "pledges", user="Sgt Otieno", today=TODAY)
    second = import_file(tmp_store, deliveries, "deliveries", user="Sgt Otieno", today=TODAY)

    assert (first.new, first.created, first.errors) == (2, ("Donor Japan created.",), ())
    assert (second.new, second.errors) == (2, ())
    japan = pledge(tmp_store, "JP-7")
    assert (japan.status, japan.value_usd) == (PledgeStatus.DELIVERED, 6 * 800.0 + 40 * 300.0)
    assert stock_lines(tmp_store) == {("KE-SWAT", "PPE-HELM"): (40, 40)}
    assert len(donated(tmp_store)) == 6
    again = import_file(tmp_store, deliveries, "deliveries", user="Sgt Otieno", today=TODAY)
    assert (again.new, again.unchanged) == (0, 2)
