"""Learner and instructor records in one SQL database: the learner store.

SQLAlchemy Core (no ORM sessions) with portable SQL only, so that the same code
runs on the default SQLite file in the data directory and on PostgreSQL
(``postgresql+psycopg://...``) for deployments with several app instances.
Choices made here:

- **Portable types.** ``sa.JSON`` for citations and answers, timestamps stored
  as UTC (timezone-aware on PostgreSQL, naive UTC text on SQLite, always
  returned timezone-aware).
- **SQLite tuned for a multi-user web app.** WAL (readers never block the
  writer), ``busy_timeout`` (a writer waits instead of failing with "database
  is locked") and ``foreign_keys=ON`` on every connection. Write transactions
  start with ``BEGIN IMMEDIATE`` so that two writers queue for the lock at the
  start instead of deadlocking halfway. The engine is thread-safe; Gradio's
  worker threads share one :class:`Store`.
- **Lazy.** Constructing a Store only parses the URL; the engine, the tables
  and the schema-version check (with in-place upgrades of older databases)
  happen on first use.

The package is split by job: :mod:`.schema` (tables, version, migrations),
:mod:`.records` (returned dataclasses), :mod:`.core` (engine, transactions,
retention), :mod:`.learners` (conversations, feedback, quizzes),
:mod:`.cohorts` (cohorts, launches, exercise progress), :mod:`.views` (the
instructor's reports) and :mod:`.export` (CSV). New tables go in ``schema.py`` with a migration step,
get a record dataclass, a method group, and a rule in ``purge_expired``.
"""

from __future__ import annotations

from assistant.store.cohorts import JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalize_join_code
from assistant.store.core import InvalidRecordError
from assistant.store.export import export_csv
from assistant.store.learners import MAX_COMMENT_CHARS
from assistant.store.records import (
    BestAttempt,
    Cohort,
    Launch,
    Member,
    MemberProgress,
    StepProgress,
    StoredFeedback,
    StoredMessage,
    Submission,
    UncoveredQuestion,
)
from assistant.store.schema import (
    DEFAULT_MATERIAL,
    MATERIALS,
    MAX_DISPLAY_NAME,
    METADATA,
    ROLES,
    SCHEMA_VERSION,
    STEP_STATUSES,
    schema_info,
)
from assistant.store.views import InstructorViews


class Store(InstructorViews):
    """Learner and instructor records in one SQL database; safe to share between threads."""


__all__ = [
    "DEFAULT_MATERIAL",
    "MATERIALS",
    "JOIN_CODE_ALPHABET",
    "JOIN_CODE_LENGTH",
    "MAX_COMMENT_CHARS",
    "MAX_DISPLAY_NAME",
    "METADATA",
    "ROLES",
    "SCHEMA_VERSION",
    "STEP_STATUSES",
    "BestAttempt",
    "Cohort",
    "InvalidRecordError",
    "Launch",
    "Member",
    "MemberProgress",
    "StepProgress",
    "Store",
    "StoredFeedback",
    "StoredMessage",
    "Submission",
    "UncoveredQuestion",
    "export_csv",
    "normalize_join_code",
    "schema_info",
]
