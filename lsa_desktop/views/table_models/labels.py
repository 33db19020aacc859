"""What the closed vocabularies read as on screen, in the person's language.

The database stores enum names (``IN_SERVICE``); the tables and the filter combos show these
labels. Every label is marked for translation in the ``Labels`` context.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lsa_desktop.domain.enums import (
    AssetStatus,
    AuthorisationBasis,
    Condition,
    Owner,
    PersonStatus,
    Sex,
)

#: Keyed by enum class first: StrEnum members of different enums that share a value (IN_TRANSIT)
#: are equal as dictionary keys.
_LABELS: dict[type[Enum], dict[Enum, str]] = {
    PersonStatus: {
        PersonStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
        PersonStatus.LEAVE: QT_TRANSLATE_NOOP("Labels", "On leave"),
        PersonStatus.SICK: QT_TRANSLATE_NOOP("Labels", "Sick"),
        PersonStatus.INJURED: QT_TRANSLATE_NOOP("Labels", "Injured"),
        PersonStatus.IN_TRANSIT: QT_TRANSLATE_NOOP("Labels", "In transit"),
        PersonStatus.REPATRIATED: QT_TRANSLATE_NOOP("Labels", "Repatriated"),
    },
    AssetStatus: {
        AssetStatus.IN_SERVICE: QT_TRANSLATE_NOOP("Labels", "In service"),
        AssetStatus.UNSERVICEABLE: QT_TRANSLATE_NOOP("Labels", "Unserviceable"),
        AssetStatus.UNDER_REPAIR: QT_TRANSLATE_NOOP("Labels", "Under repair"),
        AssetStatus.IN_TRANSIT: QT_TRANSLATE_NOOP("Labels", "In transit"),
        AssetStatus.LOST: QT_TRANSLATE_NOOP("Labels", "Lost"),
        AssetStatus.WRITTEN_OFF: QT_TRANSLATE_NOOP("Labels", "Written off"),
        AssetStatus.REPATRIATED: QT_TRANSLATE_NOOP("Labels", "Repatriated"),
    },
    Condition: {
        Condition.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
        Condition.GOOD: QT_TRANSLATE_NOOP("Labels", "Good"),
        Condition.MINOR_DAMAGE: QT_TRANSLATE_NOOP("Labels", "Minor damage"),
        Condition.MAJOR_DAMAGE: QT_TRANSLATE_NOOP("Labels", "Major damage"),
        Condition.NEEDS_MAINTENANCE: QT_TRANSLATE_NOOP("Labels", "Needs maintenance"),
    },
    Owner: {
        Owner.CONTINGENT: QT_TRANSLATE_NOOP("Labels", "Contingent-owned"),
        Owner.UN: QT_TRANSLATE_NOOP("Labels", "UN-owned"),
        Owner.DONOR: QT_TRANSLATE_NOOP("Labels", "Donor-provided"),
        Owner.MISSION: QT_TRANSLATE_NOOP("Labels", "Mission"),
    },
    AuthorisationBasis: {
        AuthorisationBasis.MOU: QT_TRANSLATE_NOOP("Labels", "MOU"),
        AuthorisationBasis.SOR: QT_TRANSLATE_NOOP("Labels", "Statement of requirements"),
        AuthorisationBasis.COMMANDER: QT_TRANSLATE_NOOP("Labels", "Commander"),
    },
    Sex: {
        Sex.M: QT_TRANSLATE_NOOP("Labels", "Male"),
        Sex.F: QT_TRANSLATE_NOOP("Labels", "Female"),
    },
}


def enum_label(member: Enum) -> str:
    """The translated label of an enum member; its stored name if it has none."""
    source = _LABELS.get(type(member), {}).get(member)
    return QCoreApplication.translate("Labels", source) if source else str(member.value)
