"""The Donors page: each donor's figures as quantities and USD, a click on a figure to the pledge
lines behind it (whose total is the figure), donors late with a delivery marked by a sign and a
sentence as well as by colour, and the pledges of the donor selected below."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from donor_gui import (
    WAIT,
    click,
    donor_cell,
    donor_index,
    open_page,
    opened,
    press,
    select_donor,
    shown,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from sqlmodel import select

from lsa_desktop.services.donors import Figure
from lsa_desktop.store.models import Pledge
from lsa_desktop.views.dialogs.figure_lines_dialog import FigureLinesDialog
from lsa_desktop.views.dialogs.pledge_dialog import PledgeDialog
from lsa_desktop.views.pages.donor_columns import FIGURE_COLUMNS, DonorColumn, PledgeColumn
from lsa_desktop.views.table_models.roles import SORT_ROLE


@pytest.fixture
def page(qtbot, lsa_app):
    return open_page(qtbot, lsa_app)


def figure_lines(qtbot, page, donor: str, column: int) -> FigureLinesDialog:
    click(qtbot, page.ui.table, donor_index(page, donor, column))
    return opened(qtbot, page, FigureLinesDialog)


def underlined(index) -> bool:
    """Shown as a link is."""
    font = index.data(Qt.ItemDataRole.FontRole)
    return font is not None and font.underline()


def test_each_donor_shows_its_figures_as_quantities_and_usd(page):
    assert shown(page.ui.table) == [
        ["Canada", "Government", "Canada", "1", "40", "34,000", "0", "0", "40", "34,000", "0", "—"],
        ["UN Trust Fund", "Multilateral", "—", "0", "0", "0", "0", "0", "0", "0", "0", "—"],
    ]
    assert page.ui.summaryLabel.text() == (
        "2 donors: USD 34,000 pledged, 0 delivered, 34,000 still outstanding on open pledges."
    )
    # Every pledge while no donor is selected; only the donor's once one is.
    assert page.ui.pledgesLabel.text().startswith("Pledges of every donor")
    assert [row[PledgeColumn.REFERENCE] for row in shown(page.ui.pledgesTable)] == ["PL-CA-1"]


def test_the_filter_matches_any_column_and_counts_what_it_leaves(qtbot, page):
    counts = []
    page.countChanged.connect(lambda shown_rows, total: counts.append((shown_rows, total)))
    qtbot.keyClicks(page.ui.filterEdit, "multi")
    assert counts[-1] == (1, 2)
    assert [row[DonorColumn.NAME] for row in shown(page.ui.table)] == ["UN Trust Fund"]


def test_a_click_on_a_figure_lists_the_lines_whose_total_is_the_figure(qtbot, lsa_app, page):
    dialog = figure_lines(qtbot, page, "Canada", DonorColumn.PLEDGED_USD)
    assert dialog.figure == Figure.PLEDGED
    assert dialog.windowTitle() == "Pledged — Canada"
    assert dialog.totals() == (1, 40, 34_000.0)
    assert dialog.ui.totalLabel.text() == "Total: 40 items worth USD 34,000, on 1 pledge."
    (line,) = shown(dialog.ui.lines)
    assert line[:7] == [
        "PL-CA-1",
        "Pledged",
        "—",
        "COM-RAD-HH — Handheld radio",
        "KEN-FPU-3",
        "—",
        "40",
    ]
    # Enter on a line opens its pledge.
    dialog.ui.lines.setCurrentIndex(dialog.proxy.index(0, 0))
    press(qtbot, Qt.Key.Key_Return)
    pledge_form = opened(qtbot, page, PledgeDialog)
    assert pledge_form.ui.reference.text() == "PL-CA-1"


def test_every_figure_of_the_demo_mission_equals_its_lines(qtbot, bind_app, demo_store):
    page = open_page(qtbot, bind_app(demo_store))
    donors = page.model.rows()
    assert len(donors) >= 3
    checked = 0
    for donor in donors:
        for column, figure, expected in (
            (DonorColumn.PLEDGED_USD, Figure.PLEDGED, (donor.pledged_qty, donor.pledged_usd)),
            (
                DonorColumn.DELIVERED_USD,
                Figure.DELIVERED,
                (donor.delivered_qty, donor.delivered_usd),
            ),
            (
                DonorColumn.OUTSTANDING_USD,
                Figure.OUTSTANDING,
                (donor.outstanding_qty, donor.outstanding_usd),
            ),
            (DonorColumn.OVERDUE, Figure.OVERDUE, (donor.overdue_qty, donor.overdue_usd)),
        ):
            if not donor_index(page, donor.name, column).data(SORT_ROLE):
                continue  # a figure of 0 is not a link: nothing is behind it
            dialog = figure_lines(qtbot, page, donor.name, column)
            pledges, quantity, value = dialog.totals()
            assert (quantity, value) == pytest.approx(expected), (donor.name, figure)
            if figure == Figure.OVERDUE:
                assert pledges == donor.overdue_pledges
            dialog.close()
            checked += 1
    assert checked >= 10


def test_a_donor_late_with_a_delivery_is_marked_by_a_sign_not_only_a_colour(qtbot, lsa_app, page):
    with lsa_app.services.store.write() as session:
        pledge = session.exec(select(Pledge)).one()
        pledge.expected_delivery = date.today() - timedelta(days=10)
    page.refresh()
    qtbot.waitUntil(
        lambda: donor_cell(page, "Canada", DonorColumn.OVERDUE) == "⚠ 1" and not page.loading,
        timeout=WAIT,
    )
    name = donor_index(page, "Canada", DonorColumn.NAME)
    assert isinstance(name.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert name.data(Qt.ItemDataRole.FontRole).bold()
    assert name.data(Qt.ItemDataRole.ToolTipRole) == (
        "1 pledge is overdue: past its expected delivery and not fully delivered."
    )
    assert donor_index(page, "UN Trust Fund").data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.ui.summaryLabel.text().endswith("1 donor is late with a delivery.")
    (row,) = shown(page.ui.pledgesTable)
    assert row[PledgeColumn.OVERDUE] == "⚠ Overdue"
    dialog = figure_lines(qtbot, page, "Canada", DonorColumn.OVERDUE)
    assert dialog.totals() == (1, 40, 34_000.0)
    assert shown(dialog.ui.lines)[0][2].startswith("⚠ ")


def test_selecting_a_donor_lists_its_pledges_and_keeps_it_after_a_refresh(qtbot, page):
    select_donor(qtbot, page, "UN Trust Fund")
    assert page.ui.pledgesLabel.text() == "Pledges of UN Trust Fund"
    assert shown(page.ui.pledgesTable) == []
    assert page.pledge_actions.new_pledge.isEnabled()
    assert not page.pledge_actions.record_delivery.isEnabled()
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert page.selected_donor().name == "UN Trust Fund"
    select_donor(qtbot, page, "Canada")
    assert [row[PledgeColumn.REFERENCE] for row in shown(page.ui.pledgesTable)] == ["PL-CA-1"]


def test_figures_sort_as_numbers_and_the_models_pass_qtmodeltester(qtbot, qtmodeltester, page):
    page.ui.table.sortByColumn(DonorColumn.PLEDGED_USD, Qt.SortOrder.DescendingOrder)
    values = [page.proxy.index(r, DonorColumn.PLEDGED_USD).data(SORT_ROLE) for r in range(2)]
    assert values == [34_000.0, 0.0]
    canada = [donor_index(page, "Canada", column) for column in FIGURE_COLUMNS]
    assert [underlined(index) for index in canada] == [
        True,  # pledged
        True,
        False,  # delivered: 0
        False,
        True,  # outstanding
        True,
        False,  # overdue: 0
    ]
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.pledges_model, force_py=True)
    dialog = figure_lines(qtbot, page, "Canada", DonorColumn.OUTSTANDING_QTY)
    assert dialog.totals() == (1, 40, 34_000.0)
    qtmodeltester.check(dialog.model, force_py=True)


def test_a_figure_of_zero_is_not_a_link(qtbot, page):
    zero = donor_index(page, "Canada", DonorColumn.DELIVERED_QTY)
    assert zero.data() == "0"
    assert not underlined(zero)
    assert zero.data(Qt.ItemDataRole.ToolTipRole) is None
    click(qtbot, page.ui.table, zero)
    assert page.dialog is None
