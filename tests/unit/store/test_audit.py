"""Every ORM write in Store.write() is audited in the same transaction, as one change set."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from lsa_desktop.domain.enums import UnitType
from lsa_desktop.store.models import AuditEntry, Unit


def entries(store) -> list[AuditEntry]:
    with store.read() as session:
        return list(session.exec(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.field)))


def add_unit(store, **values) -> Unit:
    with store.write() as session:
        unit = Unit(code="KE-FPU-1", name="Kenya FPU 1", unit_type=UnitType.FPU, **values)
        session.add(unit)
    return unit


def test_an_insert_is_one_entry_holding_the_new_row(tmp_store):
    tmp_store.user = "Sgt Otieno"
    unit = add_unit(tmp_store, authorised_strength=140)
    (entry,) = entries(tmp_store)
    assert (entry.action, entry.table_name, entry.record_id, entry.user) == (
        "INSERT",
        "unit",
        unit.id,
        "Sgt Otieno",
    )
    values = json.loads(entry.new_value)
    assert values["code"] == "KE-FPU-1" and values["authorised_strength"] == "140"
    assert values["unit_type"] == "FPU" and values["archived"] == "false"
    assert unit.created_by == unit.updated_by == "Sgt Otieno"


def test_an_update_records_each_changed_field_with_old_and_new(tmp_store):
    unit = add_unit(tmp_store, authorised_strength=140)
    tmp_store.user = "Insp Wambui"
    with tmp_store.write() as session:
        row = session.get(Unit, unit.id)
        row.authorised_strength = 120
        row.name = "Kenya Formed Police Unit 1"
        row.min_operational_strength = row.min_operational_strength  # unchanged: not recorded
        change_id = session.info["lsa_change_id"]
    updates = [e for e in entries(tmp_store) if e.action == "UPDATE"]
    assert {(e.field, e.old_value, e.new_value) for e in updates} == {
        ("authorised_strength", "140", "120"),
        ("name", "Kenya FPU 1", "Kenya Formed Police Unit 1"),
    }
    assert {e.change_id for e in updates} == {change_id}
    assert all(e.user == "Insp Wambui" for e in updates)
    with tmp_store.read() as session:
        assert session.get(Unit, unit.id).updated_by == "Insp Wambui"


def test_each_write_is_its_own_change_set(tmp_store):
    unit = add_unit(tmp_store)
    with tmp_store.write() as session:
        session.get(Unit, unit.id).authorised_strength = 1
    first, second = entries(tmp_store)
    assert first.change_id != second.change_id


def test_a_rolled_back_write_leaves_no_entry(tmp_store):
    with pytest.raises(RuntimeError), tmp_store.write() as session:
        session.add(Unit(code="X", name="X", unit_type=UnitType.HQ))
        session.flush()
        raise RuntimeError("the form was cancelled halfway")
    assert entries(tmp_store) == []
    with tmp_store.read() as session:
        assert session.exec(select(Unit)).all() == []


def test_a_delete_keeps_the_old_row(tmp_store):
    unit = add_unit(tmp_store)
    with tmp_store.write() as session:
        session.delete(session.get(Unit, unit.id))
    deleted = [e for e in entries(tmp_store) if e.action == "DELETE"]
    assert len(deleted) == 1 and json.loads(deleted[0].old_value)["code"] == "KE-FPU-1"


def test_read_sessions_record_nothing(tmp_store):
    add_unit(tmp_store)
    with tmp_store.read() as session:
        session.exec(select(Unit)).one().name = "changed in a read session"
        session.flush()
    assert len(entries(tmp_store)) == 1
