"""find_header(): the header row found below titles, its columns matched in English and French
whatever the case, accents, punctuation and spacing; and the alias data kept consistent."""

from __future__ import annotations

import json
from enum import StrEnum
from importlib import resources

import pytest
from test_interpret import read_fixture

from lsa_desktop.domain import enums
from lsa_desktop.errors import InvalidInput
from lsa_desktop.excel.aliases import (
    choice_labels,
    choice_table,
    compact,
    header_aliases,
    header_table,
)
from lsa_desktop.excel.headers import find_header, normalise
from lsa_desktop.excel.kinds import KINDS, PERSONNEL, STOCK, VEHICLES
from lsa_desktop.excel.model import BadSpreadsheet, FieldType, HeaderMatch, RawRow


def rows(*cells: tuple) -> list[RawRow]:
    return [RawRow(number, tuple(row)) for number, row in enumerate(cells, start=1)]


def fields_of(header: HeaderMatch) -> dict[str, str]:
    """header text -> field name, for the columns matched."""
    return {header.headers[column]: field for column, field in header.columns.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N° matricule", "n matricule"),
        ("  Date d'arrivée ", "date d arrivee"),
        ("Date d’arrivée", "date d arrivee"),  # a typographic apostrophe
        ("Prénom(s)", "prenom s"),
        ("Odometer (km)", "odometer km"),
        ("Registration No.", "registration no"),
        ("UNITÉ", "unite"),
        ("service_number", "service number"),
        ("Unit value\n(USD)", "unit value usd"),
        ("S/SGT", "s sgt"),
        ("", ""),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected
    assert compact(text) == expected.replace(" ", "")


def test_compact_ignores_spacing_too():
    assert {compact(t) for t in ("In service", "IN_SERVICE", "in-service", "InService")} == {
        "inservice"
    }


# --- the fixtures' headers ---------------------------------------------------------------------


def test_the_french_roll_maps_every_column_without_help():
    header = find_header(read_fixture("roster_fr_libreoffice.xlsx"), PERSONNEL)
    assert header.row == 3  # the merged title and the subtitle above are skipped
    assert fields_of(header) == {
        "N° matricule": "service_number",
        "Grade": "rank",
        "Nom": "surname",
        "Prénom(s)": "given_names",
        "Sexe": "sex",
        "Unité": "unit",
        "Fonction": "role",
        "Statut": "status",
        "Date d'arrivée": "arrival_date",
        "Fin de mandat": "tour_end_date",
    }
    assert (header.unknown, header.missing) == ((), ())


def test_the_vehicle_report_maps_all_but_its_remarks():
    header = find_header(read_fixture("vehicles_en_libreoffice.xlsx"), VEHICLES)
    assert header.row == 2
    assert fields_of(header) == {
        "Registration No.": "registration",
        "Equipment code": "equipment_code",
        "Make": "make",
        "Model": "model",
        "Unit": "unit",
        "Status": "status",
        "Condition": "condition",
        "Odometer (km)": "odometer_km",
        "Next service due": "next_service_date",
    }
    assert [header.headers[c] for c in header.unknown] == ["Remarks"]


def test_the_stock_count_maps_all_but_its_description():
    header = find_header(read_fixture("stock_count_libreoffice.xlsx"), STOCK)
    assert header.row == 3  # below a title and a note
    assert list(header.columns.values()) == ["unit", "equipment_code", "on_hand", "serviceable"]
    assert [header.headers[c] for c in header.unknown] == ["Description"]


# --- finding the row ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "field"),
    [
        ("Service No.", "service_number"),
        ("SERVICE NUMBER", "service_number"),
        ("Matricule", "service_number"),
        ("Nº matricule", "service_number"),
        ("service_number", "service_number"),  # the field name
        ("Family name", "surname"),
        ("Prénoms", "given_names"),
        ("Date of arrival", "arrival_date"),
        ("End of tour", "tour_end_date"),
    ],
)
def test_a_column_is_matched_by_its_header_its_field_name_or_an_alias(written, field):
    header = find_header(rows((written, "Unit", "Surname")), PERSONNEL)
    assert header.columns[0] == field


