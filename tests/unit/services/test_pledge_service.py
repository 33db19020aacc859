"""Recording pledges through the service: references, lines from requisitions, values, edits held
back by what was delivered, the state actions, and the requisition lines a pledge can answer."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from pledge_fixtures import TODAY, against, build_mission, direct, pledge_input
from sqlmodel import select

from lsa_desktop.domain.enums import Condition, PledgeStatus, RequisitionStatus
from lsa_desktop.domain.pledge_inputs import DeliveryInput, DeliveryLineInput
from lsa_desktop.errors import UserError, ValidationFailed
from lsa_desktop.services.deliveries import DeliveryService
from lsa_desktop.services.pledges import PledgeAction, PledgeRefused, PledgeService
from lsa_desktop.store.models import (
    AuditEntry,
    Donor,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    Unit,
)

S = PledgeStatus
A = PledgeAction


@pytest.fixture
def mission(tmp_store):
    return build_mission(tmp_store)


@pytest.fixture
def service(tmp_store) -> PledgeService:
    return PledgeService(tmp_store, today=lambda: TODAY)


@pytest.fixture
def deliveries(tmp_store) -> DeliveryService:
    return DeliveryService(tmp_store, today=lambda: TODAY)


def refused(call) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.problems


def receive(deliveries, pledge, *quantities, on=date(2025, 5, 1)):
    """Receive ``quantities`` (accepted as received) against the pledge's lines, in order."""
    lines = tuple(
        DeliveryLineInput(line.id, quantity, quantity, Condition.NEW)
        for line, quantity in zip(pledge.lines, quantities, strict=False)
    )
    return deliveries.record(DeliveryInput(pledge.id, on, "WB-1", "Sgt. Mwangi", lines))


def test_a_pledge_against_a_requisition_takes_its_unit_type_and_cost(mission, service):
    pledge = service.create(
        pledge_input(mission.canada, against(mission.nvg_line, 12), against(mission.tent_line, 5))
    )
    assert pledge.reference == "PLG-2025-0001"  # the year of the pledge date
    assert (pledge.donor_name, pledge.status, pledge.kind.value) == ("Canada", S.PLEDGED, "IN_KIND")
    nvg, tent = pledge.lines  # by unit, then type
    assert (nvg.type_code, nvg.unit_code, nvg.requisition_reference) == (
        "NVG",
        "KEN-FPU-1",
        "REQ-2025-0001",
    )
    assert (nvg.unit_id, nvg.equipment_type_id) == (mission.fpu1, mission.nvg)
    assert nvg.unit_value_usd == 3900.0  # the requisition's estimate
    assert tent.unit_value_usd == 1200.0  # no estimate: the catalogue's value
    assert (nvg.accepted, nvg.outstanding, nvg.serialised, tent.serialised) == (0, 12, True, False)
    assert pledge.value_usd == 12 * 3900 + 5 * 1200  # the lines' total
    assert pledge.outstanding_usd == pledge.value_usd and pledge.delivered_usd == 0
    assert pledge.allowed_actions == {A.COMMIT, A.WITHDRAW, A.RECEIVE, A.EDIT}
    assert pledge.deliveries == () and not pledge.overdue


def test_direct_lines_and_given_values(mission, service):
    pledge = service.create(
        pledge_input(
            mission.usa,
            direct(mission.fpu2, mission.nvg, 3, 4500.0),
            direct(mission.fpu1, mission.mrap, 2),
            reference=" US-INL  2025/07 ",
        )
    )
    assert pledge.reference == "US-INL 2025/07"
    assert [(line.unit_code, line.type_code, line.unit_value_usd) for line in pledge.lines] == [
        ("KEN-FPU-1", "MRAP", 0.0),
        ("KEN-FPU-2", "NVG", 4500.0),
    ]
    assert pledge.lines[1].requisition_reference is None


def test_a_pledge_without_lines_is_worth_its_value(mission, service):
    cash = service.create(pledge_input(mission.canada, value_usd=8_700_000.0))
    assert (cash.value_usd, cash.outstanding_usd, cash.lines, cash.itemised) == (
        8_700_000.0,
        8_700_000.0,
        (),
        False,
    )
    assert cash.allowed_actions == {A.COMMIT, A.WITHDRAW, A.CLOSE, A.EDIT}
    closed = service.act(cash.id, A.CLOSE)  # the money arrived
    assert (closed.status, closed.delivered_usd, closed.outstanding_usd) == (
        S.CLOSED,
        8_700_000.0,
        0.0,
    )


