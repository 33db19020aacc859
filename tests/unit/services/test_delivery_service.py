"""Receiving deliveries: the items and stock they bring, the pledge and requisition states that
follow, readiness and the gaps moving at once, every refusal with nothing written, and undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pledge_fixtures import TODAY, against, build_mission, direct, pledge_input
from sqlalchemy import func, insert, select

from lsa_desktop.domain.enums import (
    Acquisition,
    AssetStatus,
    Condition,
    Owner,
    PledgeStatus,
    RequisitionStatus,
    StockMovementKind,
)
from lsa_desktop.errors import ValidationFailed
from lsa_desktop.services.audit import AuditService
from lsa_desktop.services.deliveries import DeliveryInput, DeliveryLineInput, DeliveryService
from lsa_desktop.services.holdings import holdings_query
from lsa_desktop.services.pledges import PledgeAction, PledgeRefused, PledgeService
from lsa_desktop.services.readiness import ReadinessService
from lsa_desktop.store.models import (
    Asset,
    AuditEntry,
    Delivery,
    DeliveryLine,
    RequisitionLine,
    StockLine,
    StockMovement,
    Unit,
    new_id,
    utcnow,
)
from lsa_desktop.store.models import Requisition as RequisitionRow

ON = date(2025, 5, 1)


@pytest.fixture
def mission(tmp_store):
    return build_mission(tmp_store)


@pytest.fixture
def pledges(tmp_store) -> PledgeService:
    return PledgeService(tmp_store, today=lambda: TODAY)


@pytest.fixture
def service(tmp_store) -> DeliveryService:
    return DeliveryService(tmp_store, today=lambda: TODAY)


def got(line, received, accepted=None, condition=Condition.NEW, reason="", serials=()):
    accepted = received if accepted is None else accepted
    return DeliveryLineInput(line.id, received, accepted, condition, reason, tuple(serials))


def delivery(pledge, *lines, on=ON, waybill="WB-0042") -> DeliveryInput:
    return DeliveryInput(pledge.id, on, waybill, "Sgt. Mwangi", lines)


def refused(call) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.problems


def holding(store, unit_id, type_id) -> tuple[int, int, int, int] | None:
    """(on hand, serviceable, pledged and not delivered, gap) of the unit and type; None when
    it is neither authorised, held nor pledged."""
    h = holdings_query([unit_id])
    with store.read() as s:
        row = s.execute(
            select(h.c.on_hand, h.c.serviceable, h.c.pledged_open, h.c.gap).where(
                h.c.equipment_type_id == type_id
            )
        ).one_or_none()
    return None if row is None else tuple(row)


def report_gap(store, type_code):
    report = ReadinessService(store, today=lambda: TODAY).report()
    [gap] = [g for g in report.gaps if g.equipment_code == type_code]
    [unit] = [u for u in report.units if u.code == "KEN-FPU-1"]
    comms = next(c for c in unit.categories if c.code == "COMMS")
    return (gap.serviceable, gap.pledged_open, gap.gap), comms.serviceable, comms.readiness_pct


def counts(store) -> tuple[int, int, int, int]:
    with store.read() as s:
        return tuple(
            s.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Delivery, DeliveryLine, Asset, StockMovement)
        )


def test_two_partial_deliveries_fill_the_units_and_move_readiness_at_once(
    tmp_store, mission, pledges, service
):
    with tmp_store.write() as s:  # approve what the pledge will cover, to see it fulfilled
        s.get(RequisitionLine, mission.nvg_line).quantity_approved = 12
        s.get(RequisitionLine, mission.tent_line).quantity_approved = 10
    pledge = pledges.create(
        pledge_input(mission.canada, against(mission.nvg_line, 12), against(mission.tent_line, 10))
    )
    nvg, tent = pledge.lines
    assert holding(tmp_store, mission.fpu1, mission.nvg) == (10, 10, 12, 18)
    assert holding(tmp_store, mission.fpu1, mission.tent) == (5, 5, 10, 5)
    assert report_gap(tmp_store, "NVG") == ((10, 12, 18), 10, 25.0)

    first = service.record(
        delivery(
            pledge,
            got(nvg, 5, 4, reason="one cracked lens", serials=["vx-1", "VX-2", "VX-3", "VX-4"]),
            got(tent, 6),
        )
    )
    # 4 goggles in service: 4 more serviceable, 4 fewer pledged, the gap stays (they were
    # pledged); the critical category's readiness moves from 10/40 to 14/40.
    assert holding(tmp_store, mission.fpu1, mission.nvg) == (14, 14, 8, 18)
    assert holding(tmp_store, mission.fpu1, mission.tent) == (11, 11, 4, 5)
    assert report_gap(tmp_store, "NVG") == ((14, 8, 18), 14, 35.0)
    assert (first.pledge_reference, first.delivered_on, first.waybill_reference) == (
        "PLG-2025-0001",
        ON,
        "WB-0042",
    )
    goggles, tents = first.lines
    assert (goggles.quantity_received, goggles.quantity_accepted, goggles.discrepancy_reason) == (
        5,
        4,
        "one cracked lens",
    )
    assert goggles.asset_tags == ("NVG-000001", "NVG-000002", "NVG-000003", "NVG-000004")
    assert (tents.type_code, tents.quantity_accepted, tents.asset_tags) == ("TENT", 6, ())
    with tmp_store.read() as s:
        items = (
            s.execute(select(Asset).where(Asset.tag.like("NVG-%")).order_by(Asset.tag))
            .scalars()
            .all()
        )
        assert [(a.serial_number, a.unit_id, a.acquired_on) for a in items] == [
            (serial, mission.fpu1, ON) for serial in ("VX-1", "VX-2", "VX-3", "VX-4")
        ]
        assert {(a.owner, a.acquisition, a.status, a.condition) for a in items} == {
            (Owner.DONOR, Acquisition.DONATION, AssetStatus.IN_SERVICE, Condition.NEW)
        }
        assert s.get(RequisitionRow, mission.requisition).status is (
            RequisitionStatus.PARTIALLY_FULFILLED
        )
    after_first = pledges.detail(pledge.id)
    assert after_first.status is PledgeStatus.PARTIALLY_DELIVERED
    assert [(line.accepted, line.outstanding) for line in after_first.lines] == [(4, 8), (6, 4)]
    assert after_first.delivered_usd == 4 * 3900 + 6 * 1200

    # The rest: goggles without serials (tagged), tents needing maintenance (held, not working).
    second = service.record(
        delivery(
            pledge,
            got(nvg, 8),
            got(tent, 4, condition=Condition.NEEDS_MAINTENANCE),
            on=ON + timedelta(days=20),
        )
    )
    assert second.lines[0].asset_tags == tuple(f"NVG-{n:06d}" for n in range(5, 13))
    assert holding(tmp_store, mission.fpu1, mission.nvg) == (22, 22, 0, 18)
    assert holding(tmp_store, mission.fpu1, mission.tent) == (15, 11, 0, 9)  # 4 arrived broken
    assert report_gap(tmp_store, "NVG") == ((22, 0, 18), 22, 55.0)
    done = pledges.detail(pledge.id)
    assert done.status is PledgeStatus.DELIVERED
    assert done.allowed_actions == {PledgeAction.CLOSE}
    assert [len(d.lines) for d in done.deliveries] == [2, 2]  # oldest first
    assert done.deliveries[0].lines[0].asset_tags == goggles.asset_tags
    with tmp_store.read() as s:
        assert s.get(RequisitionRow, mission.requisition).status is RequisitionStatus.FULFILLED
        moves = s.execute(
            select(
                StockMovement.kind,
                StockMovement.delta_on_hand,
                StockMovement.delta_serviceable,
                StockMovement.reference,
                StockMovement.note,
            ).order_by(StockMovement.moved_on)
        ).all()
    assert moves == [
        (StockMovementKind.DELIVERY, 6, 6, "WB-0042", "Pledge PLG-2025-0001"),
        (StockMovementKind.DELIVERY, 4, 0, "WB-0042", "Pledge PLG-2025-0001"),
    ]
    assert service.receivable_lines(pledge.id) == []


def test_each_delivery_is_one_change_set_that_undo_takes_back(tmp_store, mission, pledges, service):
    pledge = pledges.create(
        pledge_input(mission.canada, against(mission.nvg_line, 12), against(mission.tent_line, 10))
    )
    before = counts(tmp_store)
    service.record(delivery(pledge, got(pledge.lines[0], 3), got(pledge.lines[1], 2)))
    with tmp_store.read() as s:
        (change,) = s.execute(
            select(AuditEntry.change_id).where(AuditEntry.table_name == "delivery").distinct()
        ).scalars()
        tables = set(
            s.execute(select(AuditEntry.table_name).where(AuditEntry.change_id == change)).scalars()
        )
    # One change set: the delivery, its lines, the items and the stock it added, the pledge and
    # the requisition whose fulfilment follows.
    assert tables == {
        "requisition",
        "delivery",
        "delivery_line",
        "asset",
        "stock_line",
        "stock_movement",
        "pledge",
    }
    AuditService(tmp_store).undo(change)
    assert counts(tmp_store) == before
    assert pledges.detail(pledge.id).status is PledgeStatus.PLEDGED
    assert holding(tmp_store, mission.fpu1, mission.tent) == (5, 5, 10, 5)


def test_a_vehicle_and_bulk_lines_for_a_unit_without_stock(tmp_store, mission, pledges, service):
    pledge = pledges.create(
        pledge_input(
            mission.usa,
            direct(mission.fpu2, mission.mrap, 2, 450_000.0),
            direct(mission.fpu2, mission.tent, 3),
        )
    )
    mrap, tent = pledge.lines
    service.record(
        delivery(
            pledge,
            got(
                mrap,
                2,
                serials=["1HTWGADT0AJ100001", "1HTWGADT0AJ100002"],
                condition=Condition.MAJOR_DAMAGE,
            ),
            got(tent, 3, condition=Condition.MINOR_DAMAGE),
        )
    )
    with tmp_store.read() as s:
        vehicles = s.execute(select(Asset).where(Asset.equipment_type_id == mission.mrap)).scalars()
        assert sorted(
            (v.tag, v.serial_number, v.registration, v.make, v.model, v.status, v.next_service_date)
            for v in vehicles
        ) == [
            (
                f"MRAP-00000{n}",
                f"1HTWGADT0AJ10000{n}",
                None,  # plates are issued after arrival, on the vehicle's form
                "Navistar",
                "MaxxPro",
                AssetStatus.UNSERVICEABLE,  # arrived with major damage
                ON + timedelta(days=90),
            )
            for n in (1, 2)
        ]
        line = s.execute(select(StockLine).where(StockLine.unit_id == mission.fpu2)).scalar_one()
        assert (line.on_hand, line.serviceable, line.archived) == (
            3,
            3,
            False,
        )  # minor damage works


@pytest.mark.parametrize("held", [5, 0])
def test_an_archived_stock_line_comes_back_holding_only_the_delivery(
    tmp_store, mission, pledges, service, held
):
    with tmp_store.write() as s:
        line = s.execute(select(StockLine).where(StockLine.unit_id == mission.fpu1)).scalar_one()
        line.on_hand = line.serviceable = held
        line.archived = True  # the unit's tents were handed back
    assert holding(tmp_store, mission.fpu1, mission.tent)[:2] == (0, 0)
    pledge = pledges.create(pledge_input(mission.usa, direct(mission.fpu1, mission.tent, 3)))
    service.record(delivery(pledge, got(pledge.lines[0], 3)))
    assert holding(tmp_store, mission.fpu1, mission.tent)[:2] == (3, 3)
    with tmp_store.read() as s:
        moves = s.execute(
            select(
                StockMovement.kind, StockMovement.delta_on_hand, StockMovement.delta_serviceable
            ).order_by(StockMovement.kind)  # COUNT before DELIVERY, alphabetically too
        ).all()
    count_down = [(StockMovementKind.COUNT, -held, -held)] if held else []
    assert moves == [*count_down, (StockMovementKind.DELIVERY, 3, 3)]


def test_a_line_refused_whole_is_recorded_and_brings_nothing(tmp_store, mission, pledges, service):
    pledge = pledges.create(
        pledge_input(
            mission.usa, direct(mission.fpu1, mission.nvg, 4), direct(mission.fpu1, mission.tent, 4)
        )
    )
    nvg, tent = pledge.lines
    service.record(delivery(pledge, got(nvg, 1)))
    before = counts(tmp_store)
    recorded = service.record(
        delivery(pledge, got(nvg, 2, 0, reason="wrong model"), got(tent, 0), on=ON, waybill="WB-2")
    )
    [line] = recorded.lines  # the tents, with nothing received, are left out
    assert (line.quantity_received, line.quantity_accepted, line.asset_tags) == (2, 0, ())
    assert line.discrepancy_reason == "wrong model"
    assert counts(tmp_store) == (before[0] + 1, before[1] + 1, before[2], before[3])
    assert pledges.detail(pledge.id).status is PledgeStatus.PARTIALLY_DELIVERED


def test_deliveries_loaded_without_the_audit_trail_show_no_tags(
    tmp_store, mission, pledges, service
):
    """The demo mission's rows are inserted in bulk: nothing records which items they made."""
    pledge = pledges.create(pledge_input(mission.usa, direct(mission.fpu1, mission.nvg, 4)))
    service.record(delivery(pledge, got(pledge.lines[0], 1), on=ON - timedelta(days=1)))
    with tmp_store.write_connection() as conn:
        delivery_id = new_id()
        now = utcnow()
        stamps = {"created_at": now, "updated_at": now}
        conn.execute(
            insert(Delivery.__table__),
            [{"id": delivery_id, "pledge_id": pledge.id, "delivered_on": ON, **stamps}],
        )
        conn.execute(
            insert(DeliveryLine.__table__),
            [
                {
                    "id": new_id(),
                    "delivery_id": delivery_id,
                    "pledge_line_id": pledge.lines[0].id,
                    "quantity_received": 2,
                    "quantity_accepted": 2,
                    "condition": Condition.NEW,
                    **stamps,
                }
            ],
        )
    recorded, loaded = pledges.detail(pledge.id).deliveries
    assert [(line.quantity_accepted, line.asset_tags) for line in recorded.lines] == [
        (1, ("NVG-000001",))
    ]
    assert [(line.quantity_accepted, line.asset_tags) for line in loaded.lines] == [(2, ())]


