"""Every page says whether it is still reading: the main window and the tests wait on it."""

from __future__ import annotations

WAIT = 10_000


def test_every_page_says_when_it_has_read_its_rows(qtbot, main_window):
    for index, key in enumerate(main_window.page_names()):
        page = main_window.show_page(index)
        qtbot.waitUntil(lambda page=page: not page.loading, timeout=WAIT)
        assert main_window.page(key) is page
        assert page.counts() is not None, key
