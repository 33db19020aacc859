"""The checks of donor, pledge and delivery forms without a database: each refusal on its field,
with a sentence that says what to do, and what a clean form passes."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from lsa_desktop.domain.enums import Condition, DonorType, PledgeKind
from lsa_desktop.domain.pledge_inputs import (
    DeliveryInput,
    DeliveryLineInput,
    DonorInput,
    PledgeInput,
    PledgeLineInput,
    ReceivableLine,
    check_delivery,
    check_donor,
    check_pledge,
)

TODAY = date(2025, 6, 1)
UNIT, RADIO, NVG = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
REQ_LINE = uuid.uuid4()


# --- donors -----------------------------------------------------------------------------------


def donor(**changes) -> DonorInput:
    values = DonorInput(" Canada ", DonorType.GOVERNMENT, "ca", " Embassy, Port-au-Prince ")
    return replace(values, **changes)


def test_a_donor_form_is_cleaned_and_passes():
    assert not check_donor(donor())
    assert donor().cleaned() == DonorInput(
        "Canada", DonorType.GOVERNMENT, "CA", "Embassy, Port-au-Prince"
    )
    assert not check_donor(donor(country_code=""))  # a fund has no country


@pytest.mark.parametrize(
    ("changes", "field", "sentence"),
    [
        ({"name": "  "}, "name", "The donor's name is required."),
        ({"name": "x" * 161}, "name", "A donor's name has 160 characters at most."),
        ({"country_code": "CAN"}, "country_code", "A country code is two letters (ISO 3166)"),
        ({"country_code": "C1"}, "country_code", "A country code is two letters"),
        ({"country_code": "ÇA"}, "country_code", "A country code is two letters"),
        ({"contact": "x" * 401}, "contact", "The contact has 400 characters at most."),
    ],
)
def test_donor_refusals(changes, field, sentence):
    problems = check_donor(donor(**changes)).as_dict()
    assert list(problems) == [field]
    assert problems[field].startswith(sentence)


# --- pledges ----------------------------------------------------------------------------------


def line(**changes) -> PledgeLineInput:
    return replace(PledgeLineInput(None, UNIT, RADIO, 10, 800.0), **changes)


def pledge(**changes) -> PledgeInput:
    values = PledgeInput(
        donor_id=uuid.uuid4(),
        reference="  UK-2025  04 ",
        pledged_on=date(2025, 5, 1),
        kind=PledgeKind.IN_KIND,
        expected_delivery=date(2025, 7, 1),
        value_usd=None,
        notes=" radios ",
        lines=(line(),),
    )
    return replace(values, **changes)


def test_a_pledge_form_is_cleaned_and_passes():
    assert not check_pledge(pledge(), today=TODAY)
    cleaned = pledge().cleaned()
    assert (cleaned.reference, cleaned.notes) == ("UK-2025 04", "radios")
    # against a requisition line, the unit and type come from it
    assert not check_pledge(
        pledge(lines=(PledgeLineInput(REQ_LINE, None, None, 4, None),)), today=TODAY
    )
    # a value alone, and a pledge made today with no expected date
    assert not check_pledge(
        pledge(lines=(), value_usd=5e6, pledged_on=TODAY, expected_delivery=None), today=TODAY
    )


@pytest.mark.parametrize(
    ("changes", "field", "sentence"),
    [
        ({"donor_id": None}, "donor_id", "Choose the donor."),
        ({"reference": "R" * 41}, "reference", "A reference has 40 characters at most."),
        ({"pledged_on": None}, "pledged_on", "The pledge date is required."),
        (
            {"pledged_on": date(2025, 6, 2), "expected_delivery": None},
            "pledged_on",
            "The pledge date cannot be in the future.",
        ),
        (
            {"expected_delivery": date(2025, 4, 30)},
            "expected_delivery",
            "The expected delivery cannot be before the pledge date.",
        ),
        ({"notes": "n" * 2001}, "notes", "Notes have 2000 characters at most."),
        (
            {"lines": ()},
            "value_usd",
            "A pledge without item lines is recorded by its value: enter it in USD, or add the "
            "items pledged.",
        ),
        (
            {"lines": (), "value_usd": 0.0},
            "value_usd",
            "The value of the pledge must be above 0 USD.",
        ),
        ({"lines": (line(unit_id=None),)}, "lines[0].unit_id", "Line 1: choose the unit."),
        (
            {"lines": (line(equipment_type_id=None),)},
            "lines[0].equipment_type_id",
            "Line 1: choose the equipment type.",
        ),
        (
            {"lines": (line(quantity=None),)},
            "lines[0].quantity",
            "Line 1: the quantity is required.",
        ),
        (
            {"lines": (line(), line(equipment_type_id=NVG, quantity=0))},
            "lines[1].quantity",
            "Line 2: the quantity must be at least 1.",
        ),
        (
            {"lines": (line(unit_value_usd=-1.0),)},
            "lines[0].unit_value_usd",
            "Line 1: the unit value cannot be negative.",
        ),
        (
            {"lines": (line(), line(equipment_type_id=NVG), line(quantity=3))},
            "lines[2].equipment_type_id",
            "Line 3 repeats line 1 (the same unit and equipment type): change the quantity of "
            "line 1 instead.",
        ),
        (
            {
                "lines": (
                    PledgeLineInput(REQ_LINE, None, None, 4, None),
                    PledgeLineInput(REQ_LINE, None, None, 2, None),
                )
            },
            "lines[1].requisition_line_id",
            "Line 2 repeats line 1 (the same requisition line): change the quantity of line 1 "
            "instead.",
        ),
    ],
)
def test_pledge_refusals(changes, field, sentence):
    problems = check_pledge(pledge(**changes), today=TODAY).as_dict()
    assert list(problems) == [field]
    assert problems[field] == sentence


def test_a_line_without_unit_or_type_is_not_compared_with_the_others():
    problems = check_pledge(
        pledge(lines=(line(unit_id=None), line(unit_id=None))), today=TODAY
    ).as_dict()
    assert set(problems) == {"lines[0].unit_id", "lines[1].unit_id"}


# --- deliveries -------------------------------------------------------------------------------

BULK, ITEMS = uuid.uuid4(), uuid.uuid4()
RECEIVABLE = {
    BULK: ReceivableLine(outstanding=100, serialised=False),
    ITEMS: ReceivableLine(outstanding=10, serialised=True),
}


def received(pledge_line_id=ITEMS, got=4, kept=4, **changes) -> DeliveryLineInput:
    return replace(DeliveryLineInput(pledge_line_id, got, kept, Condition.NEW), **changes)


def delivery(*lines: DeliveryLineInput, **changes) -> DeliveryInput:
    values = DeliveryInput(
        pledge_id=uuid.uuid4(),
        delivered_on=date(2025, 5, 20),
        waybill_reference=" WB  0042 ",
        received_by="  Sgt.  Mwangi ",
        lines=lines or (received(),),
    )
    return replace(values, **changes)


def check(values: DeliveryInput) -> dict[str, str]:
    return check_delivery(values, RECEIVABLE, pledged_on=date(2025, 5, 1), today=TODAY).as_dict()


def test_a_delivery_form_is_cleaned_and_passes():
    values = delivery(
        received(BULK, 100, 95, discrepancy_reason="5 cartons wet"),
        received(identifiers=("sn-1", " sn  2 ", "", "SN-3", "sn-4")),
        received(BULK, 0, 0),  # nothing on this line: ignored
    )
    assert check(values) == {}
    assert values.lines[1].serials == ("SN-1", "SN 2", "SN-3", "SN-4")
    assert [line.received for line in values.lines] == [True, True, False]
    cleaned = values.cleaned()
    assert (cleaned.waybill_reference, cleaned.received_by) == ("WB 0042", "Sgt. Mwangi")
    # on the pledge date, and today
    assert check(delivery(delivered_on=date(2025, 5, 1))) == {}
    assert check(delivery(delivered_on=TODAY)) == {}


@pytest.mark.parametrize(
    ("values", "field", "sentence"),
    [
        (delivery(delivered_on=None), "delivered_on", "The delivery date is required."),
        (
            delivery(delivered_on=date(2025, 6, 2)),
            "delivered_on",
            "The delivery date cannot be in the future.",
        ),
        (
            delivery(delivered_on=date(2025, 4, 30)),
            "delivered_on",
            "The delivery date cannot be before the pledge was made (2025-05-01).",
        ),
        (
            delivery(waybill_reference=" "),
            "waybill_reference",
            "The waybill reference is required.",
        ),
        (
            delivery(waybill_reference="W" * 81),
            "waybill_reference",
            "The waybill reference has 80 characters at most.",
        ),
        (delivery(received_by=""), "received_by", "Who received it is required."),
        (
            delivery(received_by="R" * 121),
            "received_by",
            "Who received it has 120 characters at most.",
        ),
        (
            delivery(received(got=0, kept=0), received(BULK, None, None)),
            "lines",
            "Enter what was received on at least one line of the pledge.",
        ),
        (
            delivery(received(uuid.uuid4())),
            "lines[0].quantity_received",
            "Line 1 is not a line of this pledge any more: close the form and start again.",
        ),
        (
            delivery(received(got=2, kept=2), received(got=1, kept=1)),
            "lines[1].quantity_received",
            "Line 2 receives against the same pledge line as line 1: put both on one line.",
        ),
        (
            delivery(received(got=None, kept=3)),
            "lines[0].quantity_received",
            "Line 1: the quantity received is required.",
        ),
        (
            delivery(received(got=3, kept=None)),
            "lines[0].quantity_accepted",
            "Line 1: the quantity accepted is required.",
        ),
        (
            delivery(received(got=-1, kept=0)),
            "lines[0].quantity_received",
            "Line 1: the quantity received cannot be negative.",
        ),
        (
            delivery(received(got=3, kept=-1)),
            "lines[0].quantity_accepted",
            "Line 1: the quantity accepted cannot be negative.",
        ),
        (
            delivery(received(got=3, kept=4)),
            "lines[0].quantity_accepted",
            "Line 1: 4 accepted is more than the 3 received.",
        ),
        (
            delivery(received(got=12, kept=12)),
            "lines[0].quantity_received",
            "Line 1: 12 received is more than the 10 still outstanding on this pledge line. "
            "Record 10 here and add the extra to the pledge as a new line first, or record it as "
            "a new pledge.",
        ),
        (
            delivery(received(got=4, kept=3)),
            "lines[0].discrepancy_reason",
            "Line 1: 1 of the 4 received were not accepted: say why (damaged, wrong model, "
            "missing parts...).",
        ),
        (
            delivery(received(got=4, kept=4, discrepancy_reason="x" * 401)),
            "lines[0].discrepancy_reason",
            "Line 1: the discrepancy reason has 400 characters at most.",
        ),
        (
            delivery(received(BULK, 5, 5, identifiers=("A1",))),
            "lines[0].identifiers",
            "Line 1 is counted in bulk: its items have no serial numbers.",
        ),
        (
            delivery(received(got=3, kept=2, discrepancy_reason="one broken", identifiers=("A1",))),
            "lines[0].identifiers",
            "Line 1: 1 serial numbers for 2 items accepted. Enter one per item, or none to have "
            "tags given to them.",
        ),
        (
            delivery(received(got=1, kept=1, identifiers=("S" * 81,))),
            "lines[0].identifiers",
            f"Line 1: serial number {'S' * 20}... has more than 80 characters.",
        ),
        (
            delivery(received(got=2, kept=2, identifiers=("a1", "A1"))),
            "lines[0].identifiers",
            "Line 1: serial number A1 is entered twice (also on this line).",
        ),
    ],
)
def test_delivery_refusals(values, field, sentence):
    problems = check(values)
    assert list(problems) == [field]
    assert problems[field] == sentence


def test_a_serial_on_two_lines_of_one_delivery_is_refused_on_the_later():
    other = uuid.uuid4()
    receivable = {**RECEIVABLE, other: ReceivableLine(outstanding=5, serialised=True)}
    values = delivery(
        received(got=1, kept=1, identifiers=("X9",)),
        received(other, 1, 1, identifiers=("x9",)),
    )
    problems = check_delivery(values, receivable, pledged_on=date(2025, 5, 1), today=TODAY)
    assert problems.as_dict() == {
        "lines[1].identifiers": "Line 2: serial number X9 is entered twice (also on line 1)."
    }


def test_a_line_with_everything_delivered_says_so():
    receivable = {ITEMS: ReceivableLine(outstanding=0, serialised=True)}
    problems = check_delivery(
        delivery(received(got=1, kept=1)), receivable, pledged_on=date(2025, 5, 1), today=TODAY
    )
    assert problems.as_dict() == {
        "lines[0].quantity_received": "Line 1: everything pledged on this line has arrived "
        "already: add the extra to the pledge as a new line first, or record it as a new pledge."
    }


def test_a_line_whose_quantities_are_refused_is_not_checked_further():
    """Serials are compared with the quantity accepted only once that quantity stands."""
    problems = check(delivery(received(got=3, kept=5, identifiers=("A", "B"))))
    assert list(problems) == ["lines[0].quantity_accepted"]
