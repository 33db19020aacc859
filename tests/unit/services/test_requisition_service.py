"""Requisitions from draft to closure: references, validation, edits only in a draft, approvals by
every required approver in the current round, rejections and returns, cancellation and closure;
every figure checked against the rows the test writes."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pytest
from factories import MissionBuilder
from sqlalchemy import func, select

from lsa_desktop.domain.enums import Decision, PledgeStatus, Priority, RequisitionStatus
from lsa_desktop.domain.requisitions import Action, Coverage, RefusedTransition
from lsa_desktop.errors import InvalidInput, UserError, ValidationFailed
from lsa_desktop.services.mission_settings import MissionSettingsService
from lsa_desktop.services.requisitions import (
    RequisitionInput,
    RequisitionLineInput,
    RequisitionService,
)
from lsa_desktop.store.models import (
    Approval,
    AuditEntry,
    Delivery,
    DeliveryLine,
    Donor,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
)

S = RequisitionStatus
TODAY = date(2026, 3, 10)


@pytest.fixture
def world(tmp_store):
    """A formed unit, night-vision goggles and radios (critical), tents; nothing requested."""
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        comms = m.category("COM", critical=True, sort_order=1)
        camp = m.category("CAMP", sort_order=2)
        world = SimpleNamespace(
            fpu=m.unit("KEN-FPU-1"),
            hq=m.unit("KEN-HQ"),
            old=m.unit("OLD", archived=True),
            nvg=m.equipment("NVG", comms),
            radio=m.equipment("RADIO", comms),
            tent=m.equipment("TENT", camp, serialised=False),
        )
        world.nvg.unit_value_usd, world.radio.unit_value_usd = 4000.0, 800.0
    return world


@pytest.fixture
def service(tmp_store):
    return RequisitionService(tmp_store, today=lambda: TODAY)


def draft(world, **changes) -> RequisitionInput:
    values = RequisitionInput(
        unit_id=world.fpu.id,
        requested_by="Sgt Otieno",
        requested_on=date(2026, 3, 2),
        required_by=date(2026, 4, 30),
        priority=Priority.URGENT,
        justification="Night patrols in Cité Soleil without goggles.",
        operational_impact="Patrols stop at dusk.",
        lines=(
            RequisitionLineInput(world.nvg.id, 8, 4000.0, "Gen 3"),
            RequisitionLineInput(world.tent.id, 3, 250.0),
        ),
    )
    return replace(values, **changes)


def submitted(service, world, **changes):
    return service.submit(service.create(draft(world, **changes)).id)


def pledge_against(store, line_id, quantity, status=PledgeStatus.PLEDGED, accepted=()):
    """A donor's pledge line answering a requisition line, with one delivery per accepted figure."""
    with store.write() as session:
        line = session.get(RequisitionLine, line_id)
        donor = session.execute(select(Donor)).scalars().first()
        if donor is None:
            donor = Donor(name="Canada", country_code="CA")
            session.add(donor)
            session.flush()
        count = session.execute(select(func.count()).select_from(Pledge)).scalar_one()
        pledge = Pledge(
            reference=f"CA-2026-{count + 1:02d}",
            donor_id=donor.id,
            pledged_on=TODAY,
            status=status,
        )
        session.add(pledge)
        session.flush()
        unit_id = session.get(Requisition, line.requisition_id).unit_id
        pledge_line = PledgeLine(
            pledge_id=pledge.id,
            requisition_line_id=line.id,
            unit_id=unit_id,
            equipment_type_id=line.equipment_type_id,
            quantity=quantity,
        )
        session.add(pledge_line)
        session.flush()
        for got in accepted:
            delivery = Delivery(pledge_id=pledge.id, delivered_on=TODAY)
            session.add(delivery)
            session.flush()
            session.add(
                DeliveryLine(
                    delivery_id=delivery.id,
                    pledge_line_id=pledge_line.id,
                    quantity_received=got,
                    quantity_accepted=got,
                )
            )
        return pledge.reference


# --- creating and reading ---------------------------------------------------------------------


def test_a_new_draft_takes_the_next_reference_of_its_request_year(service, world):
    assert service.next_reference() == "REQ-2026-0001"
    first = service.create(draft(world))
    second = service.create(draft(world, requested_on=date(2026, 1, 5)))
    older = service.create(draft(world, requested_on=date(2025, 12, 30), required_by=None))
    third = service.create(draft(world))

    assert [first.reference, second.reference, older.reference, third.reference] == [
        "REQ-2026-0001",
        "REQ-2026-0002",
        "REQ-2025-0001",
        "REQ-2026-0003",
    ]
    assert service.next_reference() == "REQ-2026-0004"
    assert service.next_reference(date(2025, 6, 1)) == "REQ-2025-0002"
    assert service.next_reference(date(2024, 6, 1)) == "REQ-2024-0001"


