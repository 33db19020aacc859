"""The requisition form as a person fills it in and carries it through its workflow: typed at the
keyboard and saved as a draft, refused with the reasons beside the fields and at the lines,
submitted, returned, reopened and changed, cancelled with a reason, printed to PDF."""

from __future__ import annotations

from datetime import date

import pytest
from fleet_gui import pick, retype
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit
from requisition_gui import (
    HEADLESS_POPUP_MESSAGES,
    NVG,
    RADIO,
    USER,
    WAIT,
    approve,
    click,
    click_cell,
    draft,
    host,
    open_form,
    pick_type,
    press,
    returned,
    submitted,
    type_keys,
)
from sqlmodel import func, select

from lsa_desktop.domain.enums import RequisitionStatus
from lsa_desktop.domain.requisitions import Action
from lsa_desktop.store.models import EquipmentType, Requisition
from lsa_desktop.store.seed import reference_id
from lsa_desktop.views.dialogs.requisition_lines_model import LineColumn

pytestmark = pytest.mark.qt_log_ignore(HEADLESS_POPUP_MESSAGES)
C = LineColumn
S = RequisitionStatus


def requisition_count(app) -> int:
    with app.services.store.read() as s:
        return s.execute(select(func.count()).select_from(Requisition)).scalar_one()


def enabled_steps(dialog) -> set[Action]:
    return {action for action, button in dialog.action_buttons.items() if button.isEnabled()}


def prompt_button(prompt, text: str):
    box = prompt.findChild(QDialogButtonBox)
    return next(button for button in box.buttons() if button.text() == text)


def fill_header(qtbot, dialog, unit: str = "KEN-FPU-1") -> None:
    ui = dialog.ui
    pick(ui.unit_id, unit)
    pick(ui.priority, "Urgent")
    ui.justification.setFocus()
    type_keys("Night patrols in Cité Soleil without radios.")


def type_lines(qtbot, dialog, lines) -> None:
    """Type each (type, quantity) on its line, from the first cell."""
    click_cell(qtbot, dialog.ui.lines, 0, C.EQUIPMENT)
    for number, (kind, quantity) in enumerate(lines):
        if number:
            press(qtbot, Qt.Key.Key_Return)  # past the remarks: the next line
        pick_type(qtbot, dialog, kind)
        type_keys(quantity)
        press(qtbot, Qt.Key.Key_Tab)  # the cost, from the catalogue
        press(qtbot, Qt.Key.Key_Tab)  # the remarks


def test_a_requisition_typed_at_the_keyboard_is_saved_as_a_draft(qtbot, lsa_app):
    window = host(qtbot)
    expected = lsa_app.services.requisitions.next_reference()
    dialog = open_form(qtbot, lsa_app, window)
    ui = dialog.ui
    assert dialog.windowTitle() == "New requisition"
    assert ui.reference.text() == expected and ui.reference.isReadOnly()
    assert ui.requested_by.text() == USER  # the app's user
    assert ui.requested_on.date().toPython() == date.today()
    assert ui.priority.currentText() == "Routine"
    assert enabled_steps(dialog) == {Action.SUBMIT}
    assert not ui.printButton.isEnabled()
    fill_header(qtbot, dialog)
    type_lines(qtbot, dialog, [("handheld", "12"), ("goggles", "4")])
    assert ui.totalLabel.text() == "2 line(s), total USD 28,200.00"
    type_keys("For the night shift")  # in the remarks of the goggles, still being edited
    assert requisition_count(lsa_app) == 1  # nothing written yet

    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = saved.args[0]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert (detail.reference, detail.status, detail.unit_code) == (expected, S.DRAFT, "KEN-FPU-1")
    assert (detail.requested_by, detail.priority.value) == (USER, "URGENT")
    assert detail.justification == "Night patrols in Cité Soleil without radios."
    assert [
        (line.type_code, line.quantity_requested, line.unit_cost_usd, line.remarks)
        for line in detail.lines
    ] == [(RADIO, 12, 850.0, ""), (NVG, 4, 4500.0, "For the night shift")]
    assert detail.total_requested_usd == 28_200.0


