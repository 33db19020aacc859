"""The hook both start scripts share: report the first Paint event of the main window.

It prints one line, ``painted <monotonic seconds> <VmRSS kB>``, the moment the window receives its
first ``QEvent.Paint`` (seen by an event filter, before the window paints), then quits the event
loop. The parent process measures the wall time from its ``Popen`` to that line; the monotonic
clock is system-wide on Linux, so the time printed also lets it check its own reading.

This file is imported by fresh interpreters started by ``test_cold_start.py``; it imports only
PySide6's core and the standard library, which both scripts load anyway.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

PAINTED = "painted"


def resident_kb() -> int:
    """This process's resident set size (``VmRSS`` of ``/proc/self/status``), in kB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


class FirstPaint(QObject):
    """Installed on a main window: prints the ``painted`` line at its first Paint, then quits."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            sys.stdout.write(f"{PAINTED} {time.monotonic():.6f} {resident_kb()}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QCoreApplication.quit)
        return False
