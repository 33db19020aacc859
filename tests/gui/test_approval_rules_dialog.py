"""The mission's approval rules, as the logistics officer sets them from the Requisitions page:
who must approve each priority, one name or role per line, empty for one approval by anyone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolBar
from requisition_gui import WAIT, click, press, type_keys
from sqlmodel import func, select

from lsa_desktop.domain.enums import Priority
from lsa_desktop.store.models import AuditEntry
from lsa_desktop.views.dialogs.approval_rules_dialog import ApprovalRulesDialog
from lsa_desktop.views.pages.requisitions_page import RequisitionsPage


@pytest.fixture
def page(qtbot, lsa_app):
    lsa_app.services.mission_settings.set_approvers(Priority.URGENT, ["Chief Logistics Officer"])
    page = RequisitionsPage(lsa_app.services, lsa_app.tasks, app=lsa_app)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    return page


def open_rules(qtbot, page) -> ApprovalRulesDialog:
    button = page.findChild(QToolBar, "toolBar").widgetForAction(page.rules_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ApprovalRulesDialog), timeout=WAIT)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    return dialog


def save_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def audit_count(app) -> int:
    with app.services.store.read() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def test_the_rules_are_shown_changed_and_saved(qtbot, lsa_app, page):
    dialog = open_rules(qtbot, page)
    ui = dialog.ui
    assert ui.urgent_approvers.toPlainText() == "Chief Logistics Officer"
    assert ui.immediate_approvers.toPlainText() == ""
    assert ui.immediate_approvers.placeholderText() == (
        "Anyone other than the requester (one approval)"
    )
    assert ui.immediate_approvers.hasFocus()
    type_keys("Chief Logistics Officer")
    press(qtbot, Qt.Key.Key_Return)  # a new line: a second approval
    type_keys("  Force Commander  ")
    press(qtbot, Qt.Key.Key_Return)
    ui.urgent_approvers.selectAll()
    qtbot.keyClick(ui.urgent_approvers, Qt.Key.Key_Delete)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click(qtbot, save_button(dialog))
    assert saved.args[0] == {
        Priority.IMMEDIATE: ("Chief Logistics Officer", "Force Commander"),
        Priority.URGENT: (),
        Priority.ROUTINE: (),
    }
    assert lsa_app.services.mission_settings.approvers() == saved.args[0]
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)


def test_an_entry_too_long_is_refused_beside_its_priority(qtbot, lsa_app, page):
    dialog = open_rules(qtbot, page)
    dialog.ui.routine_approvers.setFocus()
    type_keys("Officer " * 20)
    before = audit_count(lsa_app)
    click(qtbot, save_button(dialog))
    assert dialog.problem_text("routine_approvers") == (
        "An approver is a name or a role of 120 characters at most: shorten “Officer Officer "
        "Officer Office…”."
    )
    assert dialog.isVisible() and audit_count(lsa_app) == before


def test_saving_unchanged_rules_writes_nothing(qtbot, lsa_app, page):
    dialog = open_rules(qtbot, page)
    before = audit_count(lsa_app)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, save_button(dialog))
    assert audit_count(lsa_app) == before
