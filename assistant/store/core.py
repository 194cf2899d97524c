"""The engine side of the store: connecting, preparing the schema, writing, retention.

:class:`StoreCore` owns the engine and the transactions; the record groups
(:mod:`.learners`, :mod:`.cohorts`) subclass it and only build queries.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from assistant.config import Settings
from assistant.database import open_engine
from assistant.errors import AssistantError, ConfigError
from assistant.store import migrations
from assistant.store.schema import (
    cohort_members,
    cohorts,
    conversations,
    exercise_progress,
    feedback,
    launches,
    messages,
    quiz_attempts,
)

_WRITE = "agora_write"  # execution option: this transaction will write

#: Tables purged by the age of ``created_at``, children before parents.
_RETAINED: tuple[sa.Table, ...] = (feedback, quiz_attempts, messages)


class InvalidRecordError(AssistantError, ValueError):
    """A record the store refuses (bad rating, too-long comment, unknown id); shown to the user."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy emits BEGIN itself (see _sqlite_begin); the driver must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "PRAGMA busy_timeout=5000",  # first, so that switching to WAL may wait too
        "PRAGMA journal_mode=WAL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA synchronous=NORMAL",  # safe with WAL; a crash loses at most the last commits
    ):
        cursor.execute(pragma)
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _takes_language(redactor: Callable[..., str] | None) -> bool:
    """Whether ``redactor`` accepts ``(text, language)`` (``privacy.redact`` does)."""
    if redactor is None:
        return False
    try:
        inspect.signature(redactor).bind("", None)
    except (TypeError, ValueError):
        return False
    return True


class StoreCore:
    """Engine, schema and transactions of the learner store; safe to share between threads."""

    def __init__(
        self,
        url: str,
        *,
        retention_days: int = 180,
        redactor: Callable[..., str] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        try:
            self.url = sa.make_url(url)
            self.url.get_dialect()
        except sa.exc.ArgumentError as exc:
            raise ConfigError(
                f"Invalid database URL {url!r}: {exc}. Check ASSISTANT_DATABASE_URL "
                "(e.g. postgresql+psycopg://user@host/db), or leave it empty for SQLite."
            ) from exc
        except sa.exc.NoSuchModuleError as exc:
            raise ConfigError(
                f"Unknown database kind in {self._where}. Check ASSISTANT_DATABASE_URL: "
                "use sqlite:///path or postgresql+psycopg://user@host/db."
            ) from exc
        if retention_days < 0:
            raise ConfigError("retention_days must be 0 (keep forever) or more")
        self.retention_days = retention_days
        self._redactor = redactor
        self._redactor_takes_language = _takes_language(redactor)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings, redactor: Callable[..., str] | None = None) -> Self:
        """The store at ``settings.store_url`` with the configured retention."""
        return cls(settings.store_url, retention_days=settings.retention_days, redactor=redactor)

    def _redact(self, text: str, language: str | None = None) -> str:
        """``text`` masked by the redactor, told the record's language when it takes one."""
        if self._redactor is None:
            return text
        if self._redactor_takes_language:
            return self._redactor(text, language or None)
        return self._redactor(text)

    @property
    def _where(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def describe(self) -> str:
        """Where records are kept, password hidden (shown on the About page)."""
        return self._where

    # -- engine -----------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The engine, created (with tables and the schema check) on first use."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = self._create_engine()
        return self._engine

    def _create_engine(self) -> Engine:
        sqlite = self.url.get_backend_name() == "sqlite"
        options: dict[str, Any] = {}
        if sqlite:
            database = self.url.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            else:  # one shared in-memory database, for tests
                options = {"poolclass": sa.StaticPool, "connect_args": {"check_same_thread": False}}
        else:
            options = {"pool_pre_ping": True}
        return open_engine(
            self.url, what="the learner database", where=self._where,
            setting="ASSISTANT_DATABASE_URL", prepare=self._prepare,
            sqlite_events={"connect": _sqlite_pragmas, "begin": _sqlite_begin}, **options,
        )

    def _prepare(self, engine: Engine) -> None:
        """Create a fresh schema, or upgrade an older one in place, in one transaction.

        See :mod:`assistant.store.migrations` for the states a database can be found in.
        """
        with engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                if engine.dialect.name == "postgresql":  # serialise first-time setup of instances
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(7424011)"))
                migrations.prepare(conn, self._where)

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                yield conn

    def _insert(self, table: sa.Table, **values: Any) -> Any:
        """Insert one row stamped with the current time; return its primary key."""
        try:
            with self._write() as conn:
                result = conn.execute(table.insert().values(created_at=self._clock(), **values))
                return result.inserted_primary_key[0]  # type: ignore[index]
        except sa.exc.IntegrityError as exc:
            raise InvalidRecordError(
                f"Cannot store this {table.name} record: it refers to a conversation or "
                f"message that does not exist ({exc.orig})."
            ) from exc

    def close(self) -> None:
        """Release every connection; the store reopens on next use."""
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None

    # -- retention --------------------------------------------------------------

    def purge_expired(self, now: datetime | None = None) -> dict[str, int]:
        """Delete records older than ``retention_days`` (0 keeps all); counts per table.

        * feedback, quiz attempts and messages go by their creation time; a
          conversation goes once none of its messages is left, so a
          long-running conversation keeps its recent turns;
        * exercise progress goes by its last save (``updated_at``), so work a
          learner still returns to is kept;
        * a closed launch goes by its closing time; an open one stays;
        * a cohort (with its members' display names) goes once it is older than
          the cutoff and has no launch left, so a class still in progress is kept.
        """
        tables = (*_RETAINED, conversations, exercise_progress, launches, cohort_members, cohorts)
        counts = {table.name: 0 for table in tables}
        if self.retention_days == 0:
            return counts
        cutoff = (now or self._clock()) - timedelta(days=self.retention_days)
        with self._write() as conn:
            for table in _RETAINED:
                result = conn.execute(table.delete().where(table.c.created_at < cutoff))
                counts[table.name] = result.rowcount
            has_messages = sa.exists().where(messages.c.conversation_id == conversations.c.id)
            result = conn.execute(
                conversations.delete().where(conversations.c.created_at < cutoff, ~has_messages)
            )
            counts[conversations.name] = result.rowcount
            result = conn.execute(
                exercise_progress.delete().where(exercise_progress.c.updated_at < cutoff)
            )
            counts[exercise_progress.name] = result.rowcount
            result = conn.execute(
                launches.delete().where(
                    launches.c.closed_at.is_not(None), launches.c.closed_at < cutoff
                )
            )
            counts[launches.name] = result.rowcount
            has_launches = sa.exists().where(launches.c.cohort_id == cohorts.c.id)
            expired = sa.select(cohorts.c.id).where(cohorts.c.created_at < cutoff, ~has_launches)
            result = conn.execute(
                cohort_members.delete().where(cohort_members.c.cohort_id.in_(expired))
            )
            counts[cohort_members.name] = result.rowcount
            result = conn.execute(cohorts.delete().where(cohorts.c.id.in_(expired)))
            counts[cohorts.name] = result.rowcount
        return counts
