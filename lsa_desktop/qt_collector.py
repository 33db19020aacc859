"""Python's cycle collector run on the GUI thread only, on a timer.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is
crossed: often a task runner's worker reading the database. If the garbage it finds holds Qt
objects (a chart's pyqtgraph items form reference cycles; a page closed a moment ago leaves
them), they are destroyed in that worker thread, which Qt does not allow: the process crashed or
hung, at random, a few tests after the Dashboard's. The application turns automatic collection
off and collects, generation by generation as the thresholds say, from a timer on the GUI
thread (the pattern of pyqtgraph's own ``util.garbage_collector``, not imported here so that
the window's start-up does not load pyqtgraph). Reference counting still frees everything
else at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                return
            gc.collect(generation)
