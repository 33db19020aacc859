"""Personnel: the nominal roll, searched as you type and filtered by unit (or contingent) and
status, and what is done to it: an officer's form (new, edit), and the actions on the officers selected (move to a
unit, change of status, archive) and rotations (a batch of arrivals or departures on one date).

Keyboard: Ctrl+N a new officer; Enter, F2 or a double-click opens the selected officer; Delete
archives the selection (after a question). The toolbar and the table's context menu hold the
same actions, enabled as the selection allows. Every action is one write: the pages refresh when
it is done (``app.dataChanged``), the register keeping the person's place.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QToolBar, QWidget

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.domain.personnel_rules import display_name
from lsa_desktop.services.personnel import PersonRow
from lsa_desktop.views.dialogs.field_helpers import ask_to_confirm, page_action
from lsa_desktop.views.forms.ui_personnel_page import Ui_PersonnelPage
from lsa_desktop.views.table_models.labels import enum_label
from lsa_desktop.views.table_models.personnel_model import PersonColumn, PersonnelTableModel
from lsa_desktop.views.table_models.roles import ROW_ROLE
from lsa_desktop.views.widgets.register_view import RegisterPage, fill_combo
from lsa_desktop.views.widgets.row_filters import choose

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services


def application() -> LsaApplication:
    """The running application, for pages built before they were given it."""
    from lsa_desktop.app import LsaApplication

    app = QApplication.instance()
    assert isinstance(app, LsaApplication), "the pages run inside LsaApplication"
    return app


class PersonnelPage(RegisterPage):
    #: :meth:`show_rows` filters: ``status``, a :class:`PersonStatus` value.
    ROW_FILTERS: ClassVar[frozenset[str]] = frozenset({"status"})

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        app: LsaApplication | None = None,
    ) -> None:
        super().__init__(services, parent)
        self._app = app
        self.ui = Ui_PersonnelPage()
        self.ui.setupUi(self)
        self.model = PersonnelTableModel(services.personnel.people, self)
        self.model.countsChanged.connect(self.countChanged)
        statuses = [(enum_label(status), status.value) for status in PersonStatus]
        fill_combo(self.ui.statusFilter, self.tr("All statuses"), statuses)
        self.ui.statusFilter.currentIndexChanged.connect(self._apply_filters)
        self._set_up_filters(self.ui.searchEdit, self.ui.unitFilter)
        view = self.ui.tableView
        view.setModel(self.model)
        view.set_stretch_column(PersonColumn.ROLE)
        #: The form or batch dialog opened last (tests and the person reach it here).
        self.dialog: QDialog | None = None
        self._set_up_actions()
        self._apply_filters()

    @property
    def app(self) -> LsaApplication:
        if self._app is None:
            self._app = application()
        return self._app

    def counts(self) -> tuple[int, int] | None:
        return self.model.counts()

    @Slot()
    def _apply_filters(self) -> None:
        filters = {
            "unit_id": self._unit_id(),
            "contingent_id": self._contingent_id(),
            "status": self.ui.statusFilter.currentData(),
        }
        self.model.set_filter(self._search.text(), filters)

    def _show_filters(self, filters: Mapping[str, Any]) -> None:
        status = filters.get("status")
        choose(self.ui.statusFilter, None if status is None else PersonStatus(status).value)

    def _refresh_rows(self) -> None:
        self.ui.tableView.refresh()

    # --- actions ---------------------------------------------------------------------------------

    def _set_up_actions(self) -> None:
        view = self.ui.tableView
        self.new_action = page_action(
            self,
            "newOfficerAction",
            self.tr("&New officer…"),
            self.new_officer,
            shortcuts=[QKeySequence.StandardKey.New],
            tip=self.tr("Add an officer to the roll"),
        )
        self.edit_action = page_action(
            view,
            "editOfficerAction",
            self.tr("&Edit…"),
            self.edit_officer,
            shortcuts=["Return", "Enter", "F2"],
            tip=self.tr("Open the selected officer's form"),
            widget_only=True,
        )
        self.archive_action = page_action(
            view,
            "archiveOfficersAction",
            self.tr("&Archive…"),
            self.archive_officers,
            shortcuts=[QKeySequence.StandardKey.Delete],
            tip=self.tr(
                "Archive the selected officers: they leave the roll; the history keeps them"
            ),
            widget_only=True,
        )
        separator = QAction(self)
        separator.setSeparator(True)
        view.addAction(separator)
        self.move_action = page_action(
            view,
            "moveOfficersAction",
            self.tr("&Move to unit…"),
            self.move_officers,
            tip=self.tr("Move the selected officers to another unit"),
            widget_only=True,
        )
        self.status_action = page_action(
            view,
            "changeStatusAction",
            self.tr("Change s&tatus…"),
            self.change_status,
            tip=self.tr("Give the selected officers a new status"),
            widget_only=True,
        )
        self.rotation_action = page_action(
            self,
            "recordRotationAction",
            self.tr("Record &rotation…"),
            self.record_rotation,
            tip=self.tr("Record officers arriving in a unit or leaving, on one date"),
        )
        view.addAction(self.rotation_action)
        toolbar = QToolBar(self)
        toolbar.setObjectName("toolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.archive_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.move_action, self.status_action, self.rotation_action):
            toolbar.addAction(action)
        self.ui.pageLayout.insertWidget(self.ui.pageLayout.indexOf(view), toolbar)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.doubleClicked.connect(self.edit_officer)
        view.selectionModel().selectionChanged.connect(self._follow_selection)
        self.model.modelReset.connect(self._follow_selection)
        self._follow_selection()

    @Slot()
    def _follow_selection(self) -> None:
        count = len(self.ui.tableView.selectionModel().selectedRows())
        self.edit_action.setEnabled(count == 1)
        for action in (self.archive_action, self.move_action, self.status_action):
            action.setEnabled(count > 0)

    def selected_rows(self) -> list[PersonRow]:
        """The officers selected in the register, top to bottom."""
        indexes = sorted(self.ui.tableView.selectionModel().selectedRows(), key=lambda i: i.row())
        rows = [index.data(ROW_ROLE) for index in indexes]
        return [row for row in rows if isinstance(row, PersonRow)]

    def _selected_ids(self) -> list[uuid.UUID]:
        return [row.id for row in self.selected_rows()]

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def new_officer(self) -> None:
        from lsa_desktop.views.dialogs.person_dialog import PersonDialog

        self._open(PersonDialog(self.app, parent=self, unit_id=self._unit_id()))

    @Slot()
    def edit_officer(self) -> None:
        from lsa_desktop.views.dialogs.person_dialog import PersonDialog

        rows = self.selected_rows()
        if len(rows) == 1:
            self._open(PersonDialog(self.app, rows[0].id, parent=self))

    @Slot()
    def archive_officers(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        ids = [row.id for row in rows]
        batch = self.app.services.personnel_batch
        if len(rows) == 1:
            row = rows[0]
            who = f"{display_name(row.surname, row.given_names)} ({row.service_number})"
            text = self.tr("Archive {officer}?").format(officer=who)
        else:
            text = self.tr("Archive {count} officers?").format(count=len(rows))

        def archive() -> None:
            self.app.tasks.run(
                lambda: batch.archive_people(ids),
                write=True,
                label=self.tr("Archiving…"),
                parent=self,
            )

        ask_to_confirm(
            self,
            name="archiveOfficers",
            title=self.tr("Archive officers"),
            text=text,
            detail=self.tr(
                "Archived officers leave the roll and every count; their records and history are "
                "kept. To record officers leaving the mission, use Record rotation… instead."
            ),
            confirm_text=self.tr("&Archive"),
            on_confirm=archive,
        )

    @Slot()
    def move_officers(self) -> None:
        from lsa_desktop.views.dialogs.move_officers_dialog import MoveOfficersDialog

        ids = self._selected_ids()
        if ids:
            self._open(MoveOfficersDialog(self.app, ids, parent=self))

    @Slot()
    def change_status(self) -> None:
        from lsa_desktop.views.dialogs.person_status_dialog import PersonStatusDialog

        rows = self.selected_rows()
        if rows:
            statuses = {row.status for row in rows}
            status = statuses.pop() if len(statuses) == 1 else PersonStatus.ACTIVE
            self._open(
                PersonStatusDialog(self.app, [row.id for row in rows], parent=self, status=status)
            )

    @Slot()
    def record_rotation(self) -> None:
        from lsa_desktop.views.dialogs.rotation_dialog import RotationDialog

        rows = self.selected_rows()
        # Officers selected who are all still in the mission are most likely leaving.
        departures = bool(rows) and all(
            row.status not in (PersonStatus.IN_TRANSIT, PersonStatus.REPATRIATED) for row in rows
        )
        self._open(
            RotationDialog(
                self.app, rows, parent=self, unit_id=self._unit_id(), departures=departures
            )
        )
