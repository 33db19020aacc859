"""The Expiring qualifications page: 30, 60, 90 days or expired; a row opens the officer's form on
that qualification; Renew opens the renewal filled in, and once saved the qualification leaves
the 30-day list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from sqlmodel import select
from test_person_form import USER, WAIT, active, audit, save

from lsa_desktop.domain.personnel_rules import QualificationInput, add_months
from lsa_desktop.store.models import Person
from lsa_desktop.store.seed import reference_id
from lsa_desktop.views.dialogs.person_dialog import PersonDialog
from lsa_desktop.views.dialogs.qualification_dialog import QualificationDialog
from lsa_desktop.views.pages.qualifications_page import QualificationsPage
from lsa_desktop.views.table_models.qualifications_model import ExpiringColumn

TODAY = date.today()
LICENCE = reference_id("qualification_type", "DL-CIVIL")  # valid 36 months
FIRST_AID = reference_id("qualification_type", "FIRST-AID")
WEAPONS = reference_id("qualification_type", "WPN-HNDL")


def held(days: int, type_id=LICENCE, number: str = "") -> QualificationInput:
    expires = TODAY + timedelta(days=days)
    return QualificationInput(type_id, number, expires - timedelta(days=700), expires)


@pytest.fixture
def page(qtbot, lsa_app) -> QualificationsPage:
    """Five qualifications of KEN-FPU-1's officers, expired 5 days ago to due in 200 days."""
    store = lsa_app.services.store
    with store.read() as session:
        people = {
            p.service_number: p.id
            for p in session.exec(select(Person).where(Person.service_number.like("1-00%")))
        }
    qualifications = lsa_app.services.qualifications
    qualifications.add(people["1-000"], held(-5, number="DL-OLD"))
    qualifications.add(people["1-000"], held(10, FIRST_AID))
    qualifications.add(people["1-001"], held(45, number="DL-45"))
    qualifications.add(people["1-002"], held(80, WEAPONS))
    qualifications.add(people["1-003"], held(200))
    store.user = USER
    page = QualificationsPage(lsa_app)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    lsa_app.dataChanged.connect(page.refresh)
    page.show()
    active(qtbot, page)
    qtbot.waitUntil(lambda: page.counts() is not None, timeout=WAIT)
    return page


def column(page, number: int) -> list[str]:
    model = page.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def show(qtbot, page, days: int | None) -> None:
    page.show_window(days)
    qtbot.waitUntil(lambda: not page.model.loading, timeout=WAIT)


def select_row(qtbot, page, row: int) -> None:
    page.ui.tableView.selectRow(row)
    page.ui.tableView.setFocus()
    active(qtbot, page)


def test_the_windows_list_what_expires_soonest_first(qtbot, page):
    assert page.ui.windowFilter.currentText() == "Expiring within 30 days"
    assert column(page, ExpiringColumn.DAYS_LEFT) == ["\u22125", "10"]
    assert column(page, ExpiringColumn.OFFICER) == ["OFFICER0", "OFFICER0"]
    assert column(page, ExpiringColumn.UNIT) == ["KEN-FPU-1", "KEN-FPU-1"]
    assert column(page, ExpiringColumn.QUALIFICATION) == ["Driving licence, civil", "First aid"]
    assert column(page, ExpiringColumn.NUMBER) == ["DL-OLD", ""]
    show(qtbot, page, 60)
    assert column(page, ExpiringColumn.DAYS_LEFT) == ["\u22125", "10", "45"]
    show(qtbot, page, 90)
    assert column(page, ExpiringColumn.DAYS_LEFT) == ["\u22125", "10", "45", "80"]
    show(qtbot, page, None)
    assert column(page, ExpiringColumn.NUMBER) == ["DL-OLD"]
    assert page.counts()[0] == 1


def test_expired_and_soon_stand_out_with_a_tooltip(page):
    model = page.model
    expired = model.index(0, ExpiringColumn.EXPIRES)
    assert isinstance(expired.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert expired.data(Qt.ItemDataRole.ToolTipRole).endswith("5 days ago.")
    assert model.index(1, ExpiringColumn.DAYS_LEFT).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Expires on {(TODAY + timedelta(days=10)).isoformat()}, in 10 days."
    )


def test_search_and_unit_filter(qtbot, page):
    show(qtbot, page, 90)
    qtbot.keyClicks(page.ui.searchEdit, "officer1")
    qtbot.waitUntil(lambda: page.counts()[0] == 1, timeout=WAIT)
    assert column(page, ExpiringColumn.NUMBER) == ["DL-45"]
    page.ui.searchEdit.clear()
    page.ui.unitFilter.setCurrentIndex(
        page.ui.unitFilter.findText("KEN-FPU-2", Qt.MatchFlag.MatchStartsWith)
    )
    qtbot.waitUntil(lambda: page.counts()[0] == 0, timeout=WAIT)


def test_enter_opens_the_officer_on_that_qualification(qtbot, page):
    select_row(qtbot, page, 1)  # OFFICER0's first aid
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    assert dialog.ui.service_number.text() == "1-000"
    assert dialog.ui.tabs.currentWidget() is dialog.ui.qualificationsTab
    assert dialog.selected_qualification().type_code == "FIRST-AID"


def test_renewing_removes_it_from_the_30_day_list(qtbot, lsa_app, page):
    select_row(qtbot, page, 0)  # the licence that expired five days ago
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    form = active(qtbot, page.dialog)
    assert isinstance(form, QualificationDialog)
    assert form.ui.qualification_type_id.currentText() == "Driving licence, civil"
    assert form.ui.number.text() == "DL-OLD"
    assert form.issued.value() == TODAY
    assert form.expires.value() == add_months(TODAY, 36)
    form.ui.number.selectAll()
    qtbot.keyClicks(form.ui.number, "DL-NEW")
    save(qtbot, form, form.ui.number)
    qtbot.waitUntil(lambda: page.counts()[0] == 1, timeout=WAIT)
    assert column(page, ExpiringColumn.QUALIFICATION) == ["First aid"]
    entries = audit(lsa_app.services.store, table="qualification")
    assert sorted(e.action for e in entries) == ["INSERT", "UPDATE"]  # new one, old archived
    assert len({e.change_id for e in entries}) == 1


def test_officers_who_left_are_not_listed(qtbot, lsa_app, page):
    select_row(qtbot, page, 0)
    person_id = page.selected().person_id
    lsa_app.services.personnel_batch.archive_people([person_id])
    page.refresh()
    qtbot.waitUntil(lambda: page.counts()[0] == 0, timeout=WAIT)


def test_the_model_passes_the_model_tester(qtmodeltester, qtbot, page):
    show(qtbot, page, 90)
    qtmodeltester.check(page.model)
