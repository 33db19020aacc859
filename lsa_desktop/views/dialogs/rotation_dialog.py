"""Record a rotation: a batch of officers arriving in a unit, or leaving the mission, on one date.

Arrivals are new officers typed or pasted one a line ("service number, rank, surname, given
names, sex"; a block copied from a spreadsheet works too), and officers already on the roll that
were selected in the register (in transit, or back for a new tour). Departures are the unit's
officers ticked in the list (those selected in the register come ticked); each becomes Repatriated
with the date as their tour end. One write, all or nothing: a single wrong line refuses the batch,
and the refusal lists every wrong line.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.domain.personnel_rules import display_name, parse_arrival_lines, refusal
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.personnel import PersonRow
from lsa_desktop.services.personnel_batch import ARRIVING_FROM, RotationResult
from lsa_desktop.services.query import ListQuery
from lsa_desktop.views.dialogs.field_helpers import (
    NONE_TEXT,
    OptionalDate,
    choose_id,
    chosen_id,
    date_of,
    fill_choices,
    show_date,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_rotation_dialog import Ui_RotationDialog
from lsa_desktop.views.table_models.labels import enum_label

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

_ID_ROLE = Qt.ItemDataRole.UserRole


class RotationDialog(FormDialog):
    """``selected``: the officers selected in the register. ``saved`` carries the
    :class:`~lsa_desktop.services.personnel_batch.RotationResult`."""

    def __init__(
        self,
        app: LsaApplication,
        selected: Sequence[PersonRow] = (),
        parent: QWidget | None = None,
        *,
        unit_id: uuid.UUID | None = None,
        departures: bool = False,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_RotationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._selected = list(selected)
        units = app.services.units.units()
        fill_choices(ui.unit_id, [(f"{u.code} — {u.name}", u.id.hex) for u in units], NONE_TEXT)
        first_unit = next((row.unit_id for row in self._selected if row.unit_id), None)
        choose_id(ui.unit_id, unit_id or first_unit)
        show_date(ui.on, date.today())
        self.tour_end = OptionalDate(ui.tour_end_dateSet, ui.tour_end_date)
        self.tour_end.set_value(None)
        (ui.departuresRadio if departures else ui.arrivalsRadio).setChecked(True)
        ui.arrivalsRadio.toggled.connect(self._follow_kind)
        ui.unit_id.currentIndexChanged.connect(self._fill_people)
        ui.people.itemChanged.connect(self._count_ticked)
        ui.checkAllButton.clicked.connect(lambda: self._tick_all(True))
        ui.uncheckAllButton.clicked.connect(lambda: self._tick_all(False))
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setDefault(True)
        self._follow_kind()
        # The lines are checked on saving, not at each key: a line being typed is incomplete.
        for field in ("unit_id", "on", "tour_end_date"):
            self.watch(field, getattr(ui, field))
        self.connect_buttons(ui.buttonBox)
        ui.unit_id.setFocus()

    @property
    def arrivals(self) -> bool:
        return self.ui.arrivalsRadio.isChecked()

    @Slot()
    def _follow_kind(self) -> None:
        ui = self.ui
        arrivals = self.arrivals
        for widget in (ui.tour_end_dateSet, ui.tour_end_date, ui.linesLabel, ui.lines):
            widget.setVisible(arrivals)
        ui.linesError.setVisible(False)
        ui.peopleError.setVisible(False)
        self._ok.setText(self.tr("Record arrivals") if arrivals else self.tr("Record departures"))
        self.setWindowTitle(
            self.tr("Record arrivals") if arrivals else self.tr("Record departures")
        )
        ui.peopleLabel.setText(
            self.tr("Officers on the roll who &join (those selected in the register):")
            if arrivals
            else self.tr("Officers of the unit who &leave:")
        )
        self._fill_people()

    # --- the officers' list ---------------------------------------------------------------------

    @Slot()
    def _fill_people(self) -> None:
        """Arrivals: the officers selected in the register, ticked if they can arrive.
        Departures: the unit's officers still in the mission, ticked if selected."""
        ui = self.ui
        selected = {row.id for row in self._selected}
        if self.arrivals:
            rows = self._selected
            ticked = {row.id for row in rows if row.status in ARRIVING_FROM}
        else:
            rows = self._unit_officers(chosen_id(ui.unit_id))
            ticked = selected
        ui.people.blockSignals(True)
        try:
            ui.people.clear()
            for row in rows:
                item = QListWidgetItem(self._officer_text(row))
                item.setData(_ID_ROLE, row.id.hex)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = Qt.CheckState.Checked if row.id in ticked else Qt.CheckState.Unchecked
                item.setCheckState(checked)
                ui.people.addItem(item)
        finally:
            ui.people.blockSignals(False)
        has_rows = ui.people.count() > 0
        for widget in (ui.peopleLabel, ui.people, ui.checkAllButton, ui.uncheckAllButton):
            widget.setVisible(has_rows or not self.arrivals)
        self._count_ticked()

    def _unit_officers(self, unit_id: uuid.UUID | None) -> list[PersonRow]:
        if unit_id is None:
            return []
        people = self.app.services.personnel.people
        query = ListQuery(filters={"unit_id": unit_id}, sort_key="surname")
        rows = people.rows(people.keys(query))
        return [row for row in rows if row.status != PersonStatus.REPATRIATED]

    def _officer_text(self, row: PersonRow) -> str:
        parts = [row.rank_code or "", display_name(row.surname, row.given_names)]
        text = " ".join(part for part in parts if part)
        where = f", {row.unit_code}" if row.unit_code and self.arrivals else ""
        return f"{text} ({row.service_number}{where}) — {enum_label(row.status)}"

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for number in range(self.ui.people.count()):
            self.ui.people.item(number).setCheckState(state)

    def ticked_ids(self) -> list[uuid.UUID]:
        people = self.ui.people
        return [
            uuid.UUID(hex=people.item(number).data(_ID_ROLE))
            for number in range(people.count())
            if people.item(number).checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def _count_ticked(self) -> None:
        count, total = len(self.ticked_ids()), self.ui.people.count()
        self.ui.peopleCount.setText(
            self.tr("{ticked} of {total} ticked").format(ticked=count, total=total) if total else ""
        )

    # --- FormDialog ----------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        arrivals = self.arrivals
        return {
            "arrivals": arrivals,
            "unit_id": chosen_id(ui.unit_id),
            "on": date_of(ui.on),
            "tour_end_date": self.tour_end.value() if arrivals else None,
            "lines": ui.lines.toPlainText() if arrivals else "",
            "people": self.ticked_ids(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        problems = Problems()
        problems.check(values["unit_id"] is not None, "unit_id", self.tr("Choose the unit."))
        on = values["on"]
        problems.check(
            on <= date.today(),
            "on",
            self.tr("{date} is after today: record a rotation once it has happened.").format(
                date=on.isoformat()
            ),
        )
        if values["arrivals"]:
            problems.dates_in_order(
                on, values["tour_end_date"], "tour_end_date", "Arrival", "Tour end"
            )
            lines, wrong = parse_arrival_lines(values["lines"])
            if wrong:
                problems.add("lines", refusal(wrong))
            elif not lines and not values["people"]:
                problems.add(
                    "lines",
                    self.tr(
                        "Type or paste the arriving officers, one a line, or select officers "
                        "already on the roll in the register before opening this form."
                    ),
                )
        elif not values["people"]:
            problems.add("people", self.tr("Tick the officers who are leaving."))
        return problems

    def submit(self, values: Mapping[str, Any]) -> RotationResult:
        batch = self.app.services.personnel_batch
        if values["arrivals"]:
            return batch.record_arrivals(
                values["unit_id"],
                values["on"],
                values["lines"],
                values["people"],
                values["tour_end_date"],
            )
        return batch.record_departures(values["unit_id"], values["on"], values["people"])
