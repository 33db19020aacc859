"""The Dashboard's filters: a contingent and a unit, the scope of every figure on the page.

The unit filter offers the units of the contingent chosen (all units when none is); choosing a
contingent lets go of a unit of another one. The choices are refilled from each read of the
page, keeping the current ones while they are still offered.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from lsa_desktop.services.dashboard_model import Scope, ScopeOptions
from lsa_desktop.views.widgets.register_view import fill_combo, uuid_or_none


class ScopeFilters(QObject):
    """``changed`` when the person chooses another contingent or unit (not when refilled)."""

    changed = Signal()

    def __init__(self, contingents: QComboBox, units: QComboBox, parent: QObject) -> None:
        super().__init__(parent)
        self._contingents = contingents
        self._units = units
        self._options = ScopeOptions((), ())
        fill_combo(contingents, self._all_contingents(), [])
        fill_combo(units, self._all_units(), [])
        contingents.currentIndexChanged.connect(self._contingent_chosen)
        units.currentIndexChanged.connect(self.changed)

    def scope(self) -> Scope:
        return Scope(
            contingent_id=uuid_or_none(self._contingents.currentData()),
            unit_id=uuid_or_none(self._units.currentData()),
        )

    def offer(self, options: ScopeOptions) -> bool:
        """Offer these contingents and units; True if a choice in use is gone (the filters fell
        back to everything, so the figures must be read again)."""
        self._options = options
        choices = [(c.name, c.id.hex) for c in options.contingents]
        lost = fill_combo(self._contingents, self._all_contingents(), choices)
        return self._offer_units() or lost

    def _offer_units(self) -> bool:
        contingent = uuid_or_none(self._contingents.currentData())
        choices = [
            (f"{u.code} — {u.name}" if u.name else u.code, u.id.hex)
            for u in self._options.units
            if contingent is None or u.contingent_id == contingent
        ]
        return fill_combo(self._units, self._all_units(), choices)

    def _contingent_chosen(self) -> None:
        self._offer_units()
        self.changed.emit()

    def _all_contingents(self) -> str:
        return self.tr("All contingents")

    def _all_units(self) -> str:
        return self.tr("All units")
