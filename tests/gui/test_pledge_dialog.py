"""A pledge's form as a person fills it from the Donors page: a line answering a requisition line
(which fills the unit, type and value and suggests the quantity), a direct line for a unit and a
type, the running total, Enter to save; each line's problems on its cells; a pledge that can no
longer change shown read-only with the reason."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from donor_gui import (
    WAIT,
    choose_in_cell,
    open_page,
    opened,
    pledge,
    press,
    select_donor,
    select_pledge,
    this_year_reference,
    type_in_cell,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox
from sqlmodel import select

from lsa_desktop.domain.enums import PledgeStatus
from lsa_desktop.domain.pledges import PledgeAction
from lsa_desktop.store.models import EquipmentType, PledgeLine, RequisitionLine, Unit
from lsa_desktop.views.dialogs.pledge_dialog import PledgeDialog
from lsa_desktop.views.dialogs.pledge_lines_model import LineColumn


@pytest.fixture
def page(qtbot, lsa_app):
    return open_page(qtbot, lsa_app)


def new_pledge_form(qtbot, page, donor: str) -> PledgeDialog:
    select_donor(qtbot, page, donor)
    qtbot.keyClick(
        page.ui.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    return opened(qtbot, page, PledgeDialog)


def add_line(qtbot, dialog) -> int:
    """Insert on the lines table adds a line and puts the cursor on its first cell."""
    dialog.ui.lines.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    return dialog.lines_model.rowCount() - 1


def lines_of(store, reference: str) -> list[tuple]:
    with store.read() as session:
        units = {u.id: u.code for u in session.exec(select(Unit))}
        types = {t.id: t.code for t in session.exec(select(EquipmentType))}
        lines = session.exec(
            select(PledgeLine).where(PledgeLine.pledge_id == pledge(store, reference).id)
        )
        return sorted(
            (
                units[line.unit_id],
                types[line.equipment_type_id],
                line.quantity,
                line.unit_value_usd,
                line.requisition_line_id is not None,
            )
            for line in lines
        )


def test_a_pledge_answers_a_requisition_line_and_names_a_unit_directly(qtbot, lsa_app, page):
    store = lsa_app.services.store
    dialog = new_pledge_form(qtbot, page, "Canada")
    ui, model, table = dialog.ui, dialog.lines_model, dialog.ui.lines
    assert ui.donor_id.currentText() == "Canada"
    assert ui.reference.placeholderText() == f"{this_year_reference(1)} (given when saved)"
    assert ui.pledged_on.date().toPython() == date.today()

    row = add_line(qtbot, dialog)
    choose_in_cell(
        qtbot, table, row, LineColumn.REQUISITION, "REQ-2025-0001 · KEN-FPU-3 · Handheld radio"
    )
    line = model.lines()[row]
    # The requisition line gives the unit, the type and the cost, and the quantity not pledged.
    assert (line.unit_text, line.type_text, line.quantity, line.unit_value_usd) == (
        "KEN-FPU-3",
        "COM-RAD-HH — Handheld radio",
        40,
        850.0,
    )
    type_in_cell(qtbot, table, row, LineColumn.QUANTITY, "12")
    assert model.index(row, LineColumn.TOTAL).data() == "10,200.00"

    row = add_line(qtbot, dialog)
    choose_in_cell(qtbot, table, row, LineColumn.UNIT, "KEN-FPU-1")
    choose_in_cell(qtbot, table, row, LineColumn.TYPE, "OBS-NVG")
    type_in_cell(qtbot, table, row, LineColumn.QUANTITY, "8")
    type_in_cell(qtbot, table, row, LineColumn.UNIT_VALUE, "4500")
    assert ui.totalLabel.text() == "2 lines, 20 items: USD 46,200.00"
    assert not ui.value_usd.isEnabled()  # the lines make the value
    assert ui.linesError.isHidden()

    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.keyClick(ui.reference, Qt.Key.Key_Return)
    saved = pledge(store, this_year_reference(1))
    assert (saved.status, saved.value_usd) == (PledgeStatus.PLEDGED, 46_200.0)
    assert lines_of(store, saved.reference) == [
        ("KEN-FPU-1", "OBS-NVG", 8, 4500.0, False),
        ("KEN-FPU-3", "COM-RAD-HH", 12, 850.0, True),
    ]
    with store.read() as session:
        (requisition_line,) = session.exec(select(RequisitionLine))
    choices = lsa_app.services.pledges.requisition_line_choices()
    assert {c.requisition_line_id: c.outstanding for c in choices} == {requisition_line.id: 28}
    qtbot.waitUntil(
        lambda: (
            page.ui.noticeLabel.text()
            == f"Pledge {saved.reference} of Canada saved: USD 46,200; status Pledged."
        ),
        timeout=WAIT,
    )


def test_each_line_problem_shows_on_its_cell_and_nothing_is_saved(qtbot, lsa_app, page):
    dialog = new_pledge_form(qtbot, page, "UN Trust Fund")
    ui, table = dialog.ui, dialog.ui.lines
    # Without lines, a pledge is its value.
    qtbot.keyClick(ui.reference, Qt.Key.Key_Return)
    assert dialog.problem_text("value_usd") == (
        "A pledge without item lines is recorded by its value: enter it in USD, or add the items "
        "pledged."
    )
    row = add_line(qtbot, dialog)
    type_in_cell(qtbot, table, row, LineColumn.QUANTITY, "0")
    qtbot.keyClick(ui.reference, Qt.Key.Key_Return)
    assert dialog.line_problem(0, "unit_id") == "Line 1: choose the unit."
    assert dialog.line_problem(0, "equipment_type_id") == "Line 1: choose the equipment type."
    assert dialog.line_problem(0, "quantity") == "Line 1: the quantity must be at least 1."
    quantity = dialog.lines_model.index(0, LineColumn.QUANTITY)
    assert quantity.data(Qt.ItemDataRole.ToolTipRole) == "Line 1: the quantity must be at least 1."
    assert quantity.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Line 1: choose the unit." in ui.linesError.text()
    assert dialog.problem_text("value_usd") == ""  # with a line, no value is asked for
    assert dialog.isVisible()
    # Changing the line clears what was said about it, and checks it again.
    type_in_cell(qtbot, table, row, LineColumn.QUANTITY, "5")
    assert dialog.line_problem(0, "quantity") == ""
    assert dialog.line_problem(0, "unit_id") == "Line 1: choose the unit."
    assert [p.reference for p in lsa_app.services.donors.pledges()] == ["PL-CA-1"]


def test_commit_then_withdraw_and_the_pledge_opens_read_only_saying_why(qtbot, lsa_app, page):
    select_donor(qtbot, page, "Canada")
    select_pledge(qtbot, page, "PL-CA-1")
    actions = page.pledge_actions
    enabled = {action: qaction.isEnabled() for action, qaction in actions.by_action.items()}
    assert enabled == {
        PledgeAction.COMMIT: True,
        PledgeAction.WITHDRAW: True,
        PledgeAction.CLOSE: False,  # nothing has arrived yet
    }
    actions.by_action[PledgeAction.COMMIT].trigger()
    qtbot.waitUntil(
        lambda: page.ui.noticeLabel.text() == "Pledge PL-CA-1: status now Committed.", timeout=WAIT
    )
    select_pledge(qtbot, page, "PL-CA-1")
    assert not actions.by_action[PledgeAction.COMMIT].isEnabled()
    actions.by_action[PledgeAction.WITHDRAW].trigger()
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "withdrawPledge" and w.isVisible()
    )
    assert box.text() == "Withdraw pledge PL-CA-1 of Canada?"
    qtbot.mouseClick(
        box.findChild(QAbstractButton, "withdrawPledgeButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(
        lambda: page.ui.noticeLabel.text() == "Pledge PL-CA-1: status now Withdrawn.", timeout=WAIT
    )
    assert pledge(lsa_app.services.store, "PL-CA-1").status == PledgeStatus.WITHDRAWN

    select_pledge(qtbot, page, "PL-CA-1")
    press(qtbot, Qt.Key.Key_Return)  # Enter opens the pledge selected
    dialog = opened(qtbot, page, PledgeDialog)
    ui = dialog.ui
    assert ui.titleLabel.text() == "Pledge PL-CA-1 — Canada"
    assert ui.statusLabel.text() == (
        "Withdrawn. USD 34,000 pledged, 0 delivered, 0 outstanding. A withdrawn pledge cannot "
        "be edited: it was withdrawn, which is final. Record anything more from the donor as a "
        "new pledge."
    )
    assert dialog.lines_model.read_only and not ui.donor_id.isEnabled()
    assert ui.addLineButton.isHidden()
    assert ui.buttonBox.standardButtons() == QDialogButtonBox.StandardButton.Close
    quantity = dialog.lines_model.index(0, LineColumn.QUANTITY)
    assert not quantity.flags() & Qt.ItemFlag.ItemIsEditable
    assert ui.deliveriesSummary.text() == "Nothing has been delivered on this pledge yet."


def test_the_lines_model_passes_qtmodeltester(qtbot, qtmodeltester, lsa_app, page):
    dialog = new_pledge_form(qtbot, page, "Canada")
    add_line(qtbot, dialog)
    add_line(qtbot, dialog)
    qtmodeltester.check(dialog.lines_model, force_py=True)


def test_an_expected_delivery_before_the_pledge_is_refused(qtbot, lsa_app, page):
    dialog = new_pledge_form(qtbot, page, "Canada")
    ui = dialog.ui
    ui.value_usd.setFocus()
    qtbot.keyClicks(ui.value_usd, "250000")
    dialog.expected.set_value(date.today() - timedelta(days=3))
    qtbot.keyClick(ui.reference, Qt.Key.Key_Return)
    assert dialog.problem_text("expected_delivery") == (
        "The expected delivery cannot be before the pledge date."
    )
