"""Open the window: lock the database, migrate it, then start Qt.

The database is opened before any QApplication exists, so a refusal (not a database, newer schema,
already running...) is shown in a plain message box and nothing else starts.

Start-up time: ``quick_check`` reads the whole database file (seconds at 100,000 officers), so it
is started on a thread of its own as soon as the lock is held, and the modules of the window are
imported while SQLite reads (the check's thread barely needs the interpreter). Nothing is written
or shown before its verdict. See ``tests/benchmarks/test_cold_start.py``.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from typing import TYPE_CHECKING

from lsa_desktop.errors import UserError
from lsa_desktop.settings import Settings

if TYPE_CHECKING:
    from lsa_desktop.store.integrity import IntegrityCheck

logger = logging.getLogger(__name__)

#: What the first painted window needs, imported while the integrity check runs.
WINDOW_MODULES = (
    "lsa_desktop.app",
    "lsa_desktop.views.main_window",
    "lsa_desktop.views.pages.dashboard_page",
)
#: What the Dashboard's first read needs on its worker right after: imported only while the check
#: is still running (on a large database), where it costs no time; otherwise left to the worker.
FIRST_READ_MODULES = ("lsa_desktop.store.models", "lsa_desktop.services.dashboard")


def _show_refusal(message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    box = QMessageBox(QMessageBox.Icon.Critical, "LSA Desktop", message)
    box.setWindowTitle(app.translate("gui", "LSA Desktop cannot open the database"))
    box.exec()


def run_window(db: str | None, settings: Settings, *, smoke_test: bool = False) -> int:
    from lsa_desktop.services import Services
    from lsa_desktop.store.engine import resolve_url, sqlite_path
    from lsa_desktop.store.integrity import IntegrityCheck
    from lsa_desktop.store.lock import InstanceLock
    from lsa_desktop.store.migrate import open_database
    from lsa_desktop.store.seed import load_reference_data

    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url = resolve_url(db)
    db_path = sqlite_path(url)
    lock = InstanceLock(db_path) if db_path is not None else None
    try:
        if lock is not None:
            lock.acquire()
        check = IntegrityCheck(db_path) if db_path is not None and db_path.is_file() else None
        _import_while(check)
        store = open_database(url, integrity=check)
        store.user = settings.current_user
        load_reference_data(store)
    except UserError as exc:
        logger.warning("refused to open %s: %s", url, exc)
        if lock is not None:
            lock.release()
        if smoke_test:
            raise
        _show_refusal(str(exc))
        return exc.exit_code
    try:
        return _run_qt(Services(store), settings, smoke_test=smoke_test)
    finally:
        store.dispose()
        if lock is not None:
            lock.release()


def _import_while(check: IntegrityCheck | None) -> None:
    """Import the window's modules, and those of its first read while ``check`` still runs."""
    for name in WINDOW_MODULES:
        importlib.import_module(name)
    for name in FIRST_READ_MODULES:
        if check is None or check.done():
            return
        importlib.import_module(name)


def _route_qt_messages_to_log() -> None:
    """Qt's own warnings go to the log file (with the app's), not to the terminal."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def _run_qt(services, settings: Settings, *, smoke_test: bool) -> int:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.views.main_window import MainWindow

    _route_qt_messages_to_log()
    app = LsaApplication(sys.argv[:1], services=services, settings=settings)
    window = MainWindow(app, ask_first_start=not smoke_test)
    try:
        if smoke_test:
            return _smoke(app, window)
        window.show()
        window.raise_()
        return app.exec()
    finally:
        _destroy_window(window)


def _destroy_window(window) -> None:
    """Destroy the window (and the Dashboard's charts in it) now, while the application still
    exists. Left to the interpreter's exit, Python frees the application and the window in no
    set order, and pyqtgraph's scene items outliving the application crash the process after
    the work is done (a segmentation fault, exit status 139, seen by the smoke test)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication

    window.close()
    if shiboken6.isValid(window):
        shiboken6.delete(window)
    QCoreApplication.processEvents()


def _smoke(app, window) -> int:
    """Show the window offscreen, open and paint every page, wait for their loads, report."""
    from PySide6.QtCore import QCoreApplication

    window.show()
    names = window.page_names()
    for index in range(len(names)):
        window.show_page(index)
        QCoreApplication.processEvents()
    idle = app.wait_for_tasks(30_000)
    image = window.grab()
    window.close()
    ok = idle and not image.isNull()
    print(
        f"smoke test {'passed' if ok else 'FAILED'}: {len(names)} pages opened and painted "
        f"({image.width()}x{image.height()}), background loads "
        f"{'finished' if idle else 'still running after 30 s'}, database {app.services.store.url}"
    )
    return 0 if ok else 1
