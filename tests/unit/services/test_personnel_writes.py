"""Writing officers: the form (add, save), the bulk actions (move, status, archive) and
rotations, each checked in the database and in the audit trail."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

import pytest
from sqlmodel import select

from lsa_desktop.domain.enums import PersonStatus, Sex, UnitType
from lsa_desktop.domain.personnel_rules import PersonInput
from lsa_desktop.errors import UserError, ValidationFailed
from lsa_desktop.services.personnel import PersonnelService
from lsa_desktop.services.personnel_batch import PersonnelBatchService, RotationKind
from lsa_desktop.store.models import AuditEntry, Contingent, Person, Unit
from lsa_desktop.store.seed import load_reference_data, reference_id

TODAY = date(2025, 6, 15)


@dataclass
class Mission:
    fpu1: Unit
    fpu2: Unit
    old: Unit
    mercy: Person  # 0061154, active in KEN-FPU-1
    kamau: Person  # KE-0002, active in KEN-FPU-1
    wafula: Person  # KE-0003, in transit, no unit yet
    achieng: Person  # KE-0004, repatriated on 2025-03-01


def build_people(store) -> Mission:
    """Reference data and a small Kenyan mission; written as the user "seed"."""
    load_reference_data(store)
    store.user = "seed"
    with store.write() as session:

        def add(row):
            session.add(row)
            session.flush()
            return row

        kenya = add(Contingent(country_code="KE", name="Kenya"))
        units = [
            add(
                Unit(
                    code=code,
                    name=f"{code} name",
                    unit_type=UnitType.FPU,
                    contingent_id=kenya.id,
                    authorised_strength=140,
                    min_operational_strength=120,
                    archived=archived,
                )
            )
            for code, archived in (("KEN-FPU-1", False), ("KEN-FPU-2", False), ("KEN-OLD", True))
        ]
        people = [
            add(
                Person(
                    service_number=number,
                    surname=surname,
                    given_names=given,
                    unit_id=unit,
                    status=status,
                    arrival_date=arrival,
                    tour_end_date=tour_end,
                )
            )
            for number, surname, given, unit, status, arrival, tour_end in (
                (
                    "0061154",
                    "Otieno",
                    "Mercy",
                    units[0].id,
                    PersonStatus.ACTIVE,
                    date(2025, 1, 10),
                    None,
                ),
                (
                    "KE-0002",
                    "Kamau",
                    "John",
                    units[0].id,
                    PersonStatus.ACTIVE,
                    date(2025, 1, 10),
                    None,
                ),
                ("KE-0003", "Wafula", "Peter", None, PersonStatus.IN_TRANSIT, None, None),
                (
                    "KE-0004",
                    "Achieng",
                    "Ruth",
                    units[1].id,
                    PersonStatus.REPATRIATED,
                    date(2024, 6, 1),
                    date(2025, 3, 1),
                ),
            )
        ]
    store.user = "Sgt Otieno"
    return Mission(*units, *people)


@pytest.fixture
def mission(tmp_store) -> Mission:
    return build_people(tmp_store)


@pytest.fixture
def personnel(tmp_store, mission) -> PersonnelService:
    return PersonnelService(tmp_store, today=lambda: TODAY)


@pytest.fixture
def batch(tmp_store, mission) -> PersonnelBatchService:
    return PersonnelBatchService(tmp_store, today=lambda: TODAY)


def audit(store, action: str | None = None) -> list[AuditEntry]:
    """The entries written by the test's user (not the mission's building)."""
    statement = select(AuditEntry).where(AuditEntry.user == "Sgt Otieno")
    if action:
        statement = statement.where(AuditEntry.action == action)
    with store.read() as session:
        return list(session.exec(statement.order_by(AuditEntry.at)))


def person(store, number: str) -> Person:
    with store.read() as session:
        return session.exec(select(Person).where(Person.service_number == number)).one()


def refused(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call(*args, **kwargs)
    return caught.value.problems


# --- the form ---------------------------------------------------------------------------------


def test_an_officer_is_added_with_leading_zeros_and_accents_kept(tmp_store, mission, personnel):
    values = PersonInput(
        service_number=" 0070001 ",
        surname="Dérosiers",
        given_names="Jean-Noël",
        rank_id=reference_id("rank", "CPL"),
        sex=Sex.M,
        unit_id=mission.fpu2.id,
        role="Driver",
        arrival_date=date(2025, 6, 1),
    )
    added = personnel.create_person(values)
    assert (added.service_number, added.display_name, added.unit_code) == (
        "0070001",
        "DÉROSIERS Jean-Noël",
        "KEN-FPU-2",
    )
    assert personnel.person(added.id) == added
    (entry,) = audit(tmp_store)
    assert (entry.action, entry.table_name, entry.record_id) == ("INSERT", "person", added.id)
    # Found by a search without accents.
    assert [row.id for row in personnel.people.page(personnel_query("derosiers noel"))] == [
        added.id
    ]


def personnel_query(text: str):
    from lsa_desktop.services.query import ListQuery

    return ListQuery(search=text)


def test_a_service_number_in_use_is_refused_with_its_holder(mission, personnel):
    values = PersonInput(service_number="0061154", surname="Twice")
    problems = refused(personnel.create_person, values)
    assert problems == {
        "service_number": "Service number 0061154 is already used by OTIENO Mercy (KEN-FPU-1). "
        "Check the number or edit that officer."
    }


def test_every_problem_of_a_form_is_reported_at_once(mission, personnel):
    values = PersonInput(
        service_number="KE-0002",
        surname="",
        unit_id=mission.old.id,
        arrival_date=date(2025, 5, 1),
        tour_end_date=date(2025, 4, 1),
    )
    problems = refused(personnel.create_person, values)
    assert set(problems) == {"service_number", "surname", "unit_id", "tour_end_date"}
    assert "KEN-OLD is archived" in problems["unit_id"]


def test_saving_a_form_writes_only_what_changed(tmp_store, mission, personnel):
    before = personnel.person(mission.mercy.id)
    after = personnel.update_person(
        mission.mercy.id, replace(before.values(), role="Radio operator", surname="Otieno ")
    )
    assert after.role == "Radio operator" and after.surname == "Otieno"
    updates = audit(tmp_store, "UPDATE")
    assert [(e.field, e.old_value, e.new_value) for e in updates] == [
        ("role", "", "Radio operator")
    ]


def test_an_officer_keeps_their_own_service_number_and_their_archived_unit(
    tmp_store, mission, personnel
):
    with tmp_store.write() as session:
        session.get(Person, mission.kamau.id).unit_id = mission.old.id
    kamau = personnel.person(mission.kamau.id)
    saved = personnel.update_person(kamau.id, replace(kamau.values(), role="Cook"))
    assert saved.unit_id == mission.old.id


def test_a_repatriated_officer_comes_back_only_with_a_new_arrival(mission, personnel):
    ruth = personnel.person(mission.achieng.id).values()
    back = replace(ruth, status=PersonStatus.ACTIVE)
    problems = refused(personnel.update_person, mission.achieng.id, back)
    assert "tour ended 2025-03-01" in problems["arrival_date"]
    saved = personnel.update_person(
        mission.achieng.id, replace(back, arrival_date=date(2025, 6, 1), tour_end_date=None)
    )
    assert saved.status == PersonStatus.ACTIVE


def test_an_archived_or_missing_officer_is_not_edited(tmp_store, mission, personnel, batch):
    batch.archive_people([mission.kamau.id])
    with pytest.raises(UserError, match="archived"):
        personnel.update_person(mission.kamau.id, personnel.person(mission.kamau.id).values())
    with pytest.raises(UserError, match="no longer in the database"):
        personnel.person(uuid.uuid4())


def test_ranks_are_listed_junior_first(personnel):
    ranks = personnel.ranks()
    assert ranks[0].level <= ranks[-1].level
    assert {"PC", "SGT", "IG"} <= {rank.code for rank in ranks}


# --- bulk actions -----------------------------------------------------------------------------


def test_a_bulk_move_is_one_change_set_of_one_update_per_officer(tmp_store, mission, batch):
    moved = batch.move_people(
        [mission.mercy.id, mission.kamau.id, mission.achieng.id], mission.fpu2.id
    )
    assert moved == 2  # Ruth Achieng was in KEN-FPU-2 already
    updates = audit(tmp_store, "UPDATE")
    assert sorted((e.record_id, e.field, e.new_value) for e in updates) == sorted(
        (officer.id, "unit_id", mission.fpu2.id.hex) for officer in (mission.mercy, mission.kamau)
    )
    assert len({e.change_id for e in updates}) == 1
    assert person(tmp_store, "0061154").unit_id == mission.fpu2.id


def test_a_move_to_an_archived_unit_or_of_an_archived_officer_is_refused(tmp_store, mission, batch):
    assert "archived" in refused(batch.move_people, [mission.mercy.id], mission.old.id)["unit_id"]
    assert "Choose the unit" in refused(batch.move_people, [mission.mercy.id], None)["unit_id"]
    batch.archive_people([mission.kamau.id])
    with pytest.raises(UserError, match="1 of the selected officers is no longer"):
        batch.move_people([mission.mercy.id, mission.kamau.id], mission.fpu2.id)
    assert person(tmp_store, "0061154").unit_id == mission.fpu1.id
    with pytest.raises(UserError, match="No officer is selected"):
        batch.archive_people([])


def test_a_bulk_status_change_records_each_officer(tmp_store, mission, batch):
    assert batch.change_status([mission.mercy.id, mission.kamau.id], PersonStatus.SICK) == 2
    updates = audit(tmp_store, "UPDATE")
    assert {(e.record_id, e.field, e.old_value, e.new_value) for e in updates} == {
        (mission.mercy.id, "status", "ACTIVE", "SICK"),
        (mission.kamau.id, "status", "ACTIVE", "SICK"),
    }
    assert len({e.change_id for e in updates}) == 1


def test_repatriating_in_bulk_sets_the_tour_end(tmp_store, mission, batch):
    batch.change_status([mission.mercy.id], PersonStatus.REPATRIATED, date(2025, 6, 10))
    mercy = person(tmp_store, "0061154")
    assert (mercy.status, mercy.tour_end_date) == (PersonStatus.REPATRIATED, date(2025, 6, 10))


def test_a_status_change_that_does_not_fit_one_officer_changes_nobody(tmp_store, mission, batch):
    problems = refused(
        batch.change_status, [mission.mercy.id, mission.achieng.id], PersonStatus.ACTIVE
    )
    lines = problems["status"].splitlines()
    assert lines[0].startswith("1 of the officers is wrong; nothing was recorded")
    assert lines[1].startswith("ACHIENG Ruth (KE-0004): This officer was repatriated")
    assert audit(tmp_store) == []
    without_date = refused(batch.change_status, [mission.kamau.id], PersonStatus.REPATRIATED)
    assert "the date their tour ended" in without_date["status"]


def test_archiving_in_bulk(tmp_store, mission, batch, personnel):
    assert batch.archive_people([mission.mercy.id, mission.wafula.id]) == 2
    updates = audit(tmp_store, "UPDATE")
    assert {(e.record_id, e.field, e.new_value) for e in updates} == {
        (mission.mercy.id, "archived", "true"),
        (mission.wafula.id, "archived", "true"),
    }
    assert personnel.people.count() == 2


# --- rotations ---------------------------------------------------------------------------------


def forty_arrivals(first: int = 1) -> str:
    return "\n".join(
        f"KE-9{number:03d}, PC, Officer{number}, Given, {'F' if number % 5 == 0 else 'M'}"
        for number in range(first, first + 40)
    )


def test_forty_arrivals_in_one_write(tmp_store, mission, batch):
    result = batch.record_arrivals(mission.fpu2.id, date(2025, 6, 14), forty_arrivals())
    assert (result.kind, result.unit_code, result.on, result.count) == (
        RotationKind.ARRIVALS,
        "KEN-FPU-2",
        date(2025, 6, 14),
        40,
    )
    with tmp_store.read() as session:
        arrived = session.exec(select(Person).where(Person.arrival_date == date(2025, 6, 14))).all()
    assert len(arrived) == 40
    assert {(p.unit_id, p.status, p.rank_id) for p in arrived} == {
        (mission.fpu2.id, PersonStatus.ACTIVE, reference_id("rank", "PC"))
    }
    inserts = audit(tmp_store, "INSERT")
    assert len(inserts) == 40 and len({e.change_id for e in inserts}) == 1


def test_a_rotation_with_one_bad_line_records_nothing_and_names_every_bad_line(
    tmp_store, mission, batch
):
    text = forty_arrivals() + "\n0061154, PC, Again, Mercy, F\nKE-7001, GENERAL, Nobody, X, M\n"
    problems = refused(batch.record_arrivals, mission.fpu2.id, date(2025, 6, 14), text)
    lines = problems["lines"].splitlines()
    assert lines == [
        "2 of the lines are wrong; nothing was recorded. Correct them and save again.",
        "Line 41: service number 0061154 is already used by OTIENO Mercy (KEN-FPU-1).",
        "Line 42: rank 'GENERAL' is not in the rank table: write its code (PC, CPL, SGT...) "
        "or its name, or leave it blank.",
    ]
    assert audit(tmp_store) == []


def test_ranks_are_read_by_code_or_name_in_any_case(tmp_store, mission, batch):
    text = "KE-8001, cpl, Kipchoge, Eliud, M\nKE-8002, Senior Sergeant, Chebet, Faith, F\n"
    batch.record_arrivals(mission.fpu1.id, date(2025, 6, 1), text)
    assert person(tmp_store, "KE-8001").rank_id == reference_id("rank", "CPL")
    assert person(tmp_store, "KE-8002").rank_id == reference_id("rank", "S/SGT")


def test_officers_on_the_roll_arrive_from_transit_or_for_a_new_tour(tmp_store, mission, batch):
    result = batch.record_arrivals(
        mission.fpu1.id,
        date(2025, 6, 1),
        "",
        existing_ids=[mission.wafula.id, mission.achieng.id],
        tour_end_date=date(2026, 6, 1),
    )
    assert (result.new_officers, result.existing_officers) == (0, 2)
    for number in ("KE-0003", "KE-0004"):
        arrived = person(tmp_store, number)
        assert (arrived.unit_id, arrived.status, arrived.arrival_date, arrived.tour_end_date) == (
            mission.fpu1.id,
            PersonStatus.ACTIVE,
            date(2025, 6, 1),
            date(2026, 6, 1),
        )


def test_a_new_tour_without_a_planned_end_forgets_the_last_one(tmp_store, mission, batch):
    batch.record_arrivals(mission.fpu2.id, date(2025, 6, 1), "", existing_ids=[mission.achieng.id])
    assert person(tmp_store, "KE-0004").tour_end_date is None


def test_officers_already_present_cannot_arrive(tmp_store, mission, batch):
    problems = refused(
        batch.record_arrivals,
        mission.fpu2.id,
        date(2025, 2, 1),
        "",
        existing_ids=[mission.mercy.id, mission.achieng.id],
    )
    lines = problems["people"].splitlines()
    assert "OTIENO Mercy (0061154): already present in KEN-FPU-1 (active)" in lines[1]
    assert "last tour ended on 2025-03-01" in lines[2]


def test_a_rotation_needs_a_unit_a_past_date_and_someone(mission, batch):
    problems = refused(batch.record_arrivals, None, date(2025, 7, 1), "   \n")
    assert set(problems) == {"unit_id", "on", "lines"}
    assert "after today" in problems["on"]
    assert "Enter the date" in refused(batch.record_arrivals, mission.fpu1.id, None, "X, Y")["on"]
    late_end = refused(
        batch.record_arrivals,
        mission.fpu1.id,
        date(2025, 6, 1),
        "X-1, , Y",
        tour_end_date=date(2025, 5, 1),
    )
    assert "Tour end cannot be before arrival" in late_end["tour_end_date"]


def test_departures_repatriate_everyone_on_one_date(tmp_store, mission, batch):
    result = batch.record_departures(
        mission.fpu1.id, date(2025, 6, 14), [mission.mercy.id, mission.kamau.id]
    )
    assert (result.kind, result.unit_code, result.count) == (
        RotationKind.DEPARTURES,
        "KEN-FPU-1",
        2,
    )
    for number in ("0061154", "KE-0002"):
        gone = person(tmp_store, number)
        assert (gone.status, gone.tour_end_date) == (PersonStatus.REPATRIATED, date(2025, 6, 14))
    updates = audit(tmp_store, "UPDATE")
    assert len(updates) == 4 and len({e.change_id for e in updates}) == 1


def test_departures_that_cannot_be_are_refused_as_a_whole(tmp_store, mission, batch):
    problems = refused(
        batch.record_departures,
        mission.fpu1.id,
        date(2025, 1, 5),
        [mission.mercy.id, mission.achieng.id],
    )
    lines = problems["people"].splitlines()
    assert "arrived on 2025-01-10, after the departure date" in lines[1]
    assert "already repatriated (2025-03-01)" in lines[2]
    assert audit(tmp_store) == []
    assert (
        "Tick the officers"
        in refused(batch.record_departures, None, date(2025, 6, 1), [])["people"]
    )
