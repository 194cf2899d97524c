"""Cohorts and guided exercises: what an instructor sets up and what learners submit.

* A **cohort** has a six-character join code drawn from an alphabet without
  look-alikes (no 0/O, 1/I), so it can be read aloud or copied from a slide;
  32^6 ≈ 10^9 codes make guessing one impractical.
* A learner **joins** with the code and a display name of their choosing;
  joining again updates the name. The store keeps that name as typed (it is
  chosen to be shown), but limits its length and refuses control characters.
* An instructor **launches** an exercise for a cohort and may close it later.
* Learners **save each step** of an exercise; one row per learner, exercise
  and step is upserted, so a learner resumes where they stopped. Answers are
  exercise work shown to the instructor: they are not passed through the
  redactor (the redact-before-store exercise needs its sample data intact),
  and they expire with the retention period like every other record.

The instructor's views over these tables live in :mod:`.views`.
"""

from __future__ import annotations

import dataclasses
import json
import secrets
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from assistant.store.core import InvalidRecordError
from assistant.store.learners import LearnerRecords
from assistant.store.records import (
    Cohort,
    Launch,
    Member,
    StepProgress,
)
from assistant.store.schema import (
    DEFAULT_MATERIAL,
    MATERIALS,
    MAX_DISPLAY_NAME,
    MAX_ID_CHARS,
    STEP_STATUSES,
    cohort_members,
    cohorts,
    exercise_progress,
    launches,
)

#: Join-code letters: digits and capitals without 0, O, 1 and I.
JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
JOIN_CODE_LENGTH = 6
MAX_COHORT_NAME = 120
MAX_NOTE_CHARS = 2000


def normalize_join_code(code: str) -> str:
    """``code`` as stored: capitals, without spaces or dashes; raise if it cannot be one."""
    cleaned = "".join(ch for ch in str(code).upper() if ch not in " -\t")
    if len(cleaned) != JOIN_CODE_LENGTH or any(ch not in JOIN_CODE_ALPHABET for ch in cleaned):
        raise InvalidRecordError.from_key(
            "join_code_malformed", code=code.strip(), length=JOIN_CODE_LENGTH
        )
    return cleaned


def _text(value: str, field: str, maximum: int, *, required: bool = True) -> str:
    """``value`` with its spaces collapsed; ``field`` (in ``error_text.RECORD_FIELDS``) keys the errors."""
    value = " ".join(str(value).split())
    if required and not value:
        raise InvalidRecordError.from_key(f"{field}_missing")
    if len(value) > maximum:
        raise InvalidRecordError.from_key(f"{field}_too_long", length=len(value), maximum=maximum)
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in value):
        raise InvalidRecordError.from_key(f"{field}_control")
    return value


def _identifier(value: str, what: str, maximum: int = MAX_ID_CHARS) -> str:
    value = str(value).strip()
    if not value or len(value) > maximum:
        raise InvalidRecordError(f"{what} must be 1 to {maximum} characters, not {value!r}.")
    return value


