"""GUI fixtures: the one LsaApplication, a database per test, dialogs that never block.

- ``qapp`` (overriding pytest-qt's) is an :class:`LsaApplication`, created once per session as Qt
  allows only one; ``lsa_app`` binds it to each test's own database and settings.
- ``demo_store`` is a copy of the demo mission, built once per session into a template file.
- ``small_store`` is a hand-built mission whose figures are worked out in comments.
- ``dialogs`` (autouse) replaces every blocking dialog call with a recorder, so no test can hang
  on a modal box; the app's own boxes use ``open()`` and are found among the top-level widgets.
- Qt warnings fail the test: pytest-qt's ``qt_log_level_fail = WARNING`` (pyproject), which
  ``_qt_warnings_fail`` makes sure stays set.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from lsa_desktop.app import LsaApplication
from lsa_desktop.domain.enums import (
    DonorType,
    PersonStatus,
    PledgeStatus,
    Priority,
    RequisitionStatus,
    UnitType,
)
from lsa_desktop.services import Services
from lsa_desktop.settings import Settings
from lsa_desktop.store.engine import Store


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> LsaApplication:
    """The session's application; its services are rebound per test by ``lsa_app``."""
    existing = QApplication.instance()
    if existing is not None:
        if not isinstance(existing, LsaApplication):
            pytest.fail(
                "a plain QApplication was created before the GUI tests; they need LsaApplication "
                "(create it through the qapp fixture of tests/gui/conftest.py)"
            )
        return existing
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    unbound = Services(Store("sqlite://"))  # replaced by every test that opens a window
    app = LsaApplication(qapp_args, services=unbound, settings=Settings(), install_excepthook=False)
    _keep_alive.append(app)
    return app


_keep_alive: list[LsaApplication] = []


@pytest.fixture(autouse=True, scope="session")
def _qt_warnings_fail(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.getini("qt_log_level_fail") == "WARNING", (
        "pyproject.toml must keep qt_log_level_fail = WARNING: Qt warnings are test failures"
    )


# --- dialogs that would block ----------------------------------------------------------------------


@dataclass
class DialogRecorder:
    """What the code under test asked of blocking dialogs; set ``save_file`` to answer one."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    save_file: str = ""
    opened_urls: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()

    def record(name: str, answer: Any):
        def fake(*args: Any, **kwargs: Any) -> Any:
            recorder.calls.append((name, args))
            return answer() if callable(answer) else answer

        return fake

    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(record(name, QMessageBox.StandardButton.No))
        )
    monkeypatch.setattr(
        QMessageBox, "exec", record("QMessageBox.exec", QMessageBox.StandardButton.No)
    )
    monkeypatch.setattr(QDialog, "exec", record("QDialog.exec", QDialog.DialogCode.Rejected))
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(record("getSaveFileName", lambda: (recorder.save_file, ""))),
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(record("getOpenFileName", ("", "")))
    )

    def open_url(url: Any) -> bool:
        recorder.opened_urls.append(url.toLocalFile() or url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return recorder


# --- the application bound to a test's database -----------------------------------------------------


@pytest.fixture
def bind_app(qapp: LsaApplication, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``bind_app(store, settings=None)`` points the application at a test's database."""

    def bind(store: Store, settings: Settings | None = None) -> LsaApplication:
        monkeypatch.setattr(qapp, "services", Services(store))
        monkeypatch.setattr(
            qapp, "settings", settings or Settings(first_start_done=True, user_name="Test User")
        )
        return qapp

    yield bind
    # Let every job finish and deliver its result before the database goes away.
    assert qapp.tasks.wait_for_done(30_000)
    qtbot.waitUntil(lambda: qapp.tasks.is_idle, timeout=30_000)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


@pytest.fixture
def lsa_app(bind_app: Any, small_store: Store) -> LsaApplication:
    """The application on the small hand-built mission."""
    return bind_app(small_store)


@pytest.fixture
def main_window(lsa_app: LsaApplication, qtbot: Any):
    """The main window on the small mission, shown, with the Dashboard loaded."""
    from lsa_desktop.views.main_window import MainWindow

    window = MainWindow(lsa_app)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page.loading)
    return window


