"""Expiring qualifications: the licences and certificates of the officers in the mission that
expire within 30, 60 or 90 days, or have expired, the soonest first.

Enter or a double-click opens the officer's form on that qualification; Renew (Ctrl+R) opens the
qualification's renewal, filled in (same type and number, issued today, expiring after the type's
validity). Once renewed, the old qualification leaves the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Slot
from PySide6.QtWidgets import QDialog, QWidget

from lsa_desktop.services.qualifications import ExpiringRow
from lsa_desktop.views.dialogs.field_helpers import page_action
from lsa_desktop.views.forms.ui_qualifications_page import Ui_QualificationsPage
from lsa_desktop.views.table_models.qualifications_model import (
    ExpiringColumn,
    ExpiringQualificationsTableModel,
)
from lsa_desktop.views.table_models.roles import ROW_ROLE
from lsa_desktop.views.widgets.register_view import RegisterPage

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

#: What the "Show" combo offers: (label, days ahead; None for expired only).
WINDOWS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("QualificationsPage", "Expiring within 30 days"), 30),
    (QT_TRANSLATE_NOOP("QualificationsPage", "Expiring within 60 days"), 60),
    (QT_TRANSLATE_NOOP("QualificationsPage", "Expiring within 90 days"), 90),
    (QT_TRANSLATE_NOOP("QualificationsPage", "Expired"), None),
)


class QualificationsPage(RegisterPage):
    #: :meth:`show_rows` filters: ``within_days`` (30, the default, 60 or 90) or ``expired``
    #: (True).
    ROW_FILTERS: ClassVar[frozenset[str]] = frozenset({"within_days", "expired"})

    def __init__(self, app: LsaApplication, parent: QWidget | None = None) -> None:
        super().__init__(app.services, parent)
        self.app = app
        self.ui = Ui_QualificationsPage()
        self.ui.setupUi(self)
        self.model = ExpiringQualificationsTableModel(
            app.services.qualifications.expiring_register, self
        )
        self.model.countsChanged.connect(self.countChanged)
        for label, days in WINDOWS:
            self.ui.windowFilter.addItem(
                QCoreApplication.translate("QualificationsPage", label), days
            )
        self.ui.windowFilter.currentIndexChanged.connect(self._apply_filters)
        self._set_up_filters(self.ui.searchEdit, self.ui.unitFilter)
        view = self.ui.tableView
        view.setModel(self.model)
        view.set_stretch_column(ExpiringColumn.QUALIFICATION)
        #: The form opened last (tests and the person reach it here).
        self.dialog: QDialog | None = None
        self._set_up_actions()
        self._apply_filters()

    def counts(self) -> tuple[int, int] | None:
        return self.model.counts()

    def show_window(self, days: int | None) -> None:
        """Show what expires within ``days`` (30, 60, 90), or what has expired (None)."""
        self.ui.windowFilter.setCurrentIndex(self.ui.windowFilter.findData(days))

    @Slot()
    def _apply_filters(self) -> None:
        days = self.ui.windowFilter.currentData()
        filters: dict[str, object] = {
            "unit_id": self._unit_id(),
            "contingent_id": self._contingent_id(),
        }
        if days is None:
            filters["expired"] = True
        else:
            filters["within_days"] = days
        self.model.set_filter(self._search.text(), filters)

    def _show_filters(self, filters: Mapping[str, Any]) -> None:
        expired, within = filters.get("expired"), filters.get("within_days")
        if expired not in (None, True) or (expired and within is not None):
            raise ValueError(f"show expired (True) or expiring within days, not {dict(filters)}")
        days = None if expired else int(within or WINDOWS[0][1])
        offered = [window for _label, window in WINDOWS]
        if days not in offered:
            raise ValueError(f"the qualifications page shows no window of {days} days")
        with QSignalBlocker(self.ui.windowFilter):
            self.ui.windowFilter.setCurrentIndex(offered.index(days))

    def _refresh_rows(self) -> None:
        self.ui.tableView.refresh()

    # --- actions ---------------------------------------------------------------------------------

    def _set_up_actions(self) -> None:
        view = self.ui.tableView
        self.open_action = page_action(
            view,
            "openOfficerAction",
            self.tr("&Open officer…"),
            self.open_officer,
            shortcuts=["Return", "Enter", "F2"],
            tip=self.tr("Open the officer's form on this qualification"),
            widget_only=True,
        )
        self.renew_action = page_action(
            self,
            "renewQualificationAction",
            self.tr("&Renew…"),
            self.renew,
            shortcuts=["Ctrl+R"],
            tip=self.tr("Record the renewal of the selected qualification"),
        )
        view.addAction(self.renew_action)
        for action in (self.open_action, self.renew_action):
            self.ui.toolBar.addAction(action)
        view.doubleClicked.connect(self.open_officer)
        view.selectionModel().selectionChanged.connect(self._follow_selection)
        self.model.modelReset.connect(self._follow_selection)
        self._follow_selection()

    @Slot()
    def _follow_selection(self) -> None:
        chosen = self.selected() is not None
        self.open_action.setEnabled(chosen)
        self.renew_action.setEnabled(chosen)

    def selected(self) -> ExpiringRow | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if len(rows) == 1 else None
        return row if isinstance(row, ExpiringRow) else None

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    @Slot()
    def open_officer(self) -> None:
        from lsa_desktop.views.dialogs.person_dialog import PersonDialog

        row = self.selected()
        if row is not None:
            self._open(
                PersonDialog(self.app, row.person_id, parent=self, focus_qualification=row.id)
            )

    @Slot()
    def renew(self) -> None:
        from lsa_desktop.views.dialogs.qualification_dialog import QualificationDialog

        row = self.selected()
        if row is None:
            return
        held = self.app.services.qualifications.qualification(row.id)
        self._open(
            QualificationDialog(self.app, row.person_id, row.officer, held, renew=True, parent=self)
        )
