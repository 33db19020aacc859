"""Who is at the keyboard: the name the history records, asked on the first start.

Until accounts arrive, the person's name is a setting (``settings.user_name``). Every change saved
is recorded under ``store.user``, so the name is asked before anything is written, and an empty
name is refused: the history would otherwise show the computer's login name, which says nothing
to the next officer who reads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lsa_desktop.views.forms.ui_user_name_dialog import Ui_UserNameDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


class UserNameDialog(QDialog):
    """Asks for the name; on OK saves it to the settings and makes it the store's user."""

    def __init__(self, app: LsaApplication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.ui = Ui_UserNameDialog()
        self.ui.setupUi(self)
        self.ui.user_name.setText(app.settings.user_name)
        self.ui.user_name.textEdited.connect(self._clear_problem)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.user_name.setFocus()

    def problem_text(self) -> str:
        """The reason shown under the field ("" when none)."""
        label = self.ui.user_nameError
        return label.text() if label.isVisible() else ""

    def accept(self) -> None:
        name = " ".join(self.ui.user_name.text().split())
        if not name:
            self._show_problem(
                self.tr(
                    "Type your name: the history records it beside every change you save. "
                    "Rank, initials and surname are enough."
                )
            )
            return
        settings = self._app.settings
        settings.user_name = name
        self._app.services.store.user = name
        self._app.tasks.run(settings.save, parent=self, show_progress=False)
        super().accept()

    def _show_problem(self, text: str) -> None:
        self.ui.user_nameError.setText(text)
        self.ui.user_nameError.setVisible(True)
        self.ui.user_name.setFocus()

    def _clear_problem(self) -> None:
        self.ui.user_nameError.setVisible(False)


def ask_user_name(app: LsaApplication, parent: QWidget | None = None) -> bool:
    """Ask for the person's name if the settings have none; True if a name is set afterwards.

    Blocks in the dialog's own event loop (call it from the event loop, before the first-start
    offer, so that the demo and everything after it are recorded under the name). Cancelling
    leaves the name unset: changes are then recorded under the computer's login name, and the
    question comes back at the next start.
    """
    if app.settings.user_name.strip():
        return True
    dialog = UserNameDialog(app, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
