"""The personnel importer: officers matched by service number, ranks and units found by
abbreviation, code or name, and refused for what the officer's form refuses."""

from __future__ import annotations

import json
from datetime import date

import pytest
from people_import_helpers import (
    TODAY,
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

from lsa_desktop.domain.enums import PersonStatus, Severity, Sex
from lsa_desktop.excel.model import Issue, Outcome
from lsa_desktop.store.models import AuditEntry, Person, Rank, Unit

NEW, UPDATED, UNCHANGED, SKIPPED = Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED


@pytest.fixture
def store(tmp_store):
    seeded(tmp_store)
    add_reference_units(tmp_store)
    return tmp_store


def officer(number: int, service_number: str, **values):
    base = {
        "service_number": service_number,
        "rank": "PC",
        "surname": "OTIENO",
        "given_names": "Mercy",
        "sex": Sex.F,
        "unit": "KE-FPU-1",
        "role": "Driver",
        "status": PersonStatus.ACTIVE,
        "arrival_date": date(2026, 1, 20),
        "tour_end_date": date(2027, 1, 19),
    }
    return row(number, **{**base, **values})


def people(store) -> dict[str, Person]:
    with store.read() as session:
        return {p.service_number: p for p in session.exec(select(Person)).all()}


def rank_code(store, person: Person) -> str:
    with store.read() as session:
        return session.get(Rank, person.rank_id).code


def test_every_rank_of_the_fixture_roll_resolves_and_officers_are_written(store):
    ranks = ["PC", "CPL", "SGT", "S/SGT", "IP", "CIP", "SP"]
    rows = [officer(4 + i, f"00{i}", rank=code) for i, code in enumerate(ranks)]

    plan = apply_rows(store, "personnel", rows)

    assert outcomes(plan) == [NEW] * len(ranks)
    assert errors(plan) == {}
    stored = people(store)
    assert [rank_code(store, stored[f"00{i}"]) for i in range(len(ranks))] == ranks
    assert stored["000"].surname == "OTIENO" and stored["000"].sex is Sex.F


def test_rank_and_unit_by_name_case_and_accents_ignored(store):
    plan = apply_rows(
        store,
        "personnel",
        [officer(4, "0061154", rank="senior  sergeant", unit="kenya formed police unit 2")],
    )

    assert outcomes(plan) == [NEW]
    person = people(store)["0061154"]
    assert rank_code(store, person) == "S/SGT"
    with store.read() as session:
        assert session.get(Unit, person.unit_id).code == "KE-FPU-2"


def test_a_rank_name_two_ranks_share_is_an_error_never_a_guess(store):
    plan = plan_rows(store, "personnel", [officer(4, "001", rank="Inspector")])

    assert outcomes(plan) == [SKIPPED]
    [(field, message)] = errors(plan)[4]
    assert field == "rank"
    assert "matches 2 records" in message and "INSP" in message and "IP" in message


def test_unknown_and_archived_units_are_refused_at_the_unit_cell(store):
    with store.write() as session:
        unit = session.exec(select(Unit).where(Unit.code == "JM-FPU")).one()
        unit.archived = True

    plan = plan_rows(
        store, "personnel", [officer(4, "001", unit="KE-FPU-9"), officer(5, "002", unit="JM-FPU")]
    )

    assert errors(plan)[4] == [
        ("unit", "There is no unit 'KE-FPU-9': check the code or name, or add the unit first.")
    ]
    assert errors(plan)[5] == [("unit", "Unit JM-FPU is archived: choose a unit in service.")]


def test_an_officer_already_in_an_archived_unit_can_still_be_updated(store):
    apply_rows(store, "personnel", [officer(4, "001", unit="JM-FPU")])
    with store.write() as session:
        session.exec(select(Unit).where(Unit.code == "JM-FPU")).one().archived = True

    plan = plan_rows(store, "personnel", [officer(4, "001", unit="JM-FPU", role="Medic")])

    assert outcomes(plan) == [UPDATED]


def test_the_same_service_number_twice_is_an_error_on_the_later_row(store):
    plan = plan_rows(store, "personnel", [officer(4, "0061154"), officer(9, "0061154")])

    assert outcomes(plan) == [NEW, SKIPPED]
    assert errors(plan) == {
        9: [
            (
                "service_number",
                "Service number 0061154 is already on row 4: each officer can be in the file "
                "once. Merge the two rows or remove one.",
            )
        ]
    }


def test_a_service_number_matching_two_stored_officers_is_an_error(store):
    with store.write() as session:
        session.add(Person(service_number="KE-001", surname="ONE"))
        session.add(Person(service_number="ke-001", surname="TWO"))

    plan = plan_rows(store, "personnel", [officer(4, "Ke-001")])

    assert outcomes(plan) == [SKIPPED]
    [(field, message)] = errors(plan)[4]
    assert field == "service_number"
    assert message.startswith("Service number Ke-001 matches 2 officer records")
    assert "ONE (KE-001)" in message and "TWO (ke-001)" in message


def test_an_archived_officer_is_not_edited(store):
    apply_rows(store, "personnel", [officer(4, "001")])
    with store.write() as session:
        session.exec(select(Person)).one().archived = True

    plan = plan_rows(store, "personnel", [officer(4, "001", role="Medic")])

    [(field, message)] = errors(plan)[4]
    assert field == "service_number" and "archived officer, OTIENO Mercy (001)" in message


def test_the_forms_rules_are_errors_at_their_columns(store):
    plan = plan_rows(
        store,
        "personnel",
        [
            officer(4, "001", arrival_date=date(2026, 5, 1), tour_end_date=date(2026, 4, 1)),
            officer(5, "002", arrival_date=date(2026, 12, 1)),
        ],
    )

    assert errors(plan)[4] == [("tour_end_date", "Tour end cannot be before arrival.")]
    [(field, message)] = errors(plan)[5]
    assert field == "status" and "after today: set the status to In transit" in message


def test_a_repatriated_officer_with_a_future_tour_end_is_imported_with_a_warning(store):
    plan = apply_rows(
        store,
        "personnel",
        [officer(30, "0240028", status=PersonStatus.REPATRIATED, tour_end_date=date(2027, 1, 19))],
    )

    assert outcomes(plan) == [NEW]
    [(field, message)] = warnings(plan)[30]
    assert field == "tour_end_date" and "after today: it is kept as the planned end" in message
    assert people(store)["0240028"].status is PersonStatus.REPATRIATED


def test_a_repatriated_officer_without_a_tour_end_is_refused_as_the_form_does(store):
    plan = plan_rows(
        store,
        "personnel",
        [officer(4, "001", status=PersonStatus.REPATRIATED, tour_end_date=None)],
    )

    [(field, message)] = errors(plan)[4]
    assert field == "tour_end_date" and "needs the date their tour ended" in message


def test_bringing_back_a_repatriated_officer_needs_a_new_arrival(store):
    apply_rows(
        store,
        "personnel",
        [officer(4, "001", status=PersonStatus.REPATRIATED, tour_end_date=date(2026, 6, 1))],
    )

    back = {"service_number": "001", "status": PersonStatus.ACTIVE}
    refused = plan_rows(store, "personnel", [row(4, **back)])
    accepted = plan_rows(
        store,
        "personnel",
        [row(4, **back, arrival_date=date(2026, 9, 1), tour_end_date=date(2027, 9, 1))],
    )

    assert errors(refused)[4][0][0] == "arrival_date"
    assert outcomes(accepted) == [UPDATED]


def test_a_required_cell_the_reading_step_refused_is_not_reported_twice(store):
    missing = Issue(Severity.ERROR, "Service number is required.", 15, 0, "service_number")
    plan = plan_rows(store, "personnel", [row(15, missing, surname="WAMBUI", unit="KE-FPU-1")])

    assert outcomes(plan) == [SKIPPED]
    assert errors(plan) == {}  # the row's own error stays on the parsed row, not repeated


def test_reimporting_compares_only_what_the_file_gives(store):
    apply_rows(store, "personnel", [officer(4, "001"), officer(5, "002")])

    plan = apply_rows(
        store,
        "personnel",
        [
            officer(4, "001"),
            # Given names empty, role changed: the stored given names are kept.
            row(5, service_number="002", given_names=None, role="Armourer"),
        ],
    )

    assert outcomes(plan) == [UNCHANGED, UPDATED]
    person = people(store)["002"]
    assert (person.given_names, person.role, person.surname) == ("Mercy", "Armourer", "OTIENO")
    with store.read() as session:
        changed = session.exec(
            select(AuditEntry).where(
                AuditEntry.record_id == person.id, AuditEntry.action == "UPDATE"
            )
        ).all()
    assert [(entry.field, entry.old_value, entry.new_value) for entry in changed] == [
        ("role", "Driver", "Armourer")
    ]


def test_today_is_the_engines_day(store):
    """An arrival after the import's day is refused; the same row a day later is not."""
    rows = [officer(4, "001", arrival_date=date(2026, 11, 29))]

    assert outcomes(plan_rows(store, "personnel", rows, today=TODAY)) == [SKIPPED]
    assert outcomes(plan_rows(store, "personnel", rows, today=date(2026, 11, 29))) == [NEW]


def test_new_officers_are_audited_and_searchable_as_the_orm_writes_them(store):
    """New officers are inserted in bulk, not through the ORM: their audit entries, timestamps
    and search text must be exactly what the ORM would have written."""
    apply_rows(store, "personnel", [officer(4, "001", given_names="Célestin")])
    values = {
        "service_number": "002",
        "surname": "OTIENO",
        "given_names": "Célestin",
        "sex": Sex.F,
        "role": "Driver",
        "status": PersonStatus.ACTIVE,
        "arrival_date": date(2026, 1, 20),
        "tour_end_date": date(2027, 1, 19),
    }
    with store.read() as session:
        imported = session.exec(select(Person).where(Person.service_number == "001")).one()
    with store.write() as session:
        session.add(Person(**values, rank_id=imported.rank_id, unit_id=imported.unit_id))

    with store.read() as session:
        entries = {
            person.service_number: entry
            for person, entry in session.exec(
                select(Person, AuditEntry).join(AuditEntry, AuditEntry.record_id == Person.id)
            ).all()
        }
        by_orm = session.exec(select(Person).where(Person.service_number == "002")).one()

    def comparable(entry: AuditEntry) -> tuple[object, ...]:
        new = json.loads(entry.new_value)
        new.pop("service_number")
        return (entry.user, entry.action, entry.table_name, entry.field, entry.old_value, new)

    assert comparable(entries["001"]) == comparable(entries["002"])
    # The very text, not only the same JSON: key order, spacing, accents, nulls.
    assert entries["001"].new_value.replace('"001"', '"002"') == entries["002"].new_value
    assert imported.search_text == "otieno celestin 001"
    assert by_orm.search_text == "otieno celestin 002"
    assert (imported.created_by, imported.updated_by) == ("Sgt J. Otieno", "Sgt J. Otieno")
    assert imported.created_at.tzinfo is not None and imported.archived is False
