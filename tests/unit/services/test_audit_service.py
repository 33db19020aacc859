"""The audit trail read back (history, change log) and undo of change sets."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlmodel import select

from lsa_desktop.domain.enums import PersonStatus, UnitType
from lsa_desktop.errors import UserError
from lsa_desktop.services.audit import AuditService, ChangeKind
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.models import (
    AuditEntry,
    EquipmentCategory,
    EquipmentType,
    Person,
    Requisition,
    RequisitionLine,
    StockLine,
    Unit,
    utcnow,
)


@pytest.fixture
def store(tmp_store):
    tmp_store.user = "Sgt J. Otieno"
    return tmp_store


@pytest.fixture
def audit(store) -> AuditService:
    return AuditService(store)


def add(store, *records, user=None):
    """Add records in one change set (as ``user`` if given); returns the change id."""
    if user:
        store.user, previous = user, store.user
    try:
        with store.write() as session:
            for record in records:
                session.add(record)
                session.flush()
            return session.info["lsa_change_id"]
    finally:
        if user:
            store.user = previous


def edit(store, model, record_id, user=None, **values):
    """Set fields of one record in one change set; returns the change id."""
    if user:
        store.user, previous = user, store.user
    try:
        with store.write() as session:
            record = session.get(model, record_id)
            for name, value in values.items():
                setattr(record, name, value)
            return session.info["lsa_change_id"]
    finally:
        if user:
            store.user = previous


def get(store, model, record_id):
    with store.read() as session:
        return session.get(model, record_id)


@pytest.fixture
def unit(store) -> Unit:
    unit = Unit(code="KE-FPU-1", name="Formed Police Unit 1", unit_type=UnitType.FPU)
    add(store, unit, user="system")
    return unit


@pytest.fixture
def officer(store, unit) -> Person:
    person = Person(
        service_number="0061154", surname="OTIENO", given_names="Mercy", unit_id=unit.id
    )
    add(store, person, user="system")
    return person


@pytest.fixture
def radio(store) -> EquipmentType:
    category = EquipmentCategory(code="COM", name="Communications")
    add(store, category)
    radio = EquipmentType(code="RAD", name="Radio", category_id=category.id)
    add(store, radio)
    return radio


# -- history -----------------------------------------------------------------------------------


def test_history_is_newest_first_with_values_in_their_types(store, audit, officer) -> None:
    edit(store, Person, officer.id, status=PersonStatus.LEAVE, arrival_date=date(2025, 3, 1))
    edit(store, Person, officer.id, user="Insp. Wanjiru", archived=True)

    rows = audit.history("person", officer.id)

    assert [(r.user, r.kind, r.field) for r in rows] == [
        ("Insp. Wanjiru", ChangeKind.EDITED, "archived"),
        ("Sgt J. Otieno", ChangeKind.EDITED, "arrival_date"),
        ("Sgt J. Otieno", ChangeKind.EDITED, "status"),
        ("system", ChangeKind.CREATED, ""),
    ]
    assert (rows[0].old, rows[0].new) == (False, True)
    assert (rows[1].old, rows[1].new) == (None, date(2025, 3, 1))
    assert (rows[2].old, rows[2].new) == (PersonStatus.ACTIVE, PersonStatus.LEAVE)
    created = dict(rows[3].values)
    assert created["service_number"] == "0061154"
    assert created["unit_id"] == "KE-FPU-1"  # a reference, by the record's name
    assert {r.record for r in rows} == {"0061154 OTIENO Mercy"}


# -- change log --------------------------------------------------------------------------------


def test_change_log_filters_by_user_table_dates_and_search(store, audit, unit, officer) -> None:
    before = utcnow()
    edit(store, Person, officer.id, role="Driver")
    edit(store, Unit, unit.id, user="Insp. Wanjiru", name="First FPU")
    log = audit.change_log

    def fields(**filters):
        query = ListQuery(sort_key="at", descending=True).with_filters(**filters)
        return [(row.table_name, row.field) for row in log.rows(log.keys(query))]

    assert fields(user="Insp. Wanjiru") == [("unit", "name")]
    assert fields(table_name="person", since=before) == [("person", "role")]
    assert fields(since=before) == [("unit", "name"), ("person", "role")]
    assert fields(until=before) == [("person", ""), ("unit", "")]
    assert fields(record=("unit", unit.id)) == [("unit", "name"), ("unit", "")]
    query = ListQuery(search="driv", sort_key="at", descending=True)
    assert [row.new for row in log.rows(log.keys(query))] == ["Driver"]
    assert log.count(query) == 1
    assert audit.users() == ["Insp. Wanjiru", "Sgt J. Otieno", "system"]
    assert audit.tables() == ["person", "unit"]


def test_change_log_pages_in_sql(store, audit, unit) -> None:
    add(store, *(Person(service_number=f"N-{i:03d}", surname="Officer") for i in range(30)))
    log = audit.change_log
    query = ListQuery(sort_key="at", descending=True)

    first = log.page(query, limit=10)
    keys = log.keys(query)

    assert len(first) == 10 and log.count(query) == len(keys) == 31
    assert [row.key for row in first] == list(keys[:10])
    assert [row.key for row in log.rows(keys[25:])] == list(keys[25:])
    assert log.rows(keys[-1:])[0].record == "KE-FPU-1"  # the oldest entry: the unit's creation


# -- undo --------------------------------------------------------------------------------------


def test_undo_of_an_edit_restores_the_old_values_and_is_audited(store, audit, officer) -> None:
    change = edit(
        store, Person, officer.id, status=PersonStatus.SICK, tour_end_date=date(2026, 1, 31)
    )

    summary = audit.undo(change)

    assert summary.description == "Edit of officer 0061154 OTIENO Mercy (2 fields)"
    person = get(store, Person, officer.id)
    assert (person.status, person.tour_end_date) == (PersonStatus.ACTIVE, None)
    with store.read() as session:
        undo_entries = session.exec(
            select(AuditEntry).where(AuditEntry.reverts_change_id == change)
        ).all()
    assert sorted((e.action, e.field, e.old_value, e.new_value) for e in undo_entries) == [
        ("UNDO", "status", "SICK", "ACTIVE"),
        ("UNDO", "tour_end_date", "2026-01-31", None),
    ]
    assert {e.user for e in undo_entries} == {"Sgt J. Otieno"}
    with pytest.raises(UserError, match="already been undone"):
        audit.undo(change)


def test_undo_of_a_creation_deletes_the_record_when_nothing_refers_to_it(
    store, audit, unit
) -> None:
    people = [Person(service_number=f"R-{i}", surname="Arrival", unit_id=unit.id) for i in range(3)]
    change = add(store, *people)

    summary = audit.undo(change)

    assert summary.description == "Creation of 3 officers"
    assert [get(store, Person, p.id) for p in people] == [None, None, None]


def test_undo_of_a_creation_archives_a_record_others_now_refer_to(store, audit) -> None:
    unit = Unit(code="KE-FPU-9", name="New unit", unit_type=UnitType.FPU)
    change = add(store, unit)
    add(store, Person(service_number="9-001", surname="Posted", unit_id=unit.id))

    audit.undo(change)

    assert get(store, Unit, unit.id).archived is True


def test_undo_of_a_creation_is_refused_when_referred_to_and_not_archivable(
    store, audit, unit, radio
) -> None:
    requisition = Requisition(
        reference="REQ-2025-0009",
        unit_id=unit.id,
        requested_by="Insp. W",
        requested_on=date.today(),
    )
    change = add(store, requisition)
    add(
        store,
        RequisitionLine(
            requisition_id=requisition.id, equipment_type_id=radio.id, quantity_requested=4
        ),
    )

    with pytest.raises(UserError, match="other records now refer to the requisition REQ-2025-0009"):
        audit.undo(change)
    assert get(store, Requisition, requisition.id) is not None


def test_undo_of_a_deletion_inserts_the_row_again(store, audit, unit, radio) -> None:
    line = StockLine(
        unit_id=unit.id,
        equipment_type_id=radio.id,
        on_hand=12,
        serviceable=9,
        counted_on=date(2025, 3, 1),
    )
    add(store, line)
    with store.write() as session:
        session.delete(session.get(StockLine, line.id))
        change = session.info["lsa_change_id"]

    summary = audit.undo(change)

    assert summary.description == "Deletion of stock line KE-FPU-1 RAD"
    back = get(store, StockLine, line.id)
    assert (back.on_hand, back.serviceable, back.counted_on) == (12, 9, date(2025, 3, 1))
    assert back.unit_id == unit.id


def test_undo_is_refused_when_a_later_change_touched_the_same_field(store, audit, officer) -> None:
    change = edit(store, Person, officer.id, role="Driver")
    edit(store, Person, officer.id, user="Insp. Wanjiru", role="Radio operator")

    with pytest.raises(UserError, match=r"its role on officer 0061154 .* later by Insp\. Wanjiru"):
        audit.undo(change)
    assert get(store, Person, officer.id).role == "Radio operator"


def test_undo_goes_ahead_when_later_changes_touched_other_fields_or_were_undone(
    store, audit, officer
) -> None:
    change = edit(store, Person, officer.id, role="Driver")
    edit(store, Person, officer.id, user="Insp. Wanjiru", surname="OTIENO-KAMAU")
    later = edit(store, Person, officer.id, user="Insp. Wanjiru", role="Radio operator")
    audit.undo(later)

    audit.undo(change)

    person = get(store, Person, officer.id)
    assert (person.role, person.surname) == ("", "OTIENO-KAMAU")


def test_undoable_is_the_users_latest_standing_change_since_the_app_opened(
    store, audit, officer
) -> None:
    edit(store, Person, officer.id, role="Before opening")
    since = utcnow()
    assert audit.undoable("Sgt J. Otieno", since) is None

    first = edit(store, Person, officer.id, role="Driver")
    second = edit(store, Person, officer.id, status=PersonStatus.LEAVE)
    edit(store, Person, officer.id, user="Insp. Wanjiru", given_names="Mercy W.")

    assert audit.undoable("Sgt J. Otieno", since).change_id == second
    audit.undo(second)  # the undo itself is not offered for undo
    assert audit.undoable("Sgt J. Otieno", since).change_id == first
    audit.undo(first)
    assert audit.undoable("Sgt J. Otieno", since) is None
    assert audit.undoable("Insp. Wanjiru", since).description.startswith("Edit of officer")
    assert audit.undoable("Sgt J. Otieno", since - timedelta(hours=1)).description == (
        "Edit of officer 0061154 OTIENO Mercy W. (1 field)"  # the "Before opening" edit
    )


def test_undo_of_an_unknown_change_says_so(audit) -> None:
    with pytest.raises(UserError, match="not in the history"):
        audit.undo(uuid.uuid4())


def test_undo_of_a_record_created_with_its_lines_removes_the_lines_first(
    store, audit, unit, radio
) -> None:
    requisition = Requisition(
        reference="REQ-2025-0010",
        unit_id=unit.id,
        requested_by="Insp. W",
        requested_on=date.today(),
    )
    lines = [
        RequisitionLine(
            requisition_id=requisition.id, equipment_type_id=radio.id, quantity_requested=n
        )
        for n in (4, 8)
    ]
    change = add(store, requisition, *lines)

    summary = audit.undo(change)

    assert summary.description == "Creation of requisition REQ-2025-0010 and 2 other records"
    assert get(store, Requisition, requisition.id) is None
    assert [get(store, RequisitionLine, line.id) for line in lines] == [None, None]


def test_undo_keeps_and_archives_what_a_kept_record_still_refers_to(store, audit, radio) -> None:
    unit = Unit(code="KE-FPU-7", name="New unit", unit_type=UnitType.FPU)
    person = Person(service_number="7-001", surname="Posted", unit_id=unit.id)
    change = add(store, unit, person)
    add(
        store,
        Requisition(
            reference="REQ-7", unit_id=unit.id, requested_by="x", requested_on=date.today()
        ),
    )  # refers to the unit, from outside

    audit.undo(change)

    assert get(store, Unit, unit.id).archived is True
    assert get(store, Person, person.id) is None


def test_undo_of_deleting_a_record_with_its_lines_inserts_the_record_first(
    store, audit, unit, radio
) -> None:
    requisition = Requisition(
        reference="REQ-2025-0011",
        unit_id=unit.id,
        requested_by="Insp. W",
        requested_on=date.today(),
    )
    line = RequisitionLine(
        requisition_id=requisition.id, equipment_type_id=radio.id, quantity_requested=3
    )
    add(store, requisition, line)
    with store.write() as session:
        session.delete(session.get(RequisitionLine, line.id))
        session.flush()
        session.delete(session.get(Requisition, requisition.id))
        change = session.info["lsa_change_id"]

    audit.undo(change)

    assert get(store, RequisitionLine, line.id).quantity_requested == 3
    assert get(store, Requisition, requisition.id).reference == "REQ-2025-0011"


def test_undo_is_refused_when_the_value_was_changed_outside_the_audit_trail(
    store, audit, officer
) -> None:
    change = edit(store, Person, officer.id, role="Driver")
    with store.write_connection() as connection:  # a bulk import writes with Core
        table = Person.__table__
        connection.execute(
            table.update().where(table.c.id == officer.id).values(role="Cook", updated_by="import")
        )

    with pytest.raises(UserError, match=r"its role .* changed again later by import"):
        audit.undo(change)
    assert get(store, Person, officer.id).role == "Cook"
