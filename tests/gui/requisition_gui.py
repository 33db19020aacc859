"""What the GUI tests of requisitions share: requisitions made through the service as the app makes
them, the form opened as a person opens it, and the gestures of a person at the keyboard.

The mission is the small hand-built one (``small_store``): three Kenyan units, and REQ-2025-0001
(KEN-FPU-3, 40 handheld radios at USD 850, submitted by Insp. Wanjiru). The app's user is
"Test User" (``bind_app``), who is the requester of what the form creates.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select

from lsa_desktop.domain.enums import Decision, Priority
from lsa_desktop.domain.requisition_rules import RequisitionInput, RequisitionLineInput
from lsa_desktop.store.models import Unit
from lsa_desktop.store.seed import reference_id
from lsa_desktop.views.dialogs.requisition_dialog import (
    RequisitionDialog,
    new_requisition,
    open_requisition,
)

WAIT = 10_000
#: What the headless test platform says when the list of matching types pops up (it cannot raise
#: a window nor grab the keyboard); not the app's warnings.
HEADLESS_POPUP_MESSAGES = r"This plugin does not support (raise\(\)|grabbing the keyboard)"
USER = "Test User"
RADIO, NVG, HELMET = "COM-RAD-HH", "OBS-NVG", "PPE-HELM"


def unit_id(app, code: str) -> uuid.UUID:
    with app.services.store.read() as s:
        return s.execute(select(Unit.id).where(Unit.code == code)).scalar_one()


def draft(
    app,
    *,
    unit: str = "KEN-FPU-1",
    lines: Sequence[tuple[str, int, float]] = ((RADIO, 12, 850.0), (NVG, 4, 4500.0)),
    requested_by: str = USER,
    priority: Priority = Priority.URGENT,
    justification: str = "Patrols at night without radios.",
):
    """A draft saved through the service."""
    return app.services.requisitions.create(
        RequisitionInput(
            unit_id=unit_id(app, unit),
            requested_by=requested_by,
            requested_on=date.today(),
            required_by=None,
            priority=priority,
            justification=justification,
            operational_impact="Night patrols suspended.",
            lines=tuple(
                RequisitionLineInput(reference_id("equipment_type", code), quantity, cost)
                for code, quantity, cost in lines
            ),
        )
    )


def submitted(app, **values):
    detail = draft(app, **values)
    return app.services.requisitions.submit(detail.id)


def approve(app, detail, quantities: dict[str, int] | None = None, approver: str = "Supt. Kamau"):
    """An approval by ``approver``, with the quantities given per type code (others as asked)."""
    by_code = {line.type_code: line.id for line in detail.lines}
    return app.services.requisitions.decide(
        detail.id,
        Decision.APPROVED,
        approver,
        role="Chief Logistics Officer",
        approved_quantities={by_code[code]: n for code, n in (quantities or {}).items()},
    )


def returned(app, **values):
    detail = submitted(app, **values)
    return app.services.requisitions.decide(
        detail.id, Decision.RETURNED, "Supt. Kamau", comment="Split the radios by section."
    )


def host(qtbot) -> QWidget:
    """A window for the forms to open over, as the page they are opened from."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def open_form(qtbot, app, parent: QWidget, requisition_id: uuid.UUID | None = None):
    """Open the form (a new requisition when no id) and wait until it shows."""
    opened: list[RequisitionDialog] = []
    if requisition_id is None:
        new_requisition(app, parent, opened=opened.append)
    else:
        open_requisition(app, requisition_id, parent, opened=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    dialog = opened[0]
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


# --- gestures --------------------------------------------------------------------------------------


def type_keys(text: str) -> None:
    """Type as a keyboard does: each key goes to whichever widget has the focus at that moment
    (the first key typed on a cell opens its editor, the next ones go into the editor)."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is; then the event loop turns, as it does between two
    keystrokes of a person (Enter commits a cell's edit through a queued call)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()


def regain_focus(qtbot, dialog) -> None:
    """The form active again once the list of matching types has closed. A window manager gives
    the focus back by itself; the headless test platform gives it to the list and drops it when
    the list goes, so the test gives it back, as ``fleet_gui.back_to`` does for closed forms."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)


def pick_type(qtbot, dialog, text: str) -> None:
    """Type part of a type's name or code in the equipment cell being edited (or selected), then
    Tab on to the quantity."""
    type_keys(text)
    press(qtbot, Qt.Key.Key_Tab)
    regain_focus(qtbot, dialog)


def click_cell(qtbot, table, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
