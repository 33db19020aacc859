"""What the maintenance and acquisition vocabularies read as on screen (the other enums of the
fleet have their labels in :mod:`lsa_desktop.views.table_models.labels`)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lsa_desktop.domain.enums import Acquisition, MaintenanceKind
from lsa_desktop.views.table_models.labels import enum_label

_CONTEXT = "FleetLabels"
_LABELS: dict[type[Enum], dict[Enum, str]] = {
    MaintenanceKind: {
        MaintenanceKind.SCHEDULED_SERVICE: QT_TRANSLATE_NOOP("FleetLabels", "Scheduled service"),
        MaintenanceKind.REPAIR: QT_TRANSLATE_NOOP("FleetLabels", "Repair"),
        MaintenanceKind.BATTLE_DAMAGE: QT_TRANSLATE_NOOP("FleetLabels", "Battle damage"),
        MaintenanceKind.INSPECTION: QT_TRANSLATE_NOOP("FleetLabels", "Inspection"),
        MaintenanceKind.MODIFICATION: QT_TRANSLATE_NOOP("FleetLabels", "Modification"),
    },
    Acquisition: {
        Acquisition.MOU: QT_TRANSLATE_NOOP("FleetLabels", "Under the MOU"),
        Acquisition.DONATION: QT_TRANSLATE_NOOP("FleetLabels", "Donation"),
        Acquisition.PURCHASE: QT_TRANSLATE_NOOP("FleetLabels", "Purchase"),
        Acquisition.LOAN: QT_TRANSLATE_NOOP("FleetLabels", "Loan"),
        Acquisition.TRANSFER: QT_TRANSLATE_NOOP("FleetLabels", "Transfer"),
    },
}


def fleet_label(member: Enum) -> str:
    """The translated label of any enum member the fleet's forms and lists show."""
    source = _LABELS.get(type(member), {}).get(member)
    return QCoreApplication.translate(_CONTEXT, source) if source else enum_label(member)
