"""Donors, read-only: who pledged what, what has arrived, and what is still owed.

Recording pledges and deliveries arrives with a later issue; this page shows the real figures
already in the database (see :mod:`lsa_desktop.services.supply` for how each is summed).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import DonorType
from lsa_desktop.services import Services
from lsa_desktop.services.supply import DonorRow
from lsa_desktop.tasks import TaskRunner
from lsa_desktop.views.forms.ui_donors_page import Ui_DonorsPage
from lsa_desktop.views.pages.list_page import ListPage
from lsa_desktop.views.pages.row_list_model import NO_VALUE, Column, number_text


def donor_type_label(donor_type: DonorType) -> str:
    tr = QCoreApplication.translate
    return {
        DonorType.GOVERNMENT: tr("Labels", "Government"),
        DonorType.MULTILATERAL: tr("Labels", "Multilateral"),
        DonorType.NGO: tr("Labels", "NGO"),
        DonorType.PRIVATE: tr("Labels", "Private"),
    }[donor_type]


def country_name(code: str) -> str:
    """The country's name in the interface language, from its ISO code ("CA" -> "Canada")."""
    if not code:
        return NO_VALUE
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


class DonorsPage(ListPage):
    def __init__(
        self, services: Services, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DonorsPage()
        self.ui.setupUi(self)
        supply = services.supply
        self._set_up_list(
            tasks=tasks,
            fetch=supply.donors,
            columns=self._columns(),
            table=self.ui.table,
            filter_edit=self.ui.filterEdit,
            summary_label=self.ui.summaryLabel,
            stretch_column=0,
        )

    def summary(self, rows: list[DonorRow]) -> str:
        if not rows:
            return self.tr("No donors have been recorded yet.")
        if len(rows) == 1:
            count = self.tr("1 donor")
        else:
            count = self.tr("{count} donors").format(count=number_text(len(rows)))
        return self.tr(
            "{count}: USD {pledged} pledged, {delivered} delivered, {outstanding} still "
            "outstanding on open pledges."
        ).format(
            count=count,
            pledged=number_text(sum(row.pledged_usd for row in rows)),
            delivered=number_text(sum(row.delivered_usd for row in rows)),
            outstanding=number_text(sum(row.outstanding_usd for row in rows)),
        )

    def _columns(self) -> list[Column[DonorRow]]:
        return [
            Column(self.tr("Donor"), lambda d: d.name, lambda d: d.name),
            Column(
                self.tr("Type"),
                lambda d: donor_type_label(d.donor_type),
                lambda d: donor_type_label(d.donor_type),
            ),
            Column(
                self.tr("Country"),
                lambda d: country_name(d.country_code),
                lambda d: country_name(d.country_code),
                tooltip=lambda d: d.country_code,
            ),
            Column(
                self.tr("Pledges"),
                lambda d: number_text(d.pledge_count),
                lambda d: d.pledge_count,
                numeric=True,
                tooltip=lambda d: self.tr("Pledges not withdrawn"),
            ),
            Column(
                self.tr("Pledged (USD)"),
                lambda d: number_text(d.pledged_usd),
                lambda d: d.pledged_usd,
                numeric=True,
            ),
            Column(
                self.tr("Delivered (USD)"),
                lambda d: number_text(d.delivered_usd),
                lambda d: d.delivered_usd,
                numeric=True,
                tooltip=lambda d: self.tr("Quantities accepted on delivery, at the pledged value"),
            ),
            Column(
                self.tr("Outstanding (USD)"),
                lambda d: number_text(d.outstanding_usd),
                lambda d: d.outstanding_usd,
                numeric=True,
                tooltip=lambda d: self.tr("Still owed on pledges that are open"),
            ),
        ]
