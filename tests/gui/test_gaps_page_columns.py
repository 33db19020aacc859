"""The Equipment & gaps register's figures of the supply chain: requested, pledged, delivered and
uncovered beside each gap, what each means, and the "only uncovered" filter.

Demo figures used (lsa_desktop/services/demo/story.py): KE-FPU-5 has a draft requisition for 8
tents (FLD-TENT; authorised 16, holds 8); the United States pledged KE-FPU-1 7 gunner kits
(VEH-TURRET) and delivered 4 of them.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from lsa_desktop.services.equipment import HoldingRow
from lsa_desktop.services.query import ListQuery
from lsa_desktop.views.pages.equipment_page import EquipmentPage
from lsa_desktop.views.table_models.columns import Emphasis
from lsa_desktop.views.table_models.equipment_models import HoldingColumn, HoldingsTableModel

WAIT = 10_000
FIGURES = ["Authorised", "On hand", "Serviceable", "Requested", "Pledged", "Delivered", "Gap"]


@pytest.fixture
def page(qtbot, bind_app, demo_store):
    app = bind_app(demo_store)
    page = EquipmentPage(app.services, app=app)
    qtbot.addWidget(page)
    page.resize(1600, 700)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.waitUntil(lambda: page.counts() is not None, timeout=WAIT)
    return page


def search(qtbot, page, text: str) -> None:
    edit = page.findChild(QLineEdit, "searchEdit")
    with qtbot.waitSignal(page.countChanged, timeout=WAIT):
        edit.clear()
        qtbot.keyClicks(edit, text)


def row_of(page, unit: str, code: str) -> int:
    model = page.holdings_model
    return next(
        r
        for r in range(model.rowCount())
        if (model.row_at(r).unit_code, model.row_at(r).type_code) == (unit, code)
    )


def texts(page, row: int, columns) -> list[str]:
    return [page.holdings_model.index(row, column).data() for column in columns]


def test_each_gap_shows_what_is_requested_pledged_delivered_and_uncovered(qtbot, page):
    model = page.holdings_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[HoldingColumn.AUTHORISED :] == [*FIGURES, "Uncovered"]
    tips = {
        headers[c]: model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(HoldingColumn.AUTHORISED, model.columnCount())
    }
    assert tips["Gap"] == (
        "Authorised minus serviceable minus pledged and not yet delivered (never below zero)"
    )
    assert tips["Requested"].startswith("Asked for on open requisitions")
    assert tips["Uncovered"].startswith("The part of the gap no open requisition or pledge covers")
    assert (
        model.headerData(HoldingColumn.UNIT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        is None
    )

    search(qtbot, page, "FLD-TENT")
    tents = row_of(page, "KE-FPU-5", "FLD-TENT")
    row = model.row_at(tents)
    assert (row.authorised, row.requested_open, row.pledged_open, row.delivered) == (16, 8, 0, 0)
    assert row.uncovered == max(0, row.gap - 8)
    requested = model.index(tents, HoldingColumn.REQUESTED)
    assert requested.data() == "8"
    assert requested.data(Qt.ItemDataRole.ToolTipRole) == (
        "8 asked for KE-FPU-5 on open requisitions and not yet delivered."
    )

    search(qtbot, page, "VEH-TURRET")
    kits = row_of(page, "KE-FPU-1", "VEH-TURRET")
    columns = (HoldingColumn.REQUESTED, HoldingColumn.PLEDGED, HoldingColumn.DELIVERED)
    assert texts(page, kits, columns) == ["0", "3", "4"]
    assert model.index(kits, HoldingColumn.DELIVERED).data(Qt.ItemDataRole.ToolTipRole) == (
        "4 accepted on donor deliveries to KE-FPU-1 so far."
    )
    assert model.index(kits, HoldingColumn.PLEDGED).data(Qt.ItemDataRole.ToolTipRole) == (
        "3 promised to KE-FPU-1 by donors and not yet delivered."
    )


def test_only_the_uncovered_gaps(qtbot, page):
    services = page._services
    everything = page.counts()
    with qtbot.waitSignal(page.countChanged, timeout=WAIT) as counts:
        page.ui.uncoveredCheck.click()
    uncovered = services.equipment.holdings.count(ListQuery(filters={"uncovered": True}))
    assert 0 < uncovered < everything[0]
    assert counts.args == [uncovered, everything[1]]
    model = page.holdings_model
    assert all(model.row_at(r).uncovered > 0 for r in range(model.rowCount()))
    # With a search too: the tents of the units whose draft does not cover their gap.
    search(qtbot, page, "FLD-TENT")
    shown = {model.row_at(r).unit_code: model.row_at(r) for r in range(model.rowCount())}
    assert all(row.uncovered > 0 for row in shown.values())
    tents = services.equipment.holdings.page(
        ListQuery(search="FLD-TENT", filters={"uncovered": True}), 100
    )
    assert set(shown) == {row.unit_code for row in tents}
    # Off the holdings tab, the holdings' own filters rest.
    page.ui.registerTabs.setCurrentIndex(2)
    assert not page.ui.uncoveredCheck.isEnabled() and not page.ui.onlyGapsCheck.isEnabled()


def _row(**figures) -> HoldingRow:
    values = {
        "unit_id": uuid.uuid4(),
        "unit_code": "KEN-FPU-2",
        "equipment_type_id": uuid.uuid4(),
        "type_code": "OBS-NVG",
        "type_name": "Night-vision goggles",
        "category_name": "Observation",
        "critical": True,
        "unit_of_measure": "each",
        "authorised": 30,
        "on_hand": 6,
        "serviceable": 6,
        "pledged_open": 15,
        "gap": 9,
        "requested_open": 0,
        "delivered": 0,
        "uncovered": 9,
    }
    return HoldingRow(**{**values, **figures})


def test_the_uncovered_part_of_a_critical_gap_stands_out_and_says_what_to_do():
    uncovered = HoldingsTableModel.COLUMNS[HoldingColumn.UNCOVERED]
    open_gap = _row()
    assert uncovered.emphasis(open_gap) is Emphasis.CRITICAL
    assert uncovered.tooltip(open_gap) == (
        "9 of the gap of 9 is covered by no open requisition or pledge: select the row and "
        "choose Request… to ask for it."
    )
    requested = _row(requested_open=9, uncovered=0)
    assert uncovered.emphasis(requested) is None
    assert uncovered.tooltip(requested) == (
        "The gap of 9 is covered: open requisitions already ask for it."
    )
    assert uncovered.emphasis(_row(critical=False)) is None
    assert uncovered.tooltip(_row(gap=0, uncovered=0)) is None
    for column in (HoldingColumn.REQUESTED, HoldingColumn.DELIVERED):
        assert HoldingsTableModel.COLUMNS[column].tooltip(_row()) is None


def test_a_search_widens_a_column_its_rows_would_cut_but_keeps_the_persons_widths(qtbot, page):
    view = page.ui.tableView
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(HoldingColumn.UNIT) > 0, timeout=WAIT)
    # The first rows are the Bahamas detachment's (BS-DET): the unit column fits that code.
    assert page.holdings_model.row_at(0).unit_code == "BS-DET"
    header.resizeSection(HoldingColumn.EQUIPMENT, 90)  # the person narrows a column by hand
    search(qtbot, page, "NVG")
    wide = view.fontMetrics().horizontalAdvance("KE-SWAT")
    qtbot.waitUntil(lambda: header.sectionSize(HoldingColumn.UNIT) > wide, timeout=WAIT)
    assert header.sectionSize(HoldingColumn.EQUIPMENT) == 90
