"""The inspection rules: counts that make sense, the lock after signature, the periodic schedule."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from lsa_desktop.domain.enums import InspectionKind, InspectionStatus
from lsa_desktop.domain.inspections import (
    FINDINGS_MAX,
    InspectionInput,
    InspectionLocked,
    LineCount,
    add_months,
    check_inspection,
    check_line,
    discrepancy_finding,
    ensure_draft,
    is_overdue,
    movement_reference,
    next_periodic_due,
    stock_delta,
)
from lsa_desktop.errors import UserError

TODAY = date(2025, 3, 1)
HELMET, RADIO = uuid.uuid4(), uuid.uuid4()
NAMES = {HELMET: "Ballistic helmet", RADIO: "Handheld radio"}
ARRIVAL, PERIODIC = InspectionKind.ARRIVAL, InspectionKind.PERIODIC
SPOT, REPATRIATION = InspectionKind.SPOT_CHECK, InspectionKind.REPATRIATION


def values(**changes) -> InspectionInput:
    fields = {
        "unit_id": uuid.uuid4(),
        "kind": PERIODIC,
        "inspected_on": TODAY,
        "inspector": "Supt. Kamau",
        "lines": (LineCount(HELMET, 100, 80), LineCount(RADIO, 10, 10)),
    }
    return InspectionInput(**(fields | changes))


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 3, 1), 6, date(2025, 9, 1)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),  # no 31 February: the month's last day
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # a leap year's February
        (date(2025, 3, 31), 6, date(2025, 9, 30)),
        (date(2025, 10, 15), 6, date(2026, 4, 15)),  # across the year end
        (date(2025, 12, 31), 6, date(2026, 6, 30)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 7, 31), 0, date(2025, 7, 31)),
    ],
)
def test_months_are_calendar_months_clamped_to_the_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_the_next_periodic_falls_six_months_after_the_last_periodic():
    signed = [
        (ARRIVAL, date(2024, 6, 20)),
        (PERIODIC, date(2024, 12, 10)),
        (PERIODIC, date(2025, 8, 31)),
        (SPOT, date(2025, 10, 2)),  # a spot check does not reset the clock
    ]
    assert next_periodic_due(signed) == date(2026, 2, 28)
    assert next_periodic_due(reversed(signed)) == date(2026, 2, 28)  # order does not matter


def test_after_arrival_alone_the_first_periodic_is_due_six_months_on():
    assert next_periodic_due([(ARRIVAL, date(2024, 6, 20))]) == date(2024, 12, 20)
    # A new rotation's arrival after the last periodic one restarts the count from arrival.
    later_arrival = [(PERIODIC, date(2024, 12, 10)), (ARRIVAL, date(2025, 1, 31))]
    assert next_periodic_due(later_arrival) == date(2025, 7, 31)


def test_nothing_is_due_without_a_baseline_or_after_repatriation():
    assert next_periodic_due([]) is None
    assert next_periodic_due([(SPOT, date(2025, 1, 5))]) is None
    gone = [(PERIODIC, date(2024, 12, 10)), (REPATRIATION, date(2025, 2, 1))]
    assert next_periodic_due(gone) is None
    back = [*gone, (ARRIVAL, date(2025, 5, 1))]
    assert next_periodic_due(back) == date(2025, 11, 1)


def test_overdue_once_the_due_day_has_passed():
    due = date(2025, 3, 1)
    assert not is_overdue(due, date(2025, 2, 28))
    assert not is_overdue(due, due)  # inspected on the due day is on time
    assert is_overdue(due, date(2025, 3, 2))
    assert not is_overdue(None, date(2030, 1, 1))


# --- counts -------------------------------------------------------------------------------------


def test_sound_values_have_no_problem():
    assert not check_inspection(values(), NAMES, signing=True, today=TODAY)
    assert check_line("Ballistic helmet", 0, 0) == []
    assert check_line("Ballistic helmet", 5, 5, "x" * FINDINGS_MAX) == []


def test_each_bad_count_is_named_in_one_sentence_for_the_lines():
    bad = values(
        lines=(LineCount(HELMET, 10, 12, "y" * (FINDINGS_MAX + 1)), LineCount(RADIO, -1, -2))
    )
    problems = check_inspection(bad, NAMES, signing=False, today=TODAY).as_dict()
    assert problems == {
        "lines": "Ballistic helmet: serviceable (12) cannot be more than present (10); count "
        "the serviceable items among those present. Ballistic helmet: the findings hold 801 "
        "characters; keep them to 800. Handheld radio: present cannot be negative. Handheld "
        "radio: serviceable cannot be negative."
    }


def test_a_draft_needs_unit_kind_and_date_but_not_yet_an_inspector():
    draft = values(unit_id=None, kind=None, inspected_on=None, inspector="  ")
    assert check_inspection(draft, NAMES, signing=False, today=TODAY).as_dict() == {
        "unit_id": "Choose the unit inspected.",
        "kind": "Choose the kind of inspection.",
        "inspected_on": "The date of the inspection is required.",
    }


def test_signing_needs_the_inspector_and_a_day_that_has_come():
    unsigned = values(inspector="  ", inspected_on=date(2025, 3, 2))
    assert not check_inspection(unsigned, NAMES, signing=False, today=TODAY)  # a planned draft
    assert check_inspection(unsigned, NAMES, signing=True, today=TODAY).as_dict() == {
        "inspected_on": "An inspection cannot be signed before it takes place (2025-03-02 is "
        "after today, 2025-03-01): save it as a draft and sign it on the day.",
        "inspector": "The inspector's name is required to sign.",
    }


def test_text_lengths_are_bounded():
    long = values(inspector="k" * 121, remarks="r" * 2001)
    assert check_inspection(long, NAMES, signing=False, today=TODAY).as_dict() == {
        "inspector": "The inspector's name can hold at most 120 characters.",
        "remarks": "The remarks hold 2001 characters; keep them to 2000.",
    }


# --- the lock -----------------------------------------------------------------------------------


def test_a_draft_may_change_and_a_signed_inspection_may_not():
    ensure_draft(InspectionStatus.DRAFT, "", None)  # nothing raised
    signed_at = datetime(2025, 3, 1, 14, 5, tzinfo=UTC)
    with pytest.raises(InspectionLocked) as raised:
        ensure_draft(InspectionStatus.SIGNED, "Supt. Kamau", signed_at)
    assert isinstance(raised.value, UserError)  # told to the person as a sentence
    assert str(raised.value) == (
        "This inspection was signed by Supt. Kamau on 2025-03-01 and is locked: it cannot be "
        "changed. To correct it, record a new inspection (a spot check) of the unit."
    )


# --- what a signature writes --------------------------------------------------------------------


def test_bulk_stock_moves_by_the_difference_with_the_register():
    assert stock_delta(100, 80, 100, 100) == (0, -20)
    assert stock_delta(12, 12, 10, 9) == (2, 3)
    assert discrepancy_finding(
        serialised=False,
        present=100,
        serviceable=80,
        register_on_hand=100,
        register_serviceable=100,
    ) == ("Stock set to the count: serviceable 100 → 80 (−20).")
    assert discrepancy_finding(
        serialised=False, present=12, serviceable=12, register_on_hand=10, register_serviceable=9
    ) == ("Stock set to the count: on hand 10 → 12 (+2), serviceable 9 → 12 (+3).")


def test_serialised_differences_are_items_to_trace_or_to_add_never_moved():
    assert discrepancy_finding(
        serialised=True, present=10, serviceable=10, register_on_hand=12, register_serviceable=12
    ) == ("Counted 10 present, 12 on the register: 2 to trace.")
    assert discrepancy_finding(
        serialised=True, present=13, serviceable=11, register_on_hand=12, register_serviceable=12
    ) == (
        "Counted 13 present, 12 on the register: 1 to add to the register. Counted 11 "
        "serviceable, 12 in service on the register: check the items' statuses."
    )
    # As many present as registered, fewer serviceable: statuses only.
    assert discrepancy_finding(
        serialised=True, present=12, serviceable=9, register_on_hand=12, register_serviceable=12
    ) == ("Counted 9 serviceable, 12 in service on the register: check the items' statuses.")
    # Two missing and two more found broken: both sentences.
    assert discrepancy_finding(
        serialised=True, present=10, serviceable=8, register_on_hand=12, register_serviceable=12
    ) == (
        "Counted 10 present, 12 on the register: 2 to trace. Counted 8 serviceable, 12 in "
        "service on the register: check the items' statuses."
    )


def test_a_count_that_agrees_with_the_register_finds_nothing():
    for serialised in (True, False):
        assert (
            discrepancy_finding(
                serialised=serialised,
                present=7,
                serviceable=6,
                register_on_hand=7,
                register_serviceable=6,
            )
            == ""
        )


def test_movements_name_the_inspection():
    inspection_id = uuid.UUID("0123456789abcdef0123456789abcdef")
    assert movement_reference(inspection_id) == "INSPECTION 0123456789abcdef0123456789abcdef"
