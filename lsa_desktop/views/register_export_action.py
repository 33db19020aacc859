"""Export to Excel…: the list on screen, filtered and sorted as it is, to a workbook to share.

The workbook holds what the page shows: the visible columns, in their order, under their
headers, and every row matching the page's search and filters in the page's sort order (not only
the rows read so far). Cells are typed, so a donor can sum and sort them: numbers as numbers,
dates as dates, closed vocabularies as the labels the table shows ("On leave"). An "About"
sheet says which list it is, of which mission, when and by whom it was exported, and its search,
filters and sort in words, as the page's filter bar shows them.

The rows are read and written off the GUI thread (:mod:`lsa_desktop.services.register_export`),
with progress and Cancel after half a second; a cancelled export leaves no file, and a file it
was to replace whole.

Wiring, one line each (see :class:`RegisterExportAction`): the main window's File menu entry,
which acts on the page on screen, and, on a page, a toolbar button and a context-menu entry.
The registers and the workbook writer are imported when first needed, not with the window: its
first paint, with the Dashboard, needs neither.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from lsa_desktop.views.dialogs.messages import show_information

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.excel.model import CellValue
    from lsa_desktop.services.query import RegisterSource
    from lsa_desktop.tasks import Task
    from lsa_desktop.views.table_models.columns import Column
    from lsa_desktop.views.table_models.register_model import RegisterTableModel
    from lsa_desktop.views.widgets.register_view import RegisterTableView

#: Characters Windows refuses in a file name (the suggested name is made of a page's title).
_NOT_IN_FILE_NAMES = str.maketrans({ch: " " for ch in '\\/:*?"<>|'})

#: Values a cell takes as they are (exact types: a bool is not an int here, a moment not a date).
_AS_THEY_ARE = frozenset({str, int, float, date})


def exportable_model(page: QWidget | None) -> RegisterTableModel | None:
    """The register ``page`` shows (its current tab's), or None if it shows none."""
    from lsa_desktop.views.table_models.register_model import RegisterTableModel

    current = getattr(page, "current_model", None)
    model = current() if callable(current) else getattr(page, "model", None)
    return model if isinstance(model, RegisterTableModel) else None


def _register_of(model: RegisterTableModel) -> RegisterSource[Any]:
    return model.source


def _moment_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _local(moment: datetime) -> datetime:
    """A moment as this computer's clock reads it, without a zone (a workbook has none)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def cell_function(column: Column) -> Callable[[Any], CellValue]:
    """How a row's cell of ``column`` is written: typed when what the table shows is the value
    itself (a number of a numeric column, a date as its ISO day, a moment to the minute), else
    the text the table shows (a rank's code rather than its seniority, "12 days, 500 km", a
    status's label)."""
    value_of = column.value
    if column.text is None:
        display = column.display

        def plain(row: Any) -> CellValue:
            value = value_of(row)
            if value is None or type(value) in _AS_THEY_ARE:
                return value  # type: ignore[no-any-return]
            if isinstance(value, Enum | bool):
                return display(row) or None
            if isinstance(value, datetime):
                return _local(value)
            return str(value)

        return plain
    text_of = column.text
    numeric = column.numeric

    def shown(row: Any) -> CellValue:
        value = value_of(row)
        text = text_of(row)
        if numeric and isinstance(value, int | float) and not isinstance(value, bool):
            return value
        if isinstance(value, datetime):
            if text == _moment_text(value):
                return _local(value)
        elif isinstance(value, date) and text == value.isoformat():
            return value
        return text or None

    return shown


def _plain_text(text: str) -> str:
    """A label's or tab's text without its mnemonic ampersand or trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


class RegisterExportAction(QObject):
    """The "Export to Excel…" action, acting on the page ``current_page()`` returns.

    Built by one of its two installers: :meth:`for_pages` (the File menu, acting on the page on
    screen) and :meth:`attach` (one page's toolbar and context menu).
    """

    def __init__(
        self,
        app: LsaApplication,
        current_page: Callable[[], QWidget | None],
        parent: QWidget,
        *,
        text: str = "",
    ) -> None:
        super().__init__(parent)
        self.app = app
        self._current_page = current_page
        self._folder: Path | None = None
        self.action = QAction(text or self.tr("Export to &Excel…"), parent)
        self.action.setObjectName("exportToExcelAction")
        self.action.setToolTip(
            self.tr("Save the list shown, as filtered and sorted, as an Excel workbook")
        )
        self.action.triggered.connect(self.export)
        #: The export running or last run (tests wait on it).
        self.task: Task | None = None

    @classmethod
    def for_pages(
        cls,
        app: LsaApplication,
        pages: QStackedWidget,
        menu: QMenu,
        before: QAction | None = None,
    ) -> RegisterExportAction:
        """File menu › Export this list to Excel… (Ctrl+E): exports the page ``pages`` shows,
        enabled while it shows a register."""
        window = pages.window()
        text = QCoreApplication.translate("RegisterExportAction", "E&xport this list to Excel…")
        export = cls(app, pages.currentWidget, window, text=text)
        action = export.action
        action.setShortcut(QKeySequence("Ctrl+E"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        pages.currentChanged.connect(export._follow_page)
        export._follow_page()
        return export

    @classmethod
    def attach(cls, page: QWidget, app: LsaApplication) -> RegisterExportAction:
        """Export to Excel… on ``page``: a button at the end of its toolbar, if it has one, and
        an entry at the end of the context menu of each of its register tables."""
        from lsa_desktop.views.widgets.register_view import RegisterTableView

        export = cls(app, lambda: page, page)
        action = export.action
        toolbar = page.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(action)
        for view in page.findChildren(RegisterTableView):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            separator = QAction(view)
            separator.setSeparator(True)
            view.addAction(separator)
            view.addAction(action)
        return export

    @Slot()
    def _follow_page(self) -> None:
        self.action.setEnabled(exportable_model(self._current_page()) is not None)

    # --- exporting --------------------------------------------------------------------------------

    @Slot()
    def export(self) -> Task | None:
        """Ask where, then write the list on screen there; None if there is nothing to export or
        the person chose no file."""
        from lsa_desktop.services.register_export import export_register

        page = self._current_page()
        model = exportable_model(page)
        if page is None or model is None:
            return None
        view = self._view_of(page, model)
        title, sheet = self._titles(page, view)
        path = self._ask_path(page, title)
        if path is None:
            return None
        columns = self._visible_columns(model, view)
        headers = [header for header, _ in columns]
        makers = [cell_function(column) for _, column in columns]

        def cells(row: Any) -> list[CellValue]:
            return [make(row) for make in makers]

        notes = self._notes(page, model, title)
        register, query = _register_of(model), model.query
        services = self.app.services
        mission_label = self.tr("Mission")

        def job() -> Any:
            mission = services.mission_settings.mission_name() or "—"
            return export_register(
                register,
                query,
                path,
                sheet=sheet,
                headers=headers,
                cells=cells,
                notes=[(mission_label, mission), *notes],
            )

        self.task = self.app.tasks.run(
            job,
            label=self.tr("Exporting {list} to Excel…").format(list=title),
            parent=page,
            on_success=lambda written: self._exported(page, path, written),
        )
        return self.task

    def _ask_path(self, page: QWidget, title: str) -> Path | None:
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        name = " ".join(title.translate(_NOT_IN_FILE_NAMES).split())
        suggested = folder / f"{name} {date.today().isoformat()}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            page,
            self.tr("Export to Excel"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._folder = path.parent
        return path

    def _exported(self, page: QWidget, path: Path, written: int) -> None:
        message = self.tr("Exported {count} rows to {path}.").format(
            count=QLocale().toString(written), path=path
        )
        window = page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)
        show_information(self.tr("Export to Excel"), message, page)

    # --- what the page shows ------------------------------------------------------------------------

    @staticmethod
    def _view_of(page: QWidget, model: RegisterTableModel) -> RegisterTableView | None:
        from lsa_desktop.views.widgets.register_view import RegisterTableView

        for view in page.findChildren(RegisterTableView):
            if view.model() is model:
                return view
        return None

    def _titles(self, page: QWidget, view: QWidget | None) -> tuple[str, str]:
        """The list's name ("Equipment and gaps - Bulk stock") and its sheet's ("Bulk stock")."""
        from lsa_desktop.services.register_export import sheet_name

        label = page.findChild(QLabel, "titleLabel")
        page_title = _plain_text(label.text()) if label is not None else ""
        page_title = page_title or self.tr("List")
        for tabs in page.findChildren(QTabWidget):
            tab = tabs.currentWidget()
            if view is not None and tab is not None and tab.isAncestorOf(view):
                tab_title = _plain_text(tabs.tabText(tabs.currentIndex()))
                return f"{page_title} - {tab_title}", sheet_name(tab_title)
        return page_title, sheet_name(page_title)

    @staticmethod
    def _visible_columns(
        model: RegisterTableModel, view: RegisterTableView | None
    ) -> list[tuple[str, Column]]:
        """The columns the table shows, in the order it shows them, with their headers."""
        columns = model.columns
        if view is None:
            order = list(range(len(columns)))
        else:
            header = view.horizontalHeader()
            order = [header.logicalIndex(visual) for visual in range(header.count())]
            order = [logical for logical in order if not header.isSectionHidden(logical)]
        title = Qt.ItemDataRole.DisplayRole
        return [
            (str(model.headerData(n, Qt.Orientation.Horizontal, title)), columns[n]) for n in order
        ]

    def _notes(self, page: QWidget, model: RegisterTableModel, title: str) -> list[tuple[str, str]]:
        """What the "About" sheet says besides the mission: the list, when, who, the filter."""
        now = datetime.now().astimezone()
        offset = now.strftime("%z")
        when = f"{now:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})"
        query = model.query
        notes = [
            (self.tr("List"), title),
            (self.tr("Exported at"), when),
            (self.tr("Exported by"), self.app.settings.current_user),
            (self.tr("Search"), query.search or self.tr("(none)")),
            *self._filters_in_words(page),
        ]
        column = model.sort_column()
        if column >= 0:
            name = str(model.headerData(column, Qt.Orientation.Horizontal))
            order = self.tr("descending") if query.descending else self.tr("ascending")
            notes.append((self.tr("Sorted by"), f"{name}, {order}"))
        return notes

    def _filters_in_words(self, page: QWidget) -> list[tuple[str, str]]:
        """Each filter of the page's filter bar that applies to the list shown, as it reads:
        ("Unit", "KE-FPU1 — Kenya FPU 1"), ("Status", "All statuses"), ("Only gaps", "Yes")."""
        labels: dict[QWidget, str] = {}
        for label in page.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is not None:
                labels[buddy] = _plain_text(label.text())
        words: list[tuple[str, str]] = []
        for widget in page.findChildren(QWidget):
            if widget.window() is not page.window() or not self._applies(page, widget):
                continue  # a dialog's fields, or a filter for another tab
            if isinstance(widget, QComboBox | QDateEdit):
                label = labels.get(widget) or widget.accessibleName()
                if label:
                    shown = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
                    words.append((label, shown))
            elif isinstance(widget, QCheckBox):
                checked = self.tr("Yes") if widget.isChecked() else self.tr("No")
                words.append((_plain_text(widget.text()), checked))
        return words

    @staticmethod
    def _applies(page: QWidget, widget: QWidget) -> bool:
        return widget.isEnabled() and widget.isVisibleTo(page)
