"""From gaps to draft requisitions on the demo mission, as an officer does it on the Equipment &
gaps page: find the gap, select it, Ctrl+R (or the critical gaps of a unit, Ctrl+Shift+R), check
the quantities and what already covers them, OK; then the page shows the gap as requested.

Demo figures used (lsa_desktop/services/demo/layout.py and story.py): KE-FPU-2 is authorised 30
night-vision goggles (OBS-NVG, USD 4,500 in the catalogue), holds 6, and Canada has pledged 15
(committed, none delivered); no requisition of KE-FPU-2 asks for any.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QToolBar
from sqlmodel import func, select

from lsa_desktop.domain.enums import Priority, RequisitionStatus
from lsa_desktop.services.query import ListQuery
from lsa_desktop.services.requisitions import GapCoverage
from lsa_desktop.store.models import EquipmentType, Pledge, PledgeLine, Requisition, Unit
from lsa_desktop.views.dialogs.gap_request_dialog import GapRequestDialog
from lsa_desktop.views.dialogs.gap_request_model import GapColumn, GapRequestModel
from lsa_desktop.views.dialogs.requisition_dialog import RequisitionDialog
from lsa_desktop.views.pages.equipment_page import EquipmentPage
from lsa_desktop.views.table_models.equipment_models import HoldingColumn

WAIT = 10_000
UNIT = "KE-FPU-2"
NVG = "OBS-NVG"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def app(bind_app, demo_store):
    return bind_app(demo_store)


@pytest.fixture
def page(qtbot, app):
    page = EquipmentPage(app.services, app=app)
    qtbot.addWidget(page)
    app.dataChanged.connect(page.refresh)  # as the main window does for its pages
    page.resize(1500, 700)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.waitUntil(lambda: page.counts() is not None, timeout=WAIT)
    return page


# --- what a person does -----------------------------------------------------------------------


def pick_unit(qtbot, page, code: str) -> None:
    combo = page.ui.unitFilter
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(f"{code} "))
    with qtbot.waitSignal(page.countChanged, timeout=WAIT):
        combo.setCurrentIndex(index)


def search(qtbot, page, text: str) -> None:
    edit = page.findChild(QLineEdit, "searchEdit")
    with qtbot.waitSignal(page.countChanged, timeout=WAIT):
        edit.clear()
        qtbot.keyClicks(edit, text)


def click_row(qtbot, page, row: int) -> None:
    view = page.ui.tableView
    rect = view.visualRect(view.model().index(row, HoldingColumn.EQUIPMENT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press_on_table(qtbot, page, modifiers) -> GapRequestDialog:
    """Ctrl+R (or Ctrl+Shift+R) on the holdings; the form once the gaps are read."""
    previous = page.gap_requests.dialog
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_R, modifiers)
    qtbot.waitUntil(
        lambda: page.gap_requests.dialog is not previous and page.gap_requests.dialog.isVisible(),
        timeout=WAIT,
    )
    return page.gap_requests.dialog


def click_button(qtbot, page, action) -> GapRequestDialog:
    """The action's button above the register; the form once the gaps are read."""
    previous = page.gap_requests.dialog
    button = page.findChild(QToolBar, "actionBar").widgetForAction(action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.gap_requests.dialog is not previous and page.gap_requests.dialog.isVisible(),
        timeout=WAIT,
    )
    return page.gap_requests.dialog


def show_nvg_gap(qtbot, page):
    """The KE-FPU-2 night-vision row alone on the page, selected; returns its HoldingRow."""
    pick_unit(qtbot, page, UNIT)
    search(qtbot, page, NVG)
    assert page.holdings_model.rowCount() == 1
    click_row(qtbot, page, 0)
    return page.holdings_model.row_at(0)


def type_keys(text: str) -> None:
    """Each key to the widget that has the focus then (the first digit opens the cell's editor)."""
    for char in text:
        widget = QApplication.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_quantity(qtbot, dialog, row: int, text: str) -> None:
    table = dialog.ui.lines
    table.setFocus()
    table.setCurrentIndex(dialog.lines_model.index(row, GapColumn.QUANTITY))
    type_keys(text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == table.State.NoState)


def create(qtbot, dialog) -> list:
    """OK; the drafts created."""
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return created.args[0]


def cell(dialog, row: int, column: int) -> str:
    return dialog.lines_model.index(row, column).data()


def requisition_count(store) -> int:
    with store.read() as session:
        return session.exec(select(func.count()).select_from(Requisition)).one()


def nvg_pledge_reference(store, row) -> str:
    with store.read() as session:
        return session.exec(
            select(Pledge.reference)
            .join(PledgeLine, PledgeLine.pledge_id == Pledge.id)
            .where(
                PledgeLine.unit_id == row.unit_id,
                PledgeLine.equipment_type_id == row.equipment_type_id,
            )
        ).one()


