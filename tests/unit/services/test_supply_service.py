"""The requisition and donor lists: counts and money summed in SQL, checked against hand sums."""

from __future__ import annotations

from datetime import date

import pytest

from lsa_desktop.domain.enums import (
    DonorType,
    PledgeKind,
    PledgeStatus,
    Priority,
    RequisitionStatus,
    UnitType,
)
from lsa_desktop.services.supply import SupplyService
from lsa_desktop.store.models import (
    Contingent,
    Delivery,
    DeliveryLine,
    Donor,
    EquipmentCategory,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)


@pytest.fixture
def world(tmp_store):
    """One unit, two equipment types; ids handed back for the tests to build on."""
    with tmp_store.write() as s:
        ken = Contingent(country_code="KE", name="Kenya")
        comms = EquipmentCategory(code="COMMS", name="Communications", critical=True)
        s.add_all([ken, comms])
        s.flush()
        unit = Unit(
            code="KEN-FPU-1",
            name="1st Formed Police Unit",
            unit_type=UnitType.FPU,
            contingent_id=ken.id,
        )
        radio = EquipmentType(
            code="RAD-HH", name="Handheld radio", category_id=comms.id, unit_value_usd=800.0
        )
        nvg = EquipmentType(
            code="NVG", name="Night-vision goggles", category_id=comms.id, unit_value_usd=4000.0
        )
        s.add_all([unit, radio, nvg])
    return tmp_store, unit.id, radio.id, nvg.id


def test_requisitions_count_and_value_their_lines(world):
    store, unit_id, radio_id, nvg_id = world
    with store.write() as s:
        old = Requisition(
            reference="REQ-2025-0001",
            unit_id=unit_id,
            requested_by="Insp. Otieno",
            requested_on=date(2025, 3, 1),
            priority=Priority.URGENT,
            status=RequisitionStatus.APPROVED,
            required_by=date(2025, 4, 1),
            justification="Radios and goggles for night patrols.",
        )
        new = Requisition(
            reference="REQ-2025-0002",
            unit_id=unit_id,
            requested_by="Insp. Otieno",
            requested_on=date(2025, 5, 2),
        )
        s.add_all([old, new])
        s.flush()
        s.add_all(
            [
                RequisitionLine(
                    requisition_id=old.id,
                    equipment_type_id=radio_id,
                    quantity_requested=40,
                    unit_cost_usd=800.0,
                ),
                RequisitionLine(
                    requisition_id=old.id,
                    equipment_type_id=nvg_id,
                    quantity_requested=12,
                    unit_cost_usd=4000.0,
                ),
            ]
        )

    rows = SupplyService(store).requisitions()

    assert [r.reference for r in rows] == ["REQ-2025-0002", "REQ-2025-0001"]  # newest first
    empty, full = rows
    assert (empty.line_count, empty.total_usd, empty.required_by) == (0, 0.0, None)
    assert empty.status is RequisitionStatus.DRAFT and empty.priority is Priority.ROUTINE
    assert full.unit_code == "KEN-FPU-1"
    assert full.line_count == 2
    assert full.total_usd == 40 * 800.0 + 12 * 4000.0
    assert full.requested_on == date(2025, 3, 1) and full.required_by == date(2025, 4, 1)
    assert full.justification == "Radios and goggles for night patrols."


def _pledge(s, donor, reference, status, lines, unit_id):
    pledge = Pledge(
        reference=reference, donor_id=donor.id, pledged_on=date(2025, 1, 10), status=status
    )
    s.add(pledge)
    s.flush()
    made = []
    for type_id, quantity, value in lines:
        line = PledgeLine(
            pledge_id=pledge.id,
            unit_id=unit_id,
            equipment_type_id=type_id,
            quantity=quantity,
            unit_value_usd=value,
        )
        s.add(line)
        made.append(line)
    s.flush()
    return pledge, made