def test_the_detail_holds_the_header_the_lines_and_their_money(service, world):
    detail = service.create(draft(world))

    assert detail.status is S.DRAFT and detail.submission_round == 0
    assert (detail.unit_code, detail.requested_by, detail.priority) == (
        "KEN-FPU-1",
        "Sgt Otieno",
        Priority.URGENT,
    )
    assert [
        (line.type_code, line.category_name, line.serialised, line.quantity_requested)
        for line in detail.lines
    ] == [("NVG", "COM name", True, 8), ("TENT", "CAMP name", False, 3)]
    assert [line.requested_usd for line in detail.lines] == [32000.0, 750.0]
    assert detail.total_requested_usd == 32750.0
    assert detail.total_approved_usd == 0.0
    assert detail.lines[0].remarks == "Gen 3"
    assert detail.lines[0].coverage is Coverage.NONE
    assert detail.editable
    assert detail.allowed_actions == {Action.SUBMIT, Action.CANCEL}
    assert detail.required_approvers == ("*",)
    assert detail.approvals == () and detail.mission_name == ""
    assert service.detail(detail.id) == detail


def test_the_equipment_choices_are_the_catalogue_in_use_with_unit_values(service, world):
    choices = service.equipment_choices()
    assert [(c.code, c.category_name, c.unit_value_usd, c.serialised) for c in choices] == [
        ("NVG", "COM name", 4000.0, True),
        ("RADIO", "COM name", 800.0, True),
        ("TENT", "CAMP name", 0.0, False),
    ]


def test_input_problems_are_refused_field_by_field(service, world):
    with pytest.raises(ValidationFailed) as refused:
        service.create(
            draft(
                world,
                unit_id=world.old.id,
                requested_by="",
                lines=(
                    RequisitionLineInput(world.nvg.id, 0, 4000.0),
                    RequisitionLineInput(world.nvg.id, 2, 4000.0),
                ),
            )
        )
    assert refused.value.problems == {
        "unit_id": "That unit is archived or gone: choose another unit.",
        "requested_by": "The requester's name is required.",
        "lines[0].quantity": "Line 1: the quantity must be at least 1.",
        "lines[1].equipment_type_id": "Line 2: this equipment type is already requested on "
        "line 1: change the quantity there instead.",
    }


def test_without_a_unit_or_types_only_the_input_problems_are_told(service, world):
    with pytest.raises(ValidationFailed) as refused:
        service.create(draft(world, unit_id=None, lines=(RequisitionLineInput(None, 1, 1.0),)))
    assert set(refused.value.problems) == {"unit_id", "lines[0].equipment_type_id"}


def test_an_archived_equipment_type_is_refused_on_its_line(tmp_store, service, world):
    with tmp_store.write() as session:
        session.merge(world.radio).archived = True
    lines = (RequisitionLineInput(world.nvg.id, 1, 1.0), RequisitionLineInput(world.radio.id, 1, 1))
    with pytest.raises(ValidationFailed) as refused:
        service.create(draft(world, lines=lines))
    assert refused.value.problems == {
        "lines[1].equipment_type_id": "Line 2: that equipment type is archived or gone: "
        "choose another."
    }


# --- editing a draft --------------------------------------------------------------------------


def test_a_draft_is_edited_line_by_line(service, world):
    created = service.create(draft(world))
    nvg, tent = created.lines
    changed = service.update(
        created.id,
        draft(
            world,
            priority=Priority.IMMEDIATE,
            justification="Goggles first.",
            lines=(
                RequisitionLineInput(world.nvg.id, 12, 3900.0, "Gen 3+", id=nvg.id),
                RequisitionLineInput(world.radio.id, 4, 800.0),
            ),
        ),
    )

    assert changed.priority is Priority.IMMEDIATE and changed.justification == "Goggles first."
    assert [
        (line.type_code, line.quantity_requested, line.unit_cost_usd) for line in changed.lines
    ] == [
        ("NVG", 12, 3900.0),
        ("RADIO", 4, 800.0),
    ]
    assert changed.lines[0].id == nvg.id  # kept, not replaced
    assert tent.id not in {line.id for line in changed.lines}
    assert changed.reference == created.reference


