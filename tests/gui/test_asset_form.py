"""The vehicle form as a person uses it from the Vehicles page: Ctrl+N, fill in, Enter; Enter on
a row to edit; Del to archive. Every rule shows its reason beside its field, and nothing is saved
while one stands."""

from __future__ import annotations

from datetime import date

import pytest
from fleet_gui import (
    USER,
    add_armour,
    audit_count,
    leave,
    pick,
    readiness_of,
    refused,
    retype,
    save,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from lsa_desktop.domain.enums import AssetStatus, MaintenanceKind
from lsa_desktop.domain.fleet_rules import MaintenanceOpening
from lsa_desktop.store.models import AuditEntry
from lsa_desktop.views.dialogs.asset_dialog import AssetDialog
from lsa_desktop.views.pages.vehicles_page import VehiclesPage
from lsa_desktop.views.table_models.vehicles_model import VehicleColumn

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def armour(small_store):
    return add_armour(small_store)


@pytest.fixture
def app(bind_app, small_store, armour):
    return bind_app(small_store)


@pytest.fixture
def page(qtbot, app):
    page = VehiclesPage(app.services, app=app)
    qtbot.addWidget(page)
    app.dataChanged.connect(page.refresh)  # as the main window does for its pages
    page.resize(1300, 600)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    return page


def registrations(page) -> list[str]:
    model = page.model
    return [model.index(row, VehicleColumn.REGISTRATION).data() for row in range(model.rowCount())]


def select_row(qtbot, page, registration: str) -> None:
    """Click the row of a vehicle, as a person would."""
    view = page.ui.tableView
    row = registrations(page).index(registration)
    rect = view.visualRect(page.model.index(row, VehicleColumn.TAG))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def new_vehicle_form(qtbot, page) -> AssetDialog:
    page.ui.tableView.setFocus()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_N, CTRL)
    dialog = page.operations.dialog
    assert isinstance(dialog, AssetDialog)
    return dialog


def test_a_vehicle_is_added_from_the_keyboard(qtbot, app, page, small_store):
    form = new_vehicle_form(qtbot, page)
    ui = form.ui
    assert form.windowTitle() == "New vehicle"
    pick(ui.equipment_type_id, "MRAP armoured vehicle")
    assert ui.tag.placeholderText() == "VEH-MRAP-000004 (given if left blank)"
    assert (ui.make.text(), ui.model.text()) == ("Navistar Defense", "MaxxPro Dash")
    type_text(ui.registration, "gkb 104a")
    pick(ui.unit_id, "KEN-FPU-2")
    type_text(ui.odometer_km, "1,250")
    type_text(ui.next_service_date, "2025-09-30")
    type_text(ui.acquired_on, "2025-03-01")
    saved = save(qtbot, form)
    assert (saved.tag, saved.registration, saved.odometer_km) == (
        "VEH-MRAP-000004",
        "GKB 104A",
        1250,
    )
    assert not form.isVisible()

    qtbot.waitUntil(lambda: "GKB 104A" in registrations(page))
    with small_store.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.record_id == saved.id)).scalar_one()
    assert (entry.action, entry.user) == ("INSERT", USER)
    # KEN-FPU-2 holds an MRAP now, but is authorised none: it counts for nothing.
    assert readiness_of(app.services, "KEN-FPU-1") == (2, 2, 100.0)


def test_typed_numbers_and_dates_are_checked_as_each_field_is_left(qtbot, page):
    ui = new_vehicle_form(qtbot, page).ui
    form = page.operations.dialog
    retype(qtbot, ui.odometer_km, "forty thousand")
    assert form.problem_text("odometer_km") == "Type a whole number, for example 43652."
    retype(qtbot, ui.next_service_date, "30/09/2025")
    assert form.problem_text("next_service_date") == (
        "Type the date as YYYY-MM-DD, for example 2025-03-14."
    )
    retype(qtbot, ui.odometer_km, "-5")
    assert form.problem_text("odometer_km") == "The odometer cannot be negative."
    retype(qtbot, ui.odometer_km, "43000")
    assert form.problem_text("odometer_km") == ""
    retype(qtbot, ui.next_service_km, "42000")
    assert form.problem_text("next_service_km") == (
        "The next service must fall above the odometer's 43,000 km."
    )
    retype(qtbot, ui.acquired_on, "2999-01-01")
    assert form.problem_text("acquired_on") == "The acquisition date cannot be in the future."
    # Fields not yet visited say nothing until the person tries to save.
    assert form.problem_text("registration") == ""


def test_nothing_is_saved_while_a_problem_stands(qtbot, page, small_store):
    form = new_vehicle_form(qtbot, page)
    before = audit_count(small_store)
    refused(qtbot, form)
    assert form.problem_text("equipment_type_id") == "Choose the equipment type."
    assert form.problem_text("registration") == (
        "A vehicle needs its registration (the number plate)."
    )
    pick(form.ui.equipment_type_id, "MRAP armoured vehicle")
    type_text(form.ui.registration, "GKB 101A")
    type_text(form.ui.tag, "VEH-MRAP-000002")
    refused(qtbot, form)  # the checks that need the database answer from the write job
    assert form.problem_text("registration") == (
        "Registration GKB 101A is already used by VEH-MRAP-000001 (MRAP armoured vehicle "
        "(MaxxPro)). Check the registration or edit that vehicle."
    )
    assert form.problem_text("tag").startswith("Tag VEH-MRAP-000002 is already used by GKB 102A")
    assert audit_count(small_store) == before


