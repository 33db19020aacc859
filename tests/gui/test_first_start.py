"""The first start on an empty database: the three choices, and the demo mission loaded from them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from lsa_desktop import paths
from lsa_desktop.settings import Settings
from lsa_desktop.views.dialogs.first_start_dialog import FirstStartDialog
from lsa_desktop.views.main_window import MainWindow
from lsa_desktop.views.pages.dashboard_page import DashboardPage

DEMO_WAIT = 120_000  # building the demo mission takes seconds; a slow CI machine gets room
WAIT = 10_000


def open_window(qtbot, app):
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_for_dialog(qtbot):
    def dialogs():
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstStartDialog) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=WAIT)
    return dialogs()[0]


@pytest.fixture
def first_start_app(bind_app, empty_store):
    return bind_app(empty_store, Settings())


def saved_settings():
    path = paths.settings_path()
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_an_empty_database_offers_the_three_choices(qtbot, first_start_app):
    open_window(qtbot, first_start_app)
    dialog = wait_for_dialog(qtbot)
    assert dialog.ui.demoButton.isEnabled()
    assert dialog.ui.importButton.isEnabled()
    assert dialog.ui.emptyButton.isEnabled()
    assert dialog.isModal()


def test_import_from_excel_opens_the_wizard(qtbot, first_start_app):
    from lsa_desktop.views.dialogs.import_wizard import ImportWizard

    window = open_window(qtbot, first_start_app)
    dialog = wait_for_dialog(qtbot)
    with qtbot.waitSignal(window.first_start.wizardOpened, timeout=WAIT) as opened:
        dialog.ui.importButton.click()
    wizard = opened.args[0]
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert not dialog.isVisible()
    # Nothing imported yet: the question is asked again at the next start.
    wizard.reject()
    assert not first_start_app.settings.first_start_done


def test_loading_the_demo_fills_the_dashboard(qtbot, first_start_app):
    window = open_window(qtbot, first_start_app)
    dialog = wait_for_dialog(qtbot)
    with qtbot.waitSignal(window.first_start.demoLoaded, timeout=DEMO_WAIT):
        dialog.ui.demoButton.click()
    assert not dialog.isVisible()
    page = window.current_page
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 5, timeout=WAIT)
    bands = {page.model.row_at(r).band for r in range(page.model.rowCount())}
    assert len(bands) >= 2  # the demo's shortages show: not every unit is green
    qtbot.waitUntil(lambda: saved_settings().get("first_start_done") is True, timeout=WAIT)
    assert first_start_app.settings.first_start_done


def test_starting_empty_is_remembered(qtbot, first_start_app):
    open_window(qtbot, first_start_app)
    dialog = wait_for_dialog(qtbot)
    dialog.ui.emptyButton.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: saved_settings().get("first_start_done") is True, timeout=WAIT)


def test_closing_the_dialog_asks_again_next_time(qtbot, first_start_app):
    window = open_window(qtbot, first_start_app)
    wait_for_dialog(qtbot).reject()
    assert not first_start_app.settings.first_start_done
    window.close()
    open_window(qtbot, first_start_app)
    wait_for_dialog(qtbot).reject()


def test_a_database_with_data_is_not_a_first_start(qtbot, bind_app, small_store):
    app = bind_app(small_store, Settings())
    window = open_window(qtbot, app)
    qtbot.waitUntil(lambda: app.tasks.is_idle, timeout=WAIT)
    assert window.first_start.dialog is None


def test_once_chosen_the_question_is_not_asked_again(qtbot, bind_app, empty_store):
    app = bind_app(empty_store, Settings(first_start_done=True))
    window = open_window(qtbot, app)
    qtbot.waitUntil(lambda: app.tasks.is_idle, timeout=WAIT)
    assert window.first_start.dialog is None
