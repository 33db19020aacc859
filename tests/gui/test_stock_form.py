"""Bulk stock counts and authorisations from the Equipment & gaps page, as a person records them:
on the tab, Ctrl+N, fill in, Enter; Enter on a row to count again or edit; Del to remove an
authorisation. The holdings and the gaps follow at once."""

from __future__ import annotations

from datetime import date

import pytest
from fleet_gui import (
    USER,
    add_armour,
    audit_count,
    back_to,
    pick,
    refused,
    retype,
    save,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from lsa_desktop.domain.enums import AuthorisationBasis, StockMovementKind
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.models import AuditEntry, StockMovement
from lsa_desktop.views.dialogs.authorisation_dialog import AuthorisationDialog
from lsa_desktop.views.dialogs.stock_line_dialog import StockLineDialog
from lsa_desktop.views.pages.equipment_page import EquipmentPage

STOCK_TAB, AUTHORISATIONS_TAB = 2, 3
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def armour(small_store):
    return add_armour(small_store)


@pytest.fixture
def app(bind_app, small_store, armour):
    return bind_app(small_store)


@pytest.fixture
def page(qtbot, app):
    page = EquipmentPage(app.services, app=app)
    qtbot.addWidget(page)
    app.dataChanged.connect(page.refresh)  # as the main window does for its pages
    page.resize(1300, 600)
    with qtbot.waitExposed(page):
        page.show()
    return page


def on_tab(qtbot, page, tab: int):
    page.ui.registerTabs.setCurrentIndex(tab)
    view = page._registers[tab][0]
    qtbot.waitUntil(lambda: page.current_model().counts() is not None)
    view.setFocus()
    return view


def helmets(app, unit_id):
    rows = app.services.equipment.holdings.page(ListQuery(filters={"unit_id": unit_id}), 100)
    return next(row for row in rows if row.type_code == "PPE-HELM")


def new_count(qtbot, page) -> StockLineDialog:
    view = on_tab(qtbot, page, STOCK_TAB)
    assert page.new_action.text() == "New stock count…"
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    form = page.operations.dialog
    assert isinstance(form, StockLineDialog)
    return form


def test_a_count_is_recorded_and_counted_again(qtbot, app, page, armour, small_store):
    form = new_count(qtbot, page)
    ui = form.ui
    pick(ui.unit_id, "KEN-FPU-1")
    pick(ui.equipment_type_id, "Ballistic helmet")
    type_text(ui.on_hand, "140")
    retype(qtbot, ui.serviceable, "150")
    assert form.problem_text("serviceable") == (
        "Serviceable cannot be more than on hand (140): what works is part of what is held."
    )
    before = audit_count(small_store)
    refused(qtbot, form)
    assert audit_count(small_store) == before
    retype(qtbot, ui.serviceable, "120")
    assert form.problem_text("serviceable") == ""
    type_text(ui.note, "Monthly count")
    first = save(qtbot, form)
    assert (first.on_hand, first.serviceable, first.counted_on) == (140, 120, date.today())

    view = page.ui.stockView
    qtbot.waitUntil(lambda: page.stock_model.rowCount() == 1)
    view.setCurrentIndex(page.stock_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    again = page.operations.dialog
    assert isinstance(again, StockLineDialog)
    assert not again.ui.unit_id.isEnabled() and not again.ui.equipment_type_id.isEnabled()
    assert again.ui.countNote.text().startswith("Last count: 140 on hand, 120 serviceable")
    retype(qtbot, again.ui.on_hand, "138")
    retype(qtbot, again.ui.serviceable, "125")
    save(qtbot, again)

    with small_store.read() as s:
        moves = s.execute(select(StockMovement).order_by(StockMovement.created_at)).scalars()
        recorded = [(m.kind, m.delta_on_hand, m.delta_serviceable, m.note) for m in moves]
        users = set(
            s.execute(
                select(AuditEntry.user).where(AuditEntry.table_name == "stock_movement")
            ).scalars()
        )
    assert recorded == [
        (StockMovementKind.COUNT, 140, 120, "Monthly count"),
        (StockMovementKind.COUNT, -2, 5, ""),
    ]
    assert users == {USER}
    held = helmets(app, armour.fpu1)
    assert (held.on_hand, held.serviceable) == (138, 125)


def test_a_count_rejects_what_cannot_be(qtbot, page):
    form = new_count(qtbot, page)
    ui = form.ui
    refused(qtbot, form)
    assert form.problem_text("unit_id") == "Choose the unit that holds the stock."
    assert form.problem_text("equipment_type_id") == "Choose the equipment type."
    assert form.problem_text("on_hand") == "On hand is required."
    retype(qtbot, ui.on_hand, "-3")
    assert form.problem_text("on_hand") == "On hand cannot be negative."
    retype(qtbot, ui.serviceable, "a dozen")
    assert form.problem_text("serviceable") == "Type a whole number, for example 43652."
    ui.counted_on.setFocus()
    ui.counted_on.setDate(ui.counted_on.date().addDays(3))
    ui.counted_on.editingFinished.emit()
    assert form.problem_text("counted_on") == "The count date cannot be in the future."


def test_an_authorisation_is_added_edited_and_removed(qtbot, app, page, armour, small_store):
    view = on_tab(qtbot, page, AUTHORISATIONS_TAB)
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    form = page.operations.dialog
    assert isinstance(form, AuthorisationDialog)
    pick(form.ui.unit_id, "KEN-FPU-2")
    pick(form.ui.equipment_type_id, "Ballistic helmet")
    type_text(form.ui.quantity, "140")
    pick(form.ui.basis, "Statement of requirements")
    type_text(form.ui.reference, "SOR 2024/07 annexe B")
    saved = save(qtbot, form)
    assert (saved.quantity, saved.basis) == (140, AuthorisationBasis.SOR)
    assert helmets(app, armour.fpu2).gap == 140

    second = page.operations.new_authorisation()
    pick(second.ui.unit_id, "KEN-FPU-2")
    pick(second.ui.equipment_type_id, "Ballistic helmet")
    type_text(second.ui.quantity, "10")
    refused(qtbot, second)
    assert second.problem_text("equipment_type_id") == (
        "KEN-FPU-2 is already authorised 140 of Ballistic helmet (SOR): edit that "
        "authorisation instead."
    )
    second.reject()
    back_to(qtbot, page)

    qtbot.waitUntil(lambda: page.authorisations_model.rowCount() == 2)
    model = page.authorisations_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == saved.id)
    view.selectRow(row)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    edit = page.operations.dialog
    retype(qtbot, edit.ui.quantity, "120")
    assert save(qtbot, edit).quantity == 120
    back_to(qtbot, page)

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    box = page.operations.dialog
    assert isinstance(box, QMessageBox)
    assert "of KEN-FPU-2 for Ballistic helmet" in box.text()
    box.findChild(type(box.defaultButton()), "confirmButton").click()
    qtbot.waitUntil(lambda: page.authorisations_model.rowCount() == 1, timeout=10_000)
    with small_store.read() as s:
        actions = [
            e.action
            for e in s.execute(
                select(AuditEntry).where(AuditEntry.record_id == saved.id).order_by(AuditEntry.at)
            ).scalars()
        ]
    assert actions == ["INSERT", "UPDATE", "DELETE"]


def test_holdings_are_read_only_and_the_actions_follow_the_tab(qtbot, page):
    on_tab(qtbot, page, 0)
    assert not page.new_action.isEnabled()
    on_tab(qtbot, page, 1)
    assert page.new_action.text() == "New item…"
    on_tab(qtbot, page, AUTHORISATIONS_TAB)
    assert page.remove_action.text() == "Remove…"
    assert not page.status_action.isEnabled()


def test_a_second_line_of_a_type_is_refused(qtbot, app, page, armour):
    first = page.operations.new_stock_count(armour.fpu1)
    pick(first.ui.equipment_type_id, "Ballistic helmet")
    type_text(first.ui.on_hand, "10")
    type_text(first.ui.serviceable, "10")
    save(qtbot, first)
    second = page.operations.new_stock_count(armour.fpu1)
    pick(second.ui.equipment_type_id, "Ballistic helmet")
    type_text(second.ui.on_hand, "12")
    type_text(second.ui.serviceable, "12")
    refused(qtbot, second)
    assert second.problem_text("equipment_type_id") == (
        f"KEN-FPU-1 already has a stock line for Ballistic helmet (10 on hand, counted on "
        f"{date.today().isoformat()}): edit that line instead."
    )


def test_an_authorisation_needs_a_quantity_that_is_not_negative(qtbot, page, armour):
    form = page.operations.new_authorisation(armour.fpu1)
    pick(form.ui.equipment_type_id, "Ballistic helmet")
    refused(qtbot, form)
    assert form.problem_text("quantity") == "The authorised quantity is required."
    retype(qtbot, form.ui.quantity, "-4")
    assert form.problem_text("quantity") == "The authorised quantity cannot be negative."
    retype(qtbot, form.ui.quantity, "four")
    assert form.problem_text("quantity") == "Type a whole number, for example 43652."
