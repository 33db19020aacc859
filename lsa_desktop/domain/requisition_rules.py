"""What a requisition must say before it is saved, submitted, decided on or cancelled: pure
checks over plain values, called by the form as a field is left and by the services again before
writing. The database's checks (a unit archived, a line a pledge answers) are added by the
services to the same :class:`~lsa_desktop.domain.validation.Problems`.

Problem keys are the form's fields: ``unit_id``, ``requested_by``, ``requested_on``,
``required_by``, ``priority``, ``justification``, ``operational_impact``, ``lines`` (no line at
all) and ``lines[I].<field>`` for line ``I`` counted from 0, whose sentence names it "Line I+1".

A draft may be saved half-written: its justification can wait until it is submitted (the
requester often saves the lines first and writes the case for them later); everything else is
checked at every save.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from lsa_desktop.domain.enums import Decision, Priority
from lsa_desktop.domain.validation import Problems

NAME_MAX = 120  # requested by, approver, role
TEXT_MAX = 4000  # justification, operational impact
REMARKS_MAX = 400
COMMENT_MAX = 2000
REASON_MAX = 400  # why a requisition was cancelled

#: ``REQ-2026-0004``: the year the requisition was requested, then its number in that year.
REFERENCE_PREFIX = "REQ"


@dataclass(frozen=True, slots=True)
class RequisitionLineInput:
    """One line as the form holds it; ``id`` names an existing line being kept (None: new)."""

    equipment_type_id: uuid.UUID | None
    quantity: int | None
    unit_cost_usd: float | None
    remarks: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class RequisitionInput:
    """A requisition's header and lines as the form holds them."""

    unit_id: uuid.UUID | None
    requested_by: str
    requested_on: date | None
    required_by: date | None
    priority: Priority
    justification: str
    operational_impact: str
    lines: tuple[RequisitionLineInput, ...]


def reference(year: int, number: int) -> str:
    """``REQ-YYYY-NNNN``, the number zero-padded to four digits (a fifth appears past 9,999)."""
    return f"{REFERENCE_PREFIX}-{year:04d}-{number:04d}"


def reference_prefix(year: int) -> str:
    """What every reference of ``year`` starts with: ``REQ-2026-``."""
    return f"{REFERENCE_PREFIX}-{year:04d}-"


def _text_fits(
    problems: Problems, text: str, limit: int, field: str, label: str, verb: str = "has"
) -> None:
    problems.check(
        len(text.strip()) <= limit, field, f"{label} {verb} {limit:,} characters at most."
    )


def check_requisition(values: RequisitionInput, *, today: date) -> Problems:
    """Every problem of a requisition being saved as a draft (see the module's docstring)."""
    problems = Problems()
    problems.check(values.unit_id is not None, "unit_id", "Choose the unit that needs the items.")
    if problems.required(values.requested_by, "requested_by", "The requester's name"):
        _text_fits(problems, values.requested_by, NAME_MAX, "requested_by", "The requester's name")
    if problems.required(values.requested_on, "requested_on", "The request date"):
        assert values.requested_on is not None
        problems.check(
            values.requested_on <= today,
            "requested_on",
            "The request date cannot be in the future.",
        )
        problems.dates_in_order(
            values.requested_on,
            values.required_by,
            "required_by",
            "The request date",
            "The required-by date",
        )
    problems.check(
        isinstance(values.priority, Priority),
        "priority",
        "Choose a priority: immediate, urgent or routine.",
    )
    _text_fits(problems, values.justification, TEXT_MAX, "justification", "The justification")
    _text_fits(
        problems,
        values.operational_impact,
        TEXT_MAX,
        "operational_impact",
        "The operational impact",
    )
    _check_lines(problems, values.lines)
    return problems


def _check_lines(problems: Problems, lines: tuple[RequisitionLineInput, ...]) -> None:
    if not problems.check(
        bool(lines), "lines", "Add at least one line: the equipment type and how many are needed."
    ):
        return
    first_line_of: dict[uuid.UUID, int] = {}
    for index, line in enumerate(lines):
        key, name = f"lines[{index}]", f"Line {index + 1}"
        if line.equipment_type_id is None:
            problems.add(f"{key}.equipment_type_id", f"{name}: choose the equipment type.")
        elif line.equipment_type_id in first_line_of:
            problems.add(
                f"{key}.equipment_type_id",
                f"{name}: this equipment type is already requested on line "
                f"{first_line_of[line.equipment_type_id] + 1}: change the quantity there instead.",
            )
        else:
            first_line_of[line.equipment_type_id] = index
        if problems.required(line.quantity, f"{key}.quantity", f"{name}: the quantity"):
            assert line.quantity is not None
            problems.check(
                line.quantity >= 1, f"{key}.quantity", f"{name}: the quantity must be at least 1."
            )
        label = f"{name}: the estimated unit cost"
        if problems.check(
            line.unit_cost_usd is not None,
            f"{key}.unit_cost_usd",
            f"{label} is required (0 if it is not known yet).",
        ):
            problems.not_negative(line.unit_cost_usd, f"{key}.unit_cost_usd", label)
        _text_fits(
            problems, line.remarks, REMARKS_MAX, f"{key}.remarks", f"{name}: the remarks", "have"
        )


def check_submission(justification: str) -> Problems:
    """What a draft needs before it goes to the approvers, beyond what every save checks."""
    problems = Problems()
    problems.check(
        bool(justification.strip()),
        "justification",
        "Write the justification before submitting: the approvers decide on it.",
    )
    return problems


def check_decision(decision: Decision, *, approver: str, role: str, comment: str) -> Problems:
    """A rejection or a return must say why (the requester reads it); the names and the comment
    fit their fields. Who may decide is :func:`lsa_desktop.domain.requisitions.check_approval`."""
    problems = Problems()
    _text_fits(problems, approver, NAME_MAX, "approver", "The approver's name")
    if decision is Decision.REJECTED:
        problems.check(
            bool(comment.strip()),
            "comment",
            "Say why the requisition is rejected: the requester reads it.",
        )
    elif decision is Decision.RETURNED:
        problems.check(
            bool(comment.strip()),
            "comment",
            "Say what must change before the requisition is submitted again.",
        )
    _text_fits(problems, role, NAME_MAX, "role", "The role")
    _text_fits(problems, comment, COMMENT_MAX, "comment", "The comment")
    return problems


def check_cancel_reason(reason: str) -> Problems:
    problems = Problems()
    _text_fits(problems, reason, REASON_MAX, "reason", "The reason")
    return problems
