"""Print… and Save as PDF… on the Dashboard: the summary of what the page shows, as the settings
mark and sign it, read back from the PDF with poppler's ``pdftotext``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog

from lsa_desktop.views.pages.dashboard_page import DashboardPage

WAIT = 20_000


def open_dashboard(qtbot, app):
    page = DashboardPage(app.services, app.tasks, app.settings, app=app)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None and not page.loading, timeout=WAIT)
    return page


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


def test_save_as_pdf_writes_the_summary_of_the_scope_on_screen(qtbot, lsa_app, dialogs, tmp_path):
    lsa_app.update_settings(classification="SECRET", user_name="Insp. Wanjiru")
    page = open_dashboard(qtbot, lsa_app)
    page.ui.unitFilter.setCurrentIndex(3)  # KEN-FPU-3 alone: 5 of 10 officers
    qtbot.waitUntil(lambda: page.figures.scope.unit_id is not None and not page.loading)
    dialogs.save_file = str(tmp_path / "briefing")  # no suffix typed: ".pdf" is added
    with qtbot.waitSignal(page.printing.pdfSaved, timeout=WAIT) as saved:
        qtbot.mouseClick(page.ui.pdfButton, Qt.MouseButton.LeftButton)
    path = tmp_path / "briefing.pdf"
    assert saved.args == [path]
    name_offered = dialogs.calls[-1][1][2]
    assert Path(name_offered).name == f"Readiness summary {page.figures.as_of.isoformat()}.pdf"
    text = pdf_text(path)
    assert "SECRET" in text
    assert "Insp. Wanjiru" in text
    assert "KEN-FPU-3" in text
    assert "KEN-FPU-1" not in text  # the scope on screen, not the whole mission


def test_print_goes_through_the_preview(qtbot, lsa_app, dialogs):
    page = open_dashboard(qtbot, lsa_app)
    assert page.printing.print_summary() is False  # the preview was closed without printing
    ((name, (preview,)),) = dialogs.calls
    assert name == "QDialog.exec" and isinstance(preview, QPrintPreviewDialog)
    assert preview.windowTitle().startswith("Print preview: Readiness summary")


def test_a_cancelled_save_writes_nothing(qtbot, lsa_app, dialogs, tmp_path):
    page = open_dashboard(qtbot, lsa_app)
    dialogs.save_file = ""
    assert page.printing.save_pdf() is None
    assert dialogs.names() == ["getSaveFileName"]
    assert not list(tmp_path.glob("*.pdf"))


def test_ctrl_p_prints_from_the_page(qtbot, lsa_app, dialogs):
    page = open_dashboard(qtbot, lsa_app)
    with qtbot.waitActive(page):
        page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [name for name, _ in dialogs.calls] == ["QDialog.exec"]  # the preview
