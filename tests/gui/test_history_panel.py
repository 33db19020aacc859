"""The History panel shows what a service changed, readably, and follows later writes."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from lsa_desktop.app import LsaApplication
from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.store.models import Person
from lsa_desktop.views.widgets.history_panel import HistoryPanel


def _officer(app: LsaApplication, service_number: str) -> Person:
    with app.services.store.read() as session:
        return session.exec(select(Person).where(Person.service_number == service_number)).one()


def _edit(app: LsaApplication, service_number: str, **values: Any) -> None:
    with app.services.store.write() as session:
        person = session.exec(select(Person).where(Person.service_number == service_number)).one()
        for name, value in values.items():
            setattr(person, name, value)


def _cells(panel: HistoryPanel) -> list[list[str]]:
    model = panel.table().model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_panel_shows_an_edit_newest_first_and_follows_the_next_write(
    lsa_app: LsaApplication, qtbot: Any
) -> None:
    lsa_app.services.store.user = "Sgt J. Otieno"
    _edit(lsa_app, "2-001", status=PersonStatus.LEAVE, role="Driver")
    officer = _officer(lsa_app, "2-001")
    panel = HistoryPanel(lsa_app)
    qtbot.addWidget(panel)
    panel.show()

    with qtbot.waitSignal(panel.loaded):
        panel.show_record("person", officer.id)

    rows = _cells(panel)
    # The two fields of the edit first (in field order), then the creation by the fixture.
    assert [row[1:4] for row in rows[:2]] == [
        ["Sgt J. Otieno", "Edited", "Role"],
        ["Sgt J. Otieno", "Edited", "Status"],
    ]
    assert rows[0][4] == "— → Driver"
    assert rows[1][4] == "Active → On leave"
    assert rows[2][1:3] == ["system", "Created"]
    assert "Service number: 2-001" in rows[2][4]
    assert "Unit: KEN-FPU-2" in rows[2][4]  # the reference, by the unit's code

    with qtbot.waitSignal(panel.loaded):
        lsa_app.tasks.run(lambda: _edit(lsa_app, "2-001", archived=True), write=True)
    assert _cells(panel)[0][2:5] == ["Edited", "Archived", "No → Yes"]


def test_a_hidden_panel_reads_once_it_is_shown(lsa_app: LsaApplication, qtbot: Any) -> None:
    officer = _officer(lsa_app, "1-001")
    panel = HistoryPanel(lsa_app)
    qtbot.addWidget(panel)
    panel.show_record("person", officer.id)
    assert panel.rows() == []
    with qtbot.waitSignal(panel.loaded):
        panel.show()
    assert [row.record for row in panel.rows()] == ["1-001 Officer1"]
