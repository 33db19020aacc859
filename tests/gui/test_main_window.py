"""The main window on the small hand-built mission: navigation, shortcuts, status bar, menus."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from lsa_desktop import __version__
from lsa_desktop.domain.enums import Priority
from lsa_desktop.store.models import Requisition, Unit
from lsa_desktop.views.main_window import MainWindow
from lsa_desktop.views.pages.dashboard_page import DashboardPage
from lsa_desktop.views.pages.donors_page import DonorsPage
from lsa_desktop.views.pages.requisitions_page import RequisitionsPage

WAIT = 10_000
REQUISITIONS, DONORS = 4, 5


def click_navigation(qtbot, window, row):
    nav = window.ui.navigation
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def wait_loaded(qtbot, window):
    qtbot.waitUntil(lambda: not window.current_page.loading, timeout=WAIT)


def test_opens_on_the_dashboard_and_builds_no_other_page(main_window):
    assert isinstance(main_window.current_page, DashboardPage)
    assert main_window.ui.pages.count() == 1  # the registers are built on first visit
    assert main_window.ui.navigation.currentRow() == 0
    assert main_window.count_label.text() == "3 units"


def test_the_navigation_lists_every_page(main_window):
    nav = main_window.ui.navigation
    assert [nav.item(row).text() for row in range(nav.count())] == [
        "Dashboard",
        "Personnel",
        "Vehicles",
        "Equipment & gaps",
        "Requisitions",
        "Donors",
        "Units",
        "Qualifications",
        "Maintenance",
        "Inspections",
        "Change log",
    ]
    assert all(not nav.item(row).icon().isNull() for row in range(nav.count()))


def test_navigate_with_the_mouse(qtbot, main_window):
    click_navigation(qtbot, main_window, REQUISITIONS)
    assert isinstance(main_window.current_page, RequisitionsPage)
    wait_loaded(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.count_label.text() == "1 requisition")

    click_navigation(qtbot, main_window, DONORS)
    assert isinstance(main_window.current_page, DonorsPage)
    qtbot.waitUntil(lambda: main_window.count_label.text() == "2 donors")

    click_navigation(qtbot, main_window, 0)
    assert isinstance(main_window.current_page, DashboardPage)
    assert main_window.count_label.text() == "3 units"  # remembered, not read again


def test_navigate_with_ctrl_and_a_number(qtbot, main_window):
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(main_window.current_page, DonorsPage)
    assert main_window.ui.navigation.currentRow() == DONORS
    qtbot.keyClick(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(main_window.current_page, RequisitionsPage)
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(main_window.current_page, DashboardPage)
    assert main_window.findChild(QAction, "action_dashboard").isChecked()  # the View menu agrees


def test_the_status_bar_counts_what_the_filter_leaves(qtbot, main_window):
    main_window.show_page(DONORS)
    wait_loaded(qtbot, main_window)
    page = main_window.current_page
    qtbot.keyClicks(page.ui.filterEdit, "canada")
    assert main_window.count_label.text() == "1 of 2 donors"
    page.ui.filterEdit.clear()
    assert main_window.count_label.text() == "2 donors"


def test_the_status_bar_names_the_database_and_the_user(main_window, lsa_app):
    path = str(lsa_app.services.store.path)
    assert main_window.database_label.full_text() == f"Database: {path}"
    assert main_window.user_label.text() == f"User: {lsa_app.settings.current_user}"
    assert main_window.windowTitle() == f"LSA Desktop — {lsa_app.services.store.path.name}"


def test_a_write_refreshes_the_page_on_screen_and_later_the_hidden_ones(
    qtbot, main_window, lsa_app
):
    main_window.show_page(REQUISITIONS)
    wait_loaded(qtbot, main_window)
    main_window.show_page(DONORS)
    wait_loaded(qtbot, main_window)

    def raise_requisition():
        with lsa_app.services.store.write() as s:
            unit = s.exec(select(Unit).where(Unit.code == "KEN-FPU-1")).one()
            s.add(
                Requisition(
                    reference="REQ-2025-0002",
                    unit_id=unit.id,
                    requested_by="Sgt. Mwangi",
                    requested_on=date(2025, 3, 9),
                    priority=Priority.IMMEDIATE,
                )
            )

    donors = main_window.current_page
    with qtbot.waitSignal(donors.countChanged, timeout=WAIT):  # the page on screen reads again
        lsa_app.tasks.run(raise_requisition, write=True)
    requisitions = main_window.page("requisitions")
    assert requisitions.model.rowCount() == 1  # hidden: not read yet
    main_window.show_page(REQUISITIONS)
    qtbot.waitUntil(lambda: requisitions.model.rowCount() == 2, timeout=WAIT)
    assert main_window.count_label.text() == "2 requisitions"


def test_f5_reads_the_page_again(qtbot, main_window):
    page = main_window.current_page
    with qtbot.waitSignal(page.countChanged, timeout=WAIT):
        main_window.ui.actionRefresh.trigger()


def test_the_geometry_is_restored(qtbot, lsa_app, main_window):
    main_window.resize(QSize(640, 480))
    main_window.move(QPoint(40, 30))
    main_window.close()
    again = MainWindow(lsa_app)
    qtbot.addWidget(again)
    assert again.size() == QSize(640, 480)


def test_back_up_writes_a_copy_of_the_database(qtbot, main_window, dialogs, tmp_path):
    target = tmp_path / "copies" / "backup.sqlite3"
    dialogs.save_file = str(target)
    main_window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: len(_visible(QMessageBox)) == 1, timeout=WAIT)
    [box] = _visible(QMessageBox)
    assert box.text() == f"The database was backed up to {target}."
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    box.close()


def test_back_up_cancelled_in_the_file_dialog_does_nothing(qtbot, main_window, dialogs):
    dialogs.save_file = ""
    main_window.ui.actionBackup.trigger()
    assert dialogs.names() == ["getSaveFileName"]
    assert main_window.app.tasks.is_idle


def test_about_names_the_version_and_the_database(qtbot, main_window, lsa_app):
    main_window.ui.actionAbout.trigger()
    [box] = _visible(QMessageBox)
    assert __version__ in box.text() and str(lsa_app.services.store.path) in box.text()
    box.close()


def test_open_the_log_folder(main_window, dialogs):
    from lsa_desktop import paths

    main_window.ui.actionOpenLogFolder.trigger()
    assert dialogs.opened_urls == [str(paths.user_log_dir())]


def test_quit_closes_the_window(qtbot, main_window):
    main_window.ui.actionQuit.trigger()
    assert not main_window.isVisible()


def _visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


# --- on the demo mission ------------------------------------------------------------------------------

COUNT_TEXT = re.compile(r"^\d{1,3}(,\d{3})*( of \d{1,3}(,\d{3})*)? [a-z]+$")


@pytest.fixture
def demo_window(qtbot, bind_app, demo_store):
    window = MainWindow(bind_app(demo_store))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: not window.current_page.loading, timeout=WAIT)
    return window


def test_every_page_of_the_demo_opens_with_its_count(qtbot, demo_window):
    nouns = ["units", "officers", "vehicles", "rows", "requisitions", "donors", "units",
             "qualifications", "rows", "inspections", "changes"]  # fmt: skip
    for index, noun in enumerate(nouns):
        if index < 9:
            key = getattr(Qt.Key, f"Key_{index + 1}")
            qtbot.keyClick(demo_window, key, Qt.KeyboardModifier.ControlModifier)
        else:  # past Ctrl+9: the navigation list
            click_navigation(qtbot, demo_window, index)
        assert demo_window.current_index == index
        qtbot.waitUntil(
            lambda n=noun: demo_window.count_label.text().endswith(f" {n}"), timeout=WAIT
        )
        assert COUNT_TEXT.match(demo_window.count_label.text()), demo_window.count_label.text()
    assert demo_window.ui.pages.count() == len(nouns)


def test_the_demo_dashboard_shows_every_band(qtbot, demo_window):
    page = demo_window.current_page
    bands = {page.proxy.index(row, 7).data() for row in range(page.proxy.rowCount())}
    assert {"Red", "Amber"} <= bands  # the mission's real shortages show
    assert page.proxy.rowCount() >= 8


def test_a_filter_on_the_roll_shows_in_the_status_bar(qtbot, demo_window):
    click_navigation(qtbot, demo_window, 1)
    page = demo_window.current_page
    # The first page of rows comes at once, the rest from a worker: wait for the whole roll.
    qtbot.waitUntil(
        lambda: re.fullmatch(r"[\d,]+ officers", demo_window.count_label.text()) is not None,
        timeout=WAIT,
    )
    total = demo_window.count_label.text().split()[0]
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findText("Sick"))
    qtbot.waitUntil(lambda: f" of {total} officers" in demo_window.count_label.text(), timeout=WAIT)


def test_file_import_opens_the_import_wizard(qtbot, main_window):
    from lsa_desktop.views.dialogs.import_wizard import ImportWizard

    main_window.ui.actionImport.trigger()
    wizard = main_window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.currentId() == ImportWizard.FILE
    wizard.reject()
