"""An inspection from start to signature, typed as a person would, then the readiness it changed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlmodel import select

from lsa_desktop.domain.enums import AssetStatus, InspectionStatus, UnitType
from lsa_desktop.store.models import (
    Asset,
    AuditEntry,
    Authorisation,
    Contingent,
    Inspection,
    Person,
    StockLine,
    StockMovement,
    Unit,
)
from lsa_desktop.store.seed import reference_id
from lsa_desktop.views.pages.inspections_page import InspectionsPage
from lsa_desktop.views.table_models.inspections_model import LineColumn

WAIT = 10_000
HELMET, RADIO = "PPE-HELM", "COM-RAD-HH"


@pytest.fixture
def unit_store(empty_store):
    """KEN-FPU-1: 10 of 10 officers ACTIVE; 100 ballistic helmets authorised and held, all
    serviceable (bulk); 12 handheld radios authorised and held, all in service.

    Readiness: strength 100 %, Protection 100 %, Communications 100 % -> 100 %.
    """
    with empty_store.write() as s:
        kenya = Contingent(country_code="KE", name="Kenya")
        s.add(kenya)
        s.flush()
        unit = Unit(
            code="KEN-FPU-1",
            name="Formed Police Unit 1",
            unit_type=UnitType.FPU,
            contingent_id=kenya.id,
            authorised_strength=10,
            min_operational_strength=8,
        )
        s.add(unit)
        s.flush()
        s.add_all(
            Person(service_number=f"1-{i:03d}", surname="Officer", unit_id=unit.id)
            for i in range(10)
        )
        helmet = reference_id("equipment_type", HELMET)
        radio = reference_id("equipment_type", RADIO)
        s.add(Authorisation(unit_id=unit.id, equipment_type_id=helmet, quantity=100))
        s.add(Authorisation(unit_id=unit.id, equipment_type_id=radio, quantity=12))
        s.add(StockLine(unit_id=unit.id, equipment_type_id=helmet, on_hand=100, serviceable=100))
        s.add_all(
            Asset(tag=f"RAD-{i:02d}", equipment_type_id=radio, unit_id=unit.id) for i in range(12)
        )
    empty_store.user = "Insp. Wanjiru"
    return empty_store


def readiness(app):
    (unit,) = app.services.readiness.report().units
    return unit.readiness_pct, {c.code: c.readiness_pct for c in unit.categories}


def type_keys(text: str) -> None:
    """Type as a keyboard does: each key goes to whichever widget has the focus at that moment
    (the first digit typed on a cell opens its editor, the next ones go into the editor)."""
    for char in text:
        widget = QApplication.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def enter(qtbot, dialog) -> None:
    """Enter on the cell being edited: commits it (once the event loop has turned, as it does
    between two keystrokes of a person)."""
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.lines.state() == dialog.ui.lines.State.NoState)


def click_cell(qtbot, dialog, code: str, column: int) -> None:
    table = dialog.ui.lines
    row = next(i for i, line in enumerate(dialog.lines_model.lines()) if line.type_code == code)
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def double_click(qtbot, table, index) -> None:
    """A double-click as the mouse makes it: press and release, then the double-click (QTest's
    mouseDClick alone sends only the last, which item views ignore without the press)."""
    position = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)


def line(dialog, code: str):
    return next(row for row in dialog.lines_model.lines() if row.type_code == code)


@pytest.fixture
def page(qtbot, bind_app, unit_store):
    app = bind_app(unit_store)
    page = InspectionsPage(app)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.schedule_model.rowCount() == 1, timeout=WAIT)
    return page


def start_new(qtbot, page):
    """Select the unit in the schedule, then Ctrl+N; wait for its lines."""
    table = page.ui.scheduleTable
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.lines_model.rowCount() == 2 and not dialog.loading, timeout=WAIT)
    return dialog


def test_an_inspection_from_start_to_signature_changes_the_readiness(qtbot, page):
    app = page.app
    assert readiness(app) == (100.0, {"COMMS": 100.0, "PROT": 100.0})
    dialog = start_new(qtbot, page)
    assert dialog.ui.unit_id.currentText() == "KEN-FPU-1 — Formed Police Unit 1"
    assert dialog.ui.kind.currentText() == "Periodic readiness"
    assert dialog.ui.inspected_on.date().toPython() == date.today()
    # Pre-filled from the register: the count starts as what the register holds.
    assert [
        (r.type_code, r.authorised, r.present, r.serviceable) for r in dialog.lines_model.lines()
    ] == [
        (RADIO, 12, 12, 12),
        (HELMET, 100, 100, 100),
    ]

    qtbot.mouseClick(dialog.ui.inspector, Qt.MouseButton.LeftButton)
    type_keys("Supt. Kamau")
    # 20 of the helmets are found unserviceable, with a finding.
    click_cell(qtbot, dialog, HELMET, LineColumn.SERVICEABLE)
    type_keys("80")
    press(qtbot, Qt.Key.Key_Tab)  # on to the findings of the same line
    type_keys("20 shells cracked")
    enter(qtbot, dialog)
    # Only 10 radios are found, all working.
    click_cell(qtbot, dialog, RADIO, LineColumn.PRESENT)
    type_keys("10")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys("10")
    enter(qtbot, dialog)
    assert dialog.isVisible()  # Enter in a cell commits the cell, it does not save the form
    assert (line(dialog, HELMET).serviceable, line(dialog, HELMET).findings) == (
        80,
        "20 shells cracked",
    )
    assert (line(dialog, RADIO).present, line(dialog, RADIO).serviceable) == (10, 10)
    # A count that differs from the register is in bold, with what signing will do about it.
    present = dialog.lines_model.index(0, LineColumn.PRESENT)
    assert present.data(Qt.ItemDataRole.FontRole).bold()
    assert present.data(Qt.ItemDataRole.ToolTipRole) == (
        "On signing: Counted 10 present, 12 on the register: 2 to trace."
    )
    assert readiness(app)[0] == 100.0  # nothing written yet

    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Sign… (a button's mnemonic
    qtbot.waitUntil(lambda: dialog.confirmation is not None)  # clicks it after a short flash)
    box = dialog.confirmation
    assert box.isVisible()
    assert box.text() == "Once signed, the inspection is locked and updates the unit's holdings."
    assert box.informativeText() == (
        f"Periodic readiness inspection of KEN-FPU-1 on {date.today().isoformat()}, signed by "
        "Supt. Kamau."
    )
    confirm = box.defaultButton()
    assert confirm.objectName() == "confirmSign" and confirm.text() == "&Sign"
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
    assert app.tasks.wait_for_done(WAIT)

    # Protection: 80 of 100 helmets serviceable -> 80 %; the radios' register is not moved by a
    # count, so Communications stays at 100 %. Unit = min(strength 100, 80, 100) = 80 %.
    assert readiness(app) == (80.0, {"COMMS": 100.0, "PROT": 80.0})
    store = app.services.store
    with store.read() as s:
        (inspection,) = s.exec(select(Inspection)).all()
        assert (inspection.status, inspection.inspector) == (InspectionStatus.SIGNED, "Supt. Kamau")
        stock = s.exec(select(StockLine)).one()
        assert (stock.on_hand, stock.serviceable) == (100, 80)
        (movement,) = s.exec(select(StockMovement)).all()
        assert (movement.kind, movement.delta_on_hand, movement.delta_serviceable) == (
            "INSPECTION",
            0,
            -20,
        )
        assert movement.reference == f"INSPECTION {inspection.id.hex}"
        assert {a.status for a in s.exec(select(Asset))} == {AssetStatus.IN_SERVICE}
        signature = s.exec(
            select(AuditEntry).where(
                AuditEntry.table_name == "inspection", AuditEntry.field == "status"
            )
        ).one()
        assert (signature.user, signature.old_value, signature.new_value) == (
            "Insp. Wanjiru",
            "DRAFT",
            "SIGNED",
        )
        same_change = s.exec(
            select(AuditEntry).where(AuditEntry.change_id == signature.change_id)
        ).all()
        assert {e.table_name for e in same_change} >= {"inspection", "stock_line", "stock_movement"}
    detail = app.services.inspections.detail(inspection.id)
    assert {r.type_code: r.findings for r in detail.lines} == {
        RADIO: "Counted 10 present, 12 on the register: 2 to trace.",
        HELMET: "Stock set to the count: serviceable 100 → 80 (−20). 20 shells cracked",
    }


def test_the_reasons_show_beside_the_fields_and_nothing_is_signed(qtbot, page):
    dialog = start_new(qtbot, page)
    click_cell(qtbot, dialog, HELMET, LineColumn.PRESENT)
    type_keys("50")
    enter(qtbot, dialog)
    # At once, without saving: 100 serviceable of 50 present.
    reason = (
        "Ballistic helmet: serviceable (100) cannot be more than present (50); count the "
        "serviceable items among those present."
    )
    assert dialog.problem_text("lines") == reason
    index = dialog.lines_model.index(1, LineColumn.SERVICEABLE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == reason
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    dialog.sign_button.click()
    assert dialog.problem_text("inspector") == "The inspector's name is required to sign."
    assert dialog.confirmation is None  # not asked: there is nothing to confirm yet
    click_cell(qtbot, dialog, HELMET, LineColumn.SERVICEABLE)
    type_keys("40")
    enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.problem_text("lines") == "")
    with page.app.services.store.read() as s:
        assert s.exec(select(Inspection)).all() == []


def test_a_draft_is_saved_with_enter_reopened_editable_then_signed_and_read_only(qtbot, page):
    app = page.app
    dialog = start_new(qtbot, page)
    click_cell(qtbot, dialog, HELMET, LineColumn.SERVICEABLE)
    type_keys("90")
    enter(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)  # outside a cell, Enter saves the draft
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
    assert app.tasks.wait_for_done(WAIT)
    assert readiness(app)[0] == 100.0  # a draft moves nothing
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loading, timeout=WAIT)
    shown = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert shown == [
        date.today().isoformat(),
        "KEN-FPU-1",
        "Periodic readiness",
        "—",
        "Draft",
        "2",
        "1",
    ]

    table = page.ui.inspectionsTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens the inspection selected
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT)
    draft = page.dialog
    assert not draft.ui.unit_id.isEnabled()  # the unit never changes
    assert line(draft, HELMET).serviceable == 90
    assert (
        draft.lines_model.flags(draft.lines_model.index(1, LineColumn.PRESENT))
        & Qt.ItemFlag.ItemIsEditable
    )
    qtbot.mouseClick(draft.ui.inspector, Qt.MouseButton.LeftButton)
    type_keys("Supt. Kamau")
    draft.sign_button.click()
    draft.confirmation.defaultButton().click()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
    assert app.tasks.wait_for_done(WAIT)
    assert readiness(app) == (90.0, {"COMMS": 100.0, "PROT": 90.0})

    page.refresh()
    qtbot.waitUntil(
        lambda: not page.loading and page.model.row_at(0).status == InspectionStatus.SIGNED,
        timeout=WAIT,
    )
    double_click(qtbot, table, page.proxy.index(0, 0))
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT)
    signed = page.dialog
    model = signed.lines_model
    assert model.read_only
    assert not model.flags(model.index(1, LineColumn.PRESENT)) & Qt.ItemFlag.ItemIsEditable
    assert signed.sign_button.isHidden()
    assert [b.text() for b in signed.ui.buttonBox.buttons()] == ["Close"]
    assert signed.ui.statusLabel.text().startswith("Signed by Supt. Kamau on ")
    assert signed.ui.lines.isColumnHidden(LineColumn.REGISTER_ON_HAND)
    tabs = signed.ui.tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())  # History
    qtbot.waitUntil(lambda: signed.history.rows() != [], timeout=WAIT)
    assert any(row.field == "status" for row in signed.history.rows())
    signed.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