# --- the night-vision gap of a formed unit ------------------------------------------------------


def test_the_night_vision_gap_of_a_formed_unit_becomes_a_draft(
    qtbot, page, app, demo_store, monkeypatch
):
    row = show_nvg_gap(qtbot, page)
    assert (row.authorised, row.pledged_open, row.requested_open) == (30, 15, 0)
    assert row.gap == 30 - row.serviceable - 15 > 0
    assert row.uncovered == row.gap  # nothing asks for it yet

    dialog = press_on_table(qtbot, page, CTRL)
    assert dialog.lines_model.rowCount() == 1
    assert [cell(dialog, 0, c) for c in (GapColumn.UNIT, GapColumn.EQUIPMENT)] == [
        UNIT,
        "Night-vision goggles",
    ]
    figures = (GapColumn.GAP, GapColumn.REQUESTED, GapColumn.PLEDGED, GapColumn.UNCOVERED)
    assert [cell(dialog, 0, c) for c in figures] == [str(row.gap), "0", "15", str(row.gap)]
    assert cell(dialog, 0, GapColumn.QUANTITY) == str(row.gap)  # what nothing covers yet
    assert cell(dialog, 0, GapColumn.UNIT_VALUE) == "4,500.00"
    assert cell(dialog, 0, GapColumn.LINE_TOTAL) == f"{row.gap * 4500:,}.00"
    # The gap is net of the pledge already, which the note names.
    reference = nvg_pledge_reference(demo_store, row)
    assert f"pledged on {reference} (15)" in cell(dialog, 0, GapColumn.NOTE)
    assert "in part" in dialog.ui.coverageLabel.text()
    assert dialog.ui.priority.currentData() == Priority.URGENT.value
    assert dialog.ok_button.text() == "&Create draft"
    assert f"USD {row.gap * 4500:,}.00" in dialog.ui.totalLabel.text()

    dialog.ui.justification.setPlainText("Night patrols in Kenscoff need goggles for each team.")
    opened = []
    monkeypatch.setattr(
        "lsa_desktop.views.dialogs.requisition_dialog.open_requisition",
        lambda app_, requisition_id, parent: opened.append((app_, requisition_id, parent)),
    )
    before = requisition_count(demo_store)
    (draft,) = create(qtbot, dialog)
    assert requisition_count(demo_store) == before + 1

    detail = app.services.requisitions.detail(draft.id)
    assert (detail.status, detail.unit_code, detail.priority) == (
        RequisitionStatus.DRAFT,
        UNIT,
        Priority.URGENT,
    )
    assert detail.requested_by == "Test User"
    assert detail.justification == "Night patrols in Kenscoff need goggles for each team."
    with demo_store.read() as session:
        catalogue = session.exec(
            select(EquipmentType.unit_value_usd).where(EquipmentType.code == NVG)
        ).one()
    assert [
        (line.type_code, line.quantity_requested, line.unit_cost_usd) for line in detail.lines
    ] == [(NVG, row.gap, catalogue)]

    # The page tells which draft was made and opens it on request.
    box = page.gap_requests.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "draftsCreated"
    assert detail.reference in box.text() and UNIT in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "openDraftsButton"), Qt.MouseButton.LeftButton)
    assert opened == [(app, draft.id, page)]

    # The gap is now requested in full and uncovered no more.
    model = page.holdings_model
    qtbot.waitUntil(
        lambda: model.index(0, HoldingColumn.REQUESTED).data() == str(row.gap), timeout=WAIT
    )
    assert model.index(0, HoldingColumn.GAP).data() == str(row.gap)
    assert model.index(0, HoldingColumn.UNCOVERED).data() == "0"


def test_a_gap_already_requested_says_so_and_nothing_more_is_written(qtbot, page, demo_store):
    row = show_nvg_gap(qtbot, page)
    (first,) = create(qtbot, press_on_table(qtbot, page, CTRL))
    qtbot.waitUntil(lambda: page.holdings_model.row_at(0).uncovered == 0, timeout=WAIT)
    page.gap_requests.dialog.done(QMessageBox.StandardButton.Close)  # not opened this time

    click_row(qtbot, page, 0)
    dialog = click_button(qtbot, page, page.request_action)
    assert dialog.ui.coverageLabel.isVisible()
    assert "Every gap listed is already covered" in dialog.ui.coverageLabel.text()
    assert cell(dialog, 0, GapColumn.UNCOVERED) == "0"
    assert cell(dialog, 0, GapColumn.QUANTITY) == "0"
    assert f"Already requested on {first.reference} ({row.gap})" in cell(dialog, 0, GapColumn.NOTE)
    assert dialog.ui.totalLabel.text() == "Nothing to request: every quantity is 0."

    before = requisition_count(demo_store)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already covered" in dialog.problem_text("lines")
    assert requisition_count(demo_store) == before

    # Asking for more anyway is the officer's call: the line then warns, and the draft is made.
    type_quantity(qtbot, dialog, 0, "2")
    assert dialog.problem_text("lines") == ""
    quantity = dialog.lines_model.index(0, GapColumn.QUANTITY)
    assert "2 beyond the gap" in quantity.data(Qt.ItemDataRole.ToolTipRole)
    (second,) = create(qtbot, dialog)
    assert [line.quantity_requested for line in second.lines] == [2]


