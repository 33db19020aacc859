"""A donor's form: name, type (government, multilateral, NGO, private), country and contact.

The country is chosen from the countries Qt knows, by name in the interface language (typing the
first letters finds it); none suits a multilateral fund. An existing donor is read off the GUI
thread before its form is filled; until then the form shows "Reading…" and cannot be saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from lsa_desktop.domain.enums import DonorType
from lsa_desktop.domain.pledge_inputs import DonorInput, check_donor
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.donors import DonorDetail
from lsa_desktop.views.dialogs.field_helpers import (
    NONE_TEXT,
    choose,
    chosen_enum,
    fill_choices,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_donor_dialog import Ui_DonorDialog
from lsa_desktop.views.table_models.donor_labels import countries, donor_label

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

FIELDS = ("name", "donor_type", "country_code", "contact")


class DonorDialog(FormDialog):
    """Add a donor (``donor_id`` None) or edit one; ``saved`` carries the :class:`DonorDetail`."""

    def __init__(
        self,
        app: LsaApplication,
        donor_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_DonorDialog()
        self.ui.setupUi(self)
        self._donor_id = donor_id
        ui = self.ui
        fill_choices(ui.donor_type, [(donor_label(kind), kind.value) for kind in DonorType])
        fill_choices(
            ui.country_code,
            [(f"{name} ({code})", code) for name, code in countries()],
            none_text=NONE_TEXT,
        )
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Save"))
        self._ok.setDefault(True)
        for field in FIELDS:
            self.watch(field, getattr(ui, field))
        self.connect_buttons(ui.buttonBox)
        self._loading = donor_id is not None
        if donor_id is None:
            self.setWindowTitle(self.tr("New donor"))
            ui.titleLabel.setText(self.tr("New donor"))
            choose(ui.donor_type, DonorType.GOVERNMENT.value)
        else:
            self.setWindowTitle(self.tr("Donor"))
            ui.titleLabel.setText(self.tr("Reading…"))
            self._ok.setEnabled(False)
            donors = app.services.donors
            app.tasks.run(
                lambda: donors.detail(donor_id),
                parent=self,
                show_progress=False,
                on_success=self._show_donor,
                on_failure=self._read_failed,
            )
        ui.name.setFocus()

    @property
    def loading(self) -> bool:
        """The donor is still being read."""
        return self._loading

    def _show_donor(self, donor: DonorDetail) -> None:
        ui = self.ui
        self._loading = False
        self.setWindowTitle(self.tr("Donor {name}").format(name=donor.name))
        ui.titleLabel.setText(donor.name)
        ui.name.setText(donor.name)
        choose(ui.donor_type, donor.donor_type.value)
        if donor.country_code and ui.country_code.findData(donor.country_code) < 0:
            ui.country_code.addItem(donor.country_code, donor.country_code)
        choose(ui.country_code, donor.country_code or None)
        ui.contact.setPlainText(donor.contact)
        self._ok.setEnabled(True)

    def _read_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.app.report_error(exc, self)
        self.reject()

    # --- FormDialog ----------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.name.text(),
            "donor_type": chosen_enum(ui.donor_type, DonorType),
            "country_code": ui.country_code.currentData() or "",
            "contact": ui.contact.toPlainText(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        return check_donor(DonorInput(**values))

    def save(self) -> None:
        if not self._loading:
            super().save()

    def submit(self, values: Mapping[str, Any]) -> DonorDetail:
        donors = self.app.services.donors
        if self._donor_id is None:
            return donors.create(DonorInput(**values))
        return donors.update(self._donor_id, DonorInput(**values))