@pytest.mark.parametrize(
    ("kind", "written", "field"),
    [
        ("vehicles", "Immatriculation", "registration"),
        ("vehicles", "Kilométrage", "odometer_km"),
        ("pledges", "Quantité", "quantity"),
        ("pledges", "Quantity pledged", "quantity"),
        ("pledges", "Donateur", "donor"),
        ("pledges", "Pledge status", "status"),  # the donor request workbook's headers
        ("pledges", "Pledge date", "pledged_on"),
        ("authorisations", "Quantité autorisée", "quantity"),
        ("deliveries", "Date de réception", "delivered_on"),
        ("deliveries", "Qté reçue", "quantity_received"),
        ("equipment-types", "Description", "name"),
        ("equipment-types", "Prix unitaire", "unit_value_usd"),
        ("equipment-categories", "Catégorie", "name"),
        ("units", "Effectif autorisé", "authorised_strength"),
        ("qualifications", "Date d'expiration", "expires_on"),
        ("assets", "Numéro de série", "serial_number"),
    ],
)
def test_aliases_of_other_kinds(kind, written, field):
    assert header_table(KINDS[kind])[compact(written)] == field


def test_title_rows_above_are_skipped_even_when_a_word_of_them_is_a_header():
    sheet = rows(
        ("NOMINAL ROLL", None, None),
        ("Unit", None, None),  # one field is not a header row
        (None, None, None),
        ("Service number", "Surname", "Unit"),
        ("001", "OTIENO", "KE-FPU-1"),
    )
    header = find_header(sheet, PERSONNEL)
    assert header.row == 4


def test_the_row_naming_the_most_fields_wins_and_the_first_on_a_tie():
    sheet = rows(
        ("Unit", "Status"),
        ("Service number", "Surname", "Unit"),
        ("Service number", "Surname", "Unit"),
    )
    assert find_header(sheet, PERSONNEL).row == 2


def test_only_the_first_rows_are_scanned():
    sheet = rows(*[("title",)] * 5, ("Service number", "Surname", "Unit"))
    assert find_header(sheet, PERSONNEL, scan=6).row == 6
    with pytest.raises(BadSpreadsheet, match="No header row in the first 5 rows"):
        find_header(sheet, PERSONNEL, scan=5)


def test_no_header_row_is_one_sentence_naming_the_sheet_and_what_to_do():
    with pytest.raises(BadSpreadsheet) as raised:
        find_header(rows(("a", "b"), (1, 2)), PERSONNEL, sheet="Feuil1")
    assert str(raised.value) == (
        'No header row in the first 30 rows of sheet "Feuil1": name the columns as the Personnel '
        "template does (for example Service number, Surname, Unit)."
    )


def test_an_empty_sheet_says_so():
    with pytest.raises(BadSpreadsheet, match="The first 30 rows are empty"):
        find_header(rows((None, ""), ()), PERSONNEL)
    with pytest.raises(BadSpreadsheet, match="empty"):
        find_header([], PERSONNEL)


def test_a_second_column_for_a_field_is_left_out_and_listed():
    header = find_header(rows(("Nom", "Surname", "Unit", "Service No.", "Remarks")), PERSONNEL)
    assert header.columns == {0: "surname", 2: "unit", 3: "service_number"}
    assert header.unknown == (1, 4)


def test_non_text_header_cells_are_shown_as_written_and_unknown():
    header = find_header(rows(("Service number", "Surname", "Unit", 2026.0, None, 7)), PERSONNEL)
    assert header.headers == {0: "Service number", 1: "Surname", 2: "Unit", 3: "2026", 5: "7"}
    assert header.unknown == (3, 5)


# --- the person's mapping ----------------------------------------------------------------------


def test_a_mapping_names_a_field_by_its_name_header_or_alias_and_wins_over_aliases():
    sheet = rows(("Nom", "Nom de jeune fille", "Unité", "Code", "Observations"))
    header = find_header(
        sheet,
        PERSONNEL,
        {"Nom de jeune fille": "Surname", "code": "matricule", "OBSERVATIONS": "role"},
    )
    assert header.columns == {1: "surname", 2: "unit", 3: "service_number", 4: "role"}
    assert header.unknown == (0,)  # "Nom" names the surname, which the mapping gave column B
    assert header.missing == ()


