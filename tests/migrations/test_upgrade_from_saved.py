"""Every saved database of a released schema upgrades to the head and reads back in the models.

``tests/fixtures/schema_<revision>.sqlite3`` are databases as released apps left them (built once
by ``build_schema_fixture.py``, never rebuilt). When a revision is released, add its file here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from lsa_desktop.store.migrate import file_status, head_revision, known_revisions, open_database
from lsa_desktop.store.models import Asset, EquipmentType, Mission, Person, Rank, Unit

SAVED_SCHEMAS = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema_*.sqlite3"))


def test_the_first_schema_is_saved():
    assert [p.name for p in SAVED_SCHEMAS][:1] == ["schema_0001.sqlite3"]


@pytest.mark.parametrize("saved", SAVED_SCHEMAS, ids=lambda p: p.stem)
def test_a_saved_database_is_stamped_with_a_revision_this_app_knows(saved):
    status = file_status(saved)
    assert f"schema_{status.current}.sqlite3" == saved.name
    assert status.current in known_revisions()


@pytest.mark.parametrize("saved", SAVED_SCHEMAS, ids=lambda p: p.stem)
def test_a_saved_database_upgrades_to_head_with_its_rows(saved, saved_database):
    live = saved_database(saved)

    store = open_database(f"sqlite:///{live}")
    try:
        with store.read() as session:
            person = session.exec(select(Person)).one()
            rank = session.get(Rank, person.rank_id)
            unit = session.get(Unit, person.unit_id)
            asset = session.exec(select(Asset)).one()
            vehicle_type = session.get(EquipmentType, asset.equipment_type_id)
            mission = session.exec(select(Mission)).one()
            assert (person.service_number, person.surname) == ("0012345", "Otieno")
            assert person.status == "ACTIVE"
            assert rank is not None and rank.code == "SGT"
            assert unit is not None and (unit.code, unit.authorised_strength) == ("KE-FPU-1", 140)
            assert vehicle_type is not None and vehicle_type.code == "MRAP"
            assert (asset.tag, asset.status) == ("MSS-V-0001", "UNDER_REPAIR")
            assert mission.created_at.tzinfo is not None  # read back as aware datetimes
    finally:
        store.dispose()

    assert file_status(live).current == head_revision()
    conn = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
