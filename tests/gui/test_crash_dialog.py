"""Bugs reach the person as a crash dialog with details to copy; user errors as a sentence."""

from __future__ import annotations

import logging

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from lsa_desktop import __version__, paths
from lsa_desktop import log as app_log
from lsa_desktop.errors import Cancelled, DiskFull
from lsa_desktop.views.dialogs.crash_dialog import CrashDialog, crash_details


def _raised(exc):
    try:
        raise exc
    except BaseException as caught:
        return caught


def _visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_details_name_versions_log_file_and_traceback():
    details = crash_details(_raised(ValueError("unit code missing")))
    assert f"LSA Desktop {__version__}" in details
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in details
    assert f"Log file: {app_log.log_file_path()}" in details
    assert "Traceback (most recent call last):" in details
    assert details.rstrip().endswith("ValueError: unit code missing")


def test_copy_details_puts_them_on_the_clipboard(qtbot):
    dialog = CrashDialog("the details")
    qtbot.addWidget(dialog)
    dialog.ui.copyButton.click()
    assert QGuiApplication.clipboard().text() == "the details"
    assert dialog.ui.copyButton.text() == "Copied"


def test_open_log_folder_opens_the_user_log_folder(qtbot, dialogs):
    dialog = CrashDialog("the details")
    qtbot.addWidget(dialog)
    dialog.ui.openLogButton.click()
    assert dialogs.opened_urls == [str(paths.user_log_dir())]


def test_the_details_are_read_only_but_selectable(qtbot):
    dialog = CrashDialog("the details")
    qtbot.addWidget(dialog)
    assert dialog.ui.detailsEdit.isReadOnly()


def test_an_uncaught_bug_is_logged_and_shown_once_even_if_it_repeats(qtbot, lsa_app, caplog):
    with caplog.at_level(logging.ERROR, logger="lsa_desktop.app"):
        for attempt in (1, 2):
            exc = _raised(RuntimeError(f"paint failed {attempt}"))
            lsa_app.handle_uncaught(type(exc), exc, exc.__traceback__)
    [dialog] = _visible(CrashDialog)
    assert "RuntimeError: paint failed 1" in dialog.details
    assert "RuntimeError: paint failed 2" in dialog.details  # added to the open dialog
    assert "Traceback" in caplog.text and "paint failed 2" in caplog.text
    dialog.ui.buttonBox.rejected.emit()  # Close
    qtbot.waitUntil(lambda: not _visible(CrashDialog))

    exc = _raised(RuntimeError("later"))
    lsa_app.handle_uncaught(type(exc), exc, exc.__traceback__)
    [dialog] = _visible(CrashDialog)
    assert "paint failed" not in dialog.details  # a new dialog for a new occasion
    dialog.close()


def test_an_uncaught_user_error_is_a_plain_message(qtbot, lsa_app):
    exc = _raised(DiskFull("The disk is full. Free some space and try again; nothing was saved."))
    lsa_app.handle_uncaught(type(exc), exc, exc.__traceback__)
    [box] = _visible(QMessageBox)
    assert box.text() == "The disk is full. Free some space and try again; nothing was saved."
    assert not _visible(CrashDialog)
    box.close()


def test_a_cancelled_job_is_not_an_error(qtbot, lsa_app):
    lsa_app.report_error(Cancelled())
    assert not _visible(QMessageBox) and not _visible(CrashDialog)
