"""The qualifications importer: matched by (service number, qualification), renewals recorded as
the form records them, and the qualification form's rules."""

from __future__ import annotations

from datetime import date

import pytest
from people_import_helpers import (
    add_reference_units,
    apply_rows,
    errors,
    outcomes,
    plan_rows,
    row,
    seeded,
    warnings,
)
from sqlmodel import select

from lsa_desktop.excel.model import Outcome
from lsa_desktop.store.models import Person, Qualification, QualificationType

NEW, UPDATED, UNCHANGED, SKIPPED = Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED


@pytest.fixture
def store(tmp_store):
    seeded(tmp_store)
    units = add_reference_units(tmp_store)
    with tmp_store.write() as session:
        for number, surname in (("0061154", "OTIENO"), ("0065056", "KAMAU")):
            session.add(
                Person(service_number=number, surname=surname, unit_id=units["KE-FPU-1"].id)
            )
    return tmp_store


def licence(sheet_row: int, service_number: str = "0061154", /, **values):
    base = {
        "service_number": service_number,
        "qualification": "DL-CIVIL",
        "number": "DL-1234",
        "issued_on": date(2025, 3, 1),
        "expires_on": date(2028, 3, 1),
    }
    return row(sheet_row, **{**base, **values})


def held(store) -> list[tuple[str, str, str, date | None, bool]]:
    """(service number, type code, number, expiry, archived) of every qualification."""
    with store.read() as session:
        found = session.exec(
            select(Person.service_number, QualificationType.code, Qualification)
            .join(Person, Person.id == Qualification.person_id)
            .join(QualificationType, QualificationType.id == Qualification.qualification_type_id)
            .order_by(Qualification.created_at)
        ).all()
    return [(sn, code, q.number, q.expires_on, q.archived) for sn, code, q in found]


def test_qualifications_by_type_code_or_name(store):
    plan = apply_rows(
        store,
        "qualifications",
        [licence(2), licence(3, "0065056", qualification="first aid", number="FA-9")],
    )

    assert outcomes(plan) == [NEW, NEW]
    assert held(store) == [
        ("0061154", "DL-CIVIL", "DL-1234", date(2028, 3, 1), False),
        ("0065056", "FIRST-AID", "FA-9", date(2028, 3, 1), False),
    ]


def test_unknown_officer_and_unknown_qualification_are_errors_at_their_cells(store):
    plan = plan_rows(
        store, "qualifications", [licence(2, "0099999"), licence(3, qualification="Pilot")]
    )

    assert errors(plan)[2] == [
        (
            "service_number",
            "There is no officer with service number 0099999: check the number, or import the "
            "officer first.",
        )
    ]
    assert errors(plan)[3][0][0] == "qualification"


def test_a_missing_expiry_is_computed_from_the_types_validity_and_said(store):
    plan = apply_rows(store, "qualifications", [licence(2, expires_on=None)])

    assert outcomes(plan) == [NEW]
    [(field, message)] = warnings(plan)[2]
    assert field == "expires_on" and "2028-03-01 is recorded, 36 months after" in message
    assert held(store)[0][3] == date(2028, 3, 1)


def test_the_forms_rules_apply(store):
    plan = plan_rows(
        store,
        "qualifications",
        [
            licence(2, issued_on=None, expires_on=None),
            licence(3, "0065056", expires_on=date(2024, 1, 1)),
            licence(4, "0065056", qualification="RADIO-OP", number="N" * 61),
        ],
    )

    assert errors(plan)[2] == [
        ("expires_on", "This qualification is valid for 36 months: enter the day it expires.")
    ]
    assert errors(plan)[3] == [("expires_on", "Expiry cannot be before issue.")]
    assert errors(plan)[4] == [("number", "The number is too long (61 characters): keep it to 60.")]


def test_the_same_qualification_twice_in_the_file_is_an_error_on_the_later_row(store):
    plan = plan_rows(
        store, "qualifications", [licence(2), licence(7, qualification="Driving licence, civil")]
    )

    assert outcomes(plan) == [NEW, SKIPPED]
    assert errors(plan)[7] == [
        (
            "qualification",
            "Driving licence, civil of OTIENO (0061154) is already on row 2: each qualification "
            "of an officer can be in the file once. Merge the two rows or remove one.",
        )
    ]


def test_reimport_unchanged_and_correction(store):
    apply_rows(store, "qualifications", [licence(2), licence(3, "0065056")])

    plan = apply_rows(
        store,
        "qualifications",
        [
            licence(2),
            # A correction: no issue date given, the number was mistyped.
            licence(3, "0065056", number="DL-4321", issued_on=None, expires_on=None),
        ],
    )

    assert outcomes(plan) == [UNCHANGED, UPDATED]
    assert held(store) == [
        ("0061154", "DL-CIVIL", "DL-1234", date(2028, 3, 1), False),
        ("0065056", "DL-CIVIL", "DL-4321", date(2028, 3, 1), False),
    ]


def test_a_later_issue_date_is_a_renewal_that_keeps_the_old_document(store):
    apply_rows(store, "qualifications", [licence(2)])

    plan = apply_rows(
        store,
        "qualifications",
        [licence(2, issued_on=date(2026, 3, 1), expires_on=None, number="DL-9")],
    )

    assert outcomes(plan) == [UPDATED]
    assert held(store) == [
        ("0061154", "DL-CIVIL", "DL-1234", date(2028, 3, 1), True),
        ("0061154", "DL-CIVIL", "DL-9", date(2029, 3, 1), False),
    ]


def test_two_qualifications_in_force_of_one_type_are_an_error(store):
    apply_rows(store, "qualifications", [licence(2)])
    with store.write() as session:
        first = session.exec(select(Qualification)).one()
        session.add(
            Qualification(
                person_id=first.person_id,
                qualification_type_id=first.qualification_type_id,
                number="DL-DUP",
            )
        )

    plan = plan_rows(store, "qualifications", [licence(2)])

    [(field, message)] = errors(plan)[2]
    assert field == "qualification" and "matches 2 qualification records" in message
    assert "no. DL-1234" in message and "no. DL-DUP" in message


def test_an_archived_officers_qualifications_are_not_edited(store):
    with store.write() as session:
        session.exec(select(Person).where(Person.service_number == "0061154")).one().archived = True

    plan = plan_rows(store, "qualifications", [licence(2)])

    assert "is archived: their qualifications are kept" in errors(plan)[2][0][1]
