"""The donor workbooks from the window: the Donors page writes the request addressed to the donor
selected, and the report; the Requisitions page writes the request for any donor."""

from __future__ import annotations

from datetime import date

from donor_gui import open_page, select_donor
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from lsa_desktop.excel.donor_request import write_donor_request
from lsa_desktop.views.pages.requisitions_page import RequisitionsPage

WAIT = 10_000


def request_lines(path) -> tuple[tuple, list[tuple]]:
    """The Lines sheet's header (below its title rows) and its numbered lines."""
    rows = sheet_values(path, "Lines")
    at = next(i for i, row in enumerate(rows) if "Donor" in row and "Pledge reference" in row)
    return rows[at], [row for row in rows[at + 1 :] if isinstance(row[0], int)]


def sheet_values(path, sheet: str) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in book[sheet].iter_rows(values_only=True)]
    finally:
        book.close()


def test_the_donors_page_writes_the_request_for_the_donor_selected_and_the_report(
    qtbot, bind_app, demo_store, dialogs, tmp_path
):
    app = bind_app(demo_store)
    page = open_page(qtbot, app)
    select_donor(qtbot, page, "Canada")
    request = tmp_path / "request.xlsx"
    dialogs.save_file = str(request)
    page.donor_request_action.trigger()
    qtbot.waitUntil(lambda: request.exists() and app.tasks.is_idle, timeout=WAIT)
    # The same lines as the command line's writer gives for Canada.
    expected = write_donor_request(demo_store, tmp_path / "expected.xlsx", "Canada")
    header, rows = request_lines(request)
    assert len(rows) == expected.lines > 0
    donor_column = header.index("Donor")
    assert {row[donor_column] for row in rows} == {"Canada"}
    assert page.ui.noticeLabel.text().startswith("Donor request written to ")

    report = tmp_path / "report.xlsx"
    dialogs.save_file = str(report)
    page.donor_report_action.trigger()
    qtbot.waitUntil(lambda: report.exists() and app.tasks.is_idle, timeout=WAIT)
    names = load_workbook(report, read_only=True).sheetnames
    assert {"Donors", "Pledges", "Deliveries"} <= set(names)
    donors = sheet_values(report, "Donors")
    assert any("Canada" in row for row in donors[1:])


def test_the_requisitions_page_writes_the_request_for_any_donor(
    qtbot, bind_app, demo_store, dialogs, tmp_path
):
    app = bind_app(demo_store)
    page = RequisitionsPage(app.services, app.tasks, app=app)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    out = tmp_path / f"Donor request {date.today():%Y-%m-%d}.xlsx"
    dialogs.save_file = str(out)
    page.donor_request_action.trigger()
    qtbot.waitUntil(lambda: out.exists() and app.tasks.is_idle, timeout=WAIT)
    expected = write_donor_request(demo_store, tmp_path / "expected.xlsx", None)
    _header, rows = request_lines(out)
    assert len(rows) == expected.lines
    told = [box.text() for box in page.findChildren(QMessageBox) if box.isVisible()]
    assert len(told) == 1 and told[0].startswith(f"Donor request written to {out}: ")
