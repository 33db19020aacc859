"""The audit entries of records added in bulk are made by SQLite (JSON and ids): they must be the
very text the ORM's audit hook writes, for any text an officer's name or a tag may hold."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from people_import_helpers import add_reference_units, seeded
from sqlmodel import select
from supply_import_helpers import reference_mission

from lsa_desktop.domain.enums import AssetStatus, Condition, PersonStatus, Sex
from lsa_desktop.excel.importers.bulk import BulkInsert, flush_bulk
from lsa_desktop.store.audit import _columns, to_text
from lsa_desktop.store.models import Asset, AuditEntry, EquipmentType, Person, Rank, Unit
from lsa_desktop.store.models.equipment import ASSET_SEARCH_FIELDS
from lsa_desktop.store.models.personnel import PERSON_SEARCH_FIELDS

#: Text that JSON must escape, or that a naive escaping would get wrong.
HOSTILE = [
    "OTIENO",
    'quote " inside',
    "back \\ slash \\\\ twice",
    "new\nline, tab\t, return\r, feed\f, back\b",
    "".join(chr(code) for code in range(32)),
    "delete \x7f and next line \x85",
    "Célestin Ñúñez Gonaïves",
    "emoji 🚓 and CJK 警察",
    "separators \u2028 \u2029",
    "single ' quote",
    "",
    "  spaced  ",
    '{"looks": "like json"}',
    "=1+2",
    "null",
]


def hooks_text(record: object) -> str:
    """The JSON the audit hook writes for a new record (store.audit._before_flush)."""
    values = {key: to_text(getattr(record, key)) for key in _columns(record)}
    return json.dumps(values, ensure_ascii=False)


def created_entries(store, table: str) -> dict[uuid.UUID, AuditEntry]:
    with store.read() as session:
        entries = session.exec(
            select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.action == "INSERT")
        ).all()
    return {entry.record_id: entry for entry in entries}


@pytest.fixture
def people(tmp_store):
    seeded(tmp_store)
    add_reference_units(tmp_store)
    return tmp_store


@pytest.mark.parametrize("made_by_sqlite", [True, False])
def test_new_officers_audit_text_is_the_hooks_for_hostile_text(people, made_by_sqlite):
    with people.write() as session:
        rank = session.exec(select(Rank)).first()
        unit = session.exec(select(Unit).where(Unit.code == "KE-FPU-1")).one()
        bulk = BulkInsert(session, Person, search_fields=PERSON_SEARCH_FIELDS)
        assert bulk.json_sql is not None  # every column of an officer is made by SQLite
        if not made_by_sqlite:
            bulk.json_sql = None  # the Python path: the two must agree
        for number, text in enumerate(HOSTILE):
            bulk.add(
                {
                    "service_number": f"{number:04d}",
                    "rank_id": rank.id if number % 2 else None,
                    "surname": text,
                    "given_names": text[::-1],
                    "sex": Sex.F if number % 2 else None,
                    "unit_id": unit.id,
                    "role": text,
                    "status": list(PersonStatus)[number % len(PersonStatus)],
                    "arrival_date": date(2026, 1, 1) + timedelta(days=number),
                    "tour_end_date": None if number % 3 else date(2027, 1, 1),
                    "archived": bool(number % 2),
                }
            )
        flush_bulk(session)

    entries = created_entries(people, "person")
    with people.read() as session:
        officers = session.exec(select(Person)).all()
        assert len(officers) == len(HOSTILE)
        for officer in officers:
            assert entries[officer.id].new_value == hooks_text(officer), officer.surname
    assert {officer.surname for officer in officers} == set(HOSTILE)


def test_new_assets_audit_text_is_the_hooks_with_numbers_and_dates(tmp_store):
    reference_mission(tmp_store)
    with tmp_store.write() as session:
        kind = session.exec(select(EquipmentType)).first()
        bulk = BulkInsert(session, Asset, search_fields=ASSET_SEARCH_FIELDS)
        assert bulk.json_sql is not None
        for number, text in enumerate(HOSTILE):
            bulk.add(
                {
                    "tag": f"TAG-{number}",
                    "serial_number": text,
                    "equipment_type_id": kind.id,
                    "make": text,
                    "status": AssetStatus.IN_SERVICE if number % 2 else AssetStatus.UNSERVICEABLE,
                    "condition": Condition.GOOD if number % 2 else Condition.MAJOR_DAMAGE,
                    "odometer_km": None if number % 2 else number * 1_000_003,
                    "next_service_km": 0 if number % 3 == 0 else None,
                    "next_service_date": date(2026, 12, number + 1),
                }
            )
        flush_bulk(session)

    entries = created_entries(tmp_store, "asset")
    with tmp_store.read() as session:
        assets = session.exec(select(Asset).where(Asset.tag.startswith("TAG-"))).all()
        assert len(assets) == len(HOSTILE)
        for asset in assets:
            assert entries[asset.id].new_value == hooks_text(asset), asset.make


def test_the_entries_ids_are_distinct_time_ordered_version_7_uuids(people, monkeypatch):
    from lsa_desktop.excel.importers import bulk as bulk_module

    monkeypatch.setattr(bulk_module, "CHUNK", 7)  # several chunks, several statements
    started = datetime.now(UTC)
    with people.write() as session:
        unit = session.exec(select(Unit).where(Unit.code == "KE-FPU-1")).one()
        bulk = BulkInsert(session, Person, search_fields=PERSON_SEARCH_FIELDS)
        for number in range(40):
            bulk.add({"service_number": f"{number:04d}", "surname": "X", "unit_id": unit.id})
        flush_bulk(session)

    with people.read() as session:
        entries = session.exec(select(AuditEntry).where(AuditEntry.table_name == "person")).all()
    ids = [entry.id for entry in entries]
    assert len(ids) == len(set(ids)) == 40
    for value in ids:
        assert value.version == 7 and value.variant == uuid.RFC_4122
        made = datetime.fromtimestamp((value.int >> 80) / 1000, UTC)
        assert started - timedelta(seconds=1) <= made <= datetime.now(UTC) + timedelta(seconds=1)
    # Within a chunk (one statement: the same moment and 12 random bits) the ids follow the
    # order the entries were written in, as new_id's would.
    with people.read() as session:
        written = session.connection().exec_driver_sql(
            "SELECT id FROM audit_entry WHERE table_name = 'person' ORDER BY rowid"
        )
        in_order = [row[0] for row in written]
    chunks: dict[str, list[str]] = {}
    for value in in_order:
        chunks.setdefault(value[:15], []).append(value)
    assert sum(map(len, chunks.values())) == 40 and len(chunks) >= 6  # 7 a chunk: 6 chunks
    assert all(chunk == sorted(chunk) for chunk in chunks.values())


def test_columns_sqlite_cannot_word_as_the_hook_does_leave_the_entries_to_python():
    import enum

    from sqlalchemy import Column, DateTime, Enum, Integer, MetaData, String, Table

    from lsa_desktop.excel.importers.bulk_audit import json_in_sql, text_of

    class Colour(enum.Enum):
        RED = "red"  # stored by name, audited by value

    def audited(*columns: Column) -> tuple[Table, list]:
        table = Table("t", MetaData(), Column("id", Integer, primary_key=True), *columns)
        return table, [(c.name, text_of(table.c[c.name])) for c in columns]

    assert json_in_sql(*audited(Column("name", String), Column("count", Integer))) is not None
    assert json_in_sql(*audited(Column("colour", Enum(Colour)))) is None
    assert json_in_sql(*audited(Column("seen_at", DateTime))) is None


def test_rows_given_in_the_bulks_own_field_order_take_defaults_for_the_rest(people):
    """A caller holding an officer's values as a tuple gives them in its own order; the columns
    it does not give (archived) take the model's default, as the ORM would."""
    fields = ("surname", "service_number", "unit_id", "status")
    with people.write() as session:
        unit = session.exec(select(Unit).where(Unit.code == "KE-FPU-1")).one()
        bulk = BulkInsert(session, Person, search_fields=PERSON_SEARCH_FIELDS, fields=fields)
        bulk.add_row(("Kamau", "0042", unit.id, PersonStatus.LEAVE))
        bulk.add({"service_number": "0043", "surname": "Wanjiru", "unit_id": unit.id})
        flush_bulk(session)

    entries = created_entries(people, "person")
    with people.read() as session:
        officers = {p.service_number: p for p in session.exec(select(Person)).all()}
        kamau, wanjiru = officers["0042"], officers["0043"]
        assert (kamau.surname, kamau.status, kamau.archived) == ("Kamau", PersonStatus.LEAVE, False)
        assert (wanjiru.status, wanjiru.given_names) == (PersonStatus.ACTIVE, "")
        assert kamau.search_text == "kamau 0042"
        for officer in (kamau, wanjiru):
            assert entries[officer.id].new_value == hooks_text(officer)


def test_a_field_the_table_does_not_have_is_refused_at_once(people):
    with people.write() as session, pytest.raises(ValueError, match="no column nickname"):
        BulkInsert(session, Person, search_fields=PERSON_SEARCH_FIELDS, fields=("nickname",))
