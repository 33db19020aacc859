"""The History panel: who changed one record, when, and from what to what.

Embedded in edit dialogs and under the change log. It reads off the GUI thread
(:class:`~lsa_desktop.views.pages.loader.PageLoader`) and reads again after every write
(``app.dataChanged``), so a change saved anywhere shows here at once; while hidden, it waits until
it is shown.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lsa_desktop.services.audit import AuditRow, ChangeKind
from lsa_desktop.views.pages.loader import PageLoader
from lsa_desktop.views.pages.row_list_model import Column, RowListModel, compact_rows
from lsa_desktop.views.table_models.labels import enum_label

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

#: Shown for a value that was empty.
EMPTY = "—"

#: What one record of each table is called, one and many (the change log, the Undo action);
#: a table not listed reads as its name.
_NOUNS: dict[str, tuple[str, str]] = {
    "unit": (QT_TRANSLATE_NOOP("Records", "unit"), QT_TRANSLATE_NOOP("Records", "units")),
    "person": (QT_TRANSLATE_NOOP("Records", "officer"), QT_TRANSLATE_NOOP("Records", "officers")),
    "qualification": (
        QT_TRANSLATE_NOOP("Records", "qualification"),
        QT_TRANSLATE_NOOP("Records", "qualifications"),
    ),
    "asset": (QT_TRANSLATE_NOOP("Records", "asset"), QT_TRANSLATE_NOOP("Records", "assets")),
    "stock_line": (
        QT_TRANSLATE_NOOP("Records", "stock line"),
        QT_TRANSLATE_NOOP("Records", "stock lines"),
    ),
    "stock_movement": (
        QT_TRANSLATE_NOOP("Records", "stock movement"),
        QT_TRANSLATE_NOOP("Records", "stock movements"),
    ),
    "authorisation": (
        QT_TRANSLATE_NOOP("Records", "authorisation"),
        QT_TRANSLATE_NOOP("Records", "authorisations"),
    ),
    "maintenance_event": (
        QT_TRANSLATE_NOOP("Records", "maintenance event"),
        QT_TRANSLATE_NOOP("Records", "maintenance events"),
    ),
    "inspection": (
        QT_TRANSLATE_NOOP("Records", "inspection"),
        QT_TRANSLATE_NOOP("Records", "inspections"),
    ),
    "inspection_line": (
        QT_TRANSLATE_NOOP("Records", "inspection line"),
        QT_TRANSLATE_NOOP("Records", "inspection lines"),
    ),
    "contingent": (
        QT_TRANSLATE_NOOP("Records", "contingent"),
        QT_TRANSLATE_NOOP("Records", "contingents"),
    ),
    "requisition": (
        QT_TRANSLATE_NOOP("Records", "requisition"),
        QT_TRANSLATE_NOOP("Records", "requisitions"),
    ),
    "donor": (QT_TRANSLATE_NOOP("Records", "donor"), QT_TRANSLATE_NOOP("Records", "donors")),
    "equipment_type": (
        QT_TRANSLATE_NOOP("Records", "equipment type"),
        QT_TRANSLATE_NOOP("Records", "equipment types"),
    ),
    "location": (
        QT_TRANSLATE_NOOP("Records", "location"),
        QT_TRANSLATE_NOOP("Records", "locations"),
    ),
    "pledge": (QT_TRANSLATE_NOOP("Records", "pledge"), QT_TRANSLATE_NOOP("Records", "pledges")),
}


def record_noun(table_name: str, count: int = 1) -> str:
    """What a record of ``table_name`` is called, translated ("officer", "officers")."""
    one, many = _NOUNS.get(table_name, (table_name.replace("_", " "),) * 2)
    return QCoreApplication.translate("Records", one if count == 1 else many)


def field_label(field: str) -> str:
    """A column name as a person reads it: ``tour_end_date`` -> "Tour end date", ``unit_id`` ->
    "Unit"."""
    words = field.removesuffix("_id").replace("_", " ").strip()
    label = words[:1].upper() + words[1:]
    return QCoreApplication.translate("Fields", label)


def value_text(value: Any) -> str:
    """A value from the audit trail as a person reads it: Yes/No, ISO dates, labels of enums,
    numbers with the locale's grouping, the local time of a moment."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("HistoryPanel", "Yes")
        return QCoreApplication.translate("HistoryPanel", "No")
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    return str(value)


