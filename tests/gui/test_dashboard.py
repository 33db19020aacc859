"""The Dashboard page on the small hand-built mission (see conftest): its tiles, its unit table,
its filters, and what it reads again when the data or the settings change.

The small mission: three Kenyan units of 10 authorised officers with 10, 8 and 5 present (23 of
30), no vehicles, no critical equipment authorised, one requisition awaiting a decision.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.services.dashboard_model import RowsBehind, Scope, Tile, TileKey
from lsa_desktop.store.models import Person
from lsa_desktop.views.pages.dashboard_page import DashboardPage
from lsa_desktop.views.pages.dashboard_table import BAND_STYLES
from lsa_desktop.views.pages.dashboard_tile import TONE_COLOURS, DashboardTile, Tone
from lsa_desktop.views.pages.dashboard_tiles import tile_text
from lsa_desktop.views.pages.row_list_model import ROW_ROLE, SORT_ROLE

WAIT = 10_000


def open_dashboard(qtbot, app, *, show=False):
    page = DashboardPage(app.services, app.tasks, app.settings, app=app)
    qtbot.addWidget(page)
    if show:
        page.resize(1200, 900)
        page.show()
    qtbot.waitUntil(lambda: page.figures is not None and not page.loading, timeout=WAIT)
    return page


def reread(qtbot, page, change):
    """Do ``change`` (which makes the page read again) and wait for the new figures."""
    first = page.figures
    change()
    qtbot.waitUntil(lambda: page.figures is not first and not page.loading, timeout=WAIT)


def column(page, title):
    model = page.proxy
    for section in range(model.columnCount()):
        if model.headerData(section, Qt.Orientation.Horizontal) == title:
            return section
    raise AssertionError(f"no column {title!r}")


def table_text(page):
    model = page.proxy
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def tile_words(tile):
    return [
        tile.value_label.text(),
        tile.out_of_label.text(),
        tile.caption_label.text(),
        tile.detail_label.text(),
    ]


# --- the unit table ------------------------------------------------------------------------------


def test_each_unit_shows_its_figures_and_band(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    assert table_text(page) == [
        ["KEN-FPU-1", "Formed Police Unit 1", "Kenya", "10 / 10", "100.0 %", "100.0 %", "—",
         "Green", "Met"],
        ["KEN-FPU-2", "Formed Police Unit 2", "Kenya", "8 / 10", "80.0 %", "80.0 %", "—",
         "Amber", "Met"],
        ["KEN-FPU-3", "Formed Police Unit 3", "Kenya", "5 / 10", "50.0 %", "50.0 %", "—",
         "Red", "Below"],
    ]  # fmt: skip


def test_bands_are_coloured_cells(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    band = column(page, "Band")
    colours = [
        page.proxy.index(row, band).data(Qt.ItemDataRole.BackgroundRole).color() for row in range(3)
    ]
    assert colours == [QColor(BAND_STYLES[unit.band].background) for unit in page.report.units]
    assert len(set(c.name() for c in colours)) == 3


def test_readiness_sorts_as_numbers(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    readiness = column(page, "Readiness")
    page.ui.table.sortByColumn(readiness, Qt.SortOrder.AscendingOrder)
    codes = [page.proxy.index(row, 0).data(ROW_ROLE).code for row in range(3)]
    assert codes == ["KEN-FPU-3", "KEN-FPU-2", "KEN-FPU-1"]  # 50 < 80 < 100, not "100" < "50"
    assert page.proxy.index(0, readiness).data(SORT_ROLE) == 50.0


def test_the_table_shows_every_unit_without_a_scroll_bar_of_its_own(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app, show=True)
    table = page.ui.table
    assert table.viewport().height() >= 3 * table.verticalHeader().defaultSectionSize()
    assert not table.verticalScrollBar().isVisible()


def test_a_unit_activated_in_the_table_asks_for_the_rows_behind_its_bar(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    index = page.proxy.index(2, 0)  # KEN-FPU-3, limited by its strength
    with qtbot.waitSignal(page.rowsRequested) as asked:
        page.ui.table.activated.emit(index)
    bar = next(bar for bar in page.figures.units if bar.code == "KEN-FPU-3")
    assert asked.args == [bar.behind]
    assert bar.behind == RowsBehind.of("personnel", unit_id=bar.unit_id)


def test_the_model_passes_qtmodeltester(qtbot, qtmodeltester, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)


# --- the header ------------------------------------------------------------------------------------


def test_the_header_gives_the_scope_date_time_and_thresholds(qtbot, lsa_app):
    lsa_app.settings.readiness_threshold_pct = 85.0
    page = open_dashboard(qtbot, lsa_app)
    first, second = page.ui.asOfLabel.text().split("\n")
    assert first.startswith("All contingents: readiness as of ")
    assert ", read at " in first
    assert first.endswith("Green at or above 85 %, amber at or above 75 %, red below.")
    assert second == "3 units: 1 green, 1 amber, 1 red; 1 below minimum operational strength."


# --- the tiles -------------------------------------------------------------------------------------


def test_the_tiles_give_the_figures_and_what_they_count(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    words = {key: tile_words(tile) for key, tile in page.tiles.items()}
    assert words == {
        TileKey.STRENGTH: ["23", "of 30", "Officers present", "76.7 % · Amber"],
        TileKey.VEHICLES: ["0", "of 0", "Vehicles serviceable", "None held"],
        TileKey.CRITICAL_GAPS: ["0", "", "Critical equipment gaps", "None"],
        TileKey.OVERDUE_MAINTENANCE: ["0", "", "Overdue for service", "Nothing overdue"],
        TileKey.EXPIRING_QUALIFICATIONS: ["0", "", "Qualifications expiring", "Within 30 days"],
        TileKey.AWAITING_APPROVAL: ["1", "", "Requisitions awaiting approval",
                                    "Awaiting a decision"],
    }  # fmt: skip
    strength = page.tiles[TileKey.STRENGTH]
    assert strength.toolTip().startswith(
        "23 officers present (status Active) of an authorised strength of 30: 76.7 %, amber "
        "(green at or above 90 %, amber at or above 75 %)."
    )
    assert strength.accessibleName() == "Officers present 23 of 30"


def test_the_edge_of_a_tile_repeats_its_band_or_that_something_waits(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    tones = {key: tile.tone for key, tile in page.tiles.items()}
    assert tones == {
        TileKey.STRENGTH: Tone.WARNING,  # 76.7 %: amber
        TileKey.VEHICLES: Tone.NEUTRAL,  # none held: no share to band
        TileKey.CRITICAL_GAPS: Tone.GOOD,
        TileKey.OVERDUE_MAINTENANCE: Tone.GOOD,
        TileKey.EXPIRING_QUALIFICATIONS: Tone.GOOD,
        TileKey.AWAITING_APPROVAL: Tone.WARNING,  # one waits for a decision
    }
    assert TONE_COLOURS[Tone.WARNING] in page.tiles[TileKey.STRENGTH].styleSheet()


def test_a_tile_clicked_asks_for_the_rows_behind_its_figure(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app, show=True)
    tile = page.tiles[TileKey.AWAITING_APPROVAL]
    with qtbot.waitSignal(page.rowsRequested) as asked:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert asked.args == [RowsBehind.of("requisitions", status="SUBMITTED")]


def test_a_tile_answers_the_keyboard(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app, show=True)
    tile = page.tiles[TileKey.STRENGTH]
    tile.setFocus()
    assert tile.hasFocus()
    with qtbot.waitSignal(page.rowsRequested) as asked:
        qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert asked.args == [page.figures.tile(TileKey.STRENGTH).behind]
    with qtbot.waitSignal(page.rowsRequested):
        qtbot.keyClick(tile, Qt.Key.Key_Space)


def test_a_figure_a_past_day_cannot_know_is_said_so_not_shown_as_zero():
    tile = Tile(TileKey.OVERDUE_MAINTENANCE, None, None, None, RowsBehind.of("maintenance"))
    text = tile_text(tile, 90.0, 75.0)
    assert (text.value, text.detail, text.tone) == ("—", "Not in past snapshots", Tone.NEUTRAL)


def test_a_tile_measures_a_longer_figure_at_once(qtbot):
    tile = DashboardTile()
    qtbot.addWidget(tile)
    tile.set_figure("980", "of 1,000", "Officers present", "98.0 % · Green", Tone.GOOD, "")
    before = tile.minimumSizeHint().width()
    tile.set_figure("118,600", "of 134,600", "Officers present", "88.1 % · Amber", Tone.WARNING, "")
    needed = (
        tile.value_label.minimumSizeHint().width() + tile.out_of_label.minimumSizeHint().width()
    )
    # Measured at once, before any layout pass: the page lays the tiles out for the new figure.
    assert tile.minimumSizeHint().width() > max(needed, before)


# --- filters, data and settings ------------------------------------------------------------------


def test_the_unit_filter_applies_to_the_whole_page(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    units = page.ui.unitFilter
    assert [units.itemText(i) for i in range(units.count())] == [
        "All units",
        "KEN-FPU-1 — Formed Police Unit 1",
        "KEN-FPU-2 — Formed Police Unit 2",
        "KEN-FPU-3 — Formed Police Unit 3",
    ]
    with qtbot.waitSignal(page.countChanged) as counted:
        units.setCurrentIndex(3)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert counted.args == [1, 3]
    unit_id = page.options.units[2].id
    assert page.figures.scope == Scope(unit_id=unit_id)
    assert [row[0] for row in table_text(page)] == ["KEN-FPU-3"]
    assert tile_words(page.tiles[TileKey.STRENGTH])[:2] == ["5", "of 10"]
    assert page.ui.asOfLabel.text().startswith("KEN-FPU-3: readiness as of ")
    assert page.trend.series == () or {s.code for s in page.trend.series} == {"KEN-FPU-3"}
    assert page.counts() == (1, 3)


def test_a_contingent_chosen_offers_its_units_only(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    contingents = page.ui.contingentFilter
    assert [contingents.itemText(i) for i in range(contingents.count())] == [
        "All contingents",
        "Kenya",
    ]
    page.ui.unitFilter.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    reread(qtbot, page, lambda: contingents.setCurrentIndex(1))
    kenya = page.options.contingents[0].id
    assert page.scope() == Scope(contingent_id=kenya, unit_id=page.options.units[0].id)
    assert page.ui.unitFilter.count() == 4  # every unit is Kenyan: the unit chosen stays
    reread(qtbot, page, lambda: contingents.setCurrentIndex(0))
    assert page.figures.scope == Scope(unit_id=page.options.units[0].id)


def test_a_write_elsewhere_refreshes_the_dashboard(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    lsa_app.dataChanged.connect(page.refresh)

    def add_two_officers():
        with lsa_app.services.store.write() as s:
            unit_id = page.options.units[2].id
            for n in range(2):
                s.add(
                    Person(
                        service_number=f"NEW-{n}",
                        surname="Arrived",
                        unit_id=unit_id,
                        status=PersonStatus.ACTIVE,
                    )
                )

    reread(qtbot, page, lambda: lsa_app.tasks.run(add_two_officers, write=True))
    assert page.report.units[2].personnel.present == 7
    assert tile_words(page.tiles[TileKey.STRENGTH])[:2] == ["25", "of 30"]


def test_new_thresholds_in_the_settings_band_the_page_again(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    assert page.report.units[1].band.value == "amber"  # 80 % against 90 / 75
    reread(qtbot, page, lambda: lsa_app.update_settings(readiness_threshold_pct=80.0))
    assert page.figures.threshold_pct == 80.0
    assert page.report.units[1].band.value == "green"
    assert "Green at or above 80 %" in page.ui.asOfLabel.text()


def test_the_trend_period_is_read_again_alone(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    figures = page.figures
    assert page.trend.days == 30 and page.ui.trend30Button.isChecked()
    page.ui.trend365Button.click()
    qtbot.waitUntil(lambda: page.trend.days == 365 and not page.loading, timeout=WAIT)
    assert page.figures is figures  # the rest of the page was not read again
    assert page.ui.trend365Button.isChecked() and not page.ui.trend30Button.isChecked()


def test_the_last_filter_chosen_is_what_shows(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    first = page.figures
    page.ui.unitFilter.setCurrentIndex(1)  # a read of KEN-FPU-1 starts...
    page.ui.unitFilter.setCurrentIndex(2)  # ...and KEN-FPU-2 is chosen before it ends
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert page.figures is not first
    assert [row[0] for row in table_text(page)] == ["KEN-FPU-2"]
    assert page.figures.scope.unit_id == page.options.units[1].id


def test_the_window_does_not_import_the_charts_before_the_dashboard_is_painted():
    code = (
        "import importlib, sys\n"
        "from lsa_desktop.gui import WINDOW_MODULES\n"
        "for name in WINDOW_MODULES:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in ('pyqtgraph', 'lsa_desktop.views.charts') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- charts and an empty database -------------------------------------------------------------------


def test_the_charts_are_built_once_the_page_is_painted_and_show_its_figures(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    assert not page.charts.built  # never shown: no chart, pyqtgraph not needed yet
    page.show()
    qtbot.waitUntil(lambda: page.charts.built, timeout=WAIT)
    assert page.charts.units.target_count() == 3
    assert page.charts.strength.target_count() == 1
    trend = page.charts.trend  # each unit's line opens what its bar opens
    assert trend.target_count() == 3
    lines = sorted((trend.target_behind(i) for i in range(3)), key=repr)
    assert lines == sorted((bar.behind for bar in page.figures.units), key=repr)


def test_an_empty_database_says_so_instead_of_an_empty_page(qtbot, bind_app, empty_store):
    app = bind_app(empty_store)
    page = open_dashboard(qtbot, app, show=True)
    assert page.ui.emptyLabel.isVisible()
    assert not page.ui.scrollArea.isVisible()
    assert not page.ui.printButton.isEnabled() and not page.print_action.isEnabled()
    assert not page.ui.unitFilter.isEnabled()
    assert "no units" in page.ui.emptyLabel.text()
    assert page.counts() == (0, 0)


# --- the layout follows the width -----------------------------------------------------------------


def tile_rows(page):
    layout = page.ui.tilesLayout
    return [layout.getItemPosition(layout.indexOf(tile))[0] for tile in page.tiles.values()]


def chart_columns(page):
    layout = page.ui.chartsLayout
    return {layout.getItemPosition(layout.indexOf(box))[1] for box in page.charts.boxes()}


def test_a_laptop_screen_shows_the_six_tiles_in_a_row_and_two_charts_a_row(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app, show=True)
    page.resize(1366 - 200, 700)  # a 1366 x 768 laptop, less the navigation
    qtbot.waitUntil(lambda: tile_rows(page) == [0] * 6)
    assert chart_columns(page) == {0, 1}
    for tile in page.tiles.values():  # every figure whole
        assert tile.value_label.width() >= tile.value_label.sizeHint().width()
        assert tile.out_of_label.width() >= tile.out_of_label.sizeHint().width()


def test_a_narrow_window_puts_the_tiles_on_two_rows_and_the_charts_in_one_column(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app, show=True)
    page.resize(700, 600)
    qtbot.waitUntil(lambda: tile_rows(page) == [0, 0, 0, 1, 1, 1])
    assert chart_columns(page) == {0}
    page.resize(1200, 600)
    qtbot.waitUntil(lambda: tile_rows(page) == [0] * 6)
    assert chart_columns(page) == {0, 1}
