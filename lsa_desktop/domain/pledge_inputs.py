"""Donors, pledges and deliveries as a form gives them, and the checks that need no database.

Each check returns :class:`Problems` keyed by field (``lines[I].<field>`` for a line, ``I`` from
0, the sentence naming it from 1); the services add what only the database knows (a name or a
serial number already used, a requisition no longer waiting) to the same problems before writing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from lsa_desktop.domain.enums import Condition, DonorType, PledgeKind
from lsa_desktop.domain.fleet_rules import SERIAL_MAX, clean_key
from lsa_desktop.domain.validation import Problems

#: Column widths of the tables (``store.models.supply``), so a form refuses what cannot be kept.
DONOR_NAME_MAX = 160
CONTACT_MAX = 400
PLEDGE_REFERENCE_MAX = 40
PLEDGE_NOTES_MAX = 2000
WAYBILL_MAX = 80
RECEIVED_BY_MAX = 120
DISCREPANCY_MAX = 400


# --- donors -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DonorInput:
    name: str
    donor_type: DonorType
    country_code: str  # ISO 3166 alpha-2, or ""
    contact: str

    def cleaned(self) -> DonorInput:
        """Text trimmed; the country code in capitals."""
        return replace(
            self,
            name=" ".join(self.name.split()),
            country_code=self.country_code.strip().upper(),
            contact=self.contact.strip(),
        )


def check_donor(values: DonorInput) -> Problems:
    values = values.cleaned()
    problems = Problems()
    if problems.required(values.name, "name", "The donor's name"):
        problems.check(
            len(values.name) <= DONOR_NAME_MAX,
            "name",
            f"A donor's name has {DONOR_NAME_MAX} characters at most.",
        )
    code = values.country_code
    problems.check(
        not code or (len(code) == 2 and code.isascii() and code.isalpha()),
        "country_code",
        "A country code is two letters (ISO 3166), such as CA or US; leave it empty for a fund "
        "or an organisation.",
    )
    problems.check(
        len(values.contact) <= CONTACT_MAX,
        "contact",
        f"The contact has {CONTACT_MAX} characters at most.",
    )
    return problems


# --- pledges ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PledgeLineInput:
    requisition_line_id: uuid.UUID | None  # when set, unit and type come from it
    unit_id: uuid.UUID | None
    equipment_type_id: uuid.UUID | None
    quantity: int | None
    unit_value_usd: float | None  # None: the requisition line's cost, else the type's value
    id: uuid.UUID | None = None  # an existing line being kept (None: a new line)


@dataclass(frozen=True, slots=True)
class PledgeInput:
    donor_id: uuid.UUID | None
    reference: str  # "" -> PLG-YYYY-NNNN given in the write
    pledged_on: date | None
    kind: PledgeKind
    expected_delivery: date | None
    value_usd: float | None  # a pledge without lines; with lines, the lines' total is used
    notes: str
    lines: tuple[PledgeLineInput, ...]

    def cleaned(self) -> PledgeInput:
        return replace(self, reference=" ".join(self.reference.split()), notes=self.notes.strip())


def check_pledge(values: PledgeInput, *, today: date) -> Problems:
    """The rules of a pledge that need no database; problem keys as the fields, and
    ``lines[I].<field>`` for line ``I`` (from 0; the sentence names it from 1)."""
    values = values.cleaned()
    problems = Problems()
    problems.check(values.donor_id is not None, "donor_id", "Choose the donor.")
    problems.check(
        len(values.reference) <= PLEDGE_REFERENCE_MAX,
        "reference",
        f"A reference has {PLEDGE_REFERENCE_MAX} characters at most.",
    )
    if problems.required(values.pledged_on, "pledged_on", "The pledge date"):
        assert values.pledged_on is not None
        problems.check(
            values.pledged_on <= today, "pledged_on", "The pledge date cannot be in the future."
        )
    problems.dates_in_order(
        values.pledged_on,
        values.expected_delivery,
        "expected_delivery",
        "The pledge date",
        "The expected delivery",
    )
    problems.check(
        len(values.notes) <= PLEDGE_NOTES_MAX,
        "notes",
        f"Notes have {PLEDGE_NOTES_MAX} characters at most.",
    )
    if not values.lines:
        value = values.value_usd
        if problems.check(
            value is not None,
            "value_usd",
            "A pledge without item lines is recorded by its value: enter it in USD, or add "
            "the items pledged.",
        ):
            assert value is not None
            problems.check(value > 0, "value_usd", "The value of the pledge must be above 0 USD.")
    _check_pledge_lines(problems, values.lines)
    return problems


def _check_pledge_lines(problems: Problems, lines: Iterable[PledgeLineInput]) -> None:
    seen: dict[object, int] = {}
    for index, line in enumerate(lines):
        field, label = f"lines[{index}]", f"Line {index + 1}"
        if line.requisition_line_id is None:
            problems.check(
                line.unit_id is not None, f"{field}.unit_id", f"{label}: choose the unit."
            )
            problems.check(
                line.equipment_type_id is not None,
                f"{field}.equipment_type_id",
                f"{label}: choose the equipment type.",
            )
        if problems.required(line.quantity, f"{field}.quantity", f"{label}: the quantity"):
            assert line.quantity is not None
            problems.check(
                line.quantity >= 1,
                f"{field}.quantity",
                f"{label}: the quantity must be at least 1.",
            )
        problems.not_negative(
            line.unit_value_usd, f"{field}.unit_value_usd", f"{label}: the unit value"
        )
        if line.requisition_line_id is not None:
            key: object = line.requisition_line_id
            key_field, what = "requisition_line_id", "the same requisition line"
        elif line.unit_id is not None and line.equipment_type_id is not None:
            key = (line.unit_id, line.equipment_type_id)
            key_field, what = "equipment_type_id", "the same unit and equipment type"
        else:
            continue
        if key in seen:
            problems.add(
                f"{field}.{key_field}",
                f"{label} repeats line {seen[key] + 1} ({what}): change the quantity of line "
                f"{seen[key] + 1} instead.",
            )
        else:
            seen[key] = index


# --- deliveries -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeliveryLineInput:
    pledge_line_id: uuid.UUID
    quantity_received: int | None
    quantity_accepted: int | None
    condition: Condition
    discrepancy_reason: str = ""  # required when fewer are accepted than received
    identifiers: tuple[str, ...] = ()  # serialised types: one serial per item accepted, or ()

    @property
    def serials(self) -> tuple[str, ...]:
        """The serial numbers typed, as they are kept (see ``clean_key``), blanks left out."""
        return tuple(key for key in (clean_key(text) for text in self.identifiers) if key)

    @property
    def received(self) -> bool:
        """Whether the line holds anything; a line left at nothing is ignored."""
        return bool(self.quantity_received or self.quantity_accepted or self.serials)


@dataclass(frozen=True, slots=True)
class DeliveryInput:
    pledge_id: uuid.UUID
    delivered_on: date | None
    waybill_reference: str
    received_by: str
    lines: tuple[DeliveryLineInput, ...]  # lines with nothing received are ignored

    def cleaned(self) -> DeliveryInput:
        return replace(
            self,
            waybill_reference=" ".join(self.waybill_reference.split()),
            received_by=" ".join(self.received_by.split()),
        )


@dataclass(frozen=True, slots=True)
class ReceivableLine:
    """What a delivery can receive against a pledge line."""

    outstanding: int  # pledged and not yet accepted
    serialised: bool


def check_delivery(
    values: DeliveryInput,
    receivable: Mapping[uuid.UUID, ReceivableLine],
    *,
    pledged_on: date,
    today: date,
) -> Problems:
    """The rules of a delivery against a pledge's lines (``receivable``, by pledge line id);
    problem keys as the fields, and ``lines[I].<field>`` with ``I`` the line's index in the input.
    Serials already used by other items are the service's to check."""
    values = values.cleaned()
    problems = Problems()
    if problems.required(values.delivered_on, "delivered_on", "The delivery date"):
        assert values.delivered_on is not None
        problems.check(
            values.delivered_on <= today,
            "delivered_on",
            "The delivery date cannot be in the future.",
        )
        problems.check(
            values.delivered_on >= pledged_on,
            "delivered_on",
            f"The delivery date cannot be before the pledge was made ({pledged_on.isoformat()}).",
        )
    for field, text, label, longest in (
        ("waybill_reference", values.waybill_reference, "The waybill reference", WAYBILL_MAX),
        ("received_by", values.received_by, "Who received it", RECEIVED_BY_MAX),
    ):
        if problems.required(text, field, label):
            problems.check(
                len(text) <= longest, field, f"{label} has {longest} characters at most."
            )
    lines = [(index, line) for index, line in enumerate(values.lines) if line.received]
    problems.check(
        bool(lines), "lines", "Enter what was received on at least one line of the pledge."
    )
    seen_lines: dict[uuid.UUID, int] = {}
    seen_serials: dict[str, int] = {}
    for index, line in lines:
        target = receivable.get(line.pledge_line_id)
        field, label = f"lines[{index}]", f"Line {index + 1}"
        if target is None:
            problems.add(
                f"{field}.quantity_received",
                f"{label} is not a line of this pledge any more: close the form and start again.",
            )
            continue
        if line.pledge_line_id in seen_lines:
            problems.add(
                f"{field}.quantity_received",
                f"{label} receives against the same pledge line as line "
                f"{seen_lines[line.pledge_line_id] + 1}: put both on one line.",
            )
            continue
        seen_lines[line.pledge_line_id] = index
        if _check_quantities(problems, field, label, line, target.outstanding):
            _check_serials(problems, field, label, line, target.serialised, seen_serials, index)
    return problems


