"""The rules of units, officers, qualifications and rotation lines, without a database."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from lsa_desktop.domain.enums import PersonStatus, Sex, UnitType
from lsa_desktop.domain.personnel_rules import (
    ArrivalLine,
    LineProblem,
    PersonInput,
    QualificationInput,
    UnitInput,
    add_months,
    check_person,
    check_qualification,
    check_unit,
    default_expiry,
    descendants,
    display_name,
    parse_arrival_lines,
    parse_sex,
    refusal,
)

TODAY = date(2025, 6, 15)


def unit(**changes) -> UnitInput:
    values = UnitInput(
        code="KEN-FPU-1",
        name="Formed Police Unit 1",
        unit_type=UnitType.FPU,
        authorised_strength=140,
        min_operational_strength=120,
    )
    return replace(values, **changes)


def officer(**changes) -> PersonInput:
    values = PersonInput(
        service_number="0061154",
        surname="Hérard",
        given_names="Célestin",
        arrival_date=date(2025, 1, 10),
    )
    return replace(values, **changes)


# --- units ----------------------------------------------------------------------------------------


def test_a_complete_unit_passes():
    assert not check_unit(unit())


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"code": "  "}, "code", "Code is required"),
        ({"code": "X" * 31}, "code", "keep it to 30"),
        ({"name": ""}, "name", "Name is required"),
        ({"unit_type": None}, "unit_type", "Choose the type"),
        ({"authorised_strength": -1}, "authorised_strength", "cannot be negative"),
        ({"min_operational_strength": -5}, "min_operational_strength", "cannot be negative"),
        (
            {"authorised_strength": 120, "min_operational_strength": 130},
            "min_operational_strength",
            "minimum operational strength (130) cannot be above the authorised strength (120)",
        ),
    ],
)
def test_each_unit_rule_names_its_field(changes, field, words):
    problems = check_unit(unit(**changes)).as_dict()
    assert list(problems) == [field]
    assert words in problems[field]


def test_a_minimum_equal_to_the_authorised_strength_is_fine():
    assert not check_unit(unit(authorised_strength=10, min_operational_strength=10))


def test_descendants_follow_the_tree_down_and_survive_a_loop():
    hq, fpu, section, other, looped = (uuid.uuid4() for _ in range(5))
    parent_of = {hq: None, fpu: hq, section: fpu, other: None, looped: looped}
    assert descendants(hq, parent_of) == {fpu, section}
    assert descendants(fpu, parent_of) == {section}
    assert descendants(section, parent_of) == set()
    assert descendants(looped, parent_of) == set()  # a unit that is its own parent


# --- officers -------------------------------------------------------------------------------------


def test_a_complete_officer_passes_and_names_read_as_on_a_roll():
    assert not check_person(officer(), TODAY)
    assert display_name("Hérard", "Célestin") == "HÉRARD Célestin"
    assert display_name("Otieno") == "OTIENO"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"service_number": " "}, "service_number", "Service number is required"),
        ({"service_number": "1" * 31}, "service_number", "keep it to 30"),
        ({"surname": ""}, "surname", "Surname is required"),
        ({"given_names": "é" * 121}, "given_names", "keep it to 120"),
        ({"role": "r" * 121}, "role", "keep it to 120"),
        ({"tour_end_date": date(2025, 1, 9)}, "tour_end_date", "cannot be before arrival"),
    ],
)
def test_each_officer_rule_names_its_field(changes, field, words):
    problems = check_person(officer(**changes), TODAY).as_dict()
    assert field in problems
    assert words in problems[field]


def test_blank_dates_are_allowed():
    assert not check_person(officer(arrival_date=None, tour_end_date=None), TODAY)
    assert not check_person(officer(arrival_date=None, tour_end_date=date(2025, 9, 1)), TODAY)


def test_repatriated_needs_a_tour_end_not_after_today():
    problems = check_person(officer(status=PersonStatus.REPATRIATED), TODAY).as_dict()
    assert "the date their tour ended" in problems["tour_end_date"]
    later = officer(status=PersonStatus.REPATRIATED, tour_end_date=date(2025, 7, 1))
    assert "after today" in check_person(later, TODAY).as_dict()["tour_end_date"]
    left = officer(status=PersonStatus.REPATRIATED, tour_end_date=TODAY)
    assert not check_person(left, TODAY)


def test_an_officer_back_from_repatriation_needs_a_new_arrival_after_the_last_tour():
    gone = officer(status=PersonStatus.REPATRIATED, tour_end_date=date(2025, 3, 1))
    back = replace(gone, status=PersonStatus.ACTIVE, tour_end_date=None)
    problems = check_person(back, TODAY, previous=gone).as_dict()
    assert "tour ended 2025-03-01" in problems["arrival_date"]
    same_day = replace(back, arrival_date=date(2025, 3, 1))
    assert "arrival_date" in check_person(same_day, TODAY, previous=gone)
    assert not check_person(replace(back, arrival_date=date(2025, 4, 2)), TODAY, previous=gone)


def test_a_return_without_a_recorded_tour_end_needs_a_different_arrival():
    gone = officer(status=PersonStatus.REPATRIATED, tour_end_date=None)
    back = replace(gone, status=PersonStatus.IN_TRANSIT)
    assert "new tour" in check_person(back, TODAY, previous=gone).as_dict()["arrival_date"]
    moved = replace(back, arrival_date=date(2025, 5, 1))
    assert not check_person(moved, TODAY, previous=gone)


def test_a_present_officer_has_arrived():
    future = officer(arrival_date=date(2025, 7, 1))
    assert "In transit" in check_person(future, TODAY).as_dict()["status"]
    assert not check_person(replace(future, status=PersonStatus.IN_TRANSIT), TODAY)
    for status in (PersonStatus.LEAVE, PersonStatus.SICK, PersonStatus.INJURED):
        assert "status" in check_person(replace(future, status=status), TODAY)


# --- qualifications -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 11, 15), 3, date(2026, 2, 15)),
        (date(2025, 6, 15), 36, date(2028, 6, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month(day, months, expected):
    assert add_months(day, months) == expected


def test_the_default_expiry_needs_an_issue_date_and_a_validity():
    assert default_expiry(date(2025, 1, 10), 24) == date(2027, 1, 10)
    assert default_expiry(None, 24) is None
    assert default_expiry(date(2025, 1, 10), None) is None


def test_qualification_rules():
    licence = QualificationInput(uuid.uuid4(), "DL-1", date(2025, 1, 1), date(2028, 1, 1))
    assert not check_qualification(licence, 36)
    assert not check_qualification(replace(licence, expires_on=None), None)
    missing = check_qualification(replace(licence, expires_on=None), 36).as_dict()
    assert "valid for 36 months" in missing["expires_on"]
    backwards = check_qualification(replace(licence, expires_on=date(2024, 12, 31)), 36)
    assert "Expiry cannot be before issue" in backwards.as_dict()["expires_on"]
    assert (
        "Choose the qualification"
        in check_qualification(replace(licence, qualification_type_id=None), None).as_dict()[
            "qualification_type_id"
        ]
    )
    assert "number" in check_qualification(replace(licence, number="9" * 61), 36)


# --- rotation lines ---------------------------------------------------------------------------------


def test_arrival_lines_split_at_commas_semicolons_or_tabs():
    text = (
        "Service number, Rank, Surname, Given names, Sex\n"
        "0061154, PC, Hérard, Célestin, M\n"
        "\n"
        "0061155;CPL;Dérosiers;Jean-Noël;Homme\n"
        "0061156\tSGT\tOtieno\tMercy\tF\n"
        "0061157, , Wanjiru\n"
    )
    lines, problems = parse_arrival_lines(text)
    assert problems == []
    assert lines == [
        ArrivalLine(2, "0061154", "PC", "Hérard", "Célestin", Sex.M),
        ArrivalLine(4, "0061155", "CPL", "Dérosiers", "Jean-Noël", Sex.M),
        ArrivalLine(5, "0061156", "SGT", "Otieno", "Mercy", Sex.F),
        ArrivalLine(6, "0061157", "", "Wanjiru", "", None),
    ]


def test_wrong_arrival_lines_are_each_named():
    text = (
        "0061154, PC, Hérard, Célestin, M\n"
        "0061158, PC\n"
        "0061159, PC, Otieno, Mercy, X\n"
        "0061154, PC, Twice, Again, M\n"
        "1, 2, 3, 4, 5, 6\n"
    )
    lines, problems = parse_arrival_lines(text)
    assert [line.line for line in lines] == [1]
    assert [problem.line for problem in problems] == [2, 3, 4, 5]
    assert "service number and a surname" in problems[0].sentence
    assert "M or F, not 'X'" in problems[1].sentence
    assert "already on line 1" in problems[2].sentence
    assert "6 values where 5" in problems[3].sentence


def test_only_a_first_line_of_titles_is_skipped():
    lines, problems = parse_arrival_lines("0061154, PC, Hérard\nService number, PC, Again\n")
    assert len(lines) == 2 and problems == []


def test_sex_words_in_three_languages():
    assert parse_sex("Féminin") == parse_sex("femenino") == parse_sex("F") == Sex.F
    assert parse_sex("male") == parse_sex("H") == Sex.M
    assert parse_sex("  ") is None
    with pytest.raises(ValueError):
        parse_sex("unknown")


def test_a_refusal_counts_the_problems_then_lists_them():
    one = refusal([LineProblem(3, "the sex must be M or F, not 'X'.")])
    assert one.splitlines() == [
        "1 of the lines is wrong; nothing was recorded. Correct them and save again.",
        "Line 3: the sex must be M or F, not 'X'.",
    ]
    two = refusal(["A: wrong.", "B: wrong too."], "officers")
    assert two.splitlines()[0].startswith("2 of the officers are wrong")
