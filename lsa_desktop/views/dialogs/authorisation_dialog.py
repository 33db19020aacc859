"""The form of an authorisation: how many of one equipment type a unit should hold, and on what
basis (the MOU, the mission's statement of requirements, the commander). A unit has one per type:
adding a second is refused with the figures of the first, to be edited instead."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import AuthorisationBasis
from lsa_desktop.domain.stock_rules import AuthorisationDraft, check_authorisation
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
    read_whole,
    set_up_history,
    split_unreadable,
    type_options,
    unit_options,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_authorisation_dialog import Ui_AuthorisationDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.authorisations import AuthorisationDetail

_FIELDS = ("unit_id", "equipment_type_id", "quantity", "basis", "reference")


class AuthorisationDialog(FormDialog):
    """``authorisation_id`` None adds one (``unit_id`` preselects the unit); otherwise edits that
    one, whose unit and type stay as they are."""

    def __init__(
        self,
        app: LsaApplication,
        authorisation_id: uuid.UUID | None = None,
        *,
        unit_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_AuthorisationDialog()
        self.ui.setupUi(self)
        hide_problem_labels(self)
        ui = self.ui
        services = app.services
        self.detail: AuthorisationDetail | None = (
            services.equipment.authorisation(authorisation_id) if authorisation_id else None
        )
        fill(ui.unit_id, unit_options(services.units.units()), self.tr("Choose the unit"))
        kinds = services.equipment.equipment_types()
        fill(ui.equipment_type_id, type_options(kinds), self.tr("Choose the equipment"))
        fill(ui.basis, enum_options(AuthorisationBasis))
        detail = self.detail
        if detail is None:
            self.setWindowTitle(self.tr("New authorisation"))
            choose(ui.unit_id, unit_id)
            choose(ui.basis, AuthorisationBasis.MOU)
        else:
            self.setWindowTitle(
                self.tr("Authorisation of {unit}: {equipment}").format(
                    unit=detail.unit_code, equipment=detail.type_name
                )
            )
            choose_or_offer(ui.unit_id, detail.unit_id, detail.unit_code)
            choose_or_offer(ui.equipment_type_id, detail.equipment_type_id, detail.type_name)
            ui.unit_id.setEnabled(False)
            ui.equipment_type_id.setEnabled(False)
            ui.quantity.setText(number_text(detail.quantity))
            choose(ui.basis, detail.basis)
            ui.reference.setText(detail.reference)
        for field in _FIELDS:
            self.watch(field, getattr(ui, field))
        set_up_history(app, ui.tabs, ui.historyTab, "authorisation", detail.id if detail else None)
        self.connect_buttons(ui.buttonBox)
        (ui.quantity if detail else ui.unit_id).setFocus()

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "unit_id": chosen_id(ui.unit_id),
            "equipment_type_id": chosen_id(ui.equipment_type_id),
            "quantity": read_whole(ui.quantity),
            "basis": chosen_member(ui.basis, AuthorisationBasis),
            "reference": ui.reference.text(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        readable, problems = split_unreadable(values)
        return merged(problems, check_authorisation(AuthorisationDraft(**readable)))

    def submit(self, values: Mapping[str, Any]) -> AuthorisationDetail:
        return self.app.services.equipment.save_authorisation(
            AuthorisationDraft(**values), self.detail.id if self.detail else None
        )
