"""The import wizard, as an officer uses it: a French nominal roll written by LibreOffice, with
title rows, French headers, text dates, a blank row, a totals row and two bad rows (see
``tests/fixtures/roster_fr_libreoffice.xlsx`` and ``../shared/fixtures/README.md``).

The path is typed into the file field and Enter pressed, as a person would (the file dialog is
faked by the ``dialogs`` fixture); pages are left with Enter, and Escape cancels.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QWizard
from sqlmodel import func, select

from lsa_desktop import paths
from lsa_desktop.domain.enums import PersonStatus, UnitType
from lsa_desktop.domain.personnel_rules import UnitInput
from lsa_desktop.excel import importer
from lsa_desktop.store.models import ImportJob, Person
from lsa_desktop.views.dialogs.import_mapping_model import MappingColumn
from lsa_desktop.views.dialogs.import_wizard import ImportWizard
from lsa_desktop.views.import_memory import FILE_NAME, IGNORE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROSTER = FIXTURES / "roster_fr_libreoffice.xlsx"
WAIT = 20_000

#: The roll's headers, and the field each should be read into without help.
ROSTER_MAPPING = {
    "N° matricule": "service_number",
    "Grade": "rank",
    "Nom": "surname",
    "Prénom(s)": "given_names",
    "Sexe": "sex",
    "Unité": "unit",
    "Fonction": "role",
    "Statut": "status",
    "Date d'arrivée": "arrival_date",
    "Fin de mandat": "tour_end_date",
}
ARRIVAL_COLUMN = 8  # I: "Date d'arrivée"


@pytest.fixture
def app(bind_app, empty_store):
    """A database holding the units the roll refers to, created as the Units page creates them."""
    app = bind_app(empty_store)
    for code, name, unit_type in (
        ("KE-FPU-1", "Kenya Formed Police Unit 1", UnitType.FPU),
        ("KE-FPU-2", "Kenya Formed Police Unit 2", UnitType.FPU),
        ("KE-SWAT", "Kenya SWAT Team", UnitType.SWAT),
        ("JM-FPU", "Jamaica Formed Police Unit", UnitType.FPU),
    ):
        app.services.units.create_unit(
            UnitInput(code, name, unit_type, authorised_strength=140, min_operational_strength=120)
        )
    return app


def open_wizard(qtbot, app) -> ImportWizard:
    wizard = ImportWizard(app)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def type_path(qtbot, wizard: ImportWizard, path: Path) -> None:
    """Type the path into the file field and press Enter, as a person would."""
    field = wizard.file_page.ui.path
    field.setFocus()
    qtbot.keyClicks(field, str(path))
    qtbot.keyClick(field, Qt.Key.Key_Return)


def press_enter(qtbot, wizard: ImportWizard) -> None:
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def to_mapping(qtbot, wizard: ImportWizard, path: Path = ROSTER) -> None:
    type_path(qtbot, wizard, path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=WAIT)
    press_enter(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.MAPPING


def to_preview(qtbot, wizard: ImportWizard) -> None:
    press_enter(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PREVIEW
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=WAIT)


def mapping_shown(wizard: ImportWizard) -> dict[str, str]:
    """Header -> field as the mapping page's combo boxes show it."""
    page = wizard.mapping_page
    shown = {}
    for row, line in enumerate(page.model.lines()):
        combo = page.ui.columns.indexWidget(page.model.index(row, MappingColumn.FIELD))
        assert isinstance(combo, QComboBox)
        shown[line.header] = combo.currentData()
    return shown


def choose(wizard: ImportWizard, header: str, field: str) -> None:
    """Choose ``field`` in the combo box of the column ``header``."""
    combo = wizard.mapping_page.combo_for(header)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(field))


def count(store, model) -> int:
    with store.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_the_mapping_page_shows_the_french_headers_mapped(qtbot, qtmodeltester, app):
    wizard = open_wizard(qtbot, app)
    to_mapping(qtbot, wizard)
    page = wizard.file_page
    # Nobody said what the list holds: its columns say it.
    assert page.ui.kind.currentData() == "personnel"
    assert "guessed" in page.ui.kindNote.text()
    assert "row 3" in page.ui.headerNote.text()
    assert page.ui.sheet.currentText() == "État nominatif"

    assert mapping_shown(wizard) == ROSTER_MAPPING
    # The keyboard: the first combo box has the focus, Tab goes to the next.
    mapping = wizard.mapping_page
    assert wizard.focusWidget() is mapping.combo_for("N° matricule")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is mapping.combo_for("Grade")
    model = mapping.model
    qtmodeltester.check(model)
    first = model.lines()[0]
    assert (first.column, first.header) == (0, "N° matricule")
    assert first.samples[0] == "0061154"  # leading zero kept
    assert not wizard.mapping_page.ui.rememberedNote.isVisible()
    assert wizard.mapping_page.isComplete()


