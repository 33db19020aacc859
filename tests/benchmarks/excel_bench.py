"""The processes the Excel benchmarks time, each started fresh so that its peak memory is its own.

    python excel_bench.py prepare DIR        a database with units and ranks, and a 100,000-row
                                             personnel workbook (DIR/roll.xlsx)
    python excel_bench.py import-app DIR     the app's import of the roll into a copy of the database
    python excel_bench.py import-bare DIR    python-calamine's read of the roll plus sqlite3
                                             executemany of its rows into the same person table
    python excel_bench.py export-app DIR     export personnel (styled) of the imported database
    python excel_bench.py export-openpyxl DIR   openpyxl write-only, the same values, unstyled
    python excel_bench.py export-xlsxwriter DIR XlsxWriter constant_memory, the same values, plain

Each command prints one line: ``seconds peak_rss_mb``; the time excludes the interpreter's start
and the imports (both sides import what they need first).
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROWS = 100_000
UNITS = [f"KE-FPU-{n}" for n in range(1, 9)]
RANKS = ["PC", "CPL", "SGT", "S/SGT", "IP", "CIP", "SP"]
STATUSES = ["Active", "Leave", "Sick"]
HEADERS = [
    "Service number", "Rank", "Surname", "Given names", "Sex", "Unit", "Role", "Status",
    "Arrival date", "Tour end date",
]  # fmt: skip


def peak_mb() -> float:
    """This process's peak resident memory. On Linux ``VmHWM`` of /proc/self/status: the
    ``ru_maxrss`` of getrusage survives ``exec``, so a process started by a large one (pytest
    after the Dashboard benchmark: 340 MB) would report its parent's size, not its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(seconds: float) -> None:
    print(f"{seconds:.4f} {peak_mb():.1f}", flush=True)


def roll_rows():
    start = date(2026, 1, 5)
    for n in range(ROWS):
        arrival = start + timedelta(days=n % 300)
        yield [
            f"{n:07d}", RANKS[n % len(RANKS)], f"SURNAME{n % 5000}", f"Given {n % 700}",
            "M" if n % 3 else "F", UNITS[n % len(UNITS)], "Officer", STATUSES[n % 3],
            arrival, arrival + timedelta(days=365),
        ]  # fmt: skip


def prepare(folder: Path) -> None:
    import xlsxwriter

    from lsa_desktop.excel.importer import import_file
    from lsa_desktop.store.migrate import open_database
    from lsa_desktop.store.seed import load_reference_data

    folder.mkdir(parents=True, exist_ok=True)
    units = folder / "units.xlsx"
    book = xlsxwriter.Workbook(str(units))
    sheet = book.add_worksheet("Units")
    for column, header in enumerate(["Code", "Name", "Type", "Contingent", "Authorised strength"]):
        sheet.write(0, column, header)
    for row, code in enumerate(UNITS, start=1):
        for column, value in enumerate([code, f"Kenya unit {code}", "FPU", "Kenya", 20_000]):
            sheet.write(row, column, value)
    book.close()
    roll = folder / "roll.xlsx"
    book = xlsxwriter.Workbook(str(roll), {"constant_memory": True})
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet = book.add_worksheet("Personnel")
    sheet.write_row(0, 0, HEADERS)
    for row, values in enumerate(roll_rows(), start=1):
        for column, value in enumerate(values):
            if isinstance(value, date):
                sheet.write_datetime(row, column, value, dates)
            else:
                sheet.write_string(row, column, value)
    book.close()
    store = open_database(f"sqlite:///{folder / 'empty.sqlite3'}", backup=False)
    try:
        load_reference_data(store)
        done = import_file(store, units, "units", user="bench")
        assert done.written and not done.errors, done.issues
    finally:
        store.dispose()


def fresh_copy(folder: Path, name: str) -> Path:
    target = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    source = sqlite3.connect(folder / "empty.sqlite3")
    copy = sqlite3.connect(target)
    source.backup(copy)
    source.close()
    copy.close()
    return target


