"""Export to Excel… from a register page, as a person uses it on the demo mission: the workbook
holds exactly the rows the page shows, in its order, as typed cells under a styled, frozen,
filtered header, with an "About" sheet that names the mission, who, when and the filter; the
tab on screen is what a tabbed page exports; Cancel leaves no file, and an old file whole."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar
from sqlmodel import select
from test_registers_pages import pick, type_text

from lsa_desktop.domain.enums import MaintenanceKind, PersonStatus
from lsa_desktop.store.models import Person
from lsa_desktop.views.pages.change_log_page import ChangeColumn, ChangeLogTableModel
from lsa_desktop.views.pages.equipment_page import EquipmentPage
from lsa_desktop.views.pages.personnel_page import PersonnelPage
from lsa_desktop.views.register_export_action import (
    RegisterExportAction,
    cell_function,
    exportable_model,
)
from lsa_desktop.views.table_models.maintenance_model import OpenWorkColumn, OpenWorkTableModel
from lsa_desktop.views.table_models.personnel_model import PersonColumn, PersonnelTableModel
from lsa_desktop.views.table_models.vehicles_model import VehicleColumn, VehiclesTableModel

WAIT = 20_000
UNIT = "KE-FPU-1 — Kenya Formed Police Unit 1"


@pytest.fixture
def app(bind_app, demo_store):
    return bind_app(demo_store)


def open_page(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1400, 700)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    return page


def export_to(qtbot, app, export, dialogs, path: Path):
    """Trigger the action, answer the file dialog with ``path``, wait for the export to end."""
    dialogs.save_file = str(path)
    export.action.trigger()
    qtbot.waitUntil(lambda: app.tasks.is_idle, timeout=WAIT)
    for widget in QApplication.topLevelWidgets():  # the "Exported N rows" box
        if widget.isVisible() and widget.windowTitle() == "Export to Excel":
            widget.close()


def shown_rows(model):
    """Every row of the table as it reads on screen."""
    return [
        tuple(model.index(row, column).data() or "" for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def as_shown(value) -> str:
    """A workbook cell as the table writes it: dates as their ISO day, numbers grouped."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def sheet_rows(path: Path, name: str) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    try:
        sheet = book[name]
        sheet.reset_dimensions()
        rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    width = max(len(row) for row in rows)
    return [row + (None,) * (width - len(row)) for row in rows]


def about(path: Path) -> dict[str, str]:
    return dict(sheet_rows(path, "About")[1:])


