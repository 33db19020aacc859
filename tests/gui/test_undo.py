"""Ctrl+Z in the window: the person's last change since the app opened is reverted, audited, and
every page shows the old values again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from lsa_desktop.app import LsaApplication
from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.store.models import AuditEntry, Person
from lsa_desktop.views.pages.personnel_page import PersonnelPage

USER = "Sgt J. Otieno"


def _person(app: LsaApplication, service_number: str) -> Person:
    with app.services.store.read() as session:
        return session.exec(select(Person).where(Person.service_number == service_number)).one()


def _save(app: LsaApplication, service_number: str, **values: Any) -> None:
    """Save an edit as a form does: one write job, after which dataChanged is emitted."""

    def write() -> None:
        with app.services.store.write() as session:
            person = session.exec(
                select(Person).where(Person.service_number == service_number)
            ).one()
            for name, value in values.items():
                setattr(person, name, value)

    app.tasks.run(write, write=True)


def _roll_status(page: PersonnelPage, service_number: str) -> PersonStatus | None:
    model = page.model
    for row in range(model.rowCount()):
        person = model.row_at(row)
        if person is not None and person.service_number == service_number:
            return person.status
    return None


def _message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.fixture
def window(qtbot: Any, main_window: Any, lsa_app: LsaApplication) -> Any:
    lsa_app.services.store.user = USER
    assert main_window.undo.action in main_window.ui.menuEdit.actions()
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    return main_window


def test_ctrl_z_restores_the_previous_values_and_the_page_shows_them(
    qtbot: Any, window: Any, lsa_app: LsaApplication
) -> None:
    action = window.undo.action
    assert not action.isEnabled()  # nothing changed since the app was opened
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Personnel
    page = window.current_page
    qtbot.waitUntil(lambda: _roll_status(page, "2-001") == PersonStatus.ACTIVE)

    _save(lsa_app, "2-001", status=PersonStatus.LEAVE, role="Driver")
    qtbot.waitUntil(lambda: _roll_status(page, "2-001") == PersonStatus.LEAVE)
    qtbot.waitUntil(action.isEnabled)
    assert action.text() == "&Undo edit of officer 2-001 Officer1 (2 fields)"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: _roll_status(page, "2-001") == PersonStatus.ACTIVE)
    person = _person(lsa_app, "2-001")
    assert (person.status, person.role) == (PersonStatus.ACTIVE, "")
    assert window.statusBar().currentMessage() == (
        "Undone: edit of officer 2-001 Officer1 (2 fields)."
    )
    with lsa_app.services.store.read() as session:
        undo = session.exec(select(AuditEntry).where(AuditEntry.action == "UNDO")).all()
    assert {(e.field, e.new_value, e.user) for e in undo} == {
        ("status", "ACTIVE", USER),
        ("role", "", USER),
    }
    # The undo itself is not offered for undo: nothing is left since the app was opened.
    qtbot.waitUntil(lambda: action.text() == "&Undo")
    assert not action.isEnabled()


def test_ctrl_z_walks_back_through_the_changes_one_at_a_time(
    qtbot: Any, window: Any, lsa_app: LsaApplication
) -> None:
    action = window.undo.action
    _save(lsa_app, "1-001", role="Driver")
    _save(lsa_app, "1-002", role="Medic")
    qtbot.waitUntil(lambda: "1-002" in action.text())

    action.trigger()
    qtbot.waitUntil(lambda: "1-001" in action.text())
    assert _person(lsa_app, "1-002").role == ""
    action.trigger()
    qtbot.waitUntil(lambda: action.text() == "&Undo")
    assert _person(lsa_app, "1-001").role == ""
    assert not action.isEnabled()


def test_an_undo_that_would_overwrite_a_later_edit_is_refused_with_a_sentence(
    qtbot: Any, window: Any, lsa_app: LsaApplication
) -> None:
    action = window.undo.action
    _save(lsa_app, "1-001", role="Driver")
    qtbot.waitUntil(action.isEnabled)
    lsa_app.services.store.user = "Insp. Wanjiru"  # someone else, on the same database
    with lsa_app.services.store.write() as session:
        session.exec(select(Person).where(Person.service_number == "1-001")).one().role = "Medic"
    lsa_app.services.store.user = USER

    action.trigger()

    qtbot.waitUntil(lambda: bool(_message_boxes()))
    assert "its role on officer 1-001 Officer1 was changed again later by Insp. Wanjiru" in (
        _message_boxes()[0].text()
    )
    assert _person(lsa_app, "1-001").role == "Medic"