def test_the_reasons_show_beside_the_fields_and_at_the_lines(qtbot, lsa_app):
    window = host(qtbot)
    dialog = open_form(qtbot, lsa_app, window)
    ui, model = dialog.ui, dialog.lines_model
    click_cell(qtbot, ui.lines, 0, C.EQUIPMENT)
    pick_type(qtbot, dialog, "handheld")
    press(qtbot, Qt.Key.Key_Tab)  # no quantity typed
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # a second line
    pick_type(qtbot, dialog, "handheld")  # the same type again
    type_keys("5")
    click(qtbot, ui.buttonBox.button(ui.buttonBox.StandardButton.Save))
    assert dialog.problem_text("unit_id") == "Choose the unit that needs the items."
    quantity = "Line 1: the quantity is required."
    again = (
        "Line 2: this equipment type is already requested on line 1: change the quantity there "
        "instead."
    )
    assert dialog.line_problems() == f"{quantity} {again}"  # in the order of the lines
    cell = model.index(0, C.QUANTITY)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == quantity
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, C.EQUIPMENT).data(Qt.ItemDataRole.ToolTipRole) == again
    assert requisition_count(lsa_app) == 1  # nothing saved
    # Correcting a cell takes its reason away, at once.
    click_cell(qtbot, ui.lines, 0, C.QUANTITY)
    type_keys("12")
    press(qtbot, Qt.Key.Key_Return)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert dialog.line_problems() == again
    assert dialog.isVisible()


def test_a_refusal_only_the_service_can_make_is_shown_at_its_line(qtbot, lsa_app):
    """The goggles are archived while the form is open: the service refuses the line, and the
    reason lands on the right row although a blank line sits between the two."""
    window = host(qtbot)
    dialog = open_form(qtbot, lsa_app, window)
    fill_header(qtbot, dialog)
    type_lines(qtbot, dialog, [("handheld", "12")])
    press(qtbot, Qt.Key.Key_Tab)  # a blank second line, left out when saving
    press(qtbot, Qt.Key.Key_Escape)
    click(qtbot, dialog.ui.addLineButton)
    pick_type(qtbot, dialog, "goggles")
    type_keys("4")
    press(qtbot, Qt.Key.Key_Return)
    with lsa_app.services.store.write() as s:
        s.get(EquipmentType, reference_id("equipment_type", NVG)).archived = True
    click(qtbot, dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save))
    reason = "Line 2: that equipment type is archived or gone: choose another."
    qtbot.waitUntil(lambda: dialog.line_problems() == reason, timeout=WAIT)
    assert [line.blank for line in dialog.lines_model.lines()] == [False, True, False]
    cell = dialog.lines_model.index(2, C.EQUIPMENT)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == reason
    assert dialog.ui.lines.currentIndex() == cell  # the person is taken to it
    assert requisition_count(lsa_app) == 1


def test_submit_saves_the_new_requisition_and_sends_it_for_approval(qtbot, lsa_app):
    window = host(qtbot)
    dialog = open_form(qtbot, lsa_app, window)
    ui = dialog.ui
    pick(ui.unit_id, "KEN-FPU-2")
    type_lines(qtbot, dialog, [("helmet", "30")])
    click(qtbot, ui.submitButton)
    assert dialog.problem_text("justification") == (
        "Write the justification before submitting: the approvers decide on it."
    )
    assert requisition_count(lsa_app) == 1
    ui.justification.setFocus()
    type_keys("Helmets lost in the Delmas fire.")
    with qtbot.waitSignal(dialog.actions.changed, timeout=WAIT) as changed:
        click(qtbot, ui.submitButton)
    detail = changed.args[0]
    assert detail.status is S.SUBMITTED
    assert dialog.isVisible()  # the form shows where the requisition now stands
    assert ui.statusLabel.text() == "Submitted: waiting for a decision (see the Approvals tab)."
    assert not dialog.editable and ui.justification.isReadOnly()
    assert enabled_steps(dialog) == {Action.APPROVE, Action.REJECT, Action.RETURN, Action.CANCEL}
    assert ui.printButton.isEnabled() and ui.pdfButton.isEnabled()
    assert ui.requiredLabel.text() == "Needs one approval, by anyone other than the requester."
    assert [entry.status for entry in dialog.approvals.timeline.rows()][-1] is S.SUBMITTED


def test_returned_reopened_changed_and_submitted_again(qtbot, lsa_app):
    detail = returned(lsa_app)
    window = host(qtbot)
    dialog = open_form(qtbot, lsa_app, window, detail.id)
    ui = dialog.ui
    assert ui.statusLabel.text() == (
        "Returned for changes: reopen it as a draft, change it, then submit it again."
    )
    assert enabled_steps(dialog) == {Action.REOPEN, Action.CANCEL}
    timeline = dialog.approvals.timeline.rows()
    assert timeline[-1].comment == "Split the radios by section."
    with qtbot.waitSignal(dialog.actions.changed, timeout=WAIT):
        click(qtbot, ui.reopenButton)
    assert dialog.editable and ui.statusLabel.text().startswith("Draft")
    assert enabled_steps(dialog) == {Action.SUBMIT, Action.CANCEL}
    click_cell(qtbot, ui.lines, 0, C.QUANTITY)
    type_keys("16")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.is_modified()
    with qtbot.waitSignal(dialog.actions.changed, timeout=WAIT) as changed:
        click(qtbot, ui.submitButton)  # saves the change, then submits
    after = changed.args[0]
    assert after.status is S.SUBMITTED and after.submission_round == 2
    assert [(line.type_code, line.quantity_requested) for line in after.lines] == [
        (RADIO, 16),
        (NVG, 4),
    ]
    assert dialog.approvals.decisions.rows() == []  # a new round: no decision yet


