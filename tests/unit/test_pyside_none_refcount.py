"""Guard against PySide6 6.12.0's lost reference to ``None`` (see pyproject's pin to 6.11.x).

On Python 3.11, PySide6 6.12.0 drops one reference to ``None`` on every Qt call that returns
nothing; after enough calls the count reaches zero and the process aborts with "Fatal Python error:
none_dealloc". 100,000 such calls lose 100,000 references there and none on 6.11.3. No
QApplication is needed: these calls work on plain QObjects.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

CALLS = 100_000


def test_qt_calls_returning_nothing_keep_none_alive():
    obj = QObject()
    timer = QTimer()
    before = sys.getrefcount(None)
    for i in range(CALLS // 2):
        obj.setObjectName("a" if i % 2 else "b")  # returns None
        timer.setInterval(i % 1000)  # returns None
    after = sys.getrefcount(None)
    # Other code may take or drop a few references meanwhile; the bug loses one per call.
    assert after >= before - 100, f"None lost {before - after} references over {CALLS} Qt calls"
