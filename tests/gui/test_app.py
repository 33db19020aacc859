"""The application object: its identity, translations and the data-changed signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from lsa_desktop import APP_NAME, ORG_NAME, __version__
from lsa_desktop.app import load_translators


def test_names_itself_and_has_an_icon(lsa_app):
    assert lsa_app.organizationName() == ORG_NAME
    assert lsa_app.applicationVersion() == __version__
    assert not lsa_app.windowIcon().isNull()
    assert APP_NAME == "LSA Desktop"


def test_french_loads_qts_translation_and_a_missing_app_file_is_no_error(tmp_path, monkeypatch):
    from lsa_desktop import paths

    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)  # no lsa_fr.qm there
    translators = load_translators("fr")
    assert [Path(t.filePath()).name for t in translators] == ["qtbase_fr.qm"]
    QCoreApplication.installTranslator(translators[0])
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        QCoreApplication.removeTranslator(translators[0])


def test_the_apps_own_translation_is_loaded_when_present(tmp_path, monkeypatch):
    from lsa_desktop import paths

    source = tmp_path / "translations" / "lsa_fr.ts"
    source.parent.mkdir()
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>MainWindow</name><message><source>Donors</source>"
        "<translation>Donateurs</translation></message></context></TS>",
        encoding="utf-8",
    )
    _lrelease(source)
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    translators = load_translators("fr")
    assert any(t.translate("MainWindow", "Donors") == "Donateurs" for t in translators)


def _lrelease(ts):
    import subprocess
    import sys

    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(tool), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True
    )


def test_data_changed_follows_a_write_job(qtbot, lsa_app):
    with qtbot.waitSignal(lsa_app.dataChanged, timeout=10_000):
        lsa_app.tasks.run(lambda: None, write=True)
