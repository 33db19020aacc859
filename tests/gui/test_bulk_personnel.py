"""Bulk actions on the officers selected in the Personnel register, run from its toolbar: move to a
unit, change of status, and rotations (40 arrivals pasted in one write; departures), each checked
in the database and in the audit trail (one UPDATE per officer and field, one change for the
batch); a batch with one wrong line or officer records nothing and says which."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolBar
from sqlmodel import select
from test_person_form import (
    WAIT,
    active,
    audit,
    officer,
    people_count,
    personnel_page,
    pick,
    save,
    select_rows,
    type_date,
)

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.store.models import Person, Unit
from lsa_desktop.views.dialogs.move_officers_dialog import MoveOfficersDialog
from lsa_desktop.views.dialogs.person_status_dialog import PersonStatusDialog
from lsa_desktop.views.dialogs.rotation_dialog import RotationDialog

YESTERDAY = date.today() - timedelta(days=1)


@pytest.fixture
def page(qtbot, main_window):
    return personnel_page(qtbot, main_window)


def run_from_toolbar(qtbot, page, action):
    """Click the action's toolbar button; returns the dialog it opened, active."""
    toolbar = page.findChild(QToolBar, "toolBar")
    button = toolbar.widgetForAction(action)
    assert button.isEnabled(), action.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return active(qtbot, page.dialog)


def unit_id(store, code: str):
    with store.read() as session:
        return session.exec(select(Unit).where(Unit.code == code)).one().id


def click_ok(qtbot, dialog) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def click_ok_expecting_problems(qtbot, dialog, field: str) -> str:
    """Click OK, let the save be refused, and read the reason beside ``field``."""
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    tasks = QApplication.instance().tasks
    qtbot.waitUntil(lambda: tasks.is_idle, timeout=WAIT)
    assert dialog.isVisible()
    return dialog.problem_text(field)


def paste(qtbot, edit, text: str) -> None:
    """Paste ``text`` as a person would from a spreadsheet: clipboard, then Ctrl+V."""
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keySequence(edit, QKeySequence.StandardKey.Paste)


# --- move, status, archive ------------------------------------------------------------------------


def test_moving_officers_is_one_change_with_one_update_per_officer(qtbot, lsa_app, page):
    store = lsa_app.services.store
    select_rows(page, "1-000", "1-001", "1-002")
    dialog = run_from_toolbar(qtbot, page, page.move_action)
    assert isinstance(dialog, MoveOfficersDialog)
    assert dialog.ui.summaryLabel.text() == "Move 3 officers to:"
    pick(dialog.ui.unit_id, "KEN-FPU-3")
    save(qtbot, dialog, dialog.ui.unit_id)
    fpu3 = unit_id(store, "KEN-FPU-3")
    moved = [officer(store, number) for number in ("1-000", "1-001", "1-002")]
    assert {person.unit_id for person in moved} == {fpu3}
    updates = audit(store, "UPDATE")
    assert sorted((e.record_id, e.field, e.new_value) for e in updates) == sorted(
        (person.id, "unit_id", fpu3.hex) for person in moved
    )
    assert len({e.change_id for e in updates}) == 1


def test_a_move_needs_a_unit(qtbot, page):
    select_rows(page, "1-000")
    dialog = run_from_toolbar(qtbot, page, page.move_action)
    assert click_ok_expecting_problems(qtbot, dialog, "unit_id") == "Choose the unit."


def test_a_status_change_in_bulk(qtbot, lsa_app, page):
    store = lsa_app.services.store
    select_rows(page, "1-003", "1-004")
    dialog = run_from_toolbar(qtbot, page, page.status_action)
    assert isinstance(dialog, PersonStatusDialog)
    pick(dialog.ui.status, "On leave")
    assert not dialog.ui.tour_end_date.isEnabled()  # only Repatriated asks for a date
    save(qtbot, dialog, dialog.ui.status)
    updates = audit(store, "UPDATE")
    assert {(e.field, e.old_value, e.new_value) for e in updates} == {("status", "ACTIVE", "LEAVE")}
    assert len(updates) == 2 and len({e.change_id for e in updates}) == 1


def test_repatriated_officers_cannot_be_set_active_again_without_a_new_arrival(
    qtbot, lsa_app, page
):
    store = lsa_app.services.store
    select_rows(page, "1-005", "1-006")
    dialog = run_from_toolbar(qtbot, page, page.status_action)
    pick(dialog.ui.status, "Repatriated")
    type_date(qtbot, dialog.ui.tour_end_date, YESTERDAY)
    save(qtbot, dialog, dialog.ui.status)
    gone = officer(store, "1-005")
    assert (gone.status, gone.tour_end_date) == (PersonStatus.REPATRIATED, YESTERDAY)

    qtbot.waitUntil(lambda: page.counts() is not None and not page.model.loading, timeout=WAIT)
    select_rows(page, "1-005", "1-006")
    back = run_from_toolbar(qtbot, page, page.status_action)
    assert back.ui.status.currentText() == "Repatriated"  # what they all have now
    pick(back.ui.status, "Active")
    refusal = click_ok_expecting_problems(qtbot, back, "status").splitlines()
    assert (
        refusal[0]
        == "2 of the officers are wrong; nothing was recorded. Correct them and save again."
    )
    assert refusal[1].startswith("OFFICER5 (1-005): This officer was repatriated (tour ended")
    assert officer(store, "1-005").status == PersonStatus.REPATRIATED


# --- rotations --------------------------------------------------------------------------------------


