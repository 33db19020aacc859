"""What the GUI tests of the fleet's forms share: a small mission with armour, and the gestures
of a person at the keyboard (typing any text key by key, choosing from a list, pressing Enter).

The mission is the small hand-built one (``small_store``: KEN-FPU-1 at full strength) plus what
makes armour count: KEN-FPU-1 is authorised 2 MRAPs (a critical category) and holds GKB 101A and
GKB 102A in service, so its readiness is 100 % and falls to 50 % when one MRAP stops working.
KEN-FPU-3 holds GKB 103A, written off.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from sqlmodel import func, select

from lsa_desktop.domain.enums import AssetStatus
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import Asset, AuditEntry, Authorisation, Unit
from lsa_desktop.store.seed import reference_id

USER = "Sgt J. Otieno"


@dataclass(frozen=True)
class Armour:
    fpu1: uuid.UUID
    fpu2: uuid.UUID
    mrap_type: uuid.UUID
    mrap_a: uuid.UUID  # GKB 101A, KEN-FPU-1
    mrap_b: uuid.UUID  # GKB 102A, KEN-FPU-1
    written_off: uuid.UUID  # GKB 103A, KEN-FPU-3


def add_armour(store: Store) -> Armour:
    store.user = USER
    mrap = reference_id("equipment_type", "VEH-MRAP")
    with store.write() as s:
        units = {u.code: u.id for u in s.execute(select(Unit)).scalars()}
        s.add(Authorisation(unit_id=units["KEN-FPU-1"], equipment_type_id=mrap, quantity=2))
        vehicles = [
            Asset(
                tag=f"VEH-MRAP-00000{n}",
                registration=f"GKB 10{n}A",
                equipment_type_id=mrap,
                unit_id=units[unit],
                make="Navistar Defense",
                model="MaxxPro Dash",
                status=status,
                odometer_km=43_652,
                next_service_km=48_000,
                next_service_date=date(2099, 1, 1),
            )
            for n, unit, status in (
                (1, "KEN-FPU-1", AssetStatus.IN_SERVICE),
                (2, "KEN-FPU-1", AssetStatus.IN_SERVICE),
                (3, "KEN-FPU-3", AssetStatus.WRITTEN_OFF),
            )
        ]
        s.add_all(vehicles)
        s.flush()
        return Armour(
            units["KEN-FPU-1"],
            units["KEN-FPU-2"],
            mrap,
            vehicles[0].id,
            vehicles[1].id,
            vehicles[2].id,
        )


def readiness_of(services, unit_code: str) -> tuple[int, int, float | None]:
    """(armour on hand, armour serviceable, unit readiness) as the Dashboard would show them."""
    unit = next(u for u in services.readiness.report().units if u.code == unit_code)
    armour = next((c for c in unit.categories if c.code == "ARMD"), None)
    if armour is None:
        return 0, 0, unit.readiness_pct
    return armour.on_hand, armour.serviceable, unit.readiness_pct


def audit_count(store: Store) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


# --- gestures ------------------------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (``keyClicks`` only takes ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Select what a field holds and type over it, then leave the field (Tab), as a person would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)
    leave(widget)


def leave(widget: QWidget) -> None:
    """Leave a field: what a line edit does when focus moves on (``editingFinished``)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        )
    signal = getattr(widget, "editingFinished", None)
    if signal is not None:
        signal.emit()


def pick(combo: QComboBox, text: str) -> None:
    """Choose the entry of a combo box whose text starts with ``text``, as from its list."""
    for index in range(combo.count()):
        if combo.itemText(index).startswith(text):
            combo.setCurrentIndex(index)
            return
    offered = [combo.itemText(i) for i in range(combo.count())]
    raise AssertionError(f"{text!r} is not offered: {offered}")


def back_to(qtbot, window: QWidget) -> None:
    """The window active again once a form over it has closed (the window manager's job on a
    desktop; the headless platform leaves it to the test)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press_enter(qtbot, dialog: QDialog, field: QWidget | None = None) -> None:
    """Enter in a field of the form (the one with the focus unless told): Save, the default
    button. (In a notes box Enter starts a new line, as it should: press it elsewhere.)"""
    target = field or dialog.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return)


def save(qtbot, dialog: QDialog, field: QWidget | None = None) -> object:
    """Press Enter and wait until the form has saved; what the service returned."""
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press_enter(qtbot, dialog, field)
    return saved.args[0]


def refused(qtbot, dialog: QDialog) -> None:
    """Press Enter on a form that must not save: wait for its write job, if any, to end."""
    app = QApplication.instance()
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: app.tasks.is_idle, timeout=10_000)
    assert dialog.isVisible(), "the form closed: it saved"
