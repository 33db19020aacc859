"""The gap's supply side: what open requisitions still want, what donors delivered, what nothing
answers yet (holdings columns and the register), what covers a gap, and drafts made from gaps."""

from __future__ import annotations

import uuid
from datetime import date
from types import SimpleNamespace

import pytest
from factories import MissionBuilder
from sqlalchemy import select

from lsa_desktop.domain.enums import AssetStatus, PledgeStatus, Priority, RequisitionStatus
from lsa_desktop.errors import UserError
from lsa_desktop.services.equipment import HoldingsRegister
from lsa_desktop.services.holdings import holdings_query
from lsa_desktop.services.query import ListQuery
from lsa_desktop.services.readiness import ReadinessService
from lsa_desktop.services.requisitions import GapRequest, RequisitionService
from lsa_desktop.store.models import (
    Delivery,
    DeliveryLine,
    Donor,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)

S = RequisitionStatus
TODAY = date(2026, 3, 10)


class Supply:
    """Requisitions and pledges written row by row, as the services would leave them."""

    def __init__(self, session) -> None:
        self.session = session
        self.donor = Donor(name="United Kingdom", country_code="GB")
        self._add(self.donor)
        self.requisitions = 0

    def _add(self, row):
        self.session.add(row)
        self.session.flush()
        return row

    def requisition(self, unit, status, *lines) -> list[RequisitionLine]:
        """``lines``: (equipment type, requested, approved or None)."""
        self.requisitions += 1
        requisition = self._add(
            Requisition(
                reference=f"REQ-2026-{self.requisitions:04d}",
                unit_id=unit.id,
                requested_by="Sgt Otieno",
                requested_on=TODAY,
                status=status,
            )
        )
        return [
            self._add(
                RequisitionLine(
                    requisition_id=requisition.id,
                    equipment_type_id=kind.id,
                    quantity_requested=requested,
                    quantity_approved=approved,
                )
            )
            for kind, requested, approved in lines
        ]

    def pledge(self, reference, status, unit, kind, quantity, accepted=(), answers=None):
        pledge = self._add(
            Pledge(reference=reference, donor_id=self.donor.id, pledged_on=TODAY, status=status)
        )
        line = self._add(
            PledgeLine(
                pledge_id=pledge.id,
                requisition_line_id=answers.id if answers else None,
                unit_id=unit.id,
                equipment_type_id=kind.id,
                quantity=quantity,
            )
        )
        for got in accepted:
            delivery = self._add(Delivery(pledge_id=pledge.id, delivered_on=TODAY))
            self._add(
                DeliveryLine(
                    delivery_id=delivery.id,
                    pledge_line_id=line.id,
                    quantity_received=got,
                    quantity_accepted=got,
                )
            )


@pytest.fixture
def world(tmp_store):
    """KEN-FPU-1 is authorised 20 goggles and holds 5 that work; 10 radios, all there; 6 tents
    (not critical), 2 held. JAM-FPU-1 is authorised 4 goggles and holds none."""
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        comms = m.category("COM", critical=True, sort_order=1)
        camp = m.category("CAMP", sort_order=2)
        w = SimpleNamespace(
            ken=m.unit("KEN-FPU-1"),
            jam=m.unit("JAM-FPU-1"),
            nvg=m.equipment("NVG", comms),
            radio=m.equipment("RADIO", comms),
            tent=m.equipment("TENT", camp, serialised=False),
            drone=m.equipment("DRONE", comms),
        )
        w.nvg.unit_value_usd, w.radio.unit_value_usd, w.tent.unit_value_usd = 4000, 800, 250
        m.authorise(w.ken, w.nvg, 20)
        m.assets(w.ken, w.nvg, 5)
        m.assets(w.ken, w.nvg, 2, AssetStatus.UNDER_REPAIR)
        m.authorise(w.ken, w.radio, 10)
        m.assets(w.ken, w.radio, 10)
        m.authorise(w.ken, w.tent, 6)
        m.stock(w.ken, w.tent, on_hand=2, serviceable=2)
        m.authorise(w.jam, w.nvg, 4)
    return w


