"""The readiness summary on paper, with its charts: two pages whatever the mission's size, the
charts embedded whole at 300 dpi, the save dialog, and a write on a worker thread.

Figures are the demo mission's, read by the Dashboard's service; a "large mission" multiplies
its units, gap lines and changes so that every list must be cut.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool

from lsa_desktop.reports.print_dialogs import save_pdf_dialog
from lsa_desktop.reports.printing import PaperSize
from lsa_desktop.reports.readiness_summary_print import build_summary, write_summary_pdf
from lsa_desktop.services import Services
from lsa_desktop.services.dashboard_model import Change

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]

PRINTED_AT = datetime(2026, 3, 5, 7, 30, tzinfo=timezone(timedelta(hours=-5)))


@pytest.fixture
def demo(demo_store):
    services = Services(demo_store)
    return services.dashboard.figures(), services.dashboard.trend(30)


def build(figures, trend, language="en", paper=PaperSize.A4):
    return build_summary(
        figures,
        trend,
        mission="Multinational Security Support Mission in Haiti",
        prepared_by="Capt. A. Wanjiru",
        classification="RESTRICTED",
        language=language,
        paper=paper,
        printed_at=PRINTED_AT,
    )


def text_of(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def large(figures):
    """The demo mission eight times over: 120 units, eight times the gap lines, 80 changes."""
    report = figures.report
    units = tuple(
        replace(unit, code=f"{unit.code}-{copy}") for copy in range(8) for unit in report.units
    )
    return replace(
        figures,
        report=replace(report, units=units),
        critical_gaps=figures.critical_gaps * 8,
        changes=tuple(Change(unit.code, "readiness", 50.0, 40.0) for unit in units[:80]),
    )


@pytest.mark.parametrize(("language", "paper"), [("en", PaperSize.A4), ("fr", PaperSize.LETTER)])
def test_a_large_mission_still_prints_on_two_pages(demo, tmp_path, language, paper):
    figures, trend = demo
    out = tmp_path / "summary.pdf"
    assert write_summary_pdf(build(large(figures), trend, language, paper), out) == 2
    text = text_of(out)
    said = {
        "en": r"The (\d+) least ready units of 120 are listed",
        "fr": r"Les (\d+) unités les moins prêtes sur 120 sont listées",
    }[language]
    shown = int(re.search(said, text)[1])
    assert 5 <= shown < 120


def test_the_charts_are_embedded_whole_at_print_resolution(demo, tmp_path):
    if shutil.which("pdfimages") is None:
        pytest.skip("needs pdfimages")
    figures, trend = demo
    out = tmp_path / "summary.pdf"
    summary = build(figures, trend)
    assert len(summary.images) == 4
    write_summary_pdf(summary, out)
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    images = [line.split() for line in listing]
    # page num type width height color comp bpc enc interp object id x-ppi y-ppi ...
    assert [(i[3], i[4], i[8]) for i in images] == [("1039", "591", "image")] * 4  # not JPEG
    assert all(int(i[12]) in (299, 300) for i in images)


def test_without_a_trend_three_charts_are_printed(demo, tmp_path):
    figures, _ = demo
    summary = build(figures, None)
    assert sorted(summary.images) == ["lsa-chart:gaps", "lsa-chart:strength", "lsa-chart:units"]
    assert "lsa-chart:trend" not in summary.html
    assert write_summary_pdf(summary, tmp_path / "s.pdf") in (1, 2)


def test_save_as_pdf_offers_the_day_in_the_name(demo, dialogs, tmp_path):
    figures, trend = demo
    dialogs.save_file = str(tmp_path / "briefing")
    summary = build(figures, trend)
    written = save_pdf_dialog(
        summary.html, summary.paper, summary.title, summary.file_name, None, summary.images
    )
    assert written == tmp_path / "briefing.pdf"
    assert "Readiness summary, as of" in text_of(written)
    ((name, args),) = dialogs.calls
    assert name == "getSaveFileName"
    assert args[2].endswith(f"Readiness summary {figures.as_of.isoformat()}.pdf")


def test_a_built_summary_is_written_on_a_worker_of_the_pool(demo, tmp_path, qtbot):
    """The Dashboard builds on the GUI thread and writes on a worker."""
    figures, trend = demo
    summary = build(figures, trend)
    out = tmp_path / "worker.pdf"
    pages: list[int] = []

    class Write(QRunnable):
        def run(self) -> None:
            pages.append(write_summary_pdf(summary, out))

    QThreadPool.globalInstance().start(Write())
    qtbot.waitUntil(lambda: bool(pages), timeout=30000)
    assert pages == [2]
    assert "Page 2 of 2" in text_of(out)
