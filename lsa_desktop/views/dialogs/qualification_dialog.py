"""A qualification's form: type, number, issued on, expires on.

Three uses: add one to an officer, correct one as recorded, or renew one (the form opens filled
in with the same type and number, issued today; saving archives the old one and adds the new).
The expiry follows the issue date and the type's validity ("valid 36 months") until the person
sets it by hand.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from lsa_desktop.domain.personnel_rules import (
    QualificationInput,
    check_qualification,
    default_expiry,
)
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.qualifications import QualificationRow, QualificationTypeOption
from lsa_desktop.views.dialogs.field_helpers import (
    NONE_TEXT,
    OptionalDate,
    choose_id,
    chosen_id,
    fill_choices,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_qualification_dialog import Ui_QualificationDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

FIELDS = ("qualification_type_id", "number", "issued_on", "expires_on")


class QualificationDialog(FormDialog):
    """``held`` None adds a qualification to the officer; given, the form corrects it, or with
    ``renew`` records its renewal. ``saved`` carries the :class:`QualificationRow` written."""

    def __init__(
        self,
        app: LsaApplication,
        person_id: uuid.UUID,
        officer: str,
        held: QualificationRow | None = None,
        *,
        renew: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_QualificationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._person_id = person_id
        self._held = held
        self._renew = renew and held is not None
        self._types = {option.id: option for option in app.services.qualifications.types()}
        fill_choices(
            ui.qualification_type_id,
            [(option.name, option.id.hex) for option in self._types.values()],
            none_text=NONE_TEXT,
        )
        self.issued = OptionalDate(ui.issued_onSet, ui.issued_on)
        self.expires = OptionalDate(ui.expires_onSet, ui.expires_on)
        #: The expiry was set by hand: the issue date no longer moves it.
        self._expiry_by_hand = False
        self._fill(held, officer)
        ui.qualification_type_id.currentIndexChanged.connect(self._follow_validity)
        self.issued.changed.connect(self._follow_validity)
        ui.expires_on.dateChanged.connect(self._expiry_edited)
        ui.expires_onSet.clicked.connect(self._expiry_edited)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Renew") if self._renew else self.tr("Save"))
        ok.setDefault(True)
        for field in FIELDS:
            self.watch(field, getattr(ui, field))
        self.connect_buttons(ui.buttonBox)
        (ui.number if held is not None else ui.qualification_type_id).setFocus()

    def _fill(self, held: QualificationRow | None, officer: str) -> None:
        ui = self.ui
        if held is None:
            title = self.tr("{officer}: new qualification").format(officer=officer)
            self.issued.set_value(date.today())
            self.expires.set_value(None)
        elif self._renew:
            title = self.tr("{officer}: renew {qualification}").format(
                officer=officer, qualification=held.type_name
            )
            choose_id(ui.qualification_type_id, held.qualification_type_id)
            ui.number.setText(held.number)
            self.issued.set_value(date.today())
            self.expires.set_value(default_expiry(date.today(), held.validity_months))
        else:
            title = self.tr("{officer}: {qualification}").format(
                officer=officer, qualification=held.type_name
            )
            choose_id(ui.qualification_type_id, held.qualification_type_id)
            ui.number.setText(held.number)
            self.issued.set_value(held.issued_on)
            self.expires.set_value(held.expires_on)
            self._expiry_by_hand = True  # as recorded: correcting the issue date keeps it
        # A renewal is of the same qualification; correcting one may fix its type.
        ui.qualification_type_id.setEnabled(not self._renew)
        self.setWindowTitle(title)
        ui.titleLabel.setText(title)
        self._show_validity()

    # --- the expiry follows the validity ----------------------------------------------------

    def chosen_type(self) -> QualificationTypeOption | None:
        key = chosen_id(self.ui.qualification_type_id)
        return self._types.get(key) if key is not None else None

    def _follow_validity(self) -> None:
        self._show_validity()
        kind = self.chosen_type()
        if self._expiry_by_hand or kind is None:
            return
        expiry = default_expiry(self.issued.value(), kind.validity_months)
        if expiry is not None:
            self.expires.set_value(expiry)

    def _expiry_edited(self) -> None:
        """The person typed an expiry or ticked its box: from now on it is theirs. (A date set
        by the code arrives while the focus is elsewhere.)"""
        if self.ui.expires_on.hasFocus() or self.ui.expires_onSet.hasFocus():
            self._expiry_by_hand = True

    def _show_validity(self) -> None:
        kind = self.chosen_type()
        note = self.ui.validityNote
        if kind is None:
            note.clear()
        elif kind.validity_months:
            note.setText(
                self.tr("{name} is valid {months} months from its issue.").format(
                    name=kind.name, months=kind.validity_months
                )
            )
        else:
            note.setText(self.tr("{name} does not expire.").format(name=kind.name))

    # --- FormDialog ----------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        return {
            "qualification_type_id": chosen_id(self.ui.qualification_type_id),
            "number": self.ui.number.text(),
            "issued_on": self.issued.value(),
            "expires_on": self.expires.value(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        kind = self.chosen_type()
        problems = check_qualification(
            QualificationInput(**values), kind.validity_months if kind else None
        )
        return problems

    def submit(self, values: Mapping[str, Any]) -> QualificationRow:
        qualifications = self.app.services.qualifications
        entered = QualificationInput(**values)
        if self._held is None:
            return qualifications.add(self._person_id, entered)
        if self._renew:
            return qualifications.renew(self._held.id, entered)
        return qualifications.update(self._held.id, entered)
