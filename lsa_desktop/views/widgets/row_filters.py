"""The filter widgets of the register pages as a figure's "rows behind" sets them.

A register's unit filter offers whole contingents too: each contingent is a bold heading ("Kenya
— all units") followed by its units, so that a figure of one contingent (the Dashboard's
strength bar for Kenya) opens on exactly its rows, and a person can pick a contingent the same
way. A unit is kept in the combo as its id in hex, a contingent as ``"contingent:"`` + hex.
Lists read whole (the requisitions) filter their rows by unit code with :class:`UnitCodeFilter`.

``show_rows`` (see :class:`~lsa_desktop.views.widgets.register_view.RegisterPage`) sets every
widget with its signals blocked, then queries once: :func:`choose` and :func:`set_checked` do the
setting, and refuse a value the widget does not offer rather than show other rows than asked.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QCheckBox, QComboBox

from lsa_desktop.views.table_models.roles import ROW_ROLE
from lsa_desktop.views.widgets.combos import refill

if TYPE_CHECKING:
    from lsa_desktop.services.units import ContingentOption, UnitOption

_CONTINGENT = "contingent:"


def unit_options(units: Iterable[UnitOption]) -> list[tuple[str, str]]:
    """Units as a filter combo offers them: "code — name", keyed by the unit's id in hex."""
    return [
        (f"{unit.code} — {unit.name}" if unit.name else unit.code, unit.id.hex) for unit in units
    ]


def place_options(
    contingents: Iterable[ContingentOption], units: Iterable[UnitOption], whole: str
) -> list[tuple[str, str]]:
    """Each contingent (``whole`` formatted with its ``{contingent}`` name) followed by its
    units in code order; units of no contingent come last."""
    by_contingent: dict[uuid.UUID | None, list[UnitOption]] = {}
    for unit in units:
        by_contingent.setdefault(unit.contingent_id, []).append(unit)
    options: list[tuple[str, str]] = []
    for contingent in contingents:
        options.append((whole.format(contingent=contingent.name), _CONTINGENT + contingent.id.hex))
        options.extend(unit_options(by_contingent.pop(contingent.id, [])))
    for rest in by_contingent.values():  # no contingent, or an archived one
        options.extend(unit_options(rest))
    return options


def fill_place_combo(
    combo: QComboBox, contingents: Iterable[ContingentOption], units: Iterable[UnitOption]
) -> bool:
    """Refill a unit filter: "All units", then :func:`place_options`, the contingents in bold;
    the choice is kept if still offered (no signal). True if it fell back to "All units"."""
    translate = QCoreApplication.translate
    options = place_options(contingents, units, translate("UnitFilter", "{contingent} — all units"))
    current = combo.currentData()
    refill(combo, options, (translate("UnitFilter", "All units"), None))
    heading = combo.font()
    heading.setBold(True)
    for index in range(1, combo.count()):
        if str(combo.itemData(index)).startswith(_CONTINGENT):
            combo.setItemData(index, heading, Qt.ItemDataRole.FontRole)
    index = combo.findData(current) if current is not None else 0
    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(index, 0))
    return current is not None and index < 0


def unit_chosen(combo: QComboBox) -> uuid.UUID | None:
    """The unit a unit filter is set to (None for all units or a whole contingent)."""
    value = combo.currentData()
    if isinstance(value, str) and not value.startswith(_CONTINGENT):
        return uuid.UUID(hex=value)
    return None


def contingent_chosen(combo: QComboBox) -> uuid.UUID | None:
    """The contingent a unit filter is set to (None for all units or one unit)."""
    value = combo.currentData()
    if isinstance(value, str) and value.startswith(_CONTINGENT):
        return uuid.UUID(hex=value.removeprefix(_CONTINGENT))
    return None


def unit_codes(
    units: Iterable[UnitOption], unit_id: uuid.UUID | None, contingent_id: uuid.UUID | None
) -> frozenset[str] | None:
    """The codes of the unit, or of the contingent's units, for :class:`UnitCodeFilter`."""
    if unit_id is not None:
        return frozenset(unit.code for unit in units if unit.id == unit_id)
    if contingent_id is not None:
        return frozenset(unit.code for unit in units if unit.contingent_id == contingent_id)
    return None


class UnitCodeFilter(QSortFilterProxyModel):
    """Keeps the rows (``ROW_ROLE`` values with a ``unit_code``) of the units given; all rows
    when given None."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._codes: frozenset[str] | None = None

    def set_unit_codes(self, codes: frozenset[str] | None) -> None:
        self.beginFilterChange()
        self._codes = codes
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._codes is None:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return getattr(row, "unit_code", None) in self._codes


def choose_place(combo: QComboBox, unit_id: object, contingent_id: object) -> None:
    """Set a unit filter to the unit (it is in one contingent: the unit says it all), else the
    contingent, else all units."""
    if unit_id is not None:
        choose(combo, _as_uuid(unit_id).hex)
    elif contingent_id is not None:
        choose(combo, _CONTINGENT + _as_uuid(contingent_id).hex)
    else:
        choose(combo, None)


def choose(combo: QComboBox, value: object) -> None:
    """Select the entry whose data is ``value`` (None: the first, "all"), without a signal.

    Raises ``ValueError`` if no entry holds it: showing all rows instead of the ones asked for
    would make a figure look traced to rows it does not count.
    """
    index = 0 if value is None else combo.findData(value)
    if index < 0:
        raise ValueError(f"{combo.objectName()} offers no {value!r}")
    with QSignalBlocker(combo):
        combo.setCurrentIndex(index)


def set_checked(box: QCheckBox, wanted: object) -> None:
    """Tick ``box`` for a filter given as True, untick it when the filter is absent."""
    if wanted not in (None, True):
        raise ValueError(f"{box.objectName()} is ticked for True or left clear, not {wanted!r}")
    with QSignalBlocker(box):
        box.setChecked(wanted is True)


def check_names(page: str, filters: Mapping[str, Any], known: Collection[str]) -> None:
    """Refuse a filter the page does not know (a figure and its register out of step)."""
    unknown = sorted(set(filters) - set(known))
    if unknown:
        raise ValueError(f"the {page} page has no filter {', '.join(unknown)}")


def _as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
