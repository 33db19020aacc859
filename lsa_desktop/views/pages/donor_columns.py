"""The columns of the Donors page: the donors with their figures, and the pledges below them.

Quantities and USD values stand side by side for each figure (pledged, delivered, outstanding);
:data:`FIGURE_COLUMNS` says which figure a column shows, so that a click on it opens the pledge
lines behind that figure. Anything overdue carries the sign :data:`OVERDUE_MARK` and a sentence in
its tooltip besides its colour.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from lsa_desktop.domain.enums import PledgeStatus
from lsa_desktop.services.donors import DonorSummary, Figure, PledgeRow
from lsa_desktop.views.pages.row_list_model import Column, Style, date_key, date_text, number_text
from lsa_desktop.views.table_models.donor_labels import OVERDUE_MARK, country_name, donor_label

translate = QCoreApplication.translate
#: Column titles and tips are translated in the page's context, when the page is built.
_CONTEXT = "DonorsPage"
_OVERDUE = Style(foreground="#b91c1c", bold=True)
_STATUS_RANK = {status: rank for rank, status in enumerate(PledgeStatus)}


class DonorColumn(IntEnum):
    NAME = 0
    TYPE = 1
    COUNTRY = 2
    PLEDGES = 3
    PLEDGED_QTY = 4
    PLEDGED_USD = 5
    DELIVERED_QTY = 6
    DELIVERED_USD = 7
    OUTSTANDING_QTY = 8
    OUTSTANDING_USD = 9
    OVERDUE = 10
    NEXT_EXPECTED = 11


#: The columns whose figure opens the pledge lines behind it when clicked.
FIGURE_COLUMNS = {
    DonorColumn.PLEDGED_QTY: Figure.PLEDGED,
    DonorColumn.PLEDGED_USD: Figure.PLEDGED,
    DonorColumn.DELIVERED_QTY: Figure.DELIVERED,
    DonorColumn.DELIVERED_USD: Figure.DELIVERED,
    DonorColumn.OUTSTANDING_QTY: Figure.OUTSTANDING,
    DonorColumn.OUTSTANDING_USD: Figure.OUTSTANDING,
    DonorColumn.OVERDUE: Figure.OVERDUE,
}


def is_late(donor: DonorSummary) -> bool:
    return donor.overdue_pledges > 0


def overdue_text(count: int) -> str:
    """ "⚠ 2" for two pledges overdue; "0" when none is."""
    return f"{OVERDUE_MARK} {number_text(count)}" if count else "0"


def late_sentence(donor: DonorSummary) -> str:
    if donor.overdue_pledges == 1:
        return translate(
            _CONTEXT, "1 pledge is overdue: past its expected delivery and not fully delivered."
        )
    return translate(
        _CONTEXT,
        "{count} pledges are overdue: past their expected delivery and not fully delivered.",
    ).format(count=donor.overdue_pledges)


def donor_columns() -> list[Column[DonorSummary]]:
    def late_style(donor: DonorSummary) -> Style | None:
        return _OVERDUE if is_late(donor) else None

    def late_tip(donor: DonorSummary) -> str:
        return late_sentence(donor) if is_late(donor) else ""

    def figure(
        title: str, value: Callable[[DonorSummary], float], tip: str
    ) -> Column[DonorSummary]:
        return Column(
            title,
            lambda d: number_text(value(d)),
            value,
            numeric=True,
            tooltip=lambda d: link_tip if value(d) else "",
            header_tip=tip,
        )

    link_tip = translate(_CONTEXT, "Click to see the pledge lines behind this figure")
    pledged = translate(_CONTEXT, "On pledges not withdrawn")
    delivered = translate(_CONTEXT, "Accepted on delivery, at the pledged value")
    outstanding = translate(_CONTEXT, "Still owed on open pledges")
    return [
        Column(
            translate(_CONTEXT, "Donor"),
            lambda d: d.name,
            lambda d: d.name,
            style=late_style,
            tooltip=late_tip,
        ),
        Column(
            translate(_CONTEXT, "Type"),
            lambda d: donor_label(d.donor_type),
            lambda d: donor_label(d.donor_type),
        ),
        Column(
            translate(_CONTEXT, "Country"),
            lambda d: country_name(d.country_code),
            lambda d: country_name(d.country_code),
            tooltip=lambda d: d.country_code,
        ),
        Column(
            translate(_CONTEXT, "Pledges"),
            lambda d: number_text(d.pledge_count),
            lambda d: d.pledge_count,
            numeric=True,
            header_tip=translate(_CONTEXT, "Pledges not withdrawn"),
        ),
        figure(translate(_CONTEXT, "Pledged"), lambda d: d.pledged_qty, pledged),
        figure(translate(_CONTEXT, "Pledged (USD)"), lambda d: d.pledged_usd, pledged),
        figure(translate(_CONTEXT, "Delivered"), lambda d: d.delivered_qty, delivered),
        figure(translate(_CONTEXT, "Delivered (USD)"), lambda d: d.delivered_usd, delivered),
        figure(translate(_CONTEXT, "Outstanding"), lambda d: d.outstanding_qty, outstanding),
        figure(translate(_CONTEXT, "Outstanding (USD)"), lambda d: d.outstanding_usd, outstanding),
        Column(
            translate(_CONTEXT, "Overdue"),
            lambda d: overdue_text(d.overdue_pledges),
            lambda d: d.overdue_pledges,
            numeric=True,
            style=late_style,
            tooltip=lambda d: (
                late_sentence(d) if is_late(d) else translate(_CONTEXT, "Nothing overdue")
            ),
            header_tip=translate(_CONTEXT, "Open pledges past their expected delivery"),
        ),
        Column(
            translate(_CONTEXT, "Next expected"),
            lambda d: date_text(d.next_expected),
            lambda d: date_key(d.next_expected),
            style=late_style,
            header_tip=translate(_CONTEXT, "The earliest expected delivery of an open pledge"),
        ),
    ]


class PledgeColumn(IntEnum):
    REFERENCE = 0
    DONOR = 1
    PLEDGED_ON = 2
    KIND = 3
    STATUS = 4
    EXPECTED = 5
    OVERDUE = 6
    VALUE = 7
    DELIVERED = 8
    OUTSTANDING = 9


def pledge_columns() -> list[Column[PledgeRow]]:
    def late_style(pledge: PledgeRow) -> Style | None:
        return _OVERDUE if pledge.overdue else None

    def late_tip(pledge: PledgeRow) -> str:
        return (
            translate(_CONTEXT, "Past its expected delivery and not fully delivered")
            if pledge.overdue
            else ""
        )

    return [
        Column(translate(_CONTEXT, "Reference"), lambda p: p.reference, lambda p: p.reference),
        Column(translate(_CONTEXT, "Donor"), lambda p: p.donor_name, lambda p: p.donor_name),
        Column(
            translate(_CONTEXT, "Pledged on"),
            lambda p: date_text(p.pledged_on),
            lambda p: date_key(p.pledged_on),
        ),
        Column(
            translate(_CONTEXT, "Kind"),
            lambda p: donor_label(p.kind),
            lambda p: donor_label(p.kind),
        ),
        Column(
            translate(_CONTEXT, "Status"),
            lambda p: donor_label(p.status),
            lambda p: _STATUS_RANK[p.status],
        ),
        Column(
            translate(_CONTEXT, "Expected"),
            lambda p: date_text(p.expected_delivery),
            lambda p: date_key(p.expected_delivery),
            style=late_style,
            tooltip=late_tip,
        ),
        Column(
            translate(_CONTEXT, "Overdue"),
            lambda p: f"{OVERDUE_MARK} {translate(_CONTEXT, 'Overdue')}" if p.overdue else "",
            lambda p: p.overdue,
            style=late_style,
            tooltip=late_tip,
        ),
        Column(
            translate(_CONTEXT, "Value (USD)"),
            lambda p: number_text(p.value_usd),
            lambda p: p.value_usd,
            numeric=True,
        ),
        Column(
            translate(_CONTEXT, "Delivered (USD)"),
            lambda p: number_text(p.delivered_usd),
            lambda p: p.delivered_usd,
            numeric=True,
        ),
        Column(
            translate(_CONTEXT, "Outstanding (USD)"),
            lambda p: number_text(p.outstanding_usd),
            lambda p: p.outstanding_usd,
            numeric=True,
        ),
    ]
