"""What the fleet's forms (vehicles and items, stock, authorisations, maintenance) share: reading
typed numbers and dates, filling their combo boxes, and the History tab of a record.

A number or a date that may be left blank is typed in a line edit (a spin box or a date edit
cannot be empty). What cannot be read is collected as :class:`Unreadable` and shown beside its
field like any other problem, before the domain rules are asked about the rest.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QTabWidget, QWidget

from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.table_models.fleet_labels import fleet_label
from lsa_desktop.views.widgets.combos import refill
from lsa_desktop.views.widgets.history_panel import HistoryPanel

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.equipment_types import EquipmentTypeOption
    from lsa_desktop.services.units import UnitOption

E = TypeVar("E", bound=Enum)

_CONTEXT = "FleetFields"
#: Digit grouping a person may type: "43,652", "43 652", "43 652".
_GROUPING = (",", " ", "\u00a0", "\u202f", "'")


@dataclass(frozen=True)
class Unreadable:
    """Text typed in a field that cannot be read as what the field holds."""

    sentence: str


def read_whole(edit: QLineEdit) -> int | Unreadable | None:
    """A whole number (digit grouping allowed); None when blank."""
    text = edit.text().strip()
    for mark in _GROUPING:
        text = text.replace(mark, "")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return Unreadable(
            QCoreApplication.translate(_CONTEXT, "Type a whole number, for example 43652.")
        )


def read_amount(edit: QLineEdit) -> float | Unreadable | None:
    """An amount of money as typed in the person's language ("1,250.50" or "1 250,50")."""
    text = edit.text().strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value, ok = float(text.replace(",", "").replace(" ", "")), True
        except ValueError:
            ok = False
    if not ok:
        return Unreadable(
            QCoreApplication.translate(
                _CONTEXT, "Type an amount in US dollars, for example 1250.50."
            )
        )
    return round(value, 2)


def read_date(edit: QLineEdit) -> date | Unreadable | None:
    """A date typed as YYYY-MM-DD (unambiguous in English and French); None when blank."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return Unreadable(
            QCoreApplication.translate(
                _CONTEXT, "Type the date as YYYY-MM-DD, for example 2025-03-14."
            )
        )


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def number_text(value: int | float | None) -> str:
    """A number as a field shows it for editing: plain digits, no grouping."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def split_unreadable(values: Mapping[str, Any]) -> tuple[dict[str, Any], Problems]:
    """The values with anything unreadable blanked, and a problem for each of those fields."""
    problems = Problems()
    readable: dict[str, Any] = {}
    for field, value in values.items():
        if isinstance(value, Unreadable):
            problems.add(field, value.sentence)
            value = None
        readable[field] = value
    return readable, problems


def merged(first: Problems, then: Problems) -> Problems:
    """``first``'s problems, then those of ``then`` for fields ``first`` says nothing about."""
    for field, sentence in then.as_dict().items():
        first.add(field, sentence)
    return first


# --- combo boxes ---------------------------------------------------------------------------------


def fill(combo: QComboBox, options: Iterable[tuple[str, object]], placeholder: str = "") -> None:
    """Offer ``(text, value)`` options; with a placeholder, nothing is chosen until the person
    chooses (so a forgotten choice is caught, not silently the first one)."""
    refill(combo, options)
    if placeholder:
        combo.blockSignals(True)
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
        combo.blockSignals(False)


def choose(combo: QComboBox, value: object) -> bool:
    """Choose the option holding ``value``; False (and no choice) if it is not offered."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return True
    combo.setCurrentIndex(-1)
    return False


def choose_or_offer(combo: QComboBox, value: object, text: str) -> None:
    """Choose ``value``, offering it first if the list lacks it: a record keeps showing the unit
    or type it has even once that one is archived (and so no longer offered to others)."""
    if value is not None and not choose(combo, value):
        combo.addItem(text, value)
        choose(combo, value)


def enum_options(members: type[Enum]) -> list[tuple[str, object]]:
    return [(fleet_label(member), member) for member in members]


def unit_options(units: Iterable[UnitOption]) -> list[tuple[str, object]]:
    return [(f"{unit.code} — {unit.name}" if unit.name else unit.code, unit.id) for unit in units]


def type_options(types: Iterable[EquipmentTypeOption]) -> list[tuple[str, object]]:
    return [(f"{kind.name} ({kind.code})", kind.id) for kind in types]


def chosen_id(combo: QComboBox) -> uuid.UUID | None:
    value = combo.currentData()
    return value if isinstance(value, uuid.UUID) else None


def chosen_member(combo: QComboBox, members: type[E]) -> E | None:
    """The enum member chosen (Qt hands a ``StrEnum`` back as its plain text value)."""
    value = combo.currentData()
    return None if value is None else members(value)


# --- the parts of a record form ------------------------------------------------------------------


def hide_problem_labels(form: QWidget) -> None:
    """The reasons beside the fields start hidden; the form shows them when there is one."""
    for label in form.findChildren(QLabel):
        name = label.objectName()
        if name.endswith("Error") or name == "formError":
            label.hide()


def set_up_history(
    app: LsaApplication,
    tabs: QTabWidget,
    history_tab: QWidget,
    table_name: str,
    record_id: uuid.UUID | None,
) -> HistoryPanel | None:
    """The History tab of a record being edited (a new record has none yet: the tab goes)."""
    if record_id is None:
        tabs.removeTab(tabs.indexOf(history_tab))
        history_tab.hide()
        tabs.tabBar().hide()
        return None
    panel = HistoryPanel(app, history_tab)
    panel.setObjectName("historyPanel")
    layout = history_tab.layout()
    assert layout is not None
    layout.addWidget(panel)
    panel.show_record(table_name, record_id)
    return panel
