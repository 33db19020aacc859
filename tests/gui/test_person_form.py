"""An officer's form as a person uses it from the Personnel page: Ctrl+N, typing French names key
by key, Enter to save, Enter on a row to edit, Delete to archive; each rule's reason beside its
field and nothing saved while one stands; the officer's qualifications and history tabs.

The helpers at the top are shared with the other personnel GUI tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QMessageBox,
    QWidget,
)
from sqlmodel import select

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.models import AuditEntry, Person
from lsa_desktop.views.dialogs.person_dialog import PersonDialog
from lsa_desktop.views.dialogs.qualification_dialog import QualificationDialog
from lsa_desktop.views.pages.personnel_page import PersonnelPage
from lsa_desktop.views.table_models.personnel_model import PersonColumn

WAIT = 10_000


# --- helpers shared with the other personnel GUI tests ----------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (``keyClicks`` aborts on "é")."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def pick(combo: QComboBox, text: str) -> None:
    """Choose the entry that starts with ``text``, as from the list."""
    for index in range(combo.count()):
        if combo.itemText(index).startswith(text):
            combo.setCurrentIndex(index)
            return
    offered = [combo.itemText(i) for i in range(combo.count())]
    raise AssertionError(f"{text!r} not offered: {offered}")


def type_date(qtbot, edit: QDateEdit, day: date) -> None:
    """Type a date section by section, as a person clicking into the year, the month, the day."""
    edit.setFocus()
    sections = QDateTimeEdit.Section
    for section, digits in (
        (sections.YearSection, f"{day.year:04d}"),
        (sections.MonthSection, f"{day.month:02d}"),
        (sections.DaySection, f"{day.day:02d}"),
    ):
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, digits)
    assert edit.date().toPython() == day
    edit.editingFinished.emit()  # what leaving the field does: the form re-checks it


def tick(qtbot, box: QAbstractButton) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def save(qtbot, dialog, widget: QWidget | None = None) -> None:
    """Press Enter in the form (the default button saves) and wait for the write."""
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.keyClick(widget or dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def press_enter_expecting_problems(qtbot, dialog, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    app = QApplication.instance()
    qtbot.waitUntil(lambda: app.tasks.is_idle, timeout=WAIT)
    assert dialog.isVisible()


def active(qtbot, window: QWidget) -> QWidget:
    """Wait until ``window`` (a form just opened) is the active window, as it is for the person:
    keys then go to it, not to the shortcuts of the window underneath."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    return window


def confirm(qtbot, name: str) -> None:
    """Click the confirm button of the question box called ``name``."""
    box = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()
    )
    assert isinstance(box, QMessageBox)
    button = box.findChild(QAbstractButton, f"{name}Button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


#: Who the tests are: the mission they start from was written by "system".
USER = "Sgt Otieno"


def audit(store, action: str | None = None, table: str = "person") -> list[AuditEntry]:
    """What the test's user changed in ``table``."""
    statement = select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.user == USER)
    if action:
        statement = statement.where(AuditEntry.action == action)
    with store.read() as session:
        return list(session.exec(statement.order_by(AuditEntry.at)))


def officer(store, number: str) -> Person:
    with store.read() as session:
        return session.exec(select(Person).where(Person.service_number == number)).one()


def people_count(store) -> int:
    with store.read() as session:
        return len(session.exec(select(Person)).all())


# --- fixtures -----------------------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, main_window) -> PersonnelPage:
    return personnel_page(qtbot, main_window)


def personnel_page(qtbot, main_window) -> PersonnelPage:
    """The Personnel page of the main window, loaded, its window active (for the shortcuts)."""
    main_window.app.services.store.user = USER
    main_window.show_page(main_window.page_names().index("personnel"))
    page = main_window.current_page
    assert isinstance(page, PersonnelPage)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=WAIT)
    qtbot.waitUntil(lambda: page.counts() is not None, timeout=WAIT)
    return page


def row_of(page: PersonnelPage, number: str) -> int:
    model = page.model
    for row in range(model.rowCount()):
        if model.index(row, PersonColumn.SERVICE_NUMBER).data() == number:
            return row
    raise AssertionError(f"{number} is not in the register")


