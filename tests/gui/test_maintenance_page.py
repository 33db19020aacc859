"""The Maintenance page: what is overdue for service, by date or by mileage, each row a keystroke
from the vehicle's form; a service recorded from there plans the next one and the vehicle leaves
the list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from fleet_gui import add_armour, back_to, save
from PySide6.QtCore import Qt

from lsa_desktop.domain.enums import MaintenanceKind
from lsa_desktop.views.dialogs.asset_dialog import AssetDialog
from lsa_desktop.views.dialogs.maintenance_dialog import MaintenanceCloseDialog, MaintenanceDialog
from lsa_desktop.views.pages.maintenance_page import MaintenancePage
from lsa_desktop.views.table_models.maintenance_model import OverdueColumn

OVERDUE_TAB = 1
TODAY = date.today()


@pytest.fixture
def armour(small_store):
    return add_armour(small_store)


@pytest.fixture
def app(bind_app, small_store, armour):
    """GKB 101A overdue by date (5 days), GKB 102A by mileage (500 km)."""
    app = bind_app(small_store)
    fleet = app.services.fleet
    a = fleet.asset(armour.mrap_a)
    fleet.save_asset(replace(a.draft(), next_service_date=TODAY - timedelta(days=5)), a.id)
    b = fleet.asset(armour.mrap_b)
    fleet.save_asset(replace(b.draft(), odometer_km=48_500), b.id)
    return app


@pytest.fixture
def page(qtbot, app):
    page = MaintenancePage(app.services, app=app)
    qtbot.addWidget(page)
    app.dataChanged.connect(page.refresh)  # as the main window does for its pages
    page.resize(1300, 600)
    with qtbot.waitExposed(page):
        page.show()
    page.ui.registerTabs.setCurrentIndex(OVERDUE_TAB)
    qtbot.waitUntil(lambda: page.overdue_model.rowCount() == 2)
    return page


def column(page, number) -> list[str]:
    model = page.overdue_model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_overdue_by_date_then_by_mileage(page):
    assert column(page, OverdueColumn.REGISTRATION) == ["GKB 101A", "GKB 102A"]
    assert column(page, OverdueColumn.OVERDUE) == ["5 days", "500 km"]
    assert page.counts() == (2, 2)


def test_each_row_opens_the_vehicles_form(qtbot, page):
    view = page.ui.overdueView
    rect = view.visualRect(page.overdue_model.index(1, OverdueColumn.TYPE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = page.operations.dialog
    assert isinstance(form, AssetDialog)
    assert form.windowTitle() == "Vehicle GKB 102A"
    form.reject()
    back_to(qtbot, page)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert page.operations.dialog.windowTitle() == "Vehicle GKB 102A"


def test_a_service_recorded_plans_the_next_and_clears_the_row(qtbot, app, page, armour):
    view = page.ui.overdueView
    view.selectRow(1)  # GKB 102A, 500 km past its service
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    form = page.operations.dialog
    assert isinstance(form, MaintenanceDialog)
    assert form.ui.kind.currentText() == "Scheduled service"
    assert not form.ui.set_under_repair.isChecked()
    opened = save(qtbot, form, form.ui.odometer_km)
    assert opened.odometer_km == 48_500
    qtbot.waitUntil(lambda: column(page, OverdueColumn.IN_MAINTENANCE)[1] == "Yes")
    back_to(qtbot, page)

    page.ui.registerTabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.open_model.rowCount() == 1)
    page.ui.openView.selectRow(0)
    page.ui.openView.setFocus()
    qtbot.keyClick(
        page.ui.openView,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    close = page.operations.dialog
    assert isinstance(close, MaintenanceCloseDialog)
    assert close.ui.plan_next_service.isChecked() and not close.ui.plan_next_service.isHidden()
    due = TODAY + timedelta(days=180)
    assert close.ui.nextServiceLabel.text() == (
        f"Next service: on {due.isoformat()} or at 53,500 km."
    )
    save(qtbot, close, close.ui.cost_usd)
    vehicle = app.services.fleet.asset(armour.mrap_b)
    assert (vehicle.next_service_date, vehicle.next_service_km) == (due, 53_500)
    assert app.services.maintenance.event(opened.id).kind is MaintenanceKind.SCHEDULED_SERVICE

    page.ui.registerTabs.setCurrentIndex(OVERDUE_TAB)
    qtbot.waitUntil(lambda: column(page, OverdueColumn.REGISTRATION) == ["GKB 101A"])


def test_vehicles_only_and_the_unit_filter(qtbot, page):
    page.ui.vehiclesOnlyCheck.setChecked(True)
    qtbot.waitUntil(lambda: page.overdue_model.query.filters.get("vehicles") is True)
    assert page.overdue_model.rowCount() == 2
    page.ui.unitFilter.setCurrentIndex(
        page.ui.unitFilter.findText("KEN-FPU-2", Qt.MatchFlag.MatchStartsWith)
    )
    qtbot.waitUntil(lambda: page.overdue_model.rowCount() == 0)


@pytest.mark.parametrize("model_name", ["open_model", "overdue_model"])
def test_the_lists_on_the_demo_mission_pass_the_model_tester(
    qtbot, qtmodeltester, bind_app, demo_store, model_name
):
    """The demo has open faults and about one vehicle in six overdue: both lists have rows, each
    column sorts in SQL both ways, and every model answer is well formed."""
    app = bind_app(demo_store)
    page = MaintenancePage(app.services, app=app)
    qtbot.addWidget(page)
    model = getattr(page, model_name)
    if model_name == "overdue_model":
        page.ui.registerTabs.setCurrentIndex(OVERDUE_TAB)
    qtbot.waitUntil(lambda: model.counts() is not None and not model.loading, timeout=10_000)
    rows = model.rowCount()
    assert rows > 0
    qtmodeltester.check(model)
    for number in range(model.columnCount()):
        model.sort(number, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
        assert model.rowCount() == rows
    qtmodeltester.check(model)
