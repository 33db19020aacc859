"""What the donor and pledge vocabularies read as on screen, and a country's name from its code.

Kept apart from :mod:`lsa_desktop.views.table_models.labels` while issue 4 is built by several
hands; every label is marked for translation in the same ``Labels`` context, so the two can be
merged without a translator noticing.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from lsa_desktop.domain.enums import DonorType, PledgeKind, PledgeStatus
from lsa_desktop.services.donors import Figure
from lsa_desktop.views.pages.row_list_model import NO_VALUE

#: The text mark beside anything overdue: the colour is never the only sign.
OVERDUE_MARK = "⚠"

_LABELS: dict[type[Enum], dict[Enum, str]] = {
    DonorType: {
        DonorType.GOVERNMENT: QT_TRANSLATE_NOOP("Labels", "Government"),
        DonorType.MULTILATERAL: QT_TRANSLATE_NOOP("Labels", "Multilateral"),
        DonorType.NGO: QT_TRANSLATE_NOOP("Labels", "NGO"),
        DonorType.PRIVATE: QT_TRANSLATE_NOOP("Labels", "Private"),
    },
    PledgeKind: {
        PledgeKind.IN_KIND: QT_TRANSLATE_NOOP("Labels", "In kind"),
        PledgeKind.CASH: QT_TRANSLATE_NOOP("Labels", "Cash"),
    },
    PledgeStatus: {
        PledgeStatus.PLEDGED: QT_TRANSLATE_NOOP("Labels", "Pledged"),
        PledgeStatus.COMMITTED: QT_TRANSLATE_NOOP("Labels", "Committed"),
        PledgeStatus.PARTIALLY_DELIVERED: QT_TRANSLATE_NOOP("Labels", "Partly delivered"),
        PledgeStatus.DELIVERED: QT_TRANSLATE_NOOP("Labels", "Delivered"),
        PledgeStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
        PledgeStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
    Figure: {
        Figure.PLEDGED: QT_TRANSLATE_NOOP("Labels", "Pledged"),
        Figure.DELIVERED: QT_TRANSLATE_NOOP("Labels", "Delivered"),
        Figure.OUTSTANDING: QT_TRANSLATE_NOOP("Labels", "Outstanding"),
        Figure.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    },
}


def donor_label(member: DonorType | PledgeKind | PledgeStatus | Figure) -> str:
    """The translated label of a donor type, pledge kind or status, or a donor's figure."""
    return QCoreApplication.translate("Labels", _LABELS[type(member)][member])


def country_name(code: str) -> str:
    """The country's name in the interface language, from its ISO code ("CA" -> "Canada")."""
    if not code:
        return NO_VALUE
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def countries() -> list[tuple[str, str]]:
    """Every country Qt knows, as ``(name, ISO code)`` sorted by name in the interface language."""
    found: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code.isupper():
            found[code] = QLocale.territoryToString(territory)
    return sorted(((name, code) for code, name in found.items()), key=lambda pair: pair[0])
