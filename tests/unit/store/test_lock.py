"""One instance per database: a second process is told who holds it; a dead one's lock is taken."""

from __future__ import annotations

import json
import logging
import os
import socket

import pytest

from lsa_desktop.errors import AlreadyRunning
from lsa_desktop.store.lock import InstanceLock, lock_path_for


def _owner(db_path):
    return json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))


def test_the_lock_file_names_this_process_and_goes_away_on_release(db_path):
    with InstanceLock(db_path) as lock:
        assert lock.lock_path == db_path.with_name("lsa.sqlite3.lock")
        owner = _owner(db_path)
        assert owner["pid"] == os.getpid()
        assert owner["host"] == socket.gethostname()
        assert owner["started"]
    assert not lock_path_for(db_path).exists()


def test_a_second_instance_is_told_who_is_running(db_path, lock_holder):
    holder = lock_holder(db_path)
    with pytest.raises(AlreadyRunning) as caught:
        InstanceLock(db_path).acquire()
    assert str(caught.value) == (
        f"LSA Desktop is already running on {db_path} "
        f"(process {holder.pid} on {socket.gethostname()}). "
        "Switch to that window, or close it first."
    )
    holder.communicate()  # closes its stdin: the other instance releases the lock and exits
    assert holder.returncode == 0
    with InstanceLock(db_path):
        assert _owner(db_path)["pid"] == os.getpid()


def test_the_lock_of_a_killed_instance_is_taken_over(db_path, lock_holder, caplog):
    crashed = lock_holder(db_path)
    crashed.kill()
    crashed.communicate()
    assert _owner(db_path)["pid"] == crashed.pid  # the file is still there, naming the dead
    with caplog.at_level(logging.INFO, logger="lsa_desktop.store.lock"), InstanceLock(db_path):
        assert _owner(db_path)["pid"] == os.getpid()
    assert f"left by process {crashed.pid}" in caplog.text


def test_a_leftover_lock_file_with_unreadable_content_is_taken_over(db_path):
    lock_path_for(db_path).write_text("not json at all", encoding="utf-8")
    with InstanceLock(db_path):
        assert _owner(db_path)["pid"] == os.getpid()


def test_the_lock_is_shared_within_one_process(db_path):
    outer, inner = InstanceLock(db_path), InstanceLock(db_path)
    outer.acquire()
    inner.acquire()  # the restore command inside a running app: same instance, no refusal
    inner.release()
    assert lock_path_for(db_path).exists()  # still held by the outer holder
    outer.release()
    assert not lock_path_for(db_path).exists()


def test_release_without_acquire_and_double_acquire_are_harmless(db_path):
    lock = InstanceLock(db_path)
    lock.release()
    lock.acquire()
    lock.acquire()
    lock.release()
    assert not lock_path_for(db_path).exists()


def test_the_folder_of_a_new_database_is_created_for_its_lock(tmp_path):
    db_path = tmp_path / "not" / "yet" / "lsa.sqlite3"
    with InstanceLock(db_path):
        assert lock_path_for(db_path).exists()