# --- databases ----------------------------------------------------------------------------------------


def _schema_store(path: Path) -> Store:
    """A Store on a new file holding the current schema and the reference data, as at a first start."""
    from lsa_desktop.store.migrate import open_database
    from lsa_desktop.store.seed import load_reference_data

    store = open_database(f"sqlite:///{path}", backup=False)
    load_reference_data(store)
    return store


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A migrated database with reference data and nothing else: what a new user starts with."""
    store = _schema_store(tmp_path / "empty.sqlite3")
    yield store
    store.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo mission (seed 42), built once per session; tests get copies."""
    from lsa_desktop.progress import run_to_end
    from lsa_desktop.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    store = _schema_store(path)
    try:
        run_to_end(build_demo(store, seed=42))
    finally:
        store.dispose()
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the demo mission (through SQLite's backup API, never a file copy)."""
    path = tmp_path / "demo.sqlite3"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    store = Store(f"sqlite:///{path}")
    yield store
    store.dispose()


@pytest.fixture
def small_store(empty_store: Store) -> Store:
    """Three Kenyan units, one of each band, with a requisition and two donors.

    Readiness is strength alone (no critical equipment is authorised):
      KEN-FPU-1: 10 of 10 active            -> 100 %, green
      KEN-FPU-2:  8 of 10 active (+1 sick)  ->  80 %, amber
      KEN-FPU-3:  5 of 10 active            ->  50 %, red, below its minimum of 8
    """
    from lsa_desktop.store.models import (
        Contingent,
        Donor,
        Person,
        Pledge,
        PledgeLine,
        Requisition,
        RequisitionLine,
        Unit,
    )
    from lsa_desktop.store.seed import reference_id

    with empty_store.write() as s:
        kenya = Contingent(country_code="KE", name="Kenya")
        s.add(kenya)
        s.flush()
        units = []
        for number, active in ((1, 10), (2, 8), (3, 5)):
            unit = Unit(
                code=f"KEN-FPU-{number}",
                name=f"Formed Police Unit {number}",
                unit_type=UnitType.FPU,
                contingent_id=kenya.id,
                authorised_strength=10,
                min_operational_strength=8,
            )
            s.add(unit)
            s.flush()
            units.append(unit)
            s.add_all(
                Person(service_number=f"{number}-{i:03d}", surname=f"Officer{i}", unit_id=unit.id)
                for i in range(active)
            )
        s.add(
            Person(
                service_number="2-SICK",
                surname="Sick",
                unit_id=units[1].id,
                status=PersonStatus.SICK,
            )
        )
        radio = reference_id("equipment_type", "COM-RAD-HH")  # handheld radio, from db/seed
        requisition = Requisition(
            reference="REQ-2025-0001",
            unit_id=units[2].id,
            requested_by="Insp. Wanjiru",
            requested_on=date(2025, 3, 1),
            priority=Priority.URGENT,
            status=RequisitionStatus.SUBMITTED,
            justification="Radios for the third unit's\npatrols.",
        )
        s.add(requisition)
        s.flush()
        s.add(
            RequisitionLine(
                requisition_id=requisition.id,
                equipment_type_id=radio,
                quantity_requested=40,
                unit_cost_usd=850.0,
            )
        )
        canada = Donor(name="Canada", country_code="CA")
        fund = Donor(name="UN Trust Fund", donor_type=DonorType.MULTILATERAL)
        s.add_all([canada, fund])
        s.flush()
        pledge = Pledge(
            reference="PL-CA-1",
            donor_id=canada.id,
            pledged_on=date(2025, 3, 5),
            status=PledgeStatus.PLEDGED,
        )
        s.add(pledge)
        s.flush()
        s.add(
            PledgeLine(
                pledge_id=pledge.id,
                unit_id=units[2].id,
                equipment_type_id=radio,
                quantity=40,
                unit_value_usd=850.0,
            )
        )
    return empty_store
