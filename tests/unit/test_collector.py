"""Holding and sparing Python's cycle collector around the large steps (lsa_desktop.collector)."""

from __future__ import annotations

import gc

import pytest

from lsa_desktop.collector import collector_paused, present_objects_set_aside


@pytest.fixture(autouse=True)
def collecting():
    """Automatic collection on, as in a command-line process (a window's application turns it
    off for the whole process, and earlier tests may have started one)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_pause_holds_the_collector_for_the_block_and_not_after():
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # held already: left as it was
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_objects_set_aside_are_handed_back_even_after_an_error():
    made_before = [[] for _ in range(1000)]
    with pytest.raises(RuntimeError), present_objects_set_aside():
        assert gc.get_freeze_count() >= len(made_before)
        assert gc.isenabled()  # the collector still runs, on what is made meanwhile
        raise RuntimeError("the step failed")
    assert gc.get_freeze_count() == 0
