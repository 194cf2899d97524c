"""The Alembic revisions of the learner store, on SQLite (PostgreSQL: test_store_postgres.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from assistant.errors import ConfigError
from assistant.store import DEFAULT_MATERIAL, METADATA, SCHEMA_VERSION, Store, migrations
from assistant.store.schema import cohorts, conversations, schema_info
from tests import store_cases
from tests.conftest import T0

VERSION = sa.text("SELECT version_num FROM alembic_version")


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'learners.sqlite3'}"


def _versions(url: str) -> tuple[list[str], str | None]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            revisions = conn.execute(VERSION).scalars().all()
            legacy = conn.execute(sa.select(schema_info.c.value)).scalar()
    finally:
        engine.dispose()
    return list(revisions), legacy


def test_the_head_revision_is_the_schema_version():
    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert script.get_current_head() == migrations.HEAD == f"{SCHEMA_VERSION:04d}"
    expected = {migrations.revision_id(v) for v in range(1, SCHEMA_VERSION + 1)}
    assert migrations.known_revisions() == expected


def test_a_fresh_database_ends_at_head(db_url):
    Store(db_url).feedback()
    assert _versions(db_url) == ([migrations.HEAD], str(SCHEMA_VERSION))


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_a_database_from_before_alembic_upgrades_and_keeps_its_rows(db_url, version):
    store_cases.make_old_database(db_url, version)
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(
            conversations.insert().values(
                id="c-1", created_at=T0, language="fr", tutor_mode=True, learner_id="ana"
            )
        )
        if version >= 2:  # the columns of version 2, whatever the version
            conn.execute(
                sa.text(
                    "INSERT INTO cohorts (id, name, join_code, note, created_at) "
                    "VALUES (1, 'Rabat', 'K7MQ2P', '', '2026-01-01 00:00:00')"
                )
            )
    engine.dispose()

    store = Store(db_url)
    if version >= 2:
        assert store.cohort(1).name == "Rabat"
        assert store.cohort(1).material == DEFAULT_MATERIAL
    with store.engine.connect() as conn:
        kept = conn.execute(sa.select(conversations.c.id, conversations.c.learner_id)).all()
        columns = {c["name"] for c in sa.inspect(conn).get_columns("cohorts")}
    assert [tuple(row) for row in kept] == [("c-1", "ana")]
    assert columns == {c.name for c in cohorts.columns}
    store.grant("s" * 64, 4_000_000_000.0, "tag")  # version 3's table
    store.close()
    assert _versions(db_url) == ([migrations.HEAD], str(SCHEMA_VERSION))


def test_an_unknown_revision_asks_for_an_upgrade(db_url):
    Store(db_url).feedback()
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(ConfigError, match=r"schema version 0099.*Upgrade agora-tutor"):
        Store(db_url).feedback()


def test_the_revisions_build_exactly_the_tables_of_the_code(db_url):
    """`alembic check`: replaying every revision gives what METADATA.create_all gives."""
    engine = sa.create_engine(db_url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn)
            assert compare_metadata(MigrationContext.configure(conn), METADATA) == []
    finally:
        engine.dispose()


def test_the_revisions_go_down_to_nothing_and_back(db_url):
    engine = sa.create_engine(db_url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn)
            command.downgrade(migrations.alembic_config(conn), "base")
            assert set(sa.inspect(conn).get_table_names()) == {"alembic_version"}
            migrations.upgrade(conn)
            assert compare_metadata(MigrationContext.configure(conn), METADATA) == []
    finally:
        engine.dispose()


def test_the_environment_wants_a_connection():
    with pytest.raises(ConfigError, match="open connection"):
        command.upgrade(migrations.alembic_config(), "head")