@pytest.fixture
def supplied(tmp_store, world):
    """Goggles for KEN-FPU-1: an approved requisition wanting 10 (of 12 asked) that three pledges
    answer (open 4 with 1 in, closed short 3 with 2 in, withdrawn 5), a direct open pledge of 2,
    and requisitions that no longer count (cancelled, fulfilled). Two radios requested arrived."""
    with tmp_store.write() as session:
        supply = Supply(session)
        (wanted,) = supply.requisition(world.ken, S.APPROVED, (world.nvg, 12, 10))
        supply.pledge(
            "GB-01", PledgeStatus.PARTIALLY_DELIVERED, world.ken, world.nvg, 4, (1,), wanted
        )
        supply.pledge("GB-02", PledgeStatus.CLOSED, world.ken, world.nvg, 3, (2,), wanted)
        supply.pledge("GB-03", PledgeStatus.WITHDRAWN, world.ken, world.nvg, 5, (), wanted)
        supply.pledge("GB-04", PledgeStatus.COMMITTED, world.ken, world.nvg, 2)
        supply.requisition(world.ken, S.CANCELLED, (world.nvg, 50, None))
        supply.requisition(world.ken, S.FULFILLED, (world.nvg, 7, 7))
        supply.requisition(world.ken, S.DRAFT, (world.tent, 3, None))
        # Only requested (never authorised, held or pledged): makes no holdings row.
        supply.requisition(world.jam, S.SUBMITTED, (world.drone, 2, None))
        # Radios: still partly fulfilled, but the radio line has all it wanted.
        radio, _nvg = supply.requisition(
            world.ken, S.PARTIALLY_FULFILLED, (world.radio, 2, 2), (world.nvg, 1, 1)
        )
        supply.pledge("GB-05", PledgeStatus.DELIVERED, world.ken, world.radio, 2, (2,), radio)
    return world


def figures(store) -> dict[tuple[str, str], tuple[int, ...]]:
    """{(unit, type): (authorised, serviceable, pledged open, gap, requested open,
    requested unpledged, delivered, uncovered)}"""
    h = holdings_query()
    names = (
        "authorised",
        "serviceable",
        "pledged_open",
        "gap",
        "requested_open",
        "requested_unpledged",
        "delivered",
        "uncovered",
    )
    statement = (
        select(Unit.code, EquipmentType.code, *(h.c[name] for name in names))
        .join(Unit, Unit.id == h.c.unit_id)
        .join(EquipmentType, EquipmentType.id == h.c.equipment_type_id)
    )
    with store.read() as session:
        return {(u, t): tuple(rest) for u, t, *rest in session.execute(statement)}


def test_the_holdings_say_what_is_requested_delivered_and_uncovered(tmp_store, supplied):
    # Goggles: pledged open = (4 - 1) + 2 = 5; gap = 20 - 5 - 5 = 10.
    # Wanted 10 + 1 (approved), accepted 1 + 2 = 3: requested open 7 + 1.
    # Covered: open 4, closed 2 (what came), withdrawn 0 = 6: requested unpledged 4 + 1.
    # Uncovered: 10 - 5 = 5. Delivered: 1 + 2.
    assert figures(tmp_store) == {
        ("KEN-FPU-1", "NVG"): (20, 5, 5, 10, 8, 5, 3, 5),
        ("KEN-FPU-1", "RADIO"): (10, 10, 0, 0, 0, 0, 2, 0),
        ("KEN-FPU-1", "TENT"): (6, 2, 0, 4, 3, 3, 0, 1),
        ("JAM-FPU-1", "NVG"): (4, 0, 0, 4, 0, 0, 0, 4),
    }


