"""The dialog shown for a bug: what happened in plain words, and details to copy into a report.

Only unexpected exceptions come here; a :class:`~lsa_desktop.errors.UserError` is a sentence in a
message box instead (see :mod:`lsa_desktop.views.dialogs.messages`). If more errors follow while
the dialog is open (a broken paint handler fails on every repaint), they are added to the same
dialog rather than stacking windows.
"""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from lsa_desktop import APP_NAME, __version__, paths
from lsa_desktop import log as app_log
from lsa_desktop.views.forms.ui_crash_dialog import Ui_CrashDialog

_SEPARATOR = "\n\n" + "-" * 72 + "\n\n"


def crash_details(exc: BaseException) -> str:
    """Versions, the log file and the traceback: what whoever fixes the bug needs to know."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"Time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} ({sys.platform}), "
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"System: {platform.platform()}",
        f"Log file: {app_log.log_file_path()}",
        "",
        "".join(traceback.format_exception(exc)).rstrip(),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.iconLabel.setPixmap(icon.pixmap(48, 48))
        self.ui.detailsEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.detailsEdit.setPlainText(details)
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.openLogButton.clicked.connect(self.open_log_folder)

    @property
    def details(self) -> str:
        return self.ui.detailsEdit.toPlainText()

    def add_details(self, details: str) -> None:
        """Another error while this dialog is open: list it below the first."""
        self.ui.detailsEdit.setPlainText(self.details + _SEPARATOR + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.ui.copyButton.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_log_dir())))