def test_references_follow_the_highest_of_the_year_and_stay_unique(tmp_store, mission, service):
    with tmp_store.write() as s:
        for reference in ("PLG-2025-009", "PLG-2025-0010x", "PLG-2024-0099", "UK-2025-04"):
            s.add(Pledge(reference=reference, donor_id=mission.usa, pledged_on=date(2025, 1, 1)))
    assert service.next_reference() == "PLG-2025-0010"  # the demo's 3 digits count too
    assert service.next_reference(date(2024, 12, 31)) == "PLG-2024-0100"
    assert service.next_reference(date(2026, 1, 1)) == "PLG-2026-0001"
    made = service.create(pledge_input(mission.canada, value_usd=1.0))
    assert made.reference == "PLG-2025-0010"
    assert refused(
        lambda: service.create(pledge_input(mission.canada, value_usd=1.0, reference="UK-2025-04"))
    ) == {
        "reference": "Reference UK-2025-04 is already used by the pledge of United States made "
        "on 2025-01-01. Check the reference, or leave it empty to have one given."
    }
    # its own reference is not a clash when the pledge is saved again
    again = service.update(
        made.id, pledge_input(mission.canada, value_usd=2.0, reference=made.reference)
    )
    assert again.value_usd == 2.0


def test_what_the_database_refuses(tmp_store, mission, service):
    with tmp_store.write() as s:
        s.get(Requisition, mission.requisition).status = RequisitionStatus.DRAFT
        s.get(Donor, mission.usa).archived = True
        s.get(Unit, mission.fpu2).archived = True
    problems = refused(
        lambda: service.create(
            pledge_input(
                mission.usa,
                against(mission.nvg_line, 1),
                direct(mission.fpu2, mission.tent, 1),
                against(mission.canada, 1),  # not a requisition line at all
            )
        )
    )
    assert problems == {
        "donor_id": "That donor is archived or gone: choose another.",
        "lines[0].requisition_line_id": "Line 1: requisition REQ-2025-0001 is draft; a pledge "
        "answers a requisition that is submitted, approved or partly fulfilled.",
        "lines[1].unit_id": "Line 2: that unit is archived or gone: choose another.",
        "lines[2].requisition_line_id": "Line 3: that requisition line is no longer in the "
        "database: choose another.",
    }
    with tmp_store.read() as s:
        assert s.execute(select(Pledge)).first() is None


def test_the_state_actions(mission, service):
    pledge = service.create(pledge_input(mission.canada, against(mission.nvg_line, 12)))
    committed = service.act(pledge.id, A.COMMIT)
    assert committed.status is S.COMMITTED
    assert committed.allowed_actions == {A.WITHDRAW, A.RECEIVE, A.EDIT}
    with pytest.raises(PledgeRefused, match="A committed pledge cannot be closed: nothing has"):
        service.act(pledge.id, A.CLOSE)
    withdrawn = service.act(pledge.id, A.WITHDRAW)
    assert (withdrawn.status, withdrawn.allowed_actions) == (S.WITHDRAWN, frozenset())
    with pytest.raises(PledgeRefused, match="it was withdrawn, which is final"):
        service.update(pledge.id, pledge_input(mission.canada, against(mission.nvg_line, 1)))
    with pytest.raises(ValueError):
        service.act(pledge.id, A.RECEIVE)  # receiving is the delivery service's


def test_each_write_is_one_named_change_set(tmp_store, mission, service):
    pledge = service.create(pledge_input(mission.canada, against(mission.nvg_line, 12)))
    service.act(pledge.id, A.COMMIT)
    with tmp_store.read() as s:
        entries = s.execute(
            select(AuditEntry.change_id, AuditEntry.action, AuditEntry.table_name, AuditEntry.field)
            .where(AuditEntry.table_name.in_(["pledge", "pledge_line"]))
            .order_by(AuditEntry.at)
        ).all()
    changes: dict = {}
    for change, action, table, field in entries:
        changes.setdefault(change, set()).add((action, table, field))
    assert list(changes.values()) == [
        {("INSERT", "pledge", ""), ("INSERT", "pledge_line", "")},  # Add pledge
        {("UPDATE", "pledge", "status")},  # Commit
    ]


