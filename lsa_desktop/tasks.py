"""The one helper for every user action: run a job off the GUI thread and report back on it.

A job is a plain function, or a function returning a generator that yields
:class:`~lsa_desktop.progress.Progress` (see :mod:`lsa_desktop.progress`). :meth:`TaskRunner.run`
starts it on a worker thread and, on the GUI thread:

- turns the cursor busy if the job lasts over 300 ms, so quick actions never flicker;
- shows a progress dialog if it lasts over 600 ms (with Cancel when the job is a generator,
  which is closed at its next ``yield``, so its ``with`` blocks roll back what was unfinished);
- delivers the result to ``on_success``, or the exception to ``on_failure``; by default a
  :class:`~lsa_desktop.errors.UserError` is shown as a sentence and anything else as a bug, through
  the ``report_error`` function the application gives (the crash dialog);
- after a write job, emits ``dataChanged``, which every page listens to.

Reads run in parallel on a pool of their own; writes go one at a time, in the order they were
asked for, on a single-thread pool (the "one ordered writer" of anki's ``taskman``), so that two
actions never race for SQLite's write lock.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable, Generator
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from lsa_desktop.errors import Cancelled
from lsa_desktop.progress import Progress

log = logging.getLogger(__name__)

BUSY_CURSOR_DELAY_MS = 300
PROGRESS_DIALOG_DELAY_MS = 600
#: Progress is passed to the GUI thread at most this often; a job may yield far more often.
_PROGRESS_INTERVAL_S = 0.05

ErrorReporter = Callable[[BaseException, QWidget | None], None]


class Task(QObject):
    """One job as the GUI thread sees it. Its signals are emitted on the GUI thread."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # what the job returned
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    finished = Signal()  # after any one of the three above

    def __init__(self, label: str, write: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.label = label
        self.write = write
        #: Whether ``dataChanged`` follows the job (a write, unless asked not to).
        self.announce = write
        self.is_generator = False
        self.last_progress: Progress | None = None
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next ``yield`` (a plain function runs to its end)."""
        self.cancel_event.set()

    @property
    def cancel_requested(self) -> bool:
        return self.cancel_event.is_set()


class _Relay(QObject):
    """Carries news from the workers to the GUI thread (queued), keyed by task number.

    The workers never touch a :class:`Task`: a task may be deleted on the GUI thread as soon as it
    is done, while this relay lives as long as the runner.
    """

    generator_started = Signal(int)
    progress = Signal(int, object)
    done = Signal(int, str, object)


def _work(relay: _Relay, key: int, cancel: threading.Event, fn: Callable[[], Any]) -> None:
    """Runs on a worker thread: call the job, drive it if it is a generator, report the outcome."""
    try:
        if cancel.is_set():
            raise Cancelled
        result = fn()
        if inspect.isgenerator(result):
            relay.generator_started.emit(key)
            result = _drive(relay, key, cancel, result)
    except Cancelled:
        relay.done.emit(key, "cancelled", None)
    except BaseException as exc:  # delivered to the GUI thread; nothing escapes the worker
        relay.done.emit(key, "failed", exc)
    else:
        relay.done.emit(key, "succeeded", result)


def _drive(
    relay: _Relay, key: int, cancel: threading.Event, job: Generator[Progress, None, Any]
) -> Any:
    last_sent = float("-inf")
    while True:
        if cancel.is_set():
            job.close()  # GeneratorExit at the yield: the job's with-blocks roll back
            raise Cancelled
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value
        now = time.monotonic()
        if now - last_sent >= _PROGRESS_INTERVAL_S:
            last_sent = now
            relay.progress.emit(key, step)


class TaskRunner(QObject):
    """Runs jobs: reads in parallel, writes one at a time in order. Lives on the GUI thread."""

    dataChanged = Signal()
    idle = Signal()  # the last running job has finished

    def __init__(
        self,
        report_error: ErrorReporter,
        parent: QObject | None = None,
        *,
        busy_delay_ms: int = BUSY_CURSOR_DELAY_MS,
        progress_delay_ms: int = PROGRESS_DIALOG_DELAY_MS,
        max_readers: int = 4,
    ) -> None:
        super().__init__(parent)
        self._report_error = report_error
        self.busy_delay_ms = busy_delay_ms
        self.progress_delay_ms = progress_delay_ms
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max_readers)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.generator_started.connect(self._on_generator_started, queued)
        self._relay.progress.connect(self._on_progress, queued)
        self._relay.done.connect(self._on_done, queued)
        self._active: dict[int, _Running] = {}
        self._next_key = 0
        self._busy_count = 0

    @property
    def is_idle(self) -> bool:
        return not self._active

    def active_tasks(self) -> list[Task]:
        return [running.task for running in self._active.values()]

    def run(
        self,
        fn: Callable[[], Any],
        *,
        write: bool = False,
        label: str = "",
        parent: QWidget | None = None,
        on_success: Callable[[Any], Any] | None = None,
        on_failure: Callable[[BaseException], Any] | None = None,
        show_progress: bool = True,
        announce: bool = True,
    ) -> Task:
        """Start ``fn()`` on a worker; returns the :class:`Task` (connect to its signals if needed).

        ``write``: the job changes the database (one writer at a time; ``dataChanged`` after it).
        ``label``: what the progress dialog says ("Loading the demo mission…").
        ``parent``: the widget the job was started from; dialogs are placed over it, and if it is
        deleted before the job ends, ``on_success``/``on_failure`` are not called.
        ``show_progress``: False for background reads (a page refreshing) that should only ever
        turn the cursor busy, never open a dialog.
        ``announce``: False for a write that changes nothing a page shows (today's readiness
        snapshot), so that it does not make the page on screen read everything again.
        """
        self._next_key += 1
        key = self._next_key
        task = Task(label, write, self)
        task.announce = write and announce
        self._active[key] = _Running(self, task, parent, show_progress, on_success, on_failure)
        cancel = task.cancel_event
        (self._writer if write else self._readers).start(
            lambda: _work(self._relay, key, cancel, fn)
        )
        return task

    @Slot(int)
    def _on_generator_started(self, key: int) -> None:
        running = self._active.get(key)
        if running is not None:
            running.task.is_generator = True

    @Slot(int, object)
    def _on_progress(self, key: int, step: Progress) -> None:
        running = self._active.get(key)
        if running is not None:
            running.show_progress(step)

    @Slot(int, str, object)
    def _on_done(self, key: int, outcome: str, payload: object) -> None:
        running = self._active.pop(key)
        running.close()  # the cursor and the dialog go before any message appears
        task = running.task
        parent = running.live_parent()
        alive = running.parent is None or parent is not None
        try:
            if task.announce:
                # Emitted whatever the outcome: a long job may have committed in chunks before it
                # failed or was cancelled, and the pages must show what is now in the database.
                self.dataChanged.emit()
            if outcome == "succeeded":
                task.succeeded.emit(payload)
                if running.on_success is not None and alive:
                    running.on_success(payload)
            elif outcome == "cancelled":
                log.info("task %r cancelled", task.label)
                task.cancelled.emit()
            else:
                assert isinstance(payload, BaseException)
                task.failed.emit(payload)
                if running.on_failure is not None and alive:
                    running.on_failure(payload)
                else:
                    self._report_error(payload, parent)
        finally:
            task.finished.emit()
            task.deleteLater()
            if not self._active:
                self.idle.emit()

    # --- the busy cursor, shared by every job -----------------------------------------------------

    def _busy_on(self) -> None:
        self._busy_count += 1
        if self._busy_count == 1:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _busy_off(self) -> None:
        self._busy_count -= 1
        if self._busy_count == 0:
            QGuiApplication.restoreOverrideCursor()

    @property
    def cursor_is_busy(self) -> bool:
        return self._busy_count > 0

    # --- shutting down ----------------------------------------------------------------------------

    def wait_for_done(self, timeout_ms: int = -1) -> bool:
        """Block until every worker has returned (for quitting, smoke tests and benchmarks).

        Results are then delivered by the event loop as usual; returns False on timeout.
        """
        deadline = -1 if timeout_ms < 0 else timeout_ms
        return self._writer.waitForDone(deadline) and self._readers.waitForDone(deadline)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every job and wait for the workers; a write in progress finishes or rolls back."""
        for running in self._active.values():
            running.task.cancel()
        done = self.wait_for_done(timeout_ms)
        if not done:
            log.warning(
                "jobs still running at shutdown: %s", [t.label for t in self.active_tasks()]
            )
        return done


class _Running:
    """A job between start and finish: its callbacks, busy cursor and progress dialog.

    The cursor turns busy and the dialog opens only once their delays have passed.
    """

    def __init__(
        self,
        runner: TaskRunner,
        task: Task,
        parent: QWidget | None,
        dialog: bool,
        on_success: Callable[[Any], Any] | None,
        on_failure: Callable[[BaseException], Any] | None,
    ) -> None:
        self.runner = runner
        self.task = task
        self.parent = parent
        self.on_success = on_success
        self.on_failure = on_failure
        self.dialog: Any = None  # a ProgressDialog once shown
        self._busy = False
        self._timers = [_single_shot(runner, runner.busy_delay_ms, self._start_busy)]
        if dialog:
            self._timers.append(_single_shot(runner, runner.progress_delay_ms, self._open_dialog))

    def live_parent(self) -> QWidget | None:
        """The widget the job was started from, unless it has been deleted since."""
        if self.parent is not None and shiboken6.isValid(self.parent):
            return self.parent
        return None

    def _start_busy(self) -> None:
        self._busy = True
        self.runner._busy_on()

    def _open_dialog(self) -> None:
        from lsa_desktop.views.dialogs.progress_dialog import ProgressDialog

        title = self.task.label or self.runner.tr("Working…")
        self.dialog = ProgressDialog(title, self.live_parent())
        self.dialog.set_cancellable(self.task.is_generator and not self.task.cancel_requested)
        self.dialog.cancelRequested.connect(self.task.cancel)
        if self.task.last_progress is not None:
            self.dialog.show_progress(self.task.last_progress)
        self.dialog.show()

    def show_progress(self, step: Progress) -> None:
        self.task.last_progress = step
        self.task.progressed.emit(step)
        if self.dialog is not None:
            if not self.dialog.cancellable and not self.task.cancel_requested:
                self.dialog.set_cancellable(True)
            self.dialog.show_progress(step)

    def close(self) -> None:
        for timer in self._timers:
            timer.stop()
            timer.deleteLater()
        self._timers.clear()
        if self._busy:
            self._busy = False
            self.runner._busy_off()
        if self.dialog is not None:
            self.dialog.finish()
            self.dialog = None


def _single_shot(parent: QObject, delay_ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    timer.start(delay_ms)
    return timer