def forty_lines() -> str:
    """A block as copied from a nominal roll in a spreadsheet: tab-separated, with its titles."""
    rows = ["Service number\tRank\tSurname\tGiven names\tSex"]
    rows += [
        f"0079{number:03d}\tPC\tDérosiers{number}\tJean-Noël\t{'F' if number % 4 == 0 else 'M'}"
        for number in range(40)
    ]
    return "\n".join(rows)


def open_rotation(qtbot, page) -> RotationDialog:
    page.ui.tableView.clearSelection()
    dialog = run_from_toolbar(qtbot, page, page.rotation_action)
    assert isinstance(dialog, RotationDialog)
    return dialog


def test_forty_arrivals_pasted_are_recorded_in_one_write(qtbot, lsa_app, page):
    store = lsa_app.services.store
    before = people_count(store)
    dialog = open_rotation(qtbot, page)
    assert dialog.arrivals
    pick(dialog.ui.unit_id, "KEN-FPU-3")
    type_date(qtbot, dialog.ui.on, YESTERDAY)
    paste(qtbot, dialog.ui.lines, forty_lines())
    click_ok(qtbot, dialog)
    assert people_count(store) == before + 40
    with store.read() as session:
        arrived = session.exec(select(Person).where(Person.arrival_date == YESTERDAY)).all()
    assert len(arrived) == 40
    assert {(p.unit_id, p.status) for p in arrived} == {
        (unit_id(store, "KEN-FPU-3"), PersonStatus.ACTIVE)
    }
    assert officer(store, "0079007").given_names == "Jean-Noël"
    inserts = audit(store, "INSERT")
    assert len(inserts) == 40 and len({e.change_id for e in inserts}) == 1
    qtbot.waitUntil(lambda: page.counts() == (before + 40, before + 40), timeout=WAIT)


def test_a_rotation_with_wrong_lines_records_nothing_and_lists_them(qtbot, lsa_app, page):
    store = lsa_app.services.store
    before = people_count(store)
    dialog = open_rotation(qtbot, page)
    pick(dialog.ui.unit_id, "KEN-FPU-3")
    text = forty_lines() + "\n1-000\tPC\tAlready\tUsed\tM\n0079999\tPC\tNobody\tX\t?"
    paste(qtbot, dialog.ui.lines, text)
    refusal = click_ok_expecting_problems(qtbot, dialog, "lines").splitlines()
    assert refusal == [
        "1 of the lines is wrong; nothing was recorded. Correct them and save again.",
        "Line 43: the sex must be M or F, not '?'.",
    ]
    # Corrected in the form, the line the database refuses is named in its turn.
    dialog.ui.lines.setPlainText(text.replace("\t?", "\tM"))
    refusal = click_ok_expecting_problems(qtbot, dialog, "lines").splitlines()
    assert refusal[1] == "Line 42: service number 1-000 is already used by OFFICER0 (KEN-FPU-1)."
    assert people_count(store) == before and audit(store) == []


def test_departures_of_the_officers_selected(qtbot, lsa_app, page):
    store = lsa_app.services.store
    select_rows(page, "2-000", "2-001", "2-002")
    dialog = run_from_toolbar(qtbot, page, page.rotation_action)
    assert not dialog.arrivals  # officers still in the mission: most likely leaving
    assert dialog.ui.unit_id.currentText().startswith("KEN-FPU-2")
    assert dialog.ui.people.count() == 9  # the unit's officers still in the mission
    assert dialog.ui.peopleCount.text() == "3 of 9 ticked"
    type_date(qtbot, dialog.ui.on, YESTERDAY)
    click_ok(qtbot, dialog)
    for number in ("2-000", "2-001", "2-002"):
        gone = officer(store, number)
        assert (gone.status, gone.tour_end_date) == (PersonStatus.REPATRIATED, YESTERDAY)
    assert officer(store, "2-003").status == PersonStatus.ACTIVE
    updates = audit(store, "UPDATE")
    assert len(updates) == 6 and len({e.change_id for e in updates}) == 1


def test_departures_need_someone_ticked_and_a_date_not_in_the_future(qtbot, page):
    dialog = open_rotation(qtbot, page)
    qtbot.mouseClick(dialog.ui.departuresRadio, Qt.MouseButton.LeftButton)
    pick(dialog.ui.unit_id, "KEN-FPU-1")
    qtbot.mouseClick(dialog.ui.uncheckAllButton, Qt.MouseButton.LeftButton)
    assert click_ok_expecting_problems(qtbot, dialog, "people") == (
        "Tick the officers who are leaving."
    )
    qtbot.mouseClick(dialog.ui.checkAllButton, Qt.MouseButton.LeftButton)
    type_date(qtbot, dialog.ui.on, date.today() + timedelta(days=2))
    assert "after today" in dialog.problem_text("on")


def test_on_the_demo_mission_forty_officers_arrive_on_rotation(qtbot, bind_app, demo_store):
    """The demo of the issue: 40 officers arrive on rotation in a Kenyan formed unit."""
    from lsa_desktop.views.pages.personnel_page import PersonnelPage

    app = bind_app(demo_store)
    personnel = app.services.personnel
    before = personnel.people.count()
    kenyan = next(
        u
        for u in app.services.units.units()
        if u.unit_type == "FPU" and u.contingent_name == "Kenya"
    )
    page = PersonnelPage(app.services, app=app)
    qtbot.addWidget(page)
    page.show()
    active(qtbot, page)
    dialog = open_rotation(qtbot, page)
    pick(dialog.ui.unit_id, kenyan.code)
    paste(qtbot, dialog.ui.lines, forty_lines())
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    (result,) = saved.args
    assert (result.count, result.unit_code, result.on) == (40, kenyan.code, date.today())
    assert personnel.people.count() == before + 40
