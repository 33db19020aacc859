"""The app side of the cold-start benchmark: ``lsa-desktop --db X --data-dir D``, plus a paint hook.

Started by ``test_cold_start.py`` as ``python start_app.py --db X --data-dir D`` with the same
interpreter and ``QT_QPA_PLATFORM`` as ``start_bare.py``. It runs the command line's own entry
point (:func:`lsa_desktop.cli.main`: settings, log, then :func:`lsa_desktop.gui.run_window` with the
instance lock, ``open_database``, the reference data, ``LsaApplication`` and ``MainWindow`` on
the Dashboard). The only addition is :class:`paint_probe.FirstPaint` on the main window, installed
when ``MainWindow.show`` is first called, so nothing is imported earlier or in another order than
a person's start does.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from types import ModuleType

WINDOW_MODULE = "lsa_desktop.views.main_window"


def _hook_show(module: ModuleType) -> None:
    """Make ``MainWindow.show`` install the paint probe before it shows the window."""
    window_class = module.MainWindow
    show = window_class.show

    def show_with_probe(window):  # type: ignore[no-untyped-def]
        from paint_probe import FirstPaint

        FirstPaint(window)
        return show(window)

    window_class.show = show_with_probe


class _AfterImport(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Runs :func:`_hook_show` right after the main window's module is imported, by the app."""

    def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
        if name != WINDOW_MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None:
            return None
        self._loader = spec.loader
        spec.loader = self
        return spec

    def create_module(self, spec):  # type: ignore[no-untyped-def]
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        _hook_show(module)


def main() -> int:
    sys.meta_path.insert(0, _AfterImport())
    from lsa_desktop.cli import main as lsa_desktop

    return lsa_desktop(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