def import_app(folder: Path) -> None:
    from lsa_desktop.excel.importer import import_file
    from lsa_desktop.store.migrate import open_database

    store = open_database(f"sqlite:///{fresh_copy(folder, 'app.sqlite3')}", backup=False)
    start = time.perf_counter()
    done = import_file(store, folder / "roll.xlsx", "personnel", user="bench")
    seconds = time.perf_counter() - start
    store.dispose()
    assert done.written and done.new == ROWS, (done.new, done.errors[:3])
    shutil.copy(folder / "app.sqlite3", folder / "imported.sqlite3")
    report(seconds)


def time_ordered_id() -> str:
    """The app's keys (``store.models.base.new_id``, a version-7 UUID), written here so that
    this side does not import the app: the comparison measures the import's work, not a choice
    of key (random keys make every index insert slower)."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10))
    return f"{value & ~(0xF << 76 | 0x3 << 62) | 0x7 << 76 | 0x2 << 62:032x}"


def import_bare(folder: Path) -> None:
    from python_calamine import CalamineWorkbook

    path = fresh_copy(folder, "bare.sqlite3")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    units = dict(conn.execute("SELECT code, id FROM unit"))
    ranks = dict(conn.execute("SELECT code, id FROM rank"))
    now = "2026-11-28 00:00:00.000000"
    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(folder / "roll.xlsx")).get_sheet_by_index(0).to_python()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO person (id, created_at, updated_at, created_by, updated_by, archived, "
        "service_number, rank_id, surname, given_names, sex, unit_id, role, status, "
        "arrival_date, tour_end_date, search_text) VALUES "
        "(?, ?, ?, 'bench', 'bench', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
        (
            (time_ordered_id(), now, now, r[0], ranks.get(r[1]), r[2], r[3], r[4], units[r[5]],
             r[6], r[7].upper(), str(r[8]), str(r[9]))
            for r in rows[1:]
        ),
    )  # fmt: skip
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    report(seconds)


def export_values(folder: Path) -> list[tuple]:
    conn = sqlite3.connect(folder / "imported.sqlite3")
    rows = conn.execute(
        "SELECT p.service_number, r.code, p.surname, p.given_names, p.sex, u.code, p.role, "
        "p.status, p.arrival_date, p.tour_end_date FROM person p JOIN unit u ON u.id = p.unit_id "
        "LEFT JOIN rank r ON r.id = p.rank_id ORDER BY p.service_number"
    ).fetchall()
    conn.close()
    return [(*r[:8], date.fromisoformat(r[8]), date.fromisoformat(r[9])) for r in rows]


def export_app(folder: Path) -> None:
    from lsa_desktop.excel.exports import export_kind
    from lsa_desktop.store.engine import Store

    store = Store(f"sqlite:///{folder / 'imported.sqlite3'}")
    start = time.perf_counter()
    written = export_kind(store, "personnel", folder / "export-app.xlsx", user="bench")
    seconds = time.perf_counter() - start
    store.dispose()
    assert written == ROWS, written
    report(seconds)


def export_openpyxl(folder: Path) -> None:
    from openpyxl import Workbook

    values = export_values(folder)
    start = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Personnel")
    sheet.append(HEADERS)
    for row in values:
        sheet.append(row)
    book.save(folder / "export-openpyxl.xlsx")
    report(time.perf_counter() - start)


def export_xlsxwriter(folder: Path) -> None:
    import xlsxwriter

    values = export_values(folder)
    start = time.perf_counter()
    book = xlsxwriter.Workbook(str(folder / "export-xlsxwriter.xlsx"), {"constant_memory": True})
    sheet = book.add_worksheet("Personnel")
    sheet.write_row(0, 0, HEADERS)
    for number, row in enumerate(values, start=1):
        sheet.write_row(number, 0, row)
    book.close()
    report(time.perf_counter() - start)


COMMANDS = {
    "prepare": prepare,
    "import-app": import_app,
    "import-bare": import_bare,
    "export-app": export_app,
    "export-openpyxl": export_openpyxl,
    "export-xlsxwriter": export_xlsxwriter,
}

if __name__ == "__main__":
    COMMANDS[sys.argv[1]](Path(sys.argv[2]))
