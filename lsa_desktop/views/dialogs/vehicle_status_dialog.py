"""Changing the status of several vehicles (or items) at once: one write, one change set, each
vehicle's change audited. All or nothing: if the change makes no sense for one of them (a vehicle
written off cannot come back into service), nothing changes and the form names it."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import AssetStatus
from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.dialogs.fleet_fields import (
    chosen_member,
    enum_options,
    fill,
    hide_problem_labels,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_vehicle_status_dialog import Ui_VehicleStatusDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.assets import StatusChange

#: Names listed in the form's heading before "and N more".
_NAMED = 8


class VehicleStatusDialog(FormDialog):
    """Give the items ``asset_ids`` (called ``names`` in the heading) one new status."""

    def __init__(
        self,
        app: LsaApplication,
        asset_ids: Sequence[uuid.UUID],
        names: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_VehicleStatusDialog()
        self.ui.setupUi(self)
        hide_problem_labels(self)
        ui = self.ui
        self.asset_ids = list(asset_ids)
        shown = ", ".join(names[:_NAMED])
        if len(names) > _NAMED:
            shown += self.tr(" and {count} more").format(count=len(names) - _NAMED)
        ui.selectionLabel.setText(
            self.tr("Selected ({count}): {names}.").format(count=len(names), names=shown)
        )
        fill(ui.status, enum_options(AssetStatus), self.tr("Choose the new status"))
        ui.status.currentIndexChanged.connect(self._status_chosen)
        self._status_chosen()
        self.watch("status", ui.status)
        self.connect_buttons(ui.buttonBox)
        ui.status.setFocus()

    def collect(self) -> dict[str, Any]:
        return {
            "status": chosen_member(self.ui.status, AssetStatus),
            "close_open_work": not self.ui.close_open_work.isHidden()
            and self.ui.close_open_work.isChecked(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        problems = Problems()
        problems.check(
            isinstance(values["status"], AssetStatus), "status", self.tr("Choose the new status.")
        )
        return problems

    def submit(self, values: Mapping[str, Any]) -> StatusChange:
        return self.app.services.fleet.set_status(
            self.asset_ids, values["status"], close_open_work=values["close_open_work"]
        )

    @Slot()
    def _status_chosen(self) -> None:
        """Closing open maintenance is offered only when putting items back in service."""
        status = chosen_member(self.ui.status, AssetStatus)
        self.ui.close_open_work.setHidden(status is not AssetStatus.IN_SERVICE)
