"""An approver's decision, from the requisition form: approving less than asked under another
name than the requester's, the requester refused, a rejection that must say why, and a priority
that needs two approvers."""

from __future__ import annotations

import pytest
from fleet_gui import retype
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from requisition_gui import (
    NVG,
    RADIO,
    USER,
    WAIT,
    click,
    click_cell,
    host,
    open_form,
    press,
    submitted,
    type_keys,
)

from lsa_desktop.domain.enums import Decision, Priority, RequisitionStatus
from lsa_desktop.views.dialogs.decision_dialog import ApprovedQuantitiesModel, DecisionDialog

S = RequisitionStatus
APPROVED = ApprovedQuantitiesModel.APPROVED


@pytest.fixture
def window(qtbot):
    return host(qtbot)


@pytest.fixture
def form(qtbot, lsa_app, window):
    """The form on a requisition the app's user submitted: 12 radios and 4 goggles."""
    detail = submitted(lsa_app)
    return open_form(qtbot, lsa_app, window, detail.id)


def decide(qtbot, form, button) -> DecisionDialog:
    click(qtbot, button)
    decision = form.actions.dialog
    assert isinstance(decision, DecisionDialog)
    qtbot.waitUntil(decision.isActiveWindow, timeout=WAIT)
    return decision


def decide_button(decision):
    return decision.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_another_person_approves_fewer_radios_than_asked(qtbot, form):
    decision = decide(qtbot, form, form.ui.approveButton)
    ui = decision.ui
    assert decision.windowTitle() == f"Approve {form.detail.reference}"
    assert ui.approver.text() == USER  # the app's user, who asked for it
    assert decide_button(decision).text() == "&Approve"
    press(qtbot, Qt.Key.Key_Return)
    assert decision.problem_text("approver") == (
        f"{USER} requested this requisition and cannot also decide on it: another person must."
    )
    assert form.detail.status is S.SUBMITTED
    retype(qtbot, ui.approver, "Supt. Kamau")
    assert decision.problem_text("approver") == ""
    retype(qtbot, ui.role, "Chief Logistics Officer")
    assert ui.totalLabel.text() == "Approved: USD 28,200.00 of USD 28,200.00 requested."
    click_cell(qtbot, ui.lines, 0, APPROVED)
    type_keys("8")
    press(qtbot, Qt.Key.Key_Return)  # commits the cell; the dialog stays
    assert decision.isVisible()
    assert ui.totalLabel.text() == "Approved: USD 24,800.00 of USD 28,200.00 requested."
    with qtbot.waitSignal(form.actions.changed, timeout=WAIT) as changed:
        click(qtbot, decide_button(decision))
    detail = changed.args[0]
    assert detail.status is S.APPROVED
    assert [(line.type_code, line.quantity_approved) for line in detail.lines] == [
        (RADIO, 8),
        (NVG, 4),
    ]
    (approval,) = detail.current_approvals
    assert (approval.approver, approval.role, approval.decision) == (
        "Supt. Kamau",
        "Chief Logistics Officer",
        Decision.APPROVED,
    )
    assert form.ui.statusLabel.text() == "Approved: waiting for donors to pledge and deliver."
    assert [row.approver for row in form.approvals.decisions.rows()] == ["Supt. Kamau"]
    assert form.approvals.timeline.rows()[-1].text == (
        "Approved by Supt. Kamau (Chief Logistics Officer)"
    )


def test_an_approved_quantity_stops_at_what_was_requested(qtbot, form):
    decision = decide(qtbot, form, form.ui.approveButton)
    click_cell(qtbot, decision.ui.lines, 1, APPROVED)  # 4 goggles requested
    type_keys("20")  # the 0 would make 20, more than the 4 asked: the field refuses it
    press(qtbot, Qt.Key.Key_Return)
    assert decision.quantities.quantities()[form.detail.lines[1].id] == 2


def test_a_rejection_says_why(qtbot, form):
    decision = decide(qtbot, form, form.ui.rejectButton)
    ui = decision.ui
    assert not ui.lines.isVisible()  # nothing is approved
    retype(qtbot, ui.approver, "Supt. Kamau")
    ui.approver.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert decision.problem_text("comment") == (
        "Say why the requisition is rejected: the requester reads it."
    )
    assert form.detail.status is S.SUBMITTED
    ui.comment.setFocus()
    type_keys("Radios come with the vehicles in March.")
    with qtbot.waitSignal(form.actions.changed, timeout=WAIT) as changed:
        click(qtbot, decide_button(decision))
    assert changed.args[0].status is S.REJECTED
    last = form.approvals.timeline.rows()[-1]
    assert last.comment == "Radios come with the vehicles in March."
    assert {action for action, b in form.action_buttons.items() if b.isEnabled()} == set()


def test_a_priority_that_needs_two_approvers(qtbot, lsa_app, window):
    rules = lsa_app.services.mission_settings
    rules.set_approvers(Priority.URGENT, ["Chief Logistics Officer", "Force Commander"])
    detail = submitted(lsa_app)
    form = open_form(qtbot, lsa_app, window, detail.id)
    assert form.ui.requiredLabel.text() == (
        "Needs the approval of: Chief Logistics Officer; Force Commander."
    )

    def approve_as(name: str, role: str):
        decision = decide(qtbot, form, form.ui.approveButton)
        retype(qtbot, decision.ui.approver, name)
        retype(qtbot, decision.ui.role, role)
        decision.ui.approver.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        return decision

    with qtbot.waitSignal(form.actions.changed, timeout=WAIT) as changed:
        approve_as("Supt. Kamau", "Chief Logistics Officer")
    assert changed.args[0].status is S.SUBMITTED  # one of two
    assert [row.approver for row in form.approvals.decisions.rows()] == ["Supt. Kamau"]
    again = approve_as("Supt. Kamau", "Force Commander")
    assert again.problem_text("approver") == "Supt. Kamau has already decided on this requisition."
    retype(qtbot, again.ui.approver, "Gen. Godfrey Otunge")
    with qtbot.waitSignal(form.actions.changed, timeout=WAIT) as changed:
        again.ui.approver.setFocus()
        press(qtbot, Qt.Key.Key_Return)
    assert changed.args[0].status is S.APPROVED
    assert [row.approver for row in form.approvals.decisions.rows()] == [
        "Supt. Kamau",
        "Gen. Godfrey Otunge",
    ]
