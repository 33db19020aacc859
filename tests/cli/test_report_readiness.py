"""``report readiness OUT.pdf`` as an officer runs it on a machine without a display, read back.

The command runs in its own process with no ``DISPLAY``, ``WAYLAND_DISPLAY`` or
``QT_QPA_PLATFORM`` (it must find its way to the offscreen platform alone). The PDF is read back
with ``pdftotext -layout`` and every figure printed is checked: the units, bands, strength and
critical gaps against ``readiness --json`` (today's and the previous day's, for what changed),
the tiles that JSON does not carry (vehicles, overdue, expiring, awaiting approval) and the named
lines against the Dashboard's service. Each figure checked is struck out of the text, and what is
left at the end must hold no figure at all.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from lsa_desktop.cli import main
from lsa_desktop.domain.readiness import round_pct
from lsa_desktop.reports.html import day
from lsa_desktop.settings import Settings

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]

BANDS = {"green": "Green", "amber": "Amber", "red": "Red"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo mission and a data folder whose settings name the officer who prints."""
    folder = tmp_path_factory.mktemp("report")
    db, data = folder / "mission.sqlite3", folder / "data"
    assert main(["--db", str(db), "--data-dir", str(data), "demo"]) == 0
    Settings(user_name="Capt. A. Wanjiru", classification="RESTRICTED").save(data / "settings.json")
    return db, data


