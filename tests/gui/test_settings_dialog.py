"""File > Settings…: the readiness thresholds, the paper and the classification marking, shown,
checked at the field, saved to the settings file and followed at once (``settingsChanged``)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from lsa_desktop import paths
from lsa_desktop.settings import Settings
from lsa_desktop.views.dialogs.settings_dialog import SettingsDialog

WAIT = 10_000


@pytest.fixture
def app(bind_app, tmp_store):
    settings = Settings(
        user_name="Insp. Wanjiru",
        readiness_threshold_pct=85.0,
        amber_threshold_pct=70.0,
        paper_size="Letter",
        classification="CONFIDENTIAL",
    )
    return bind_app(tmp_store, settings)


@pytest.fixture
def dialog(qtbot, app):
    dialog = SettingsDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ok_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def retype(qtbot, field, text):
    """Select what the field holds and type over it, as a person would."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def saved_file():
    return json.loads(paths.settings_path().read_text(encoding="utf-8"))


def test_it_shows_the_settings_in_force_and_says_the_threshold_is_an_assumption(dialog):
    ui = dialog.ui
    assert ui.readiness_threshold_pct.text() == "85.0 %"
    assert ui.amber_threshold_pct.text() == "70.0 %"
    assert ui.paper_size.currentText() == "Letter (8.5 × 11 in)"
    assert ui.classification.text() == "CONFIDENTIAL"
    assert "assumption" in ui.thresholdNote.text()
    assert "MOU" in ui.thresholdNote.text()
    assert dialog.problem_text() == ""


def test_an_amber_threshold_not_below_the_threshold_is_refused_at_the_field(qtbot, dialog, app):
    retype(qtbot, dialog.ui.amber_threshold_pct, "85")

    assert "must be below the readiness threshold (85.0 %)" in dialog.problem_text()
    assert dialog.ui.amber_threshold_pctError.isVisible()
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not get round it
    assert dialog.isVisible()
    assert app.settings.amber_threshold_pct == 70.0

    retype(qtbot, dialog.ui.readiness_threshold_pct, "90")  # the other side may fix it too

    assert dialog.problem_text() == ""
    assert not dialog.ui.amber_threshold_pctError.isVisible()
    assert ok_button(dialog).isEnabled()


def test_ok_applies_at_once_and_saves_the_file(qtbot, dialog, app):
    retype(qtbot, dialog.ui.readiness_threshold_pct, "92.5")
    retype(qtbot, dialog.ui.amber_threshold_pct, "80")
    dialog.ui.paper_size.setCurrentIndex(dialog.ui.paper_size.findData("A4"))
    retype(qtbot, dialog.ui.classification, "  RESTRICTED   MSS ")

    with qtbot.waitSignal(app.settingsChanged, timeout=WAIT):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    settings = app.settings
    assert (settings.readiness_threshold_pct, settings.amber_threshold_pct) == (92.5, 80.0)
    assert (settings.paper_size, settings.classification) == ("A4", "RESTRICTED MSS")
    qtbot.waitUntil(lambda: paths.settings_path().is_file(), timeout=WAIT)
    qtbot.waitUntil(lambda: app.tasks.is_idle, timeout=WAIT)
    written = saved_file()
    assert written["readiness_threshold_pct"] == 92.5
    assert written["amber_threshold_pct"] == 80.0
    assert written["paper_size"] == "A4"
    assert written["classification"] == "RESTRICTED MSS"
    assert written["user_name"] == "Insp. Wanjiru"  # the rest of the file kept
    assert Settings.load() == settings


def test_ok_without_a_change_announces_nothing(qtbot, dialog, app):
    with qtbot.assertNotEmitted(app.settingsChanged):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not paths.settings_path().exists()


def test_cancel_changes_nothing(qtbot, dialog, app):
    retype(qtbot, dialog.ui.readiness_threshold_pct, "60")
    with qtbot.assertNotEmitted(app.settingsChanged):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert app.settings.readiness_threshold_pct == 85.0


def test_restore_defaults_fills_the_fields_and_saves_nothing_until_ok(qtbot, dialog, app):
    with qtbot.assertNotEmitted(app.settingsChanged):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    ui = dialog.ui
    assert (ui.readiness_threshold_pct.value(), ui.amber_threshold_pct.value()) == (90.0, 75.0)
    assert ui.paper_size.currentData() == "A4"
    assert ui.classification.text() == "RESTRICTED"
    assert app.settings.readiness_threshold_pct == 85.0


def test_file_settings_opens_it_and_the_paper_menu_follows(qtbot, main_window, lsa_app):
    assert "&Settings…" in [action.text() for action in main_window.ui.menuFile.actions()]
    main_window.settings_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    assert dialog.isVisible() and dialog.parent() is main_window
    assert main_window.personal.paper_actions["A4"].isChecked()

    dialog.ui.paper_size.setCurrentIndex(dialog.ui.paper_size.findData("Letter"))
    with qtbot.waitSignal(lsa_app.settingsChanged, timeout=WAIT):
        ok_button(dialog).click()

    assert main_window.personal.paper_actions["Letter"].isChecked()
    assert lsa_app.settings.paper_size == "Letter"
