"""The name the history records: asked once, refused empty, saved to the settings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from lsa_desktop.app import LsaApplication
from lsa_desktop.settings import Settings
from lsa_desktop.views.dialogs.user_name_dialog import UserNameDialog, ask_user_name


@pytest.fixture
def app(bind_app: Any, empty_store: Any) -> LsaApplication:
    return bind_app(empty_store, Settings())


def test_an_empty_name_is_refused_with_a_sentence(qtbot: Any, app: LsaApplication) -> None:
    dialog = UserNameDialog(app)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.ui.user_name, "   ")
    qtbot.keyClick(dialog.ui.user_name, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.problem_text().startswith("Type your name")
    assert app.settings.user_name == ""
    qtbot.keyClick(dialog.ui.user_name, Qt.Key.Key_S)
    assert dialog.problem_text() == ""  # typing clears the reason


def test_the_name_is_saved_and_becomes_the_store_user(qtbot: Any, app: LsaApplication) -> None:
    dialog = UserNameDialog(app)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.ui.user_name, "  Sgt  J. Otieno ")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.user_name, Qt.Key.Key_Return)

    assert app.settings.user_name == "Sgt J. Otieno"
    assert app.services.store.user == "Sgt J. Otieno"
    qtbot.waitUntil(lambda: app.tasks.is_idle)
    assert Settings.load().user_name == "Sgt J. Otieno"


def test_ask_user_name_asks_only_when_no_name_is_set(
    qtbot: Any, app: LsaApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(dialog: UserNameDialog) -> int:
        dialog.ui.user_name.setText("Insp. Wanjiru")
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(UserNameDialog, "exec", answer)
    assert ask_user_name(app) is True
    assert app.settings.user_name == "Insp. Wanjiru"

    monkeypatch.setattr(UserNameDialog, "exec", lambda dialog: pytest.fail("asked twice"))
    assert ask_user_name(app) is True


def test_cancelling_leaves_the_name_unset(qtbot: Any, app: LsaApplication, dialogs: Any) -> None:
    assert ask_user_name(app) is False  # the recorder answers Rejected, as Escape would
    assert "QDialog.exec" in dialogs.names()
    assert app.settings.user_name == ""
