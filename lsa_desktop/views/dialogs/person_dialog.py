"""An officer's form: service number, rank, names, sex, unit, role, status, arrival and tour end;
for an officer already on the roll, their qualifications (add, correct, renew, remove) and their
history on further tabs.

The status rules (a repatriated officer needs the day they left, one coming back needs a new
arrival...) are in :mod:`lsa_desktop.domain.personnel_rules`; each problem shows beside its field
as soon as the field is left, and nothing is saved while one stands.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Slot
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHeaderView, QVBoxLayout, QWidget

from lsa_desktop.domain.enums import PersonStatus, Sex
from lsa_desktop.domain.personnel_rules import PersonInput, check_person
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.personnel import PersonDetail
from lsa_desktop.services.qualifications import QualificationRow
from lsa_desktop.views.dialogs.field_helpers import (
    NONE_TEXT,
    OptionalDate,
    ask_to_confirm,
    choose,
    choose_id,
    chosen_enum,
    chosen_id,
    fill_choices,
    offer_current,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.dialogs.qualification_dialog import QualificationDialog
from lsa_desktop.views.forms.ui_person_dialog import Ui_PersonDialog
from lsa_desktop.views.pages.row_list_model import (
    NO_VALUE,
    Column,
    RowListModel,
    Style,
    compact_rows,
    date_key,
    date_text,
)
from lsa_desktop.views.table_models.labels import enum_label
from lsa_desktop.views.widgets.history_panel import HistoryPanel

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

FIELDS = (
    "service_number",
    "rank_id",
    "surname",
    "given_names",
    "sex",
    "unit_id",
    "role",
    "status",
    "arrival_date",
    "tour_end_date",
)
_EXPIRED = Style(foreground="#b91c1c", bold=True)
_SOON = Style(foreground="#b45309")
#: Days ahead within which an expiry shows in amber (as in the expiring qualifications list).
SOON_DAYS = 30


def _expiry_style(row: QualificationRow) -> Style | None:
    if row.expires_on is None:
        return None
    days = (row.expires_on - date.today()).days
    if days < 0:
        return _EXPIRED
    return _SOON if days <= SOON_DAYS else None


class PersonDialog(FormDialog):
    """Add an officer (``person_id`` None, placed in ``unit_id`` if given) or edit one;
    ``focus_qualification`` opens the Qualifications tab on that qualification. ``saved``
    carries the :class:`PersonDetail`."""

    def __init__(
        self,
        app: LsaApplication,
        person_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        unit_id: uuid.UUID | None = None,
        focus_qualification: uuid.UUID | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._person_id = person_id
        self._previous: PersonInput | None = None
        self._officer = ""
        self.arrival = OptionalDate(ui.arrival_dateSet, ui.arrival_date)
        self.tour_end = OptionalDate(ui.tour_end_dateSet, ui.tour_end_date)
        self._fill_choices()
        self.history: HistoryPanel | None = None
        #: The qualification form opened last from the Qualifications tab.
        self.qualification_dialog: QualificationDialog | None = None
        self._set_up_qualifications()
        if person_id is None:
            self._start_new(unit_id)
        else:
            self._show_person(app.services.personnel.person(person_id))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        ok.setDefault(True)
        for field in FIELDS:
            self.watch(field, getattr(ui, field))
        self.connect_buttons(ui.buttonBox)
        ui.service_number.setFocus()
        if focus_qualification is not None:
            self.show_qualification(focus_qualification)

    def _fill_choices(self) -> None:
        ui, services = self.ui, self.app.services
        fill_choices(
            ui.rank_id,
            [(f"{r.code} — {r.name}", r.id.hex) for r in services.personnel.ranks()],
            none_text=NONE_TEXT,
        )
        fill_choices(ui.sex, [(enum_label(sex), sex.value) for sex in Sex], none_text=NONE_TEXT)
        fill_choices(
            ui.unit_id,
            [(f"{u.code} — {u.name}", u.id.hex) for u in services.units.units()],
            none_text=NONE_TEXT,
        )
        fill_choices(ui.status, [(enum_label(status), status.value) for status in PersonStatus])

    def _start_new(self, unit_id: uuid.UUID | None) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New officer"))
        ui.titleLabel.setText(self.tr("New officer"))
        choose_id(ui.unit_id, unit_id)
        choose(ui.status, PersonStatus.ACTIVE.value)
        self.arrival.set_value(None)
        self.tour_end.set_value(None)
        ui.qualificationsNote.setText(
            self.tr("Save the officer first; then their qualifications can be recorded here.")
        )
        ui.addQualificationButton.setEnabled(False)
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.historyTab), False)

    def _show_person(self, person: PersonDetail) -> None:
        ui = self.ui
        self._previous = person.values()
        self._officer = person.display_name
        self.setWindowTitle(self.tr("Officer {number}").format(number=person.service_number))
        ui.titleLabel.setText(f"{person.display_name} ({person.service_number})")
        ui.service_number.setText(person.service_number)
        choose_id(ui.rank_id, person.rank_id)
        ui.surname.setText(person.surname)
        ui.given_names.setText(person.given_names)
        choose(ui.sex, person.sex.value if person.sex else None)
        if person.unit_id is not None and ui.unit_id.findData(person.unit_id.hex) < 0:
            # Only an officer of an archived unit needs the archived units read to name it.
            archived = self.app.services.units.units(include_archived=True)
            offer_current(ui.unit_id, person.unit_id, {u.id: u.code for u in archived})
        choose_id(ui.unit_id, person.unit_id)
        ui.role.setText(person.role)
        choose(ui.status, person.status.value)
        self.arrival.set_value(person.arrival_date)
        self.tour_end.set_value(person.tour_end_date, blank_shows=person.arrival_date)
        self.history = HistoryPanel(self.app, ui.historyTab)
        self.history.setObjectName("historyPanel")
        layout = ui.historyTab.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.history)
        self.history.show_record("person", person.id)
        self._load_qualifications()
        self.app.dataChanged.connect(self._load_qualifications)

    # --- qualifications ------------------------------------------------------------------------

    def _set_up_qualifications(self) -> None:
        ui = self.ui
        columns: list[Column[QualificationRow]] = [
            Column(self.tr("Qualification"), lambda r: r.type_name, lambda r: r.type_name),
            Column(self.tr("Number"), lambda r: r.number or NO_VALUE, lambda r: r.number),
            Column(
                self.tr("Issued"), lambda r: date_text(r.issued_on), lambda r: date_key(r.issued_on)
            ),
            Column(
                self.tr("Expires"),
                lambda r: date_text(r.expires_on),
                lambda r: date_key(r.expires_on),
                style=_expiry_style,
            ),
        ]
        self.qualifications: RowListModel[QualificationRow] = RowListModel(columns, self)
        view = ui.qualificationsView
        view.setModel(self.qualifications)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        compact_rows(view)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(self._enable_qualification_buttons)
        view.doubleClicked.connect(self.edit_qualification)
        ui.addQualificationButton.clicked.connect(self.add_qualification)
        ui.editQualificationButton.clicked.connect(self.edit_qualification)
        ui.renewQualificationButton.clicked.connect(self.renew_qualification)
        ui.removeQualificationButton.clicked.connect(self.remove_qualification)
        self._enable_qualification_buttons()

    @Slot()
    def _load_qualifications(self) -> None:
        if self._person_id is None:
            return
        chosen = self.selected_qualification()
        rows = self.app.services.qualifications.of_person(self._person_id)
        self.qualifications.set_rows(rows)
        self.ui.qualificationsNote.setText(
            self.tr("No qualification recorded.") if not rows else ""
        )
        self.ui.qualificationsNote.setVisible(not rows)
        if chosen is not None:
            self._select_qualification(chosen.id)
        self._enable_qualification_buttons()

    def selected_qualification(self) -> QualificationRow | None:
        rows = self.ui.qualificationsView.selectionModel().selectedRows()
        return self.qualifications.row_at(rows[0].row()) if rows else None

    def show_qualification(self, qualification_id: uuid.UUID) -> None:
        """Open the Qualifications tab with that qualification selected."""
        self.ui.tabs.setCurrentWidget(self.ui.qualificationsTab)
        self._select_qualification(qualification_id)
        self.ui.qualificationsView.setFocus()

    def _select_qualification(self, qualification_id: uuid.UUID) -> None:
        for number, row in enumerate(self.qualifications.rows()):
            if row.id == qualification_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                index = self.qualifications.index(number, 0)
                self.ui.qualificationsView.selectionModel().setCurrentIndex(index, flags)
                return

    @Slot()
    def _enable_qualification_buttons(self) -> None:
        ui = self.ui
        chosen = self.selected_qualification() is not None
        ui.addQualificationButton.setEnabled(self._person_id is not None)
        for button in (
            ui.editQualificationButton,
            ui.renewQualificationButton,
            ui.removeQualificationButton,
        ):
            button.setEnabled(chosen)

    def _open_qualification(self, held: QualificationRow | None, renew: bool) -> None:
        assert self._person_id is not None
        dialog = QualificationDialog(
            self.app, self._person_id, self._officer, held, renew=renew, parent=self
        )
        # dataChanged has reloaded the list by the time ``saved`` is emitted.
        dialog.saved.connect(lambda row: self._select_qualification(row.id))
        dialog.open()
        self.qualification_dialog = dialog

    @Slot()
    def add_qualification(self) -> None:
        if self._person_id is not None:
            self._open_qualification(None, renew=False)

    @Slot()
    def edit_qualification(self) -> None:
        held = self.selected_qualification()
        if held is not None:
            self._open_qualification(held, renew=False)

    @Slot()
    def renew_qualification(self) -> None:
        held = self.selected_qualification()
        if held is not None:
            self._open_qualification(held, renew=True)

    @Slot()
    def remove_qualification(self) -> None:
        held = self.selected_qualification()
        if held is None:
            return
        qualifications = self.app.services.qualifications

        def remove() -> None:
            self.app.tasks.run(
                lambda: qualifications.archive(held.id),
                write=True,
                label=self.tr("Removing the qualification…"),
                parent=self,
            )

        ask_to_confirm(
            self,
            name="removeQualification",
            title=self.tr("Remove a qualification"),
            text=self.tr("Remove {qualification} from {officer}?").format(
                qualification=held.type_name, officer=self._officer
            ),
            detail=self.tr(
                "It is archived, not deleted: the history keeps it. To record a renewal, use "
                "Renew instead."
            ),
            confirm_text=self.tr("&Remove"),
            on_confirm=remove,
        )

    # --- FormDialog ----------------------------------------------------------------------------

    def save(self) -> None:
        """Save from any tab: the officer's fields come to the front first, so that a reason
        shown beside one of them is seen."""
        self.ui.tabs.setCurrentWidget(self.ui.officerTab)
        super().save()

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "service_number": ui.service_number.text(),
            "rank_id": chosen_id(ui.rank_id),
            "surname": ui.surname.text(),
            "given_names": ui.given_names.text(),
            "sex": chosen_enum(ui.sex, Sex),
            "unit_id": chosen_id(ui.unit_id),
            "role": ui.role.text(),
            "status": chosen_enum(ui.status, PersonStatus) or PersonStatus.ACTIVE,
            "arrival_date": self.arrival.value(),
            "tour_end_date": self.tour_end.value(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        problems = check_person(PersonInput(**values), date.today(), self._previous)
        return problems

    def submit(self, values: Mapping[str, Any]) -> PersonDetail:
        personnel = self.app.services.personnel
        if self._person_id is None:
            return personnel.create_person(PersonInput(**values))
        return personnel.update_person(self._person_id, PersonInput(**values))