def test_two_lines_of_one_unit_and_type_keep_their_own_tags(mission, pledges, service):
    pledge = pledges.create(
        pledge_input(
            mission.canada, against(mission.nvg_line, 4), direct(mission.fpu1, mission.nvg, 5)
        )
    )
    first, second = pledge.lines
    recorded = service.record(delivery(pledge, got(first, 2), got(second, 3)))
    tags = {line.pledge_line_id: line.asset_tags for line in recorded.lines}
    assert sorted(len(t) for t in tags.values()) == [2, 3]
    assert (len(tags[first.id]), len(tags[second.id])) == (2, 3)
    assert sorted(tags[first.id] + tags[second.id]) == [f"NVG-{n:06d}" for n in range(1, 6)]


def test_refusals_write_nothing(tmp_store, mission, pledges, service):
    pledge = pledges.create(
        pledge_input(mission.canada, against(mission.nvg_line, 12), against(mission.tent_line, 10))
    )
    nvg, tent = pledge.lines
    with tmp_store.write() as s:
        s.add(Asset(tag="NVG-OLD-1", serial_number="vx-9", equipment_type_id=mission.nvg))
    before = counts(tmp_store)
    assert refused(
        lambda: service.record(
            delivery(
                pledge,
                got(nvg, 13),
                got(tent, 2, serials=["VX-9", "VX-8"]),
                on=date(2025, 3, 31),
            )
        )
    ) == {
        "delivered_on": "The delivery date cannot be before the pledge was made (2025-04-01).",
        "lines[0].quantity_received": "Line 1: 13 received is more than the 12 still "
        "outstanding on this pledge line. Record 12 here and add the extra to the pledge as a "
        "new line first, or record it as a new pledge.",
        "lines[1].identifiers": "Line 2 is counted in bulk: its items have no serial numbers.",
    }
    assert refused(
        lambda: service.record(delivery(pledge, got(nvg, 2, serials=["VX-1", "vx-9"])))
    ) == {
        "lines[0].identifiers": "Line 1: serial number VX-9 is already on item NVG-OLD-1 "
        "(NVG name). Check the number."
    }
    with tmp_store.write() as s:
        s.get(Unit, mission.fpu1).archived = True
    assert refused(lambda: service.record(delivery(pledge, got(tent, 1)))) == {
        "lines[0].quantity_received": "Line 1: unit KEN-FPU-1 is archived, so nothing can be "
        "received for it. Bring the unit back first."
    }
    assert counts(tmp_store) == before


