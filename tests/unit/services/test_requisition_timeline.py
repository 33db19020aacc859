"""A requisition's timeline, read back from the audit trail and the approvals: one sentence per
step, in order, with who did it and the status it led to."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from factories import MissionBuilder
from sqlalchemy import insert

from lsa_desktop.domain.enums import Decision, PledgeStatus, Priority, RequisitionStatus
from lsa_desktop.domain.requisitions import Action
from lsa_desktop.services.audit import AuditService
from lsa_desktop.services.fulfilment import follow_requisitions
from lsa_desktop.services.mission_settings import MissionSettingsService
from lsa_desktop.services.requisitions import (
    RequisitionInput,
    RequisitionLineInput,
    RequisitionService,
)
from lsa_desktop.store.models import (
    Approval,
    Delivery,
    DeliveryLine,
    Donor,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    new_id,
)

S = RequisitionStatus
TODAY = date(2026, 3, 10)


@pytest.fixture
def world(tmp_store):
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        comms = m.category("COM", critical=True)
        return SimpleNamespace(
            fpu=m.unit("KEN-FPU-1"),
            nvg=m.equipment("NVG", comms),
            radio=m.equipment("RADIO", comms),
        )


@pytest.fixture
def service(tmp_store):
    return RequisitionService(tmp_store, today=lambda: TODAY)


def draft(world, **changes) -> RequisitionInput:
    values = RequisitionInput(
        unit_id=world.fpu.id,
        requested_by="Sgt Otieno",
        requested_on=TODAY,
        required_by=None,
        priority=Priority.URGENT,
        justification="Night patrols.",
        operational_impact="",
        lines=(RequisitionLineInput(world.nvg.id, 8, 4000.0),),
    )
    return replace(values, **changes)


def steps(detail):
    return [(e.user, e.action, e.status, e.text, e.comment) for e in detail.timeline]


def as_user(store, user):
    store.user = user
    return store


def test_every_step_in_order_with_who_did_it(tmp_store, service, world):
    MissionSettingsService(tmp_store).set_approvers(
        Priority.URGENT, ["Chief Logistics Officer", "Cmdr. Baptiste"]
    )
    as_user(tmp_store, "otieno")
    detail = service.create(draft(world))
    service.update(
        detail.id,
        draft(
            world, lines=(RequisitionLineInput(world.nvg.id, 10, 4000.0, id=detail.lines[0].id),)
        ),
    )
    service.submit(detail.id)
    as_user(tmp_store, "wanjiru")
    service.decide(detail.id, Decision.APPROVED, "Insp. Wanjiru", "Chief Logistics Officer", "OK")
    as_user(tmp_store, "baptiste")
    service.decide(detail.id, Decision.APPROVED, "Cmdr. Baptiste")
    as_user(tmp_store, "stores")
    with tmp_store.write() as session:  # a delivery, as the delivery service records it
        donor = Donor(name="Canada")
        session.add(donor)
        session.flush()
        pledge = Pledge(reference="CA-1", donor_id=donor.id, pledged_on=TODAY)
        session.add(pledge)
        session.flush()
        line = PledgeLine(
            pledge_id=pledge.id,
            requisition_line_id=detail.lines[0].id,
            unit_id=world.fpu.id,
            equipment_type_id=world.nvg.id,
            quantity=10,
        )
        delivery = Delivery(pledge_id=pledge.id, delivered_on=TODAY)
        session.add_all([line, delivery])
        session.flush()
        session.add(
            DeliveryLine(
                delivery_id=delivery.id,
                pledge_line_id=line.id,
                quantity_received=4,
                quantity_accepted=4,
            )
        )
        session.flush()
        follow_requisitions(session, [detail.id])

    detail = service.detail(detail.id)
    assert steps(detail) == [
        ("otieno", None, S.DRAFT, "Created as a draft by otieno", ""),
        ("otieno", None, S.DRAFT, "Edited as a draft by otieno", ""),
        ("otieno", Action.SUBMIT, S.SUBMITTED, "Submitted by otieno", ""),
        (
            "Insp. Wanjiru",
            Action.APPROVE,
            S.SUBMITTED,
            "Approved by Insp. Wanjiru (Chief Logistics Officer); other approvals are still needed",
            "OK",
        ),
        ("Cmdr. Baptiste", Action.APPROVE, S.APPROVED, "Approved by Cmdr. Baptiste", ""),
        (
            "stores",
            None,
            S.PARTIALLY_FULFILLED,
            "Partly fulfilled: deliveries recorded by stores brought part of what was approved",
            "",
        ),
    ]
    times = [entry.at for entry in detail.timeline]
    assert times == sorted(times) and all(at.tzinfo is not None for at in times)
    assert detail.timeline[3].at == detail.approvals[0].decided_at


def test_a_return_a_reopening_and_a_second_round(tmp_store, service, world):
    as_user(tmp_store, "otieno")
    detail = service.create(draft(world))
    service.submit(detail.id)
    as_user(tmp_store, "wanjiru")
    service.decide(
        detail.id, Decision.RETURNED, "Insp. Wanjiru", "CLO", "Add radios for the vehicles."
    )
    as_user(tmp_store, "otieno")
    service.reopen(detail.id)
    service.update(
        detail.id,
        draft(
            world,
            lines=(
                RequisitionLineInput(world.nvg.id, 8, 4000.0, id=detail.lines[0].id),
                RequisitionLineInput(world.radio.id, 4, 800.0),
            ),
        ),
    )
    detail = service.submit(detail.id)

    assert steps(detail)[2:] == [
        (
            "Insp. Wanjiru",
            Action.RETURN,
            S.RETURNED,
            "Returned for changes by Insp. Wanjiru (CLO)",
            "Add radios for the vehicles.",
        ),
        ("otieno", Action.REOPEN, S.DRAFT, "Reopened as a draft by otieno", ""),
        ("otieno", None, S.DRAFT, "Edited as a draft by otieno", ""),
        ("otieno", Action.SUBMIT, S.SUBMITTED, "Submitted again by otieno (round 2)", ""),
    ]


def test_a_cancellation_shows_its_reason(tmp_store, service, world):
    detail = service.create(draft(world))
    as_user(tmp_store, "wanjiru")
    detail = service.cancel(detail.id, "Bought by the donor directly.")
    assert steps(detail)[-1] == (
        "wanjiru",
        Action.CANCEL,
        S.CANCELLED,
        "Cancelled by wanjiru",
        "Bought by the donor directly.",
    )


def test_an_undone_step_is_on_the_timeline(tmp_store, service, world):
    as_user(tmp_store, "otieno")
    detail = service.create(draft(world))
    service.submit(detail.id)
    audit = AuditService(tmp_store)
    change = audit.undoable("otieno", datetime(2000, 1, 1, tzinfo=UTC))
    assert change is not None and change.table_name == "requisition"
    audit.undo(change.change_id)

    detail = service.detail(detail.id)
    assert detail.status is S.DRAFT
    assert steps(detail)[1:] == [
        ("otieno", Action.SUBMIT, S.SUBMITTED, "Submitted by otieno", ""),
        ("otieno", None, S.DRAFT, "Undone by otieno: now a draft", ""),
    ]


def test_a_requisition_loaded_without_the_audit_trail_shows_its_creation_and_decisions(
    tmp_store, service, world
):
    """As the demo loads them: rows inserted in bulk, no audit entries."""
    requisition_id = new_id()
    created = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    stamp = {"created_at": created, "updated_at": created, "created_by": "demo"}
    with tmp_store.write_connection() as conn:
        conn.execute(
            insert(Requisition.__table__),
            [
                {
                    "id": requisition_id,
                    **stamp,
                    "reference": "REQ-2026-0001",
                    "unit_id": world.fpu.id,
                    "requested_by": "Sgt Otieno",
                    "requested_on": date(2026, 1, 5),
                    "priority": Priority.URGENT,
                    "status": S.APPROVED,
                    "submission_round": 2,
                }
            ],
        )
        conn.execute(
            insert(RequisitionLine.__table__),
            [
                {
                    "id": new_id(),
                    **stamp,
                    "requisition_id": requisition_id,
                    "equipment_type_id": world.nvg.id,
                    "quantity_requested": 8,
                }
            ],
        )
        decisions = [
            (1, "Insp. Wanjiru", Decision.RETURNED, 6),
            (2, "Insp. Wanjiru", Decision.APPROVED, 8),
            (2, "Cmdr. Baptiste", Decision.APPROVED, 9),
        ]
        conn.execute(
            insert(Approval.__table__),
            [
                {
                    "id": new_id(),
                    **stamp,
                    "requisition_id": requisition_id,
                    "approver": approver,
                    "role": "",
                    "decision": decision,
                    "comment": "",
                    "decided_at": datetime(2026, 1, day, 9, 0, tzinfo=UTC),
                    "submission_round": round_,
                }
                for round_, approver, decision, day in decisions
            ],
        )

    assert steps(service.detail(requisition_id)) == [
        ("demo", None, S.DRAFT, "Created as a draft by demo", ""),
        ("Insp. Wanjiru", Action.RETURN, S.RETURNED, "Returned for changes by Insp. Wanjiru", ""),
        (
            "Insp. Wanjiru",
            Action.APPROVE,
            S.SUBMITTED,
            "Approved by Insp. Wanjiru; other approvals are still needed",
            "",
        ),
        ("Cmdr. Baptiste", Action.APPROVE, S.APPROVED, "Approved by Cmdr. Baptiste", ""),
    ]


def test_lines_of_other_requisitions_stay_off_the_timeline(tmp_store, service, world):
    first = service.create(draft(world))
    as_user(tmp_store, "someone.else")
    other = service.create(draft(world))
    service.update(
        other.id,
        draft(world, lines=(RequisitionLineInput(world.radio.id, 1, 1.0),)),
    )
    assert len(service.detail(first.id).timeline) == 1
    assert [entry.text for entry in service.detail(other.id).timeline] == [
        "Created as a draft by someone.else",
        "Edited as a draft by someone.else",
    ]


def test_a_line_removed_from_a_draft_still_shows_its_edit(tmp_store, service, world):
    detail = service.create(
        draft(
            world,
            lines=(
                RequisitionLineInput(world.nvg.id, 8, 4000.0),
                RequisitionLineInput(world.radio.id, 4, 800.0),
            ),
        )
    )
    as_user(tmp_store, "otieno")
    nvg = detail.lines[0]
    detail = service.update(
        detail.id,
        draft(world, lines=(RequisitionLineInput(world.nvg.id, 8, 4000.0, id=nvg.id),)),
    )
    assert [entry.text for entry in detail.timeline][-1] == "Edited as a draft by otieno"


def test_a_decision_undone_falls_back_to_the_status_change_it_made(tmp_store, service, world):
    as_user(tmp_store, "otieno")
    detail = service.create(draft(world))
    service.submit(detail.id)
    as_user(tmp_store, "wanjiru")
    service.decide(detail.id, Decision.REJECTED, "Insp. Wanjiru", comment="No budget.")
    audit = AuditService(tmp_store)
    audit.undo(audit.undoable("wanjiru", datetime(2000, 1, 1, tzinfo=UTC)).change_id)

    detail = service.detail(detail.id)
    assert detail.approvals == () and detail.status is S.SUBMITTED
    assert steps(detail)[2:] == [
        ("wanjiru", Action.REJECT, S.REJECTED, "Rejected by wanjiru", ""),
        ("wanjiru", None, S.SUBMITTED, "Undone by wanjiru: now submitted", ""),
    ]


def test_a_pledge_status_is_not_a_requisition_step(tmp_store, service, world):
    """Only what touched the requisition, its lines or its approvals is on its timeline."""
    detail = service.create(draft(world))
    with tmp_store.write() as session:
        donor = Donor(name="Canada")
        session.add(donor)
        session.flush()
        session.add(
            Pledge(
                reference="CA-9", donor_id=donor.id, pledged_on=TODAY, status=PledgeStatus.COMMITTED
            )
        )
    assert len(service.detail(detail.id).timeline) == 1


def test_fulfilment_and_its_correction_and_an_edit_outside_a_draft(tmp_store, service, world):
    detail = service.create(draft(world))
    service.submit(detail.id)
    service.decide(detail.id, Decision.APPROVED, "Insp. Wanjiru")
    as_user(tmp_store, "stores")
    with tmp_store.write() as session:
        donor = Donor(name="Canada")
        session.add(donor)
        session.flush()
        pledge = Pledge(reference="CA-1", donor_id=donor.id, pledged_on=TODAY)
        session.add(pledge)
        session.flush()
        line = PledgeLine(
            pledge_id=pledge.id,
            requisition_line_id=detail.lines[0].id,
            unit_id=world.fpu.id,
            equipment_type_id=world.nvg.id,
            quantity=8,
        )
        delivery = Delivery(pledge_id=pledge.id, delivered_on=TODAY)
        session.add_all([line, delivery])
        session.flush()
        received = DeliveryLine(
            delivery_id=delivery.id,
            pledge_line_id=line.id,
            quantity_received=8,
            quantity_accepted=8,
        )
        session.add(received)
        session.flush()
        follow_requisitions(session, [detail.id])
    as_user(tmp_store, "auditor")
    with tmp_store.write() as session:  # the count was wrong: none of them was acceptable
        session.get(DeliveryLine, received.id).quantity_accepted = 0
        session.flush()
        follow_requisitions(session, [detail.id])
    with tmp_store.write() as session:  # a later correction of the approved requisition's date
        session.get(Requisition, detail.id).required_by = date(2026, 5, 1)

    assert steps(service.detail(detail.id))[-3:] == [
        (
            "stores",
            None,
            S.FULFILLED,
            "Fulfilled: everything approved has arrived (recorded by stores)",
            "",
        ),
        ("auditor", None, S.APPROVED, "Now approved: changed by auditor", ""),
        ("auditor", None, S.APPROVED, "Edited by auditor", ""),
    ]