def test_remap_preview_and_import_skipping_the_invalid_rows(qtbot, qtmodeltester, app):
    wizard = open_wizard(qtbot, app)
    to_mapping(qtbot, wizard)
    choose(wizard, "Fonction", IGNORE)
    assert wizard.mapping_page.model.mapping()["Fonction"] == IGNORE
    assert wizard.mapping_page.ui.automaticButton.isVisible()

    to_preview(qtbot, wizard)
    page = wizard.preview_page
    model = page.model
    qtmodeltester.check(model)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Role" not in titles  # ignored: not read, not shown
    assert model.rowCount() == 62  # rows 4 to 65: 60 officers, a blank row, the totals row

    # The two bad rows, marked at their cells: colour, icon and the sentence.
    for row, column in ((15, 0), (50, ARRIVAL_COLUMN)):
        cell = model.index_of(row, column)
        assert cell.isValid()
        assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
        assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
        assert "Error" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "31/02/2025" in model.index_of(50, ARRIVAL_COLUMN).data()
    fine = model.index_of(4, 0)
    assert fine.data() == "0061154"
    assert fine.data(Qt.ItemDataRole.DecorationRole) is None

    page.ui.onlyProblems.setChecked(True)
    assert {15, 50} <= set(model.row_numbers())
    assert 4 not in model.row_numbers()

    assert "2 with errors" in page.ui.summary.text()
    assert "refused" in page.ui.outcome.text()
    page.ui.skipInvalid.setChecked(True)
    assert "58 new" in page.ui.outcome.text()
    assert count(app.services.store, Person) == 0  # the dry run wrote no one

    press_enter(qtbot, wizard)  # Import
    assert wizard.currentId() == ImportWizard.RESULT
    result = wizard.result_page
    qtbot.waitUntil(result.isComplete, timeout=WAIT)
    assert "58 new, 0 updated, 0 unchanged, 2 skipped" in result.ui.headline.text()
    assert result.done is not None and result.done.report.written

    store = app.services.store
    assert count(store, Person) == 58
    with store.read() as session:
        officer = session.exec(select(Person).where(Person.service_number == "0061154")).one()
        assert officer.surname == "OTIENO"
        assert officer.status is PersonStatus.ACTIVE
        assert officer.role in (None, "")  # the Fonction column was ignored
    press_enter(qtbot, wizard)  # Finish
    assert not wizard.isVisible()


def test_the_error_report_holds_the_rows_to_fix(qtbot, app, tmp_path):
    wizard = open_wizard(qtbot, app)
    to_mapping(qtbot, wizard)
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    target = tmp_path / "to fix.xlsx"
    page.ui.errorReport.setChecked(True)
    page.ui.errorReportPath.setText(str(target))
    press_enter(qtbot, wizard)  # Import, all or nothing: refused
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=WAIT)
    assert "Refused" in wizard.result_page.ui.headline.text()
    assert str(target) in wizard.result_page.ui.details.text()
    assert count(app.services.store, Person) == 0
    book = openpyxl.load_workbook(target, read_only=True)
    try:
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    assert rows[0][:3] == ("N° matricule", "Grade", "Nom")
    assert [(row[0], row[2]) for row in rows[1:]] == [(None, "WAMBUI"), ("0096268", "SIMIYU")]


def test_cancelling_the_import_leaves_the_database_as_it_was(qtbot, app, monkeypatch):
    """Cancel pressed while the import is writing, a row already added in its transaction."""
    reached, resume = threading.Event(), threading.Event()
    real = importer.run_import
    monkeypatch.setattr(importer, "PROGRESS_EVERY", 1)  # a step after every row written

    def paused(*args, **kwargs):
        job = real(*args, **kwargs)
        try:
            while True:
                try:
                    step = next(job)
                except StopIteration as stop:
                    return stop.value
                yield step
                writing = step.total > 0 and step.done > 0
                if writing and not args[3].dry_run and not reached.is_set():
                    reached.set()
                    assert resume.wait(WAIT / 1000)
        finally:
            job.close()

    monkeypatch.setattr(importer, "run_import", paused)
    store = app.services.store
    jobs_before = count(store, ImportJob)
    wizard = open_wizard(qtbot, app)
    to_mapping(qtbot, wizard)
    to_preview(qtbot, wizard)
    wizard.preview_page.ui.skipInvalid.setChecked(True)
    press_enter(qtbot, wizard)  # Import
    result = wizard.result_page
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    assert result.running and not result.isComplete()
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert cancel.isVisible()
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)
    resume.set()
    qtbot.waitUntil(result.isComplete, timeout=WAIT)
    assert wizard.isVisible()  # it stays to say what happened
    assert "cancelled" in result.ui.headline.text()
    assert count(store, Person) == 0
    assert count(store, ImportJob) == jobs_before + 1  # the preview's dry run, nothing more


