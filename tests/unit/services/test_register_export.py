"""Exporting a register: every row of the query in its order, read in blocks (never a query per
row), written as typed cells with an "About" sheet; a cancel leaves no file and an old file whole.

On the hand-built mission of ``test_registers_data`` (six officers on the roll, one archived).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_registers_data import build_mission

from lsa_desktop.excel.model import FieldType
from lsa_desktop.progress import Progress, run_to_end
from lsa_desktop.services import Services
from lsa_desktop.services.query import ListQuery
from lsa_desktop.services.register_export import (
    column_kinds,
    export_register,
    register_blocks,
    sheet_name,
)

HEADERS = ["Service number", "Surname", "Rank level", "Arrival"]


def cells(row):
    return (row.service_number, row.surname, row.rank_level, row.arrival_date)


class CountingRegister:
    """A register that counts its queries, to show the rows are read a block at a time."""

    def __init__(self, register):
        self.register = register
        self.sort_keys = register.sort_keys
        self.keys_calls = 0
        self.rows_calls: list[int] = []

    def keys(self, query, limit=None):
        self.keys_calls += 1
        return self.register.keys(query, limit)

    def rows(self, keys):
        self.rows_calls.append(len(keys))
        return self.register.rows(keys)

    def page(self, query, limit):  # pragma: no cover - part of the protocol, unused by exports
        return self.register.page(query, limit)

    def count(self, query=None):  # pragma: no cover - likewise
        return self.register.count(query)


@pytest.fixture
def folder(tmp_path):
    """Where the workbooks go: a folder of their own, so that what is left there is seen."""
    out = tmp_path / "out"
    out.mkdir()
    return out


@pytest.fixture
def people(tmp_store):
    build_mission(tmp_store)
    return CountingRegister(Services(tmp_store).personnel.people)


def on_screen(register, query):
    """What the table shows for ``query``: its keys, then its rows, in order."""
    return [cells(row) for row in register.rows(register.keys(query))]


def read_back(path: Path, sheet: str) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    try:
        worksheet = book[sheet]
        worksheet.reset_dimensions()  # never trust the <dimension> header
        rows = [tuple(row) for row in worksheet.iter_rows(values_only=True)]
    finally:
        book.close()
    width = max(len(row) for row in rows)  # a row's empty cells at its end are not stored
    return [row + (None,) * (width - len(row)) for row in rows]


def test_blocks_hold_every_row_of_the_query_in_its_order(people):
    query = ListQuery(sort_key="surname", descending=True)
    expected = on_screen(people.register, query)
    assert len(expected) == 6
    blocks = list(register_blocks(people, query, cells, block_size=4))
    assert [len(block) for block in blocks] == [4, 2]
    assert [row for block in blocks for row in block] == expected
    assert [row[1] for row in expected] == sorted((row[1] for row in expected), reverse=True)


def test_a_block_is_one_query_never_one_query_per_row(people):
    list(register_blocks(people, ListQuery(), cells, block_size=4))
    assert people.keys_calls == 1
    assert people.rows_calls == [4, 2]


def test_blocks_follow_search_and_filters(people):
    query = ListQuery(search="ke", sort_key="service_number", descending=True)
    rows = [row for block in register_blocks(people, query, cells) for row in block]
    assert rows == on_screen(people.register, query)
    assert [row[0] for row in rows] == ["KE_050", "KE010", "KE002", "KE001"]


def test_export_writes_the_rows_in_order_as_typed_cells_with_notes(people, tmp_path):
    path = tmp_path / "roll.xlsx"
    query = ListQuery(sort_key="surname", descending=True)
    notes = [("Mission", "MSS Haiti"), ("Search", "(none)"), ("Sorted by", "Surname, descending")]
    steps: list[Progress] = []
    job = export_register(
        people, query, path, sheet="Personnel", headers=HEADERS, cells=cells, notes=notes,
        block_size=4,
    )  # fmt: skip
    written = run_to_end(job, steps.append)
    assert written == 6
    assert [(step.done, step.total) for step in steps] == [(0, 6), (4, 6), (6, 6)]
    rows = read_back(path, "Personnel")
    assert rows[0] == tuple(HEADERS)
    expected = on_screen(people.register, query)
    # Dates come back as datetimes at midnight (a workbook has no date-only type).
    as_read = [
        (n, s, level, datetime.combine(day, datetime.min.time()) if day else None)
        for n, s, level, day in expected
    ]
    assert rows[1:] == as_read
    assert read_back(path, "About") == [("About", "Value"), *notes]
    sheet = load_workbook(path)["Personnel"]
    assert (sheet["C2"].data_type, sheet["C2"].number_format) == ("n", "#,##0")
    assert (sheet["D2"].is_date, sheet["D2"].number_format) == (True, "yyyy-mm-dd")
    assert (sheet.freeze_panes, sheet.auto_filter.ref) == ("A2", "A1:D7")


def test_numbers_get_formats_from_the_first_values_found(tmp_path):
    rows = [
        (None, "", date(2025, 1, 1), None, True),
        (3, "text", None, 12.5, None),
        (4, "more", date(2025, 1, 2), 1.0, False),
    ]
    assert column_kinds(rows, 6) == [
        FieldType.INTEGER,
        None,
        None,
        FieldType.DECIMAL,
        None,
        None,
    ]


def test_cancelling_leaves_no_file(people, folder):
    path = folder / "roll.xlsx"
    job = export_register(
        people, ListQuery(), path, sheet="Personnel", headers=HEADERS, cells=cells, block_size=2
    )
    next(job)
    next(job)  # the first block is written
    job.close()  # what the task runner does on Cancel
    assert list(folder.iterdir()) == []


def test_cancelling_leaves_the_previous_file_whole(people, folder):
    path = folder / "roll.xlsx"
    run_to_end(
        export_register(
            people, ListQuery(search="KE001"), path, sheet="Old", headers=HEADERS, cells=cells
        )
    )
    before = path.read_bytes()
    job = export_register(
        people, ListQuery(), path, sheet="New", headers=HEADERS, cells=cells, block_size=2
    )
    next(job)
    next(job)
    job.close()
    assert path.read_bytes() == before
    assert list(folder.iterdir()) == [path]


def test_an_empty_result_is_a_sheet_of_headers(people, tmp_path):
    path = tmp_path / "none.xlsx"
    query = ListQuery(search="nobody-by-this-name")
    job = export_register(people, query, path, sheet="Personnel", headers=HEADERS, cells=cells)
    assert run_to_end(job) == 0
    assert read_back(path, "Personnel") == [tuple(HEADERS)]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Personnel", "Personnel"),
        ("Equipment: items [a/b]?", "Equipment items a b"),
        ("Overdue for service and much longer than a sheet", "Overdue for service and much lo"),
        ("'Quoted'", "Quoted"),
        ("About", "Rows"),
        ("***", "Rows"),
    ],
)
def test_sheet_names_follow_excel_rules(title, name):
    assert sheet_name(title) == name
