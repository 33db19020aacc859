"""The change log as a person uses it: filter by who, by record and by date, search the values,
and see the whole history of a record under the table."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from sqlmodel import select

from lsa_desktop.app import LsaApplication
from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.store.models import Person, Unit
from lsa_desktop.views.pages.change_log_page import ChangeColumn, ChangeLogPage


def _edit(app: LsaApplication, model: type, user: str, where: Any, **values: Any) -> None:
    app.services.store.user = user
    with app.services.store.write() as session:
        record = session.exec(select(model).where(where)).one()
        for name, value in values.items():
            setattr(record, name, value)


def _column(page: ChangeLogPage, column: ChangeColumn) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _pick(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


@pytest.fixture
def page(qtbot: Any, lsa_app: LsaApplication) -> ChangeLogPage:
    _edit(lsa_app, Person, "Sgt J. Otieno", Person.service_number == "2-001", role="Driver")
    _edit(lsa_app, Unit, "Insp. Wanjiru", Unit.code == "KEN-FPU-3", authorised_strength=12)
    page = ChangeLogPage(lsa_app.services)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.waitUntil(lambda: page.counts() is not None)
    return page


def test_newest_first_then_filtered_by_who(qtbot: Any, page: ChangeLogPage) -> None:
    assert _column(page, ChangeColumn.WHO)[:2] == ["Insp. Wanjiru", "Sgt J. Otieno"]
    assert _column(page, ChangeColumn.CHANGE)[:2] == ["10 → 12", "— → Driver"]

    _pick(page.ui.userFilter, "Sgt J. Otieno")

    assert _column(page, ChangeColumn.RECORD) == ["Officer 2-001 Officer1"]
    assert _column(page, ChangeColumn.FIELD) == ["Role"]
    assert page.counts()[0] == 1


def test_filtered_by_kind_of_record_and_searched(qtbot: Any, page: ChangeLogPage) -> None:
    _pick(page.ui.tableFilter, "Units")
    assert set(_column(page, ChangeColumn.RECORD)) == {
        "Unit KEN-FPU-1",
        "Unit KEN-FPU-2",
        "Unit KEN-FPU-3",
    }
    _pick(page.ui.tableFilter, "All records")
    qtbot.keyClicks(page.ui.searchEdit, "driver")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert _column(page, ChangeColumn.CHANGE) == ["— → Driver"]


def test_filtered_by_date(qtbot: Any, page: ChangeLogPage) -> None:
    total = page.model.rowCount()
    assert page.ui.fromDate.text() == "Any"
    page.ui.fromDate.setDate(QDate(date.today() + timedelta(days=1)))
    assert page.model.rowCount() == 0
    page.ui.fromDate.setDate(QDate(date.today()))
    page.ui.toDate.setDate(QDate(date.today()))
    assert page.model.rowCount() == total


def test_selecting_a_change_shows_the_record_history_below(
    qtbot: Any, page: ChangeLogPage, lsa_app: LsaApplication
) -> None:
    page.ui.tableView.setFocus()
    with qtbot.waitSignal(page.history.loaded):
        page.ui.tableView.selectRow(1)  # the officer's edit
    assert page.ui.historyLabel.text() == "History of Officer 2-001 Officer1"
    assert [row.field for row in page.history.rows()] == ["role", ""]

    # A later write shows in both at once.
    lsa_app.tasks.run(
        lambda: _edit(
            lsa_app,
            Person,
            "Sgt J. Otieno",
            Person.service_number == "2-001",
            status=PersonStatus.SICK,
        ),
        write=True,
    )
    qtbot.waitUntil(lambda: [row.field for row in page.history.rows()] == ["status", "role", ""])
    page.refresh()  # as the window does on dataChanged
    qtbot.waitUntil(lambda: _column(page, ChangeColumn.CHANGE)[0] == "Active → Sick")


def test_the_models_pass_qtmodeltester(qtbot: Any, qtmodeltester: Any, page: ChangeLogPage) -> None:
    qtmodeltester.check(page.model, force_py=True)
    page.ui.tableView.selectRow(0)
    qtbot.waitUntil(lambda: bool(page.history.rows()))
    qtmodeltester.check(page.history.table().model(), force_py=True)