def moment_text(moment: datetime) -> str:
    """A moment in the computer's time zone, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def kind_text(row: AuditRow) -> str:
    """What the change did: created, edited or deleted, and whether it was an undo."""
    tr = QCoreApplication.translate
    if row.is_undo:
        texts = {
            ChangeKind.CREATED: tr("HistoryPanel", "Restored (undo)"),
            ChangeKind.EDITED: tr("HistoryPanel", "Edited (undo)"),
            ChangeKind.DELETED: tr("HistoryPanel", "Removed (undo)"),
        }
    else:
        texts = {
            ChangeKind.CREATED: tr("HistoryPanel", "Created"),
            ChangeKind.EDITED: tr("HistoryPanel", "Edited"),
            ChangeKind.DELETED: tr("HistoryPanel", "Deleted"),
        }
    return texts[row.kind]


def change_text(row: AuditRow) -> str:
    """``old → new`` for an edit; the record's main fields for a creation or deletion."""
    if row.kind is ChangeKind.EDITED:
        return f"{value_text(row.old)} → {value_text(row.new)}"
    return ", ".join(f"{field_label(name)}: {value_text(value)}" for name, value in row.values)


def _columns() -> list[Column[AuditRow]]:
    tr = QCoreApplication.translate
    return [
        Column(tr("HistoryPanel", "When"), lambda r: moment_text(r.at), lambda r: r.at),
        Column(tr("HistoryPanel", "Who"), lambda r: r.user, lambda r: r.user),
        Column(tr("HistoryPanel", "What"), kind_text, kind_text),
        Column(
            tr("HistoryPanel", "Field"),
            lambda r: field_label(r.field) if r.field else "",
            lambda r: r.field,
        ),
        Column(
            tr("HistoryPanel", "Change"),
            change_text,
            change_text,
            tooltip=change_text,
        ),
    ]


class HistoryPanel(QWidget):
    """The changes to one record, newest first."""

    #: The rows for the record shown have been read (tests and embedding dialogs wait on it).
    loaded = Signal()

    def __init__(self, app: LsaApplication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._record: tuple[str, uuid.UUID] | None = None
        self._stale = False
        self._model: RowListModel[AuditRow] = RowListModel(_columns(), self)
        self._table = QTableView(self)
        self._table.setObjectName("historyTable")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        compact_rows(self._table)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._empty = QLabel(self.tr("No change recorded for this record yet."), self)
        self._empty.setObjectName("historyEmpty")
        self._empty.setWordWrap(True)
        self._empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._table)
        layout.addWidget(self._empty)
        self._loader = PageLoader(app.tasks, self._fetch, self)
        self._loader.loaded.connect(self._show_rows)
        app.dataChanged.connect(self._on_data_changed)

    @property
    def record(self) -> tuple[str, uuid.UUID] | None:
        """The record shown, as ``(table_name, record_id)``."""
        return self._record

    def rows(self) -> list[AuditRow]:
        return self._model.rows()

    def table(self) -> QTableView:
        return self._table

    def show_record(self, table_name: str, record_id: uuid.UUID) -> None:
        """Show the history of this record (read off the GUI thread)."""
        self._record = (table_name, record_id)
        self._model.set_rows([])
        self._empty.hide()
        self._load()

    def clear(self) -> None:
        """Show no record."""
        self._record = None
        self._model.set_rows([])
        self._empty.hide()

    def refresh(self) -> None:
        self._load()

    # -- loading ------------------------------------------------------------------------------

    def _fetch(self) -> tuple[tuple[str, uuid.UUID] | None, list[AuditRow]]:
        """Runs on a worker: the history of the record asked for, with that record, so that an
        answer for a record no longer shown is recognised and dropped."""
        record = self._record
        if record is None:
            return None, []
        return record, self._app.services.audit.history(*record)

    def _load(self) -> None:
        if self._record is None:
            return
        if not self.isVisible():
            self._stale = True  # read when shown: a hidden tab costs nothing
            return
        self._stale = False
        self._loader.load()

    def _show_rows(self, answer: tuple[tuple[str, uuid.UUID] | None, list[AuditRow]]) -> None:
        record, rows = answer
        if record != self._record:
            return  # another record was asked for meanwhile; its own read follows
        self._model.set_rows(rows)
        self._empty.setVisible(not rows)
        self._table.setVisible(bool(rows))
        self.loaded.emit()

    def _on_data_changed(self) -> None:
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()