def test_donor_money_pledged_delivered_and_outstanding(world):
    store, unit_id, radio_id, nvg_id = world
    with store.write() as s:
        canada = Donor(name="Canada", country_code="CA")
        usa = Donor(name="United States", country_code="US")
        fund = Donor(name="UN Trust Fund", donor_type=DonorType.MULTILATERAL)
        s.add_all([canada, usa, fund])
        s.flush()
        # Canada: an open pledge partly delivered, a closed one that fell short, a withdrawn one.
        open_p, (radios, goggles) = _pledge(
            s,
            canada,
            "PL-1",
            PledgeStatus.PARTIALLY_DELIVERED,
            [(radio_id, 100, 800.0), (nvg_id, 10, 4000.0)],
            unit_id,
        )
        closed_p, (closed_radios,) = _pledge(
            s, canada, "PL-2", PledgeStatus.CLOSED, [(radio_id, 50, 800.0)], unit_id
        )
        _pledge(s, canada, "PL-3", PledgeStatus.WITHDRAWN, [(nvg_id, 5, 4000.0)], unit_id)
        # United States: over-delivered against its only line (owes nothing, not less than nothing).
        us_p, (us_radios,) = _pledge(
            s, usa, "PL-4", PledgeStatus.DELIVERED, [(radio_id, 20, 800.0)], unit_id
        )
        for pledge, deliveries in (
            (open_p, [(radios, 30, 25), (radios, 20, 20), (goggles, 10, 10)]),
            (closed_p, [(closed_radios, 40, 40)]),
            (us_p, [(us_radios, 22, 22)]),
        ):
            delivery = Delivery(pledge_id=pledge.id, delivered_on=date(2025, 2, 1))
            s.add(delivery)
            s.flush()
            s.add_all(
                DeliveryLine(
                    delivery_id=delivery.id,
                    pledge_line_id=line.id,
                    quantity_received=received,
                    quantity_accepted=accepted,
                )
                for line, received, accepted in deliveries
            )

    rows = {row.name: row for row in SupplyService(store).donors()}

    assert list(rows) == ["Canada", "UN Trust Fund", "United States"]  # by name
    ca = rows["Canada"]
    assert ca.pledge_count == 2  # the withdrawn pledge is not counted
    assert ca.pledged_usd == 100 * 800 + 10 * 4000 + 50 * 800
    assert ca.delivered_usd == (25 + 20) * 800 + 10 * 4000 + 40 * 800
    assert (
        ca.outstanding_usd == (100 - 45) * 800
    )  # goggles complete; the closed pledge owes nothing
    us = rows["United States"]
    assert (us.pledge_count, us.pledged_usd, us.delivered_usd, us.outstanding_usd) == (
        1,
        20 * 800,
        22 * 800,
        0,
    )
    fund = rows["UN Trust Fund"]
    assert fund.donor_type is DonorType.MULTILATERAL
    assert (fund.pledge_count, fund.pledged_usd, fund.delivered_usd, fund.outstanding_usd) == (
        0,
        0.0,
        0.0,
        0.0,
    )


def test_archived_donors_are_not_listed(world):
    store = world[0]
    with store.write() as s:
        s.add_all([Donor(name="Active"), Donor(name="Gone", archived=True)])
    assert [row.name for row in SupplyService(store).donors()] == ["Active"]


def test_pledges_without_lines_count_at_their_value(world):
    """Cash to the trust fund: received once delivered or closed, owed while open."""
    store = world[0]
    with store.write() as s:
        fund = Donor(name="UN Trust Fund", donor_type=DonorType.MULTILATERAL)
        s.add(fund)
        s.flush()
        for reference, status, value in (
            ("CASH-1", PledgeStatus.CLOSED, 18_000_000.0),
            ("CASH-2", PledgeStatus.COMMITTED, 5_000_000.0),
            ("CASH-3", PledgeStatus.WITHDRAWN, 1_000_000.0),
        ):
            s.add(
                Pledge(
                    reference=reference,
                    donor_id=fund.id,
                    pledged_on=date(2025, 1, 1),
                    kind=PledgeKind.CASH,
                    status=status,
                    value_usd=value,
                )
            )

    [row] = SupplyService(store).donors()

    assert row.pledge_count == 2
    assert row.pledged_usd == 23_000_000.0
    assert row.delivered_usd == 18_000_000.0
    assert row.outstanding_usd == 5_000_000.0
