"""Reading a page's data off the GUI thread, one read at a time per page.

A page asks its :class:`PageLoader` to ``load()`` whenever it should show fresh data (first shown,
``dataChanged``, F5). The read runs through the task runner; if more requests arrive while one is
in flight, one more read follows it, so a burst of changes costs two reads, not a queue of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from lsa_desktop.tasks import TaskRunner


class PageLoader(QObject):
    loaded = Signal(object)  # what ``fetch`` returned
    busyChanged = Signal(bool)

    def __init__(self, tasks: TaskRunner, fetch: Callable[[], Any], page: QWidget) -> None:
        super().__init__(page)
        self._tasks = tasks
        self._fetch = fetch
        self._page = page
        self._busy = False
        self._again = False

    @property
    def busy(self) -> bool:
        return self._busy

    def load(self) -> None:
        if self._busy:
            self._again = True
            return
        self._set_busy(True)
        task = self._tasks.run(
            self._fetch, parent=self._page, on_success=self.loaded.emit, show_progress=False
        )
        task.finished.connect(self._finished)

    def _finished(self) -> None:
        self._set_busy(False)
        if self._again:
            self._again = False
            self.load()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)