def test_the_critical_gaps_of_a_unit_are_listed_and_requested_in_one_draft(
    qtbot, page, app, demo_store
):
    unit_code = "KE-FPU-3"
    pick_unit(qtbot, page, unit_code)
    with demo_store.read() as session:
        unit_id = session.exec(select(Unit.id).where(Unit.code == unit_code)).one()
    critical = app.services.equipment.holdings.page(
        ListQuery(filters={"unit_id": unit_id, "critical": True, "only_gaps": True}), 1000
    )
    assert len(critical) > 1

    dialog = press_on_table(qtbot, page, CTRL | SHIFT)
    assert unit_code in dialog.windowTitle()
    lines = dialog.lines_model.lines()
    assert sorted((line.coverage.type_code, line.coverage.gap) for line in lines) == sorted(
        (row.type_code, row.gap) for row in critical
    )
    assert [line.quantity for line in lines] == [line.coverage.uncovered for line in lines]

    # One line left out with 0; the others make one draft for the unit.
    asked = [line for line in lines if line.quantity > 0]
    assert len(asked) > 1
    left_out = lines.index(asked[0])
    type_quantity(qtbot, dialog, left_out, "0")
    (draft,) = create(qtbot, dialog)
    assert draft.unit_code == unit_code
    assert sorted((line.type_code, line.quantity_requested) for line in draft.lines) == sorted(
        (line.coverage.type_code, line.quantity) for line in asked[1:]
    )

    # Open: the draft's own form, to complete and submit it.
    box = page.gap_requests.dialog
    qtbot.mouseClick(box.findChild(QPushButton, "openDraftsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            form.isVisible() and form.detail is not None and form.detail.id == draft.id
            for form in page.findChildren(RequisitionDialog)
        ),
        timeout=WAIT,
    )


def test_a_unit_is_needed_for_its_critical_gaps_and_a_gap_for_a_request(qtbot, page):
    assert not page.request_action.isEnabled()
    assert not page.request_critical_action.isEnabled()
    # A row without a gap: nothing to request, and the page says so.
    model = page.holdings_model
    full = next(r for r in range(model.rowCount()) if model.row_at(r).gap == 0)
    page.ui.tableView.scrollTo(model.index(full, 0))
    click_row(qtbot, page, full)
    assert page.request_action.isEnabled() and page.request_critical_action.isEnabled()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_R, CTRL)
    box = next(w for w in page.findChildren(QMessageBox) if w.isVisible())
    assert box.text() == "None of the rows selected has a gap: there is nothing to request."
    assert page.gap_requests.dialog is None
    # The requests belong to the holdings tab.
    page.ui.registerTabs.setCurrentIndex(1)
    assert not page.request_action.isVisible() and not page.request_action.isEnabled()


def test_the_form_totals_follow_the_quantities(qtbot, qtmodeltester):
    unit = uuid.uuid4()

    def gap(code: str, value: float, gap: int, uncovered: int) -> GapCoverage:
        return GapCoverage(
            unit_id=unit,
            unit_code="KE-FPU-4",
            equipment_type_id=uuid.uuid4(),
            type_code=code,
            type_name=code.title(),
            unit_value_usd=value,
            gap=gap,
            requested_open=gap - uncovered,
            pledged_open=0,
            uncovered=uncovered,
            open_requisitions=("REQ-2026-0001",) if uncovered < gap else (),
            open_pledges=(),
            requested_quantities=(gap - uncovered,) if uncovered < gap else (),
        )

    model = GapRequestModel()
    model.set_gaps([gap("UAV", 25_000.0, 2, 2), gap("THERM", 9_000.5, 4, 1)])
    qtmodeltester.check(model)
    assert [r.quantity for r in model.requests()] == [2, 1]
    assert model.total_usd() == 2 * 25_000 + 9_000.5
    assert model.setData(model.index(0, GapColumn.QUANTITY), 0)
    assert not model.setData(model.index(0, GapColumn.QUANTITY), -1)
    assert not model.setData(model.index(0, GapColumn.GAP), 5)
    assert [r.quantity for r in model.requests()] == [1]
    assert model.units_requested() == ["KE-FPU-4"]
    assert model.index(1, GapColumn.LINE_TOTAL).data() == "9,000.50"
    assert model.index(1, GapColumn.NOTE).data() == "Already requested on REQ-2026-0001 (3)."
    assert model.index(0, GapColumn.NOTE).data() == ""
