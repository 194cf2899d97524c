"""Instructor sessions kept in the database, shared by every app instance.

A row says "the browser session whose id hashes to ``session_key`` is logged
in as the instructor until ``expires_at``, under the password whose
fingerprint is ``password_tag``". :class:`assistant.auth.InstructorAuth`
decides what the rows mean; this module only stores them. Expired rows are
deleted by :meth:`SessionRecords.purge_instructor_sessions` (called at start-up
with the retention purge) and ignored before that.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from assistant.store.cohorts import CohortRecords
from assistant.store.schema import instructor_sessions


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


class SessionRecords(CohortRecords):
    """Grant, look up and revoke instructor sessions (implements ``auth.SessionGrants``)."""

    def grant(self, key: str, expires_at: float, tag: str) -> None:
        """Mark session ``key`` as the instructor's until ``expires_at`` (epoch seconds)."""
        with self._write() as conn:
            conn.execute(instructor_sessions.delete().where(instructor_sessions.c.session_key == key))
            conn.execute(
                instructor_sessions.insert().values(
                    session_key=key, created_at=self._clock(), expires_at=_utc(expires_at),
                    password_tag=tag,
                )
            )

    def lookup(self, key: str) -> tuple[float, str] | None:
        """``(expires_at, password_tag)`` of session ``key``, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(instructor_sessions.c.expires_at, instructor_sessions.c.password_tag)
                .where(instructor_sessions.c.session_key == key)
            ).first()
        if row is None:
            return None
        expires = row.expires_at
        expires = expires.replace(tzinfo=UTC) if expires.tzinfo is None else expires
        return expires.timestamp(), str(row.password_tag)

    def revoke(self, key: str) -> None:
        """End session ``key`` (nothing happens when it is not logged in)."""
        with self._write() as conn:
            conn.execute(instructor_sessions.delete().where(instructor_sessions.c.session_key == key))

    def revoke_all(self) -> int:
        """End every instructor session (e.g. after a leaked password); how many ended."""
        with self._write() as conn:
            return int(conn.execute(instructor_sessions.delete()).rowcount)

    def purge_instructor_sessions(self, now: datetime | None = None) -> int:
        """Delete expired instructor sessions; how many were deleted."""
        with self._write() as conn:
            result = conn.execute(
                instructor_sessions.delete().where(
                    instructor_sessions.c.expires_at < (now or self._clock())
                )
            )
            return int(result.rowcount)
