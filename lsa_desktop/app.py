"""The application object: owns the services, the settings, the task runner and app-wide signals.

Windows and pages reach everything through the ``LsaApplication`` they are given (never through a
global): ``app.services`` to read and write, ``app.tasks.run(...)`` to do it off the GUI thread,
``app.dataChanged`` to hear that something was written, ``app.settingsChanged`` to hear that the
settings the figures and documents follow changed (``app.update_settings``), ``app.report_error``
to tell the person.

Errors: a :class:`~lsa_desktop.errors.UserError` is shown as its sentence; anything else is a bug,
logged with its traceback and shown in the crash dialog. Exceptions that escape a slot or an event
handler reach :meth:`LsaApplication.handle_uncaught`, installed as ``sys.excepthook``.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from lsa_desktop import APP_ID, APP_NAME, ORG_NAME, __version__, paths
from lsa_desktop.errors import Cancelled, UserError
from lsa_desktop.qt_collector import GuiThreadCollector
from lsa_desktop.services import Services
from lsa_desktop.settings import Settings
from lsa_desktop.tasks import TaskRunner

log = logging.getLogger(__name__)

APP_ICON = "icons/app.svg"
STYLE_SHEET = "styles/app.qss"


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` (SVG, drawn for this app)."""
    return QIcon(str(paths.resource("icons", f"{name}.svg")))


def load_translators(language: str) -> list[QTranslator]:
    """The app's own translation and Qt's (standard buttons, dialogs) for ``language``.

    English is the source language; a missing ``.qm`` file means the English text is shown, which
    is not an error.
    """
    locale = QLocale(language)
    sources = [
        (str(paths.resource("translations")), "lsa"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
    ]
    loaded = []
    for folder, name in sources:
        translator = QTranslator()
        if translator.load(locale, name, "_", folder):
            loaded.append(translator)
        else:
            log.debug("no %s translation for %r in %s", name, language, folder)
    return loaded


class LsaApplication(QApplication):
    dataChanged = Signal()  # something was written: pages read again
    #: The settings changed (thresholds, paper, marking): what shows or prints them follows.
    settingsChanged = Signal()

    def __init__(
        self,
        argv: Sequence[str],
        *,
        services: Services,
        settings: Settings,
        install_excepthook: bool = True,
    ) -> None:
        super().__init__(list(argv))
        self.setApplicationName(APP_NAME)
        self.setOrganizationName(ORG_NAME)
        self.setApplicationVersion(__version__)
        self.setDesktopFileName(APP_ID)
        self.setWindowIcon(icon("app"))
        self.services = services
        self.settings = settings
        if QLocale.system().language() == QLocale.Language.C:
            # No locale configured (a bare service account, some terminals): format numbers and
            # dates for the interface language rather than as "C" (1293 instead of 1,293).
            QLocale.setDefault(QLocale(settings.language))
        self._translators = load_translators(settings.language)
        for translator in self._translators:
            self.installTranslator(translator)
        self._apply_style_sheet()
        self.tasks = TaskRunner(self.report_error, self)
        self.tasks.dataChanged.connect(self.dataChanged)
        # Cycles are collected on this thread only: never a Qt object in a worker thread.
        self.collector = GuiThreadCollector(self)
        self._crash_dialog: QWidget | None = None
        self._previous_excepthook = None
        if install_excepthook:
            self._previous_excepthook = sys.excepthook
            sys.excepthook = self.handle_uncaught
        self.aboutToQuit.connect(self._shut_down)

    def update_settings(self, **changes: object) -> None:
        """Change the settings named (``readiness_threshold_pct=85.0``...) in ``self.settings``
        (the one object every window holds), emit ``settingsChanged`` at once, and save them off
        the GUI thread; the file is replaced whole, so a crash never leaves half of it."""
        settings = self.settings
        known = {field.name for field in dataclasses.fields(settings)}
        for name, value in changes.items():
            if name not in known:
                raise AttributeError(f"Settings has no field {name!r}")
            setattr(settings, name, value)
        saved = dataclasses.replace(settings)  # what the worker writes cannot change under it
        self.tasks.run(saved.save, show_progress=False)
        self.settingsChanged.emit()

    def _apply_style_sheet(self) -> None:
        path = paths.resource(STYLE_SHEET)
        try:
            self.setStyleSheet(path.read_text(encoding="utf-8"))
        except OSError as exc:  # a missing style sheet costs looks, not function
            log.warning("style sheet %s not loaded: %s", path, exc)

    # --- errors ----------------------------------------------------------------------------------

    def report_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        """Tell the person: a sentence for a ``UserError``, the crash dialog for a bug."""
        from lsa_desktop.views.dialogs.crash_dialog import CrashDialog, crash_details
        from lsa_desktop.views.dialogs.messages import show_user_error

        if isinstance(exc, Cancelled):
            return
        parent = parent or self.activeWindow()
        if isinstance(exc, UserError):
            log.info("told the person: %s", exc)
            show_user_error(str(exc), parent)
            return
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        details = crash_details(exc)
        if self._crash_dialog is not None and self._crash_dialog.isVisible():
            self._crash_dialog.add_details(details)  # type: ignore[attr-defined]
            return
        dialog = CrashDialog(details, parent)
        dialog.finished.connect(self._forget_crash_dialog)
        self._crash_dialog = dialog
        dialog.open()

    def _forget_crash_dialog(self) -> None:
        if self._crash_dialog is not None:
            self._crash_dialog.deleteLater()
        self._crash_dialog = None

    def handle_uncaught(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """``sys.excepthook``: an exception escaped a slot or an event handler."""
        if issubclass(exc_type, KeyboardInterrupt):
            self.quit()
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        self.report_error(exc)

    # --- jobs and shutdown ---------------------------------------------------------------------

    def wait_for_tasks(self, timeout_ms: int = -1) -> bool:
        """Wait for every running job and deliver its result (smoke test, benchmarks)."""
        done = self.tasks.wait_for_done(timeout_ms)
        self.processEvents()
        return done

    def _shut_down(self) -> None:
        self.tasks.shutdown()
        if self._previous_excepthook is not None:
            sys.excepthook = self._previous_excepthook
            self._previous_excepthook = None
