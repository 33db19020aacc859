"""From a figure to the rows behind it: ``MainWindow.open_rows(RowsBehind)`` opens the register
named, with its filter widgets showing exactly the filter and its table listing exactly the rows
(the small mission of ``test_registers_fixtures``: Kenya with KEN-FPU-1 and KEN-FPU-2, Jamaica
with JAM-1)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QTabWidget
from sqlmodel import select
from test_registers_fixtures import build_registers

from lsa_desktop.domain.enums import MaintenanceKind, Priority, RequisitionStatus
from lsa_desktop.services.dashboard_model import RowsBehind
from lsa_desktop.store.models import (
    Asset,
    Contingent,
    EquipmentCategory,
    MaintenanceEvent,
    Person,
    Qualification,
    QualificationType,
    Requisition,
)
from lsa_desktop.views.main_window import MainWindow
from lsa_desktop.views.table_models.equipment_models import HoldingColumn
from lsa_desktop.views.table_models.maintenance_model import OpenWorkColumn, OverdueColumn
from lsa_desktop.views.table_models.personnel_model import PersonColumn
from lsa_desktop.views.table_models.qualifications_model import ExpiringColumn
from lsa_desktop.views.table_models.vehicles_model import VehicleColumn
from lsa_desktop.views.widgets.register_view import RegisterTableView

WAIT = 10_000


@pytest.fixture
def mission(tmp_store):
    """The small mission, plus what the maintenance and qualification registers list."""
    units = build_registers(tmp_store)
    today = date.today()
    with tmp_store.write() as s:
        first_aid = QualificationType(code="FA", name="First aid", validity_months=24)
        s.add(first_aid)
        s.flush()
        for number, days in (("KE-0001", 10), ("KE-0003", 45), ("JM-0001", 20), ("KE-0002", -5)):
            person = s.exec(select(Person).where(Person.service_number == number)).one()
            s.add(
                Qualification(
                    person_id=person.id,
                    qualification_type_id=first_aid.id,
                    number=f"FA-{number}",
                    expires_on=today + timedelta(days=days),
                )
            )
        for tag in ("V-2", "V-3"):
            asset = s.exec(select(Asset).where(Asset.tag == tag)).one()
            s.add(
                MaintenanceEvent(
                    asset_id=asset.id, kind=MaintenanceKind.REPAIR, opened_on=today, notes=tag
                )
            )
        for reference, unit, status in (
            ("REQ-1", "KEN-FPU-1", RequisitionStatus.SUBMITTED),
            ("REQ-2", "JAM-1", RequisitionStatus.SUBMITTED),
            ("REQ-3", "KEN-FPU-2", RequisitionStatus.DRAFT),
        ):
            s.add(
                Requisition(
                    reference=reference,
                    unit_id=units[unit].id,
                    requested_by="Insp. Wanjiru",
                    requested_on=today,
                    priority=Priority.ROUTINE,
                    status=status,
                    justification="Radios",
                )
            )
        ids = {c.name: c.id for c in s.exec(select(Contingent))}
        ids |= {c.code: c.id for c in s.exec(select(EquipmentCategory))}
    return {code: unit.id for code, unit in units.items()} | ids


@pytest.fixture
def window(qtbot, bind_app, tmp_store, mission):
    app = bind_app(tmp_store)
    window = MainWindow(app, ask_first_start=False)
    qtbot.addWidget(window)
    window.resize(1500, 800)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page.loading, timeout=WAIT)
    return window


def open_rows(qtbot, window, page, **filters):
    shown = window.open_rows(RowsBehind.of(page, **filters))
    assert window.current_page is shown
    assert (
        window.ui.navigation.currentItem().text()
        == {
            "personnel": "Personnel",
            "vehicles": "Vehicles",
            "equipment": "Equipment & gaps",
            "maintenance": "Maintenance",
            "qualifications": "Qualifications",
            "requisitions": "Requisitions",
        }[page]
    )
    qtbot.waitUntil(lambda: not shown.loading, timeout=WAIT)
    return shown


def child(page, cls, name):
    found = page.findChild(cls, name)
    assert found is not None, name
    return found


def column_texts(page, column, view="tableView"):
    """What the table on screen shows in one column, top to bottom."""
    model = child(page, RegisterTableView, view).model()
    return sorted(model.index(row, column).data() for row in range(model.rowCount()))


def type_in(qtbot, page, text):
    """Leave something in the search box, as a person who searched before would have."""
    search = child(page, QLineEdit, "searchEdit")
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)


# --- personnel -------------------------------------------------------------------------------------


def test_a_contingents_present_officers(qtbot, window, mission):
    page = open_rows(qtbot, window, "personnel")
    type_in(qtbot, page, "celestin")
    assert column_texts(page, PersonColumn.SERVICE_NUMBER) == ["HT-0001"]

    open_rows(qtbot, window, "personnel", contingent_id=mission["Kenya"], status="ACTIVE")

    assert child(page, QLineEdit, "searchEdit").text() == ""
    assert child(page, QComboBox, "unitFilter").currentText() == "Kenya — all units"
    assert child(page, QComboBox, "statusFilter").currentText() == "Active"
    assert column_texts(page, PersonColumn.SERVICE_NUMBER) == ["KE-0001", "KE-0003"]
    qtbot.waitUntil(lambda: window.count_label.text() == "2 of 6 officers", timeout=WAIT)


def test_one_units_officers_whatever_their_status(qtbot, window, mission):
    page = open_rows(qtbot, window, "personnel", status="SICK")
    assert column_texts(page, PersonColumn.SERVICE_NUMBER) == ["KE-0004"]

    open_rows(qtbot, window, "personnel", unit_id=mission["KEN-FPU-2"])

    assert child(page, QComboBox, "unitFilter").currentText() == "KEN-FPU-2 — Formed Police Unit 2"
    assert child(page, QComboBox, "statusFilter").currentText() == "All statuses"
    assert column_texts(page, PersonColumn.SERVICE_NUMBER) == ["KE-0003", "KE-0004"]


def test_the_unit_filter_offers_each_contingent_before_its_units(qtbot, window, mission):
    page = window.show_page(window.page_names().index("personnel"))
    combo = child(page, QComboBox, "unitFilter")
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == [
        "All units",
        "Jamaica — all units",
        "JAM-1 — Jamaica company",
        "Kenya — all units",
        "KEN-FPU-1 — Formed Police Unit 1",
        "KEN-FPU-2 — Formed Police Unit 2",
    ]
    assert combo.itemData(1, Qt.ItemDataRole.FontRole).bold()
    assert combo.itemData(2, Qt.ItemDataRole.FontRole) is None

    combo.setCurrentIndex(1)  # picked by hand: the register follows
    qtbot.waitUntil(
        lambda: column_texts(page, PersonColumn.SERVICE_NUMBER) == ["HT-0001", "JM-0001"],
        timeout=WAIT,
    )


# --- vehicles --------------------------------------------------------------------------------------


def test_a_contingents_overdue_vehicles(qtbot, window, mission):
    page = open_rows(qtbot, window, "vehicles", contingent_id=mission["Kenya"], overdue=True)

    assert child(page, QCheckBox, "overdueCheck").isChecked()
    assert child(page, QComboBox, "statusFilter").currentText() == "All statuses"
    assert column_texts(page, VehicleColumn.REGISTRATION) == ["KE-MRAP-01"]


def test_vehicles_of_one_status_clear_the_overdue_tick(qtbot, window, mission):
    page = open_rows(qtbot, window, "vehicles", overdue=True)
    assert column_texts(page, VehicleColumn.REGISTRATION) == ["JM-4X4-03", "KE-MRAP-01"]

    open_rows(qtbot, window, "vehicles", status="UNDER_REPAIR")

    assert not child(page, QCheckBox, "overdueCheck").isChecked()
    assert child(page, QComboBox, "unitFilter").currentText() == "All units"
    assert child(page, QComboBox, "statusFilter").currentText() == "Under repair"
    assert column_texts(page, VehicleColumn.REGISTRATION) == ["JM-4X4-03"]


# --- equipment -------------------------------------------------------------------------------------


def test_a_units_gaps_bring_the_holdings_tab_to_the_front(qtbot, window, mission):
    page = open_rows(qtbot, window, "equipment")
    tabs = child(page, QTabWidget, "registerTabs")
    tabs.setCurrentIndex(1)  # the person was looking at the serialised items
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)

    open_rows(qtbot, window, "equipment", unit_id=mission["KEN-FPU-1"], only_gaps=True)

    assert tabs.currentIndex() == 0
    assert child(page, QCheckBox, "onlyGapsCheck").isChecked()
    assert child(page, QCheckBox, "onlyGapsCheck").isEnabled()
    assert not child(page, QCheckBox, "criticalCheck").isChecked()
    assert child(page, QComboBox, "categoryFilter").currentText() == "All categories"
    rows = column_texts(page, HoldingColumn.UNIT), column_texts(page, HoldingColumn.CODE)
    assert rows == (["KEN-FPU-1"], ["RAD-HH"])


def test_a_categorys_gaps(qtbot, window, mission):
    page = open_rows(qtbot, window, "equipment", category_id=mission["COMMS"], only_gaps=True)
    assert child(page, QComboBox, "categoryFilter").currentText() == "Communications"
    assert column_texts(page, HoldingColumn.UNIT) == ["KEN-FPU-1", "KEN-FPU-2"]


def test_a_contingents_critical_holdings(qtbot, window, mission):
    page = open_rows(qtbot, window, "equipment", contingent_id=mission["Jamaica"], critical=True)

    assert child(page, QCheckBox, "criticalCheck").isChecked()
    assert not child(page, QCheckBox, "onlyGapsCheck").isChecked()
    # Jamaica holds a pick-up (critical: vehicles) and tents (not critical).
    assert column_texts(page, HoldingColumn.CODE) == ["4X4"]


# --- maintenance, qualifications, requisitions -----------------------------------------------------


def test_overdue_maintenance_of_a_contingent(qtbot, window, mission):
    page = open_rows(qtbot, window, "maintenance", tab="overdue", contingent_id=mission["Jamaica"])

    assert child(page, QTabWidget, "registerTabs").currentIndex() == 1
    assert not child(page, QCheckBox, "vehiclesOnlyCheck").isChecked()
    assert column_texts(page, OverdueColumn.REGISTRATION, "overdueView") == ["JM-4X4-03"]

    open_rows(qtbot, window, "maintenance", unit_id=mission["KEN-FPU-2"])

    assert child(page, QTabWidget, "registerTabs").currentIndex() == 0
    assert column_texts(page, OpenWorkColumn.REGISTRATION, "openView") == ["KE-4X4-02"]


def test_qualifications_expiring_within_30_days(qtbot, window, mission):
    page = open_rows(qtbot, window, "qualifications", within_days=60)
    assert len(column_texts(page, ExpiringColumn.SERVICE_NUMBER)) == 4

    open_rows(qtbot, window, "qualifications", contingent_id=mission["Kenya"], within_days=30)

    assert child(page, QComboBox, "windowFilter").currentText() == "Expiring within 30 days"
    assert child(page, QComboBox, "unitFilter").currentText() == "Kenya — all units"
    # KE-0002's expired five days ago: the 30-day window lists what has expired too.
    assert column_texts(page, ExpiringColumn.SERVICE_NUMBER) == ["KE-0001", "KE-0002"]

    open_rows(qtbot, window, "qualifications", expired=True)
    assert child(page, QComboBox, "windowFilter").currentText() == "Expired"
    assert column_texts(page, ExpiringColumn.SERVICE_NUMBER) == ["KE-0002"]


def references(page):
    """The requisitions the list shows, by reference."""
    return sorted(page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount()))


def test_requisitions_awaiting_a_decision(qtbot, window, mission):
    page = window.show_page(window.page_names().index("requisitions"))
    qtbot.waitUntil(lambda: references(page) == ["REQ-1", "REQ-2", "REQ-3"], timeout=WAIT)
    child(page, QLineEdit, "filterEdit").setText("REQ-3")
    assert references(page) == ["REQ-3"]

    open_rows(qtbot, window, "requisitions", status="SUBMITTED")

    assert child(page, QLineEdit, "filterEdit").text() == ""
    assert child(page, QComboBox, "statusFilter").currentText() == "Awaiting a decision"
    assert child(page, QComboBox, "unitFilter").currentText() == "All units"
    assert references(page) == ["REQ-1", "REQ-2"]

    open_rows(qtbot, window, "requisitions", status="SUBMITTED", contingent_id=mission["Kenya"])

    assert child(page, QComboBox, "unitFilter").currentText() == "Kenya — all units"
    assert references(page) == ["REQ-1"]
    qtbot.waitUntil(lambda: window.count_label.text() == "1 of 3 requisitions", timeout=WAIT)

    open_rows(qtbot, window, "requisitions", unit_id=mission["KEN-FPU-2"])

    assert child(page, QComboBox, "statusFilter").currentText() == "All"
    assert references(page) == ["REQ-3"]


# --- what cannot be shown is refused, not shown wrongly --------------------------------------------


def test_a_filter_the_register_does_not_know_is_refused(window):
    with pytest.raises(ValueError, match="has no filter colour"):
        window.open_rows(RowsBehind.of("vehicles", colour="red"))
    with pytest.raises(ValueError, match="no tab 'closed'"):
        window.open_rows(RowsBehind.of("maintenance", tab="closed"))
    with pytest.raises(ValueError, match="no window of 45 days"):
        window.open_rows(RowsBehind.of("qualifications", within_days=45))
    with pytest.raises(ValueError, match="DRAFT alone"):
        window.open_rows(RowsBehind.of("requisitions", status="DRAFT"))


def test_a_unit_no_longer_offered_is_refused(window):
    import uuid

    with pytest.raises(ValueError, match="unitFilter offers no"):
        window.open_rows(RowsBehind.of("personnel", unit_id=uuid.uuid4()))


# --- the Dashboard's clicks ------------------------------------------------------------------------


def test_a_page_asking_for_rows_opens_them(qtbot, window, mission):
    dashboard = window.current_page
    dashboard.rowsRequested.emit(RowsBehind.of("vehicles", unit_id=mission["JAM-1"]))

    page = window.current_page
    assert page is window.page("vehicles")
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert child(page, QComboBox, "unitFilter").currentText() == "JAM-1 — Jamaica company"
    assert column_texts(page, VehicleColumn.REGISTRATION) == ["JM-4X4-03"]


# --- on the demo mission: each figure equals the rows it opens ---------------------------------------


@pytest.fixture
def demo_window(qtbot, bind_app, demo_store):
    app = bind_app(demo_store)
    window = MainWindow(app, ask_first_start=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page.loading, timeout=WAIT)
    return window


def rows_listed(qtbot, window, behind: RowsBehind) -> int:
    page = window.open_rows(behind)
    qtbot.waitUntil(lambda: not page.loading and page.counts() is not None, timeout=WAIT)
    return page.counts()[0]


def test_every_tile_of_the_demo_counts_the_rows_it_opens(qtbot, demo_window):
    from lsa_desktop.services.dashboard_model import Scope, TileKey

    dashboard = demo_window.app.services.dashboard
    for scope in (Scope(), Scope(contingent_id=dashboard.scope_options().contingents[0].id)):
        figures = dashboard.figures(scope)
        assert [tile.key for tile in figures.tiles] == list(TileKey)
        for tile in figures.tiles:
            assert rows_listed(qtbot, demo_window, tile.behind) == tile.value, tile
        for bar in figures.contingents:
            assert rows_listed(qtbot, demo_window, bar.behind) == bar.present, bar
        worst = min(figures.units, key=lambda unit: unit.readiness_pct or 0.0)
        assert rows_listed(qtbot, demo_window, worst.behind) > 0, worst
        for bar in figures.categories:
            listed = rows_listed(qtbot, demo_window, bar.behind)
            assert (listed > 0) == (bar.gap > 0), bar  # a gap line per (unit, type) short
