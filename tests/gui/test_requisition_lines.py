"""The lines of the requisition form, typed at the keyboard: the type found by typing part of its
name or code, its cost from the catalogue, Tab and Enter from cell to cell, Insert and Delete, and
the totals following every keystroke."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from requisition_gui import (
    HEADLESS_POPUP_MESSAGES,
    NVG,
    RADIO,
    approve,
    click_cell,
    draft,
    host,
    open_form,
    pick_type,
    press,
    submitted,
    type_keys,
)

from lsa_desktop.domain.requisitions import Coverage
from lsa_desktop.views.dialogs.requisition_lines_model import LineColumn, RequisitionLinesModel

C = LineColumn
pytestmark = pytest.mark.qt_log_ignore(HEADLESS_POPUP_MESSAGES)


def shown(model, *columns):
    return [
        [model.index(row, column).data() for column in columns] for row in range(model.rowCount())
    ]


def start(qtbot, app):
    window = host(qtbot)
    dialog = open_form(qtbot, app, window)
    click_cell(qtbot, dialog.ui.lines, 0, C.EQUIPMENT)
    return window, dialog


def test_two_lines_typed_at_the_keyboard_with_their_totals(qtbot, lsa_app):
    _window, dialog = start(qtbot, lsa_app)
    model = dialog.lines_model
    pick_type(qtbot, dialog, "handheld")  # one type matches: chosen, its cost from the catalogue
    assert shown(model, C.EQUIPMENT, C.UNIT_COST) == [["Handheld radio (COM-RAD-HH)", "850.00"]]
    type_keys("12")
    press(qtbot, Qt.Key.Key_Tab)  # on to the cost, kept as it is
    press(qtbot, Qt.Key.Key_Tab)  # over the line total, on to the remarks
    type_keys("One per section")
    press(qtbot, Qt.Key.Key_Return)  # past the last cell: a new line, its type being typed
    assert model.rowCount() == 2
    assert dialog.ui.lines.currentIndex().row() == 1
    pick_type(qtbot, dialog, "obs-nvg")  # by its code
    type_keys("4")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys("4200")  # a cost of its own
    press(qtbot, Qt.Key.Key_Return)
    assert shown(model, C.EQUIPMENT, C.QUANTITY, C.UNIT_COST, C.TOTAL, C.REMARKS) == [
        ["Handheld radio (COM-RAD-HH)", "12", "850.00", "10,200.00", "One per section"],
        ["Night-vision goggles (OBS-NVG)", "4", "4,200.00", "16,800.00", ""],
    ]
    assert dialog.ui.totalLabel.text() == "2 line(s), total USD 27,000.00"
    assert model.index(0, C.EQUIPMENT).data(Qt.ItemDataRole.ToolTipRole) == (
        "Communications · each"
    )


def test_a_typed_cost_stays_when_the_type_changes_and_a_catalogue_cost_follows_it(qtbot, lsa_app):
    _window, dialog = start(qtbot, lsa_app)
    model = dialog.lines_model
    pick_type(qtbot, dialog, "handheld")
    click_cell(qtbot, dialog.ui.lines, 0, C.EQUIPMENT)
    pick_type(qtbot, dialog, "vehicle-mounted")
    assert shown(model, C.UNIT_COST) == [["2,800.00"]]  # the catalogue's, as the type's was
    click_cell(qtbot, dialog.ui.lines, 0, C.UNIT_COST)
    type_keys("2500")
    press(qtbot, Qt.Key.Key_Return)
    click_cell(qtbot, dialog.ui.lines, 0, C.EQUIPMENT)
    pick_type(qtbot, dialog, "handheld")
    assert shown(model, C.EQUIPMENT, C.UNIT_COST) == [["Handheld radio (COM-RAD-HH)", "2,500.00"]]


def test_insert_adds_a_line_below_the_current_one_and_delete_removes_it(qtbot, lsa_app):
    _window, dialog = start(qtbot, lsa_app)
    model, table = dialog.lines_model, dialog.ui.lines
    pick_type(qtbot, dialog, "handheld")
    type_keys("12")
    press(qtbot, Qt.Key.Key_Return)
    click_cell(qtbot, table, 0, C.QUANTITY)
    press(qtbot, Qt.Key.Key_Insert)
    assert model.rowCount() == 2 and table.currentIndex().row() == 1
    pick_type(qtbot, dialog, "ballistic helmet")
    type_keys("30")
    press(qtbot, Qt.Key.Key_Return)
    assert shown(model, C.EQUIPMENT, C.QUANTITY) == [
        ["Handheld radio (COM-RAD-HH)", "12"],
        ["Ballistic helmet (PPE-HELM)", "30"],
    ]
    assert dialog.ui.totalLabel.text() == "2 line(s), total USD 19,800.00"
    click_cell(qtbot, table, 0, C.QUANTITY)
    press(qtbot, Qt.Key.Key_Delete)  # not editing: the line goes
    assert shown(model, C.EQUIPMENT) == [["Ballistic helmet (PPE-HELM)"]]
    assert dialog.ui.totalLabel.text() == "1 line(s), total USD 9,600.00"
    dialog.ui.addLineButton.click()
    assert model.rowCount() == 2
    assert table.state() == table.State.EditingState  # the new line's type is being typed


def test_a_blank_line_is_left_out_and_tab_past_it_leaves_the_table(qtbot, lsa_app):
    _window, dialog = start(qtbot, lsa_app)
    model, table = dialog.lines_model, dialog.ui.lines
    pick_type(qtbot, dialog, "handheld")
    type_keys("12")
    for _ in range(3):  # cost, remarks, then a new line
        press(qtbot, Qt.Key.Key_Tab)
    assert model.rowCount() == 2
    for _ in range(4):  # through the blank line: type, quantity, cost and remarks
        press(qtbot, Qt.Key.Key_Tab)
    assert model.rowCount() == 2  # no third line after a blank one: the editing stops
    assert table.state() == table.State.NoState and table.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert not table.hasFocus()  # on to the next field of the form
    assert [line.blank for line in model.lines()] == [False, True]
    values, rows = model.inputs()
    assert len(values) == 1 and rows == (0,)
    assert dialog.ui.totalLabel.text() == "1 line(s), total USD 10,200.00"


def test_text_that_names_no_single_type_is_told_on_its_cell(qtbot, lsa_app):
    _window, dialog = start(qtbot, lsa_app)
    model = dialog.lines_model
    pick_type(qtbot, dialog, "radio")  # handheld, vehicle-mounted, base station...
    reason = (
        "Line 1: no single equipment type matches “radio”: type more of its name or code, or "
        "choose it from the list."
    )
    cell = model.index(0, C.EQUIPMENT)
    assert cell.data() == "" and cell.data(Qt.ItemDataRole.ToolTipRole) == reason
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.line_problems() == reason
    click_cell(qtbot, dialog.ui.lines, 0, C.EQUIPMENT)
    pick_type(qtbot, dialog, "base station")
    assert cell.data() == "Base station radio (COM-RAD-BASE)"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert dialog.line_problems() == ""


def test_past_the_draft_the_lines_show_what_was_approved_pledged_and_delivered(qtbot, lsa_app):
    detail = submitted(lsa_app)
    approve(lsa_app, detail, {RADIO: 8})
    window = host(qtbot)
    dialog = open_form(qtbot, lsa_app, window, detail.id)
    model, table = dialog.lines_model, dialog.ui.lines
    assert model.read_only
    assert not table.isColumnHidden(C.APPROVED) and not table.isColumnHidden(C.COVERAGE)
    assert shown(
        model, C.EQUIPMENT, C.QUANTITY, C.APPROVED, C.PLEDGED, C.DELIVERED, C.COVERAGE
    ) == [
        ["Handheld radio (COM-RAD-HH)", "12", "8", "0", "0", "None"],
        ["Night-vision goggles (OBS-NVG)", "4", "4", "0", "0", "None"],
    ]
    assert dialog.ui.totalLabel.text() == "Requested USD 28,200.00, approved USD 24,800.00"
    click_cell(qtbot, table, 0, C.QUANTITY)
    type_keys("99")
    press(qtbot, Qt.Key.Key_Delete)
    assert QApplication.focusWidget() is table  # nothing opened, nothing removed
    assert shown(model, C.QUANTITY) == [["12"], ["4"]]


def test_the_lines_model_passes_qtmodeltester(qtbot, qtmodeltester, lsa_app):
    detail = draft(lsa_app, lines=((RADIO, 12, 850.0), (NVG, 4, 4500.0)))
    model = RequisitionLinesModel()
    model.set_choices(lsa_app.services.requisitions.equipment_choices())
    model.set_lines(detail.lines, read_only=False)
    model.add_line()
    qtmodeltester.check(model, force_py=True)
    assert model.lines()[0].coverage is Coverage.NONE
