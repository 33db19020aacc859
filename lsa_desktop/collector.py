"""Holding Python's cycle collector during a step that makes objects by the hundred thousand.

An import of 100,000 officers, or the Dashboard's read at a large mission's size, makes hundreds
of thousands of small objects (rows, inputs, results) that form no reference cycle. The collector
runs every few hundred allocations and, every so often, walks every object of the process, the
window's included: two seconds of a large import, a quarter of the Dashboard's read, to free
nothing. Reference counting frees these objects all the same.

In the window, automatic collection is off already (the GUI thread collects on a timer:
:mod:`lsa_desktop.qt_collector`) and this pause changes nothing; it serves the command line.
The pause is process-wide, so it is held only around a bounded step, never across a ``yield``
(a job's progress), and the collector resumes after unless something else had held it already.
Across the yields of a long step, :func:`present_objects_set_aside` keeps the collector running
but spares it the step's own hundred thousand objects.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the ``with`` block, then as it was."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def present_objects_set_aside() -> Iterator[None]:
    """The objects that exist now are left out of the collector's walks until the block ends
    (``gc.freeze``), then handed back to it.

    For a step that yields between batches (an import's writing: 100,000 planned rows held in
    memory) the collector keeps running on what is made meanwhile, but no longer walks the
    planned rows each time it looks at its oldest objects: half a second of a large import.
    Objects set aside are still freed as soon as nothing refers to them; only a reference cycle
    among them waits for the end of the block. Not to be nested: the end hands back every object
    set aside.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