def _check_quantities(
    problems: Problems, field: str, label: str, line: DeliveryLineInput, outstanding: int
) -> bool:
    """Received and accepted, the over-delivery and the discrepancy; whether they stand."""
    received, accepted = line.quantity_received, line.quantity_accepted
    ok = True
    for name, value, what in (
        ("quantity_received", received, "the quantity received"),
        ("quantity_accepted", accepted, "the quantity accepted"),
    ):
        if problems.required(value, f"{field}.{name}", f"{label}: {what}"):
            ok = problems.not_negative(value, f"{field}.{name}", f"{label}: {what}") and ok
        else:
            ok = False
    if not ok:
        return False
    assert received is not None and accepted is not None
    if not problems.check(
        accepted <= received,
        f"{field}.quantity_accepted",
        f"{label}: {accepted:,} accepted is more than the {received:,} received.",
    ):
        return False
    if received > outstanding:
        extra = "add the extra to the pledge as a new line first, or record it as a new pledge."
        if outstanding:
            sentence = (
                f"{label}: {received:,} received is more than the {outstanding:,} still "
                f"outstanding on this pledge line. Record {outstanding:,} here and {extra}"
            )
        else:
            sentence = f"{label}: everything pledged on this line has arrived already: {extra}"
        problems.add(f"{field}.quantity_received", sentence)
        return False
    reason = line.discrepancy_reason.strip()
    if accepted < received:
        problems.check(
            bool(reason),
            f"{field}.discrepancy_reason",
            f"{label}: {received - accepted:,} of the {received:,} received were not accepted: "
            "say why (damaged, wrong model, missing parts...).",
        )
    problems.check(
        len(reason) <= DISCREPANCY_MAX,
        f"{field}.discrepancy_reason",
        f"{label}: the discrepancy reason has {DISCREPANCY_MAX} characters at most.",
    )
    return True


def _check_serials(
    problems: Problems,
    field: str,
    label: str,
    line: DeliveryLineInput,
    serialised: bool,
    seen: dict[str, int],
    index: int,
) -> None:
    """One serial per item accepted (or none, to tag them all), none twice in the delivery."""
    serials = line.serials
    key = f"{field}.identifiers"
    if not serials:
        return
    if not serialised:
        problems.add(key, f"{label} is counted in bulk: its items have no serial numbers.")
        return
    accepted = line.quantity_accepted or 0
    if not problems.check(
        len(serials) == accepted,
        key,
        f"{label}: {len(serials):,} serial numbers for {accepted:,} items accepted. Enter one "
        "per item, or none to have tags given to them.",
    ):
        return
    for serial in serials:
        if not problems.check(
            len(serial) <= SERIAL_MAX,
            key,
            f"{label}: serial number {serial[:20]}... has more than {SERIAL_MAX} characters.",
        ):
            return
        if serial in seen:
            where = "this line" if seen[serial] == index else f"line {seen[serial] + 1}"
            problems.add(
                key, f"{label}: serial number {serial} is entered twice (also on {where})."
            )
            return
        seen[serial] = index