def test_the_supply_columns_leave_readiness_as_it_was(tmp_store, world, supplied):
    service = ReadinessService(tmp_store, today=lambda: TODAY)
    report = ReadinessService.to_json(service.report())
    ken = next(unit for unit in report["units"] if unit["code"] == "KEN-FPU-1")
    assert [c["code"] for c in ken["categories"]] == ["COM", "CAMP"]
    comms = ken["categories"][0]
    assert (comms["authorised"], comms["on_hand"], comms["serviceable"]) == (30, 17, 15)
    assert sorted((g["unit"], g["equipment_code"], g["gap"]) for g in report["gaps"]) == [
        ("JAM-FPU-1", "NVG", 4),
        ("KEN-FPU-1", "NVG", 10),
        ("KEN-FPU-1", "TENT", 4),
    ]


def test_the_register_shows_sorts_and_filters_the_supply_columns(tmp_store, supplied):
    register = HoldingsRegister(tmp_store)
    rows = register.page(ListQuery(sort_key="uncovered", descending=True), limit=10)
    assert [
        (row.unit_code, row.type_code, row.requested_open, row.delivered, row.uncovered)
        for row in rows
    ] == [
        ("KEN-FPU-1", "NVG", 8, 3, 5),
        ("JAM-FPU-1", "NVG", 0, 0, 4),
        ("KEN-FPU-1", "TENT", 3, 0, 1),
        ("KEN-FPU-1", "RADIO", 0, 2, 0),
    ]
    uncovered = register.page(ListQuery(filters={"uncovered": True}, sort_key="requested"))
    assert [(row.unit_code, row.type_code) for row in uncovered] == [
        ("JAM-FPU-1", "NVG"),
        ("KEN-FPU-1", "TENT"),
        ("KEN-FPU-1", "NVG"),
    ]
    answered = register.page(ListQuery(filters={"uncovered": False}, sort_key="delivered"))
    assert [(row.type_code, row.delivered) for row in answered] == [("RADIO", 2)]
    assert register.count(ListQuery(filters={"uncovered": True})) == 3


def test_gap_coverage_says_what_already_answers_each_gap(tmp_store, supplied):
    service = RequisitionService(tmp_store, today=lambda: TODAY)
    w = supplied
    nvg, tent, radio, jam = service.gap_coverage(
        [(w.ken.id, w.nvg.id), (w.ken.id, w.tent.id), (w.ken.id, w.radio.id), (w.jam.id, w.nvg.id)]
    )
    assert (nvg.gap, nvg.requested_open, nvg.pledged_open, nvg.uncovered) == (10, 8, 5, 5)
    assert nvg.open_requisitions == ("REQ-2026-0001", "REQ-2026-0006")
    assert nvg.requested_quantities == (7, 1)
    assert nvg.open_pledges == ("GB-01", "GB-04") and nvg.pledged_quantities == (3, 2)
    assert nvg.note == (
        "Already requested on REQ-2026-0001 (7), REQ-2026-0006 (1); pledged on GB-01 (3), "
        "GB-04 (2)."
    )
    assert (nvg.unit_code, nvg.type_code, nvg.unit_value_usd) == ("KEN-FPU-1", "NVG", 4000.0)
    assert not nvg.covered

    assert tent.note == "Already requested on REQ-2026-0004 (3)."
    assert (radio.gap, radio.note, radio.covered) == (0, "", False)
    assert (jam.gap, jam.uncovered, jam.note) == (4, 4, "")


def test_a_gap_answered_in_full_is_covered(tmp_store, world):
    with tmp_store.write() as session:
        supply = Supply(session)
        supply.requisition(world.jam, S.SUBMITTED, (world.nvg, 3, None))
        supply.pledge("GB-09", PledgeStatus.PLEDGED, world.jam, world.nvg, 1)
    service = RequisitionService(tmp_store, today=lambda: TODAY)
    (jam,) = service.gap_coverage([(world.jam.id, world.nvg.id)] * 2)
    # Gap 4 - 1 pledged = 3, all requested: nothing left for a new draft.
    assert (jam.gap, jam.uncovered, jam.covered) == (3, 0, True)
    assert jam.note == "Already requested on REQ-2026-0001 (3); pledged on GB-09 (1)."
    assert service.gap_coverage([]) == []


