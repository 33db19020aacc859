"""The yardstick of the cold-start benchmark: a bare PySide6 window holding an empty table view.

Started by ``test_cold_start.py`` as ``python start_bare.py`` with the same interpreter and
``QT_QPA_PLATFORM`` as ``start_app.py``; prints the ``painted`` line of :mod:`paint_probe`.
"""

from __future__ import annotations

import sys

from paint_probe import FirstPaint
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.resize(1280, 800)
    FirstPaint(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
