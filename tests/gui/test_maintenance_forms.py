"""An MRAP put under repair and back, as an officer records it: from the Vehicles page, Ctrl+M
opens the work (the MRAP stops counting as serviceable, and its unit's readiness falls at once);
from the Maintenance page, Ctrl+Shift+M closes it (both come back). Every rule of the two forms
shows its reason beside its field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fleet_gui import (
    add_armour,
    audit_count,
    back_to,
    pick,
    readiness_of,
    refused,
    retype,
    save,
    type_text,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from lsa_desktop.domain.enums import AssetStatus, MaintenanceKind
from lsa_desktop.domain.fleet_rules import MaintenanceOpening
from lsa_desktop.views.dialogs.maintenance_dialog import MaintenanceCloseDialog, MaintenanceDialog
from lsa_desktop.views.pages.maintenance_page import MaintenancePage
from lsa_desktop.views.pages.vehicles_page import VehiclesPage
from lsa_desktop.views.table_models.maintenance_model import OpenWorkColumn
from lsa_desktop.views.table_models.vehicles_model import VehicleColumn

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NOTES = "Boîte de vitesses cassée à Pétion-Ville; remorqué au camp"


@pytest.fixture
def armour(small_store):
    return add_armour(small_store)


@pytest.fixture
def app(bind_app, small_store, armour):
    return bind_app(small_store)


def shown(qtbot, app, page_class):
    page = page_class(app.services, app=app)
    qtbot.addWidget(page)
    app.dataChanged.connect(page.refresh)  # as the main window does for its pages
    page.resize(1300, 600)
    with qtbot.waitExposed(page):
        page.show()
    return page


def select_vehicle(qtbot, page, plate: str) -> None:
    model, view = page.model, page.ui.tableView
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).registration == plate)
    view.selectRow(row)
    view.setFocus()


def test_an_mrap_under_repair_and_back(qtbot, app, armour):
    vehicles = shown(qtbot, app, VehiclesPage)
    select_vehicle(qtbot, vehicles, "GKB 101A")
    qtbot.keyClick(vehicles.ui.tableView, Qt.Key.Key_M, CTRL)
    form = vehicles.operations.dialog
    assert isinstance(form, MaintenanceDialog)
    ui = form.ui
    assert ui.assetLabel.text() == (
        "GKB 101A — MRAP armoured vehicle (MaxxPro) (KEN-FPU-1), in service, 43,652 km."
    )
    assert ui.kind.currentText() == "Repair" and ui.set_under_repair.isChecked()
    assert ui.odometer_km.text() == "43652"
    retype(qtbot, ui.odometer_km, "43900")
    type_text(ui.cost_usd, "1,200.50")
    ui.notes.setFocus()
    type_text(ui.notes, NOTES)
    opened = save(qtbot, form, ui.cost_usd)
    assert (opened.kind, opened.cost_usd, opened.notes) == (MaintenanceKind.REPAIR, 1200.5, NOTES)
    assert opened.asset_status is AssetStatus.UNDER_REPAIR
    assert readiness_of(app.services, "KEN-FPU-1") == (2, 1, 50.0)
    model = vehicles.model
    qtbot.waitUntil(lambda: model.index(0, VehicleColumn.STATUS).data() == "Under repair")
    assert model.index(0, VehicleColumn.ODOMETER).data() == "43,900"

    maintenance = shown(qtbot, app, MaintenancePage)
    qtbot.waitUntil(lambda: maintenance.open_model.rowCount() == 1)
    maintenance.ui.searchEdit.setFocus()
    type_text(maintenance.ui.searchEdit, "Pétion")  # notes are searched as written
    qtbot.keyClick(maintenance.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: maintenance.open_model.query.search == "Pétion")
    assert maintenance.open_model.rowCount() == 1
    assert maintenance.open_model.index(0, OpenWorkColumn.KIND).data() == "Repair"
    view = maintenance.ui.openView
    view.selectRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, CTRL | SHIFT)
    close = maintenance.operations.dialog
    assert isinstance(close, MaintenanceCloseDialog)
    assert close.ui.assetLabel.text().startswith("Repair of GKB 101A (MRAP armoured vehicle")
    assert close.ui.notes.toPlainText() == NOTES
    assert close.ui.downtime_days.placeholderText() == "0 (from the dates)"
    assert close.ui.return_to_service.isChecked() and not close.ui.return_to_service.isHidden()
    assert close.ui.plan_next_service.isHidden()  # a repair plans no service
    retype(qtbot, close.ui.cost_usd, "1450")
    closed = save(qtbot, close, close.ui.cost_usd)
    assert (closed.closed_on, closed.downtime_days, closed.cost_usd) == (date.today(), 0, 1450.0)
    assert closed.asset_status is AssetStatus.IN_SERVICE
    assert readiness_of(app.services, "KEN-FPU-1") == (2, 2, 100.0)
    qtbot.waitUntil(lambda: maintenance.open_model.rowCount() == 0)


def test_each_rule_of_the_opening_form(qtbot, app, armour, small_store):
    vehicles = shown(qtbot, app, VehiclesPage)
    form = vehicles.operations.open_maintenance(armour.mrap_b)
    ui = form.ui
    retype(qtbot, ui.odometer_km, "40000")
    assert form.problem_text("odometer_km") == (
        "The odometer cannot run backwards: it read 43,652 km on the last record."
    )
    retype(qtbot, ui.cost_usd, "lots")
    assert form.problem_text("cost_usd") == "Type an amount in US dollars, for example 1250.50."
    retype(qtbot, ui.cost_usd, "-10")
    assert form.problem_text("cost_usd") == "The cost cannot be negative."
    ui.opened_on.setDate(QDate.currentDate().addDays(2))
    ui.opened_on.editingFinished.emit()
    assert form.problem_text("opened_on") == "The work cannot be opened in the future."
    before = audit_count(small_store)
    refused(qtbot, form)
    assert audit_count(small_store) == before
    pick(ui.kind, "Inspection")
    assert not ui.set_under_repair.isChecked()  # an inspection leaves the vehicle in service
    pick(ui.kind, "Battle damage")
    assert ui.set_under_repair.isChecked()


def test_each_rule_of_the_closing_form(qtbot, app, armour):
    opened_on = date.today() - timedelta(days=10)
    work = app.services.maintenance.open_maintenance(
        armour.mrap_a, MaintenanceOpening(MaintenanceKind.REPAIR, opened_on, set_under_repair=True)
    )
    maintenance = shown(qtbot, app, MaintenancePage)
    form = maintenance.operations.close_event(work.id)
    ui = form.ui
    assert ui.downtime_days.placeholderText() == "10 (from the dates)"
    ui.closed_on.setDate(QDate(opened_on.year, opened_on.month, opened_on.day).addDays(-1))
    ui.closed_on.editingFinished.emit()
    assert form.problem_text("closed_on") == (
        f"The work cannot be closed before it was opened ({opened_on.isoformat()})."
    )
    retype(qtbot, ui.downtime_days, "-1")
    assert form.problem_text("downtime_days") == "The downtime cannot be negative."
    ui.closed_on.setDate(QDate.currentDate())
    ui.closed_on.editingFinished.emit()
    retype(qtbot, ui.downtime_days, "12")
    assert form.problem_text("downtime_days") == (
        "The downtime cannot be longer than the 11 days the work was open."
    )
    retype(qtbot, ui.downtime_days, "7")
    assert save(qtbot, form, ui.downtime_days).downtime_days == 7


def test_one_piece_of_work_at_a_time(qtbot, app, armour):
    vehicles = shown(qtbot, app, VehiclesPage)
    select_vehicle(qtbot, vehicles, "GKB 102A")
    qtbot.keyClick(vehicles.ui.tableView, Qt.Key.Key_M, CTRL | SHIFT)
    box = vehicles.operations.dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "GKB 102A has no maintenance open."
    box.close()
    back_to(qtbot, vehicles)

    app.services.maintenance.open_maintenance(
        armour.mrap_b, MaintenanceOpening(MaintenanceKind.REPAIR, date.today())
    )
    qtbot.keyClick(vehicles.ui.tableView, Qt.Key.Key_M, CTRL)
    assert isinstance(vehicles.operations.dialog, MaintenanceCloseDialog)


def test_a_written_off_vehicle_cannot_be_maintained(qtbot, app, armour, small_store):
    vehicles = shown(qtbot, app, VehiclesPage)
    form = vehicles.operations.open_maintenance(armour.written_off)
    before = audit_count(small_store)
    refused(qtbot, form)
    assert form.problem_text("") == (
        "GKB 103A is written off: only what a unit holds can be maintained."
    )
    assert audit_count(small_store) == before


def test_work_cannot_be_closed_in_the_future(qtbot, app, armour):
    work = app.services.maintenance.open_maintenance(
        armour.mrap_a, MaintenanceOpening(MaintenanceKind.REPAIR, date.today())
    )
    form = shown(qtbot, app, MaintenancePage).operations.close_event(work.id)
    form.ui.closed_on.setDate(QDate.currentDate().addDays(1))
    form.ui.closed_on.editingFinished.emit()
    assert form.problem_text("closed_on") == "The work cannot be closed in the future."
