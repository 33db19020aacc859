"""The Dashboard's unit readiness table, on the small hand-built mission (see conftest)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.store.models import Person
from lsa_desktop.views.pages.dashboard_page import BAND_STYLES, DashboardPage
from lsa_desktop.views.pages.row_list_model import ROW_ROLE, SORT_ROLE

WAIT = 10_000


def open_dashboard(qtbot, app):
    page = DashboardPage(app.services, app.tasks, app.settings)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.report is not None and not page.loading, timeout=WAIT)
    return page


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


def test_each_unit_shows_its_figures_and_band(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    assert table_text(page) == [
        [
            "KEN-FPU-1",
            "Formed Police Unit 1",
            "Kenya",
            "10 / 10",
            "100.0 %",
            "100.0 %",
            "—",
            "Green",
            "Met",
        ],
        [
            "KEN-FPU-2",
            "Formed Police Unit 2",
            "Kenya",
            "8 / 10",
            "80.0 %",
            "80.0 %",
            "—",
            "Amber",
            "Met",
        ],
        [
            "KEN-FPU-3",
            "Formed Police Unit 3",
            "Kenya",
            "5 / 10",
            "50.0 %",
            "50.0 %",
            "—",
            "Red",
            "Below",
        ],
    ]


def test_bands_are_coloured_cells(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    band = column(page, "Band")
    colours = [
        page.proxy.index(row, band).data(Qt.ItemDataRole.BackgroundRole).color() for row in range(3)
    ]
    assert colours == [QColor(BAND_STYLES[unit.band].background) for unit in page.report.units]
    assert len(set(c.name() for c in colours)) == 3


def test_the_header_gives_the_date_and_thresholds(qtbot, lsa_app):
    lsa_app.settings.readiness_threshold_pct = 85.0
    page = open_dashboard(qtbot, lsa_app)
    text = page.ui.asOfLabel.text()
    assert text.startswith("Readiness as of ")
    assert "green at or above 85 %, amber at or above 75 %" in text
    assert "3 units: 1 green, 1 amber, 1 red; 1 below minimum operational strength." in text


def test_readiness_sorts_as_numbers(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    readiness = column(page, "Readiness")
    page.ui.table.sortByColumn(readiness, Qt.SortOrder.AscendingOrder)
    codes = [page.proxy.index(row, 0).data(ROW_ROLE).code for row in range(3)]
    assert codes == ["KEN-FPU-3", "KEN-FPU-2", "KEN-FPU-1"]  # 50 < 80 < 100, not "100" < "50"
    assert page.proxy.index(0, readiness).data(SORT_ROLE) == 50.0


def test_a_write_elsewhere_refreshes_the_dashboard(qtbot, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    lsa_app.dataChanged.connect(page.refresh)
    first = page.report

    def add_two_officers():
        with lsa_app.services.store.write() as s:
            unit_id = _unit_id(s, "KEN-FPU-3")
            for n in range(2):
                s.add(
                    Person(
                        service_number=f"NEW-{n}",
                        surname="Arrived",
                        unit_id=unit_id,
                        status=PersonStatus.ACTIVE,
                    )
                )

    with qtbot.waitSignal(page.countChanged, timeout=WAIT):
        lsa_app.tasks.run(add_two_officers, write=True)
    qtbot.waitUntil(lambda: page.report is not first and not page.loading, timeout=WAIT)
    assert page.report.units[2].personnel.present == 7


def _unit_id(session, code):
    from sqlmodel import select

    from lsa_desktop.store.models import Unit

    return session.exec(select(Unit.id).where(Unit.code == code)).one()


def test_an_empty_database_says_so_instead_of_an_empty_table(qtbot, bind_app, empty_store):
    app = bind_app(empty_store)
    page = open_dashboard(qtbot, app)
    page.show()
    assert page.ui.emptyLabel.isVisible()
    assert not page.ui.table.isVisible()
    assert "no units" in page.ui.emptyLabel.text()


def test_the_model_passes_qtmodeltester(qtbot, qtmodeltester, lsa_app):
    page = open_dashboard(qtbot, lsa_app)
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)
