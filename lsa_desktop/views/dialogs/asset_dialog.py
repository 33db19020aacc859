"""The form of a vehicle or other serialised item: add one, or edit one with its History.

Choosing the type fills in its default make and model (unless the person typed their own) and
suggests the next free tag, shown in the empty tag field: left blank, that tag is given. A
vehicle needs its registration. When the item has maintenance open, the form says so, and putting
the item back in service offers to close that work in the same save.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import Acquisition, AssetStatus, Condition, Owner
from lsa_desktop.domain.fleet_rules import AssetDraft, check_asset
from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.dialogs.fleet_fields import (
    choose,
    choose_or_offer,
    chosen_id,
    chosen_member,
    enum_options,
    fill,
    hide_problem_labels,
    merged,
    number_text,
    read_date,
    read_whole,
    set_up_history,
    split_unreadable,
    type_options,
    unit_options,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_asset_dialog import Ui_AssetDialog
from lsa_desktop.views.table_models.fleet_labels import fleet_label

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.asset_detail import AssetDetail
    from lsa_desktop.services.equipment_types import EquipmentTypeOption

#: The fields of an :class:`AssetDraft`, as the form names its widgets.
_TEXT_FIELDS = ("tag", "registration", "make", "model", "serial_number")
_FIELDS = (
    "equipment_type_id",
    *_TEXT_FIELDS,
    "acquired_on",
    "owner",
    "acquisition",
    "unit_id",
    "status",
    "condition",
    "odometer_km",
    "next_service_date",
    "next_service_km",
)


class AssetDialog(FormDialog):
    """``asset_id`` None adds a vehicle (``vehicles``) or another serialised item; otherwise edits
    that one. ``unit_id`` preselects the unit of a new one."""

    def __init__(
        self,
        app: LsaApplication,
        asset_id: uuid.UUID | None = None,
        *,
        vehicles: bool = True,
        unit_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_AssetDialog()
        self.ui.setupUi(self)
        hide_problem_labels(self)
        services = app.services
        self.detail: AssetDetail | None = services.fleet.asset(asset_id) if asset_id else None
        self.vehicles = self.detail.is_vehicle if self.detail else vehicles
        kinds = services.equipment.equipment_types(serialised=True, vehicles=self.vehicles)
        self._types: dict[uuid.UUID, EquipmentTypeOption] = {kind.id: kind for kind in kinds}
        self._defaults: tuple[str, str] = ("", "")
        ui = self.ui
        noun = self.tr("vehicle") if self.vehicles else self.tr("item")
        fill(
            ui.equipment_type_id,
            type_options(kinds),
            self.tr("Choose the type of {noun}").format(noun=noun),
        )
        units = [(self.tr("No unit (mission store)"), None), *unit_options(services.units.units())]
        fill(ui.unit_id, units)
        fill(ui.owner, enum_options(Owner))
        fill(ui.acquisition, enum_options(Acquisition))
        fill(ui.status, enum_options(AssetStatus))
        fill(ui.condition, enum_options(Condition))
        if self.detail is None:
            self.setWindowTitle(self.tr("New vehicle") if self.vehicles else self.tr("New item"))
            choose(ui.unit_id, unit_id)
            choose(ui.status, AssetStatus.IN_SERVICE)
            choose(ui.condition, Condition.GOOD)
        else:
            self._show_detail(self.detail)
        self._show_open_work()
        ui.equipment_type_id.currentIndexChanged.connect(self._type_chosen)
        self._type_chosen()
        for field in _FIELDS:
            self.watch(field, getattr(ui, field))
        ui.closeWorkCheck.toggled.connect(self._recheck_status)
        self.history = set_up_history(
            app, ui.tabs, ui.historyTab, "asset", self.detail.id if self.detail else None
        )
        self.connect_buttons(ui.buttonBox)
        ui.equipment_type_id.setFocus()

    # --- FormDialog ------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        values: dict[str, Any] = {field: getattr(ui, field).text() for field in _TEXT_FIELDS}
        values.update(
            equipment_type_id=chosen_id(ui.equipment_type_id),
            unit_id=chosen_id(ui.unit_id),
            owner=chosen_member(ui.owner, Owner),
            acquisition=chosen_member(ui.acquisition, Acquisition),
            status=chosen_member(ui.status, AssetStatus),
            condition=chosen_member(ui.condition, Condition),
            odometer_km=read_whole(ui.odometer_km),
            next_service_date=read_date(ui.next_service_date),
            next_service_km=read_whole(ui.next_service_km),
            acquired_on=read_date(ui.acquired_on),
        )
        return values

    def check(self, values: Mapping[str, Any]) -> Problems:
        readable, problems = split_unreadable(values)
        kind = self._types.get(readable["equipment_type_id"])
        rules = check_asset(
            AssetDraft(**readable),
            is_vehicle=kind.is_vehicle if kind is not None else self.vehicles,
            today=date.today(),
            recorded=self.detail.record() if self.detail else None,
            closing_open_work=self._closing_open_work(),
        )
        return merged(problems, rules)

    def submit(self, values: Mapping[str, Any]) -> AssetDetail:
        return self.app.services.fleet.save_asset(
            AssetDraft(**values),
            self.detail.id if self.detail else None,
            close_open_work=self._closing_open_work(),
        )

    # --- behaviour -------------------------------------------------------------------------------

    def _show_detail(self, detail: AssetDetail) -> None:
        ui = self.ui
        name = detail.registration or detail.tag
        title = self.tr("Vehicle {name}") if self.vehicles else self.tr("Item {name}")
        self.setWindowTitle(title.format(name=name))
        choose_or_offer(ui.equipment_type_id, detail.equipment_type_id, detail.type_name)
        kind = self._types.get(detail.equipment_type_id)
        self._defaults = (kind.default_make, kind.default_model) if kind else ("", "")
        ui.tag.setText(detail.tag)
        ui.registration.setText(detail.registration or "")
        ui.make.setText(detail.make)
        ui.model.setText(detail.model)
        ui.serial_number.setText(detail.serial_number)
        choose_or_offer(ui.unit_id, detail.unit_id, detail.unit_code or "")
        choose(ui.owner, detail.owner)
        choose(ui.acquisition, detail.acquisition)
        choose(ui.status, detail.status)
        choose(ui.condition, detail.condition)
        ui.odometer_km.setText(number_text(detail.odometer_km))
        ui.next_service_km.setText(number_text(detail.next_service_km))
        for edit, value in (
            (ui.next_service_date, detail.next_service_date),
            (ui.acquired_on, detail.acquired_on),
        ):
            edit.setText(value.isoformat() if value else "")

    def _show_open_work(self) -> None:
        work = self.detail.open_work if self.detail else None
        self.ui.workLabel.setVisible(work is not None)
        self.ui.closeWorkCheck.setVisible(work is not None)
        if work is not None:
            self.ui.workLabel.setText(
                self.tr("Maintenance open: {kind} since {date}.").format(
                    kind=fleet_label(work.kind).lower(), date=work.opened_on.isoformat()
                )
            )

    def _closing_open_work(self) -> bool:
        return not self.ui.closeWorkCheck.isHidden() and self.ui.closeWorkCheck.isChecked()

    @Slot()
    def _type_chosen(self) -> None:
        """Follow the type: its default make and model where the person typed none of their own,
        and the tag it would be given."""
        ui = self.ui
        kind = self._types.get(chosen_id(ui.equipment_type_id))  # type: ignore[arg-type]
        if kind is None:
            ui.tag.setPlaceholderText(self.tr("Given when the type is chosen"))
            return
        for edit, old, new in (
            (ui.make, self._defaults[0], kind.default_make),
            (ui.model, self._defaults[1], kind.default_model),
        ):
            if edit.text().strip() in ("", old):
                edit.setText(new)
        self._defaults = (kind.default_make, kind.default_model)
        ui.registrationLabel.setText(
            self.tr("&Registration:") if kind.is_vehicle else self.tr("&Registration (if any):")
        )
        if self.detail is None or kind.id != self.detail.equipment_type_id:
            suggestion = self.app.services.fleet.suggest_tag(kind.id)
            ui.tag.setPlaceholderText(self.tr("{tag} (given if left blank)").format(tag=suggestion))

    @Slot()
    def _recheck_status(self) -> None:
        self._touched.add("status")
        self._show(self.check(self.collect()).as_dict(), only=self._touched)
