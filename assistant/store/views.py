"""The instructor's views of a cohort: progress, submissions, chat feedback, open questions.

All select by cohort *membership*, so a learner's work counts in every cohort
they joined. Chat feedback and uncovered questions count only from the moment
the learner joined (earlier chats were not part of the class), and feedback
stays anonymous: the instructor sees what was said, not who said it.
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa

from assistant.store.records import MemberProgress, StoredFeedback, Submission, UncoveredQuestion
from assistant.store.schema import cohort_members, conversations, exercise_progress, feedback
from assistant.store.sessions import SessionRecords


class InstructorViews(SessionRecords):
    """Read-only reports an instructor opens for one cohort."""

    def cohort_progress(
        self, cohort_id: int, step_counts: Mapping[str, int] | None = None
    ) -> list[MemberProgress]:
        """One row per member and exercise (launched, or worked on by a member).

        ``step_counts`` maps exercise ids to their number of steps (from the
        specs) and fills ``steps_total``.
        """
        step_counts = step_counts or {}
        done = sa.func.sum(sa.case((exercise_progress.c.status == "done", 1), else_=0))
        activity = (
            sa.select(
                exercise_progress.c.learner_id,
                exercise_progress.c.exercise_id,
                sa.func.count().label("started"),
                done.label("done"),
                sa.func.max(exercise_progress.c.updated_at).label("last"),
            )
            .join(cohort_members, cohort_members.c.learner_id == exercise_progress.c.learner_id)
            .where(cohort_members.c.cohort_id == cohort_id)
            .group_by(exercise_progress.c.learner_id, exercise_progress.c.exercise_id)
        )
        with self.engine.connect() as conn:
            stats = {(r.learner_id, r.exercise_id): r for r in conn.execute(activity)}
        exercises = [launch.exercise_id for launch in self.launched_exercises(cohort_id, True)]
        exercises += sorted({e for _, e in stats} - set(exercises))
        exercises = list(dict.fromkeys(exercises))
        rows = []
        for member in self.members(cohort_id):
            for exercise_id in exercises:
                stat = stats.get((member.learner_id, exercise_id))
                rows.append(
                    MemberProgress(
                        learner_id=member.learner_id,
                        display_name=member.display_name,
                        exercise_id=exercise_id,
                        steps_done=int(stat.done or 0) if stat else 0,
                        steps_started=int(stat.started) if stat else 0,
                        steps_total=step_counts.get(exercise_id),
                        last_activity=stat.last if stat else None,
                    )
                )
        return rows

    def submissions(self, cohort_id: int, exercise_id: str | None = None) -> list[Submission]:
        """Members' saved steps, by display name, exercise and time of saving."""
        query = (
            sa.select(exercise_progress, cohort_members.c.display_name)
            .join(cohort_members, cohort_members.c.learner_id == exercise_progress.c.learner_id)
            .where(cohort_members.c.cohort_id == cohort_id)
            .order_by(
                sa.func.lower(cohort_members.c.display_name),
                exercise_progress.c.learner_id,
                exercise_progress.c.exercise_id,
                exercise_progress.c.created_at,
                exercise_progress.c.id,
            )
        )
        if exercise_id is not None:
            query = query.where(exercise_progress.c.exercise_id == exercise_id)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            Submission(
                learner_id=row.learner_id,
                display_name=row.display_name,
                exercise_id=row.exercise_id,
                step_id=row.step_id,
                status=row.status,
                answer=dict(row.answer or {}),
                checks=tuple(row.checks or ()),
                updated_at=row.updated_at,
            )
            for row in rows
        ]

    def cohort_feedback(self, cohort_id: int, limit: int = 100) -> list[StoredFeedback]:
        """Chat feedback members gave since joining, newest first (anonymous)."""
        query = (
            sa.select(feedback)
            .join(conversations, conversations.c.id == feedback.c.conversation_id)
            .join(cohort_members, cohort_members.c.learner_id == conversations.c.learner_id)
            .where(
                cohort_members.c.cohort_id == cohort_id,
                feedback.c.created_at >= cohort_members.c.joined_at,
            )
            .order_by(feedback.c.created_at.desc(), feedback.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [StoredFeedback(**row._mapping) for row in conn.execute(query)]

    def cohort_uncovered_questions(
        self, cohort_id: int, limit: int = 100
    ) -> list[UncoveredQuestion]:
        """Members' questions the course did not cover, asked since joining, newest first."""
        query, reply = self._uncovered_query()
        query = (
            query.join(conversations, conversations.c.id == reply.c.conversation_id)
            .join(cohort_members, cohort_members.c.learner_id == conversations.c.learner_id)
            .where(
                cohort_members.c.cohort_id == cohort_id,
                reply.c.created_at >= cohort_members.c.joined_at,
            )
            .limit(limit)
        )
        return self._uncovered(query)
