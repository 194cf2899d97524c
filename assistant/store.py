"""Learner records: conversations, messages, feedback and quiz attempts.

SQLAlchemy Core (no ORM sessions) with portable SQL only, so that the same code
runs on the default SQLite file in the data directory and on PostgreSQL
(``postgresql+psycopg://...``) for deployments with several app instances.
Choices made here:

- **Portable types.** ``sa.JSON`` for citations and answers, timestamps stored
  as UTC through :class:`_UTCDateTime` (timezone-aware on PostgreSQL, naive
  UTC text on SQLite, always returned timezone-aware).
- **SQLite tuned for a multi-user web app.** WAL (readers never block the
  writer), ``busy_timeout`` (a writer waits instead of failing with "database
  is locked") and ``foreign_keys=ON`` on every connection. Write transactions
  start with ``BEGIN IMMEDIATE`` so that two writers queue for the lock at the
  start instead of deadlocking halfway. The engine is thread-safe; Gradio's
  worker threads share one :class:`Store`.
- **Lazy.** Constructing a Store only parses the URL; the engine, the tables
  and the schema-version check happen on first use.
- **Coverage lives on the assistant message**, since it describes the reply.
  :meth:`Store.uncovered_questions` pairs each uncovered reply with the latest
  earlier user message of the same conversation.
- **Nothing a user typed is silently cut.** Too-long comments are an error the
  UI shows; an optional ``redactor`` masks personal data before storage.

New tables (cohorts, exercises) go in the schema section below, get a record
dataclass, a method group in :class:`Store`, and a line in ``_RETAINED`` if
old rows should expire; bump ``SCHEMA_VERSION`` only with a migration.
"""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect, Engine

from assistant import languages
from assistant.config import Settings
from assistant.errors import AssistantError, BackendError, ConfigError

#: Bump with a migration in :meth:`Store._prepare` when the tables change.
SCHEMA_VERSION = 1
MAX_COMMENT_CHARS = 2000
ROLES = ("user", "assistant")
_WRITE = "agora_write"  # execution option: this transaction will write


class InvalidRecordError(AssistantError, ValueError):
    """A record the store refuses (bad rating, too-long comment, unknown id); shown to the user."""


class _UTCDateTime(sa.TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, on every backend."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        # SQLite keeps text; dropping the offset keeps comparisons plain string order.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# -- schema -------------------------------------------------------------------

METADATA = sa.MetaData()

schema_info = sa.Table(
    "schema_info",
    METADATA,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(255), nullable=False),
)

conversations = sa.Table(
    "conversations",
    METADATA,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("created_at", _UTCDateTime, nullable=False, index=True),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("tutor_mode", sa.Boolean, nullable=False),
    sa.Column("learner_id", sa.Text, nullable=True, index=True),
)

