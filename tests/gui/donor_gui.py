"""Driving the Donors page and its forms as a person does, for the donor, pledge and delivery GUI
tests: the page on screen and active, cells chosen and typed into with the keyboard, rows read
back as shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QTableView, QWidget
from sqlmodel import select

from lsa_desktop.store.models import Donor, Pledge
from lsa_desktop.views.pages.donor_columns import DonorColumn, PledgeColumn
from lsa_desktop.views.pages.donors_page import DonorsPage

WAIT = 10_000
USER = "Sgt Otieno"


def active(qtbot, window: QWidget) -> QWidget:
    """Wait until ``window`` is the active window: keys then go to it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    return window


def open_page(qtbot, app) -> DonorsPage:
    """The Donors page, shown, active and read; refreshed after every write as the main window
    does."""
    app.services.store.user = USER
    page = DonorsPage(app)
    # The application outlives the test: the page stops listening to it before it is deleted.
    qtbot.addWidget(page, before_close_func=lambda p: app.dataChanged.disconnect(p.refresh))
    page.resize(1400, 800)
    app.dataChanged.connect(page.refresh)
    page.show()
    active(qtbot, page)
    qtbot.waitUntil(lambda: page.counts() is not None and not page.loading, timeout=WAIT)
    return page


def shown(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def donor_index(page: DonorsPage, name: str, column: int = DonorColumn.NAME) -> QModelIndex:
    proxy = page.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    return proxy.index(row, column)


def donor_cell(page: DonorsPage, name: str, column: int) -> str:
    return donor_index(page, name, column).data()


def click(qtbot, table: QTableView, index: QModelIndex) -> None:
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def select_donor(qtbot, page: DonorsPage, name: str) -> None:
    """Click the donor's name; wait for its pledges."""
    click(qtbot, page.ui.table, donor_index(page, name))
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert page.selected_donor() is not None and page.selected_donor().name == name


def select_pledge(qtbot, page: DonorsPage, reference: str) -> None:
    """Click the pledge (once the page has read the last change); wait until what it allows has
    been read (the actions follow it)."""
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    active(qtbot, page)  # back from a form or a question
    table = page.ui.pledgesTable
    model = table.model()
    qtbot.waitUntil(
        lambda: any(
            model.index(r, PledgeColumn.REFERENCE).data() == reference
            for r in range(model.rowCount())
        ),
        timeout=WAIT,
    )
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, PledgeColumn.REFERENCE).data() == reference
    )
    click(qtbot, table, model.index(row, PledgeColumn.REFERENCE))
    table.setFocus()
    qtbot.waitUntil(lambda: not page.pledge_actions.loading, timeout=WAIT)


def opened(qtbot, page: DonorsPage, kind: type) -> QWidget:
    """The form the page opened last, once it is visible and has read what it shows."""
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible(), timeout=WAIT)
    dialog = page.dialog
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return active(qtbot, dialog)


def type_keys(text: str) -> None:
    """Type as a keyboard does: each key goes to the widget that has the focus at that moment
    (the first key typed on a cell opens its editor, the next ones go into the editor)."""
    for char in text:
        widget = QApplication.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on whatever has the focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus: is the window active?"
    qtbot.keyClick(widget, key, modifier)


def go_to_cell(qtbot, table: QTableView, row: int, column: int) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.waitUntil(lambda: table.state() == QTableView.State.NoState)


def type_in_cell(qtbot, table: QTableView, row: int, column: int, text: str) -> None:
    """Go to the cell, type ``text`` (the first key opens the editor) and commit with Enter."""
    go_to_cell(qtbot, table, row, column)
    type_keys(text)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QTableView.State.NoState)


def choose_in_cell(qtbot, table: QTableView, row: int, column: int, text: str) -> None:
    """Go to the cell, open its list with F2, choose the entry starting with ``text`` with the
    arrow keys, and commit with Enter."""
    go_to_cell(qtbot, table, row, column)
    press(qtbot, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox), combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    target = next((i for i, item in enumerate(offered) if item.startswith(text)), None)
    assert target is not None, f"{text!r} not offered: {offered}"
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QTableView.State.NoState)


def pledge(store, reference: str) -> Pledge:
    with store.read() as session:
        return session.exec(select(Pledge).where(Pledge.reference == reference)).one()


def donor_id(store, name: str):
    with store.read() as session:
        return session.exec(select(Donor).where(Donor.name == name)).one().id


def this_year_reference(number: int) -> str:
    return f"PLG-{date.today().year}-{number:04d}"