def select_rows(page: PersonnelPage, *numbers: str) -> None:
    """Select these officers in the register (as Ctrl+click would) and give it the focus."""
    view = page.ui.tableView
    selection = QItemSelection()
    for number in numbers:
        index = page.model.index(row_of(page, number), 0)
        selection.select(index, index)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().select(selection, flags)
    view.setFocus()


def new_officer_form(qtbot, page) -> PersonDialog:
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    return active(qtbot, dialog)


def open_selected(qtbot, page, number: str, key: Qt.Key = Qt.Key.Key_Return) -> PersonDialog:
    """Select an officer in the register and open their form from the keyboard."""
    select_rows(page, number)
    active(qtbot, page.window())
    qtbot.keyClick(page.ui.tableView, key)
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    return active(qtbot, dialog)


# --- adding, editing, archiving ------------------------------------------------------------------------


def test_a_new_officer_typed_key_by_key_is_saved_with_enter(qtbot, lsa_app, page):
    store = lsa_app.services.store
    dialog = new_officer_form(qtbot, page)
    ui = dialog.ui
    qtbot.keyClicks(ui.service_number, "0061154")
    pick(ui.rank_id, "PC")
    type_text(ui.surname, "Hérard")
    type_text(ui.given_names, "Célestin")
    pick(ui.sex, "Male")
    pick(ui.unit_id, "KEN-FPU-2")
    qtbot.keyClicks(ui.role, "Driver")
    tick(qtbot, ui.arrival_dateSet)
    type_date(qtbot, ui.arrival_date, date(2025, 3, 1))
    save(qtbot, dialog, ui.role)
    assert not dialog.isVisible()
    saved = officer(store, "0061154")
    assert (saved.surname, saved.given_names, saved.role, saved.arrival_date) == (
        "Hérard",
        "Célestin",
        "Driver",
        date(2025, 3, 1),
    )
    (entry,) = audit(store, "INSERT")
    assert entry.record_id == saved.id
    # The register refreshed on its own and a search without accents finds him.
    qtbot.keyClicks(page.ui.searchEdit, "celestin herard")
    qtbot.waitUntil(lambda: page.counts() == (1, 25), timeout=WAIT)
    assert page.model.index(0, PersonColumn.SURNAME).data() == "Hérard"


def test_a_hyphenated_accented_name_round_trips(qtbot, lsa_app, page):
    dialog = new_officer_form(qtbot, page)
    qtbot.keyClicks(dialog.ui.service_number, "HT-0042")
    type_text(dialog.ui.surname, "Dérosiers")
    type_text(dialog.ui.given_names, "Jean-Noël")
    save(qtbot, dialog, dialog.ui.given_names)
    found = lsa_app.services.personnel.people.page(ListQuery(search="jean-noel derosiers"))
    assert [(row.surname, row.given_names) for row in found] == [("Dérosiers", "Jean-Noël")]


def test_enter_on_a_row_opens_the_form_and_saving_records_only_what_changed(qtbot, lsa_app, page):
    store = lsa_app.services.store
    dialog = open_selected(qtbot, page, "1-003")
    assert dialog.ui.service_number.text() == "1-003"
    dialog.ui.given_names.clear()
    type_text(dialog.ui.given_names, "Jean-Noël Dérosiers")
    save(qtbot, dialog, dialog.ui.given_names)
    updates = audit(store, "UPDATE")
    assert [(e.field, e.old_value, e.new_value) for e in updates] == [
        ("given_names", "", "Jean-Noël Dérosiers")
    ]


