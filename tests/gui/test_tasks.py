"""The task runner: jobs off the GUI thread, results back on it, one writer, cursor and progress."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lsa_desktop.errors import InvalidInput
from lsa_desktop.progress import Progress
from lsa_desktop.tasks import TaskRunner
from lsa_desktop.views.dialogs.crash_dialog import CrashDialog
from lsa_desktop.views.dialogs.progress_dialog import ProgressDialog

WAIT = 10_000  # ms; generous for a loaded CI machine, never reached when things work


@pytest.fixture
def reported():
    return []


@pytest.fixture
def make_runner(qapp, qtbot, reported):
    """``make_runner(**delays)``: a runner whose errors go to ``reported``; all shut down after."""
    made = []

    def make(**kwargs):
        runner = TaskRunner(lambda exc, parent: reported.append((exc, parent)), **kwargs)
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.shutdown()
        qtbot.waitUntil(lambda r=runner: r.is_idle, timeout=WAIT)


@pytest.fixture
def runner(make_runner):
    return make_runner()


def run_and_wait(qtbot, runner, fn, **kwargs):
    with qtbot.waitSignal(runner.idle, timeout=WAIT):
        task = runner.run(fn, **kwargs)
    return task


def test_a_plain_job_runs_on_a_worker_and_its_result_arrives_on_the_gui_thread(qtbot, runner):
    seen = {}

    def job():
        seen["worker"] = QThread.currentThread()
        return 42

    def success(value):
        seen["result"] = value
        seen["callback"] = QThread.currentThread()

    run_and_wait(qtbot, runner, job, on_success=success)

    assert seen["result"] == 42
    assert seen["worker"] is not QApplication.instance().thread()
    assert seen["callback"] is QApplication.instance().thread()


def test_a_generator_job_reports_progress_and_returns_its_value(qtbot, runner):
    progress = []

    def job():
        for done in range(3):
            yield Progress(done, 3, f"step {done}")
        return "finished"

    results = []
    with qtbot.waitSignal(runner.idle, timeout=WAIT):
        task = runner.run(job, on_success=results.append)
        task.progressed.connect(progress.append)

    assert results == ["finished"]
    assert progress and progress[0] == Progress(0, 3, "step 0")  # throttled, the first always sent


def test_cancel_closes_the_generator_at_its_next_yield(qtbot, runner):
    started, cleaned_up, steps = threading.Event(), threading.Event(), []

    def job():
        try:
            while True:
                steps.append(len(steps))
                started.set()
                yield Progress(len(steps), 0)
        finally:
            cleaned_up.set()  # a `with store.write()` here would roll back

    succeeded = []
    task = runner.run(job, on_success=succeeded.append)
    assert started.wait(WAIT / 1000)
    with qtbot.waitSignal(task.cancelled, timeout=WAIT):
        task.cancel()

    assert cleaned_up.is_set()
    assert succeeded == []


def test_a_user_error_goes_to_the_reporter_with_the_parent_widget(qtbot, runner, reported):
    parent = QWidget()
    qtbot.addWidget(parent)

    def job():
        raise InvalidInput("The file is not a spreadsheet.")

    run_and_wait(qtbot, runner, job, parent=parent)

    [(exc, where)] = reported
    assert isinstance(exc, InvalidInput) and where is parent


def test_on_failure_replaces_the_reporter(qtbot, runner, reported):
    failures = []
    run_and_wait(qtbot, runner, lambda: 1 / 0, on_failure=failures.append)
    assert [type(e) for e in failures] == [ZeroDivisionError]
    assert reported == []


def test_callbacks_are_skipped_when_the_parent_widget_is_gone(qtbot, runner):
    release, called = threading.Event(), []
    parent = QWidget()
    task = runner.run(lambda: release.wait(WAIT / 1000), parent=parent, on_success=called.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    with qtbot.waitSignal(task.succeeded, timeout=WAIT):
        release.set()
    assert called == []


def _alive(widget):
    import shiboken6

    return shiboken6.isValid(widget)


def test_writes_run_one_at_a_time_in_order(qtbot, runner):
    events, second_started = [], threading.Event()

    def first():
        events.append("first started")
        # Waits for the second write to start; it must not, so this times out.
        events.append(f"second overlapped: {second_started.wait(0.5)}")
        events.append("first ended")

    def second():
        second_started.set()
        events.append("second ran")

    with qtbot.waitSignal(runner.idle, timeout=WAIT):
        runner.run(first, write=True)
        runner.run(second, write=True)

    assert events == ["first started", "second overlapped: False", "first ended", "second ran"]


def test_reads_run_in_parallel(qtbot, runner):
    second_started, overlapped = threading.Event(), []

    def first():
        overlapped.append(second_started.wait(WAIT / 1000))

    with qtbot.waitSignal(runner.idle, timeout=WAIT):
        runner.run(first)
        runner.run(second_started.set)

    assert overlapped == [True]


def test_data_changed_follows_writes_not_reads(qtbot, runner):
    changes = []
    runner.dataChanged.connect(lambda: changes.append("changed"))
    run_and_wait(qtbot, runner, lambda: None)
    assert changes == []
    run_and_wait(qtbot, runner, lambda: None, write=True)
    assert changes == ["changed"]
    run_and_wait(qtbot, runner, lambda: None, write=True, announce=False)
    assert changes == ["changed"]  # a write that changes nothing a page shows


def test_quick_jobs_never_turn_the_cursor_busy_nor_open_a_dialog(qtbot, runner, monkeypatch):
    cursors = []
    monkeypatch.setattr(QGuiApplication, "setOverrideCursor", staticmethod(cursors.append))
    run_and_wait(qtbot, runner, lambda: "quick", label="Quick")
    assert cursors == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog)]


def test_a_long_job_turns_the_cursor_busy_then_back(qtbot, make_runner):
    runner = make_runner(busy_delay_ms=10)
    release = threading.Event()
    task = runner.run(lambda: release.wait(WAIT / 1000), show_progress=False)
    qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is not None, timeout=WAIT)
    assert runner.cursor_is_busy
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        release.set()
    assert QGuiApplication.overrideCursor() is None
    assert not runner.cursor_is_busy


def test_a_long_generator_shows_progress_with_cancel(qtbot, make_runner, reported):
    runner = make_runner(progress_delay_ms=20)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def job():
        done = 0
        while True:
            done += 1
            yield Progress(done % 100, 100, "Counting the radios")

    task = runner.run(job, label="Loading the demo mission…", parent=window)
    dialog = _wait_for_progress_dialog(qtbot)
    assert dialog.ui.titleLabel.text() == "Loading the demo mission…"
    qtbot.waitUntil(
        lambda: dialog.cancellable and dialog.ui.stepLabel.text() == "Counting the radios",
        timeout=WAIT,
    )
    with qtbot.waitSignal(task.cancelled, timeout=WAIT):
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not _progress_dialogs(), timeout=WAIT)
    assert reported == []


def test_a_long_plain_job_shows_progress_without_cancel(qtbot, make_runner):
    runner = make_runner(progress_delay_ms=20)
    release = threading.Event()
    task = runner.run(lambda: release.wait(WAIT / 1000), label="Backing up the database…")
    dialog = _wait_for_progress_dialog(qtbot)
    assert not dialog.cancellable  # a plain call cannot stop halfway; no false promise
    dialog.reject()  # Escape does nothing either
    assert dialog.isVisible()
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        release.set()
    qtbot.waitUntil(lambda: not _progress_dialogs(), timeout=WAIT)


def _progress_dialogs():
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog) and w.isVisible()
    ]


def _wait_for_progress_dialog(qtbot):
    qtbot.waitUntil(lambda: bool(_progress_dialogs()), timeout=WAIT)
    [dialog] = _progress_dialogs()
    return dialog


# --- through the application: how errors reach the person ---------------------------------------------


def test_the_app_shows_a_user_error_as_its_sentence(qtbot, lsa_app):
    def job():
        raise InvalidInput("The disk is full.")

    with qtbot.waitSignal(lsa_app.tasks.idle, timeout=WAIT):
        lsa_app.tasks.run(job)
    box = _wait_for(qtbot, QMessageBox)
    assert box.text() == "The disk is full."
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()


def test_the_app_shows_a_bug_in_the_crash_dialog(qtbot, lsa_app):
    with qtbot.waitSignal(lsa_app.tasks.idle, timeout=WAIT):
        lsa_app.tasks.run(lambda: {}["missing"])
    dialog = _wait_for(qtbot, CrashDialog)
    assert "KeyError: 'missing'" in dialog.details
    dialog.close()


def _wait_for(qtbot, kind):
    def visible():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    qtbot.waitUntil(lambda: len(visible()) == 1, timeout=WAIT)
    return visible()[0]
