"""The printed requisition on paper: a PDF read back with poppler's ``pdftotext`` and ``pdfinfo``,
the preview, the save dialog, and a failed write that leaves nothing behind.

The requisition is made through the service on the small mission, as the app makes one: drafted,
returned by the deputy commander, reopened, submitted again and approved by him, still waiting
for the force commander. Its PDF must say all of it.
"""

from __future__ import annotations

import errno
import os
import re
import subprocess
import tempfile
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QSizeF, QThreadPool
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from sqlalchemy import select

from lsa_desktop.domain.enums import Decision, Priority
from lsa_desktop.errors import UserError
from lsa_desktop.reports.pagination import keep_blocks_whole
from lsa_desktop.reports.print_dialogs import preview_dialog, print_with_preview, save_pdf_dialog
from lsa_desktop.reports.printing import PaperSize, paint_document, write_pdf
from lsa_desktop.reports.requisition_html import requisition_html
from lsa_desktop.services.mission_settings import MissionSettingsService
from lsa_desktop.services.requisitions import (
    RequisitionDetail,
    RequisitionInput,
    RequisitionLineInput,
    RequisitionService,
)
from lsa_desktop.store.models import Mission, Unit

pytestmark = pytest.mark.usefixtures("qapp")  # fonts are measured by Qt

