"""Keeps today's readiness snapshot while the window is open, so that trends exist.

Readiness history is one snapshot per day (``ReadinessService.refresh_today_snapshot``: written
when today has none, rewritten when the figures it holds have changed since). The keeper asks for
it at the right moments, on the task runner's writer, never on the GUI thread:

- once at start, shortly after the window is first painted (the Dashboard reads first);
- a few seconds after data changes, once for a burst of changes (recording a rotation of 40
  officers is one refresh, not 40);
- when the day turns while the window stays open (checked hourly, against the clock: a laptop
  that slept through midnight catches up when it wakes).

The keeper's own write is not announced (``dataChanged`` would make the page on screen read
everything again for a change it does not show). It ignores the ``dataChanged`` that arrive while
its job is queued or running, which is safe because the writer runs jobs in order (any write
announced in that time ran before the keeper's, and the snapshot counts it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from lsa_desktop.errors import UserError

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.tasks import Task

log = logging.getLogger(__name__)

#: After the first paint, before the first check: the Dashboard's own reading goes first.
START_DELAY_MS = 2_000
#: After the last change of a burst.
CHANGE_DELAY_MS = 5_000
#: How often the keeper looks whether the day has turned.
DAY_CHECK_MS = 60 * 60 * 1_000


class SnapshotKeeper(QObject):
    """Kept by ``window`` (the main window), whose life it shares: a check that ends after the
    window has gone reports nothing. ``checked(wrote)`` after each check: whether today's
    snapshot was (re)written."""

    checked = Signal(bool)

    def __init__(
        self,
        app: LsaApplication,
        window: QWidget,
        *,
        start_delay_ms: int = START_DELAY_MS,
        change_delay_ms: int = CHANGE_DELAY_MS,
        day_check_ms: int = DAY_CHECK_MS,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._today = today
        self._start_delay_ms = start_delay_ms
        self._change_delay_ms = change_delay_ms
        self._task: Task | None = None
        self._checked_on: date | None = None
        self._started = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.check_now)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(day_check_ms)
        self._day_timer.timeout.connect(self._day_turned)

    @property
    def started(self) -> bool:
        """True from :meth:`start` to :meth:`stop`: the keeper checks when it should."""
        return self._started

    @property
    def busy(self) -> bool:
        """True while a check is queued or running on the writer."""
        return self._task is not None

    def start(self) -> None:
        """Check soon, then after every burst of changes and when the day turns (until
        :meth:`stop`; starting again while started does nothing)."""
        if self._started:
            return
        self._started = True
        self._app.dataChanged.connect(self._data_changed)
        self._debounce.start(self._start_delay_ms)
        self._day_timer.start()

    def stop(self) -> None:
        """No check from now on (the window is closing); one under way finishes."""
        if self._started:
            self._started = False
            self._app.dataChanged.disconnect(self._data_changed)
        self._debounce.stop()
        self._day_timer.stop()

    @Slot()
    def check_now(self) -> None:
        """Ask for today's snapshot now (a check already under way covers this one)."""
        self._debounce.stop()
        if self._task is not None:
            return
        self._checked_on = self._today()
        readiness = self._app.services.readiness
        self._task = self._app.tasks.run(
            readiness.refresh_today_snapshot,
            write=True,
            label=self.tr("Recording today's readiness…"),
            parent=self._window,
            show_progress=False,
            announce=False,  # the snapshot changes no figure a page shows
            on_success=self._done,
            on_failure=self._failed,
        )
        self._task.finished.connect(self._finished)

    @Slot()
    def _data_changed(self) -> None:
        if self._task is None:  # else: announced by or before the keeper's own write (see above)
            self._debounce.start(self._change_delay_ms)

    @Slot()
    def _day_turned(self) -> None:
        if self._checked_on != self._today():
            self.check_now()

    def _done(self, wrote: object) -> None:
        if wrote:
            log.info("today's readiness snapshot recorded")
        self.checked.emit(bool(wrote))

    def _failed(self, error: BaseException) -> None:
        """A refused write (a read-only or full disk, a database locked by another program) is
        logged, not put to the person: the keeper works in the background, nobody asked, and
        the next change tries again. Anything else is a bug and reported as one."""
        if isinstance(error, UserError):
            log.warning("today's readiness snapshot not recorded: %s", error)
        else:
            self._app.report_error(error)

    @Slot()
    def _finished(self) -> None:
        self._task = None