def run_report(db: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    headless = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    command = [sys.executable, "-m", "lsa_desktop", "--db", str(db), "--data-dir", str(data)]
    return subprocess.run(
        [*command, "report", "readiness", *args],
        env=headless,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def readiness_json(db: Path, data: Path, capsys, as_of: date | None = None) -> dict:
    capsys.readouterr()
    extra = ["--as-of", as_of.isoformat()] if as_of else []
    assert main(["--db", str(db), "--data-dir", str(data), "readiness", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def dashboard_figures(db: Path):
    from lsa_desktop.services import Services
    from lsa_desktop.store.engine import Store

    store = Store(f"sqlite:///{db}")
    try:
        return Services(store).dashboard.figures()
    finally:
        store.dispose()


class Page:
    """The PDF's text; :meth:`take` checks a figure is printed and strikes it out."""

    def __init__(self, text: str) -> None:
        self.text = text

    def take(self, pattern: str, count: int = 1) -> list[re.Match[str]]:
        found = list(re.finditer(pattern, self.text, flags=re.MULTILINE))
        assert len(found) == count, (pattern, len(found))
        self.text = re.sub(pattern, "#", self.text, flags=re.MULTILINE)
        return found

    def strike_identifier(self, token: str) -> None:
        """Strike a registration, serial or service number out, whole or wrapped after one of
        its hyphens (the tail then starts a line of its own)."""
        tails = [token] + [token[i + 1 :] for i, c in enumerate(token) if c == "-"]
        for tail in tails:
            pattern = rf"(?<!\S){re.escape(tail)}(?!\S)"
            found = len(re.findall(pattern, self.text))
            if found:
                self.take(pattern, found)
                return
        raise AssertionError(f"{token} is not printed")

    def figures_left(self) -> list[str]:
        return [line.strip() for line in self.text.splitlines() if re.search(r"\d", line)]


def pct(value: float | None) -> str:
    rounded = round_pct(value)
    return "—" if rounded is None else re.escape(f"{rounded:.1f} %")


def n(value: int) -> str:
    return re.escape(f"{value:,}")


@pytest.fixture(scope="module")
def english(demo: tuple[Path, Path]) -> tuple[subprocess.CompletedProcess[str], Path]:
    db, data = demo
    out = db.parent / "summary.pdf"
    return run_report(db, data, str(out)), out


def test_the_summary_prints_without_a_display_in_two_pages(english):
    result, out = english
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    today = day(date.today(), "en")
    assert result.stdout == f"wrote the readiness summary as of {today} to {out} (2 pages, A4)\n"
    assert out.read_bytes().startswith(b"%PDF")
    assert "Page 2 of 2" in pdf_text(out)


def test_every_figure_printed_is_the_one_readiness_json_and_the_service_give(english, demo, capsys):
    db, data = demo
    _, out = english
    page = Page(pdf_text(out))
    today = readiness_json(db, data, capsys)
    figures = dashboard_figures(db)
    units = today["units"]

    # The header and the page furniture.
    page.take(rf"^Readiness summary, as of {day(date.fromisoformat(today['as_of']), 'en')}$")
    now = day(datetime.now().astimezone().date(), "en")
    page.take(rf"Figures read\s+{now} \d\d:\d\d \S+")
    page.take(rf"Prepared by Capt\. A\. Wanjiru on {now} \d\d:\d\d \S+\s+Page (\d) of 2", 2)
    green, amber = f"{today['threshold_pct']:.0f} %", f"{today['amber_pct']:.0f} %"
    page.take(
        rf"^Bands: green at or above {green}, amber at or above {amber}, red below\. "
        rf"The {green} threshold"
    )

    # The key figures: strength and critical gaps from the JSON, the rest from the service.
    present = sum(u["personnel"]["present"] for u in units)
    authorised = sum(u["personnel"]["authorised"] for u in units)
    page.take(rf"{n(present)} of {n(authorised)} \({pct(100 * present / authorised)}\)")
    critical = [g for g in today["gaps"] if g["critical"]]
    missing = sum(g["gap"] for g in critical)
    tiles = {tile.key.value: tile for tile in figures.tiles}
    vehicles = tiles["vehicles"]
    page.take(
        rf"{vehicles.value} of {vehicles.out_of} \({pct(100 * vehicles.value / vehicles.out_of)}\)"
    )
    page.take(rf"^ #\s+#\s+{len(critical)}$")
    page.take(rf"{n(missing)} items missing$")
    overdue, expiring = tiles["overdue_maintenance"], tiles["expiring_qualifications"]
    awaiting = tiles["awaiting_approval"]
    page.take(rf"^ {overdue.value}\s+{expiring.value}\s+{awaiting.value}$")
    page.take(rf"{expiring.detail} already expired")
    bands = {band: sum(u["band"] == band for u in units) for band in BANDS}
    page.take(rf"^Units: {bands['green']} green, {bands['amber']} amber, {bands['red']} red$")

    # The unit table: every unit, every figure, its band written out, what limits it.
    assert len(units) <= 20
    for unit in units:
        people = unit["personnel"]
        mark = "▼ " if people["below_minimum"] else ""
        limited = limited_by(unit)
        page.take(
            rf"^ {re.escape(unit['code'])}\s+{re.escape(unit['contingent'])}\s+"
            rf"{people['present']} / {people['authorised']}\s+{mark}{pct(people['strength_pct'])}\s+"
            rf"{pct(unit['readiness_pct'])}\s+{BANDS[unit['band']]}\s+{re.escape(limited)}\s+"
            rf"{pct(unit['mean_readiness_pct'])}$"
        )

    # Critical gaps, largest first, with the pledges named against them.
    listed = sorted(critical, key=lambda g: -g["gap"])
    by_line = {(g.unit_code, g.equipment_code): g.pledges for g in figures.critical_gaps}
    rows = page.take(
        r"^ (\S+)\s+([A-Z]+-[A-Z0-9-]+) .*?\s(\d+)\s+(\d+)\s+(\d+)\s+(\d+) (none|PLG-.*)$", 10
    )
    json_gaps = {(g["unit"], g["equipment_code"]): g for g in critical}
    for row in rows:
        gap = json_gaps[row[1], row[2]]
        shown = tuple(int(row[k]) for k in (3, 4, 5, 6))
        assert shown == (gap["authorised"], gap["serviceable"], gap["pledged_open"], gap["gap"])
        assert row[7] == (", ".join(by_line[row[1], row[2]]) or "none")
    assert [int(row[6]) for row in rows] == [g["gap"] for g in listed[:10]]
    page.take(
        rf"^{len(critical) - 10} more critical gap lines are not listed "
        rf"\({n(missing)} items missing in all\)"
    )

    # What changed since the previous day: before from that day's snapshot, after from today.
    (since,) = page.take(r"^What changed since (\d+ \w+ \d{4})$")
    compared = figures.compared_with
    assert since[1] == day(compared, "en")
    before = readiness_json(db, data, capsys, compared)
    for change in figures.changes:
        assert change.what == "gap", "the demo's one change since yesterday is a gap"
        then = gap_of(before, change.unit_code, change.item)
        now_gap = gap_of(today, change.unit_code, change.item)
        page.take(
            rf"^ {re.escape(change.unit_code)}\s+{re.escape(change.item)} gap {then} → {now_gap}$"
        )

    # Overdue and expiring: the counts, then the first few with their dates and days.
    page.take(rf"^{overdue.value} vehicles and items are overdue for service\.")
    page.take(
        rf"{expiring.value} qualifications have expired or expire within 30 days \({expiring.detail}"
    )
    page.take(r"The first 5:", 2)
    for line in figures.overdue:  # the demo's are overdue by date, each on its own day
        page.take(rf"{line.days} days overdue")
        page.take(rf"service due {day(line.due, 'en')}")
    ago = Counter(-line.days for line in figures.expiring)
    expired_on = Counter(day(line.due, "en") for line in figures.expiring)
    for days, times in ago.items():
        page.take(rf"{days} days ago", times)
    for shown, times in expired_on.items():
        page.take(rf"expired {shown}", times)
    page.take(r"expiring within 30", 2)  # the tile's label and the list's heading
    names = " ".join(line.name for line in (*figures.overdue, *figures.expiring))
    for token in sorted(set(re.split(r"[\s·]+", names)), key=len, reverse=True):
        if re.search(r"\d", token):  # identifiers, not figures
            page.strike_identifier(token)

    # Chart captions carry the thresholds and the trend's period.
    page.take(rf"Readiness by unit \(dashed lines: {green} and {amber}\)")
    page.take(r"Readiness trend per unit, last 30 days")
    assert page.figures_left() == [], "\n".join(page.figures_left())


def limited_by(unit: dict) -> str:
    """What sets a unit's readiness: its strength, or its lowest critical category."""
    critical = [c for c in unit["categories"] if c["critical"] and c["readiness_pct"] is not None]
    lowest = min(critical, key=lambda c: c["readiness_pct"], default=None)
    strength = min(unit["personnel"]["strength_pct"], 100.0)
    if lowest is None or strength <= lowest["readiness_pct"]:
        return "Strength"
    return lowest["name"]


def gap_of(report: dict, unit_code: str, equipment_name: str) -> int:
    gaps = [
        g["gap"]
        for g in report["gaps"]
        if g["unit"] == unit_code and g["equipment_name"] == equipment_name
    ]
    return sum(gaps)


def test_french_on_letter_paper_holds_in_two_pages(demo):
    db, data = demo
    out = db.parent / "synthese.pdf"
    result = run_report(db, data, str(out), "--lang", "fr", "--paper", "Letter")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("(2 pages, Letter)\n")
    text = pdf_text(out)
    assert "Synthèse de l’état de préparation, au" in text
    assert "Préparation par unité" in text
    assert re.search(r"\d+ sur \d[\d\u00a0 ]* \(\d+,\d %\)", text)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert re.search(r"Page size:\s+612 x 792 pts", info.stdout)
    assert re.search(r"^Pages:\s+2$", info.stdout, flags=re.MULTILINE)


def test_a_day_without_a_snapshot_is_one_line_and_exit_1(demo, tmp_path):
    db, data = demo
    out = tmp_path / "old.pdf"
    result = run_report(db, data, str(out), "--as-of", "2000-01-01")
    assert result.returncode == 1
    assert result.stderr.startswith("lsa-desktop: ") and result.stderr.count("\n") == 1
    assert "2000-01-01" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["report", "minutes", "out.pdf"],
        ["report", "readiness"],
        ["report", "readiness", "out.pdf", "--paper", "A3"],
        ["report", "readiness", "out.pdf", "--as-of", "yesterday"],
    ],
)
def test_usage_errors_exit_2(args, capsys):
    with pytest.raises(SystemExit) as usage:
        main(args)
    assert usage.value.code == 2


@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [
        ("en", "C", "1,500"),  # a server's locale: the report's language decides
        ("en", "en_KE", "1,500"),
        ("fr", "C", "1\u202f500"),
        ("fr", "fr_HT", "1\u202f500"),
        ("en", "fr_HT", "1,500"),  # an English report from a French-speaking laptop
    ],
)
def test_the_charts_write_numbers_as_the_reports_language(language, system, expected):
    from PySide6.QtCore import QLocale

    from lsa_desktop.cli_report import report_locale

    locale = report_locale(language, QLocale(system) if system != "C" else QLocale.c())
    assert locale.toString(1500.0, "f", 0) == expected
