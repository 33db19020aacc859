"""Give the officers selected in the register a new status, in one write.

Repatriated asks for the day they left, which becomes each one's tour end. If the status does not
fit one of them (see :mod:`lsa_desktop.domain.personnel_rules`), nobody is changed and the
refusal names each officer and why.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.dialogs.field_helpers import (
    choose,
    chosen_enum,
    date_of,
    fill_choices,
    show_date,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_person_status_dialog import Ui_PersonStatusDialog
from lsa_desktop.views.table_models.labels import enum_label

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


class PersonStatusDialog(FormDialog):
    """``saved`` carries how many officers were changed."""

    def __init__(
        self,
        app: LsaApplication,
        person_ids: Sequence[uuid.UUID],
        parent: QWidget | None = None,
        *,
        status: PersonStatus = PersonStatus.ACTIVE,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_PersonStatusDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._person_ids = list(person_ids)
        count = len(self._person_ids)
        ui.summaryLabel.setText(
            self.tr("New status of 1 officer:")
            if count == 1
            else self.tr("New status of {count} officers:").format(count=count)
        )
        fill_choices(ui.status, [(enum_label(s), s.value) for s in PersonStatus])
        choose(ui.status, status.value)
        show_date(ui.tour_end_date, date.today())
        ui.status.currentIndexChanged.connect(self._follow_status)
        self._follow_status()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change"))
        ok.setDefault(True)
        self.watch("status", ui.status)
        self.watch("tour_end_date", ui.tour_end_date)
        self.connect_buttons(ui.buttonBox)
        ui.status.setFocus()

    def _repatriating(self) -> bool:
        return chosen_enum(self.ui.status, PersonStatus) == PersonStatus.REPATRIATED

    def _follow_status(self) -> None:
        """The departure date matters only for Repatriated."""
        repatriating = self._repatriating()
        for widget in (self.ui.tour_end_date, self.ui.tour_end_dateLabel, self.ui.noteLabel):
            widget.setEnabled(repatriating)

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "status": chosen_enum(ui.status, PersonStatus) or PersonStatus.ACTIVE,
            "tour_end_date": date_of(ui.tour_end_date) if self._repatriating() else None,
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        problems = Problems()
        left_on = values["tour_end_date"]
        problems.check(
            left_on is None or left_on <= date.today(),
            "tour_end_date",
            self.tr(
                "{date} is after today: officers are repatriated on the day they leave or after."
            ).format(date=left_on.isoformat() if left_on else ""),
        )
        return problems

    def submit(self, values: Mapping[str, Any]) -> int:
        return self.app.services.personnel_batch.change_status(
            self._person_ids, values["status"], values["tour_end_date"]
        )