def test_a_unit_gone_from_the_selection_says_so(tmp_store, world):
    service = RequisitionService(tmp_store, today=lambda: TODAY)
    with pytest.raises(UserError) as gone:
        service.gap_coverage([(uuid.uuid4(), world.nvg.id)])
    assert "no longer in the database" in str(gone.value)


def test_the_critical_gaps_of_a_unit(tmp_store, world):
    service = RequisitionService(tmp_store, today=lambda: TODAY)
    assert service.critical_gap_keys(world.ken.id) == [(world.ken.id, world.nvg.id)]
    assert service.critical_gap_keys(world.jam.id) == [(world.jam.id, world.nvg.id)]


def test_drafts_from_gaps_one_per_unit_at_catalogue_values(tmp_store, world):
    service = RequisitionService(tmp_store, today=lambda: TODAY)
    drafts = service.drafts_from_gaps(
        [
            GapRequest(world.ken.id, world.nvg.id, 15),
            GapRequest(world.jam.id, world.nvg.id, 4),
            GapRequest(world.ken.id, world.tent.id, 4),
            GapRequest(world.ken.id, world.radio.id, 0),
        ],
        requested_by="Insp. Wanjiru",
    )
    assert [(d.reference, d.unit_code, d.status, d.priority) for d in drafts] == [
        ("REQ-2026-0001", "KEN-FPU-1", S.DRAFT, Priority.URGENT),
        ("REQ-2026-0002", "JAM-FPU-1", S.DRAFT, Priority.URGENT),
    ]
    ken, jam = drafts
    assert [
        (line.type_code, line.quantity_requested, line.unit_cost_usd) for line in ken.lines
    ] == [
        ("NVG", 15, 4000.0),
        ("TENT", 4, 250.0),
    ]
    assert ken.total_requested_usd == 15 * 4000 + 4 * 250
    assert ken.justification == (
        "Equipment gaps of KEN-FPU-1 against its authorised holdings: 15 x NVG name, 4 x TENT name."
    )
    assert (jam.requested_by, jam.requested_on) == ("Insp. Wanjiru", TODAY)
    assert [(line.type_code, line.quantity_requested) for line in jam.lines] == [("NVG", 4)]


def test_drafts_from_gaps_keep_a_given_justification_and_priority(tmp_store, world):
    service = RequisitionService(tmp_store, today=lambda: TODAY)
    (draft,) = service.drafts_from_gaps(
        [GapRequest(world.ken.id, world.nvg.id, 3), GapRequest(world.ken.id, world.nvg.id, 5)],
        requested_by="Insp. Wanjiru",
        priority=Priority.IMMEDIATE,
        justification="Night operations start in April.",
    )
    assert draft.priority is Priority.IMMEDIATE
    assert draft.justification == "Night operations start in April."
    assert [(line.type_code, line.quantity_requested) for line in draft.lines] == [("NVG", 5)]


def test_nothing_to_request_says_what_covers_each_gap(tmp_store, supplied):
    service = RequisitionService(tmp_store, today=lambda: TODAY)
    w = supplied
    with pytest.raises(UserError) as refused:
        service.drafts_from_gaps(
            [GapRequest(w.ken.id, w.nvg.id, 0), GapRequest(w.ken.id, w.radio.id, 0)], "Insp. W."
        )
    assert str(refused.value) == (
        "Nothing to request: every selected gap is already covered. KEN-FPU-1 NVG: Already "
        "requested on REQ-2026-0001 (7), REQ-2026-0006 (1); pledged on GB-01 (3), GB-04 (2). "
        "KEN-FPU-1 RADIO: no gap left."
    )
    with tmp_store.read() as session:
        assert session.execute(select(Requisition.reference)).scalars().all() == [
            f"REQ-2026-{n:04d}" for n in range(1, 7)
        ]
