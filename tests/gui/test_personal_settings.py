"""File > Change user name... and File > Paper size: what a person changes before handing the
laptop over or printing on the other paper, kept in their settings file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lsa_desktop.settings import Settings

WAIT = 10_000


def test_another_officer_takes_the_laptop(qtbot, main_window, lsa_app):
    main_window.personal.change_user.trigger()
    dialog = main_window.personal.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert dialog.ui.user_name.text() == "Test User"
    dialog.ui.user_name.selectAll()
    qtbot.keyClicks(dialog.ui.user_name, "  Supt.   Otieno ")
    qtbot.keyClick(dialog.ui.user_name, Qt.Key.Key_Return)
    assert lsa_app.services.store.user == "Supt. Otieno"
    assert main_window.user_label.text() == "User: Supt. Otieno"
    qtbot.waitUntil(lambda: Settings.load().user_name == "Supt. Otieno", timeout=WAIT)


def test_the_paper_size_is_kept_for_the_next_print(qtbot, main_window, lsa_app):
    actions = main_window.personal.paper_actions
    assert actions["A4"].isChecked() and not actions["Letter"].isChecked()
    assert main_window.personal.paper_menu.menuAction() in main_window.ui.menuFile.actions()
    actions["Letter"].trigger()
    assert actions["Letter"].isChecked() and not actions["A4"].isChecked()
    assert lsa_app.settings.paper_size == "Letter"
    qtbot.waitUntil(lambda: Settings.load().paper_size == "Letter", timeout=WAIT)
