"""One instance of the app per database: an OS-level lock on ``<database>.lock`` beside it.

The lock is taken with ``fcntl.flock`` on POSIX and ``msvcrt.locking`` on Windows. The operating
system frees it when the process ends, however it ends, so a lock left by a crashed instance is
simply taken over by the next start; the file's content (process id, host, start time) only serves
the message shown to a second instance. Within one process the lock is shared: a second
:class:`InstanceLock` on the same database (the ``restore`` command run by an app that already
holds it, for example) succeeds, and the file is unlocked when the last holder releases it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from lsa_desktop.errors import AlreadyRunning, ReadOnly

log = logging.getLogger(__name__)

# The errors a non-blocking lock attempt gives when another process holds the lock.
_HELD_ERRNOS = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}

if sys.platform == "win32":
    import msvcrt

    # Lock one byte far past the content: Windows locks are mandatory, and a lock on the content
    # would stop a second instance from reading who holds it.
    _LOCK_OFFSET = 1 << 30

    def _try_lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass
class _Held:
    fd: int
    holders: int


_registry_guard = threading.Lock()
_held: dict[Path, _Held] = {}  # lock file -> its open descriptor, shared by this process


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """``with InstanceLock(db_path):`` raises :class:`AlreadyRunning` if another process has it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path).expanduser().resolve()
        self.lock_path = lock_path_for(self.db_path)
        self._acquired = False

    def acquire(self) -> None:
        if self._acquired:
            return
        with _registry_guard:
            held = _held.get(self.lock_path)
            if held is not None:
                held.holders += 1
            else:
                _held[self.lock_path] = _Held(self._lock_file(), 1)
        self._acquired = True

    def release(self) -> None:
        if not self._acquired:
            return
        with _registry_guard:
            held = _held[self.lock_path]
            held.holders -= 1
            if held.holders == 0:
                del _held[self.lock_path]
                self._unlock_file(held.fd)
        self._acquired = False

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def _lock_file(self) -> int:
        while True:
            try:
                self.lock_path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise ReadOnly(
                    f"Cannot create the lock file {self.lock_path} ({exc.strerror}). "
                    "Check that the database folder can be written."
                ) from exc
            try:
                _try_lock(fd)
            except OSError as exc:
                owner = _read_owner(fd)
                os.close(fd)
                if exc.errno in _HELD_ERRNOS:
                    raise AlreadyRunning(self._running_message(owner)) from None
                raise
            # The previous holder may have deleted the file between our open and our lock:
            # then we hold a lock on a file nobody else will see. Start again on the new one.
            if _same_file(fd, self.lock_path):
                break
            _unlock(fd)
            os.close(fd)
        previous = _read_owner(fd)
        if previous and previous.get("pid") != os.getpid():
            log.info(
                "taking over the lock on %s left by process %s on %s (started %s), "
                "which is no longer running",
                self.db_path,
                previous.get("pid"),
                previous.get("host"),
                previous.get("started"),
            )
        _write_owner(fd)
        log.debug("locked %s", self.lock_path)
        return fd

    def _unlock_file(self, fd: int) -> None:
        # Delete first, while still holding the lock: a process that opened the file meanwhile
        # notices (``_same_file``) and retries on a fresh file. Windows refuses to delete a file
        # another process has open; that process then takes this one over.
        with contextlib.suppress(OSError):
            self.lock_path.unlink(missing_ok=True)
        _unlock(fd)
        os.close(fd)
        log.debug("unlocked %s", self.lock_path)

    def _running_message(self, owner: dict[str, object] | None) -> str:
        who = f" (process {owner.get('pid')} on {owner.get('host')})" if owner else ""
        return (
            f"LSA Desktop is already running on {self.db_path}{who}. "
            "Switch to that window, or close it first."
        )


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _read_owner(fd: int) -> dict[str, object] | None:
    """Who wrote the lock file, or None while it is empty or unreadable."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        owner = json.loads(os.read(fd, 4096).decode("utf-8"))
    except (OSError, ValueError):
        return None
    return owner if isinstance(owner, dict) else None


def _write_owner(fd: int) -> None:
    owner = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, json.dumps(owner).encode("utf-8"))
