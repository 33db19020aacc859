"""Message boxes opened without a nested event loop (``open()``, never ``exec()``).

A box that blocks inside ``exec()`` lets timers and queued job results run underneath it, in the
middle of whatever code opened it; ``open()`` returns at once and the box deletes itself when
closed.
"""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from lsa_desktop import APP_NAME, __version__

#: Boxes without a parent widget, kept alive here while open (a parent would own them otherwise).
_open_boxes: set[QMessageBox] = set()


def _open(box: QMessageBox) -> QMessageBox:
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name with "<" in it is not markup
    if box.parent() is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def show_user_error(message: str, parent: QWidget | None = None) -> QMessageBox:
    """A problem the person can fix, told as the sentence the error carries."""
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, ok, parent)
    return _open(box)


def show_information(title: str, message: str, parent: QWidget | None = None) -> QMessageBox:
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Information, title, message, ok, parent)
    return _open(box)


def show_about(database: str, parent: QWidget | None = None) -> QMessageBox:
    tr = QCoreApplication.translate
    text = tr(
        "messages",
        "{name} {version}\n\n"
        "Personnel, vehicles, equipment, readiness, requisitions and donors for the logistics "
        "officers of a multinational police support mission. Works offline.\n\n"
        "Database: {database}\n"
        "Python {python}, Qt {qt}, PySide6 {pyside}",
    ).format(
        name=APP_NAME,
        version=__version__,
        database=database,
        python=platform.python_version(),
        qt=qVersion(),
        pyside=PySide6.__version__,
    )
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        tr("messages", "About {name}").format(name=APP_NAME),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setIconPixmap(box.windowIcon().pixmap(64, 64))
    return _open(box)
