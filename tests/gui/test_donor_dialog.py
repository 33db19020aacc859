"""A donor's form as a person uses it from the Donors page: Ctrl+N, typing a French name key by key,
choosing the type and country, Enter to save; F2 to edit the donor selected; Delete to archive
one; each rule's reason beside its field, and a refusal keeps what was typed."""

from __future__ import annotations

import pytest
from donor_gui import (
    WAIT,
    active,
    donor_cell,
    open_page,
    opened,
    press,
    select_donor,
    type_keys,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from sqlmodel import select

from lsa_desktop.domain.enums import DonorType
from lsa_desktop.store.models import Donor
from lsa_desktop.views.dialogs.donor_dialog import DonorDialog
from lsa_desktop.views.pages.donor_columns import DonorColumn


@pytest.fixture
def page(qtbot, lsa_app):
    return open_page(qtbot, lsa_app)


def donors(store) -> dict[str, Donor]:
    with store.read() as session:
        return {donor.name: donor for donor in session.exec(select(Donor))}


def pick(combo, text: str) -> None:
    """Choose the entry that starts with ``text``, as from the list."""
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)


def new_donor_form(qtbot, page) -> DonorDialog:
    qtbot.keyClick(page.ui.filterEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return opened(qtbot, page, DonorDialog)


def test_a_new_donor_is_saved_with_enter_and_listed(qtbot, lsa_app, page):
    dialog = new_donor_form(qtbot, page)
    ui = dialog.ui
    assert dialog.windowTitle() == "New donor"
    assert ui.donor_type.currentText() == "Government"
    ui.name.setFocus()
    type_keys("Agence française de développement")
    pick(ui.country_code, "France (FR)")
    ui.contact.setFocus()
    type_keys("Mme Lefèvre, projets@afd.example")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.keyClick(ui.name, Qt.Key.Key_Return)
    added = donors(lsa_app.services.store)["Agence française de développement"]
    assert (added.donor_type, added.country_code, added.contact) == (
        DonorType.GOVERNMENT,
        "FR",
        "Mme Lefèvre, projets@afd.example",
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.loading, timeout=WAIT)
    assert donor_cell(page, "Agence française de développement", DonorColumn.COUNTRY) == "France"


def test_each_problem_shows_beside_its_field_and_a_refusal_keeps_what_was_typed(
    qtbot, lsa_app, page
):
    store = lsa_app.services.store
    dialog = new_donor_form(qtbot, page)
    ui = dialog.ui
    qtbot.keyClick(ui.name, Qt.Key.Key_Return)
    assert dialog.problem_text("name") == "The donor's name is required."
    assert dialog.isVisible()
    ui.name.setFocus()
    type_keys("canada")
    pick(ui.donor_type, "Multilateral")
    ui.contact.setFocus()
    type_keys("Ottawa")
    qtbot.keyClick(ui.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem_text("name") != "", timeout=WAIT)
    # Only the database knows the name is taken: the service refuses, the form keeps everything.
    assert dialog.problem_text("name") == (
        "The name canada is already used by donor Canada. Use that donor, or tell the two apart "
        "in the name."
    )
    assert (ui.name.text(), ui.donor_type.currentText(), ui.contact.toPlainText()) == (
        "canada",
        "Multilateral",
        "Ottawa",
    )
    assert dialog.isVisible() and len(donors(store)) == 2


def test_f2_opens_the_donor_selected_and_saves_what_changed(qtbot, lsa_app, page):
    select_donor(qtbot, page, "Canada")
    press(qtbot, Qt.Key.Key_F2)
    dialog = opened(qtbot, page, DonorDialog)
    ui = dialog.ui
    assert (ui.name.text(), ui.donor_type.currentText(), ui.country_code.currentText()) == (
        "Canada",
        "Government",
        "Canada (CA)",
    )
    ui.contact.setFocus()
    type_keys("Global Affairs Canada, Port-au-Prince")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.keyClick(ui.name, Qt.Key.Key_Return)
    assert donors(lsa_app.services.store)["Canada"].contact == (
        "Global Affairs Canada, Port-au-Prince"
    )


def test_delete_archives_a_donor_after_a_question(qtbot, lsa_app, page):
    select_donor(qtbot, page, "UN Trust Fund")
    page.ui.table.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "archiveDonor" and w.isVisible()
    )
    assert isinstance(box, QMessageBox)
    assert box.text() == "Archive donor UN Trust Fund?"
    qtbot.mouseClick(
        box.findChild(QAbstractButton, "archiveDonorButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loading, timeout=WAIT)
    assert donors(lsa_app.services.store)["UN Trust Fund"].archived
    assert page.ui.noticeLabel.text() == "Donor UN Trust Fund archived."
    active(qtbot, page)