def write_roll(path: Path, headers: list[str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ÉTAT NOMINATIF — CONTINGENT KENYAN"])
    sheet.append(headers)
    sheet.append(
        ["0099001", "PC", "ONYANGO", "Peter", "M", "KE-FPU-2", "Chauffeur", "Actif", None, None]
    )
    book.save(path)


def test_a_changed_mapping_is_offered_for_the_next_file_with_the_same_headers(qtbot, app, tmp_path):
    wizard = open_wizard(qtbot, app)
    to_mapping(qtbot, wizard)
    choose(wizard, "Fonction", IGNORE)
    to_preview(qtbot, wizard)
    wizard.preview_page.ui.skipInvalid.setChecked(True)
    press_enter(qtbot, wizard)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=WAIT)
    memory = paths.user_data_dir() / FILE_NAME
    qtbot.waitUntil(memory.exists, timeout=WAIT)
    kept = json.loads(memory.read_text(encoding="utf-8"))["mappings"]
    assert [entry["kind"] for entry in kept] == ["personnel"]
    press_enter(qtbot, wizard)

    # Next month's roll: the same columns, written in capitals, on a sheet of its own.
    second = tmp_path / "roll-december.xlsx"
    write_roll(second, [header.upper() for header in ROSTER_MAPPING])
    wizard = open_wizard(qtbot, app)
    to_mapping(qtbot, wizard, second)
    page = wizard.mapping_page
    assert page.ui.rememberedNote.isVisible()
    shown = mapping_shown(wizard)
    assert shown["FONCTION"] == IGNORE
    assert shown["N° MATRICULE"] == "service_number"

    # Matching automatically again restores the column, and importing so forgets the choice.
    page.ui.automaticButton.click()
    assert mapping_shown(wizard)["FONCTION"] == "role"
    assert not page.ui.automaticButton.isVisible()
    to_preview(qtbot, wizard)
    press_enter(qtbot, wizard)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=WAIT)
    assert "1 new" in wizard.result_page.ui.headline.text()

    def forgotten():
        return json.loads(memory.read_text(encoding="utf-8"))["mappings"] == []

    qtbot.waitUntil(forgotten, timeout=WAIT)


def test_an_unknown_column_can_be_mapped_by_hand(qtbot, app, tmp_path):
    roll = tmp_path / "roll.xlsx"
    headers = list(ROSTER_MAPPING)
    headers[0] = "Matr. police"  # no alias knows it
    write_roll(roll, headers)
    wizard = open_wizard(qtbot, app)
    to_mapping(qtbot, wizard, roll)
    page = wizard.mapping_page
    assert mapping_shown(wizard)["Matr. police"] == IGNORE
    assert not page.isComplete()  # the service number is required
    assert page.ui.missing.isVisible()
    choose(wizard, "Matr. police", "service_number")
    assert page.isComplete()
    to_preview(qtbot, wizard)
    assert wizard.preview_page.ui.summary.text().startswith("1 row below the column names")
    press_enter(qtbot, wizard)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=WAIT)
    assert count(app.services.store, Person) == 1


def test_an_empty_file_is_refused_with_its_sentence(qtbot, app, tmp_path, dialogs):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    wizard = open_wizard(qtbot, app)
    type_path(qtbot, wizard, empty)
    page = wizard.file_page
    qtbot.waitUntil(page.ui.problem.isVisible, timeout=WAIT)
    assert "empty.xlsx" in page.ui.problem.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    press_enter(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.FILE
    assert dialogs.calls == []  # no crash dialog, no message box: the sentence is on the page
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_a_repeated_column_name_reads_the_first_column_only(qtbot, app, tmp_path):
    roll = tmp_path / "roll.xlsx"
    headers = [*ROSTER_MAPPING, "Nom"]  # a second "Nom" at the end, K
    write_roll(roll, headers)
    wizard = open_wizard(qtbot, app)
    to_mapping(qtbot, wizard, roll)
    page = wizard.mapping_page
    lines = page.model.lines()
    assert [(line.column, line.repeated) for line in lines if line.header == "Nom"] == [
        (2, False),
        (10, True),
    ]
    repeated = page.ui.columns.indexWidget(page.model.index(10, MappingColumn.FIELD))
    assert not repeated.isEnabled()
    assert page.model.mapping()["Nom"] == "surname"


def test_a_damaged_memory_file_is_ignored(qtbot, app):
    (paths.user_data_dir() / FILE_NAME).write_text("{not json", encoding="utf-8")
    wizard = open_wizard(qtbot, app)
    to_mapping(qtbot, wizard)
    assert mapping_shown(wizard) == ROSTER_MAPPING
    assert not wizard.mapping_page.ui.rememberedNote.isVisible()


def test_browse_opens_where_the_last_workbook_was(qtbot, app, tmp_path, monkeypatch):
    folder = tmp_path / "rolls"
    folder.mkdir()
    roll = folder / "roll.xlsx"
    write_roll(roll, list(ROSTER_MAPPING))
    asked = []
    answers = [(str(roll), ""), ("", "")]  # the file chosen, then the dialog cancelled

    def get_open_file_name(*args):
        asked.append(args)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    wizard = open_wizard(qtbot, app)
    wizard.file_page.ui.browseButton.click()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=WAIT)
    assert wizard.file_page.ui.path.text() == str(roll)
    wizard.reject()

    wizard = open_wizard(qtbot, app)
    qtbot.waitUntil(lambda: app.tasks.is_idle, timeout=WAIT)  # what was remembered is read
    wizard.file_page.ui.browseButton.click()
    assert asked[1][2] == str(folder)
    assert not wizard.file_page.ui.path.text()  # cancelled: nothing chosen, nothing read
