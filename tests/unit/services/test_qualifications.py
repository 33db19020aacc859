"""Qualifications: add, correct, renew, archive, and the list of those expiring within 30, 60 or
90 days or already expired, on the mission of ``test_personnel_writes``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_personnel_writes import TODAY, audit, build_people, refused

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.domain.personnel_rules import QualificationInput
from lsa_desktop.errors import UserError
from lsa_desktop.services.personnel_batch import PersonnelBatchService
from lsa_desktop.services.qualifications import QualificationService
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.models import QualificationType
from lsa_desktop.store.seed import reference_id

LICENCE = reference_id("qualification_type", "DL-CIVIL")  # valid 36 months
FIRST_AID = reference_id("qualification_type", "FIRST-AID")  # valid 24 months
WEAPONS = reference_id("qualification_type", "WPN-HNDL")  # valid 12 months


@pytest.fixture
def mission(tmp_store):
    return build_people(tmp_store)


@pytest.fixture
def qualifications(tmp_store, mission) -> QualificationService:
    return QualificationService(tmp_store, today=lambda: TODAY)


def expiring_in(days: int, type_id=LICENCE, number: str = "") -> QualificationInput:
    expires = TODAY + timedelta(days=days)
    return QualificationInput(type_id, number, expires - timedelta(days=365), expires)


def test_types_come_from_the_reference_data(qualifications):
    types = {option.code: option for option in qualifications.types()}
    assert types["DL-CIVIL"].validity_months == 36
    assert types["DL-CIVIL"].id == LICENCE


def test_a_qualification_is_added_and_listed_on_the_officer(tmp_store, mission, qualifications):
    added = qualifications.add(mission.mercy.id, expiring_in(100, number=" DL-0042 "))
    assert (added.type_code, added.number, added.validity_months) == ("DL-CIVIL", "DL-0042", 36)
    assert qualifications.of_person(mission.mercy.id) == [added]
    assert qualifications.qualification(added.id) == added
    (entry,) = audit(tmp_store)
    assert (entry.action, entry.table_name) == ("INSERT", "qualification")


def test_qualification_rules_are_checked_before_saving(mission, qualifications):
    backwards = QualificationInput(LICENCE, "", date(2025, 5, 1), date(2025, 4, 1))
    assert (
        "Expiry cannot be before issue"
        in refused(qualifications.add, mission.mercy.id, backwards)["expires_on"]
    )
    no_expiry = QualificationInput(LICENCE, "", date(2025, 5, 1), None)
    assert (
        "valid for 36 months"
        in refused(qualifications.add, mission.mercy.id, no_expiry)["expires_on"]
    )


def test_one_qualification_of_a_type_at_a_time(mission, qualifications):
    qualifications.add(mission.mercy.id, expiring_in(20, number="DL-1"))
    problems = refused(qualifications.add, mission.mercy.id, expiring_in(400))
    assert problems["qualification_type_id"] == (
        f"OTIENO Mercy already holds this qualification (no. DL-1, expires "
        f"{(TODAY + timedelta(days=20)).isoformat()}): renew that one instead of adding a second."
    )


def test_correcting_a_qualification_writes_what_changed(tmp_store, mission, qualifications):
    held = qualifications.add(mission.mercy.id, expiring_in(20, number="DL-1"))
    corrected = qualifications.update(held.id, expiring_in(20, number="DL-11"))
    assert corrected.number == "DL-11"
    assert [(e.field, e.new_value) for e in audit(tmp_store, "UPDATE")] == [("number", "DL-11")]


def test_renewing_archives_the_old_and_adds_the_new_in_one_write(
    tmp_store, mission, qualifications
):
    old = qualifications.add(mission.mercy.id, expiring_in(10, number="DL-1"))
    assert [row.id for row in qualifications.expiring(30)] == [old.id]
    renewed = qualifications.renew(
        old.id, QualificationInput(LICENCE, "DL-2", TODAY, date(2028, 6, 15))
    )
    assert qualifications.expiring(30) == []
    assert qualifications.of_person(mission.mercy.id) == [renewed]
    entries = [e for e in audit(tmp_store) if e.record_id in (old.id, renewed.id)]
    renewal = {e.change_id for e in entries if e.record_id == renewed.id}
    assert {(e.record_id, e.action) for e in entries if e.change_id in renewal} == {
        (old.id, "UPDATE"),
        (renewed.id, "INSERT"),
    }
    with pytest.raises(UserError, match="renewed or removed meanwhile"):
        qualifications.renew(old.id, expiring_in(500))


def test_archiving_a_qualification_takes_it_off_the_officer(mission, qualifications):
    held = qualifications.add(mission.mercy.id, expiring_in(10))
    assert qualifications.archive(held.id).archived
    assert qualifications.of_person(mission.mercy.id) == []


def test_an_archived_officer_keeps_their_qualifications_unchanged(
    tmp_store, mission, qualifications
):
    held = qualifications.add(mission.kamau.id, expiring_in(10))
    PersonnelBatchService(tmp_store).archive_people([mission.kamau.id])
    with pytest.raises(UserError, match="archived"):
        qualifications.update(held.id, expiring_in(11))
    with pytest.raises(UserError, match="archived"):
        qualifications.add(mission.kamau.id, expiring_in(11, FIRST_AID))


def test_the_expiring_list_by_window(tmp_store, mission, qualifications):
    made = {
        days: qualifications.add(mission.mercy.id, expiring_in(days, type_id)).id
        for days, type_id in ((-3, LICENCE), (0, FIRST_AID), (45, WEAPONS))
    }
    made[75] = qualifications.add(mission.kamau.id, expiring_in(75)).id
    made[200] = qualifications.add(mission.kamau.id, expiring_in(200, FIRST_AID)).id
    with tmp_store.write() as session:
        french = QualificationType(code="LANG-FR", name="French interpreter")  # never expires
        session.add(french)
    qualifications.add(mission.kamau.id, QualificationInput(french.id, "", None, None))

    def ids(rows):
        return [row.id for row in rows]

    assert ids(qualifications.expiring(30)) == [made[-3], made[0]]
    assert ids(qualifications.expiring(60)) == [made[-3], made[0], made[45]]
    assert ids(qualifications.expiring(90)) == [made[-3], made[0], made[45], made[75]]
    assert ids(qualifications.expiring(expired_only=True)) == [made[-3]]
    assert ids(qualifications.expiring(90, unit_id=mission.fpu2.id)) == []
    first = qualifications.expiring(30)[0]
    assert (first.officer, first.unit_code, first.type_name, first.days_left) == (
        "OTIENO Mercy",
        "KEN-FPU-1",
        "Driving licence, civil",
        -3,
    )


def test_officers_who_left_are_not_in_the_expiring_list(tmp_store, mission, qualifications):
    qualifications.add(mission.mercy.id, expiring_in(5))
    qualifications.add(mission.kamau.id, expiring_in(6))
    batch = PersonnelBatchService(tmp_store, today=lambda: TODAY)
    batch.archive_people([mission.kamau.id])
    assert [row.officer for row in qualifications.expiring(30)] == ["OTIENO Mercy"]
    batch.change_status([mission.mercy.id], PersonStatus.REPATRIATED, TODAY)
    assert qualifications.expiring(30) == []


def test_the_expiring_register_sorts_and_searches(tmp_store, mission, qualifications):
    qualifications.add(mission.mercy.id, expiring_in(5))
    qualifications.add(mission.kamau.id, expiring_in(6, FIRST_AID))
    register = qualifications.expiring_register
    window = {"within_days": 30}
    for key in register.sort_keys:
        assert len(register.keys(ListQuery(filters=window, sort_key=key))) == 2
    by_officer = register.rows(register.keys(ListQuery(filters=window, sort_key="officer")))
    assert [row.surname for row in by_officer] == ["Kamau", "Otieno"]
    found = register.rows(register.keys(ListQuery(search="otieno", filters=window)))
    assert [row.service_number for row in found] == ["0061154"]
