"""The Inspections page: each unit's schedule with the overdue ones highlighted, and the list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lsa_desktop.domain.enums import InspectionKind, UnitType
from lsa_desktop.domain.inspections import InspectionInput, LineCount, add_months
from lsa_desktop.services.inspections import InspectionService
from lsa_desktop.store.models import Authorisation, StockLine, Unit
from lsa_desktop.store.seed import reference_id
from lsa_desktop.views.pages.inspections_page import InspectionsPage

WAIT = 10_000
TODAY = date.today()
LONG_AGO = add_months(TODAY, -7)  # its periodic inspection fell due a month ago
LAST_MONTH = add_months(TODAY, -1)


@pytest.fixture
def inspected_store(empty_store):
    """KEN-FPU-1, periodic inspection signed 7 months ago: overdue. KEN-FPU-2, arrival
    inspection signed a month ago (due in five months), and a spot check in draft today that
    counts one helmet fewer than the register. KEN-FPU-3: never inspected, holds nothing."""
    helmet = reference_id("equipment_type", "PPE-HELM")
    units = []
    with empty_store.write() as s:
        for number, helmets in ((1, 10), (2, 5), (3, 0)):
            unit = Unit(code=f"KEN-FPU-{number}", name=f"Unit {number}", unit_type=UnitType.FPU)
            s.add(unit)
            s.flush()
            units.append(unit)
            if helmets:
                s.add(Authorisation(unit_id=unit.id, equipment_type_id=helmet, quantity=helmets))
                s.add(
                    StockLine(
                        unit_id=unit.id,
                        equipment_type_id=helmet,
                        on_hand=helmets,
                        serviceable=helmets,
                    )
                )
    service = InspectionService(empty_store)
    first, second, _ = units

    def values(unit, kind, day, counted=None):
        lines = () if counted is None else (LineCount(helmet, counted, counted),)
        return InspectionInput(unit.id, kind, day, "Supt. Kamau", lines=lines)

    service.sign(values(first, InspectionKind.PERIODIC, LONG_AGO))
    service.sign(values(second, InspectionKind.ARRIVAL, LAST_MONTH))
    service.save_draft(values(second, InspectionKind.SPOT_CHECK, TODAY, counted=4))
    return empty_store


@pytest.fixture
def page(qtbot, bind_app, inspected_store):
    page = InspectionsPage(bind_app(inspected_store))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.counts() is not None and not page.loading, timeout=WAIT)
    return page


def shown(model):
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_schedule_shows_each_unit_and_highlights_the_overdue(page):
    assert page.ui.summaryLabel.text() == (
        "3 units: 1 overdue for their periodic inspection, 1 never inspected. 3 inspections "
        "recorded, 1 of them drafts not yet signed."
    )
    iso = date.isoformat
    assert shown(page.schedule_proxy) == [
        [
            "KEN-FPU-1",
            "Unit 1",
            "Periodic readiness",
            iso(LONG_AGO),
            iso(LONG_AGO),
            iso(LAST_MONTH),
        ],
        ["KEN-FPU-2", "Unit 2", "Arrival", iso(LAST_MONTH), "—", iso(add_months(LAST_MONTH, 6))],
        ["KEN-FPU-3", "Unit 3", "—", "—", "—", "—"],
    ]
    overdue = page.schedule_proxy.index(0, 5)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b91c1c"
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Overdue: the periodic inspection was due on {iso(LAST_MONTH)}"
    )
    assert page.schedule_proxy.index(1, 5).data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_list_shows_every_inspection_latest_first_and_filters(qtbot, page):
    assert shown(page.proxy) == [
        [TODAY.isoformat(), "KEN-FPU-2", "Spot check", "Supt. Kamau", "Draft", "1", "1"],
        [LAST_MONTH.isoformat(), "KEN-FPU-2", "Arrival", "Supt. Kamau", "Signed", "1", "0"],
        [
            LONG_AGO.isoformat(),
            "KEN-FPU-1",
            "Periodic readiness",
            "Supt. Kamau",
            "Signed",
            "1",
            "0",
        ],
    ]
    counts = []
    page.countChanged.connect(lambda shown_, total: counts.append((shown_, total)))
    qtbot.keyClicks(page.ui.filterEdit, "draft")
    assert counts[-1] == (1, 3) and page.counts() == (1, 3)


def test_enter_on_a_unit_starts_its_inspection_and_says_why_it_cannot(qtbot, page):
    table = page.ui.scheduleTable
    table.setFocus()
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().data() == "KEN-FPU-3"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT)
    dialog = page.dialog
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert dialog.ui.unit_id.currentText() == "KEN-FPU-3 — Unit 3"
    assert dialog.lines_model.rowCount() == 0
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.problem_text("unit_id") != "", timeout=WAIT)
    assert dialog.problem_text("unit_id") == (
        "KEN-FPU-3 is neither authorised nor holding any equipment: record its authorisations "
        "before inspecting it."
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