def test_a_line_no_longer_on_the_draft_cannot_be_kept(service, world):
    detail = service.create(draft(world))
    other = service.create(draft(world))
    with pytest.raises(ValidationFailed) as refused:
        service.update(
            detail.id,
            draft(world, lines=(RequisitionLineInput(world.nvg.id, 1, 1.0, id=other.lines[0].id),)),
        )
    assert refused.value.problems == {
        "lines[0].equipment_type_id": "Line 1 is no longer on this requisition: close the form "
        "and open the requisition again."
    }


def test_only_a_draft_can_be_edited(service, world):
    detail = submitted(service, world)
    with pytest.raises(InvalidInput) as refused:
        service.update(detail.id, draft(world))
    assert str(refused.value) == (
        "REQ-2026-0001 can no longer be edited: it is waiting for a decision; ask an approver "
        "to return it for changes, then reopen it as a draft."
    )


def test_a_line_a_pledge_answers_cannot_be_removed_or_change_type(tmp_store, service, world):
    detail = submitted(service, world)
    pledge = pledge_against(tmp_store, detail.lines[0].id, 5)
    service.decide(detail.id, Decision.RETURNED, "Insp. Wanjiru", comment="Split the tents.")
    service.reopen(detail.id)

    nvg, tent = detail.lines
    with pytest.raises(ValidationFailed) as refused:
        service.update(
            detail.id,
            draft(world, lines=(RequisitionLineInput(world.radio.id, 3, 1.0, id=tent.id),)),
        )
    assert refused.value.problems == {
        "lines": f"The NVG name line cannot be removed: pledge {pledge} answers it. Keep it and "
        "change its quantity instead."
    }
    with pytest.raises(ValidationFailed) as refused:
        service.update(
            detail.id,
            draft(
                world,
                unit_id=world.hq.id,
                lines=(RequisitionLineInput(world.radio.id, 3, 1.0, id=nvg.id),),
            ),
        )
    assert refused.value.problems == {
        "unit_id": f"The unit cannot change: pledge {pledge} answers this requisition. Cancel it "
        "and create a new one for the other unit.",
        "lines[0].equipment_type_id": f"Line 1: pledge {pledge} answers this line, so its "
        "equipment type cannot change. Add a new line for the other type.",
    }


# --- submitting and deciding ------------------------------------------------------------------


def test_a_draft_is_submitted_only_with_a_justification(service, world):
    detail = service.create(draft(world, justification=""))
    with pytest.raises(ValidationFailed) as refused:
        service.submit(detail.id)
    assert set(refused.value.problems) == {"justification"}
    assert service.detail(detail.id).status is S.DRAFT


def test_one_approval_by_anybody_but_the_requester_approves_by_default(service, world):
    detail = submitted(service, world)
    assert (detail.status, detail.submission_round) == (S.SUBMITTED, 1)
    assert not detail.editable

    with pytest.raises(ValidationFailed) as refused:
        service.decide(detail.id, Decision.APPROVED, "  sgt OTIENO ")
    assert refused.value.problems == {
        "approver": "sgt OTIENO requested this requisition and cannot also decide on it: "
        "another person must."
    }

    nvg = detail.lines[0]
    approved = service.decide(
        detail.id,
        Decision.APPROVED,
        "Insp. Wanjiru",
        "Chief Logistics Officer",
        "Six now, the rest next quarter.",
        approved_quantities={nvg.id: 6},
    )
    assert approved.status is S.APPROVED
    assert [(line.quantity_requested, line.quantity_approved) for line in approved.lines] == [
        (8, 6),
        (3, 3),
    ]
    assert [line.wanted for line in approved.lines] == [6, 3]
    assert approved.total_approved_usd == 6 * 4000.0 + 3 * 250.0
    assert approved.total_requested_usd == 8 * 4000.0 + 3 * 250.0
    (decision,) = approved.approvals
    assert (decision.approver, decision.role, decision.decision, decision.submission_round) == (
        "Insp. Wanjiru",
        "Chief Logistics Officer",
        Decision.APPROVED,
        1,
    )
    assert decision.comment == "Six now, the rest next quarter."
    assert approved.current_approvals == approved.approvals
    assert approved.allowed_actions == {Action.CANCEL}


def test_approved_quantities_cannot_exceed_what_was_requested(service, world):
    detail = submitted(service, world)
    nvg, tent = detail.lines
    with pytest.raises(ValidationFailed) as refused:
        service.decide(
            detail.id,
            Decision.APPROVED,
            "Insp. Wanjiru",
            approved_quantities={nvg.id: 9, tent.id: -1},
        )
    assert refused.value.problems == {
        "lines[0].quantity_approved": "Line 1: the approved quantity cannot be more than the 8 "
        "requested.",
        "lines[1].quantity_approved": "Line 2: the approved quantity cannot be negative.",
    }
    assert service.detail(detail.id).approvals == ()


