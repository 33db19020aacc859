"""The change log: every change anyone saved, newest first, filtered by who, what and when.

The log is a register like the others (keys first, rows on demand, filters and search in SQL), so
it stays fast however long the mission's history grows. Selecting a change shows the whole
history of its record in a History panel under the table.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QModelIndex, QObject, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget

from lsa_desktop.services.audit import AuditRow
from lsa_desktop.services.query import ListQuery
from lsa_desktop.views.forms.ui_change_log_page import Ui_ChangeLogPage
from lsa_desktop.views.table_models.columns import Column
from lsa_desktop.views.table_models.register_model import RegisterTableModel
from lsa_desktop.views.widgets.history_panel import (
    HistoryPanel,
    change_text,
    field_label,
    kind_text,
    moment_text,
    record_noun,
)
from lsa_desktop.views.widgets.register_view import SearchDebouncer, fill_combo

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services

#: The date a date filter shows as "Any": the filter is off.
NO_DATE = QDate(2000, 1, 1)


class ChangeColumn(IntEnum):
    WHEN = 0
    WHO = 1
    RECORD = 2
    WHAT = 3
    FIELD = 4
    CHANGE = 5


def record_text(row: AuditRow) -> str:
    """The record a change was made to: "Officer 0061154 OTIENO Mercy"."""
    noun = record_noun(row.table_name)
    return f"{noun[:1].upper()}{noun[1:]} {row.record}"


class ChangeLogTableModel(RegisterTableModel):
    CONTEXT = "ChangeLogTableModel"
    COLUMNS = {
        ChangeColumn.WHEN: Column(
            QT_TRANSLATE_NOOP("ChangeLogTableModel", "When"),
            "at",
            lambda r: r.at,
            text=lambda r: moment_text(r.at),
        ),
        ChangeColumn.WHO: Column(
            QT_TRANSLATE_NOOP("ChangeLogTableModel", "Who"), "user", lambda r: r.user
        ),
        ChangeColumn.RECORD: Column(
            QT_TRANSLATE_NOOP("ChangeLogTableModel", "Record"),
            "record",
            record_text,
        ),
        ChangeColumn.WHAT: Column(
            QT_TRANSLATE_NOOP("ChangeLogTableModel", "What"), "action", kind_text
        ),
        ChangeColumn.FIELD: Column(
            QT_TRANSLATE_NOOP("ChangeLogTableModel", "Field"),
            "field",
            lambda r: field_label(r.field) if r.field else "",
        ),
        ChangeColumn.CHANGE: Column(
            QT_TRANSLATE_NOOP("ChangeLogTableModel", "Change"),
            "field",
            change_text,
            tooltip=change_text,
        ),
    }


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` on this computer's clock, as an aware moment."""
    return datetime.combine(day, time()).astimezone()


class ChangeLogPage(QWidget):
    """The global change log (same page protocol as the registers)."""

    #: Changes shown, changes recorded.
    countChanged = Signal(int, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stale = False
        self.ui = Ui_ChangeLogPage()
        self.ui.setupUi(self)
        self.model = ChangeLogTableModel(services.audit.change_log, self)
        self.model.countsChanged.connect(self.countChanged)
        self._search = SearchDebouncer(self.ui.searchEdit)
        self._search.searchChanged.connect(self._apply_filters)
        for edit in (self.ui.fromDate, self.ui.toDate):
            _make_optional(edit, self.tr("Any"))
            edit.dateChanged.connect(self._apply_filters)
        self._refill_filters()
        self.ui.userFilter.currentIndexChanged.connect(self._apply_filters)
        self.ui.tableFilter.currentIndexChanged.connect(self._apply_filters)
        self.model.set_query(self._query().sorted_by("at", descending=True))  # newest first
        view = self.ui.tableView
        view.setModel(self.model)
        view.set_stretch_column(ChangeColumn.CHANGE)
        view.selectionModel().currentRowChanged.connect(self._show_history_of)
        view.activated.connect(self._show_history_of)
        app = cast("LsaApplication", QApplication.instance())
        self.history = HistoryPanel(app, self.ui.historyArea)
        self.history.setObjectName("historyPanel")
        self.ui.historyLayout.addWidget(self.history, 1)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

    @property
    def loading(self) -> bool:
        """True while the change log is reading its rows."""
        return self.model.loading

    def counts(self) -> tuple[int, int] | None:
        return self.model.counts()

    @Slot()
    def refresh(self) -> None:
        """Show the changes saved since; a hidden page catches up when it is shown."""
        if self.isVisible():
            self._refresh_now()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_now()

    def _refresh_now(self) -> None:
        self._stale = False
        if self._refill_filters():
            self._apply_filters()
        else:
            self.ui.tableView.refresh()

    def _refill_filters(self) -> bool:
        """Offer the people and the kinds of record the log holds now; True if a choice in use
        has gone."""
        users = [(user, user) for user in self._services.audit.users()]
        tables = sorted(
            (
                (_capitalised(record_noun(table, 2)), table)
                for table in self._services.audit.tables()
            ),
            key=lambda option: option[0].casefold(),
        )
        user_gone = fill_combo(self.ui.userFilter, self.tr("Everyone"), users)
        table_gone = fill_combo(self.ui.tableFilter, self.tr("All records"), tables)
        return user_gone or table_gone

    def _query(self) -> ListQuery:
        filters: dict[str, Any] = {
            "user": self.ui.userFilter.currentData(),
            "table_name": self.ui.tableFilter.currentData(),
        }
        first, last = _day(self.ui.fromDate), _day(self.ui.toDate)
        if first is not None:
            filters["since"] = day_start(first)
        if last is not None:
            filters["until"] = day_start(last + timedelta(days=1))
        sort = self.model.query
        return ListQuery(self._search.text(), filters, sort.sort_key, sort.descending)

    @Slot()
    def _apply_filters(self) -> None:
        self.model.set_query(self._query())

    @Slot(QModelIndex)
    def _show_history_of(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row is None:
            return
        self.ui.historyLabel.setText(self.tr("History of {record}").format(record=record_text(row)))
        if self.history.record != (row.table_name, row.record_id):
            self.history.show_record(row.table_name, row.record_id)


def _make_optional(edit: QDateEdit, any_text: str) -> None:
    """A date edit whose lowest date reads "Any" and means no filter; its calendar then opens
    on this month rather than on the year 2000."""
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(any_text)
    edit.setDate(NO_DATE)
    edit.calendarWidget().installEventFilter(_CalendarOnToday(edit))


class _CalendarOnToday(QObject):
    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._edit.date() == NO_DATE:
            today = QDate.currentDate()
            self._edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()  # type: ignore[no-any-return]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
