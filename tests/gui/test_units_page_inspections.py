"""A unit's inspections as the person sees them on the Units page and in the unit's form.

On the small mission, with today's date (the app's clock):

  KEN-FPU-1  periodic on 31 August two years ago: due the last day of February a year ago (a
             month end), long overdue: the cell stands out, with a tooltip that says since when
  KEN-FPU-2  arrival on the 1st of this month: due on the 1st six months on, not overdue
  KEN-FPU-3  never inspected
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from sqlmodel import select
from test_person_form import USER, WAIT, active
from test_unit_form import codes, open_form

from lsa_desktop.domain.enums import InspectionKind, InspectionStatus, UnitType
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.models import Inspection, Unit, utcnow
from lsa_desktop.views.pages.units_page import UnitsPage
from lsa_desktop.views.table_models.units_model import UnitColumn, UnitsTableModel

TODAY = date.today()
FPU1_PERIODIC = date(TODAY.year - 2, 8, 31)
FPU1_DUE = date(TODAY.year - 1, 2, 29 if calendar.isleap(TODAY.year - 1) else 28)
FPU2_ARRIVAL = TODAY.replace(day=1)
FPU2_DUE = date(
    TODAY.year + (TODAY.month + 5) // 12, (TODAY.month + 5) % 12 + 1, 1
)  # six months on


@pytest.fixture
def page(qtbot, lsa_app) -> UnitsPage:
    """The Units page on the small mission with the inspections above signed, shown and active."""
    store = lsa_app.services.store
    store.user = USER
    with store.write() as session:
        unit_ids = {unit.code: unit.id for unit in session.exec(select(Unit))}
        for code, kind, day in (
            ("KEN-FPU-1", InspectionKind.PERIODIC, FPU1_PERIODIC),
            ("KEN-FPU-2", InspectionKind.ARRIVAL, FPU2_ARRIVAL),
        ):
            session.add(
                Inspection(
                    unit_id=unit_ids[code],
                    kind=kind,
                    inspected_on=day,
                    inspector="Supt. Kamau",
                    status=InspectionStatus.SIGNED,
                    signed_at=utcnow(),
                )
            )
    page = UnitsPage(lsa_app)
    qtbot.addWidget(page)
    page.resize(1400, 500)
    page.show()
    active(qtbot, page)
    qtbot.waitUntil(lambda: page.counts() is not None, timeout=WAIT)
    return page


def cell(page: UnitsPage, code: str, column: UnitColumn, role=Qt.ItemDataRole.DisplayRole):
    return page.model.index(codes(page).index(code), column).data(role)


def test_the_register_shows_the_last_inspection_and_the_next_periodic_due(page):
    assert cell(page, "KEN-FPU-1", UnitColumn.LAST_INSPECTION) == (
        f"{FPU1_PERIODIC.isoformat()} (Periodic readiness)"
    )
    assert cell(page, "KEN-FPU-1", UnitColumn.NEXT_PERIODIC_DUE) == FPU1_DUE.isoformat()
    assert cell(page, "KEN-FPU-2", UnitColumn.LAST_INSPECTION) == (
        f"{FPU2_ARRIVAL.isoformat()} (Arrival)"
    )
    assert cell(page, "KEN-FPU-2", UnitColumn.NEXT_PERIODIC_DUE) == FPU2_DUE.isoformat()
    assert cell(page, "KEN-FPU-3", UnitColumn.LAST_INSPECTION) == ""
    assert cell(page, "KEN-FPU-3", UnitColumn.NEXT_PERIODIC_DUE) == ""


def test_an_overdue_unit_stands_out_with_a_tooltip_that_says_since_when(page):
    due = UnitColumn.NEXT_PERIODIC_DUE
    foreground = Qt.ItemDataRole.ForegroundRole
    assert isinstance(cell(page, "KEN-FPU-1", due, foreground), QBrush)
    assert cell(page, "KEN-FPU-1", due, Qt.ItemDataRole.ToolTipRole) == (
        f"Periodic inspection overdue: it was due on {FPU1_DUE.isoformat()}."
    )
    for code in ("KEN-FPU-2", "KEN-FPU-3"):
        assert cell(page, code, due, foreground) is None
        assert cell(page, code, due, Qt.ItemDataRole.ToolTipRole) is None


def test_sorting_by_next_due_latest_first_keeps_the_never_inspected_last(qtbot, page):
    page.ui.tableView.sortByColumn(UnitColumn.NEXT_PERIODIC_DUE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: codes(page) == ["KEN-FPU-2", "KEN-FPU-1", "KEN-FPU-3"], timeout=WAIT)


def test_the_model_with_inspections_passes_the_model_tester(qtbot, qtmodeltester, page):
    model = UnitsTableModel(page.app.services.units.register)
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.set_query(ListQuery())
    qtmodeltester.check(model)
    for column in (UnitColumn.LAST_INSPECTION, UnitColumn.NEXT_PERIODIC_DUE):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            qtmodeltester.check(model)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "KEN-FPU-1",
            f"Last inspection: {FPU1_PERIODIC.isoformat()} (Periodic readiness) — "
            f"next due {FPU1_DUE.isoformat()}, overdue",
        ),
        (
            "KEN-FPU-2",
            f"Last inspection: {FPU2_ARRIVAL.isoformat()} (Arrival) — "
            f"next due {FPU2_DUE.isoformat()}",
        ),
        ("KEN-FPU-3", "Never inspected"),
    ],
)
def test_the_units_form_says_when_it_was_last_inspected_and_when_next_due(qtbot, page, code, text):
    dialog = open_form(qtbot, page, code)
    assert dialog.ui.inspections.isVisible()
    assert dialog.ui.inspections.text() == text
    dialog.reject()


def test_a_new_units_form_has_no_inspection_line(qtbot, page):
    dialog = open_form(qtbot, page)
    assert not dialog.ui.inspections.isVisible()
    assert dialog.ui.unit_type.currentData() == UnitType.FPU.value
    dialog.reject()
