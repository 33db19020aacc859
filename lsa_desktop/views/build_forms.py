"""Compile the Designer forms: ``ui/*.ui`` -> ``lsa_desktop/views/forms/ui_<stem>.py``.

Run it with ``make ui`` (``python -m lsa_desktop.views.build_forms``). The forms are compiled ahead
of time and committed, because PySide6's run-time loader needs the ``pyside6-uic`` program, which a
frozen build does not have. ``--check`` compiles into memory and lists forms that are stale, missing
or orphaned (a ``ui_*.py`` whose ``.ui`` is gone), exiting 1 if there is any; the test suite runs it.

The output is made deterministic: uic's banner (which names the Qt version and the path it was
given) is replaced by one fixed header line, and line endings are normalised to ``\\n``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"
_HEADER = "# Generated from ui/{name} by `make ui`; do not edit.\n"
_BANNER_RULE = "#" * 80


def uic_command() -> list[str]:
    """The command that runs uic for Python: ``pyside6-uic`` beside the interpreter, else PySide6's own."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = bindir / name
        if candidate.is_file():
            return [os.fspath(candidate)]
    import PySide6

    pyside = Path(PySide6.__file__).resolve().parent
    for exe in (pyside / "Qt" / "libexec" / "uic", pyside / "uic.exe", pyside / "uic"):
        if exe.is_file():
            return [os.fspath(exe), "-g", "python"]
    raise FileNotFoundError("pyside6-uic was not found beside Python nor inside PySide6")


def form_path(ui_file: Path, forms_dir: Path = FORMS_DIR) -> Path:
    return forms_dir / f"ui_{ui_file.stem}.py"


def normalise(ui_name: str, generated: str) -> str:
    """Replace uic's banner (coding line and the ``####`` block) with our header."""
    lines = generated.replace("\r\n", "\n").split("\n")
    start = 0
    if lines and lines[0].startswith("# -*- coding"):
        start = 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start < len(lines) and lines[start] == _BANNER_RULE:
        end = lines.index(_BANNER_RULE, start + 1)
        start = end + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    body = "\n".join(lines[start:]).rstrip("\n") + "\n"
    return _HEADER.format(name=ui_name) + "\n" + body


def compile_form(ui_file: Path) -> str:
    """The normalised Python source for one ``.ui`` file."""
    result = subprocess.run(
        [*uic_command(), os.fspath(ui_file)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"uic failed on {ui_file.name}: {result.stderr.strip()}")
    return normalise(ui_file.name, result.stdout)


@dataclass(frozen=True)
class Problem:
    kind: str  # "stale", "missing" or "orphaned"
    path: Path

    def __str__(self) -> str:
        return f"{self.kind}: {self.path.name}"


def check(ui_dir: Path = UI_DIR, forms_dir: Path = FORMS_DIR) -> list[Problem]:
    """Every form that does not match what its ``.ui`` compiles to, or has no ``.ui``."""
    problems: list[Problem] = []
    for ui_file in sorted(ui_dir.glob("*.ui")):
        target = form_path(ui_file, forms_dir)
        if not target.is_file():
            problems.append(Problem("missing", target))
        elif target.read_text(encoding="utf-8") != compile_form(ui_file):
            problems.append(Problem("stale", target))
    problems.extend(Problem("orphaned", path) for path in _orphans(ui_dir, forms_dir))
    return problems


def _orphans(ui_dir: Path, forms_dir: Path) -> list[Path]:
    expected = {form_path(ui_file, forms_dir) for ui_file in ui_dir.glob("*.ui")}
    return [path for path in sorted(forms_dir.glob("ui_*.py")) if path not in expected]


def build(ui_dir: Path = UI_DIR, forms_dir: Path = FORMS_DIR) -> list[Path]:
    """Compile every ``.ui``, delete orphaned forms; returns the files written or removed."""
    changed: list[Path] = []
    for ui_file in sorted(ui_dir.glob("*.ui")):
        target = form_path(ui_file, forms_dir)
        source = compile_form(ui_file)
        if not target.is_file() or target.read_text(encoding="utf-8") != source:
            target.write_text(source, encoding="utf-8", newline="\n")
            changed.append(target)
    for orphan in _orphans(ui_dir, forms_dir):
        orphan.unlink()
        changed.append(orphan)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m lsa_desktop.views.build_forms", description=__doc__
    )
    parser.add_argument("--check", action="store_true", help="list stale forms; change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run `make ui` to regenerate the forms", file=sys.stderr)
        return 1 if problems else 0
    for path in build():
        print(f"{'removed' if not path.exists() else 'wrote'} {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
