"""Move the officers selected in the register to another unit, in one write.

Each officer's move is its own UPDATE in the history, all under one change (one Undo).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.dialogs.field_helpers import NONE_TEXT, chosen_id, fill_choices
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_move_officers_dialog import Ui_MoveOfficersDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


class MoveOfficersDialog(FormDialog):
    """``saved`` carries how many officers changed unit."""

    def __init__(
        self,
        app: LsaApplication,
        person_ids: Sequence[uuid.UUID],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_MoveOfficersDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._person_ids = list(person_ids)
        count = len(self._person_ids)
        ui.summaryLabel.setText(
            self.tr("Move 1 officer to:")
            if count == 1
            else self.tr("Move {count} officers to:").format(count=count)
        )
        units = app.services.units.units()
        fill_choices(ui.unit_id, [(f"{u.code} — {u.name}", u.id.hex) for u in units], NONE_TEXT)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Move"))
        ok.setDefault(True)
        self.watch("unit_id", ui.unit_id)
        self.connect_buttons(ui.buttonBox)
        ui.unit_id.setFocus()

    def collect(self) -> dict[str, Any]:
        return {"unit_id": chosen_id(self.ui.unit_id)}

    def check(self, values: Mapping[str, Any]) -> Problems:
        problems = Problems()
        problems.check(values["unit_id"] is not None, "unit_id", self.tr("Choose the unit."))
        return problems

    def submit(self, values: Mapping[str, Any]) -> int:
        return self.app.services.personnel_batch.move_people(self._person_ids, values["unit_id"])
