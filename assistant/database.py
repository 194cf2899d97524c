"""Opening a SQLAlchemy engine with errors that say what to fix.

The learner store and the ingest catalogue both live in SQLite by default and
in PostgreSQL when a URL says so; both open their engine here, so a missing
driver, a malformed URL or a server that is down reads the same way and names
the setting to change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from assistant.errors import BackendError, ConfigError


def open_engine(
    url: URL | str,
    *,
    what: str,
    where: str,
    setting: str,
    prepare: Callable[[Engine], None],
    sqlite_events: dict[str, Callable[..., Any]] | None = None,
    **options: Any,
) -> Engine:
    """An engine for ``url`` on which ``prepare`` (create or upgrade tables) has run.

    ``what`` and ``where`` name the database in errors ("the learner database",
    its URL without password); ``setting`` is the variable that chooses it.
    ``sqlite_events`` are engine event listeners added on SQLite only.
    """
    try:
        engine = sa.create_engine(url, **options)
    except ImportError as exc:
        raise ConfigError(
            f"The database driver for {where} is not installed ({exc}). "
            "For PostgreSQL install the postgres extra: pip install 'agora-tutor[postgres]' "
            f"and use a postgresql+psycopg:// URL in {setting}."
        ) from exc
    except sa.exc.ArgumentError as exc:
        raise ConfigError(f"Check {setting}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        for event, listener in (sqlite_events or {}).items():
            sa.event.listen(engine, event, listener)
    try:
        prepare(engine)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise BackendError(
            f"Cannot open {what} at {where}: {exc.orig}. "
            f"Check {setting} and that the database server is running."
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine
