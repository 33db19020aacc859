"""Opening and closing maintenance on a vehicle or item.

Opening: kind, date, odometer, cost, notes; a repair or battle damage takes the item out of
service by default (the box can be unticked), which lowers its unit's serviceable count at once.
Closing: date, final cost, downtime (the days it was open unless typed), notes; the item goes back
in service if the work had taken it out, and a scheduled service plans the next one from the
type's intervals, as the form shows before saving.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import AssetStatus, MaintenanceKind
from lsa_desktop.domain.fleet_rules import (
    MaintenanceClosing,
    MaintenanceOpening,
    check_closing,
    check_opening,
    downtime_days,
    next_service_after,
    under_repair_by_default,
)
from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.dialogs.fleet_fields import (
    choose,
    chosen_member,
    date_of,
    enum_options,
    fill,
    hide_problem_labels,
    merged,
    number_text,
    read_amount,
    read_whole,
    set_date,
    split_unreadable,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_maintenance_close_dialog import Ui_MaintenanceCloseDialog
from lsa_desktop.views.forms.ui_maintenance_dialog import Ui_MaintenanceDialog
from lsa_desktop.views.table_models.fleet_labels import fleet_label

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.asset_detail import AssetDetail
    from lsa_desktop.services.maintenance import MaintenanceDetail

_OUT_OF_SERVICE = (AssetStatus.UNDER_REPAIR, AssetStatus.UNSERVICEABLE)


def _km(value: int) -> str:
    return QLocale().toString(value)


class MaintenanceDialog(FormDialog):
    """Open maintenance on the item ``asset_id`` (``kind`` preselected: a repair by default)."""

    def __init__(
        self,
        app: LsaApplication,
        asset_id: uuid.UUID,
        *,
        kind: MaintenanceKind = MaintenanceKind.REPAIR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_MaintenanceDialog()
        self.ui.setupUi(self)
        hide_problem_labels(self)
        ui = self.ui
        self.asset: AssetDetail = app.services.fleet.asset(asset_id)
        asset = self.asset
        self.setWindowTitle(self.tr("Open maintenance: {name}").format(name=asset.name))
        ui.assetLabel.setText(self._asset_text())
        fill(ui.kind, enum_options(MaintenanceKind))
        choose(ui.kind, kind)
        set_date(ui.opened_on, date.today())
        ui.odometer_km.setText(number_text(asset.odometer_km))
        ui.set_under_repair.setChecked(under_repair_by_default(kind))
        ui.kind.currentIndexChanged.connect(self._kind_chosen)
        for field in ("kind", "opened_on", "odometer_km", "cost_usd", "notes"):
            self.watch(field, getattr(ui, field))
        self.connect_buttons(ui.buttonBox)
        ui.kind.setFocus()

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "kind": chosen_member(ui.kind, MaintenanceKind),
            "opened_on": date_of(ui.opened_on),
            "odometer_km": read_whole(ui.odometer_km),
            "cost_usd": read_amount(ui.cost_usd),
            "notes": ui.notes.toPlainText(),
            "set_under_repair": ui.set_under_repair.isChecked(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        readable, problems = split_unreadable(values)
        rules = check_opening(
            MaintenanceOpening(**readable),
            today=date.today(),
            recorded_odometer_km=self.asset.recorded_odometer_km,
        )
        return merged(problems, rules)

    def submit(self, values: Mapping[str, Any]) -> MaintenanceDetail:
        return self.app.services.maintenance.open_maintenance(
            self.asset.id, MaintenanceOpening(**values)
        )

    def _asset_text(self) -> str:
        """What the item is, where it is and how it stands, in one line."""
        asset = self.asset
        text = self.tr("{name} — {type} ({unit}), {status}").format(
            name=asset.name,
            type=asset.type_name,
            unit=asset.unit_code or self.tr("mission store"),
            status=fleet_label(asset.status).lower(),
        )
        if asset.odometer_km is not None:
            text += self.tr(", {km} km").format(km=_km(asset.odometer_km))
        return text + "."

    @Slot()
    def _kind_chosen(self) -> None:
        kind = chosen_member(self.ui.kind, MaintenanceKind)
        if kind is not None:
            self.ui.set_under_repair.setChecked(under_repair_by_default(kind))


class MaintenanceCloseDialog(FormDialog):
    """Close the maintenance event ``event_id``."""

    def __init__(
        self, app: LsaApplication, event_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_MaintenanceCloseDialog()
        self.ui.setupUi(self)
        hide_problem_labels(self)
        ui = self.ui
        self.event: MaintenanceDetail = app.services.maintenance.event(event_id)
        event = self.event
        self.setWindowTitle(self.tr("Close maintenance: {name}").format(name=event.asset_name))
        ui.assetLabel.setText(
            self.tr("{kind} of {name} ({type}), open since {date}.").format(
                kind=fleet_label(event.kind),
                name=event.asset_name,
                type=event.type_name,
                date=event.opened_on.isoformat(),
            )
        )
        set_date(ui.closed_on, max(date.today(), event.opened_on))
        ui.cost_usd.setText(number_text(event.cost_usd))
        ui.notes.setPlainText(event.notes)
        ui.return_to_service.setChecked(True)
        ui.return_to_service.setVisible(event.asset_status in _OUT_OF_SERVICE)
        planned = event.kind is MaintenanceKind.SCHEDULED_SERVICE and bool(
            event.service_interval_days or event.service_interval_km
        )
        ui.plan_next_service.setChecked(planned)
        ui.plan_next_service.setVisible(planned)
        ui.closed_on.dateChanged.connect(self._show_consequences)
        ui.plan_next_service.toggled.connect(self._show_consequences)
        self._show_consequences()
        for field in ("closed_on", "cost_usd", "downtime_days", "notes"):
            self.watch(field, getattr(ui, field))
        self.connect_buttons(ui.buttonBox)
        ui.closed_on.setFocus()

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "closed_on": date_of(ui.closed_on),
            "cost_usd": read_amount(ui.cost_usd),
            "downtime_days": read_whole(ui.downtime_days),
            "notes": ui.notes.toPlainText(),
            "return_to_service": not ui.return_to_service.isHidden()
            and ui.return_to_service.isChecked(),
            "plan_next_service": not ui.plan_next_service.isHidden()
            and ui.plan_next_service.isChecked(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        readable, problems = split_unreadable(values)
        rules = check_closing(
            MaintenanceClosing(**readable), opened_on=self.event.opened_on, today=date.today()
        )
        return merged(problems, rules)

    def submit(self, values: Mapping[str, Any]) -> MaintenanceDetail:
        return self.app.services.maintenance.close_maintenance(
            self.event.id, MaintenanceClosing(**values)
        )

    @Slot()
    def _show_consequences(self) -> None:
        """The default downtime, and when the next service will fall, for the closing date."""
        ui, event = self.ui, self.event
        closed_on = date_of(ui.closed_on)
        days = downtime_days(event.opened_on, closed_on)
        ui.downtime_days.setPlaceholderText(self.tr("{days} (from the dates)").format(days=days))
        if ui.plan_next_service.isHidden():
            ui.nextServiceLabel.hide()
            return
        reading = event.odometer_km if event.odometer_km is not None else event.asset_odometer_km
        due_on, due_km = next_service_after(
            closed_on, reading, event.service_interval_days, event.service_interval_km
        )
        parts = []
        if due_on is not None:
            parts.append(self.tr("on {date}").format(date=due_on.isoformat()))
        if due_km is not None:
            parts.append(self.tr("at {km} km").format(km=_km(due_km)))
        ui.nextServiceLabel.setText(
            self.tr("Next service: {when}.").format(when=self.tr(" or ").join(parts))
            if ui.plan_next_service.isChecked() and parts
            else ""
        )
        ui.nextServiceLabel.setHidden(not ui.nextServiceLabel.text())
