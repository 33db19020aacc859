"""The lazy register models: qtmodeltester on every one, the roles, SQL sorting, loading by blocks
and by a worker thread, and refreshing in place."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from sqlmodel import select
from test_registers_fixtures import PEOPLE, build_registers, many_people

from lsa_desktop.domain.enums import AssetStatus, Condition, PersonStatus
from lsa_desktop.services import Services
from lsa_desktop.services.equipment import HoldingRow
from lsa_desktop.services.fleet import VehicleRow
from lsa_desktop.services.personnel import PersonRow
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.models import Person
from lsa_desktop.views.pages.row_list_model import Column as ListColumn
from lsa_desktop.views.pages.row_list_model import RowListModel, sorting_proxy
from lsa_desktop.views.table_models.equipment_models import (
    AuthorisationsTableModel,
    HoldingColumn,
    HoldingsTableModel,
    ItemsTableModel,
    StockTableModel,
)
from lsa_desktop.views.table_models.personnel_model import PersonColumn, PersonnelTableModel
from lsa_desktop.views.table_models.register_model import CACHED_BLOCKS, RegisterTableModel
from lsa_desktop.views.table_models.roles import ROW_ROLE, SORT_ROLE
from lsa_desktop.views.table_models.vehicles_model import (
    VehicleColumn,
    VehiclesTableModel,
    next_service_text,
    next_service_tooltip,
)


@pytest.fixture
def services(tmp_store):
    build_registers(tmp_store)
    return Services(tmp_store)


MODELS = {
    "personnel": (PersonnelTableModel, lambda s: s.personnel.people, 6),
    "vehicles": (VehiclesTableModel, lambda s: s.fleet.vehicles, 3),
    "holdings": (HoldingsTableModel, lambda s: s.equipment.holdings, 7),
    "items": (ItemsTableModel, lambda s: s.fleet.items, 3),
    "stock": (StockTableModel, lambda s: s.equipment.stock, 2),
    "authorisations": (AuthorisationsTableModel, lambda s: s.equipment.authorisations, 3),
}


def loaded_model(qtbot, cls, register, **kwargs) -> RegisterTableModel:
    model = cls(register, **kwargs)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(ListQuery())
    return model


def column_texts(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("name", MODELS)
def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, services, name):
    cls, register, rows = MODELS[name]
    model = loaded_model(qtbot, cls, register(services))
    assert model.rowCount() == rows
    qtmodeltester.check(model)
    for column in range(model.columnCount()):  # every column sorts, both ways, in SQL
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == rows
        qtmodeltester.check(model)


@pytest.mark.parametrize("name", MODELS)
def test_every_column_has_a_translated_title_and_a_sort_key_of_its_register(services, name):
    cls, register, _rows = MODELS[name]
    model = cls(register(services))
    for number, column in enumerate(model.columns):
        title = model.headerData(number, Qt.Orientation.Horizontal)
        assert title == QCoreApplication.translate(cls.CONTEXT, column.title) != ""
        assert column.sort_key in register(services).sort_keys
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_roles_give_the_row_and_native_values(qtbot, services):
    model = loaded_model(qtbot, PersonnelTableModel, services.personnel.people)
    assert column_texts(model, PersonColumn.SERVICE_NUMBER) == PEOPLE
    row = model.index(2, PersonColumn.SURNAME).data(ROW_ROLE)
    assert isinstance(row, PersonRow)
    assert (row.service_number, row.surname) == ("KE-0001", "Otieno")
    arrival = model.index(2, PersonColumn.ARRIVAL)
    assert arrival.data() == "2024-06-25"
    assert arrival.data(SORT_ROLE) == date(2024, 6, 25)
    rank = model.index(2, PersonColumn.RANK)
    assert (rank.data(), rank.data(SORT_ROLE), rank.data(Qt.ItemDataRole.ToolTipRole)) == (
        "PC",
        1,
        "Constable",
    )
    status = model.index(2, PersonColumn.STATUS)
    assert (status.data(), status.data(SORT_ROLE)) == ("Active", PersonStatus.ACTIVE)
    assert model.data(QModelIndex()) is None


def test_registers_and_in_memory_lists_answer_the_same_roles(qtbot, services):
    """Code that reads a row or its sort value works alike on either kind of model."""
    register = loaded_model(qtbot, PersonnelTableModel, services.personnel.people)
    people = [register.index(row, 0).data(ROW_ROLE) for row in range(register.rowCount())]
    listed = RowListModel([ListColumn("Surname", lambda r: r.surname, lambda r: r.rank_level)])
    listed.set_rows(people)
    for model in (register, listed):
        numbers = [model.index(row, 0).data(ROW_ROLE).service_number for row in range(6)]
        assert numbers == PEOPLE
    assert listed.index(PEOPLE.index("KE-0002"), 0).data(SORT_ROLE) == 3
    by_rank = sorting_proxy(listed)
    by_rank.sort(0, Qt.SortOrder.DescendingOrder)  # on SORT_ROLE: the sergeants first
    sergeants = sorted(by_rank.index(row, 0).data() for row in range(3))
    assert sergeants == ["Campbell", "Mwangi", "Wanjiru"]


def test_numbers_are_right_aligned_and_formatted_by_the_locale(qtbot, services):
    model = loaded_model(qtbot, VehiclesTableModel, services.fleet.vehicles)
    odometer = model.index(0, VehicleColumn.ODOMETER)
    assert odometer.data() == "31,000"  # JM-4X4-03 sorts first by registration
    assert odometer.data(SORT_ROLE) == 31_000
    alignment = odometer.data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(0, VehicleColumn.MAKE).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_sorting_asks_the_register_in_sql(qtbot, services):
    model = loaded_model(qtbot, PersonnelTableModel, services.personnel.people)
    model.sort(PersonColumn.SURNAME)
    assert model.query.sort_key == "surname"
    assert column_texts(model, PersonColumn.SURNAME) == [
        "Campbell",
        "Hérard",
        "Mwangi",
        "Ochieng",
        "Otieno",
        "Wanjiru",
    ]
    model.sort(PersonColumn.RANK, Qt.SortOrder.DescendingOrder)
    assert (model.query.sort_key, model.query.descending) == ("rank", True)
    assert column_texts(model, PersonColumn.RANK) == ["SGT"] * 3 + ["PC"] * 3
    assert model.sort_column() == PersonColumn.RANK


def test_set_filter_keeps_the_sort_order(qtbot, services):
    model = loaded_model(qtbot, PersonnelTableModel, services.personnel.people)
    model.sort(PersonColumn.SURNAME, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.countsChanged) as counts:
        model.set_filter("ot", {"status": None})
    assert counts.args == [2, 6]
    assert column_texts(model, PersonColumn.SURNAME) == ["Otieno", "Ochieng"]
    assert model.counts() == (2, 6)


def test_overdue_vehicles_stand_out_with_a_reason(qtbot, services):
    model = loaded_model(qtbot, VehiclesTableModel, services.fleet.vehicles)
    plates = column_texts(model, VehicleColumn.REGISTRATION)
    assert plates == ["JM-4X4-03", "KE-4X4-02", "KE-MRAP-01"]
    next_service = [model.index(row, VehicleColumn.NEXT_SERVICE) for row in range(3)]
    by_km, not_due, by_date = next_service
    assert by_km.data() == "at 30,000 km"
    assert "31,000 km" in by_km.data(Qt.ItemDataRole.ToolTipRole)
    assert "Service overdue: it was due on" in by_date.data(Qt.ItemDataRole.ToolTipRole)
    for index in (by_km, by_date):
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert isinstance(index.data(Qt.ItemDataRole.FontRole), QFont)
        assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert not_due.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "whichever comes first" in not_due.data(Qt.ItemDataRole.ToolTipRole)
    plain = model.index(2, VehicleColumn.MAKE)
    assert plain.data(Qt.ItemDataRole.ForegroundRole) is None


def test_gaps_in_critical_categories_stand_out(qtbot, services):
    model = loaded_model(qtbot, HoldingsTableModel, services.equipment.holdings)
    rows = {
        (model.index(r, HoldingColumn.UNIT).data(), model.index(r, HoldingColumn.CODE).data()): r
        for r in range(model.rowCount())
    }
    radios = model.index(rows[("KEN-FPU-1", "RAD-HH")], HoldingColumn.GAP)
    assert (radios.data(), radios.data(SORT_ROLE)) == ("8", 8)
    assert radios.data(Qt.ItemDataRole.FontRole).bold()
    assert "critical" in radios.data(Qt.ItemDataRole.ToolTipRole)
    tents = model.index(rows[("KEN-FPU-1", "TENT")], HoldingColumn.GAP)
    assert tents.data() == "0"
    assert tents.data(Qt.ItemDataRole.FontRole) is None
    assert tents.data(Qt.ItemDataRole.ToolTipRole) is None
    critical = model.index(rows[("KEN-FPU-1", "TENT")], HoldingColumn.CRITICAL)
    assert critical.data() == ""
    assert model.index(rows[("KEN-FPU-1", "RAD-HH")], HoldingColumn.CRITICAL).data() == "Yes"


class CountingRegister:
    """A register that counts what the model asks of it."""

    def __init__(self, register):
        self._register = register
        self.sort_keys = register.sort_keys
        self.pages: list[int] = []
        self.key_queries: list[int | None] = []
        self.row_fetches: list[int] = []

    def page(self, query, limit):
        self.pages.append(limit)
        return self._register.page(query, limit)

    def keys(self, query, limit=None):
        self.key_queries.append(limit)
        return self._register.keys(query, limit)

    def rows(self, keys):
        self.row_fetches.append(len(keys))
        return self._register.rows(keys)

    def count(self, query=None):
        return self._register.count(query)


def test_a_large_result_shows_its_first_page_then_the_rest_from_a_worker(
    qtbot, qtmodeltester, services, tmp_store
):
    numbers = many_people(tmp_store, 95)
    register = CountingRegister(services.personnel.people)
    model = PersonnelTableModel(register, block_size=10)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(ListQuery(search="BULK"))
        # The first page is there at once, rows and keys read in one query with LIMIT.
        assert (register.pages, register.key_queries) == ([11], [])
        assert model.rowCount() == 10
        assert model.loading
        assert model.counts() is None
        assert model.index(0, PersonColumn.SERVICE_NUMBER).data() == numbers[0]
    assert not model.loading
    assert register.key_queries == [None]  # the whole key list, read by the worker
    assert model.rowCount() == 95
    assert model.counts() == (95, 101)
    # Other rows are fetched a block at a time, only when asked for.
    assert register.row_fetches == []
    assert model.index(9, PersonColumn.SERVICE_NUMBER).data() == numbers[9]
    assert register.row_fetches == []
    assert model.index(57, PersonColumn.SERVICE_NUMBER).data() == numbers[57]
    assert model.index(52, PersonColumn.SURNAME).data() == "Mwangi"
    assert register.row_fetches == [10]
    qtmodeltester.check(model)


def test_only_the_latest_query_is_shown(qtbot, services, tmp_store):
    many_people(tmp_store, 60)
    model = PersonnelTableModel(services.personnel.people, block_size=10)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(ListQuery(search="BULK"))
        model.set_query(ListQuery(search="Otieno"))
    qtbot.waitUntil(lambda: not model.loading)
    surnames = column_texts(model, PersonColumn.SURNAME)
    assert len(surnames) == 13  # 12 of the 60 plus KE-0001
    assert set(surnames) == {"Otieno"}


def test_refresh_with_the_same_rows_updates_them_in_place(qtbot, services, tmp_store):
    model = loaded_model(qtbot, PersonnelTableModel, services.personnel.people)
    assert model.index(2, PersonColumn.STATUS).data() == "Active"
    with tmp_store.write() as session:
        person = session.exec(select(Person).where(Person.service_number == "KE-0001")).one()
        person.status = PersonStatus.SICK
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.refresh()
    assert model.index(2, PersonColumn.STATUS).data() == "Sick"


def test_refresh_with_new_rows_resets_and_recounts(qtbot, services, tmp_store):
    model = loaded_model(qtbot, PersonnelTableModel, services.personnel.people)
    many_people(tmp_store, 2)
    with qtbot.waitSignal(model.modelReset), qtbot.waitSignal(model.countsChanged) as counts:
        model.refresh()
    assert counts.args == [8, 8]


def test_refresh_of_a_large_list_appends_new_rows_without_a_reset(qtbot, services, tmp_store):
    many_people(tmp_store, 30)
    model = PersonnelTableModel(services.personnel.people, block_size=10)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(ListQuery(search="BULK"))
    with tmp_store.write() as session:
        session.add(Person(service_number="BULK-99999", surname="Last"))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
        assert model.rowCount() == 30  # the old rows stay on screen meanwhile
    assert model.rowCount() == 31
    assert model.index(30, PersonColumn.SURNAME).data() == "Last"


class FailingRegister(CountingRegister):
    def keys(self, query, limit=None):
        raise RuntimeError("the whole list cannot be read")


def test_a_failure_on_the_worker_is_raised_on_the_gui_thread(qtbot, services, tmp_store):
    many_people(tmp_store, 30)
    model = PersonnelTableModel(FailingRegister(services.personnel.people), block_size=10)
    with qtbot.captureExceptions() as exceptions:
        model.set_query(ListQuery(search="BULK"))
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert [str(error) for _type, error, _tb in exceptions] == ["the whole list cannot be read"]
    assert model.rowCount() == 10  # what was shown stays


def test_a_row_deleted_since_the_keys_were_read_shows_empty_until_the_refresh(
    qtbot, services, tmp_store
):
    many_people(tmp_store, 30)
    model = PersonnelTableModel(services.personnel.people, block_size=10)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(ListQuery(search="BULK"))
    key = model.key_at(25)
    with tmp_store.write() as session:
        session.delete(session.get(Person, uuid.UUID(hex=key)))
    assert model.index(25, PersonColumn.SERVICE_NUMBER).data() is None
    assert model.index(24, PersonColumn.SERVICE_NUMBER).data() == "BULK-00024"
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    assert model.rowCount() == 29
    assert model.row_of_key(key) is None
    assert model.index(25, PersonColumn.SERVICE_NUMBER).data() == "BULK-00026"


def test_the_cache_keeps_the_last_blocks_read(qtbot, services, tmp_store):
    many_people(tmp_store, 120)
    register = CountingRegister(services.personnel.people)
    model = PersonnelTableModel(register, block_size=2)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(ListQuery(search="BULK"))
    for row in range(2, 2 * (CACHED_BLOCKS + 1), 2):  # blocks 1..40, after the first page
        model.index(row, 0).data()
    assert len(register.row_fetches) == CACHED_BLOCKS
    model.index(1, 0).data()  # block 0 was the least recently used: it was dropped
    assert len(register.row_fetches) == CACHED_BLOCKS + 1
    model.index(2 * CACHED_BLOCKS, 0).data()  # block 40 is still there
    assert len(register.row_fetches) == CACHED_BLOCKS + 1


def test_next_service_reads_by_date_by_mileage_or_not_at_all():
    row = VehicleRow(
        id=uuid.uuid4(),
        registration=None,
        tag="V-9",
        serial_number="",
        type_code="4X4",
        type_name="Pick-up",
        make="",
        model="",
        unit_id=None,
        unit_code=None,
        status=AssetStatus.IN_SERVICE,
        condition=Condition.GOOD,
        odometer_km=None,
        next_service_date=None,
        next_service_km=None,
        archived=False,
        as_of=date(2025, 3, 1),
    )
    assert (next_service_text(row), next_service_tooltip(row)) == ("", None)
    planned = replace(row, next_service_date=date(2025, 4, 1))
    assert (next_service_text(planned), next_service_tooltip(planned)) == ("2025-04-01", None)


def test_a_gap_outside_the_critical_categories_is_explained_without_alarm():
    row = HoldingRow(
        unit_id=uuid.uuid4(),
        unit_code="KEN-FPU-2",
        equipment_type_id=uuid.uuid4(),
        type_code="TENT",
        type_name="Tent",
        category_name="Camp",
        critical=False,
        unit_of_measure="each",
        authorised=10,
        on_hand=4,
        serviceable=3,
        pledged_open=2,
        gap=5,
    )
    gap = HoldingsTableModel.COLUMNS[HoldingColumn.GAP]
    assert gap.tooltip(row) == "Authorised 10, serviceable 3, pledged 2: 5 short."
    assert gap.emphasis(row) is None
