"""Archiving a bulk stock line from the Bulk stock tab of Equipment & gaps, as a person does it:
select the line, Del, confirm; the line leaves the tab and the unit's holdings."""

from __future__ import annotations

from datetime import date

import pytest
from fleet_gui import add_armour
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lsa_desktop.domain.stock_rules import StockDraft
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.seed import reference_id
from lsa_desktop.views.pages.equipment_page import EquipmentPage

STOCK_TAB = 2


@pytest.fixture
def app(bind_app, small_store):
    return bind_app(small_store)


@pytest.fixture
def page(qtbot, app):
    page = EquipmentPage(app.services, app=app)
    qtbot.addWidget(page)
    app.dataChanged.connect(page.refresh)  # as the main window does for its pages
    page.resize(1300, 600)
    with qtbot.waitExposed(page):
        page.show()
    return page


def test_del_archives_the_selected_stock_line(qtbot, app, page, small_store):
    armour = add_armour(small_store)
    helmet = reference_id("equipment_type", "PPE-HELM")
    line = app.services.equipment.save_stock_line(
        StockDraft(armour.fpu1, helmet, 140, 120, date.today())
    )
    page.ui.registerTabs.setCurrentIndex(STOCK_TAB)
    view = page.ui.stockView
    page.refresh()
    qtbot.waitUntil(lambda: page.stock_model.rowCount() == 1)
    view.setFocus()
    view.selectRow(0)
    assert page.remove_action.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    box = page.operations.dialog
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Archive the stock line KEN-FPU-1 Ballistic helmet?")
    box.findChild(type(box.defaultButton()), "confirmButton").click()

    qtbot.waitUntil(lambda: page.stock_model.rowCount() == 0, timeout=10_000)
    every = app.services.equipment.stock.page(ListQuery(include_archived=True), 10)
    assert [row.id for row in every] == [line.id]
    holdings = app.services.equipment.holdings.page(
        ListQuery(filters={"unit_id": armour.fpu1}), 100
    )
    assert all(row.type_code != "PPE-HELM" or row.on_hand == 0 for row in holdings)