def test_pledges_that_cannot_take_a_delivery(mission, pledges, service):
    withdrawn = pledges.create(pledge_input(mission.canada, against(mission.nvg_line, 2)))
    pledges.act(withdrawn.id, PledgeAction.WITHDRAW)
    with pytest.raises(PledgeRefused, match="A withdrawn pledge cannot take a delivery"):
        service.record(delivery(withdrawn, got(withdrawn.lines[0], 1)))
    assert service.receivable_lines(withdrawn.id) == []
    cash = pledges.create(pledge_input(mission.usa, value_usd=6e6))
    with pytest.raises(PledgeRefused, match="recorded by its value alone"):
        service.record(DeliveryInput(cash.id, ON, "WB", "Sgt. Mwangi", ()))
    partly = pledges.create(
        pledge_input(
            mission.usa, direct(mission.fpu1, mission.nvg, 2), direct(mission.fpu2, mission.nvg, 2)
        )
    )
    service.record(delivery(partly, got(partly.lines[0], 2)))
    [left] = service.receivable_lines(partly.id)
    assert (left.unit_code, left.outstanding) == ("KEN-FPU-2", 2)
    assert holding(pledges.store, mission.fpu2, mission.nvg) == (0, 0, 2, 0)
    pledges.act(partly.id, PledgeAction.CLOSE)  # the rest will not come
    with pytest.raises(PledgeRefused, match="A closed pledge cannot take a delivery"):
        service.record(delivery(partly, got(left, 2)))
    assert holding(pledges.store, mission.fpu2, mission.nvg) is None  # closed: owes nothing
