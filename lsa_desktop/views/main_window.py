"""The main window: navigation between the pages, menus, status bar. No business logic here.

Pages are built the first time they are shown, so that a cold start on a database of 100,000
officers paints the Dashboard without building the registers (and importing their modules).
When something is written (``app.dataChanged``), the page on screen reads again at once; pages
built but hidden are marked stale and read again when next shown.

Every figure leads to its rows: a page that emits ``rowsRequested(RowsBehind)`` (the Dashboard's
tiles and bars) is connected to :meth:`MainWindow.open_rows`, which opens the register named and
calls its ``show_rows(filters)``. The window also keeps today's readiness snapshot
(:class:`~lsa_desktop.views.snapshot_keeper.SnapshotKeeper`) and opens File > Settings….

Window geometry is kept with ``QSettings`` in an INI file in the user data folder
(``window.ini``, beside ``settings.json``): it is Qt's own opaque state, which the typed settings
have no reason to know, and the INI file keeps it out of the Windows registry, so that
``--data-dir`` gathers every user file in one folder.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, QSize, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidgetItem, QMainWindow, QWidget

from lsa_desktop import APP_NAME, paths
from lsa_desktop.app import icon
from lsa_desktop.views.dialogs.first_start_dialog import FirstStart
from lsa_desktop.views.dialogs.messages import show_about, show_information
from lsa_desktop.views.dialogs.user_name_dialog import ask_user_name
from lsa_desktop.views.forms.ui_main_window import Ui_MainWindow
from lsa_desktop.views.personal_settings import PersonalSettings
from lsa_desktop.views.register_export_action import RegisterExportAction
from lsa_desktop.views.snapshot_keeper import SnapshotKeeper
from lsa_desktop.views.undo import UndoController
from lsa_desktop.views.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.dashboard_model import RowsBehind
    from lsa_desktop.views.dialogs.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

WINDOW_STATE_FILE = "window.ini"


@dataclass(frozen=True)
class PageSpec:
    """A page of the window. Every page has a ``refresh()`` slot, a ``countChanged(shown, total)``
    signal and ``counts()`` (the last counts, or None before it has any); a register that lists
    the rows behind figures has ``show_rows(filters)``, a page whose figures lead to rows has a
    ``rowsRequested(RowsBehind)`` signal."""

    key: str
    title: str
    icon: str
    one: str  # what a row is, for the status bar: "officer"
    many: str  # "officers"
    build: Callable[[QWidget], QWidget]  # called with the parent, the first time it is shown


class MainWindow(QMainWindow):
    def __init__(self, app: LsaApplication, *, ask_first_start: bool = True) -> None:
        """``ask_first_start=False`` opens no question at all (the smoke test, unattended runs);
        today's readiness snapshot is kept either way, from the first paint on."""
        super().__init__()
        self.app = app
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.specs = self._page_specs()
        self._pages: dict[int, QWidget] = {}
        self._counts: dict[int, tuple[int, int]] = {}
        self._stale: set[int] = set()
        self._current = -1
        self._set_up_navigation()
        self._set_up_actions()
        self.undo = UndoController(app, self)
        self.ui.menuEdit.addAction(self.undo.action)
        self.personal = PersonalSettings(app, self, self.ui.menuFile, self.ui.actionQuit)
        self._set_up_settings_action()
        self.export_action = RegisterExportAction.for_pages(
            app, self.ui.pages, self.ui.menuFile, self.ui.actionBackup
        )
        self._set_up_status_bar()
        self._restore_geometry()
        app.dataChanged.connect(self._on_data_changed)
        self.first_start = FirstStart(app, self)
        self.first_start.demoLoaded.connect(self._on_demo_loaded)
        self.snapshots = SnapshotKeeper(app, self)
        self.show_page(0)
        # The first-start questions and the snapshot keeper wait for the first paint.
        self._ask_first_start = ask_first_start
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Once the window is first painted, start keeping the readiness snapshot and ask whether
        the database is empty: both work on a worker, which would otherwise delay that paint (it
        competes for the interpreter), and the question it may open is a dialog over the painted
        window."""
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            self.snapshots.start()
            if self._ask_first_start:
                QTimer.singleShot(0, self, self._first_start)
        return super().eventFilter(watched, event)

    def _first_start(self) -> None:
        """Ask the person's name once (the history records it), then offer the demo if empty."""
        if not self.app.settings.user_name and ask_user_name(self.app, self):
            self._show_user(self.app.settings.current_user)
        self.first_start.start()

    # --- pages -----------------------------------------------------------------------------------

    def _page_specs(self) -> list[PageSpec]:
        """The pages in navigation order; each is imported and built on its first visit."""
        app = self.app

        def page(module: str, name: str, *args: Any, **kwargs: Any) -> Callable[[QWidget], QWidget]:
            def build(parent: QWidget) -> QWidget:
                cls = getattr(importlib.import_module(f"lsa_desktop.views.pages.{module}"), name)
                return cls(*args, parent=parent, **kwargs)

            return build

        tr = self.tr
        services, tasks = app.services, app.tasks
        return [
            PageSpec("dashboard", tr("Dashboard"), "dashboard", tr("unit"), tr("units"),
                     page("dashboard_page", "DashboardPage", services, tasks, app.settings)),
            PageSpec("personnel", tr("Personnel"), "personnel", tr("officer"), tr("officers"),
                     page("personnel_page", "PersonnelPage", services, app=app)),
            PageSpec("vehicles", tr("Vehicles"), "vehicles", tr("vehicle"), tr("vehicles"),
                     page("vehicles_page", "VehiclesPage", services, app=app)),
            PageSpec("equipment", tr("Equipment && gaps"), "equipment", tr("row"), tr("rows"),
                     page("equipment_page", "EquipmentPage", services, app=app)),
            PageSpec("requisitions", tr("Requisitions"), "requisitions", tr("requisition"),
                     tr("requisitions"), page("requisitions_page", "RequisitionsPage", services, tasks, app=app)),
            PageSpec("donors", tr("Donors"), "donors", tr("donor"), tr("donors"),
                     page("donors_page", "DonorsPage", app)),
            PageSpec("units", tr("Units"), "units", tr("unit"), tr("units"),
                     page("units_page", "UnitsPage", app)),
            PageSpec("qualifications", tr("Qualifications"), "qualifications",
                     tr("qualification"), tr("qualifications"),
                     page("qualifications_page", "QualificationsPage", app)),
            PageSpec("maintenance", tr("Maintenance"), "maintenance", tr("row"), tr("rows"),
                     page("maintenance_page", "MaintenancePage", services, app=app)),
            PageSpec("inspections", tr("Inspections"), "inspections", tr("inspection"),
                     tr("inspections"), page("inspections_page", "InspectionsPage", app)),
            PageSpec("change_log", tr("Change log"), "history", tr("change"), tr("changes"),
                     page("change_log_page", "ChangeLogPage", services)),
        ]  # fmt: skip

    def page_names(self) -> list[str]:
        return [spec.key for spec in self.specs]

    @property
    def current_index(self) -> int:
        return self._current

    @property
    def current_page(self) -> QWidget | None:
        return self._pages.get(self._current)

    def page(self, key: str) -> QWidget | None:
        """The page called ``key`` if it has been built (pages are built on first visit)."""
        return self._pages.get(self.page_names().index(key))

    def show_page(self, index: int) -> QWidget:
        """Show page ``index`` (0 = Dashboard), building it on its first visit."""
        page = self._pages.get(index)
        if page is None:
            page = self._build_page(index)
        self._current = index
        self.ui.pages.setCurrentWidget(page)
        if index in self._stale:
            self._stale.discard(index)
            page.refresh()  # type: ignore[attr-defined]
        self.ui.navigation.blockSignals(True)
        self.ui.navigation.setCurrentRow(index)
        self.ui.navigation.blockSignals(False)
        self._page_actions[index].setChecked(True)
        self._show_count()
        return page

    def open_rows(self, behind: RowsBehind) -> QWidget:
        """Open the register that lists the rows behind a figure, filtered to exactly those rows
        (its search emptied, its filters set, the right tab in front); returns the page."""
        index = self.page_names().index(behind.page)
        page = self._pages.get(index)
        if page is None:
            page = self._build_page(index)
        page.show_rows(behind.filters)  # type: ignore[attr-defined]
        self._stale.discard(index)  # show_rows has just queried it
        return self.show_page(index)

    def _build_page(self, index: int) -> QWidget:
        spec = self.specs[index]
        page = spec.build(self.ui.pages)
        page.setObjectName(f"{spec.key}Page")
        page.countChanged.connect(partial(self._on_count_changed, index))  # type: ignore[attr-defined]
        rows_requested = getattr(page, "rowsRequested", None)
        if rows_requested is not None:
            rows_requested.connect(self.open_rows)
        counts = page.counts()  # type: ignore[attr-defined]  # a page may count while it is built
        if counts is not None:
            self._counts[index] = counts
        self.ui.pages.addWidget(page)
        self._pages[index] = page
        log.debug("built page %s", spec.key)
        return page

    def _on_data_changed(self) -> None:
        for index, page in self._pages.items():
            if index == self._current:
                page.refresh()  # type: ignore[attr-defined]
            else:
                self._stale.add(index)

    def refresh_current(self) -> None:
        page = self.current_page
        if page is not None:
            page.refresh()  # type: ignore[attr-defined]

    # --- navigation and actions ------------------------------------------------------------------

    def _set_up_navigation(self) -> None:
        nav = self.ui.navigation
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), spec.title.replace("&&", "&"))
            item.setSizeHint(QSize(0, 38))
            nav.addItem(item)
        nav.currentRowChanged.connect(self._on_navigation_row)

    def _on_navigation_row(self, row: int) -> None:
        if row >= 0:
            self.show_page(row)

    def _set_up_actions(self) -> None:
        ui = self.ui
        group = QActionGroup(self)
        self._page_actions: list[QAction] = []
        for index, spec in enumerate(self.specs):
            action = QAction(icon(spec.icon), spec.title, self)
            action.setObjectName(f"action_{spec.key}")
            action.setCheckable(True)
            if index < 9:  # Ctrl+1 ... Ctrl+9
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(partial(self.show_page, index))
            group.addAction(action)
            ui.menuView.addAction(action)
            self._page_actions.append(action)
        ui.actionRefresh.setIcon(icon("refresh"))
        ui.actionRefresh.triggered.connect(self.refresh_current)
        ui.actionImport.triggered.connect(self.import_from_excel)
        ui.actionBackup.setIcon(icon("backup"))
        ui.actionBackup.triggered.connect(self.back_up)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionOpenLogFolder.setIcon(icon("folder"))
        ui.actionOpenLogFolder.triggered.connect(self.open_log_folder)
        ui.actionAbout.setIcon(icon("about"))
        ui.actionAbout.triggered.connect(self.about)

    def _set_up_settings_action(self) -> None:
        """File > Settings…, first of the personal settings; the Paper size menu beside it
        follows what the dialog saves."""
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("actionSettings")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setStatusTip(
            self.tr("Readiness thresholds, paper size and the classification marking")
        )
        self.settings_action.triggered.connect(self.open_settings)
        self.ui.menuFile.insertAction(self.personal.change_user, self.settings_action)
        self.app.settingsChanged.connect(self._follow_settings)

    def open_settings(self) -> SettingsDialog:
        """Open File > Settings… over the window (window-modal); returns the dialog."""
        from lsa_desktop.views.dialogs.settings_dialog import open_settings

        return open_settings(self.app, self)

    def _follow_settings(self) -> None:
        paper = "Letter" if self.app.settings.paper_size == "Letter" else "A4"
        self.personal.paper_actions[paper].setChecked(True)

    def import_from_excel(self) -> None:
        """File > Import from Excel: the wizard, over this window; the pages refresh when it
        writes (``dataChanged``)."""
        from lsa_desktop.views.dialogs.import_wizard import open_import_wizard

        open_import_wizard(self.app, self)

    def back_up(self) -> None:
        """Ask where, then copy the database there through SQLite's backup API, off the GUI thread."""
        from datetime import datetime

        suggested = paths.backups_dir() / f"lsa-backup-{datetime.now():%Y%m%d-%H%M}.sqlite3"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database"),
            str(suggested),
            self.tr("SQLite databases (*.sqlite3 *.db);;All files (*)"),
        )
        if not target:
            return
        database = self.app.services.database
        self.app.tasks.run(
            lambda: database.backup(target),
            label=self.tr("Backing up the database…"),
            parent=self,
            on_success=self._backed_up,
        )

    def _backed_up(self, written: Any) -> None:
        message = self.tr("The database was backed up to {path}.").format(path=written)
        self.statusBar().showMessage(message, 10_000)
        show_information(self.tr("Backup written"), message, self)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_log_dir())))

    def about(self) -> None:
        show_about(self._database_text(), self)

    # --- status bar ------------------------------------------------------------------------------

    def _set_up_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.database_label = ElidedLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        for label in (self.count_label, self.database_label, self.user_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar = self.statusBar()
        bar.addWidget(self.count_label, 1)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.user_label)
        database = self._database_text()
        self.database_label.setText(self.tr("Database: {path}").format(path=database))
        self.database_label.setToolTip(database)
        self._show_user(self.app.settings.current_user)
        self.personal.userChanged.connect(self._show_user)
        name = self.app.services.store.path
        self.setWindowTitle(f"{APP_NAME} — {name.name}" if name else APP_NAME)

    def _show_user(self, name: str) -> None:
        self.user_label.setText(self.tr("User: {name}").format(name=name))

    def _database_text(self) -> str:
        store = self.app.services.store
        return str(store.path) if store.path is not None else store.url

    def _on_count_changed(self, index: int, shown: int, total: int) -> None:
        self._counts[index] = (shown, total)
        if index == self._current:
            self._show_count()

    def _show_count(self) -> None:
        counts = self._counts.get(self._current)
        if counts is None:
            self.count_label.clear()
            return
        shown, total = counts
        spec = self.specs[self._current]
        noun = spec.one if total == 1 else spec.many
        locale = QLocale()
        if shown == total:
            text = self.tr("{total} {noun}").format(total=locale.toString(total), noun=noun)
        else:
            text = self.tr("{shown} of {total} {noun}").format(
                shown=locale.toString(shown), total=locale.toString(total), noun=noun
            )
        self.count_label.setText(text)

    def _on_demo_loaded(self, summary: Any) -> None:
        self.show_page(0)
        self.statusBar().showMessage(self.tr("Demo mission loaded."), 10_000)

    # --- geometry --------------------------------------------------------------------------------

    @staticmethod
    def _window_state() -> QSettings:
        return QSettings(str(paths.user_data_dir() / WINDOW_STATE_FILE), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        state = self._window_state()
        geometry = state.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        window_state = state.value("main_window/state")
        if window_state is not None:
            self.restoreState(window_state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.snapshots.stop()
        state = self._window_state()
        state.setValue("main_window/geometry", self.saveGeometry())
        state.setValue("main_window/state", self.saveState())
        state.sync()
        super().closeEvent(event)
