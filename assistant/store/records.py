"""Frozen dataclasses the store returns; plain values, easy to render or export."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any


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


@dataclass(frozen=True)
class Cohort:
    """A group of learners an instructor teaches; learners join with ``join_code``."""

    id: int
    name: str
    join_code: str
    note: str
    created_at: datetime
    #: Which material its learners' answers come from (one of ``schema.MATERIALS``).
    material: str = "course+instructor"


@dataclass(frozen=True)
class Member:
    """A learner in a cohort, under the display name they chose."""

    cohort_id: int
    learner_id: str
    display_name: str
    joined_at: datetime


@dataclass(frozen=True)
class Launch:
    """An exercise an instructor opened for a cohort; ``closed_at`` is None while open."""

    id: int
    cohort_id: int
    exercise_id: str
    launched_at: datetime
    closed_at: datetime | None

    @property
    def is_open(self) -> bool:
        """Whether learners are still expected to work on it."""
        return self.closed_at is None


@dataclass(frozen=True)
class StepProgress:
    """A learner's saved work on one exercise step (the latest save)."""

    learner_id: str
    exercise_id: str
    step_id: str
    status: str
    answer: Mapping[str, Any]
    checks: tuple[Any, ...]
    cohort_id: int | None
    started_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class MemberProgress:
    """One row of an instructor's progress table: a member and one exercise.

    ``steps_total`` is None unless the caller passed the step counts of the
    exercise specs (the store does not read specs).
    """

    learner_id: str
    display_name: str
    exercise_id: str
    steps_done: int
    steps_started: int
    steps_total: int | None
    last_activity: datetime | None


@dataclass(frozen=True)
class Submission:
    """A member's saved answer to one step, for the instructor's review."""

    learner_id: str
    display_name: str
    exercise_id: str
    step_id: str
    status: str
    answer: Mapping[str, Any]
    checks: tuple[Any, ...]
    updated_at: datetime
