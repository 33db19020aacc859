"""The Units page and a unit's form as a person uses them: Ctrl+N, Enter to save, Enter on a row
to edit, Delete to archive (refused with the reason while officers are on the unit's roll); each
rule's reason beside its field and nothing saved while one stands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select
from test_person_form import USER, WAIT, active, audit, confirm, pick, save, type_text

from lsa_desktop.store.models import Unit
from lsa_desktop.views.dialogs.unit_dialog import UnitDialog
from lsa_desktop.views.pages.units_page import UnitsPage
from lsa_desktop.views.table_models.units_model import UnitColumn


@pytest.fixture
def page(qtbot, lsa_app) -> UnitsPage:
    """The Units page on the small mission, shown and active, refreshed after every write as the
    main window does."""
    lsa_app.services.store.user = USER
    page = UnitsPage(lsa_app)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    lsa_app.dataChanged.connect(page.refresh)
    page.show()
    active(qtbot, page)
    qtbot.waitUntil(lambda: page.counts() is not None, timeout=WAIT)
    return page


def units(store) -> dict[str, Unit]:
    with store.read() as session:
        return {unit.code: unit for unit in session.exec(select(Unit))}


def codes(page) -> list[str]:
    model = page.model
    return [model.index(row, UnitColumn.CODE).data() for row in range(model.rowCount())]


def select_unit(page, code: str) -> None:
    page.ui.tableView.selectRow(codes(page).index(code))
    page.ui.tableView.setFocus()


def open_form(qtbot, page, code: str | None = None) -> UnitDialog:
    if code is None:
        qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    else:
        select_unit(page, code)
        active(qtbot, page)
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, UnitDialog) and dialog.isVisible()
    return active(qtbot, dialog)


def set_number(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_the_register_shows_strength_and_flags_units_below_their_minimum(page):
    assert codes(page) == ["KEN-FPU-1", "KEN-FPU-2", "KEN-FPU-3"]
    model = page.model
    present = [model.index(row, UnitColumn.PRESENT).data() for row in range(3)]
    assert present == ["10", "8", "5"]
    flagged = model.index(2, UnitColumn.PRESENT)
    assert isinstance(flagged.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert "3 below the minimum of 8" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, UnitColumn.PRESENT).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_new_unit_is_saved_with_enter_and_listed(qtbot, lsa_app, page):
    store = lsa_app.services.store
    dialog = open_form(qtbot, page)
    ui = dialog.ui
    qtbot.keyClicks(ui.code, "KEN-FPU-4")
    type_text(ui.name, "Unité de police constituée 4 — Cap-Haïtien")
    pick(ui.unit_type, "FPU")
    pick(ui.contingent_id, "Kenya")
    pick(ui.parent_id, "KEN-FPU-1")
    set_number(qtbot, ui.authorised_strength, 140)
    set_number(qtbot, ui.min_operational_strength, 120)
    save(qtbot, dialog, ui.name)
    added = units(store)["KEN-FPU-4"]
    assert (added.name, added.authorised_strength, added.min_operational_strength) == (
        "Unité de police constituée 4 — Cap-Haïtien",
        140,
        120,
    )
    assert added.parent_id == units(store)["KEN-FPU-1"].id
    (entry,) = audit(store, "INSERT", table="unit")
    assert entry.record_id == added.id
    qtbot.waitUntil(lambda: "KEN-FPU-4" in codes(page), timeout=WAIT)


def test_each_problem_shows_beside_its_field_and_nothing_is_saved(qtbot, lsa_app, page):
    store = lsa_app.services.store
    dialog = open_form(qtbot, page)
    ui = dialog.ui
    qtbot.keyClicks(ui.code, "KEN-FPU-1")
    set_number(qtbot, ui.authorised_strength, -5)
    assert dialog.problem_text("authorised_strength") == "Authorised strength cannot be negative."
    set_number(qtbot, ui.authorised_strength, 100)
    set_number(qtbot, ui.min_operational_strength, 120)
    assert "(120) cannot be above the authorised strength (100)" in dialog.problem_text(
        "min_operational_strength"
    )
    qtbot.keyClick(ui.code, Qt.Key.Key_Return)
    assert dialog.problem_text("name") == "Name is required."
    assert len(units(store)) == 3
    set_number(qtbot, ui.min_operational_strength, 80)
    type_text(ui.name, "Twice")
    qtbot.keyClick(ui.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem_text("code") != "", timeout=WAIT)
    assert dialog.problem_text("code") == (
        "Code KEN-FPU-1 is already used by Formed Police Unit 1. Choose another code."
    )
    assert dialog.problem_text("min_operational_strength") == ""
    assert len(units(store)) == 3 and audit(store, table="unit") == []


def test_enter_on_a_row_edits_and_records_only_what_changed(qtbot, lsa_app, page):
    store = lsa_app.services.store
    dialog = open_form(qtbot, page, "KEN-FPU-2")
    assert dialog.ui.code.text() == "KEN-FPU-2"
    set_number(qtbot, dialog.ui.authorised_strength, 12)
    save(qtbot, dialog, dialog.ui.name)
    assert [(e.field, e.old_value, e.new_value) for e in audit(store, table="unit")] == [
        ("authorised_strength", "10", "12")
    ]
    qtbot.waitUntil(lambda: page.model.index(1, UnitColumn.AUTHORISED).data() == "12", timeout=WAIT)


def test_the_parent_cannot_be_the_unit_itself_or_below_it(qtbot, lsa_app, page):
    dialog = open_form(qtbot, page)
    qtbot.keyClicks(dialog.ui.code, "KEN-FPU-1-A")
    type_text(dialog.ui.name, "Section A")
    pick(dialog.ui.parent_id, "KEN-FPU-1")
    save(qtbot, dialog, dialog.ui.name)
    qtbot.waitUntil(lambda: "KEN-FPU-1-A" in codes(page), timeout=WAIT)
    parent_form = open_form(qtbot, page, "KEN-FPU-1")
    combo = parent_form.ui.parent_id
    offered = [combo.itemText(i).split(" ")[0] for i in range(combo.count())]
    assert offered == ["—", "KEN-FPU-2", "KEN-FPU-3"]


def test_a_unit_with_officers_is_not_archived_and_the_reason_says_what_to_do(qtbot, lsa_app, page):
    select_unit(page, "KEN-FPU-3")
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    confirm(qtbot, "archiveUnit")

    def refusal() -> QMessageBox | None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and "still has" in w.text()
        ]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: refusal() is not None, timeout=WAIT)
    assert refusal().text() == (
        "Unit KEN-FPU-3 still has 5 officers on its roll. Move them to another unit (Personnel: "
        "select them, then Move to unit…) or record their departure (Record rotation…), then "
        "archive the unit."
    )
    refusal().close()
    assert not units(lsa_app.services.store)["KEN-FPU-3"].archived


def test_an_empty_unit_is_archived_after_the_question(qtbot, lsa_app, page):
    dialog = open_form(qtbot, page)
    qtbot.keyClicks(dialog.ui.code, "KEN-EMPTY")
    type_text(dialog.ui.name, "Nobody here")
    save(qtbot, dialog, dialog.ui.name)
    qtbot.waitUntil(lambda: "KEN-EMPTY" in codes(page), timeout=WAIT)
    active(qtbot, page)
    select_unit(page, "KEN-EMPTY")
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    confirm(qtbot, "archiveUnit")
    qtbot.waitUntil(lambda: "KEN-EMPTY" not in codes(page), timeout=WAIT)
    assert units(lsa_app.services.store)["KEN-EMPTY"].archived


def test_the_history_tab_shows_the_unit_s_changes(qtbot, page):
    dialog = open_form(qtbot, page, "KEN-FPU-1")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.historyTab)
    history = dialog.history
    qtbot.waitUntil(lambda: any(row.record_id for row in history.rows()), timeout=WAIT)


def test_the_model_passes_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
