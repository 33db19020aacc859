"""The compiled forms in lsa_desktop/views/forms/ match ui/*.ui (`make ui` regenerates them)."""

from __future__ import annotations

import shutil

from lsa_desktop.views import build_forms


def test_every_form_is_compiled_from_its_ui_file():
    problems = build_forms.check()
    assert not problems, "stale forms, run `make ui`: " + ", ".join(map(str, problems))


def test_the_check_finds_stale_missing_and_orphaned_forms(tmp_path):
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    ui_dir.mkdir()
    forms_dir.mkdir()
    for name in ("crash_dialog.ui", "progress_dialog.ui", "first_start_dialog.ui"):
        shutil.copy(build_forms.UI_DIR / name, ui_dir / name)
    assert build_forms.build(ui_dir, forms_dir)  # wrote three forms
    assert build_forms.check(ui_dir, forms_dir) == []

    stale = forms_dir / "ui_crash_dialog.py"
    stale.write_text(
        stale.read_text(encoding="utf-8").replace("Copy details", "Copy"), encoding="utf-8"
    )
    (forms_dir / "ui_progress_dialog.py").unlink()
    (forms_dir / "ui_gone.py").write_text("# left behind\n", encoding="utf-8")

    assert sorted(map(str, build_forms.check(ui_dir, forms_dir))) == [
        "missing: ui_progress_dialog.py",
        "orphaned: ui_gone.py",
        "stale: ui_crash_dialog.py",
    ]
    build_forms.build(ui_dir, forms_dir)
    assert build_forms.check(ui_dir, forms_dir) == []
    assert not (forms_dir / "ui_gone.py").exists()


def test_forms_carry_the_header_and_no_machine_details():
    source = build_forms.compile_form(build_forms.UI_DIR / "main_window.ui")
    assert source.startswith("# Generated from ui/main_window.ui by `make ui`; do not edit.\n")
    assert "Qt User Interface Compiler version" not in source
    assert str(build_forms.ROOT) not in source
    assert "\r" not in source
