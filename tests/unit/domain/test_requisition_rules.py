"""What a requisition must say before it is saved, submitted, decided on or cancelled: each
problem under its field's key, in a sentence that names the line and says what to do."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from lsa_desktop.domain.enums import Decision, Priority
from lsa_desktop.domain.requisition_rules import (
    COMMENT_MAX,
    NAME_MAX,
    REASON_MAX,
    REMARKS_MAX,
    TEXT_MAX,
    RequisitionInput,
    RequisitionLineInput,
    check_cancel_reason,
    check_decision,
    check_requisition,
    check_submission,
    reference,
    reference_prefix,
)

TODAY = date(2026, 3, 10)
NVG, RADIO = uuid.uuid4(), uuid.uuid4()


def valid(**changes) -> RequisitionInput:
    values = RequisitionInput(
        unit_id=uuid.uuid4(),
        requested_by="Sgt Otieno",
        requested_on=date(2026, 3, 1),
        required_by=date(2026, 4, 1),
        priority=Priority.URGENT,
        justification="Night patrols in Cité Soleil without goggles.",
        operational_impact="Patrols stop at dusk.",
        lines=(
            RequisitionLineInput(NVG, 8, 4000.0, "Gen 3"),
            RequisitionLineInput(RADIO, 4, 800.0),
        ),
    )
    return replace(values, **changes)


def problems_of(values: RequisitionInput) -> dict[str, str]:
    return check_requisition(values, today=TODAY).as_dict()


def test_a_complete_requisition_has_no_problem():
    assert problems_of(valid()) == {}


def test_a_draft_may_wait_for_its_justification_and_required_by_date():
    assert problems_of(valid(justification="", operational_impact="", required_by=None)) == {}


@pytest.mark.parametrize(
    ("changes", "field", "sentence"),
    [
        ({"unit_id": None}, "unit_id", "Choose the unit that needs the items."),
        ({"requested_by": "  "}, "requested_by", "The requester's name is required."),
        (
            {"requested_by": "x" * (NAME_MAX + 1)},
            "requested_by",
            f"The requester's name has {NAME_MAX} characters at most.",
        ),
        ({"requested_on": None}, "requested_on", "The request date is required."),
        (
            {"requested_on": date(2026, 3, 11)},
            "requested_on",
            "The request date cannot be in the future.",
        ),
        (
            {"required_by": date(2026, 2, 28)},
            "required_by",
            "The required-by date cannot be before the request date.",
        ),
        (
            {"priority": "SOON"},
            "priority",
            "Choose a priority: immediate, urgent or routine.",
        ),
        (
            {"justification": "x" * (TEXT_MAX + 1)},
            "justification",
            f"The justification has {TEXT_MAX:,} characters at most.",
        ),
        (
            {"operational_impact": "x" * (TEXT_MAX + 1)},
            "operational_impact",
            f"The operational impact has {TEXT_MAX:,} characters at most.",
        ),
        (
            {"lines": ()},
            "lines",
            "Add at least one line: the equipment type and how many are needed.",
        ),
    ],
)
def test_each_header_problem_is_told_beside_its_field(changes, field, sentence):
    assert problems_of(valid(**changes)) == {field: sentence}


@pytest.mark.parametrize(
    ("line", "field", "sentence"),
    [
        (
            RequisitionLineInput(None, 2, 10.0),
            "lines[2].equipment_type_id",
            "Line 3: choose the equipment type.",
        ),
        (
            RequisitionLineInput(uuid.uuid4(), None, 10.0),
            "lines[2].quantity",
            "Line 3: the quantity is required.",
        ),
        (
            RequisitionLineInput(uuid.uuid4(), 0, 10.0),
            "lines[2].quantity",
            "Line 3: the quantity must be at least 1.",
        ),
        (
            RequisitionLineInput(uuid.uuid4(), 2, None),
            "lines[2].unit_cost_usd",
            "Line 3: the estimated unit cost is required (0 if it is not known yet).",
        ),
        (
            RequisitionLineInput(uuid.uuid4(), 2, -1.0),
            "lines[2].unit_cost_usd",
            "Line 3: the estimated unit cost cannot be negative.",
        ),
        (
            RequisitionLineInput(uuid.uuid4(), 2, 0.0, "r" * (REMARKS_MAX + 1)),
            "lines[2].remarks",
            f"Line 3: the remarks have {REMARKS_MAX} characters at most.",
        ),
        (
            RequisitionLineInput(NVG, 2, 4000.0),
            "lines[2].equipment_type_id",
            "Line 3: this equipment type is already requested on line 1: change the quantity "
            "there instead.",
        ),
    ],
)
def test_each_line_problem_names_the_line_from_one(line, field, sentence):
    values = valid()
    assert problems_of(replace(values, lines=(*values.lines, line))) == {field: sentence}


def test_a_line_may_cost_nothing_yet():
    values = valid(lines=(RequisitionLineInput(NVG, 1, 0.0),))
    assert problems_of(values) == {}


def test_every_problem_of_every_line_is_told_at_once():
    values = valid(lines=(RequisitionLineInput(None, 0, None), RequisitionLineInput(None, -2, -5)))
    assert set(problems_of(values)) == {
        "lines[0].equipment_type_id",
        "lines[0].quantity",
        "lines[0].unit_cost_usd",
        "lines[1].equipment_type_id",
        "lines[1].quantity",
        "lines[1].unit_cost_usd",
    }


def test_a_draft_is_submitted_only_with_a_justification():
    assert check_submission("Goggles for night patrols").as_dict() == {}
    assert check_submission("  \n").as_dict() == {
        "justification": "Write the justification before submitting: the approvers decide on it."
    }


@pytest.mark.parametrize(
    ("decision", "comment", "expected"),
    [
        (Decision.APPROVED, "", {}),
        (Decision.REJECTED, "Out of budget.", {}),
        (
            Decision.REJECTED,
            " ",
            {"comment": "Say why the requisition is rejected: the requester reads it."},
        ),
        (
            Decision.RETURNED,
            "",
            {"comment": "Say what must change before the requisition is submitted again."},
        ),
        (
            Decision.APPROVED,
            "c" * (COMMENT_MAX + 1),
            {"comment": f"The comment has {COMMENT_MAX:,} characters at most."},
        ),
    ],
)
def test_a_rejection_or_a_return_says_why(decision, comment, expected):
    problems = check_decision(decision, approver="Insp. Wanjiru", role="CLO", comment=comment)
    assert problems.as_dict() == expected


def test_the_approver_and_the_role_fit_their_fields():
    long = "n" * (NAME_MAX + 1)
    problems = check_decision(Decision.APPROVED, approver=long, role=long, comment="")
    assert problems.as_dict() == {
        "approver": f"The approver's name has {NAME_MAX} characters at most.",
        "role": f"The role has {NAME_MAX} characters at most.",
    }


def test_a_cancellation_reason_is_optional_and_short():
    assert check_cancel_reason("").as_dict() == {}
    assert check_cancel_reason("r" * (REASON_MAX + 1)).as_dict() == {
        "reason": f"The reason has {REASON_MAX} characters at most."
    }


def test_references_carry_the_year_and_a_four_digit_number():
    assert reference(2026, 4) == "REQ-2026-0004"
    assert reference(2026, 12345) == "REQ-2026-12345"
    assert reference(2026, 4).startswith(reference_prefix(2026))