def test_edits_are_held_back_by_what_arrived(tmp_store, mission, service, deliveries):
    pledge = service.create(
        pledge_input(
            mission.canada,
            direct(mission.fpu1, mission.nvg, 10),
            direct(mission.fpu1, mission.tent, 8),
            direct(mission.fpu2, mission.tent, 4),
        )
    )
    receive(deliveries, pledge, 6)  # 6 goggles for KEN-FPU-1
    pledge = service.detail(pledge.id)
    assert pledge.status is S.PARTIALLY_DELIVERED and A.EDIT in pledge.allowed_actions
    keep_all = [
        replace(direct(line.unit_id, line.equipment_type_id, line.quantity), id=line.id)
        for line in pledge.lines
    ]
    problems = refused(
        lambda: service.update(
            pledge.id,
            pledge_input(
                mission.canada,
                replace(keep_all[0], quantity=5),  # below the 6 accepted
                replace(keep_all[1], unit_id=mission.fpu2),  # nothing arrived: may move
                pledged_on=date(2025, 5, 2),  # after the delivery of 2025-05-01
            ),
        )
    )
    assert problems == {
        "pledged_on": "The pledge date cannot be after its first delivery (2025-05-01).",
        "lines[0].quantity": "Line 1: 6 have been accepted on delivery already, so the quantity "
        "cannot be lower than that.",
    }
    problems = refused(
        lambda: service.update(
            pledge.id,
            pledge_input(
                mission.canada,
                replace(keep_all[0], equipment_type_id=mission.mrap),
                keep_all[2],
            ),
        )
    )
    assert problems == {
        "lines[0].equipment_type_id": "Line 1 has deliveries recorded against it: its unit, "
        "equipment type and requisition line stay as they are. Add a new line for anything else."
    }
    problems = refused(lambda: service.update(pledge.id, pledge_input(mission.canada, keep_all[2])))
    assert problems == {
        "lines": "The line for NVG name (KEN-FPU-1) has deliveries recorded against it and cannot "
        "be removed: lower its quantity to what was accepted instead."
    }
    # Lowering the goggles to what arrived and dropping the tents delivers the pledge.
    done = service.update(pledge.id, pledge_input(mission.canada, replace(keep_all[0], quantity=6)))
    assert done.status is S.DELIVERED
    assert [(line.type_code, line.quantity, line.accepted) for line in done.lines] == [
        ("NVG", 6, 6)
    ]
    assert done.value_usd == 6 * 4000
    with tmp_store.read() as s:
        assert len(s.execute(select(PledgeLine)).all()) == 1
    with pytest.raises(PledgeRefused, match="A delivered pledge cannot be edited"):
        service.update(pledge.id, pledge_input(mission.canada, keep_all[0]))
    assert service.act(pledge.id, A.CLOSE).status is S.CLOSED


def test_an_edit_adds_lines_and_changes_values(tmp_store, mission, service):
    made = service.create(pledge_input(mission.canada, direct(mission.fpu1, mission.nvg, 2)))
    kept = replace(direct(mission.fpu1, mission.nvg, 2, 4100.0), id=made.lines[0].id)
    edited = service.update(
        made.id, pledge_input(mission.canada, kept, against(mission.tent_line, 3))
    )
    assert [(line.type_code, line.quantity, line.unit_value_usd) for line in edited.lines] == [
        ("NVG", 2, 4100.0),
        ("TENT", 3, 1200.0),
    ]
    assert edited.value_usd == 2 * 4100 + 3 * 1200
    with tmp_store.read() as s:
        assert s.get(Pledge, made.id).value_usd == edited.value_usd
        last = s.execute(
            select(AuditEntry.change_id).order_by(AuditEntry.at.desc()).limit(1)
        ).scalar_one()
        fields = set(
            s.execute(select(AuditEntry.field).where(AuditEntry.change_id == last)).scalars()
        )
    assert fields == {"unit_value_usd", "value_usd", ""}  # "" : the new line's insert


def test_archived_types_and_missing_fields_on_new_lines(tmp_store, mission, service):
    with tmp_store.write() as s:
        s.get(EquipmentType, mission.mrap).archived = True
    assert refused(
        lambda: service.create(
            pledge_input(
                mission.canada,
                direct(mission.fpu1, mission.mrap, 1),
                direct(None, mission.nvg, 1),
            )
        )
    ) == {
        "lines[0].equipment_type_id": "Line 1: that equipment type is archived or gone: choose "
        "another.",
        "lines[1].unit_id": "Line 2: choose the unit.",
    }


def test_a_line_that_left_the_pledge_is_refused(mission, service):
    first = service.create(pledge_input(mission.canada, direct(mission.fpu1, mission.nvg, 1)))
    other = service.create(pledge_input(mission.usa, direct(mission.fpu1, mission.nvg, 1)))
    stolen = replace(direct(mission.fpu1, mission.nvg, 1), id=other.lines[0].id)
    assert refused(lambda: service.update(first.id, pledge_input(mission.canada, stolen))) == {
        "lines[0].quantity": "Line 1 is no longer on this pledge: close the form and start again."
    }


def test_requisition_line_choices(tmp_store, mission, service):
    service.create(pledge_input(mission.canada, against(mission.nvg_line, 12)))
    withdrawn = service.create(pledge_input(mission.usa, against(mission.nvg_line, 20)))
    service.act(withdrawn.id, A.WITHDRAW)
    service.create(pledge_input(mission.usa, against(mission.tent_line, 20)))  # over-pledged
    choices = service.requisition_line_choices()
    assert [
        (c.requisition_reference, c.unit_code, c.type_code, c.wanted, c.pledged, c.outstanding)
        for c in choices
    ] == [
        ("REQ-2025-0001", "KEN-FPU-1", "NVG", 24, 12, 12),  # approved 24; withdrawn not counted
        ("REQ-2025-0001", "KEN-FPU-1", "TENT", 15, 20, 0),  # nothing approved: the request
    ]
    assert choices[0].unit_cost_usd == 3900.0
    with tmp_store.write() as s:
        s.get(Requisition, mission.requisition).status = RequisitionStatus.FULFILLED
    assert service.requisition_line_choices() == []


def test_a_gone_pledge_is_a_sentence(service):
    with pytest.raises(UserError, match="That pledge is no longer in the database"):
        service.detail(uuid.uuid4())