def test_cancelling_asks_why_and_the_timeline_keeps_it(qtbot, lsa_app):
    detail = submitted(lsa_app)
    window = host(qtbot)
    dialog = open_form(qtbot, lsa_app, window, detail.id)
    click(qtbot, dialog.ui.cancelRequisitionButton)
    prompt = dialog.actions.dialog
    assert prompt is not None and prompt.objectName() == "cancelReasonPrompt"
    click(qtbot, prompt_button(prompt, "Keep it"))
    qtbot.waitUntil(lambda: dialog.actions.dialog is None, timeout=WAIT)
    assert lsa_app.services.requisitions.detail(detail.id).status is S.SUBMITTED
    click(qtbot, dialog.ui.cancelRequisitionButton)
    prompt = dialog.actions.dialog
    qtbot.waitUntil(prompt.isActiveWindow, timeout=WAIT)
    prompt.findChild(QPlainTextEdit).setFocus()
    type_keys("Funded by the UN trust fund instead.")
    with qtbot.waitSignal(dialog.actions.changed, timeout=WAIT) as changed:
        click(qtbot, prompt_button(prompt, "Cancel the requisition"))
    assert changed.args[0].status is S.CANCELLED
    assert dialog.ui.statusLabel.text() == "Cancelled: final. The reason is in its timeline."
    assert enabled_steps(dialog) == set()
    last = dialog.approvals.timeline.rows()[-1]
    assert (last.action, last.comment) == (Action.CANCEL, "Funded by the UN trust fund instead.")


def test_a_step_refused_is_told_and_what_was_typed_stays(qtbot, lsa_app):
    detail = draft(lsa_app)
    window = host(qtbot)
    dialog = open_form(qtbot, lsa_app, window, detail.id)
    retype(qtbot, dialog.ui.operational_impact, "No night patrols at all.")
    lsa_app.services.requisitions.submit(detail.id)  # meanwhile, from another window
    click(qtbot, dialog.ui.submitButton)
    qtbot.waitUntil(lambda: dialog.problem_text("") != "", timeout=WAIT)
    assert dialog.problem_text("") == (
        f"{detail.reference} can no longer be edited: it is waiting for a decision; ask an "
        "approver to return it for changes, then reopen it as a draft."
    )
    assert dialog.ui.operational_impact.toPlainText() == "No night patrols at all."
    assert dialog.isVisible()


def test_an_approval_recorded_elsewhere_shows_at_once(qtbot, lsa_app):
    detail = submitted(lsa_app)
    window = host(qtbot)
    dialog = open_form(qtbot, lsa_app, window, detail.id)
    approve(lsa_app, detail, {RADIO: 10})
    lsa_app.dataChanged.emit()  # as the task runner does after a write
    qtbot.waitUntil(lambda: dialog.detail.status is S.APPROVED, timeout=WAIT)
    assert dialog.ui.statusLabel.text() == "Approved: waiting for donors to pledge and deliver."
    assert dialog.lines_model.index(0, C.APPROVED).data() == "10"


def test_printed_and_saved_as_pdf(qtbot, lsa_app, dialogs, tmp_path):
    detail = submitted(lsa_app)
    window = host(qtbot)
    dialog = open_form(qtbot, lsa_app, window, detail.id)
    target = tmp_path / "requisition"
    dialogs.save_file = str(target)
    click(qtbot, dialog.ui.pdfButton)
    written = tmp_path / "requisition.pdf"
    qtbot.waitUntil(written.exists, timeout=WAIT)
    assert written.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: "Saved as" in dialog.ui.statusLabel.text(), timeout=WAIT)
    assert dialog.ui.statusLabel.text() == f"Saved as {written}."
    assert dialogs.names() == ["getSaveFileName"]
    click(qtbot, dialog.ui.printButton)
    qtbot.waitUntil(lambda: "QDialog.exec" in dialogs.names(), timeout=WAIT)  # the preview
