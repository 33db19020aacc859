from datetime import date

import pytest

from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import InvalidInput, ValidationFailed


def test_problems_collect_the_first_sentence_per_field_and_raise_them_all():
    problems = Problems()
    assert problems.required("  ", "surname", "Surname") is False
    problems.add("surname", "a second problem with the same field is not shown")
    assert problems.not_negative(-1, "on_hand", "On hand") is False
    assert (
        problems.dates_in_order(
            date(2026, 5, 1), date(2026, 4, 1), "tour_end_date", "Arrival date", "Tour end date"
        )
        is False
    )
    assert problems.required("OTIENO", "given", "Given") is True
    assert problems.not_negative(None, "x", "X") is True
    assert problems.dates_in_order(None, date(2026, 1, 1), "y", "A", "B") is True
    assert "surname" in problems and bool(problems)
    with pytest.raises(ValidationFailed) as raised:
        problems.raise_if_any()
    assert raised.value.problems == {
        "surname": "Surname is required.",
        "on_hand": "On hand cannot be negative.",
        "tour_end_date": "Tour end date cannot be before arrival date.",
    }
    assert isinstance(raised.value, InvalidInput)
    assert str(raised.value).startswith("Surname is required. On hand")


def test_no_problems_raise_nothing():
    problems = Problems()
    assert not problems and problems.as_dict() == {}
    problems.raise_if_any()