messages = sa.Table(
    "messages",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "conversation_id",
        sa.String(36),
        sa.ForeignKey("conversations.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("covered", sa.Boolean, nullable=True),
    sa.Column("citations", sa.JSON, nullable=False),
    sa.Column("model", sa.Text, nullable=False),
    sa.Column("prompt_version", sa.Text, nullable=False),
    sa.Column("created_at", _UTCDateTime, nullable=False, index=True),
    sa.CheckConstraint("role IN ('user', 'assistant')", name="ck_messages_role"),
)

feedback = sa.Table(
    "feedback",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "conversation_id",
        sa.String(36),
        sa.ForeignKey("conversations.id", ondelete="SET NULL"),
        nullable=True,
    ),
    sa.Column(
        "message_id", sa.Integer, sa.ForeignKey("messages.id", ondelete="SET NULL"), nullable=True
    ),
    sa.Column("rating", sa.SmallInteger, nullable=False),
    sa.Column("comment", sa.Text, nullable=False),
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("answer", sa.Text, nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("created_at", _UTCDateTime, nullable=False, index=True),
    sa.CheckConstraint("rating IN (-1, 1)", name="ck_feedback_rating"),
)

quiz_attempts = sa.Table(
    "quiz_attempts",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("learner_id", sa.Text, nullable=False, index=True),
    sa.Column("module", sa.Text, nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("score", sa.Integer, nullable=False),
    sa.Column("total", sa.Integer, nullable=False),
    sa.Column("answers", sa.JSON, nullable=False),
    sa.Column("created_at", _UTCDateTime, nullable=False, index=True),
)

#: Tables purged by age, children before parents (conversations are handled apart).
_RETAINED: tuple[sa.Table, ...] = (feedback, quiz_attempts, messages)


# -- records ------------------------------------------------------------------


@dataclass(frozen=True)
class StoredMessage:
    """One turn of a conversation as stored."""

    id: int
    conversation_id: str
    role: str
    text: str
    language: str
    covered: bool | None
    citations: tuple[Any, ...]
    model: str
    prompt_version: str
    created_at: datetime


@dataclass(frozen=True)
class StoredFeedback:
    """A thumbs-up or thumbs-down with what was asked and answered."""

    id: int
    rating: int
    comment: str
    question: str
    answer: str
    language: str
    conversation_id: str | None
    message_id: int | None
    created_at: datetime


@dataclass(frozen=True)
class BestAttempt:
    """A learner's best quiz result for one module (best = highest share correct)."""

    module: str
    score: int
    total: int
    attempts: int
    last_attempt_at: datetime


@dataclass(frozen=True)
class UncoveredQuestion:
    """A learner question the course could not answer."""

    question: str
    language: str
    asked_at: datetime
    conversation_id: str
    message_id: int


# -- the store ----------------------------------------------------------------


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


class Store:
    """Learner and instructor records in one SQL database; safe to share between threads."""

    def __init__(
        self,
        url: str,
        *,
        retention_days: int = 180,
        redactor: Callable[[str], str] | None = None,
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
        self._redact = redactor or (lambda text: text)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(
        cls, settings: Settings, redactor: Callable[[str], str] | None = None
    ) -> Store:
        """The store at ``settings.store_url`` with the configured retention."""
        return cls(settings.store_url, retention_days=settings.retention_days, redactor=redactor)

    @property
    def _where(self) -> str:
        return self.url.render_as_string(hide_password=True)

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
        try:
            engine = sa.create_engine(self.url, **options)
        except ImportError as exc:
            raise ConfigError(
                f"The database driver for {self._where} is not installed ({exc}). "
                "For PostgreSQL install the postgres extra: pip install 'agora-tutor[postgres]' "
                "and use a postgresql+psycopg:// URL in ASSISTANT_DATABASE_URL."
            ) from exc
        except sa.exc.ArgumentError as exc:
            raise ConfigError(f"Check ASSISTANT_DATABASE_URL: {exc}") from exc
        if sqlite:
            sa.event.listen(engine, "connect", _sqlite_pragmas)
            sa.event.listen(engine, "begin", _sqlite_begin)
        try:
            self._prepare(engine)
        except sa.exc.OperationalError as exc:
            engine.dispose()
            raise BackendError(
                f"Cannot open the learner database at {self._where}: {exc.orig}. "
                "Check ASSISTANT_DATABASE_URL and that the database server is running."
            ) from exc
        except BaseException:
            engine.dispose()
            raise
        return engine

    def _prepare(self, engine: Engine) -> None:
        """Create missing tables and check (or record) the schema version, in one transaction."""
        with engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                if engine.dialect.name == "postgresql":  # serialise first-time setup of instances
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(7424011)"))
                METADATA.create_all(conn)
                row = conn.execute(
                    sa.select(schema_info.c.value).where(schema_info.c.key == "schema_version")
                ).first()
                if row is None:
                    conn.execute(
                        schema_info.insert().values(key="schema_version", value=str(SCHEMA_VERSION))
                    )
                    return
                found = int(row.value)
                if found > SCHEMA_VERSION:
                    raise ConfigError(
                        f"The learner database at {self._where} has schema version "
                        f"{found}, newer than this agora-tutor understands ({SCHEMA_VERSION}). "
                        "Upgrade agora-tutor (pip install -U agora-tutor) or point "
                        "ASSISTANT_DATABASE_URL at another database."
                    )
                # Later schema versions add their migration steps here.

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

    # -- conversations ----------------------------------------------------------

    def new_conversation(
        self, language: str, tutor_mode: bool = False, learner_id: str | None = None
    ) -> str:
        """Start a conversation and return its id (a UUID string)."""
        conversation_id = str(uuid.uuid4())
        self._insert(
            conversations,
            id=conversation_id,
            language=languages.normalize(language),
            tutor_mode=bool(tutor_mode),
            learner_id=learner_id,
        )
        return conversation_id

    def add_message(
        self,
        conversation_id: str,
        role: str,
        text: str,
        *,
        language: str,
        covered: bool | None = None,
        citations: Iterable[Any] = (),
        model: str = "",
        prompt_version: str = "",
    ) -> int:
        """Store one turn; ``citations`` are JSON values or dataclasses such as Citation."""
        if role not in ROLES:
            raise InvalidRecordError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        stored_citations = [
            dataclasses.asdict(c) if dataclasses.is_dataclass(c) and not isinstance(c, type) else c
            for c in citations
        ]
        return self._insert(
            messages,
            conversation_id=conversation_id,
            role=role,
            text=self._redact(text),
            language=languages.normalize(language),
            covered=covered,
            citations=stored_citations,
            model=model,
            prompt_version=prompt_version,
        )

    def history(self, conversation_id: str, limit: int | None = None) -> list[StoredMessage]:
        """The conversation's messages, oldest first; with ``limit``, only the latest ones."""
        query = sa.select(messages).where(messages.c.conversation_id == conversation_id)
        query = query.order_by(messages.c.id.desc())
        if limit is not None:
            query = query.limit(max(limit, 0))
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            StoredMessage(**{**row._mapping, "citations": tuple(row.citations or ())})
            for row in reversed(rows)
        ]

    def uncovered_questions(self, limit: int = 100) -> list[UncoveredQuestion]:
        """Questions whose reply the course did not cover, newest first."""
        user = messages.alias("user_message")
        reply = messages.alias("reply")
        question = (
            sa.select(user.c.text)
            .where(
                user.c.conversation_id == reply.c.conversation_id,
                user.c.role == "user",
                user.c.id < reply.c.id,
            )
            .order_by(user.c.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        query = (
            sa.select(question.label("question"), reply)
            .where(reply.c.role == "assistant", reply.c.covered.is_(False))
            .order_by(reply.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            UncoveredQuestion(
                row.question, row.language, row.created_at, row.conversation_id, row.id
            )
            for row in rows
            if row.question is not None
        ]

    # -- feedback ---------------------------------------------------------------

    def add_feedback(
        self,
        rating: int,
        *,
        comment: str = "",
        question: str = "",
        answer: str = "",
        language: str = "",
        conversation_id: str | None = None,
        message_id: int | None = None,
    ) -> int:
        """Store a rating (+1 or -1) with an optional comment of at most 2,000 characters."""
        if isinstance(rating, bool) or rating not in (1, -1):
            raise InvalidRecordError(
                f"rating must be +1 (helpful) or -1 (not helpful), not {rating!r}"
            )
        if len(comment) > MAX_COMMENT_CHARS:
            raise InvalidRecordError(
                f"Your comment is {len(comment)} characters long; please keep it under "
                f"{MAX_COMMENT_CHARS}."
            )
        return self._insert(
            feedback,
            rating=rating,
            comment=self._redact(comment),
            question=self._redact(question),
            answer=self._redact(answer),
            language=languages.normalize(language) if language else "",
            conversation_id=conversation_id,
            message_id=message_id,
        )

    def feedback(self, limit: int = 100, language: str | None = None) -> list[StoredFeedback]:
        """The latest feedback, newest first, optionally in one language."""
        query = sa.select(feedback).order_by(feedback.c.created_at.desc(), feedback.c.id.desc())
        if language:
            query = query.where(feedback.c.language == languages.normalize(language))
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit)).all()
        return [StoredFeedback(**row._mapping) for row in rows]

    # -- quizzes ----------------------------------------------------------------

    def add_quiz_attempt(
        self,
        learner_id: str,
        module: str,
        language: str,
        score: int,
        total: int,
        answers: Mapping[str, Any],
    ) -> int:
        """Record one graded attempt; ``answers`` maps question id to the chosen option."""
        if not 0 <= score <= total:
            raise InvalidRecordError(f"score must be between 0 and total ({total}), not {score}")
        return self._insert(
            quiz_attempts,
            learner_id=learner_id,
            module=module,
            language=languages.normalize(language),
            score=score,
            total=total,
            answers=dict(answers),
        )

    def progress(self, learner_id: str) -> dict[str, BestAttempt]:
        """Per module: the best attempt (highest share correct), attempt count, last time."""
        query = (
            sa.select(quiz_attempts)
            .where(quiz_attempts.c.learner_id == learner_id)
            .order_by(quiz_attempts.c.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        by_module: dict[str, list[Any]] = {}
        for row in rows:
            by_module.setdefault(row.module, []).append(row)
        progress = {}
        for module, attempts in by_module.items():
            best = max(attempts, key=lambda r: (r.score / r.total if r.total else 0.0, r.score))
            last = max(r.created_at for r in attempts)
            progress[module] = BestAttempt(module, best.score, best.total, len(attempts), last)
        return progress

    # -- retention --------------------------------------------------------------

    def purge_expired(self, now: datetime | None = None) -> dict[str, int]:
        """Delete records older than ``retention_days`` (0 keeps all); counts per table.

        A conversation goes once none of its messages is left, so a long-running
        conversation keeps its recent turns.
        """
        counts = {table.name: 0 for table in (*_RETAINED, conversations)}
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
        return counts
