"""Inspections in the UN contingent-owned-equipment (COE) manner, as pure rules.

COE practice inspects a unit on arrival, for operational readiness at least every six months
(``PERIODIC``), by spot check when needed, and on repatriation. An inspection lists the unit's
lines (what it is authorised, and what it holds without authorisation), and the inspector records,
per line, how many items are present, how many of those are serviceable, and the findings.

The life of an inspection:

- It is a DRAFT while the count goes on: it may be saved any number of times. Its lines are the
  unit's when it was started; the unit itself never changes.
- Signing it (the inspector's name is required, and the day of the inspection must have come)
  locks it for good: any later change is refused (:class:`InspectionLocked`). A correction is a new
  inspection (a spot check), never an edit of a signed one.
- Signing updates the holdings it counted, in the same transaction as the signature:

  * Bulk types (stock lines): the unit's holding of the type becomes the count. The stock line
    moves by the difference between the count and the register (:func:`stock_delta`), recorded as
    a stock movement of kind ``INSPECTION`` whose reference names the inspection
    (:func:`movement_reference`), so every change of figure can be traced to the inspection.
  * Serialised types (one register row per item, vehicles included): a count says how many items
    were seen, not which ones, so it cannot move any item. The difference is written as a finding
    on the line instead ("Counted 10 present, 12 on the register: 2 to trace."), and the register
    is left as it was until someone traces the items (marks them lost, moves them, adds them).

  Either way the signature writes each difference with the register as a finding on its line
  (:func:`discrepancy_finding`), so a signed inspection states what it found even after the
  register has moved on.

- The next periodic inspection falls due six calendar months after the last signed periodic one,
  or after the arrival inspection when no periodic one has followed it (the first operational
  readiness inspection is due within six months of arrival). After a repatriation inspection
  nothing more is due: the unit has gone home. See :func:`next_periodic_due`.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from lsa_desktop.domain.enums import InspectionKind, InspectionStatus
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError

#: Months between two operational readiness inspections (COE: at least every six months).
PERIODIC_INTERVAL_MONTHS = 6
INSPECTOR_MAX = 120
REMARKS_MAX = 2000
#: What the inspector may write per line: the column holds 1,000 characters, and the signature
#: adds its own sentence about the register (at most about 150) in front of it.
FINDINGS_MAX = 800


class InspectionLocked(UserError):
    """A signed inspection was asked to change."""


# --- dates ---------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later, or the month's last day if it has no such
    day: 31 August + 6 months = 28 (or 29) February; 31 March + 6 months = 30 September."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_periodic_due(signed: Iterable[tuple[InspectionKind, date]]) -> date | None:
    """When the next periodic inspection is due, from a unit's signed inspections (kind, day).

    Six months after the later of its last periodic and its last arrival inspection; None when it
    has had neither, or when its last inspection of the three kinds was its repatriation.
    """
    last: dict[InspectionKind, date] = {}
    for kind, day in signed:
        if kind not in last or day > last[kind]:
            last[kind] = day
    bases = [last[k] for k in (InspectionKind.PERIODIC, InspectionKind.ARRIVAL) if k in last]
    if not bases:
        return None
    base = max(bases)
    gone = last.get(InspectionKind.REPATRIATION)
    if gone is not None and gone >= base:
        return None
    return add_months(base, PERIODIC_INTERVAL_MONTHS)


def is_overdue(due: date | None, today: date) -> bool:
    """Overdue once the due day has passed (an inspection on the due day is on time)."""
    return due is not None and due < today


# --- what the inspector records -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineCount:
    """What was counted of one equipment type."""

    equipment_type_id: uuid.UUID
    present: int
    serviceable: int
    findings: str = ""


@dataclass(frozen=True, slots=True)
class InspectionInput:
    """An inspection as the form holds it; ``lines`` lists the counts typed (all lines or some)."""

    unit_id: uuid.UUID | None
    kind: InspectionKind | None
    inspected_on: date | None
    inspector: str = ""
    remarks: str = ""
    lines: tuple[LineCount, ...] = ()


def check_counts(name: str, present: int, serviceable: int) -> list[str]:
    """The problems of one line's counts, each a sentence naming the equipment."""
    problems = []
    if present < 0:
        problems.append(f"{name}: present cannot be negative.")
    if serviceable < 0:
        problems.append(f"{name}: serviceable cannot be negative.")
    if 0 <= present < serviceable:
        problems.append(
            f"{name}: serviceable ({serviceable}) cannot be more than present ({present}); "
            "count the serviceable items among those present."
        )
    return problems


def check_findings(name: str, findings: str) -> list[str]:
    if len(findings) <= FINDINGS_MAX:
        return []
    return [f"{name}: the findings hold {len(findings)} characters; keep them to {FINDINGS_MAX}."]


