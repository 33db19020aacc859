"""A register page that shows several registers in tabs under one search box and one set of
filters (:class:`TabbedRegisterPage`): the Equipment and Maintenance pages.

Only the tab on screen is queried. The other tabs remember the filters they were last queried
with and whether the data changed since; when one is opened it queries again only if it must.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QSignalBlocker, Slot
from PySide6.QtWidgets import QTabWidget

from lsa_desktop.views.table_models.register_model import RegisterTableModel
from lsa_desktop.views.widgets.register_view import RegisterPage, RegisterTableView

#: A query's search text and filters, as :meth:`RegisterTableModel.set_filter` takes them.
Filters = tuple[str, dict[str, object]]


class TabbedRegisterPage(RegisterPage):
    """A :class:`RegisterPage` whose registers are the tabs of a ``QTabWidget``.

    A subclass calls :meth:`_set_up_tabs` once its form is set up (before
    :meth:`_set_up_filters`), and gives :meth:`_filters_for` (the filters a register is queried
    with: a filter may apply to one tab only). It may override :meth:`_tab_shown` to enable what
    depends on the tab on screen.
    """

    def _set_up_tabs(
        self, tabs: QTabWidget, registers: Sequence[tuple[RegisterTableView, RegisterTableModel]]
    ) -> None:
        """Show each model in its view; ``registers`` are in the order of the tabs."""
        self._tabs = tabs
        self._registers = list(registers)
        #: The filters each model was last queried with.
        self._applied: dict[RegisterTableModel, Filters] = {}
        #: Models whose data changed while their tab was hidden.
        self._stale_models: set[RegisterTableModel] = set()
        for view, model in self._registers:
            view.setModel(model)
            model.countsChanged.connect(partial(self._model_counts, model))
        tabs.currentChanged.connect(self._tab_changed)

    def current_view(self) -> RegisterTableView:
        return self._registers[self._tabs.currentIndex()][0]

    def current_model(self) -> RegisterTableModel:
        return self._registers[self._tabs.currentIndex()][1]

    def counts(self) -> tuple[int, int] | None:
        return self.current_model().counts()

    def _filters_for(self, model: RegisterTableModel) -> Filters:
        """The search text and filters ``model`` should be queried with now."""
        raise NotImplementedError

    def _tab_shown(self, index: int) -> None:
        """Called first when the tab on screen changes, before its register catches up."""

    def _show_tab(self, index: int) -> None:
        """Bring tab ``index`` to the front without querying it: :meth:`show_rows` sets the
        filters next and then queries the register on screen once."""
        with QSignalBlocker(self._tabs):
            self._tabs.setCurrentIndex(index)
        self._tab_shown(index)

    @Slot()
    def _apply_filters(self) -> None:
        model = self.current_model()
        wanted = self._filters_for(model)
        self._applied[model] = wanted
        self._stale_models.discard(model)
        model.set_filter(*wanted)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        """Bring the register opened up to date: a new query if the filters changed since it was
        last queried, a refresh if its data did, else only its counts for the status bar."""
        self._tab_shown(index)
        view, model = self._registers[index]
        if self._applied.get(model) != self._filters_for(model):
            self._apply_filters()
        elif model in self._stale_models:
            self._stale_models.discard(model)
            view.refresh()
        elif (counts := model.counts()) is not None:
            self.countChanged.emit(*counts)

    def _refresh_rows(self) -> None:
        current = self.current_model()
        for view, model in self._registers:
            if model is current:
                view.refresh()
            else:
                self._stale_models.add(model)

    def _model_counts(self, model: RegisterTableModel, shown: int, total: int) -> None:
        """Only the register on screen speaks to the status bar."""
        if model is self.current_model():
            self.countChanged.emit(shown, total)
