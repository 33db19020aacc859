"""The layering rule: the core knows no Qt, the views know no SQL.

Every module is parsed (not imported), so an import inside a function is caught as surely as one
at the top, and a module that would fail to import is still checked.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "lsa_desktop"
CORE = ("domain", "store", "services", "excel")
QT = ("PySide6", "shiboken6", "pyqtgraph")
SQL = ("sqlmodel", "sqlalchemy", "alembic", "sqlite3")


def imported_modules(source: str) -> list[tuple[int, str]]:
    """Every module an import statement names, anywhere in the file, with its line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def violations(folder: Path, forbidden: tuple[str, ...], skip: tuple[str, ...] = ()) -> list[str]:
    problems = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(folder)
        if any(part in skip for part in relative.parts):
            continue
        for line, module in imported_modules(path.read_text(encoding="utf-8")):
            if module.split(".")[0] in forbidden:
                problems.append(f"{folder.name}/{relative}:{line} imports {module}")
    return problems


@pytest.mark.parametrize("layer", CORE)
def test_core_layers_never_import_qt(layer):
    assert violations(PACKAGE / layer, QT) == []


def test_views_never_import_sql():
    # The generated forms only import PySide6; they are skipped as the rule says, nothing more.
    assert violations(PACKAGE / "views", SQL, skip=("forms",)) == []


def test_reports_never_import_sql():
    assert violations(PACKAGE / "reports", SQL) == []


def test_reports_build_documents_without_qt():
    # Documents are HTML built from service rows; only the modules that paint pages know Qt.
    assert (
        violations(
            PACKAGE / "reports", QT, skip=("printing.py", "print_dialogs.py", "pagination.py")
        )
        == []
    )


def test_the_checker_sees_imports_inside_functions():
    source = (
        "import os\n"
        "def f():\n"
        "    from PySide6.QtCore import QObject\n"
        "    import sqlalchemy.orm\n"
        "    importlib.import_module('pyqtgraph')\n"
        "from . import sibling\n"
    )
    assert imported_modules(source) == [
        (1, "os"),
        (3, "PySide6.QtCore"),
        (4, "sqlalchemy.orm"),
        (5, "pyqtgraph"),
    ]


def test_the_checker_reports_a_violation(tmp_path):
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "bad.py").write_text("def f():\n    import PySide6\n", encoding="utf-8")
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "skipped.py").write_text("import PySide6\n", encoding="utf-8")
    assert violations(tmp_path, QT, skip=("forms",)) == [
        f"{tmp_path.name}/nested/bad.py:2 imports PySide6"
    ]
