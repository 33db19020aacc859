"""What the Vehicles, Equipment and Maintenance pages do to their records: open a record's form,
archive, change the status of many, open and close maintenance, count stock, authorise.

:class:`FleetOperations` holds these operations for one page, so that the three pages do them
the same way; the pages only say which records are selected. Forms open without blocking
(``open()``); what they save runs as a write job, after which ``dataChanged`` refreshes every
page. A destructive step (archive, remove) asks first, in a box that does not block either.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolBar, QWidget

from lsa_desktop.domain.enums import MaintenanceKind
from lsa_desktop.views.dialogs.messages import show_information
from lsa_desktop.views.widgets.register_view import RegisterTableView

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

_CONTEXT = "FleetActions"


def running_app() -> LsaApplication:
    """The application, for pages built with only the services (their constructors predate
    writing): it owns the task runner the forms save through."""
    from lsa_desktop.app import LsaApplication

    app = QApplication.instance()
    if not isinstance(app, LsaApplication):
        raise RuntimeError("the fleet pages run inside LsaApplication")
    return app


def make_action(
    page: QWidget,
    name: str,
    text: str,
    slot: Callable[[], Any],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """An action of the page, with its shortcut (active while the page is on screen) shown in
    its tooltip."""
    action = QAction(text, page)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.rstrip('…')} ({key})")
    action.triggered.connect(lambda _checked=False: slot())
    page.addAction(action)
    return action


def action_bar(page: QWidget, actions: Sequence[QAction]) -> QToolBar:
    """The row of buttons above a register, and the same actions on its rows' context menu."""
    bar = QToolBar(page)
    bar.setObjectName("actionBar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setFloatable(False)
    bar.setMovable(False)
    for action in actions:
        bar.addAction(action)
    return bar


def asset_actions(
    page: QWidget,
    change_status: Callable[[], Any],
    open_maintenance: Callable[[], Any],
    close_maintenance: Callable[[], Any],
) -> tuple[QAction, QAction, QAction]:
    """The actions on the vehicles or items selected that the Vehicles and Equipment pages both
    offer, with the same names and keys: change their status (Ctrl+Shift+S), open maintenance
    on one (Ctrl+M), close it (Ctrl+Shift+M)."""
    tr = QCoreApplication.translate
    return (
        make_action(
            page, "statusAction", tr(_CONTEXT, "Change status…"), change_status, "Ctrl+Shift+S"
        ),
        make_action(
            page, "openWorkAction", tr(_CONTEXT, "Open maintenance…"), open_maintenance, "Ctrl+M"
        ),
        make_action(
            page,
            "closeWorkAction",
            tr(_CONTEXT, "Close maintenance…"),
            close_maintenance,
            "Ctrl+Shift+M",
        ),
    )


def selected_rows(view: RegisterTableView) -> list[Any]:
    """The rows selected in a register view, top to bottom (the current row if none is)."""
    model = view.register_model()
    numbers = sorted(index.row() for index in view.selectionModel().selectedRows())
    if not numbers and view.currentIndex().isValid():
        numbers = [view.currentIndex().row()]
    return [row for row in map(model.row_at, numbers) if row is not None]


def asset_name(row: Any) -> str:
    """How a vehicle or item row is named to the person: its registration, else its tag."""
    return getattr(row, "registration", None) or row.tag


class FleetOperations(QObject):
    """The record operations of one page (its ``parent``), on the records the page names."""

    def __init__(self, app: LsaApplication, page: QWidget) -> None:
        super().__init__(page)
        self.app = app
        self.page = page
        #: The form or question opened last (tests and callers that want to watch it).
        self.dialog: QWidget | None = None

    # --- vehicles and items ----------------------------------------------------------------------

    def new_asset(self, *, vehicles: bool, unit_id: uuid.UUID | None = None) -> QDialog:
        from lsa_desktop.views.dialogs.asset_dialog import AssetDialog

        return self._open(
            AssetDialog(self.app, vehicles=vehicles, unit_id=unit_id, parent=self.page)
        )

    def edit_asset(self, asset_id: uuid.UUID) -> QDialog:
        from lsa_desktop.views.dialogs.asset_dialog import AssetDialog

        return self._open(AssetDialog(self.app, asset_id, parent=self.page))

    def archive_assets(self, asset_ids: Sequence[uuid.UUID], names: Sequence[str]) -> QMessageBox:
        tr = QCoreApplication.translate
        consequence = tr(
            _CONTEXT,
            "They leave the registers and their units' holdings. Undo (Ctrl+Z) brings them back.",
        )
        if len(names) == 1:
            question = tr(_CONTEXT, "Archive {name}?").format(name=names[0])
        else:
            question = tr(_CONTEXT, "Archive these {count} items: {names}?").format(
                count=len(names), names=_listed(names)
            )
        question = f"{question} {consequence}"
        fleet = self.app.services.fleet
        ids = list(asset_ids)
        return self._confirm(
            tr(_CONTEXT, "Archive"),
            question,
            tr(_CONTEXT, "Archive"),
            lambda: fleet.archive_assets(ids),
            tr(_CONTEXT, "Archiving…"),
        )

    def archive_stock_lines(
        self, line_ids: Sequence[uuid.UUID], names: Sequence[str]
    ) -> QMessageBox:
        tr = QCoreApplication.translate
        consequence = tr(
            _CONTEXT,
            "They leave the register and their units' holdings. Undo (Ctrl+Z) brings them back.",
        )
        if len(names) == 1:
            question = tr(_CONTEXT, "Archive the stock line {name}?").format(name=names[0])
        else:
            question = tr(_CONTEXT, "Archive these {count} stock lines: {names}?").format(
                count=len(names), names=_listed(names)
            )
        equipment = self.app.services.equipment
        ids = list(line_ids)
        return self._confirm(
            tr(_CONTEXT, "Archive"),
            f"{question} {consequence}",
            tr(_CONTEXT, "Archive"),
            lambda: equipment.archive_stock_lines(ids),
            tr(_CONTEXT, "Archiving…"),
        )

    def change_status(self, asset_ids: Sequence[uuid.UUID], names: Sequence[str]) -> QDialog:
        from lsa_desktop.views.dialogs.vehicle_status_dialog import VehicleStatusDialog

        return self._open(VehicleStatusDialog(self.app, asset_ids, names, self.page))

    def open_maintenance(
        self, asset_id: uuid.UUID, kind: MaintenanceKind = MaintenanceKind.REPAIR
    ) -> QWidget:
        """The form to open work, or, if work is already open on the item, the form to close it
        (one piece of work at a time)."""
        from lsa_desktop.views.dialogs.maintenance_dialog import MaintenanceDialog

        work = self.app.services.maintenance.open_work_of(asset_id)
        if work is not None:
            return self._close(work.id)
        return self._open(MaintenanceDialog(self.app, asset_id, kind=kind, parent=self.page))

    def close_maintenance(self, asset_id: uuid.UUID, name: str) -> QWidget:
        """The form to close the item's open work; a note if it has none."""
        work = self.app.services.maintenance.open_work_of(asset_id)
        if work is None:
            tr = QCoreApplication.translate
            box = show_information(
                tr(_CONTEXT, "Close maintenance"),
                tr(_CONTEXT, "{name} has no maintenance open.").format(name=name),
                self.page,
            )
            self.dialog = box
            return box
        return self._close(work.id)

    def close_event(self, event_id: uuid.UUID) -> QDialog:
        return self._close(event_id)

    # --- stock and authorisations ----------------------------------------------------------------

    def new_stock_count(self, unit_id: uuid.UUID | None = None) -> QDialog:
        from lsa_desktop.views.dialogs.stock_line_dialog import StockLineDialog

        return self._open(StockLineDialog(self.app, unit_id=unit_id, parent=self.page))

    def count_stock_line(self, line_id: uuid.UUID) -> QDialog:
        from lsa_desktop.views.dialogs.stock_line_dialog import StockLineDialog

        return self._open(StockLineDialog(self.app, line_id, parent=self.page))

    def new_authorisation(self, unit_id: uuid.UUID | None = None) -> QDialog:
        from lsa_desktop.views.dialogs.authorisation_dialog import AuthorisationDialog

        return self._open(AuthorisationDialog(self.app, unit_id=unit_id, parent=self.page))

    def edit_authorisation(self, authorisation_id: uuid.UUID) -> QDialog:
        from lsa_desktop.views.dialogs.authorisation_dialog import AuthorisationDialog

        return self._open(AuthorisationDialog(self.app, authorisation_id, parent=self.page))

    def remove_authorisation(self, authorisation_id: uuid.UUID, description: str) -> QMessageBox:
        tr = QCoreApplication.translate
        equipment = self.app.services.equipment
        return self._confirm(
            tr(_CONTEXT, "Remove authorisation"),
            tr(
                _CONTEXT,
                "Remove the authorisation {what}? The unit will no longer be authorised any. "
                "Undo (Ctrl+Z) brings it back.",
            ).format(what=description),
            tr(_CONTEXT, "Remove"),
            lambda: equipment.remove_authorisation(authorisation_id),
            tr(_CONTEXT, "Removing…"),
        )

    # --- opening ---------------------------------------------------------------------------------

    def _close(self, event_id: uuid.UUID) -> QDialog:
        from lsa_desktop.views.dialogs.maintenance_dialog import MaintenanceCloseDialog

        return self._open(MaintenanceCloseDialog(self.app, event_id, self.page))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _confirm(
        self, title: str, question: str, yes: str, job: Callable[[], Any], label: str
    ) -> QMessageBox:
        """Ask ``question``; do ``job`` as a write if the person says ``yes`` (Cancel is the
        default, so a stray Enter does nothing)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.page)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        confirm.setObjectName("confirmButton")
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))

        def answered() -> None:
            if box.clickedButton() is confirm:
                self.app.tasks.run(job, write=True, label=label, parent=self.page)

        box.finished.connect(answered)
        self.dialog = box
        box.open()
        return box


def _listed(names: Sequence[str], most: int = 5) -> str:
    shown = ", ".join(names[:most])
    more = len(names) - most
    if more > 0:
        shown += QCoreApplication.translate(_CONTEXT, " and {count} more").format(count=more)
    return shown