def test_a_vehicle_opens_on_enter_and_keeps_its_odometer_honest(qtbot, app, page, armour):
    select_row(qtbot, page, "GKB 102A")
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Return)
    form = page.operations.dialog
    assert isinstance(form, AssetDialog)
    assert form.windowTitle() == "Vehicle GKB 102A"
    assert form.ui.odometer_km.text() == "43652"
    retype(qtbot, form.ui.odometer_km, "43000")
    assert form.problem_text("odometer_km") == (
        "The odometer cannot run backwards: it read 43,652 km on the last record."
    )
    retype(qtbot, form.ui.odometer_km, "44100")
    pick(form.ui.status, "Unserviceable")
    retype(qtbot, form.ui.serial_number, "MAXX-2")
    saved = save(qtbot, form)
    assert (saved.odometer_km, saved.status, saved.serial_number) == (
        44100,
        AssetStatus.UNSERVICEABLE,
        "MAXX-2",
    )
    assert readiness_of(app.services, "KEN-FPU-1") == (2, 1, 50.0)


def test_the_edit_form_shows_the_vehicles_history(qtbot, app, page, armour):
    form = page.operations.edit_asset(armour.mrap_a)
    assert form.ui.tabs.count() == 2
    form.ui.tabs.setCurrentWidget(form.ui.historyTab)
    panel = form.history
    qtbot.waitUntil(lambda: len(panel.rows()) == 1)
    assert panel.record == ("asset", armour.mrap_a)


def test_a_double_click_opens_the_form(qtbot, page):
    view = page.ui.tableView
    rect = view.visualRect(page.model.index(0, VehicleColumn.MAKE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.operations.dialog.windowTitle() == "Vehicle GKB 101A"


def test_a_written_off_vehicle_cannot_come_back(qtbot, page, armour):
    form = page.operations.edit_asset(armour.written_off)
    pick(form.ui.status, "In service")
    assert "written off, which is final" in form.problem_text("status")


def test_back_in_service_offers_to_close_open_maintenance(qtbot, app, page, armour):
    app.services.maintenance.open_maintenance(
        armour.mrap_a,
        MaintenanceOpening(MaintenanceKind.REPAIR, date.today(), set_under_repair=True),
    )
    form = page.operations.edit_asset(armour.mrap_a)
    ui = form.ui
    assert not ui.closeWorkCheck.isHidden()
    assert ui.workLabel.text().startswith("Maintenance open: repair since")
    pick(ui.status, "In service")
    assert form.problem_text("status").endswith("close it to put the item back in service.")
    ui.closeWorkCheck.setFocus()
    qtbot.keyClick(ui.closeWorkCheck, Qt.Key.Key_Space)
    assert form.problem_text("status") == ""
    saved = save(qtbot, form)
    assert saved.status is AssetStatus.IN_SERVICE and saved.open_work is None
    assert app.services.maintenance.open_work.count() == 0


def test_archiving_asks_first(qtbot, app, page, small_store, armour):
    select_row(qtbot, page, "GKB 101A")
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    box = page.operations.dialog
    assert isinstance(box, QMessageBox)
    assert "Archive GKB 101A? They leave the registers" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: nothing happens
    assert not app.services.fleet.asset(armour.mrap_a).archived

    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    box = page.operations.dialog
    box.findChild(type(box.defaultButton()), "confirmButton").click()
    qtbot.waitUntil(lambda: "GKB 101A" not in registrations(page), timeout=10_000)
    assert app.services.fleet.asset(armour.mrap_a).archived
    with small_store.read() as s:
        entry = s.execute(
            select(AuditEntry).where(
                AuditEntry.record_id == armour.mrap_a, AuditEntry.field == "archived"
            )
        ).scalar_one()
    assert (entry.old_value, entry.new_value, entry.user) == ("false", "true", USER)
    assert readiness_of(app.services, "KEN-FPU-1") == (1, 1, 50.0)


def test_escape_closes_the_form_without_saving(qtbot, page, small_store):
    form = new_vehicle_form(qtbot, page)
    type_text(form.ui.registration, "GKB 999Z")
    leave(form.ui.registration)
    before = audit_count(small_store)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert audit_count(small_store) == before
    assert QApplication.instance().tasks.is_idle


@pytest.mark.parametrize(
    ("field", "typed", "sentence"),
    [
        ("next_service_km", "-1", "The service mileage cannot be negative."),
        (
            "next_service_date",
            "2020-01-01",
            "The next service cannot fall before the item was acquired (2024-06-01).",
        ),
        (
            "odometer_km",
            "",
            "The odometer read 43,652 km on the last record: it cannot be left empty.",
        ),
        ("acquired_on", "June 2024", "Type the date as YYYY-MM-DD, for example 2025-03-14."),
    ],
)
def test_the_other_rules_of_an_edited_vehicle(
    qtbot, page, armour, small_store, field, typed, sentence
):
    form = page.operations.edit_asset(armour.mrap_b)
    retype(qtbot, form.ui.acquired_on, "2024-06-01")
    retype(qtbot, getattr(form.ui, field), typed)
    assert form.problem_text(field) == sentence
    before = audit_count(small_store)
    refused(qtbot, form)
    assert form.problem_text(field) == sentence
    assert audit_count(small_store) == before


def test_an_accented_model_is_found_without_its_accents(qtbot, page, armour):
    form = page.operations.edit_asset(armour.mrap_b)
    retype(qtbot, form.ui.model, "Sherpa Légère")
    assert save(qtbot, form, form.ui.model).model == "Sherpa Légère"
    page.ui.searchEdit.setFocus()
    type_text(page.ui.searchEdit, "legere")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: registrations(page) == ["GKB 102A"])