def test_f2_and_double_click_open_the_selected_officer(qtbot, page):
    assert open_selected(qtbot, page, "2-SICK", Qt.Key.Key_F2).ui.surname.text() == "Sick"
    page.dialog.reject()
    active(qtbot, page.window())
    view = page.ui.tableView
    rect = view.visualRect(page.model.index(row_of(page, "1-001"), PersonColumn.SURNAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.dialog.ui.service_number.text() == "1-001"


def test_escape_cancels_and_saves_nothing(qtbot, lsa_app, page):
    store = lsa_app.services.store
    before = people_count(store)
    dialog = new_officer_form(qtbot, page)
    qtbot.keyClicks(dialog.ui.service_number, "X-1")
    type_text(dialog.ui.surname, "Nobody")
    qtbot.keyClick(dialog.ui.surname, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert people_count(store) == before


def test_delete_archives_after_the_question(qtbot, lsa_app, page):
    store = lsa_app.services.store
    select_rows(page, "1-000", "1-001")
    active(qtbot, page.window())
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    total = page.counts()[1]
    confirm(qtbot, "archiveOfficers")
    qtbot.waitUntil(lambda: page.counts() == (total - 2, total - 2), timeout=WAIT)
    assert officer(store, "1-000").archived and officer(store, "1-001").archived
    archived = audit(store, "UPDATE")
    assert {(e.field, e.new_value) for e in archived} == {("archived", "true")}
    assert len({e.change_id for e in archived}) == 1


def test_cancelling_the_question_archives_nothing(qtbot, lsa_app, page):
    select_rows(page, "1-000")
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "archiveOfficers")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not officer(lsa_app.services.store, "1-000").archived


def test_actions_follow_the_selection(qtbot, page):
    page.ui.tableView.clearSelection()
    assert not page.edit_action.isEnabled() and not page.move_action.isEnabled()
    assert page.new_action.isEnabled() and page.rotation_action.isEnabled()
    select_rows(page, "1-000", "1-001")
    assert not page.edit_action.isEnabled()
    assert page.archive_action.isEnabled() and page.status_action.isEnabled()
    select_rows(page, "1-000")
    assert page.edit_action.isEnabled()


# --- every rule's reason beside its field ----------------------------------------------------------------


def test_each_problem_shows_beside_its_field_and_nothing_is_saved(qtbot, lsa_app, page):
    store = lsa_app.services.store
    before = people_count(store)
    dialog = new_officer_form(qtbot, page)
    ui = dialog.ui
    qtbot.keyClicks(ui.service_number, "1-000")  # already used
    tick(qtbot, ui.arrival_dateSet)
    type_date(qtbot, ui.arrival_date, date(2025, 3, 1))
    tick(qtbot, ui.tour_end_dateSet)
    type_date(qtbot, ui.tour_end_date, date(2025, 2, 1))
    assert dialog.problem_text("tour_end_date") == "Tour end cannot be before arrival."
    press_enter_expecting_problems(qtbot, dialog, ui.role)
    assert dialog.problem_text("surname") == "Surname is required."
    assert (
        dialog.problem_text("service_number") == ""
    )  # the database is asked only once the rest is right
    assert people_count(store) == before
    type_text(ui.surname, "Hérard")
    type_date(qtbot, ui.tour_end_date, date(2025, 9, 1))
    press_enter_expecting_problems(qtbot, dialog, ui.role)
    assert dialog.problem_text("service_number") == (
        "Service number 1-000 is already used by OFFICER0 (KEN-FPU-1). Check the number or "
        "edit that officer."
    )
    assert dialog.problem_text("surname") == ""
    assert people_count(store) == before
    ui.service_number.selectAll()
    qtbot.keyClicks(ui.service_number, "0070001")
    save(qtbot, dialog, ui.role)
    assert people_count(store) == before + 1


def test_a_status_that_does_not_fit_the_dates_is_explained(qtbot, lsa_app, page):
    dialog = new_officer_form(qtbot, page)
    ui = dialog.ui
    qtbot.keyClicks(ui.service_number, "0070002")
    type_text(ui.surname, "Hérard")
    pick(ui.status, "Repatriated")
    press_enter_expecting_problems(qtbot, dialog, ui.surname)
    assert "needs the date their tour ended" in dialog.problem_text("tour_end_date")
    pick(ui.status, "Active")
    tick(qtbot, ui.arrival_dateSet)
    type_date(qtbot, ui.arrival_date, date.today() + timedelta(days=10))
    assert "set the status to In transit" in dialog.problem_text("status")
    pick(ui.status, "In transit")
    assert dialog.problem_text("status") == ""
    save(qtbot, dialog, ui.surname)
    assert officer(lsa_app.services.store, "0070002").status == PersonStatus.IN_TRANSIT


# --- qualifications and history inside the form -------------------------------------------------------------


def test_qualifications_are_added_renewed_and_removed_from_the_form(qtbot, lsa_app, page):
    store = lsa_app.services.store
    dialog = open_selected(qtbot, page, "1-002")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.qualificationsTab)
    assert dialog.qualifications.rowCount() == 0
    qtbot.mouseClick(dialog.ui.addQualificationButton, Qt.MouseButton.LeftButton)
    form = active(qtbot, dialog.qualification_dialog)
    assert isinstance(form, QualificationDialog)
    pick(form.ui.qualification_type_id, "Driving licence, civil")
    issued = date.today() - timedelta(days=3 * 365)
    type_date(qtbot, form.ui.issued_on, issued)
    # The expiry follows the issue date and the licence's validity of 36 months.
    assert form.expires.value() is not None and form.expires.value().year == issued.year + 3
    qtbot.keyClicks(form.ui.number, "DL-0042")
    save(qtbot, form, form.ui.number)
    qtbot.waitUntil(lambda: dialog.qualifications.rowCount() == 1, timeout=WAIT)
    held = dialog.selected_qualification()
    assert (held.type_code, held.number) == ("DL-CIVIL", "DL-0042")

    qtbot.mouseClick(dialog.ui.renewQualificationButton, Qt.MouseButton.LeftButton)
    renewal = active(qtbot, dialog.qualification_dialog)
    assert (
        renewal.ui.number.text() == "DL-0042" and not renewal.ui.qualification_type_id.isEnabled()
    )
    assert renewal.issued.value() == date.today()
    save(qtbot, renewal, renewal.ui.number)
    qtbot.waitUntil(lambda: dialog.selected_qualification().id != held.id, timeout=WAIT)
    assert dialog.qualifications.rowCount() == 1
    assert dialog.selected_qualification().issued_on == date.today()

    qtbot.mouseClick(dialog.ui.removeQualificationButton, Qt.MouseButton.LeftButton)
    confirm(qtbot, "removeQualification")
    qtbot.waitUntil(lambda: dialog.qualifications.rowCount() == 0, timeout=WAIT)
    entries = audit(store, table="qualification")
    assert [e.action for e in entries].count("INSERT") == 2


def test_an_expiry_before_the_issue_is_refused_beside_it(qtbot, lsa_app, page):
    dialog = open_selected(qtbot, page, "1-002")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.qualificationsTab)
    qtbot.mouseClick(dialog.ui.addQualificationButton, Qt.MouseButton.LeftButton)
    form = active(qtbot, dialog.qualification_dialog)
    pick(form.ui.qualification_type_id, "First aid")
    type_date(qtbot, form.ui.issued_on, date(2025, 5, 1))
    type_date(qtbot, form.ui.expires_on, date(2025, 4, 1))
    assert form.problem_text("expires_on") == "Expiry cannot be before issue."
    press_enter_expecting_problems(qtbot, form, form.ui.number)
    assert audit(lsa_app.services.store, table="qualification") == []
    tick(qtbot, form.ui.expires_onSet)  # no expiry at all
    press_enter_expecting_problems(qtbot, form, form.ui.number)
    assert "valid for 24 months" in form.problem_text("expires_on")


def test_a_new_officer_has_no_qualifications_or_history_yet(qtbot, page):
    dialog = new_officer_form(qtbot, page)
    ui = dialog.ui
    assert not ui.addQualificationButton.isEnabled()
    assert "Save the officer first" in ui.qualificationsNote.text()
    assert not ui.tabs.isTabEnabled(ui.tabs.indexOf(ui.historyTab))


def test_the_history_tab_shows_the_changes_of_this_officer(qtbot, lsa_app, page):
    dialog = open_selected(qtbot, page, "1-004")
    qtbot.keyClicks(dialog.ui.role, "Medic")
    save(qtbot, dialog, dialog.ui.role)
    reopened = open_selected(qtbot, page, "1-004")
    reopened.ui.tabs.setCurrentWidget(reopened.ui.historyTab)
    history = reopened.history
    qtbot.waitUntil(lambda: any(row.field == "role" for row in history.rows()), timeout=WAIT)
