"""Learner records: conversations, messages, feedback and quiz attempts.

Coverage lives on the assistant message, since it describes the reply:
:meth:`LearnerRecords.uncovered_questions` pairs each uncovered reply with the
latest earlier user message of the same conversation. Nothing a user typed is
silently cut: too-long comments are an error the UI shows, and the optional
``redactor`` masks personal data before storage, told the record's language
(the conversation's, or the rating's; none: the redactor detects it).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from assistant import languages
from assistant.store.core import InvalidRecordError, StoreCore
from assistant.store.records import BestAttempt, StoredFeedback, StoredMessage, UncoveredQuestion
from assistant.store.schema import ROLES, conversations, feedback, messages, quiz_attempts

MAX_COMMENT_CHARS = 2000


class LearnerRecords(StoreCore):
    """What one learner leaves behind: conversations, ratings, quiz attempts."""

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
            text=self._redact(text, languages.normalize(language)),
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
        query, _reply = self._uncovered_query()
        return self._uncovered(query.limit(limit))

    @staticmethod
    def _uncovered_query() -> tuple[sa.Select[Any], Any]:
        """Uncovered replies with their question; the reply alias lets callers filter more."""
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
        )
        return query, reply

    def _uncovered(self, query: sa.Select[Any]) -> list[UncoveredQuestion]:
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
            raise InvalidRecordError.from_key(
                "comment_too_long", length=len(comment), maximum=MAX_COMMENT_CHARS
            )
        return self._insert(
            feedback,
            rating=rating,
            comment=self._redact(comment, language),
            question=self._redact(question, language),
            answer=self._redact(answer, language),
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

    def set_feedback_comment(self, feedback_id: int, comment: str) -> None:
        """Attach (or replace) the comment of a rating the learner just gave."""
        if len(comment) > MAX_COMMENT_CHARS:
            raise InvalidRecordError.from_key(
                "comment_too_long", length=len(comment), maximum=MAX_COMMENT_CHARS
            )
        with self._write() as conn:
            done = conn.execute(
                sa.update(feedback)
                .where(feedback.c.id == feedback_id)
                .values(comment=self._redact(comment))
            )
        if done.rowcount != 1:
            raise InvalidRecordError.from_key("rating_unknown", feedback_id=feedback_id)

    def learner_feedback(self, learner_id: str, limit: int = 20) -> list[StoredFeedback]:
        """The ratings a learner gave in the chat, newest first."""
        query = (
            sa.select(feedback)
            .join(conversations, feedback.c.conversation_id == conversations.c.id)
            .where(conversations.c.learner_id == learner_id)
            .order_by(feedback.c.created_at.desc(), feedback.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
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
