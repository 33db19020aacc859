"""The register pages as a person uses them: typing in the search box, picking filters, clicking
headers, and seeing the rows and the counts change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QTabWidget
from sqlmodel import select
from test_registers_fixtures import PEOPLE, build_registers, many_people

from lsa_desktop.domain.enums import AssetStatus
from lsa_desktop.services import Services
from lsa_desktop.store.models import Asset, EquipmentType, Person, StockLine, Unit
from lsa_desktop.views.pages.equipment_page import EquipmentPage
from lsa_desktop.views.pages.personnel_page import PersonnelPage
from lsa_desktop.views.pages.vehicles_page import VehiclesPage
from lsa_desktop.views.table_models.equipment_models import HoldingColumn
from lsa_desktop.views.table_models.personnel_model import PersonColumn
from lsa_desktop.views.table_models.register_model import BLOCK_SIZE
from lsa_desktop.views.table_models.vehicles_model import VehicleColumn
from lsa_desktop.views.widgets.register_view import RegisterTableView


@pytest.fixture
def units(tmp_store):
    return build_registers(tmp_store)


@pytest.fixture
def open_page(qtbot, tmp_store, units):
    """``open_page(PageClass)``: the page on the small mission, shown and laid out."""

    def open_(cls):
        page = cls(Services(tmp_store))
        qtbot.addWidget(page)
        page.resize(1500, 600)
        with qtbot.waitExposed(page):
            page.show()
        return page

    return open_


def widget(page, cls, name):
    found = page.findChild(cls, name)
    assert found is not None, name
    return found


def view_of(page, name="tableView") -> RegisterTableView:
    return widget(page, RegisterTableView, name)


def shown(page, column, name="tableView"):
    """The texts the table shows in one column, top to bottom."""
    model = view_of(page, name).model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def pick(combo: QComboBox, text: str) -> None:
    """Choose an entry of a combo box by its text, as a person would from the list."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def type_text(edit: QLineEdit, text: str) -> None:
    """Type any text, one key event per character (``keyClicks`` only takes ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(edit, event)


def click_header(qtbot, view: RegisterTableView, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


# -- personnel -------------------------------------------------------------------------------


def test_the_roll_is_listed_with_its_count(open_page):
    page = open_page(PersonnelPage)
    assert shown(page, PersonColumn.SERVICE_NUMBER) == PEOPLE
    assert page.counts() == (6, 6)
    for cls, name in (
        (QLineEdit, "searchEdit"),
        (QComboBox, "unitFilter"),
        (QComboBox, "statusFilter"),
    ):
        widget(page, cls, name)
    units = widget(page, QComboBox, "unitFilter")
    assert [units.itemText(i) for i in range(units.count())] == [
        "All units",
        "Jamaica — all units",
        "JAM-1 — Jamaica company",
        "Kenya — all units",
        "KEN-FPU-1 — Formed Police Unit 1",
        "KEN-FPU-2 — Formed Police Unit 2",
    ]


def test_search_as_you_type_queries_once_the_typing_pauses(qtbot, open_page):
    page = open_page(PersonnelPage)
    search = widget(page, QLineEdit, "searchEdit")
    with qtbot.waitSignal(page.countChanged) as counts:
        qtbot.keyClicks(search, "ot")
        assert len(shown(page, PersonColumn.SURNAME)) == 6  # not yet: the debounce is running
    assert counts.args == [2, 6]
    assert shown(page, PersonColumn.SURNAME) == ["Otieno", "Ochieng"]
    with qtbot.waitSignal(page.countChanged) as counts:
        qtbot.keyClicks(search, "ieno")
    assert counts.args == [1, 6]
    with qtbot.waitSignal(page.countChanged) as counts:
        search.clear()
    assert counts.args == [6, 6]


def test_search_finds_accented_names(qtbot, open_page):
    page = open_page(PersonnelPage)
    with qtbot.waitSignal(page.countChanged) as counts:
        type_text(widget(page, QLineEdit, "searchEdit"), "hér")
    assert counts.args == [1, 6]
    assert shown(page, PersonColumn.GIVEN_NAMES) == ["Célestin"]


def test_search_typed_without_accents_finds_accented_names(qtbot, open_page):
    page = open_page(PersonnelPage)
    search = widget(page, QLineEdit, "searchEdit")
    with qtbot.waitSignal(page.countChanged) as counts:
        qtbot.keyClicks(search, "celestin")  # one key press per letter, as typed
    assert counts.args == [1, 6]
    assert shown(page, PersonColumn.SURNAME) == ["Hérard"]
    search.clear()
    with qtbot.waitSignal(page.countChanged) as counts:
        type_text(search, "HÉRARD CÉLESTIN")  # and in capitals, accents and all
    assert counts.args == [1, 6]
    assert shown(page, PersonColumn.GIVEN_NAMES) == ["Célestin"]


def test_enter_searches_at_once(qtbot, open_page):
    page = open_page(PersonnelPage)
    search = widget(page, QLineEdit, "searchEdit")
    qtbot.keyClicks(search, "grace")
    with qtbot.waitSignal(page.countChanged, timeout=50) as counts:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert counts.args == [1, 6]


def test_unit_and_status_filters(qtbot, open_page):
    page = open_page(PersonnelPage)
    with qtbot.waitSignal(page.countChanged) as counts:
        pick(widget(page, QComboBox, "unitFilter"), "KEN-FPU-1 — Formed Police Unit 1")
    assert counts.args == [2, 6]
    assert shown(page, PersonColumn.SURNAME) == ["Otieno", "Wanjiru"]
    with qtbot.waitSignal(page.countChanged) as counts:
        pick(widget(page, QComboBox, "statusFilter"), "On leave")
    assert counts.args == [1, 6]
    assert shown(page, PersonColumn.STATUS) == ["On leave"]
    with qtbot.waitSignal(page.countChanged) as counts:
        pick(widget(page, QComboBox, "unitFilter"), "All units")
        pick(widget(page, QComboBox, "statusFilter"), "All statuses")
    assert page.counts() == (6, 6)


def test_clicking_a_header_sorts_by_that_column_and_again_reverses(qtbot, open_page):
    page = open_page(PersonnelPage)
    view = view_of(page)
    click_header(qtbot, view, PersonColumn.SURNAME)
    assert shown(page, PersonColumn.SURNAME) == [
        "Campbell",
        "Hérard",
        "Mwangi",
        "Ochieng",
        "Otieno",
        "Wanjiru",
    ]
    assert view.horizontalHeader().sortIndicatorSection() == PersonColumn.SURNAME
    click_header(qtbot, view, PersonColumn.SURNAME)
    assert shown(page, PersonColumn.SURNAME)[0] == "Wanjiru"
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_refresh_shows_new_rows_and_keeps_the_selection(qtbot, open_page, tmp_store, units):
    page = open_page(PersonnelPage)
    view = view_of(page)
    view.selectRow(PEOPLE.index("KE-0003"))
    with tmp_store.write() as session:
        session.add(Person(service_number="AA-0001", surname="Achieng", unit_id=units["JAM-1"].id))
    with qtbot.waitSignal(page.countChanged) as counts:
        page.refresh()
    assert counts.args == [7, 7]
    assert shown(page, PersonColumn.SERVICE_NUMBER)[0] == "AA-0001"
    selected = [index.row() for index in view.selectionModel().selectedRows()]
    assert selected == [PEOPLE.index("KE-0003") + 1]
    assert view.currentIndex().row() == PEOPLE.index("KE-0003") + 1


def test_a_hidden_page_refreshes_when_it_is_shown(qtbot, open_page, tmp_store):
    page = open_page(PersonnelPage)
    page.hide()
    many_people(tmp_store, 3)
    page.refresh()
    assert page.counts() == (6, 6)
    with qtbot.waitSignal(page.countChanged) as counts:
        page.show()
    assert counts.args == [9, 9]


def test_a_filter_on_an_archived_unit_falls_back_to_all_units(qtbot, open_page, tmp_store, units):
    page = open_page(PersonnelPage)
    unit_filter = widget(page, QComboBox, "unitFilter")
    pick(unit_filter, "JAM-1 — Jamaica company")
    assert page.counts() == (2, 6)
    with tmp_store.write() as session:
        session.exec(select(Unit).where(Unit.code == "JAM-1")).one().archived = True
    page.refresh()
    assert unit_filter.currentText() == "All units"
    assert unit_filter.findText("JAM-1 — Jamaica company") == -1
    assert page.counts() == (6, 6)


def test_a_large_roll_shows_its_first_page_then_all_of_it(qtbot, open_page, tmp_store):
    numbers = many_people(tmp_store, 450)
    page = open_page(PersonnelPage)
    # The first page at once; the rest, and the counts, from a worker.
    assert (view_of(page).model().rowCount(), page.counts()) == (BLOCK_SIZE, None)
    qtbot.waitUntil(lambda: page.counts() == (456, 456), timeout=10_000)
    search = widget(page, QLineEdit, "searchEdit")
    with qtbot.waitSignal(page.countChanged, timeout=10_000) as counts:
        qtbot.keyClicks(search, "bulk")
    assert counts.args == [450, 456]
    view = view_of(page)
    view.scrollToBottom()
    last = view.rowAt(view.viewport().height() - 2)
    assert view.model().index(last, PersonColumn.SERVICE_NUMBER).data() == numbers[-1]


def test_refresh_keeps_the_row_at_the_top_of_a_scrolled_view(qtbot, open_page, tmp_store):
    many_people(tmp_store, 450)
    page = open_page(PersonnelPage)
    qtbot.waitUntil(lambda: page.counts() == (456, 456), timeout=10_000)
    view = view_of(page)
    model = view.model()
    view.scrollTo(model.index(300, 0), view.ScrollHint.PositionAtTop)
    top = model.index(view.rowAt(0), PersonColumn.SERVICE_NUMBER).data()
    with tmp_store.write() as session:
        session.add(Person(service_number="AAA-0001", surname="Achieng"))
    with qtbot.waitSignal(page.countChanged, timeout=10_000) as counts:
        page.refresh()
    assert counts.args == [457, 457]
    assert model.index(view.rowAt(0), PersonColumn.SERVICE_NUMBER).data() == top


# -- vehicles --------------------------------------------------------------------------------


def test_vehicles_overdue_for_service_stand_out_and_can_be_listed_alone(qtbot, open_page):
    page = open_page(VehiclesPage)
    assert shown(page, VehicleColumn.REGISTRATION) == ["JM-4X4-03", "KE-4X4-02", "KE-MRAP-01"]
    model = view_of(page).model()
    overdue = [
        model.index(row, VehicleColumn.NEXT_SERVICE).data(Qt.ItemDataRole.ForegroundRole)
        is not None
        for row in range(3)
    ]
    assert overdue == [True, False, True]
    with qtbot.waitSignal(page.countChanged) as counts:
        widget(page, QCheckBox, "overdueCheck").click()
    assert counts.args == [2, 3]
    assert shown(page, VehicleColumn.REGISTRATION) == ["JM-4X4-03", "KE-MRAP-01"]


def test_vehicle_filters_and_search(qtbot, open_page):
    page = open_page(VehiclesPage)
    with qtbot.waitSignal(page.countChanged) as counts:
        pick(widget(page, QComboBox, "statusFilter"), "Under repair")
    assert counts.args == [1, 3]
    pick(widget(page, QComboBox, "statusFilter"), "All statuses")
    with qtbot.waitSignal(page.countChanged) as counts:
        qtbot.keyClicks(widget(page, QLineEdit, "searchEdit"), "mrap")
    assert counts.args == [1, 3]
    assert shown(page, VehicleColumn.TAG) == ["V-1"]
    with qtbot.waitSignal(page.countChanged) as counts:
        pick(widget(page, QComboBox, "unitFilter"), "KEN-FPU-2 — Formed Police Unit 2")
    assert counts.args == [0, 3]


def test_a_vehicle_breaking_down_shows_after_a_refresh(qtbot, open_page, tmp_store):
    page = open_page(VehiclesPage)
    view = view_of(page)
    view.selectRow(1)
    with tmp_store.write() as session:
        vehicle = session.exec(select(Asset).where(Asset.tag == "V-2")).one()
        vehicle.status = AssetStatus.UNSERVICEABLE
    with qtbot.assertNotEmitted(view.model().modelReset):
        page.refresh()
    assert shown(page, VehicleColumn.STATUS)[1] == "Unserviceable"
    assert page.counts() == (3, 3)
    assert [index.row() for index in view.selectionModel().selectedRows()] == [1]


def test_vehicles_sort_by_next_service_with_the_unplanned_last(qtbot, open_page):
    page = open_page(VehiclesPage)
    click_header(qtbot, view_of(page), VehicleColumn.NEXT_SERVICE)
    assert shown(page, VehicleColumn.TAG) == ["V-1", "V-2", "V-3"]


# -- equipment & gaps ------------------------------------------------------------------------


def test_holdings_and_only_the_gaps(qtbot, open_page):
    page = open_page(EquipmentPage)
    assert page.counts() == (7, 7)
    with qtbot.waitSignal(page.countChanged) as counts:
        widget(page, QCheckBox, "onlyGapsCheck").click()
    assert counts.args == [2, 7]
    assert shown(page, HoldingColumn.GAP) == ["8", "5"]
    model = view_of(page).model()
    assert all(
        model.index(row, HoldingColumn.GAP).data(Qt.ItemDataRole.FontRole).bold()
        for row in range(2)
    )
    with qtbot.waitSignal(page.countChanged) as counts:
        pick(widget(page, QComboBox, "categoryFilter"), "Camp")
    assert counts.args == [0, 7]


def test_sorting_holdings_by_gap(qtbot, open_page):
    page = open_page(EquipmentPage)
    view = view_of(page)
    click_header(qtbot, view, HoldingColumn.GAP)
    click_header(qtbot, view, HoldingColumn.GAP)
    assert shown(page, HoldingColumn.GAP)[:3] == ["8", "5", "0"]


def test_the_tabs_share_the_filters_and_report_their_own_counts(qtbot, open_page):
    page = open_page(EquipmentPage)
    tabs = widget(page, QTabWidget, "registerTabs")
    gaps = widget(page, QCheckBox, "onlyGapsCheck")
    with qtbot.waitSignal(page.countChanged) as counts:
        tabs.setCurrentIndex(1)  # serialised items
    assert counts.args == [3, 3]
    assert not gaps.isEnabled()
    assert shown(page, 0, "itemsView") == ["R-1", "R-2", "R-3"]
    with qtbot.waitSignal(page.countChanged) as counts:
        qtbot.keyClicks(widget(page, QLineEdit, "searchEdit"), "R-3")
    assert counts.args == [1, 3]
    with qtbot.waitSignal(page.countChanged) as counts:
        tabs.setCurrentIndex(2)  # bulk stock: the search is asked of it as it opens
    assert counts.args == [0, 2]
    widget(page, QLineEdit, "searchEdit").clear()
    with qtbot.waitSignal(page.countChanged) as counts:
        pick(widget(page, QComboBox, "unitFilter"), "JAM-1 — Jamaica company")
    assert counts.args == [1, 2]
    with qtbot.waitSignal(page.countChanged) as counts:
        tabs.setCurrentIndex(3)
    assert counts.args == [0, 3]
    with qtbot.waitSignal(page.countChanged) as counts:
        tabs.setCurrentIndex(0)
    assert counts.args == [2, 7]
    assert gaps.isEnabled()


def test_a_tab_not_on_screen_catches_up_with_changed_data(qtbot, open_page, tmp_store, units):
    page = open_page(EquipmentPage)
    tabs = widget(page, QTabWidget, "registerTabs")
    tabs.setCurrentIndex(2)
    assert page.counts() == (2, 2)
    tabs.setCurrentIndex(0)
    tent = shown(page, HoldingColumn.CODE).count("TENT")
    with tmp_store.write() as session:
        tent_type = session.exec(select(EquipmentType).where(EquipmentType.code == "TENT")).one()
        session.add(
            StockLine(unit_id=units["KEN-FPU-2"].id, equipment_type_id=tent_type.id, on_hand=3)
        )
    page.refresh()
    assert shown(page, HoldingColumn.CODE).count("TENT") == tent + 1
    with qtbot.waitSignal(page.countChanged) as counts:
        tabs.setCurrentIndex(2)
    assert counts.args == [3, 3]
