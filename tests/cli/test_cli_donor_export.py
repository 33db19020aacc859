"""``export donor-request`` and ``export donor-report`` as a person runs them, on the demo mission;
the workbooks' figures checked against sums computed here from the raw SQLite rows, following
CONTEXT.md (needed = wanted - accepted; gap = wanted - what the pledges cover)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from lsa_desktop.cli import main

OPEN = ("PLEDGED", "COMMITTED", "PARTIALLY_DELIVERED")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("donor_cli")
    db = folder / "mission.sqlite3"
    assert main(["--db", str(db), "--data-dir", str(folder / "data"), "demo"]) == 0
    return db


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), "export", *args])


def rows_below(sheet, header_row: int) -> list[dict]:
    rows = list(sheet.iter_rows(min_row=header_row, values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def expected_request(db: Path) -> tuple[int, int, int]:
    """(lines, sum of quantity needed, sum of remaining gap) from the raw rows."""
    conn = sqlite3.connect(db)
    accepted: dict[str, int] = defaultdict(int)
    covered: dict[str, int] = defaultdict(int)
    got_per_pledge_line: dict[str, int] = defaultdict(int)
    for pledge_line, quantity in conn.execute(
        "SELECT pledge_line_id, quantity_accepted FROM delivery_line"
    ):
        got_per_pledge_line[pledge_line] += quantity
    for pledge_line, wanted_line, quantity, status in conn.execute(
        "SELECT pl.id, pl.requisition_line_id, pl.quantity, p.status FROM pledge_line pl "
        "JOIN pledge p ON p.id = pl.pledge_id WHERE pl.requisition_line_id IS NOT NULL"
    ):
        got = got_per_pledge_line[pledge_line]
        accepted[wanted_line] += got
        covered[wanted_line] += max(quantity, got) if status in OPEN else got
    lines = needed = gap = 0
    for line_id, wanted in conn.execute(
        "SELECT rl.id, COALESCE(rl.quantity_approved, rl.quantity_requested) "
        "FROM requisition_line rl JOIN requisition r ON r.id = rl.requisition_id "
        "WHERE r.status IN ('SUBMITTED', 'APPROVED', 'PARTIALLY_FULFILLED')"
    ):
        if wanted - accepted[line_id] > 0:
            lines += 1
            needed += wanted - accepted[line_id]
            gap += max(0, wanted - covered[line_id])
    conn.close()
    return lines, needed, gap


def test_donor_request(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "request.xlsx"
    capsys.readouterr()
    assert run(demo_db, "donor-request", str(out)) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Wrote the donor request to {out}: ")

    book = openpyxl.load_workbook(out)
    lines = rows_below(book["Lines"], 4)
    assert (
        len(lines),
        sum(row["Quantity needed"] for row in lines),
        sum(row["Remaining gap"] for row in lines),
    ) == expected_request(demo_db)
    assert f"{len(lines):,} lines" in said
    everything = rows_below(book["Summary"], 3)[-1]
    assert everything["Total (USD)"] == pytest.approx(sum(row["Total (USD)"] for row in lines))


def test_donor_request_for_one_donor(demo_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "request.xlsx"
    assert run(demo_db, "donor-request", str(out), "--donor", "Canada") == 0
    assert "for Canada" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    assert {row["Donor"] for row in rows_below(book["Lines"], 4)} == {"Canada"}
    assert {row["Donor"] for row in rows_below(book["Pledges made"], 3)} <= {"Canada"}


def test_donor_report(demo_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "report.xlsx"
    today = date.today()
    start = today - timedelta(days=200)
    assert run(demo_db, "donor-report", str(out), "--donor", "France", "--from", str(start)) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Wrote the donor report for France from {start} to {today}")
    book = openpyxl.load_workbook(out)
    conn = sqlite3.connect(demo_db)
    accepted = sum(
        quantity
        for (quantity,) in conn.execute(
            "SELECT dl.quantity_accepted FROM delivery_line dl "
            "JOIN delivery d ON d.id = dl.delivery_id JOIN pledge p ON p.id = d.pledge_id "
            "JOIN donor o ON o.id = p.donor_id WHERE o.name = 'France' AND d.delivered_on >= ?",
            (start.isoformat(),),
        )
    )
    conn.close()
    deliveries = rows_below(book["Deliveries"], 1)
    assert accepted > 0
    assert sum(row["Accepted"] for row in deliveries) == accepted
    assert {row["Donor"] for row in rows_below(book["Pledges"], 1)} == {"France"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["donor-request", "{out}", "--donor", "Japan"], 1, "no donor named 'Japan'"),
        (
            ["donor-report", "{out}", "--from", "2025-06-01", "--to", "2025-05-01"],
            1,
            "after its end",
        ),
        (["donor-request", "{out}", "--from", "2025-06-01"], 2, "period of the donor report"),
        (["donor-request", "{out}", "--empty"], 2, "always filled in"),
    ],
)
def test_refusals_say_why_in_one_line(demo_db, tmp_path, capsys, args, code, message) -> None:
    out = tmp_path / "x.xlsx"
    capsys.readouterr()
    assert run(demo_db, *[a.format(out=out) for a in args]) == code
    error = capsys.readouterr().err
    assert message in error
    assert len(error.strip().splitlines()) == 1
    assert not out.exists()


def test_a_date_that_is_not_iso_is_bad_usage(demo_db, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        run(demo_db, "donor-report", str(tmp_path / "x.xlsx"), "--to", "31/12/2025")
    assert stop.value.code == 2
    assert "write it as YYYY-MM-DD" in capsys.readouterr().err
