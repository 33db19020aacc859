"""The Dashboard as a new user meets it on the demo mission, in the main window: click the worst
unit's bar and land on the register of the rows behind it; put a vehicle out of service and see
the vehicles tile move.
"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from lsa_desktop.domain.enums import AssetStatus
from lsa_desktop.services.dashboard_model import TileKey
from lsa_desktop.store.models import Asset, EquipmentType
from lsa_desktop.views.main_window import MainWindow
from lsa_desktop.views.pages.dashboard_page import DashboardPage

WAIT = 20_000


@pytest.fixture
def window(qtbot, bind_app, demo_store):
    window = MainWindow(bind_app(demo_store), ask_first_start=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.current_page
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.figures is not None and not page.loading, timeout=WAIT)
    qtbot.waitUntil(lambda: page.charts.built, timeout=WAIT)
    return window


def test_the_worst_units_bar_opens_the_rows_behind_it(qtbot, window):
    page = window.current_page
    worst = min(page.figures.units, key=lambda bar: bar.readiness_pct)
    chart = page.charts.units
    bar = next(i for i in range(chart.target_count()) if chart.target_behind(i) == worst.behind)
    page.ui.scrollArea.ensureWidgetVisible(chart)
    qtbot.mouseClick(
        chart.canvas.viewport(), Qt.MouseButton.LeftButton, pos=chart.target_point(bar)
    )
    qtbot.waitUntil(lambda: window.current_page is not page, timeout=WAIT)
    assert window.page_names()[window.current_index] == worst.behind.page
    register = window.current_page
    qtbot.waitUntil(lambda: not register.loading, timeout=WAIT)
    assert worst.code in register.findChild(QComboBox, "unitFilter").currentText()
    shown, total = register.counts()
    assert 0 < shown < total  # the rows behind the bar, not the whole register


def test_a_vehicle_put_out_of_service_moves_the_tile_and_the_next_pdf(
    qtbot, window, dialogs, tmp_path
):
    app = window.app
    page = window.current_page
    before = page.figures.tile(TileKey.VEHICLES)
    with app.services.store.read() as session:
        vehicle_id = session.execute(
            select(Asset.id)
            .join(EquipmentType, EquipmentType.id == Asset.equipment_type_id)
            .where(EquipmentType.is_vehicle, Asset.status == AssetStatus.IN_SERVICE)
            .where(Asset.archived.is_(False))
            .limit(1)
        ).scalar_one()
    first = page.figures
    app.tasks.run(
        lambda: app.services.fleet.set_status([vehicle_id], AssetStatus.UNSERVICEABLE), write=True
    )
    qtbot.waitUntil(lambda: page.figures is not first and not page.loading, timeout=WAIT)
    after = page.figures.tile(TileKey.VEHICLES)
    assert (after.value, after.out_of) == (before.value - 1, before.out_of)
    tile = page.tiles[TileKey.VEHICLES]
    assert tile.value_label.text() == f"{after.value:,}"
    dialogs.save_file = str(tmp_path / "after.pdf")
    with qtbot.waitSignal(page.printing.pdfSaved, timeout=WAIT):
        page.ui.pdfButton.click()
    text = pdf_text(tmp_path / "after.pdf")
    assert f"{after.value:,} of {after.out_of:,}" in text
    assert f"{before.value:,} of {before.out_of:,}" not in text


def pdf_text(path):
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


def test_a_tile_opens_its_register_filtered(qtbot, window):
    page = window.current_page
    tile = page.figures.tile(TileKey.VEHICLES)
    qtbot.mouseClick(page.tiles[TileKey.VEHICLES], Qt.MouseButton.LeftButton)
    assert window.page_names()[window.current_index] == "vehicles"
    register = window.current_page
    qtbot.waitUntil(lambda: not register.loading and register.counts() is not None, timeout=WAIT)
    assert register.ui.statusFilter.currentData() == AssetStatus.IN_SERVICE.value
    assert register.counts()[0] == tile.value  # every vehicle in service, and only those