def test_a_decision_on_a_line_no_longer_there_is_refused(service, world):
    detail = submitted(service, world)
    with pytest.raises(UserError) as refused:
        service.decide(
            detail.id, Decision.APPROVED, "Insp. Wanjiru", approved_quantities={uuid.uuid4(): 1}
        )
    assert "no longer on the requisition" in str(refused.value)


def test_every_required_approver_must_approve_by_role_and_by_name(tmp_store, service, world):
    MissionSettingsService(tmp_store).set_approvers(
        Priority.URGENT, ["Chief Logistics Officer", "Cmdr. Baptiste"]
    )
    detail = submitted(service, world)
    assert detail.required_approvers == ("Chief Logistics Officer", "Cmdr. Baptiste")

    first = service.decide(detail.id, Decision.APPROVED, "Insp. Wanjiru", "chief logistics officer")
    assert first.status is S.SUBMITTED

    with pytest.raises(ValidationFailed) as refused:
        service.decide(detail.id, Decision.APPROVED, "Insp. Wanjiru", "Chief Logistics Officer")
    assert refused.value.problems == {
        "approver": "Insp. Wanjiru has already decided on this requisition."
    }
    # Somebody who is neither the role nor the person named adds an approval, not the missing one.
    other = service.decide(detail.id, Decision.APPROVED, "Sgt Joseph", "Storeman")
    assert other.status is S.SUBMITTED

    last = service.decide(detail.id, Decision.APPROVED, "Cmdr. Baptiste", "Contingent commander")
    assert last.status is S.APPROVED
    assert [a.approver for a in last.current_approvals] == [
        "Insp. Wanjiru",
        "Sgt Joseph",
        "Cmdr. Baptiste",
    ]


def test_a_rejection_and_a_return_need_a_comment(service, world):
    detail = submitted(service, world)
    for decision in (Decision.REJECTED, Decision.RETURNED):
        with pytest.raises(ValidationFailed) as refused:
            service.decide(detail.id, decision, "Insp. Wanjiru")
        assert set(refused.value.problems) == {"comment"}

    rejected = service.decide(detail.id, Decision.REJECTED, "Insp. Wanjiru", comment="No budget.")
    assert rejected.status is S.REJECTED and rejected.allowed_actions == frozenset()
    with pytest.raises(RefusedTransition) as refused_again:
        service.decide(detail.id, Decision.APPROVED, "Cmdr. Baptiste")
    assert str(refused_again.value).startswith("A rejected requisition cannot be approved")


def test_a_decision_acts_only_on_a_submitted_requisition(service, world):
    detail = service.create(draft(world))
    with pytest.raises(RefusedTransition) as refused:
        service.decide(detail.id, Decision.APPROVED, "Insp. Wanjiru")
    assert str(refused.value) == (
        "A draft requisition cannot be approved: it has not been submitted yet. Submit it first."
    )


def test_a_returned_requisition_starts_a_new_round_after_its_changes(tmp_store, service, world):
    MissionSettingsService(tmp_store).set_approvers(Priority.URGENT, ["*", "*"])
    detail = submitted(service, world)
    nvg, tent = detail.lines
    service.decide(detail.id, Decision.APPROVED, "Insp. Wanjiru", approved_quantities={nvg.id: 5})
    returned = service.decide(
        detail.id, Decision.RETURNED, "Cmdr. Baptiste", comment="Add radios for the vehicles."
    )
    assert returned.status is S.RETURNED and returned.allowed_actions == {
        Action.REOPEN,
        Action.CANCEL,
    }
    with pytest.raises(InvalidInput):
        service.update(detail.id, draft(world))

    reopened = service.reopen(detail.id)
    assert reopened.status is S.DRAFT and reopened.editable
    service.update(
        detail.id,
        draft(
            world,
            lines=(
                RequisitionLineInput(world.nvg.id, 8, 4000.0, id=nvg.id),
                RequisitionLineInput(world.tent.id, 3, 250.0, id=tent.id),
                RequisitionLineInput(world.radio.id, 4, 800.0),
            ),
        ),
    )
    again = service.submit(detail.id)
    assert (again.status, again.submission_round) == (S.SUBMITTED, 2)
    assert again.current_approvals == ()
    assert len(again.approvals) == 2  # round 1 stays on record
    assert all(line.quantity_approved is None for line in again.lines)

    # Wanjiru approved in round 1; that approval no longer counts, so two are needed again.
    once = service.decide(detail.id, Decision.APPROVED, "Insp. Wanjiru")
    assert once.status is S.SUBMITTED
    twice = service.decide(detail.id, Decision.APPROVED, "Cmdr. Baptiste")
    assert twice.status is S.APPROVED
    assert [a.submission_round for a in twice.approvals] == [1, 1, 2, 2]


