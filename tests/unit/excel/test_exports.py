"""``export KIND``: each kind's public headers, its records written as the import reads them back
(archived ones left out, in natural-key order), the blank template, and the round trip: a file
exported then imported changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlmodel import SQLModel, select
from xlsx_readback import calamine_rows, openpyxl_book

from lsa_desktop.domain.enums import PersonStatus, Sex, UnitType
from lsa_desktop.errors import UserError
from lsa_desktop.excel.exports import export_kind, export_notes, header_note
from lsa_desktop.excel.importer import import_file
from lsa_desktop.excel.kinds import KINDS, PERSONNEL, UNITS
from lsa_desktop.progress import run_to_end
from lsa_desktop.services.demo import build_demo
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import Contingent, Location, Mission, Person, Rank, Unit
from lsa_desktop.store.seed import load_reference_data

TODAY = date(2026, 11, 28)

#: Per kind, the rows an export must hold: the kind's records less the archived ones (and, for
#: records that belong to a unit, person or type, less those of archived ones), counted in SQL.
COUNTS = {
    "units": "SELECT count(*) FROM unit WHERE NOT archived",
    "personnel": "SELECT count(*) FROM person WHERE NOT archived",
    "qualifications": "SELECT count(*) FROM qualification q JOIN person p ON p.id = q.person_id "
    "WHERE NOT q.archived AND NOT p.archived",
    "equipment-categories": "SELECT count(*) FROM equipment_category WHERE NOT archived",
    "equipment-types": "SELECT count(*) FROM equipment_type WHERE NOT archived",
    "authorisations": "SELECT count(*) FROM authorisation a JOIN unit u ON u.id = a.unit_id "
    "JOIN equipment_type t ON t.id = a.equipment_type_id WHERE NOT u.archived AND NOT t.archived",
    "stock": "SELECT count(*) FROM stock_line s JOIN unit u ON u.id = s.unit_id "
    "JOIN equipment_type t ON t.id = s.equipment_type_id "
    "WHERE NOT s.archived AND NOT u.archived AND NOT t.archived",
    "vehicles": "SELECT count(*) FROM asset a JOIN equipment_type t ON t.id = a.equipment_type_id "
    "WHERE NOT a.archived AND NOT t.archived AND t.is_vehicle",
    "assets": "SELECT count(*) FROM asset a JOIN equipment_type t ON t.id = a.equipment_type_id "
    "WHERE NOT a.archived AND NOT t.archived AND NOT t.is_vehicle",
    "pledges": "SELECT count(*) FROM pledge_line",
    "deliveries": "SELECT count(*) FROM delivery_line",
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo mission, built once; tests work on copies of the file."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    store = Store(f"sqlite:///{path}")
    SQLModel.metadata.create_all(store.engine)
    run_to_end(build_demo(store, today=TODAY))
    store.dispose()  # the last connection closed: the WAL is folded into the file
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "mission.sqlite3"
    shutil.copyfile(demo_file, path)
    store = Store(f"sqlite:///{path}")
    yield store
    store.dispose()


def sql_count(store: Store, query: str) -> int:
    with sqlite3.connect(store.path) as connection:
        return connection.execute(query).fetchone()[0]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_exports_its_records_under_its_public_headers(demo, tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    written = export_kind(demo, kind, path, user="Capt. Otieno")

    rows = calamine_rows(path)
    assert tuple(rows[0]) == KINDS[kind].headers
    assert written == len(rows) - 1 == sql_count(demo, COUNTS[kind]) > 0


def test_rows_come_in_natural_key_order(demo, tmp_path):
    export_kind(demo, "personnel", tmp_path / "p.xlsx")
    numbers = [row[0] for row in calamine_rows(tmp_path / "p.xlsx")[1:]]
    assert numbers == sorted(numbers)
    export_kind(demo, "authorisations", tmp_path / "a.xlsx")
    keys = [(row[0], row[1]) for row in calamine_rows(tmp_path / "a.xlsx")[1:]]
    assert keys == sorted(keys)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_blank_template_has_the_headers_their_notes_and_nothing_else(demo, tmp_path, kind):
    path = tmp_path / "blank.xlsx"
    assert export_kind(demo, kind, path, empty=True) == 0

    spec = KINDS[kind]
    assert calamine_rows(path) == [list(spec.headers)]
    book = openpyxl_book(path)
    sheet = book[spec.title]
    assert [sheet.cell(1, n + 1).comment.text for n in range(len(spec.fields))] == [
        header_note(f) for f in spec.fields
    ]
    choice_columns = {n for n, f in enumerate(spec.fields) if f.choices}
    lists = {str(v.sqref)[0] for v in sheet.data_validations.dataValidation}
    assert lists == {chr(65 + n) for n in choice_columns}
    about = dict(calamine_rows(path, "About")[1:])
    assert about["Filter"].startswith("None: a blank template")
    assert about["Mission"] == "Multinational Security Support Mission in Haiti"


@pytest.fixture
def small(tmp_store) -> Store:
    """Two units (one archived), a parent, officers (one archived), written by hand."""
    load_reference_data(tmp_store)
    with tmp_store.write() as session:
        session.add(Mission(code="MSS", name="MSS Haiti"))
        kenya = Contingent(name="Kenya", country_code="KE")
        base = Location(code="PAP", name="Port-au-Prince")
        session.add_all([kenya, base])
        session.flush()
        hq = Unit(code="KE-HQ", name="Kenya HQ", unit_type=UnitType.HQ, contingent_id=kenya.id)
        session.add(hq)
        session.flush()
        fpu = Unit(
            code="KE-FPU-1",
            name="=cmd|' /C calc'!A0",  # hostile text, written as text
            unit_type=UnitType.FPU,
            contingent_id=kenya.id,
            parent_id=hq.id,
            base_id=base.id,
            authorised_strength=140,
            min_operational_strength=120,
        )
        gone = Unit(code="AA-OLD", name="Disbanded", unit_type=UnitType.IPO, archived=True)
        session.add_all([fpu, gone])
        session.flush()
        pc = session.exec(select(Rank).where(Rank.code == "PC")).one()
        session.add_all(
            [
                Person(
                    service_number="0061154",
                    rank_id=pc.id,
                    surname="OTIENO",
                    given_names="Brian",
                    sex=Sex.M,
                    unit_id=fpu.id,
                    status=PersonStatus.LEAVE,
                    arrival_date=date(2026, 1, 2),
                ),
                Person(service_number="0000001", surname="GONE", unit_id=fpu.id, archived=True),
                Person(service_number="+509 3456", surname="-Smith", unit_id=hq.id),
            ]
        )
    return tmp_store


def test_references_are_written_as_the_import_reads_them(small, tmp_path):
    export_kind(small, "units", tmp_path / "u.xlsx")
    export_kind(small, "personnel", tmp_path / "p.xlsx")

    assert calamine_rows(tmp_path / "u.xlsx")[1:] == [
        ["KE-FPU-1", "=cmd|' /C calc'!A0", "FPU", "Kenya", "KE-HQ", "Port-au-Prince", 140, 120],
        ["KE-HQ", "Kenya HQ", "HQ", "Kenya", "", "", 0, 0],
    ]
    assert calamine_rows(tmp_path / "p.xlsx")[1:] == [
        ["+509 3456", "", "-Smith", "", "", "KE-HQ", "", "ACTIVE", "", ""],
        ["0061154", "PC", "OTIENO", "Brian", "M", "KE-FPU-1", "", "LEAVE", date(2026, 1, 2), ""],
    ]
    sheet = openpyxl_book(tmp_path / "p.xlsx")["Personnel"]
    assert sheet["A2"].quotePrefix and sheet["C2"].quotePrefix and not sheet["A3"].quotePrefix


def test_the_about_sheet_says_what_when_who_and_what_was_left_out(small, tmp_path):
    export_kind(small, "personnel", tmp_path / "p.xlsx", user="Capt. Otieno")
    about = dict(calamine_rows(tmp_path / "p.xlsx", "About")[1:])
    assert about["Mission"] == "MSS Haiti"
    assert about["Exported by"] == "Capt. Otieno"
    assert about["Filter"] == "All records except archived ones, in order of Service number."
    assert datetime.strptime(about["Exported at"][:16], "%Y-%m-%d %H:%M")


def test_export_notes_give_the_local_time_with_its_offset():
    haiti = timezone(timedelta(hours=-5))
    notes = export_notes(
        UNITS, "", "", empty=False, now=datetime(2026, 11, 28, 14, 5, tzinfo=haiti)
    )
    assert notes[:3] == [
        ("Mission", "(no mission name recorded)"),
        ("Contents", "Units"),
        ("Exported at", "2026-11-28 14:05 (UTC-05:00)"),
    ]
    assert "Exported by" not in dict(notes)
    at_utc = export_notes(UNITS, "M", "u", empty=True, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert dict(at_utc)["Exported at"] == "2026-01-01 00:00 (UTC+00:00)"


def test_header_notes_say_what_each_column_takes():
    notes = {f.name: header_note(f) for f in PERSONNEL.fields}
    assert notes["service_number"] == "Required. At most 40 characters."
    assert notes["unit"] == "Required. A unit's code or name."
    assert notes["status"].startswith("Optional. One of ACTIVE, LEAVE, SICK")
    assert notes["arrival_date"] == "Optional. A date: 2025-03-31 or 31/03/2025."


def test_an_unknown_kind_is_a_sentence(small, tmp_path):
    with pytest.raises(UserError, match="There is no kind 'people' to export"):
        export_kind(small, "people", tmp_path / "x.xlsx")


# --- the round trip -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_exporting_then_importing_changes_nothing(demo, tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    written = export_kind(demo, kind, path)

    report = import_file(demo, path, kind, user="Capt. Otieno", today=TODAY)

    assert [(i.where, i.message) for i in report.errors + report.warnings] == []
    assert (report.new, report.updated, report.unchanged, report.skipped) == (0, 0, written, 0)


@pytest.mark.parametrize("kind", ["units", "personnel"])
def test_hostile_text_survives_the_round_trip(small, tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    written = export_kind(small, kind, path)

    report = import_file(small, path, kind, user="Capt. Otieno", today=TODAY)

    assert report.errors == ()
    assert (report.new, report.updated, report.unchanged) == (0, 0, written)