def _jsonable(value: Any) -> Any:
    """Dataclasses, mappings and sequences as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _json(value: Any, what: str) -> Any:
    plain = _jsonable(value)
    try:
        json.dumps(plain, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidRecordError(f"The {what} cannot be stored as JSON: {exc}.") from exc
    return plain


class CohortRecords(LearnerRecords):
    """Cohorts, launches and exercise progress, with the instructor's views of them."""

    # -- cohorts ------------------------------------------------------------------

    def create_cohort(self, name: str, note: str = "") -> Cohort:
        """A new cohort with a fresh, unique join code."""
        name = _text(name, "cohort_name", MAX_COHORT_NAME)
        note = _text(note, "note", MAX_NOTE_CHARS, required=False)
        for _attempt in range(8):
            code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
            try:
                with self._write() as conn:
                    values = {"name": name, "join_code": code, "note": note}
                    result = conn.execute(
                        cohorts.insert().values(created_at=self._clock(), **values)
                    )
                    cohort_id = result.inserted_primary_key[0]  # type: ignore[index]
                    return self._cohort(conn, cohorts.c.id == cohort_id)
            except sa.exc.IntegrityError:  # the code is taken: draw another
                continue
        raise InvalidRecordError.from_key("join_code_exhausted")

    def cohorts(self) -> list[Cohort]:
        """Every cohort, newest first."""
        query = sa.select(cohorts).order_by(cohorts.c.created_at.desc(), cohorts.c.id.desc())
        with self.engine.connect() as conn:
            return [Cohort(**row._mapping) for row in conn.execute(query)]

    def cohort(self, cohort_id: int) -> Cohort:
        """The cohort ``cohort_id``."""
        with self.engine.connect() as conn:
            return self._cohort(conn, cohorts.c.id == cohort_id)

    def delete_cohort(self, cohort_id: int) -> None:
        """Remove a cohort with its members and launches; members' progress is kept."""
        with self._write() as conn:
            conn.execute(cohort_members.delete().where(cohort_members.c.cohort_id == cohort_id))
            conn.execute(launches.delete().where(launches.c.cohort_id == cohort_id))
            conn.execute(cohorts.delete().where(cohorts.c.id == cohort_id))

    def join_cohort(self, code: str, learner_id: str, display_name: str) -> Cohort:
        """Add the learner to the cohort with join code ``code`` (again: update the name)."""
        join_code = normalize_join_code(code)
        learner_id = _identifier(learner_id, "learner_id", 255)
        display_name = _text(display_name, "display_name", MAX_DISPLAY_NAME)
        with self._write() as conn:
            row = conn.execute(sa.select(cohorts).where(cohorts.c.join_code == join_code)).first()
            if row is None:
                raise InvalidRecordError.from_key("join_code_unknown", code=join_code)
            member = (cohort_members.c.cohort_id == row.id) & (
                cohort_members.c.learner_id == learner_id
            )
            updated = conn.execute(
                cohort_members.update().where(member).values(display_name=display_name)
            )
            if not updated.rowcount:
                conn.execute(
                    cohort_members.insert().values(
                        cohort_id=row.id,
                        learner_id=learner_id,
                        display_name=display_name,
                        joined_at=self._clock(),
                    )
                )
        return Cohort(**row._mapping)

    def set_cohort_material(self, cohort_id: int, material: str) -> Cohort:
        """Choose the course material of a cohort's answers (one of ``MATERIALS``)."""
        if material not in MATERIALS:
            raise InvalidRecordError.from_key(
                "material_unknown", material=material, valid=", ".join(MATERIALS)
            )
        with self._write() as conn:
            conn.execute(
                cohorts.update().where(cohorts.c.id == cohort_id).values(material=material)
            )
            return self._cohort(conn, cohorts.c.id == cohort_id)

    def learner_material(self, learner_id: str | None) -> str:
        """The course material of a learner's answers: their latest joined cohort's.

        A learner in no cohort (or without a session) gets the default.
        """
        if not learner_id:
            return DEFAULT_MATERIAL
        query = (
            sa.select(cohorts.c.material)
            .join(cohort_members, cohort_members.c.cohort_id == cohorts.c.id)
            .where(cohort_members.c.learner_id == learner_id)
            .order_by(cohort_members.c.joined_at.desc(), cohorts.c.id.desc())
            .limit(1)
        )
        with self.engine.connect() as conn:
            found = conn.execute(query).scalar()
        return str(found) if found in MATERIALS else DEFAULT_MATERIAL

    def members(self, cohort_id: int) -> list[Member]:
        """The cohort's members in order of display name."""
        query = (
            sa.select(cohort_members)
            .where(cohort_members.c.cohort_id == cohort_id)
            .order_by(sa.func.lower(cohort_members.c.display_name), cohort_members.c.learner_id)
        )
        with self.engine.connect() as conn:
            return [Member(**row._mapping) for row in conn.execute(query)]

    def learner_cohorts(self, learner_id: str) -> list[Cohort]:
        """The cohorts a learner has joined, latest joined first."""
        query = (
            sa.select(cohorts)
            .join(cohort_members, cohort_members.c.cohort_id == cohorts.c.id)
            .where(cohort_members.c.learner_id == learner_id)
            .order_by(cohort_members.c.joined_at.desc(), cohorts.c.id.desc())
        )
        with self.engine.connect() as conn:
            return [Cohort(**row._mapping) for row in conn.execute(query)]

    @staticmethod
    def _cohort(conn: Connection, where: Any) -> Cohort:
        row = conn.execute(sa.select(cohorts).where(where)).first()
        if row is None:
            raise InvalidRecordError.from_key("cohort_unknown")
        return Cohort(**row._mapping)

    # -- launches -----------------------------------------------------------------

    def launch_exercise(self, cohort_id: int, exercise_id: str) -> Launch:
        """Open ``exercise_id`` for the cohort; an exercise already open stays as it is."""
        exercise_id = _identifier(exercise_id, "exercise_id")
        with self._write() as conn:
            self._cohort(conn, cohorts.c.id == cohort_id)
            open_launch = self._open_launch(conn, cohort_id, exercise_id)
            if open_launch is None:
                conn.execute(
                    launches.insert().values(
                        cohort_id=cohort_id, exercise_id=exercise_id, launched_at=self._clock()
                    )
                )
                open_launch = self._open_launch(conn, cohort_id, exercise_id)
            assert open_launch is not None
            return open_launch

    def close_launch(self, cohort_id: int, exercise_id: str) -> Launch | None:
        """Close the open launch of ``exercise_id``; None when it was not open."""
        with self._write() as conn:
            launch = self._open_launch(conn, cohort_id, exercise_id)
            if launch is None:
                return None
            closed_at = self._clock()
            conn.execute(
                launches.update().where(launches.c.id == launch.id).values(closed_at=closed_at)
            )
            return dataclasses.replace(launch, closed_at=closed_at)

    def launched_exercises(self, cohort_id: int, include_closed: bool = False) -> list[Launch]:
        """The cohort's launches, oldest first; only the open ones unless asked."""
        query = sa.select(launches).where(launches.c.cohort_id == cohort_id)
        if not include_closed:
            query = query.where(launches.c.closed_at.is_(None))
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(launches.c.launched_at, launches.c.id)).all()
        return [Launch(**row._mapping) for row in rows]

    @staticmethod
    def _open_launch(conn: Connection, cohort_id: int, exercise_id: str) -> Launch | None:
        row = conn.execute(
            sa.select(launches).where(
                launches.c.cohort_id == cohort_id,
                launches.c.exercise_id == exercise_id,
                launches.c.closed_at.is_(None),
            )
        ).first()
        return Launch(**row._mapping) if row else None

    # -- exercise progress ----------------------------------------------------------

    def save_step(
        self,
        learner_id: str,
        exercise_id: str,
        step_id: str,
        status: str,
        answer: Mapping[str, Any],
        checks: Iterable[Any] = (),
        cohort_id: int | None = None,
    ) -> StepProgress:
        """Save (insert or replace) a learner's work on one step; ``checks`` are CheckResults or dicts."""
        learner_id = _identifier(learner_id, "learner_id", 255)
        exercise_id = _identifier(exercise_id, "exercise_id")
        step_id = _identifier(step_id, "step_id")
        if status not in STEP_STATUSES:
            raise InvalidRecordError(
                f"status must be one of {', '.join(STEP_STATUSES)}, not {status!r}"
            )
        if not isinstance(answer, Mapping):
            raise InvalidRecordError("answer must map the step's input ids to values")
        now = self._clock()
        values = {
            "learner_id": learner_id,
            "exercise_id": exercise_id,
            "step_id": step_id,
            "status": status,
            "answer": _json(answer, "answer"),
            "checks": _json(list(checks), "check results"),
            "cohort_id": cohort_id,
            "created_at": now,
            "updated_at": now,
        }
        key = ("learner_id", "exercise_id", "step_id")
        changed = ("status", "answer", "checks", "updated_at")
        with self._write() as conn:
            if cohort_id is not None:
                self._require_member(conn, cohort_id, learner_id)
            if conn.dialect.name in ("sqlite", "postgresql"):
                insert = (sqlite.insert if conn.dialect.name == "sqlite" else postgresql.insert)(
                    exercise_progress
                ).values(**values)
                update: dict[str, Any] = {name: insert.excluded[name] for name in changed}
                update["cohort_id"] = sa.func.coalesce(
                    insert.excluded.cohort_id, exercise_progress.c.cohort_id
                )
                conn.execute(insert.on_conflict_do_update(index_elements=key, set_=update))
            else:  # portable fallback, serialised by the write transaction
                where = sa.and_(*(exercise_progress.c[k] == values[k] for k in key))
                changes = {k: values[k] for k in changed}
                if cohort_id is not None:
                    changes["cohort_id"] = cohort_id
                if not conn.execute(
                    exercise_progress.update().where(where).values(**changes)
                ).rowcount:
                    conn.execute(exercise_progress.insert().values(**values))
            row = conn.execute(
                sa.select(exercise_progress).where(
                    *(exercise_progress.c[k] == values[k] for k in key)
                )
            ).one()
        return _progress(row)

    def exercise_progress(self, learner_id: str, exercise_id: str) -> dict[str, StepProgress]:
        """The learner's saved steps of one exercise, by step id, in the order first saved."""
        query = (
            sa.select(exercise_progress)
            .where(
                exercise_progress.c.learner_id == learner_id,
                exercise_progress.c.exercise_id == exercise_id,
            )
            .order_by(exercise_progress.c.created_at, exercise_progress.c.id)
        )
        with self.engine.connect() as conn:
            return {row.step_id: _progress(row) for row in conn.execute(query)}

    @staticmethod
    def _require_member(conn: Connection, cohort_id: int, learner_id: str) -> None:
        found = conn.execute(
            sa.select(cohort_members.c.learner_id).where(
                cohort_members.c.cohort_id == cohort_id, cohort_members.c.learner_id == learner_id
            )
        ).first()
        if found is None:
            raise InvalidRecordError.from_key("cohort_not_joined")


def _progress(row: Any) -> StepProgress:
    return StepProgress(
        learner_id=row.learner_id,
        exercise_id=row.exercise_id,
        step_id=row.step_id,
        status=row.status,
        answer=dict(row.answer or {}),
        checks=tuple(row.checks or ()),
        cohort_id=row.cohort_id,
        started_at=row.created_at,
        updated_at=row.updated_at,
    )