MISSION = "Multinational Security Support Mission in Haiti"
PRINTED_AT = datetime(2026, 3, 5, 8, 15, tzinfo=timezone(timedelta(hours=-5)))
#: (type code, requested, approved, unit cost)
LINES = (
    ("OBS-NVG", 24, 18, 4500.0),
    ("COM-RAD-HH", 40, 40, 850.0),
    ("WPN-AMM-556", 12000, 10000, 0.45),
)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for what a test writes (the database lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def detail(small_store) -> RequisitionDetail:
    """REQ-2026-0001 for KEN-FPU-2, second round, approved by one of its two approvers."""
    with small_store.write() as session:
        session.add(Mission(code="MSS", name=MISSION))
        unit_id = session.execute(select(Unit.id).where(Unit.code == "KEN-FPU-2")).scalar_one()
    MissionSettingsService(small_store).set_approvers(
        Priority.URGENT, ["Deputy Commander", "Force Commander"]
    )
    service = RequisitionService(small_store, today=lambda: date(2026, 3, 1))
    types = {choice.code: choice.id for choice in service.equipment_choices()}
    draft = service.create(
        RequisitionInput(
            unit_id=unit_id,
            requested_by="Chief Insp. Mwangi",
            requested_on=date(2026, 3, 1),
            required_by=date(2026, 4, 15),
            priority=Priority.URGENT,
            justification="Night patrols in Cité Soleil have 6 of 24 goggles serviceable.",
            operational_impact="Two sections stay in base after dark.",
            lines=tuple(
                RequisitionLineInput(types[code], requested, cost)
                for code, requested, _, cost in LINES
            ),
        )
    )
    service.submit(draft.id)
    service.decide(
        draft.id, Decision.RETURNED, "Supt. Otieno", "Deputy Commander", "Add the ammunition."
    )
    service.reopen(draft.id)
    submitted = service.submit(draft.id)
    to_approve = {code: approved for code, _, approved, _ in LINES}
    approved = {line.id: to_approve[line.type_code] for line in submitted.lines}
    return service.decide(
        draft.id,
        Decision.APPROVED,
        "Supt. Otieno",
        "Deputy Commander",
        "Ammunition cut to what the armoury can store.",
        approved_quantities=approved,
    )


def html_of(detail: RequisitionDetail, language: str = "en") -> str:
    return requisition_html(
        detail,
        classification="RESTRICTED",
        printed_by="Insp. Achieng",
        printed_at=PRINTED_AT,
        language=language,
    )


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(
        (key.strip(), value.strip())
        for key, _, value in (line.partition(":") for line in out.stdout.splitlines())
    )


def page_texts(path: Path) -> list[str]:
    """The text of each page, laid out as on paper (form feeds separate the pages)."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout.split("\f")[:-1]


def lines_of(page: str) -> list[str]:
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]


# --- what the paper says ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paper", "points"), [(PaperSize.A4, "595 x 842 pts (A4)"), (PaperSize.LETTER, "612 x 792")]
)
def test_the_pdf_holds_the_whole_requisition(detail, out, paper, points):
    path = out / "requisition.pdf"
    write_pdf(html_of(detail), path, paper, f"Requisition {detail.reference}")

    info = pdf_info(path)
    assert info["Page size"].startswith(points)
    assert info["Title"] == f"Requisition {detail.reference}"
    pages = page_texts(path)
    assert len(pages) == int(info["Pages"])
    for number, page in enumerate(pages, start=1):
        furniture = lines_of(page)
        assert furniture[0] == "RESTRICTED" and furniture[-1] == "RESTRICTED"
        assert f"Page {number} of {len(pages)}" in furniture[-2]
        assert "Printed by Insp. Achieng on 5 Mar 2026 08:15 UTC-05:00" in furniture[-2]

    text = "\n".join(lines_of("\n".join(pages)))
    assert detail.reference == "REQ-2026-0001"
    assert "Requisition REQ-2026-0001" in text
    assert MISSION in text
    assert "KEN-FPU-2 – Formed Police Unit 2" in text
    assert "Chief Insp. Mwangi" in text and "Urgent" in text
    assert "Submitted, awaiting approval" in text
    number = {line.type_code: index for index, line in enumerate(detail.lines, start=1)}
    for code, figures in (
        ("OBS-NVG", "each 24 18 4,500.00 108,000.00 81,000.00"),
        ("COM-RAD-HH", "each 40 40 850.00 34,000.00 34,000.00"),
        ("WPN-AMM-556", "round 12,000 10,000 0.45 5,400.00 4,500.00"),
    ):
        # A row's first line holds its number, code and every figure (a long name wraps below).
        assert re.search(rf"^{number[code]} {code} .*{figures}$", text, re.MULTILINE), code
    requested = sum(requested * cost for _, requested, _, cost in LINES)
    approved = sum(approved * cost for _, _, approved, cost in LINES)
    assert f"Total {requested:,.2f} {approved:,.2f}" in text  # 147,400.00 119,500.00
    assert "Justification" in text  # a word, not a ligature glyph: the PDF can be searched
    assert "Night patrols in Cité Soleil have 6 of 24 goggles serviceable." in text
    assert "Two sections stay in base after dark." in text

    assert "Requires the approval of: Deputy Commander, Force Commander." in text
    current, history = text.split("Earlier decisions")
    assert "Name Supt. Otieno" in current and "Role Deputy Commander" in current
    assert "Decision Approved" in current
    assert "Ammunition cut to what the armoury can store." in current
    assert "Role Force Commander" in current  # the block still to sign
    assert "☐ Approved ☐ Rejected ☐ Returned for changes" in current
    # How the role wraps depends on the fonts installed (LibreOffice brings its own).
    assert re.search(
        r"1 Supt\. Otieno Deputy (Commander )?Returned for .* Add the ammunition\.", history
    )


def test_a_french_pdf(detail, out):
    path = out / "demande.pdf"
    write_pdf(html_of(detail, "fr"), path, PaperSize.A4, "Demande de matériel")
    text = "\n".join(lines_of("\n".join(page_texts(path))))
    assert "Demande de matériel REQ-2026-0001" in text
    assert "Total 147 400,00 119 500,00" in text
    assert "Imprimé par Insp. Achieng le 5 mars 2026 08:15 UTC-05:00" in text


def test_a_long_requisition_breaks_between_rows_with_its_header_on_every_page(detail, out):
    (template,) = (line for line in detail.lines if line.type_code == "OBS-NVG")
    lines = tuple(
        replace(template, type_code=f"NVG-{number:02d}", quantity_requested=number)
        for number in range(1, 61)
    )
    path = out / "long.pdf"
    write_pdf(html_of(replace(detail, lines=lines)), path, PaperSize.A4, "Long")

    pages = page_texts(path)
    assert len(pages) >= 2
    table_pages = [page for page in pages if "NVG-" in page]
    assert len(table_pages) >= 2
    for number, page in enumerate(pages, start=1):
        furniture = lines_of(page)
        assert furniture[0] == "RESTRICTED" and furniture[-1] == "RESTRICTED"
        assert f"Page {number} of {len(pages)}" in furniture[-2]
    for page in table_pages:
        assert "Quantity Unit cost Value (USD)" in " ".join(lines_of(page))  # header repeated
    rows = [
        line
        for page in pages
        for line in lines_of(page)
        if re.match(r"\d+ NVG-\d\d Night-vision", line)
    ]
    # Every row whole on one page: its number, code, unit and quantities on the same line.
    assert rows == [
        f"{n} NVG-{n:02d} Night-vision goggles each {n} 18 4,500.00 {n * 4500:,.2f} 81,000.00"
        for n in range(1, 61)
    ]


# --- page breaks --------------------------------------------------------------------------------------

BLOCK = (
    "<h2>Approver</h2><p>Sign below.</p>"
    "<table border='1'><tr><th>Block</th></tr>"
    + "".join(f"<tr><td>row {i}</td></tr>" for i in range(6))
    + "</table>"
)


def laid_out(html: str, height: float = 400) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(QSizeF(300, height))
    keep_blocks_whole(document)
    return document


def top_tables(document: QTextDocument):
    return document.rootFrame().childFrames()


@pytest.mark.parametrize("filler", range(8, 20))
def test_a_block_never_straddles_a_page_and_takes_its_heading_along(qapp, filler):
    document = laid_out("<p>filler</p>" * filler + BLOCK)
    layout = document.documentLayout()
    (table,) = top_tables(document)
    rect = layout.frameBoundingRect(table)
    assert int(rect.top() // 400) == int((rect.bottom() - 1) // 400)
    heading = document.findBlockByNumber(filler)
    assert heading.text() == "Approver"
    assert int(layout.blockBoundingRect(heading).top() // 400) == int(rect.top() // 400)


def test_a_table_with_a_header_row_breaks_between_rows_instead(qapp):
    rows = "".join(f"<tr><td>row {i}</td></tr>" for i in range(8))
    document = laid_out(
        "<p>filler</p>" * 12 + f"<table><thead><tr><th>H</th></tr></thead>{rows}</table>"
    )
    (table,) = top_tables(document)
    rect = document.documentLayout().frameBoundingRect(table)
    assert int(rect.top() // 400) == 0 and int(rect.bottom() // 400) == 1


def test_a_block_taller_than_a_page_breaks_where_it_must(qapp):
    rows = "".join(f"<tr><td>row {i}</td></tr>" for i in range(40))
    document = laid_out(f"<p>one</p><table>{rows}</table>")
    (table,) = top_tables(document)
    assert document.documentLayout().frameBoundingRect(table).top() < 400
    assert document.pageCount() >= 2


# --- preview, dialog, threads -------------------------------------------------------------------------


def test_the_preview_shows_the_pages_the_pdf_has(detail, qtbot, out):
    html = html_of(detail)
    path = out / "requisition.pdf"
    write_pdf(html, path, PaperSize.LETTER, "Requisition")
    dialog = preview_dialog(html, PaperSize.LETTER, "Requisition REQ-2026-0001", None)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == int(pdf_info(path)["Pages"])
    assert dialog.windowTitle() == "Print preview: Requisition REQ-2026-0001"


def test_a_printer_prints_the_pages_asked_for(detail, out):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "page-2.pdf"))
    printer.setPageLayout(PaperSize.A4.page_layout())
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert paint_document(html_of(detail), printer) == 2
    (page,) = page_texts(out / "page-2.pdf")
    assert "Page 2 of 2" in page and "Earlier decisions" in page


def test_print_with_preview_reports_a_cancelled_print(detail, dialogs):
    assert print_with_preview(html_of(detail), PaperSize.A4, "Requisition", None) is False
    assert dialogs.names() == ["QDialog.exec"]


def test_save_as_pdf_adds_the_extension_and_writes_the_file(detail, dialogs, out):
    dialogs.save_file = str(out / "REQ-2026-0001")
    written = save_pdf_dialog(html_of(detail), PaperSize.A4, "Requisition", "REQ.pdf", None)
    assert written == out / "REQ-2026-0001.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    ((name, args),) = dialogs.calls
    assert name == "getSaveFileName" and args[2].endswith("REQ.pdf")


def test_cancelling_the_save_dialog_writes_nothing(detail, dialogs, out):
    dialogs.save_file = ""
    assert save_pdf_dialog(html_of(detail), PaperSize.A4, "Requisition", "REQ.pdf", None) is None
    assert list(out.iterdir()) == []


def test_a_pdf_can_be_written_on_a_worker_of_the_pool(detail, out):
    """The task runner writes on a QThreadPool worker; a Qt warning there would fail the test."""
    path = out / "worker.pdf"
    html = html_of(detail)
    done = threading.Event()

    class Job(QRunnable):
        def run(self) -> None:
            write_pdf(html, path, PaperSize.A4, "Requisition")
            done.set()

    pool = QThreadPool()
    pool.start(Job())
    assert pool.waitForDone(30_000) and done.is_set()
    on_this_thread = out / "here.pdf"
    write_pdf(html, on_this_thread, PaperSize.A4, "Requisition")
    assert page_texts(path) == page_texts(on_this_thread)


# --- a write that fails -------------------------------------------------------------------------------


def test_a_folder_that_does_not_exist(detail, out):
    blocker = out / "a file"
    blocker.write_text("not a folder")
    target = blocker / "requisition.pdf"
    with pytest.raises(UserError, match="folder does not exist") as raised:
        write_pdf(html_of(detail), target, PaperSize.A4, "Requisition")
    assert str(target) in str(raised.value)
    assert sorted(p.name for p in out.iterdir()) == ["a file"]


def test_a_read_only_folder(detail, out, monkeypatch):
    folder = out / "locked"
    folder.mkdir()
    if os.geteuid() == 0:
        # root writes into a read-only folder anyway: the refusal the OS gives others is given here
        def refused(*_args, **_kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refused)
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="cannot be written") as raised:
            write_pdf(html_of(detail), folder / "r.pdf", PaperSize.A4, "Requisition")
        assert str(folder / "r.pdf") in str(raised.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_full_disk_leaves_the_previous_file_whole_and_no_partial_file(detail, out, monkeypatch):
    target = out / "requisition.pdf"
    target.write_bytes(b"the copy printed yesterday")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError, match="The disk is full") as raised:
        write_pdf(html_of(detail), target, PaperSize.A4, "Requisition")
    assert str(target) in str(raised.value)
    assert target.read_bytes() == b"the copy printed yesterday"
    assert [p.name for p in out.iterdir()] == ["requisition.pdf"]
