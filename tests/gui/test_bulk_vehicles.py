"""Changing the status of several vehicles at once from the Vehicles page: select the rows,
Ctrl+Shift+S, choose, Enter. One write: every vehicle changed in the same change set, each one
audited; a change that makes no sense for one of them changes none."""

from __future__ import annotations

import pytest
from fleet_gui import USER, add_armour, audit_count, pick, readiness_of, refused, save
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from sqlmodel import select

from lsa_desktop.domain.enums import AssetStatus
from lsa_desktop.store.models import Asset, AuditEntry
from lsa_desktop.views.dialogs.vehicle_status_dialog import VehicleStatusDialog
from lsa_desktop.views.pages.vehicles_page import VehiclesPage
from lsa_desktop.views.table_models.vehicles_model import VehicleColumn


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


def select_vehicles(qtbot, page, *plates: str) -> None:
    """Click the first plate's row, then Ctrl+click the others."""
    view, model = page.ui.tableView, page.model
    rows = {model.index(r, VehicleColumn.REGISTRATION).data(): r for r in range(model.rowCount())}
    for number, plate in enumerate(plates):
        rect = view.visualRect(model.index(rows[plate], VehicleColumn.TAG))
        modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert len(view.selectionModel().selectedRows()) == len(plates)


def status_form(qtbot, page) -> VehicleStatusDialog:
    qtbot.keyClick(
        page.ui.tableView,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    form = page.operations.dialog
    assert isinstance(form, VehicleStatusDialog)
    return form


def statuses(page) -> dict[str, str]:
    model = page.model
    return {
        model.index(r, VehicleColumn.REGISTRATION).data(): model.index(
            r, VehicleColumn.STATUS
        ).data()
        for r in range(model.rowCount())
    }


def test_two_mraps_made_unserviceable_in_one_audited_write(qtbot, app, page, armour, small_store):
    assert not page.status_action.isEnabled()
    select_vehicles(qtbot, page, "GKB 101A", "GKB 102A")
    assert page.status_action.isEnabled() and not page.edit_action.isEnabled()
    form = status_form(qtbot, page)
    assert form.ui.selectionLabel.text() == "Selected (2): GKB 101A, GKB 102A."
    pick(form.ui.status, "Unserviceable")
    assert form.ui.close_open_work.isHidden()
    change = save(qtbot, form)
    assert change.changed == 2

    with small_store.read() as s:
        held = dict(s.execute(select(Asset.registration, Asset.status)).all())
        entries = s.execute(
            select(AuditEntry).where(AuditEntry.change_id == change.change_id)
        ).scalars()
        audited = sorted((e.record_id, e.field, e.old_value, e.new_value, e.user) for e in entries)
    assert held == {
        "GKB 101A": AssetStatus.UNSERVICEABLE,
        "GKB 102A": AssetStatus.UNSERVICEABLE,
        "GKB 103A": AssetStatus.WRITTEN_OFF,
    }
    assert audited == sorted(
        (vehicle, "status", "IN_SERVICE", "UNSERVICEABLE", USER)
        for vehicle in (armour.mrap_a, armour.mrap_b)
    )
    assert readiness_of(app.services, "KEN-FPU-1") == (2, 0, 0.0)
    qtbot.waitUntil(lambda: statuses(page)["GKB 102A"] == "Unserviceable")
    assert statuses(page)["GKB 101A"] == "Unserviceable"


def test_a_change_that_makes_no_sense_for_one_changes_none(qtbot, page, small_store):
    select_vehicles(qtbot, page, "GKB 101A", "GKB 103A")
    form = status_form(qtbot, page)
    pick(form.ui.status, "Under repair")
    before = audit_count(small_store)
    refused(qtbot, form)
    assert form.problem_text("status").startswith(
        "1 of the 2 selected items cannot be set under repair, so nothing was changed. "
        "GKB 103A: it was written off, which is final."
    )
    assert audit_count(small_store) == before
    assert statuses(page)["GKB 101A"] == "In service"


def test_a_status_must_be_chosen(qtbot, page):
    select_vehicles(qtbot, page, "GKB 101A")
    form = status_form(qtbot, page)
    refused(qtbot, form)
    assert form.problem_text("status") == "Choose the new status."


def test_the_whole_register_can_be_selected_from_the_keyboard(qtbot, page):
    view = page.ui.tableView
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.selectionModel().selectedRows()) == 3
    form = status_form(qtbot, page)
    assert form.ui.selectionLabel.text() == "Selected (3): GKB 101A, GKB 102A, GKB 103A."
    view.selectionModel().select(QItemSelection(), QItemSelectionModel.SelectionFlag.Clear)
    assert not page.status_action.isEnabled()