def test_an_approval_follows_deliveries_that_arrived_before_it(tmp_store, service, world):
    detail = submitted(service, world)
    nvg = detail.lines[0]
    pledge_against(tmp_store, nvg.id, 8, PledgeStatus.PARTIALLY_DELIVERED, accepted=(3,))

    approved = service.decide(detail.id, Decision.APPROVED, "Insp. Wanjiru")
    assert approved.status is S.PARTIALLY_FULFILLED
    assert (approved.lines[0].pledged, approved.lines[0].delivered) == (8, 3)
    assert approved.lines[0].coverage is Coverage.FULL
    assert approved.lines[1].coverage is Coverage.NONE


def test_pledged_counts_what_each_pledge_still_promises_or_delivered(tmp_store, service, world):
    detail = submitted(service, world)
    nvg = detail.lines[0]
    pledge_against(tmp_store, nvg.id, 2, PledgeStatus.COMMITTED, accepted=(1,))
    pledge_against(tmp_store, nvg.id, 4, PledgeStatus.CLOSED, accepted=(1, 2))
    pledge_against(tmp_store, nvg.id, 5, PledgeStatus.WITHDRAWN)

    line = service.detail(detail.id).lines[0]
    # Open: its 2; closed short: the 3 that came; withdrawn: nothing. Delivered: 1 + 1 + 2.
    assert (line.pledged, line.delivered, line.coverage) == (5, 4, Coverage.PARTIAL)


# --- cancelling and closing -------------------------------------------------------------------


def test_a_cancellation_keeps_its_reason_with_the_justification(service, world):
    detail = submitted(service, world)
    cancelled = service.cancel(detail.id, "  The donor bought them directly. ")
    assert cancelled.status is S.CANCELLED
    assert cancelled.justification == (
        "Night patrols in Cité Soleil without goggles.\n\n"
        "Reason for cancelling: The donor bought them directly."
    )
    with pytest.raises(RefusedTransition):
        service.cancel(detail.id)


def test_a_cancellation_without_a_reason_leaves_the_justification(service, world):
    detail = service.create(draft(world))
    assert service.cancel(detail.id).justification == detail.justification


def test_a_reason_that_would_overflow_the_justification_is_refused(service, world):
    detail = service.create(draft(world, justification="j" * 3990))
    with pytest.raises(ValidationFailed) as refused:
        service.cancel(detail.id, "Not needed any more.")
    assert set(refused.value.problems) == {"reason"}
    assert service.detail(detail.id).status is S.DRAFT


def test_a_requisition_closes_only_once_everything_approved_has_arrived(tmp_store, service, world):
    detail = submitted(service, world)
    nvg, tent = detail.lines
    service.decide(detail.id, Decision.APPROVED, "Insp. Wanjiru", approved_quantities={nvg.id: 6})
    with pytest.raises(RefusedTransition) as refused:
        service.close(detail.id)
    assert "nothing approved has arrived yet" in str(refused.value)

    pledge_against(tmp_store, nvg.id, 6, PledgeStatus.DELIVERED, accepted=(6,))
    with pytest.raises(RefusedTransition) as refused:
        service.close(detail.id)
    assert "some approved quantities have not arrived yet" in str(refused.value)
    assert service.detail(detail.id).status is S.APPROVED  # the refused write changed nothing

    pledge_against(tmp_store, tent.id, 3, PledgeStatus.DELIVERED, accepted=(2, 1))
    closed = service.close(detail.id)  # fulfilment catches up with the deliveries, then closes
    assert closed.status is S.CLOSED and closed.allowed_actions == frozenset()
    assert (closed.timeline[-1].action, closed.timeline[-1].status) == (Action.CLOSE, S.CLOSED)


def test_a_requisition_that_is_gone_says_so(service):
    with pytest.raises(UserError) as gone:
        service.detail(uuid.uuid4())
    assert str(gone.value) == "That requisition is no longer in the database: refresh the list."
    with pytest.raises(UserError):
        service.submit(uuid.uuid4())


def test_each_write_is_one_change_set(tmp_store, service, world):
    detail = service.create(draft(world))
    service.submit(detail.id)
    with tmp_store.read() as session:
        changes = session.execute(select(func.count(func.distinct(AuditEntry.change_id)))).scalar()
        approvals = session.execute(select(func.count()).select_from(Approval)).scalar()
    # The world, the creation (requisition and lines), the submission.
    assert (changes, approvals) == (3, 0)