def check_line(name: str, present: int, serviceable: int, findings: str = "") -> list[str]:
    """Every problem of one line: its counts, then its findings."""
    return check_counts(name, present, serviceable) + check_findings(name, findings)


def check_inspection(
    values: InspectionInput, names: Mapping[uuid.UUID, str], *, signing: bool, today: date
) -> Problems:
    """The rules that need no database. ``names`` names each line's equipment type for the
    sentences; ``signing`` adds what a signature needs (the inspector, a day not in the future).

    Field names: ``unit_id``, ``kind``, ``inspected_on``, ``inspector``, ``remarks``, ``lines``
    (every line's problems, in one text).
    """
    problems = Problems()
    problems.check(values.unit_id is not None, "unit_id", "Choose the unit inspected.")
    problems.check(values.kind is not None, "kind", "Choose the kind of inspection.")
    day = values.inspected_on
    if day is None:
        problems.add("inspected_on", "The date of the inspection is required.")
    elif signing and day > today:
        problems.add(
            "inspected_on",
            f"An inspection cannot be signed before it takes place ({day.isoformat()} is after "
            f"today, {today.isoformat()}): save it as a draft and sign it on the day.",
        )
    inspector = values.inspector.strip()
    if signing:
        problems.check(bool(inspector), "inspector", "The inspector's name is required to sign.")
    problems.check(
        len(inspector) <= INSPECTOR_MAX,
        "inspector",
        f"The inspector's name can hold at most {INSPECTOR_MAX} characters.",
    )
    problems.check(
        len(values.remarks) <= REMARKS_MAX,
        "remarks",
        f"The remarks hold {len(values.remarks)} characters; keep them to {REMARKS_MAX}.",
    )
    line_problems = [
        sentence
        for line in values.lines
        for sentence in check_line(
            names.get(line.equipment_type_id, "A line"),
            line.present,
            line.serviceable,
            line.findings,
        )
    ]
    if line_problems:
        problems.add("lines", " ".join(line_problems))
    return problems


# --- signing --------------------------------------------------------------------------------------


def ensure_draft(status: InspectionStatus, inspector: str, signed_at: datetime | None) -> None:
    """Refuse any change to a signed inspection, with a sentence that says what to do instead."""
    if status != InspectionStatus.SIGNED:
        return
    when = f" on {signed_at.date().isoformat()}" if signed_at is not None else ""
    who = f" by {inspector}" if inspector else ""
    raise InspectionLocked(
        f"This inspection was signed{who}{when} and is locked: it cannot be changed. "
        "To correct it, record a new inspection (a spot check) of the unit."
    )


def stock_delta(
    present: int, serviceable: int, register_on_hand: int, register_serviceable: int
) -> tuple[int, int]:
    """How much a bulk stock line moves so that the holding becomes the count:
    (on hand, serviceable)."""
    return present - register_on_hand, serviceable - register_serviceable


def movement_reference(inspection_id: uuid.UUID) -> str:
    """The reference of the stock movements a signature writes: the inspection, by its id."""
    return f"INSPECTION {inspection_id.hex}"


def _signed(number: int) -> str:
    """A non-zero difference with its sign: +2, \u22124 (a true minus sign)."""
    return f"+{number}" if number > 0 else f"\u2212{-number}"


def discrepancy_finding(
    *,
    serialised: bool,
    present: int,
    serviceable: int,
    register_on_hand: int,
    register_serviceable: int,
) -> str:
    """The sentence the signature writes on a line whose count differs from the register; "" when
    the count agrees with it.

    Serialised types: the items to trace or to add, and the statuses to check when the serviceable
    count differs by more than the missing (or extra) items explain; nothing is changed.
    Bulk types: the stock line was set to the count, and by how much it moved.
    """
    if present == register_on_hand and serviceable == register_serviceable:
        return ""
    if not serialised:
        moves = [
            f"{label} {held} \u2192 {counted} ({_signed(counted - held)})"
            for label, held, counted in (
                ("on hand", register_on_hand, present),
                ("serviceable", register_serviceable, serviceable),
            )
            if counted != held
        ]
        return f"Stock set to the count: {', '.join(moves)}."
    parts = []
    if present < register_on_hand:
        parts.append(
            f"Counted {present} present, {register_on_hand} on the register: "
            f"{register_on_hand - present} to trace."
        )
    elif present > register_on_hand:
        parts.append(
            f"Counted {present} present, {register_on_hand} on the register: "
            f"{present - register_on_hand} to add to the register."
        )
    # Missing (or extra) items explain as many serviceable ones; only the rest is about status.
    if serviceable - register_serviceable != present - register_on_hand:
        parts.append(
            f"Counted {serviceable} serviceable, {register_serviceable} in service on the "
            "register: check the items' statuses."
        )
    return " ".join(parts)
