"""A unit's form: code, name, type, contingent, parent unit, base, authorised and minimum
operational strength, with the unit's history on a second tab. An existing unit's form also says,
read-only, when it was last inspected and when its next periodic inspection is due.

The parent combo offers every unit in service but this one and the units under it (the tree would
loop). A contingent, parent or base that has since been archived is still shown, marked, so that
saving another field never clears it silently.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from lsa_desktop.domain.enums import UnitType
from lsa_desktop.domain.personnel_rules import UnitInput, check_unit
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.units import UnitDetail, UnitInspections
from lsa_desktop.views.dialogs.field_helpers import (
    NONE_TEXT,
    choose,
    choose_id,
    chosen_enum,
    chosen_id,
    fill_choices,
    offer_current,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_unit_dialog import Ui_UnitDialog
from lsa_desktop.views.table_models.columns import format_value
from lsa_desktop.views.table_models.inspections_model import kind_label
from lsa_desktop.views.table_models.labels import enum_label
from lsa_desktop.views.widgets.history_panel import HistoryPanel

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

FIELDS = (
    "code",
    "name",
    "unit_type",
    "contingent_id",
    "parent_id",
    "base_id",
    "authorised_strength",
    "min_operational_strength",
)


def _options(items: Iterable[tuple[uuid.UUID, str]]) -> list[tuple[str, str]]:
    return [(text, key.hex) for key, text in items]


class UnitDialog(FormDialog):
    """Add a unit (``unit_id`` None) or edit one; ``saved`` carries the :class:`UnitDetail`."""

    def __init__(
        self, app: LsaApplication, unit_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_UnitDialog()
        self.ui.setupUi(self)
        self._unit_id = unit_id
        self._fill_choices()
        ui = self.ui
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        ok.setDefault(True)
        self.history: HistoryPanel | None = None
        if unit_id is None:
            self.setWindowTitle(self.tr("New unit"))
            ui.titleLabel.setText(self.tr("New unit"))
            choose(ui.unit_type, UnitType.FPU.value)
            ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.historyTab), False)
            ui.inspectionsLabel.hide()
            ui.inspections.hide()
        else:
            self._show_unit(app.services.units.unit(unit_id))
        for field in FIELDS:
            self.watch(field, getattr(ui, field))
        self.connect_buttons(ui.buttonBox)
        ui.code.setFocus()

    def _fill_choices(self) -> None:
        ui, units = self.ui, self.app.services.units
        fill_choices(ui.unit_type, [(enum_label(kind), kind.value) for kind in UnitType])
        fill_choices(
            ui.contingent_id,
            _options((c.id, c.name) for c in units.contingents()),
            none_text=NONE_TEXT,
        )
        fill_choices(
            ui.parent_id,
            _options((u.id, f"{u.code} — {u.name}") for u in units.parent_choices(self._unit_id)),
            none_text=NONE_TEXT,
        )
        fill_choices(
            ui.base_id,
            _options((base.id, base.name) for base in units.locations()),
            none_text=NONE_TEXT,
        )

    def _show_unit(self, unit: UnitDetail) -> None:
        ui, units = self.ui, self.app.services.units
        title = f"{unit.code} — {unit.name}"
        self.setWindowTitle(self.tr("Unit {code}").format(code=unit.code))
        ui.titleLabel.setText(title)
        ui.code.setText(unit.code)
        ui.name.setText(unit.name)
        choose(ui.unit_type, unit.unit_type.value)
        offer_current(
            ui.contingent_id,
            unit.contingent_id,
            {c.id: c.name for c in units.contingents(include_archived=True)},
        )
        choose_id(ui.contingent_id, unit.contingent_id)
        offer_current(
            ui.parent_id, unit.parent_id, {u.id: u.code for u in units.units(include_archived=True)}
        )
        choose_id(ui.parent_id, unit.parent_id)
        offer_current(
            ui.base_id, unit.base_id, {b.id: b.name for b in units.locations(include_archived=True)}
        )
        choose_id(ui.base_id, unit.base_id)
        ui.authorised_strength.setValue(unit.authorised_strength)
        ui.min_operational_strength.setValue(unit.min_operational_strength)
        ui.inspections.setText(self._inspections_text(units.inspections(unit.id)))
        self.history = HistoryPanel(self.app, ui.historyTab)
        self.history.setObjectName("historyPanel")
        layout = ui.historyTab.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.history)
        self.history.show_record("unit", unit.id)

    def _inspections_text(self, summary: UnitInspections) -> str:
        """ "Last inspection: 2026-06-02 (Periodic readiness) — next due 2026-12-02", or "Never
        inspected"; an overdue or repatriated unit says so."""
        if summary.last_inspected_on is None or summary.last_kind is None:
            return self.tr("Never inspected")
        last = self.tr("Last inspection: {date} ({kind})").format(
            date=format_value(summary.last_inspected_on), kind=kind_label(summary.last_kind)
        )
        due = summary.next_periodic_due
        if due is None:
            return self.tr("{last} — no periodic inspection due").format(last=last)
        if summary.overdue:
            return self.tr("{last} — next due {date}, overdue").format(
                last=last, date=format_value(due)
            )
        return self.tr("{last} — next due {date}").format(last=last, date=format_value(due))

    # --- FormDialog ----------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "code": ui.code.text(),
            "name": ui.name.text(),
            "unit_type": chosen_enum(ui.unit_type, UnitType),
            "contingent_id": chosen_id(ui.contingent_id),
            "parent_id": chosen_id(ui.parent_id),
            "base_id": chosen_id(ui.base_id),
            "authorised_strength": ui.authorised_strength.value(),
            "min_operational_strength": ui.min_operational_strength.value(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        return check_unit(UnitInput(**values))

    def submit(self, values: Mapping[str, Any]) -> UnitDetail:
        units = self.app.services.units
        if self._unit_id is None:
            return units.create_unit(UnitInput(**values))
        return units.update_unit(self._unit_id, UnitInput(**values))
