"""The learner-record tables and their schema versions.

Portable SQL only (SQLite and PostgreSQL): ``sa.JSON`` for structured values,
timestamps through :class:`UTCDateTime`. :data:`METADATA` is the schema at the
newest version; each version is an Alembic revision under
:mod:`assistant.store.migrations` (``0001`` … ``0004``), applied in place when
an older database is opened. Version history:

1. conversations, messages, feedback, quiz attempts;
2. cohorts, cohort members, exercise launches and exercise progress (new
   tables only, so the upgrade creates them and touches no existing row);
3. instructor sessions (a new table only): which browser sessions are logged
   in as the instructor, so that every app instance sharing the database
   agrees (see :mod:`assistant.auth`);
4. ``cohorts.material``: which course material the cohort's learners get
   answers from (:data:`MATERIALS`); existing cohorts get the default.

Releases before Alembic (versions 1 to 4) kept the number in ``schema_info``
alone; it is still written, so they refuse a database upgraded past them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

#: Bump with a new revision in ``migrations/versions/`` (its id is this number, zero-padded)
#: whenever the tables change; see CONTRIBUTING.md.
SCHEMA_VERSION = 4
ROLES = ("user", "assistant")
STEP_STATUSES = ("started", "done")
MAX_DISPLAY_NAME = 40
MAX_ID_CHARS = 64
#: A cohort's course material: the built-in course only, or the course plus the
#: instructor's published material (the default).
MATERIALS = ("course", "course+instructor")
DEFAULT_MATERIAL = "course+instructor"


class UTCDateTime(sa.TypeDecorator[datetime]):
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


METADATA = sa.MetaData()

schema_info = sa.Table(
    "schema_info",
    METADATA,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(255), nullable=False),
)

# -- version 1: the learner's own records --------------------------------------

conversations = sa.Table(
    "conversations",
    METADATA,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("created_at", UTCDateTime, nullable=False, index=True),
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
    sa.Column("created_at", UTCDateTime, nullable=False, index=True),
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
    sa.Column("created_at", UTCDateTime, nullable=False, index=True),
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
    sa.Column("created_at", UTCDateTime, nullable=False, index=True),
)

# -- version 2: cohorts and guided exercises ----------------------------------

cohorts = sa.Table(
    "cohorts",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("join_code", sa.String(16), nullable=False, unique=True),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False, index=True),
    # Version 4.
    sa.Column("material", sa.String(32), nullable=False, server_default=DEFAULT_MATERIAL),
)

cohort_members = sa.Table(
    "cohort_members",
    METADATA,
    sa.Column(
        "cohort_id",
        sa.Integer,
        sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("learner_id", sa.String(255), primary_key=True, index=True),
    sa.Column("display_name", sa.String(MAX_DISPLAY_NAME), nullable=False),
    sa.Column("joined_at", UTCDateTime, nullable=False),
)

launches = sa.Table(
    "launches",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "cohort_id",
        sa.Integer,
        sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("exercise_id", sa.String(MAX_ID_CHARS), nullable=False),
    sa.Column("launched_at", UTCDateTime, nullable=False),
    sa.Column("closed_at", UTCDateTime, nullable=True),
)

exercise_progress = sa.Table(
    "exercise_progress",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("learner_id", sa.String(255), nullable=False),
    sa.Column(
        "cohort_id",
        sa.Integer,
        sa.ForeignKey("cohorts.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
    ),
    sa.Column("exercise_id", sa.String(MAX_ID_CHARS), nullable=False),
    sa.Column("step_id", sa.String(MAX_ID_CHARS), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("answer", sa.JSON, nullable=False),
    sa.Column("checks", sa.JSON, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False, index=True),
    sa.UniqueConstraint("learner_id", "exercise_id", "step_id", name="uq_progress_step"),
    sa.CheckConstraint("status IN ('started', 'done')", name="ck_progress_status"),
)

# -- version 3: instructor sessions ---------------------------------------------------

instructor_sessions = sa.Table(
    "instructor_sessions",
    METADATA,
    # SHA-256 of the session id: a copy of the database does not hand out live sessions.
    sa.Column("session_key", sa.String(64), primary_key=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("expires_at", UTCDateTime, nullable=False, index=True),
    # Fingerprint of the password hash in force at login: a new password ends the session.
    sa.Column("password_tag", sa.String(64), nullable=False),
)
