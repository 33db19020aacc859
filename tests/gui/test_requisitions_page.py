"""The Requisitions page as an officer uses it: the open requisitions first and a filter for the
others, the steps of the workflow offered as each requisition's status allows, a requisition
raised, opened and submitted from the list, and a step refused told as its sentence."""

from __future__ import annotations

import pytest
from fleet_gui import back_to, pick
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QToolBar
from requisition_gui import WAIT, approve, draft, submitted, type_keys

from lsa_desktop.domain.enums import Decision
from lsa_desktop.domain.requisitions import Action
from lsa_desktop.views.dialogs.requisition_dialog import RequisitionDialog
from lsa_desktop.views.pages.requisitions_page import RequisitionsPage
from lsa_desktop.views.table_models.roles import ROW_ROLE

SEEDED = "REQ-2025-0001"  # KEN-FPU-3, submitted by Insp. Wanjiru


@pytest.fixture
def mission(lsa_app):
    """Beside the seeded one: a draft, an approved requisition and a cancelled one."""
    service = lsa_app.services.requisitions
    kept = draft(lsa_app)
    approved = approve(lsa_app, submitted(lsa_app, unit="KEN-FPU-2"))
    cancelled = service.cancel(draft(lsa_app, unit="KEN-FPU-3").id, "Raised twice.")
    return {"draft": kept, "approved": approved, "cancelled": cancelled}


@pytest.fixture
def page(qtbot, lsa_app, mission):
    page = RequisitionsPage(lsa_app.services, lsa_app.tasks, app=lsa_app)
    qtbot.addWidget(page)
    lsa_app.dataChanged.connect(page.refresh)  # as the main window does for the page shown
    page.resize(1300, 600)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT)
    qtbot.waitUntil(lambda: page.counts() is not None and not page.loading, timeout=WAIT)
    return page


def references(page) -> list[str]:
    proxy = page.proxy
    return sorted(proxy.index(row, 0).data() for row in range(proxy.rowCount()))


def select(qtbot, page, reference: str) -> None:
    table = page.ui.table
    row = next(
        r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == reference
    )
    rect = table.visualRect(page.proxy.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_row().reference == reference


def enabled_steps(page) -> set[Action]:
    return {action for action, menu in page.step_actions.items() if menu.isEnabled()}


def toolbar_click(qtbot, page, action) -> None:
    button = page.findChild(QToolBar, "toolBar").widgetForAction(action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_open_requisitions_show_first_and_the_filter_shows_the_others(qtbot, page, mission):
    draft_ref = mission["draft"].reference
    approved_ref = mission["approved"].reference
    cancelled_ref = mission["cancelled"].reference
    assert page.ui.statusFilter.currentText() == "Open"
    assert references(page) == sorted([SEEDED, draft_ref, approved_ref])
    assert page.counts() == (3, 4)
    counts = []
    page.countChanged.connect(lambda shown, total: counts.append((shown, total)))
    for choice, shown in (
        ("Awaiting a decision", [SEEDED]),
        ("Drafts and returned", [draft_ref]),
        ("Approved, awaiting delivery", [approved_ref]),
        ("Fulfilled, closed, rejected or cancelled", [cancelled_ref]),
        ("All", sorted([SEEDED, draft_ref, approved_ref, cancelled_ref])),
    ):
        pick(page.ui.statusFilter, choice)
        assert references(page) == shown, choice
    assert counts[-1] == (4, 4)
    qtbot.keyClicks(page.ui.filterEdit, "KEN-FPU-3")  # the filter box narrows what is shown
    assert references(page) == sorted([SEEDED, cancelled_ref])
    assert page.ui.summaryLabel.text() == (
        "4 requisitions worth USD 118,600: 1 awaiting a decision, 1 approved and not yet "
        "fulfilled, 0 past their required-by date."
    )


def test_the_steps_offered_follow_the_status_of_the_requisition_selected(qtbot, page, mission):
    assert enabled_steps(page) == set() and not page.open_action.isEnabled()
    select(qtbot, page, mission["draft"].reference)
    assert enabled_steps(page) == {Action.SUBMIT, Action.CANCEL}
    assert page.open_action.isEnabled() and page.print_action.isEnabled()
    select(qtbot, page, SEEDED)
    assert enabled_steps(page) == {Action.APPROVE, Action.REJECT, Action.RETURN, Action.CANCEL}
    select(qtbot, page, mission["approved"].reference)
    assert enabled_steps(page) == {Action.CANCEL}
    page.show_statuses("all")
    select(qtbot, page, mission["cancelled"].reference)
    assert enabled_steps(page) == set() and page.pdf_action.isEnabled()


def test_a_draft_submitted_from_the_list_stays_selected(qtbot, lsa_app, page, mission):
    reference = mission["draft"].reference
    select(qtbot, page, reference)
    toolbar_click(qtbot, page, page.step_actions[Action.SUBMIT])
    qtbot.waitUntil(
        lambda: page.selected_row() is not None and page.selected_row().status.value == "SUBMITTED",
        timeout=WAIT,
    )
    assert page.selected_row().reference == reference
    assert enabled_steps(page) == {Action.APPROVE, Action.REJECT, Action.RETURN, Action.CANCEL}


def test_a_requisition_is_raised_and_opened_from_the_list(qtbot, page, mission):
    qtbot.keyClick(page.ui.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=WAIT)
    assert isinstance(page.dialog, RequisitionDialog)
    assert page.dialog.windowTitle() == "New requisition"
    qtbot.keyClick(page.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
    back_to(qtbot, page)

    select(qtbot, page, SEEDED)
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=WAIT)
    assert page.dialog.windowTitle() == f"Requisition {SEEDED}"
    assert page.dialog.ui.statusLabel.text().startswith("Submitted")
    qtbot.keyClick(page.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
    back_to(qtbot, page)

    table = page.ui.table
    row = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, 0).data(ROW_ROLE).reference == mission["draft"].reference
    )
    position = table.visualRect(page.proxy.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=WAIT)
    assert page.dialog.editable  # a draft opens ready to edit


def test_a_step_refused_is_told_as_its_sentence(qtbot, lsa_app, page):
    select(qtbot, page, SEEDED)
    seeded = page.selected_row()
    lsa_app.services.requisitions.decide(
        seeded.id, Decision.REJECTED, "Supt. Kamau", comment="Radios come in March."
    )  # from another laptop: this list has not been read again
    toolbar_click(qtbot, page, page.step_actions[Action.CANCEL])
    qtbot.waitUntil(lambda: page.actions.dialog is not None, timeout=WAIT)
    prompt = page.actions.dialog
    qtbot.waitUntil(prompt.isActiveWindow, timeout=WAIT)
    prompt.findChild(QPlainTextEdit).setFocus()
    type_keys("No longer needed.")
    prompt.accept()
    qtbot.waitUntil(lambda: bool(page.findChildren(QMessageBox)), timeout=WAIT)
    (box,) = page.findChildren(QMessageBox)
    assert box.text() == (
        "A rejected requisition cannot be cancelled: it is final. Create a new requisition instead."
    )
    # The refused write was followed by a reading of the list: the rejection shows, and a
    # rejected requisition is no longer among the open ones.
    qtbot.waitUntil(lambda: SEEDED not in references(page), timeout=WAIT)


def test_the_models_pass_qtmodeltester(qtmodeltester, page):
    for model in (page.model, page.status_filter, page.proxy):
        qtmodeltester.check(model, force_py=True)