def test_personnel_filtered_searched_and_sorted_exports_what_the_page_shows(
    qtbot, app, dialogs, tmp_path
):
    page = open_page(qtbot, PersonnelPage(app.services, app=app))
    pick(page.ui.unitFilter, UNIT)
    type_text(page.ui.searchEdit, "an")
    qtbot.waitUntil(lambda: page.model.query.search == "an" and not page.loading, timeout=WAIT)
    page.ui.tableView.sortByColumn(PersonColumn.SURNAME, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    export = RegisterExportAction.attach(page, app)
    path = tmp_path / "roll.xlsx"

    export_to(qtbot, app, export, dialogs, path)

    suggested = Path(dict(dialogs.calls)["getSaveFileName"][2])
    assert suggested.name == f"Personnel {date.today().isoformat()}.xlsx"
    rows = sheet_rows(path, "Personnel")
    on_screen = shown_rows(page.model)
    assert 5 < len(on_screen) < page.model.counts()[1]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert list(rows[0]) == headers
    assert [tuple(as_shown(v) for v in row) for row in rows[1:]] == on_screen
    surnames = [row[PersonColumn.SURNAME] for row in rows[1:]]
    assert surnames == sorted(surnames, key=str.casefold, reverse=True)
    statuses = {row[PersonColumn.STATUS] for row in rows[1:]}
    assert statuses <= {"Active", "On leave", "Sick", "Injured", "In transit", "Repatriated"}

    sheet = load_workbook(path)["Personnel"]
    arrival = sheet.cell(2, PersonColumn.ARRIVAL + 1)
    assert arrival.is_date and arrival.number_format == "yyyy-mm-dd"
    header = sheet["A1"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("D9E1F2")
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:J{len(rows)}"

    notes = about(path)
    assert notes["Mission"] == app.services.mission_settings.mission_name()
    assert notes["List"] == "Personnel"
    assert notes["Exported by"] == "Test User"
    assert datetime.strptime(notes["Exported at"][:16], "%Y-%m-%d %H:%M").date() == date.today()
    assert notes["Search"] == "an"
    assert notes["Unit"] == UNIT
    assert notes["Status"] == "All statuses"
    assert notes["Sorted by"] == "Surname, descending"


def test_the_equipment_page_exports_the_tab_on_screen(qtbot, app, dialogs, tmp_path):
    page = open_page(qtbot, EquipmentPage(app.services, app=app))
    export = RegisterExportAction.attach(page, app)
    page.ui.registerTabs.setCurrentIndex(2)  # Bulk stock
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    pick(page.ui.unitFilter, UNIT)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    model = page.stock_model
    assert exportable_model(page) is model
    path = tmp_path / "stock.xlsx"

    export_to(qtbot, app, export, dialogs, path)

    suggested = Path(dict(dialogs.calls)["getSaveFileName"][2]).name
    assert suggested == f"Equipment and gaps - Bulk stock {date.today().isoformat()}.xlsx"
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Bulk stock", "About"]
    book.close()
    rows = sheet_rows(path, "Bulk stock")
    assert [tuple(as_shown(v) for v in row) for row in rows[1:]] == shown_rows(model)
    assert len(rows) > 1
    on_hand = [c for c in range(model.columnCount()) if model.columns[c].sort_key == "on_hand"]
    assert all(isinstance(row[on_hand[0]], int) for row in rows[1:])
    notes = about(path)
    assert notes["List"] == "Equipment and gaps - Bulk stock"
    assert notes["Unit"] == UNIT
    assert notes["Category"] == "All categories"
    assert "Only gaps" not in notes  # a filter of the holdings tab only


def test_the_holdings_tab_names_its_own_filters(qtbot, app, dialogs, tmp_path):
    page = open_page(qtbot, EquipmentPage(app.services, app=app))
    export = RegisterExportAction.attach(page, app)
    page.ui.onlyGapsCheck.setChecked(True)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    path = tmp_path / "gaps.xlsx"

    export_to(qtbot, app, export, dialogs, path)

    notes = about(path)
    assert (notes["Only gaps"], notes["Only uncovered"]) == ("Yes", "No")
    rows = sheet_rows(path, "Holdings and gaps")
    assert len(rows) - 1 == page.holdings_model.rowCount() > 0


def test_the_action_sits_on_the_toolbar_and_the_context_menu(qtbot, app):
    page = open_page(qtbot, PersonnelPage(app.services, app=app))
    export = RegisterExportAction.attach(page, app)
    assert export.action in page.findChild(QToolBar, "toolBar").actions()
    view = page.ui.tableView
    assert view.actions()[-1] is export.action
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def block_first_rows(monkeypatch, register):
    """Make the export's first block of rows wait until the test lets it go."""
    entered, go = threading.Event(), threading.Event()
    rows = register.rows

    def waiting_rows(keys):
        entered.set()
        assert go.wait(WAIT / 1000)
        return rows(keys)

    monkeypatch.setattr(register, "rows", waiting_rows)
    return entered, go


@pytest.mark.parametrize("existing", [False, True], ids=["new file", "existing file"])
def test_cancel_leaves_no_file_and_an_existing_file_whole(
    qtbot, app, dialogs, tmp_path, monkeypatch, existing
):
    page = open_page(qtbot, PersonnelPage(app.services, app=app))
    export = RegisterExportAction.attach(page, app)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "roll.xlsx"
    if existing:
        path.write_bytes(b"the officer's own workbook")
    entered, go = block_first_rows(monkeypatch, app.services.personnel.people)
    dialogs.save_file = str(path)

    export.action.trigger()
    task = export.task
    qtbot.waitUntil(entered.is_set, timeout=WAIT)
    with qtbot.waitSignal(task.cancelled, timeout=WAIT):
        task.cancel()
        go.set()

    assert list(folder.iterdir()) == ([path] if existing else [])
    if existing:
        assert path.read_bytes() == b"the officer's own workbook"


def test_a_file_that_cannot_be_written_is_told_as_a_sentence(qtbot, app, dialogs, tmp_path):
    page = open_page(qtbot, PersonnelPage(app.services, app=app))
    export = RegisterExportAction.attach(page, app)
    path = tmp_path / "no such folder" / "roll.xlsx"

    export_to(qtbot, app, export, dialogs, path)

    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    told = [box.text() for box in boxes if box.isVisible()]
    assert len(told) == 1 and told[0].startswith(f"Cannot write {path}")
    assert not path.parent.exists()


def test_the_file_menu_entry_exports_the_page_on_screen(qtbot, app, demo_store, dialogs, tmp_path):
    from lsa_desktop.views.main_window import MainWindow

    with demo_store.write() as session:  # a change, for the change log to show
        officer = session.exec(select(Person).order_by(Person.service_number)).first()
        officer.role = "Armourer"
    window = MainWindow(app, ask_first_start=False)
    qtbot.addWidget(window)
    menu = window.ui.menuFile
    export = window.export_action
    window.show()
    actions = menu.actions()
    assert actions[actions.index(export.action) + 1] is window.ui.actionBackup
    assert export.action.shortcut().toString() == "Ctrl+E"
    assert not export.action.isEnabled()  # the Dashboard is no register
    page = window.show_page(window.page_names().index("change_log"))
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert export.action.isEnabled()
    out = tmp_path / "changes.xlsx"
    dialogs.save_file = str(out)

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: out.exists() and app.tasks.is_idle, timeout=WAIT)

    rows = sheet_rows(out, "Change log")
    assert len(rows) - 1 == page.model.rowCount() > 0
    when = rows[1][ChangeColumn.WHEN]
    assert isinstance(when, datetime)
    assert page.model.index(0, ChangeColumn.WHEN).data() == f"{when:%Y-%m-%d %H:%M}"
    notes = about(out)
    assert (notes["Who"], notes["Records"], notes["From"]) == ("Everyone", "All records", "Any")
    assert notes["Sorted by"] == "When, descending"
    window.show_page(0)
    assert not export.action.isEnabled()


# --- how a column's cell is written ----------------------------------------------------------------


def test_cells_are_typed_where_the_table_shows_the_value_itself(qapp):
    rank = cell_function(PersonnelTableModel.COLUMNS[PersonColumn.RANK])
    status = cell_function(PersonnelTableModel.COLUMNS[PersonColumn.STATUS])
    arrival = cell_function(PersonnelTableModel.COLUMNS[PersonColumn.ARRIVAL])
    officer = SimpleNamespace(
        rank_code="SGT", rank_level=3, status=PersonStatus.LEAVE, arrival_date=date(2025, 1, 2)
    )
    assert rank(officer) == "SGT"  # the code shown, not the seniority it sorts by
    assert status(officer) == "On leave"
    assert arrival(officer) == date(2025, 1, 2)

    cost = cell_function(OpenWorkTableModel.COLUMNS[OpenWorkColumn.COST])
    kind = cell_function(OpenWorkTableModel.COLUMNS[OpenWorkColumn.KIND])
    work = SimpleNamespace(cost_usd=1234.5, kind=MaintenanceKind.REPAIR)
    assert cost(work) == 1234.5
    assert kind(work) == OpenWorkTableModel.COLUMNS[OpenWorkColumn.KIND].display(work)
    assert cost(SimpleNamespace(cost_usd=None, kind=None)) is None

    service = cell_function(VehiclesTableModel.COLUMNS[VehicleColumn.NEXT_SERVICE])
    by_date = SimpleNamespace(next_service_date=date(2025, 6, 1), next_service_km=None)
    by_km = SimpleNamespace(next_service_date=None, next_service_km=15000)
    assert service(by_date) == date(2025, 6, 1)
    assert service(by_km) == "at 15,000 km"

    when = cell_function(ChangeLogTableModel.COLUMNS[ChangeColumn.WHEN])
    moment = datetime(2025, 3, 1, 12, 30, 15, tzinfo=UTC)
    local = moment.astimezone().replace(tzinfo=None)
    assert when(SimpleNamespace(at=moment)) == local
