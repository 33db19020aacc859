"""The form of a bulk stock count: what a unit holds of one bulk equipment type, on hand and
serviceable, on a day. Editing a line records a new count (dated today unless changed); every
save leaves a stock movement with the change in each figure."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.stock_rules import StockDraft, check_stock
from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.dialogs.fleet_fields import (
    choose,
    choose_or_offer,
    chosen_id,
    date_of,
    fill,
    hide_problem_labels,
    merged,
    number_text,
    read_whole,
    set_date,
    set_up_history,
    split_unreadable,
    type_options,
    unit_options,
)
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_stock_line_dialog import Ui_StockLineDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.stock import StockLineDetail

_FIELDS = ("unit_id", "equipment_type_id", "on_hand", "serviceable", "counted_on", "note")


class StockLineDialog(FormDialog):
    """``line_id`` None records a first count of a type for a unit (``unit_id`` preselects the
    unit); otherwise a new count of that line, whose unit and type stay as they are."""

    def __init__(
        self,
        app: LsaApplication,
        line_id: uuid.UUID | None = None,
        *,
        unit_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_StockLineDialog()
        self.ui.setupUi(self)
        hide_problem_labels(self)
        ui = self.ui
        services = app.services
        self.detail: StockLineDetail | None = (
            services.equipment.stock_line(line_id) if line_id else None
        )
        fill(ui.unit_id, unit_options(services.units.units()), self.tr("Choose the unit"))
        bulk = services.equipment.equipment_types(serialised=False)
        fill(ui.equipment_type_id, type_options(bulk), self.tr("Choose what was counted"))
        set_date(ui.counted_on, date.today())
        detail = self.detail
        if detail is None:
            self.setWindowTitle(self.tr("New stock count"))
            choose(ui.unit_id, unit_id)
            ui.countNote.setText(self.tr("Saving records this count as a stock movement."))
        else:
            self.setWindowTitle(
                self.tr("Count of {equipment} — {unit}").format(
                    equipment=detail.type_name, unit=detail.unit_code
                )
            )
            choose_or_offer(ui.unit_id, detail.unit_id, detail.unit_code)
            choose_or_offer(ui.equipment_type_id, detail.equipment_type_id, detail.type_name)
            ui.unit_id.setEnabled(False)
            ui.equipment_type_id.setEnabled(False)
            ui.on_hand.setText(number_text(detail.on_hand))
            ui.serviceable.setText(number_text(detail.serviceable))
            last = detail.counted_on.isoformat() if detail.counted_on else self.tr("an unknown day")
            ui.countNote.setText(
                self.tr(
                    "Last count: {on_hand} on hand, {serviceable} serviceable, on {day}. Saving "
                    "records this count as a stock movement."
                ).format(on_hand=detail.on_hand, serviceable=detail.serviceable, day=last)
            )
        for field in _FIELDS:
            self.watch(field, getattr(ui, field))
        set_up_history(app, ui.tabs, ui.historyTab, "stock_line", detail.id if detail else None)
        self.connect_buttons(ui.buttonBox)
        (ui.on_hand if detail else ui.unit_id).setFocus()

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "unit_id": chosen_id(ui.unit_id),
            "equipment_type_id": chosen_id(ui.equipment_type_id),
            "on_hand": read_whole(ui.on_hand),
            "serviceable": read_whole(ui.serviceable),
            "counted_on": date_of(ui.counted_on),
            "note": ui.note.text(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        readable, problems = split_unreadable(values)
        return merged(problems, check_stock(StockDraft(**readable), today=date.today()))

    def submit(self, values: Mapping[str, Any]) -> StockLineDetail:
        return self.app.services.equipment.save_stock_line(
            StockDraft(**values), self.detail.id if self.detail else None
        )