def test_a_column_mapped_to_nothing_is_ignored_without_being_unknown():
    header = find_header(rows(("Service number", "Surname", "Unit", "Nom")), PERSONNEL, {"Nom": ""})
    assert header.columns == {0: "service_number", 1: "surname", 2: "unit"}
    assert header.unknown == ()
    assert header.headers[3] == "Nom"


def test_a_mapping_that_names_no_field_is_refused():
    with pytest.raises(InvalidInput) as raised:
        find_header(rows(("Service number", "Surname", "Unit")), PERSONNEL, {"Unit": "Battalion"})
    assert str(raised.value) == (
        'The mapping "Unit=Battalion" names no Personnel field: the fields are Service number, '
        "Rank, Surname, Given names, Sex, Unit, Role, Status, Arrival date, Tour end date."
    )


def test_a_mapping_that_names_no_column_is_refused():
    with pytest.raises(
        InvalidInput,
        match=r'"Matricle=Service number" names a column that is not in the header row \(row 1\)',
    ):
        find_header(
            rows(("Service number", "Surname", "Unit")), PERSONNEL, {"Matricle": "Service number"}
        )


def test_missing_required_fields_are_listed_not_refused():
    """The wizard shows the columns found and lets the person map the missing one."""
    header = find_header(rows(("Service number", "Rank", "Surname")), PERSONNEL)
    assert header.missing == ("unit",)


# --- the alias data ----------------------------------------------------------------------------


def aliases_json() -> dict:
    return json.loads(
        resources.files("lsa_desktop.excel").joinpath("aliases.json").read_text("utf-8")
    )


@pytest.mark.parametrize("spec", KINDS.values(), ids=lambda spec: spec.name)
def test_no_header_names_two_fields_of_one_kind(spec):
    seen: dict[str, str] = {}
    for field in spec.fields:
        words = {field.header, field.name, *header_aliases(spec.name, field.name)}
        for key in {compact(word) for word in words}:
            assert seen.setdefault(key, field.name) == field.name, (
                f"{spec.name}: {key!r} names both {seen[key]} and {field.name}"
            )


@pytest.mark.parametrize("spec", KINDS.values(), ids=lambda spec: spec.name)
def test_every_field_has_aliases_and_the_public_headers_match_themselves(spec):
    table = header_table(spec)
    for field in spec.fields:
        assert header_aliases(spec.name, field.name), f"{spec.name}.{field.name} has no alias"
        assert table[compact(field.header)] == field.name
        assert table[compact(field.name)] == field.name


def test_every_alias_key_names_a_kind_and_a_field_it_has():
    fields = {f.name for spec in KINDS.values() for f in spec.fields}
    for key in aliases_json()["headers"]:
        kind, _, field = key.rpartition(":")
        if kind:
            assert kind in KINDS and field in {f.name for f in KINDS[kind].fields}, key
        else:
            assert field in fields, key


def choice_enums() -> list[type[StrEnum]]:
    return sorted(
        {f.choices for spec in KINDS.values() for f in spec.fields if f.type is FieldType.CHOICE},
        key=lambda enum: enum.__name__,
    )


def test_every_choice_alias_names_an_enumeration_and_member_and_means_one_member():
    for name, members in aliases_json()["choices"].items():
        enum = getattr(enums, name)
        meaning: dict[str, str] = {}
        for member, words in members.items():
            assert member in enum.__members__, f"{name}.{member}"
            for word in words:
                key = compact(word)
                assert meaning.setdefault(key, member) == member, f"{name}: {word!r}"
                assert key not in {compact(m) for m in enum.__members__} or compact(member) == key


@pytest.mark.parametrize("enum", choice_enums(), ids=lambda enum: enum.__name__)
def test_every_choice_has_a_plain_label_and_its_name_matches(enum):
    assert len(choice_labels(enum)) == len(enum)
    assert all(label and label.strip() == label for label in choice_labels(enum))
    for member in enum:
        assert choice_table(enum)[compact(member.name)] is member
