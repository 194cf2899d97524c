"""Alembic's environment for the learner tables: it runs on the connection it is handed.

:func:`assistant.store.migrations.prepare` passes the store's connection in
``config.attributes["connection"]``, so every revision runs inside the store's
one preparing transaction and, on PostgreSQL, under its advisory lock. There
is no engine here and no offline (``--sql``) mode. SQLite gets batch mode:
an ALTER that SQLite lacks is done by copying the table.
"""

from __future__ import annotations

from alembic import context

from assistant.errors import ConfigError
from assistant.store.schema import METADATA

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise ConfigError(
        "The learner-store migrations run on an open connection: open the store "
        "(assistant.store.Store) or use `python -m scripts.new_migration`; "
        "offline --sql mode is not supported."
    )
context.configure(
    connection=connection,
    target_metadata=METADATA,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
