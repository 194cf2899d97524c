"""Schema migrations of the learner store: an Alembic script directory, driven in code.

Revision ids are the schema versions, zero-padded (``0001`` … ``0004``, see
:data:`~assistant.store.schema.SCHEMA_VERSION`); the revisions live in
``versions/`` and ship in the wheel. There is no ``alembic.ini``:
:func:`alembic_config` builds the configuration, and ``env.py`` runs on the
connection it is handed, so :func:`prepare` keeps every step inside the
store's one preparing transaction (and, on PostgreSQL, under its advisory
lock). :func:`prepare` opens a database in one of four states:

* fresh: every table from :data:`~assistant.store.schema.METADATA` at once,
  then stamped at head (one ``CREATE`` per table instead of replaying each
  revision; ``tests/test_store_migrations.py`` checks both give the same
  tables);
* from a release before Alembic (a ``schema_info`` version, no
  ``alembic_version``): stamped at that version's revision, then upgraded;
* with ``alembic_version``: upgraded to head (nothing to do at head, and
  Alembic is not even imported);
* newer than this code (an unknown revision, or a ``schema_info`` version
  above ours): refused with a :class:`~assistant.errors.ConfigError`.

``schema_info`` keeps the version number in step with the revision, so a
release from before Alembic still refuses a database upgraded past it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from assistant.errors import ConfigError
from assistant.store.schema import METADATA, SCHEMA_VERSION, schema_info

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = Path(__file__).resolve().parent
_VERSION_KEY = schema_info.c.key == "schema_version"


def revision_id(version: int) -> str:
    """The Alembic revision of schema version ``version`` (``4`` -> ``"0004"``)."""
    return f"{version:04d}"


#: The revision this code brings every database to.
HEAD = revision_id(SCHEMA_VERSION)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the learner tables, running on ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    # Revision files stay importable names: r0005_some_change.py.
    config.set_main_option("file_template", "r%%(rev)s_%%(slug)s")
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Every revision id in ``versions/``."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Run the revisions up to ``revision`` on ``conn``, inside its transaction."""
    from alembic import command

    command.upgrade(alembic_config(conn), revision)


def stamp(conn: Connection, revision: str) -> None:
    """Record ``revision`` in ``alembic_version`` without running anything."""
    from alembic import command

    command.stamp(alembic_config(conn), revision)


def _newer(where: str, found: str) -> ConfigError:
    return ConfigError(
        f"The learner database at {where} has schema version {found}, newer than this "
        f"agora-tutor understands ({HEAD}). Upgrade agora-tutor (pip install -U agora-tutor) "
        "or point ASSISTANT_DATABASE_URL at another database."
    )


def prepare(conn: Connection, where: str) -> None:
    """Bring the database on ``conn`` to :data:`HEAD`, in the caller's transaction.

    ``where`` names the database in the error for one newer than this code.
    """
    tables = set(sa.inspect(conn).get_table_names())
    legacy: int | None = None
    if schema_info.name in tables:
        value = conn.execute(sa.select(schema_info.c.value).where(_VERSION_KEY)).scalar()
        legacy = int(value) if value is not None else None
    current: str | None = None
    if "alembic_version" in tables:
        heads = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all()
        current = ",".join(sorted(heads)) or None
    if legacy is not None and legacy > SCHEMA_VERSION:
        raise _newer(where, revision_id(legacy))
    if current == HEAD:
        pass
    elif current is not None:
        if current not in known_revisions():
            raise _newer(where, current)
        upgrade(conn)
    elif legacy is not None and legacy >= 1:  # a release from before Alembic
        stamp(conn, revision_id(legacy))
        upgrade(conn)
    else:
        METADATA.create_all(conn)
        stamp(conn, HEAD)
    if legacy is None:
        conn.execute(schema_info.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
    elif legacy != SCHEMA_VERSION:
        conn.execute(schema_info.update().where(_VERSION_KEY).values(value=str(SCHEMA_VERSION)))
