"""values.py: each kind of cell an officer's workbook holds, read as its field wants it, or
refused with a sentence that names the value."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lsa_desktop.domain.enums import (
    AssetStatus,
    AuthorisationBasis,
    Condition,
    PersonStatus,
    PledgeStatus,
    Sex,
    UnitType,
)
from lsa_desktop.excel.kinds import (
    AUTHORISATIONS,
    DELIVERIES,
    EQUIPMENT_CATEGORIES,
    EQUIPMENT_TYPES,
    PERSONNEL,
    PLEDGES,
    STOCK,
    UNITS,
    VEHICLES,
)
from lsa_desktop.excel.model import FieldSpec, FieldType, FormulaWithoutValue
from lsa_desktop.excel.values import DateOrder, column_parser, date_order, parse_cell

SERVICE_NUMBER = PERSONNEL.field("service_number")
SURNAME = PERSONNEL.field("surname")
ARRIVAL = PERSONNEL.field("arrival_date")
ON_HAND = STOCK.field("on_hand")
UNIT_VALUE = EQUIPMENT_TYPES.field("unit_value_usd")
CRITICAL = EQUIPMENT_CATEGORIES.field("critical")


def value(cell, field: FieldSpec, day_first: bool | None = None):
    parsed, problem = parse_cell(cell, field, day_first=day_first)
    assert problem is None, problem
    return parsed


def problem(cell, field: FieldSpec, day_first: bool | None = None) -> str:
    parsed, found = parse_cell(cell, field, day_first=day_first)
    assert parsed is None and found, f"{cell!r} was read as {parsed!r}"
    return found


@pytest.mark.parametrize("field", list(FieldType), ids=str)
@pytest.mark.parametrize("cell", [None, "", "   ", "\t\n"])
def test_an_empty_cell_is_no_value_and_no_problem(cell, field):
    spec = FieldSpec("x", "X", field, choices=Sex if field is FieldType.CHOICE else None)
    assert parse_cell(cell, spec, day_first=None) == (None, None)
    assert column_parser(spec)(cell) == (None, None)


@pytest.mark.parametrize("field", list(FieldType), ids=str)
def test_a_formula_without_a_saved_result_is_reported_with_its_cell(field):
    spec = FieldSpec("x", "Count", field, choices=Sex if field is FieldType.CHOICE else None)
    found = problem(FormulaWithoutValue("D12"), spec)
    assert "D12" in found and "formula" in found and "recalculate" in found


# --- text and identifiers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("0061154", "0061154"),  # leading zeros kept
        ("  0061154 ", "0061154"),  # spaces trimmed
        ("MSS   0001", "MSS 0001"),  # inner runs made one
        ("GKB\u00a0634E", "GKB 634E"),  # a no-break space is a space
        (61154, "61154"),
        (61154.0, "61154"),  # a number cell as it shows
        (12.5, "12.5"),
    ],
)
def test_identifiers_keep_what_was_typed(cell, expected):
    assert value(cell, SERVICE_NUMBER) == expected


def test_text_is_trimmed_and_a_boolean_cell_reads_as_the_spreadsheet_shows_it():
    assert value("  Joseph \n Kamau ", PERSONNEL.field("given_names")) == "Joseph Kamau"
    assert value(True, PERSONNEL.field("role")) == "TRUE"


def test_a_date_where_text_belongs_is_refused_rather_than_rewritten():
    found = problem(date(2026, 1, 2), SERVICE_NUMBER)
    assert "2026-01-02" in found and "format the cell as text" in found


def test_text_longer_than_its_field_allows_is_refused_never_cut():
    found = problem("X" * 81, SURNAME)  # max_length 80
    assert found == "Surname is 81 characters long; at most 80 are allowed."
    assert column_parser(SURNAME)("X" * 81) == (None, found)
    assert value("X" * 80, SURNAME) == "X" * 80


# --- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (40, 40),
        (40.0, 40),
        (0, 0),  # a zero count is a count
        ("40", 40),
        (" 1 250 ", 1250),
        ("1\u202f250", 1250),  # a narrow no-break space, as French software groups thousands
        ("1,250", 1250),
        ("1,250,000", 1250000),
        ("1.250.000", 1250000),
        ("+7", 7),
        ("12,0", 12),
    ],
)
def test_whole_numbers(cell, expected):
    assert value(cell, ON_HAND) == expected
    assert column_parser(ON_HAND)(cell) == (expected, None)


@pytest.mark.parametrize(
    ("cell", "sentence"),
    [
        (12.5, "On hand must be a whole number; 12.5 is not."),
        ("12,5", "On hand must be a whole number; 12.5 is not."),
        (-3, "On hand cannot be below zero (-3)."),
        ("−3", "On hand cannot be below zero (-3)."),  # a typographic minus
        (-3.0, "On hand cannot be below zero (-3)."),
        ("forty", 'On hand "forty" is not a number.'),
        ("1,2,3", 'On hand "1,2,3" is not a number.'),
        (True, "On hand must be a number; the cell holds TRUE."),
        (date(2026, 1, 2), "On hand must be a number; the cell holds the date 2026-01-02."),
        (2**63, f"On hand {2**63} is too large."),
        (float("nan"), "On hand nan is not a number."),
    ],
)
def test_what_is_not_a_count_is_refused_saying_why(cell, sentence):
    assert problem(cell, ON_HAND) == sentence


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (850, 850.0),
        (850.1, 850.1),
        ("1 250,50", 1250.5),
        ("1,250.50", 1250.5),
        ("1.250,50", 1250.5),
        ("1'250.50", 1250.5),
        ("1,250", 1250.0),  # a comma and three digits: thousands, in a dollar column
        ("0,250", 0.25),  # but not after a lone zero
        ("12,5", 12.5),
        ("1.25", 1.25),
        (".5", 0.5),
        ("$850", 850.0),
        ("USD 1 250", 1250.0),
        ("650 000 US$", 650000.0),
    ],
)
def test_decimals_in_the_forms_people_type_them(cell, expected):
    assert value(cell, UNIT_VALUE) == expected


@pytest.mark.parametrize("cell", ["1.2.3,4", "12,50,1", "1,25.0", "$", "1e5", "12 kg"])
def test_numbers_that_cannot_be_read_one_way_are_refused(cell):
    assert problem(cell, UNIT_VALUE).endswith("is not a number.")


def test_a_negative_price_is_refused():
    assert problem("-850", UNIT_VALUE) == "Unit value (USD) cannot be below zero (-850)."


# --- yes and no --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell", [True, 1, 1.0, "yes", "Yes", "Y", "oui", "OUI", "x", "X", "vrai", "✓", "true"]
)
def test_yes(cell):
    assert value(cell, CRITICAL) is True


@pytest.mark.parametrize("cell", [False, 0, "no", "N", "non", "Non", "faux", "false", "0", "✗"])
def test_no(cell):
    assert value(cell, CRITICAL) is False


@pytest.mark.parametrize("cell", ["maybe", 2, date(2026, 1, 1)])
def test_neither_yes_nor_no_is_refused(cell):
    assert "is not yes or no" in problem(cell, CRITICAL)


# --- choices -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "cell", "member"),
    [
        (PERSONNEL.field("status"), "Actif", PersonStatus.ACTIVE),
        (PERSONNEL.field("status"), "ACTIVE", PersonStatus.ACTIVE),
        (PERSONNEL.field("status"), "active", PersonStatus.ACTIVE),
        (PERSONNEL.field("status"), "En congé", PersonStatus.LEAVE),
        (PERSONNEL.field("status"), "en conge", PersonStatus.LEAVE),
        (PERSONNEL.field("status"), "Malade", PersonStatus.SICK),
        (PERSONNEL.field("status"), "Rapatrié", PersonStatus.REPATRIATED),
        (PERSONNEL.field("status"), "in-transit", PersonStatus.IN_TRANSIT),
        (PERSONNEL.field("sex"), "F", Sex.F),
        (PERSONNEL.field("sex"), "Femme", Sex.F),
        (PERSONNEL.field("sex"), "H", Sex.M),  # homme
        (VEHICLES.field("status"), "U/S", AssetStatus.UNSERVICEABLE),
        (VEHICLES.field("status"), "u/s", AssetStatus.UNSERVICEABLE),
        (VEHICLES.field("status"), "HS", AssetStatus.UNSERVICEABLE),
        (VEHICLES.field("status"), "Hors service", AssetStatus.UNSERVICEABLE),
        (VEHICLES.field("status"), "Serviceable", AssetStatus.IN_SERVICE),
        (VEHICLES.field("status"), "In service", AssetStatus.IN_SERVICE),
        (VEHICLES.field("status"), "IN_SERVICE", AssetStatus.IN_SERVICE),
        (VEHICLES.field("status"), "in-service", AssetStatus.IN_SERVICE),
        (VEHICLES.field("status"), "Under repair", AssetStatus.UNDER_REPAIR),
        (VEHICLES.field("status"), "En réparation", AssetStatus.UNDER_REPAIR),
        (VEHICLES.field("status"), "In transit", AssetStatus.IN_TRANSIT),
        (VEHICLES.field("condition"), "Minor damage", Condition.MINOR_DAMAGE),
        (VEHICLES.field("condition"), "Needs maintenance", Condition.NEEDS_MAINTENANCE),
        (VEHICLES.field("condition"), "Bon état", Condition.GOOD),
        (DELIVERIES.field("condition"), "neuf", Condition.NEW),
        (UNITS.field("unit_type"), "FPU", UnitType.FPU),
        (UNITS.field("unit_type"), "Formed Police Unit", UnitType.FPU),
        (UNITS.field("unit_type"), "Quartier général", UnitType.HQ),
        (AUTHORISATIONS.field("basis"), "MoU", AuthorisationBasis.MOU),
        (AUTHORISATIONS.field("basis"), "Statement of requirements", AuthorisationBasis.SOR),
        (PLEDGES.field("status"), "Partly delivered", PledgeStatus.PARTIALLY_DELIVERED),
        (PLEDGES.field("status"), "Engagé", PledgeStatus.COMMITTED),
    ],
)
def test_choices_in_english_french_and_abbreviations(field, cell, member):
    assert value(cell, field) is member
    assert column_parser(field)(cell) == (member, None)


def test_an_unknown_choice_lists_the_accepted_values_in_plain_words():
    assert problem("Deserted", PERSONNEL.field("status")) == (
        'Status "Deserted" is not one of: Active, On leave, Sick, Injured, In transit, Repatriated.'
    )
    assert problem(True, PERSONNEL.field("sex")) == "Sex TRUE is not one of: Male, Female."


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (date(2026, 1, 20), date(2026, 1, 20)),
        (datetime(2026, 1, 20, 14, 30), date(2026, 1, 20)),  # a datetime cell: its day
        ("2026-06-02", date(2026, 6, 2)),
        ("2026/06/02", date(2026, 6, 2)),
        ("2026-06-02T10:30:00+00:00", date(2026, 6, 2)),
        ("20260602", date(2026, 6, 2)),
        ("23/01/2026", date(2026, 1, 23)),  # its first number settles the order on its own
        ("05/05/2026", date(2026, 5, 5)),  # the same date either way
        ("2 juin 2026", date(2026, 6, 2)),
        ("1er janvier 2027", date(2027, 1, 1)),
        ("28-Nov-2026", date(2026, 11, 28)),
        ("28 nov. 2026", date(2026, 11, 28)),
        ("Nov 28, 2026", date(2026, 11, 28)),
        ("2 août 2026", date(2026, 8, 2)),
        (46023, date(2026, 1, 1)),  # an Excel serial date whose cell lost its format
        (46023.75, date(2026, 1, 1)),
    ],
)
def test_dates_whatever_the_order_of_the_column(cell, expected):
    for day_first in (None, True):
        assert value(cell, ARRIVAL, day_first) == expected


@pytest.mark.parametrize(
    ("cell", "day_first", "expected"),
    [
        ("02/06/2026", True, date(2026, 6, 2)),
        ("02.06.2026", True, date(2026, 6, 2)),
        ("02-06-2026", True, date(2026, 6, 2)),
        (" 02 / 06 / 2026 ", True, date(2026, 6, 2)),
        ("2/6/2026 14:30", True, date(2026, 6, 2)),
        ("02/06/2026", False, date(2026, 2, 6)),  # a column shown to be month first
        ("01/23/2026", False, date(2026, 1, 23)),
        ("01/23/2026", None, date(2026, 1, 23)),  # its second number settles it
    ],
)
def test_day_month_text_follows_the_order_of_its_column(cell, day_first, expected):
    assert value(cell, ARRIVAL, day_first) == expected


def test_an_ambiguous_day_month_date_is_never_guessed():
    assert problem("02/06/2026", ARRIVAL, None) == (
        'Arrival date "02/06/2026" is ambiguous: it could be 2 June or 6 February 2026, and no '
        "other date in the column settles the order; type it as 2026-06-02 or enter it as a "
        "date cell."
    )


@pytest.mark.parametrize(
    ("cell", "day_first", "reason"),
    [
        ("31/02/2025", True, "February 2025 has no day 31"),
        ("31/02/2025", None, "February 2025 has no day 31"),
        ("29/02/2025", True, "February 2025 has no day 29"),
        ("13/13/2026", True, "there is no month 13"),
        ("01/23/2026", True, "there is no month 23"),  # month first in a day-first column
        ("00/01/2026", True, "January 2026 has no day 0"),
        ("2026-02-30", None, "February 2026 has no day 30"),
        ("0000-01-01", None, "there is no year 0"),
        ("30 février 2026", None, "February 2026 has no day 30"),
    ],
)
def test_a_date_that_does_not_exist_is_named(cell, day_first, reason):
    assert problem(cell, ARRIVAL, day_first) == f'Arrival date "{cell}" is not a date: {reason}.'


@pytest.mark.parametrize("cell", ["02/06/26", "2.6.26", "28-Nov-26", "2 juin 26"])
def test_two_digit_years_are_refused(cell):
    assert problem(cell, ARRIVAL, True) == (
        f'Arrival date "{cell}" has a two-digit year: type the year in full (four digits), or '
        "enter a date cell."
    )


@pytest.mark.parametrize(
    "cell", ["soon", "2026", "32 Smarch 2026", "1/2/3/2026", "123/01/2026", "2 juin 202"]
)
def test_text_that_is_no_date_is_refused(cell):
    assert problem(cell, ARRIVAL, True).startswith(f'Arrival date "{cell}" is not a date: enter')


@pytest.mark.parametrize("cell", [12, 100000, 18263, 3.5, float("inf")])  # 18263: 31 Dec 1949
def test_a_number_outside_the_plausible_serial_dates_is_not_taken_for_one(cell):
    assert " is a number, not a date" in problem(cell, ARRIVAL)


def test_the_plausible_serial_dates_run_from_1950_to_2099():
    assert value(18264, ARRIVAL) == date(1950, 1, 1)
    assert value(73050, ARRIVAL) == date(2099, 12, 31)
    assert " is a number" in problem(73051, ARRIVAL)
    assert problem(False, ARRIVAL) == "Arrival date must be a date; the cell holds FALSE."


def test_date_order_is_settled_by_the_first_number_over_12():
    assert date_order(["02/06/2026", date(2026, 1, 1), None, "23/01/2026"]) == DateOrder(
        True, "23/01/2026"
    )
    assert date_order(["02/06/2026", "01/23/2026"]) == DateOrder(False, "01/23/2026")
    # day first is the mission's convention: one day-first date outweighs month-first ones
    assert date_order(["01/23/2026", "23/01/2026"]) == DateOrder(True, "23/01/2026")


@pytest.mark.parametrize(
    "cells",
    [
        [],
        ["02/06/2026", "01/06/2027"],  # both numbers 12 or under
        [date(2026, 1, 23), datetime(2026, 1, 24)],  # date cells show nothing about typing
        ["2026-01-23", "23 janvier 2026"],  # nor do ISO and month names
        ["23/01/26", "45/01/2026", "01/45/2026", "13/13/2026"],  # short years, impossible dates
    ],
)
def test_date_order_is_not_settled_without_proof(cells):
    assert date_order(cells) == DateOrder(None)


def test_a_column_parser_reads_each_repeated_text_once(monkeypatch):
    calls = []
    from lsa_desktop.excel import values

    original = values.parse_cell

    def counting(*args, **kwargs):
        calls.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(values, "parse_cell", counting)
    parse = values.column_parser(PERSONNEL.field("status"))
    assert [parse("Actif")[0] for _ in range(3)] == [PersonStatus.ACTIVE] * 3
    assert calls == ["Actif"]
