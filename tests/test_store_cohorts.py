"""Cohorts, launches, exercise progress and the schema upgrade, on SQLite."""

from pathlib import Path

import pytest
import sqlalchemy as sa

from assistant.store import InvalidRecordError, Store, normalize_join_code, schema_info
from tests import store_cases


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'learners.sqlite3'}"


@pytest.mark.parametrize("case", store_cases.CASES, ids=lambda case: case.__name__[5:])
def test_store_case_on_sqlite(case, db_url, clock):
    store = Store(db_url, clock=clock)
    try:
        case(store, clock)
    finally:
        store.close()


def test_v1_sqlite_file_upgrades_in_place(db_url):
    store_cases.make_v1_database(db_url)
    store = Store(db_url)
    store_cases.check_upgraded(store)
    store.close()
    reopened = Store(db_url)  # a second open finds version 2 and changes nothing
    assert [c.name for c in reopened.cohorts()] == ["after upgrade"]
    reopened.close()


def test_a_failed_upgrade_leaves_version_1(db_url, monkeypatch):
    from alembic.operations import Operations

    store_cases.make_v1_database(db_url)
    create_table = Operations.create_table

    def disk_full_at_launches(self, name, *columns, **kw):
        if name == "launches":  # after two tables of revision 0002 were created
            raise RuntimeError("disk full")
        return create_table(self, name, *columns, **kw)

    monkeypatch.setattr(Operations, "create_table", disk_full_at_launches)
    with pytest.raises(RuntimeError, match="disk full"):
        Store(db_url).cohorts()
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(sa.select(schema_info.c.value)).scalar() == "1"
        tables = set(sa.inspect(conn).get_table_names())
    engine.dispose()
    assert "alembic_version" not in tables and "cohorts" not in tables


@pytest.mark.parametrize(
    "typed, stored",
    [("k7m q2p", "K7MQ2P"), ("K7M-Q2P", "K7MQ2P"), ("  k7mq2p\t", "K7MQ2P")],
)
def test_join_codes_forgive_case_spaces_and_dashes(typed, stored):
    assert normalize_join_code(typed) == stored


@pytest.mark.parametrize("typed", ["", "K7MQ2", "K7MQ2PP", "K7MQ2O", "K7MQ21", "K7MQ2É"])
def test_malformed_join_codes_are_refused_with_advice(typed):
    with pytest.raises(InvalidRecordError, match="Copy it again from your instructor"):
        normalize_join_code(typed)


def test_join_code_collisions_draw_again(db_url, clock, monkeypatch):
    import assistant.store.cohorts as cohorts_module

    store = Store(db_url, clock=clock)
    draws = iter("AAAAAAAAAAAABBBBBB")
    monkeypatch.setattr(cohorts_module.secrets, "choice", lambda alphabet: next(draws))
    assert store.create_cohort("first").join_code == "AAAAAA"
    assert store.create_cohort("second").join_code == "BBBBBB"
    store.close()


def test_control_characters_in_display_names_are_refused(db_url, clock):
    store = Store(db_url, clock=clock)
    cohort = store.create_cohort("A")
    with pytest.raises(InvalidRecordError, match="control characters"):
        store.join_cohort(cohort.join_code, "ana", "Ana\u202eevil")
    store.close()
