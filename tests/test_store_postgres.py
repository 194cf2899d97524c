"""The learner store against a real PostgreSQL server on 127.0.0.1.

The server is the session's ``postgres_url`` (see ``tests/conftest.py``). If no
server can be had, every test here fails with the script's reason: a skipped
database test would hide a broken deployment path.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from assistant.store import (
    DEFAULT_MATERIAL,
    METADATA,
    SCHEMA_VERSION,
    Store,
    migrations,
    schema_info,
)
from tests import store_cases
from tests.conftest import Clock

pytestmark = pytest.mark.server

def _drop_everything(url: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            METADATA.drop_all(conn, checkfirst=True)
            conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        engine.dispose()


@pytest.fixture
def pg_url(postgres_url: str) -> Iterator[str]:
    _drop_everything(postgres_url)
    yield postgres_url
    _drop_everything(postgres_url)


@pytest.mark.parametrize("case", store_cases.CASES, ids=lambda case: case.__name__[5:])
def test_store_case_on_postgres(case, pg_url):
    clock = Clock()
    store = Store(pg_url, clock=clock)
    try:
        assert store.engine.dialect.name == "postgresql"
        case(store, clock)
    finally:
        store.close()


def test_schema_version_is_recorded_on_postgres(pg_url):
    store = Store(pg_url)
    store.feedback()
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(schema_info.c.value)).scalar() == str(SCHEMA_VERSION)
    store.close()


def test_v1_postgres_database_upgrades_in_place(pg_url):
    store_cases.make_v1_database(pg_url)
    store = Store(pg_url)
    store_cases.check_upgraded(store)
    store.close()


def test_v3_postgres_database_gains_the_cohort_setting(pg_url):
    store_cases.make_old_database(pg_url, 3)
    engine = sa.create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO cohorts (name, join_code, note, created_at) "
                "VALUES ('Rabat', 'K7MQ2P', '', now())"
            )
        )
    engine.dispose()
    store = Store(pg_url)
    assert [(c.name, c.material) for c in store.cohorts()] == [("Rabat", DEFAULT_MATERIAL)]
    with store.engine.connect() as conn:
        version = sa.text("SELECT version_num FROM alembic_version")
        assert conn.execute(version).scalars().all() == [migrations.HEAD]
    store.close()


def test_the_revisions_build_exactly_the_tables_of_the_code_on_postgres(pg_url):
    engine = sa.create_engine(pg_url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn)
            assert compare_metadata(MigrationContext.configure(conn), METADATA) == []
    finally:
        engine.dispose()


def test_two_instances_prepare_the_schema_together(pg_url):
    stores = [Store(pg_url) for _ in range(4)]
    errors: list[BaseException] = []

    def open_store(store: Store) -> None:
        try:
            store.cohorts()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_store, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for store in stores:
        store.close()
