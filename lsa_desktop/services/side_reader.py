"""A second reader: statements read on a connection of their own while the caller reads others.

The Dashboard's figures need two groups of statements that do not depend on each other: the
holdings and the units on one side, and on the other the lists of overdue services and expiring
qualifications, each a scan of its own table taking about as long as the holdings' read. SQLite
lets the interpreter go while it steps through a statement, so on a machine with two cores the
two groups are read at once and the caller waits for the longer one only.

The two groups are two read transactions begun together, not one: a change saved in the few
microseconds between their first reads would show in one and not yet in the other. The
Dashboard reads again after every change saved, so such a moment does not last; the printed
summary is written from one call, and a change it could miss would be the one being typed as it
is printed.

An in-memory database is one connection per thread, each its own empty database: its
statements are read on the caller's thread, one group after the other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import Connection

from lsa_desktop.store.engine import Store

_T = TypeVar("_T")

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def read_aside(store: Store, read: Callable[[Connection], _T]) -> Future[_T]:
    """Start ``read`` on a second connection (in a read session of its own) and return at once;
    the future's result is what it returns (or the error it raised).

    The caller must wait for the result before it returns, even when its own read fails, so
    that no read outlives the call that started it.
    """
    if store.path is None:
        done: Future[_T] = Future()
        try:
            done.set_result(_in_session(store, read))
        except BaseException as exc:  # handed to the caller by result(), as a thread's would be
            done.set_exception(exc)
        return done
    return _side_thread().submit(_in_session, store, read)


def _in_session(store: Store, read: Callable[[Connection], _T]) -> _T:
    with store.read() as session:
        return read(session.connection())


def _side_thread() -> ThreadPoolExecutor:
    """One thread for the process, started the first time it is needed."""
    global _executor
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="side-reader")
        return _executor
