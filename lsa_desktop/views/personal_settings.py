"""The File menu's personal settings: who is at the keyboard, and the paper printed documents use.

Both are per-person settings (the settings file in the user's data folder), changed where an
officer looks for them before printing or handing the laptop over; the rules the whole mission
shares (approvers) live in the database instead (Requisitions > Approval rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from lsa_desktop.views.dialogs.user_name_dialog import UserNameDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


class PersonalSettings(QObject):
    """Adds "Change user name..." and "Paper size" to ``menu``; ``userChanged`` after a new name."""

    userChanged = Signal(str)

    def __init__(self, app: LsaApplication, window: QWidget, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self.dialog: UserNameDialog | None = None  # the last name dialog opened
        self.change_user = QAction(self.tr("Change &user name…"), window)
        self.change_user.setObjectName("actionChangeUser")
        self.change_user.triggered.connect(self.ask_user_name)
        self.paper_menu = QMenu(self.tr("&Paper size"), window)
        self.paper_menu.setObjectName("menuPaperSize")
        # The values of reports.printing.PaperSize, not imported here: that module loads Qt's print
        # support, which the window does not need until something is printed.
        self.paper_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        current = "Letter" if app.settings.paper_size.strip().lower() == "letter" else "A4"
        for paper, text in (("A4", self.tr("A4")), ("Letter", self.tr("Letter"))):
            action = QAction(text, window, checkable=True)
            action.setObjectName(f"actionPaper{paper}")
            action.setChecked(paper == current)
            action.triggered.connect(lambda _checked=False, p=paper: self.set_paper(p))
            group.addAction(action)
            self.paper_menu.addAction(action)
            self.paper_actions[paper] = action
        menu.insertAction(before, self.change_user)
        menu.insertMenu(before, self.paper_menu)
        menu.insertSeparator(before)

    def ask_user_name(self) -> UserNameDialog:
        """Ask for the name the history records from now on (another officer takes the laptop);
        the dialog is window-modal and returned, and deletes itself when closed."""
        dialog = UserNameDialog(self._app, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.userChanged.emit(self._app.settings.current_user))
        dialog.open()
        self.dialog = dialog
        return dialog

    def set_paper(self, paper: str) -> None:
        """Print and save PDFs on ``paper`` ("A4" or "Letter") from now on; kept in the settings."""
        if self._app.settings.paper_size != paper:
            self._app.update_settings(paper_size=paper)  # File > Settings… follows at once
