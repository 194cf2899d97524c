"""Store scenarios shared by the SQLite tests and the PostgreSQL server tests.

Each ``case_*`` function takes a fresh :class:`Store` and the hand-moved clock
it was built with, and asserts one behaviour; the test modules run every case
on their backend, so both databases are held to the same expectations.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import sqlalchemy as sa

from assistant.store import (
    DEFAULT_MATERIAL,
    JOIN_CODE_ALPHABET,
    SCHEMA_VERSION,
    InvalidRecordError,
    Store,
    migrations,
    schema_info,
)
from assistant.store.schema import (
    conversations,
    messages,
)
from tests.conftest import T0, Clock


def case_conversation_round_trip(store: Store, clock: Clock) -> None:
    conversation = store.new_conversation("ar", tutor_mode=True, learner_id="learner-7")
    store.add_message(conversation, "user", "ما هو الذكاء الاصطناعي؟", language="ar")
    clock.advance(seconds=1)
    store.add_message(
        conversation,
        "assistant",
        "Réponse : l'IA… 🤖",
        language="fr",
        covered=False,
        citations=[{"marker": 1, "document": "x"}],
    )
    history = store.history(conversation)
    assert [m.text for m in history] == ["ما هو الذكاء الاصطناعي؟", "Réponse : l'IA… 🤖"]
    assert history[1].citations == ({"marker": 1, "document": "x"},)
    assert history[1].created_at == T0 + timedelta(seconds=1)
    assert [q.question for q in store.uncovered_questions()] == ["ما هو الذكاء الاصطناعي؟"]
    with pytest.raises(InvalidRecordError, match="does not exist"):
        store.add_message("missing", "user", "hi", language="en")


def case_feedback_and_quizzes(store: Store, clock: Clock) -> None:
    first = store.add_feedback(1, comment="¡Muy útil! 👍", language="es")
    clock.advance(minutes=1)
    second = store.add_feedback(-1)
    assert [f.id for f in store.feedback()] == [second, first]
    store.add_quiz_attempt("ana", "03-ethics", "pt", 4, 8, {"q1": 1})
    store.add_quiz_attempt("ana", "03-ethics", "pt", 8, 8, {})
    best = store.progress("ana")["03-ethics"]
    assert (best.score, best.total, best.attempts) == (8, 8, 2)


def case_join_flow(store: Store, clock: Clock) -> None:
    cohort = store.create_cohort("  Cohorte  été 2025 ", note="Tuesdays")
    assert cohort.name == "Cohorte été 2025" and cohort.note == "Tuesdays"
    assert len(cohort.join_code) == 6 and set(cohort.join_code) <= set(JOIN_CODE_ALPHABET)
    spaced = f" {cohort.join_code[:3].lower()}-{cohort.join_code[3:]} "
    clock.advance(minutes=1)
    assert store.join_cohort(spaced, "learner-1", "فاطمة") == cohort
    store.join_cohort(cohort.join_code, "learner-2", "Ana")
    store.join_cohort(cohort.join_code, "learner-2", "Ana P.")  # joining again renames
    members = store.members(cohort.id)
    assert [(m.learner_id, m.display_name) for m in members] == [
        ("learner-2", "Ana P."),
        ("learner-1", "فاطمة"),
    ]
    assert members[1].joined_at == T0 + timedelta(minutes=1)
    assert store.learner_cohorts("learner-1") == [cohort]
    assert store.cohort(cohort.id) == cohort
    assert store.cohorts() == [cohort]
    unknown = next(c for c in ("ABCDEF", "ZZZZZZ") if c != cohort.join_code)
    with pytest.raises(InvalidRecordError, match="No cohort has the join code"):
        store.join_cohort(unknown, "learner-3", "Ben")
    with pytest.raises(InvalidRecordError, match="never 0, O, 1 or I"):
        store.join_cohort("ABC0EF", "learner-3", "Ben")
    with pytest.raises(InvalidRecordError, match="display name"):
        store.join_cohort(cohort.join_code, "learner-3", "   ")
    with pytest.raises(InvalidRecordError, match="keep it to 40"):
        store.join_cohort(cohort.join_code, "learner-3", "x" * 41)
    assert len(store.members(cohort.id)) == 2


def case_launches(store: Store, clock: Clock) -> None:
    cohort = store.create_cohort("A")
    first = store.launch_exercise(cohort.id, "bias-audit")
    assert store.launch_exercise(cohort.id, "bias-audit") == first  # already open
    clock.advance(hours=1)
    store.launch_exercise(cohort.id, "prompt-lab")
    assert [launch.exercise_id for launch in store.launched_exercises(cohort.id)] == [
        "bias-audit",
        "prompt-lab",
    ]
    closed = store.close_launch(cohort.id, "bias-audit")
    assert closed is not None and not closed.is_open
    assert store.close_launch(cohort.id, "bias-audit") is None
    assert [launch.exercise_id for launch in store.launched_exercises(cohort.id)] == ["prompt-lab"]
    assert len(store.launched_exercises(cohort.id, include_closed=True)) == 2
    reopened = store.launch_exercise(cohort.id, "bias-audit")
    assert reopened.id != first.id and reopened.is_open
    with pytest.raises(InvalidRecordError, match="No such cohort"):
        store.launch_exercise(cohort.id + 999, "bias-audit")


def case_progress_resume(store: Store, clock: Clock) -> None:
    cohort = store.create_cohort("A")
    store.join_cohort(cohort.join_code, "ana", "Ana")
    check = {"name": "min_words", "passed": False, "message": "3 words", "values": {"words": 3}}
    store.save_step("ana", "bias-audit", "baseline", "started", {"lowest_ratio": 0.7}, [check])
    clock.advance(minutes=5)
    saved = store.save_step(
        "ana", "bias-audit", "baseline", "done", {"lowest_ratio": 0.71}, [], cohort_id=cohort.id
    )
    assert (saved.status, saved.answer, saved.checks) == ("done", {"lowest_ratio": 0.71}, ())
    assert saved.started_at == T0 and saved.updated_at == T0 + timedelta(minutes=5)
    assert saved.cohort_id == cohort.id
    clock.advance(minutes=5)
    store.save_step("ana", "bias-audit", "find-disparities", "started", {"explanation": "عربي, é"})
    resumed = store.exercise_progress("ana", "bias-audit")
    assert list(resumed) == ["baseline", "find-disparities"]
    assert resumed["baseline"].cohort_id == cohort.id  # a save without cohort keeps it
    assert resumed["find-disparities"].answer == {"explanation": "عربي, é"}
    assert store.exercise_progress("ana", "prompt-lab") == {}
    assert store.exercise_progress("ben", "bias-audit") == {}
    with pytest.raises(InvalidRecordError, match="status"):
        store.save_step("ana", "bias-audit", "baseline", "finished", {})
    with pytest.raises(InvalidRecordError, match="not joined"):
        store.save_step("ben", "bias-audit", "baseline", "done", {}, cohort_id=cohort.id)
    with pytest.raises(InvalidRecordError, match="JSON"):
        store.save_step("ana", "bias-audit", "baseline", "done", {"x": object()})


def case_instructor_views(store: Store, clock: Clock) -> None:
    cohort = store.create_cohort("A")
    other = store.create_cohort("B")
    # Before joining: neither feedback nor questions count for the cohort.
    early = store.new_conversation("en", learner_id="ana")
    store.add_message(early, "user", "Before joining?", language="en")
    store.add_message(early, "assistant", "Not covered", language="en", covered=False)
    store.add_feedback(-1, comment="before", conversation_id=early)
    clock.advance(minutes=1)
    store.join_cohort(cohort.join_code, "ana", "Ana")
    store.join_cohort(cohort.join_code, "ben", "ben")
    store.join_cohort(other.join_code, "carl", "Carl")
    store.launch_exercise(cohort.id, "prompt-lab")
    clock.advance(minutes=1)
    chat = store.new_conversation("fr", learner_id="ana")
    store.add_message(chat, "user", "Et la météo ?", language="fr")
    reply = store.add_message(chat, "assistant", "Non couvert", language="fr", covered=False)
    kept = store.add_feedback(1, comment="merci", conversation_id=chat, message_id=reply)
    outsider = store.new_conversation("en", learner_id="carl")
    store.add_message(outsider, "user", "Carl's question", language="en")
    store.add_message(outsider, "assistant", "Not covered", language="en", covered=False)
    store.add_feedback(1, comment="carl", conversation_id=outsider)
    store.save_step("ana", "bias-audit", "baseline", "done", {"lowest_ratio": 0.7})
    clock.advance(minutes=1)
    store.save_step("ana", "bias-audit", "mitigate", "started", {"mitigation": "reweight"})
    store.save_step("carl", "bias-audit", "baseline", "done", {})

    assert [f.id for f in store.cohort_feedback(cohort.id)] == [kept]
    assert [q.question for q in store.cohort_uncovered_questions(cohort.id)] == ["Et la météo ?"]
    assert [q.question for q in store.cohort_uncovered_questions(other.id)] == ["Carl's question"]

    rows = store.cohort_progress(cohort.id, step_counts={"bias-audit": 4, "prompt-lab": 4})
    table = [
        (r.display_name, r.exercise_id, r.steps_done, r.steps_started, r.steps_total) for r in rows
    ]
    assert table == [
        ("Ana", "prompt-lab", 0, 0, 4),
        ("Ana", "bias-audit", 1, 2, 4),
        ("ben", "prompt-lab", 0, 0, 4),
        ("ben", "bias-audit", 0, 0, 4),
    ]
    assert rows[1].last_activity == T0 + timedelta(minutes=3) and rows[0].last_activity is None
    assert store.cohort_progress(cohort.id)[1].steps_total is None

    submitted = store.submissions(cohort.id)
    assert [(s.display_name, s.step_id, s.status) for s in submitted] == [
        ("Ana", "baseline", "done"),
        ("Ana", "mitigate", "started"),
    ]
    assert submitted[1].answer == {"mitigation": "reweight"}
    assert store.submissions(cohort.id, "prompt-lab") == []
    assert [s.learner_id for s in store.submissions(other.id)] == ["carl"]

    store.delete_cohort(other.id)
    assert [c.id for c in store.cohorts()] == [cohort.id]
    assert store.exercise_progress("carl", "bias-audit")["baseline"].cohort_id is None


def case_purge_new_tables(store: Store, clock: Clock) -> None:
    store.retention_days = 30
    finished = store.create_cohort("finished")
    running = store.create_cohort("running")
    store.join_cohort(finished.join_code, "ana", "Ana")
    store.join_cohort(running.join_code, "ben", "Ben")
    store.launch_exercise(finished.id, "bias-audit")
    store.close_launch(finished.id, "bias-audit")
    store.launch_exercise(running.id, "bias-audit")  # still open: the cohort stays
    store.save_step("ana", "bias-audit", "baseline", "done", {})
    store.save_step("ben", "bias-audit", "baseline", "done", {})
    clock.advance(days=40)
    store.save_step("ben", "bias-audit", "mitigate", "started", {})  # recent work stays

    counts = store.purge_expired()
    assert {
        k: counts[k] for k in ("exercise_progress", "launches", "cohort_members", "cohorts")
    } == {
        "exercise_progress": 2,
        "launches": 1,
        "cohort_members": 1,
        "cohorts": 1,
    }
    assert [c.id for c in store.cohorts()] == [running.id]
    assert list(store.exercise_progress("ben", "bias-audit")) == ["mitigate"]
    assert [m.learner_id for m in store.members(running.id)] == ["ben"]


def case_concurrent_step_saves(store: Store, clock: Clock) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(6)

    def work(number: int) -> None:
        try:
            start.wait()
            for index in range(20):
                status = "done" if index % 2 else "started"
                store.save_step("ana", "prompt-lab", f"step-{index % 4}", status, {"by": number})
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(store.exercise_progress("ana", "prompt-lab")) == [f"step-{i}" for i in range(4)]


def case_instructor_sessions(store: Store, clock: Clock) -> None:
    now = clock().timestamp()
    store.grant("k" * 64, now + 3600, "tag-1")
    expires, tag = store.lookup("k" * 64)  # type: ignore[misc]
    assert abs(expires - (now + 3600)) < 1 and tag == "tag-1"
    store.grant("k" * 64, now + 7200, "tag-2")  # a new login replaces the row
    assert store.lookup("k" * 64)[1] == "tag-2"  # type: ignore[index]
    store.grant("e" * 64, now - 1, "tag-1")
    assert store.purge_instructor_sessions() == 1
    assert store.lookup("e" * 64) is None and store.lookup("k" * 64) is not None
    store.revoke("k" * 64)
    assert store.lookup("k" * 64) is None
    store.grant("x" * 64, now + 10, "t")
    assert store.revoke_all() == 1


CASES = [value for name, value in sorted(globals().items()) if name.startswith("case_")]


#: The tables that version 2 and later added.
LATER_TABLES = ("cohorts", "cohort_members", "launches", "exercise_progress", "instructor_sessions")


def make_old_database(url: str, version: int) -> None:
    """A database as a release before Alembic left it at ``version``: no ``alembic_version``."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn, migrations.revision_id(version))
            conn.execute(sa.text("DROP TABLE alembic_version"))
            conn.execute(schema_info.insert().values(key="schema_version", value=str(version)))
    finally:
        engine.dispose()


def make_v1_database(url: str) -> None:
    """A database as schema version 1 left it: the four learner tables, one conversation."""
    make_old_database(url, 1)
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                conversations.insert().values(
                    id="c-1", created_at=T0, language="en", tutor_mode=False, learner_id="ana"
                )
            )
            conn.execute(
                messages.insert().values(
                    conversation_id="c-1",
                    role="user",
                    text="kept across the upgrade",
                    language="en",
                    citations=[],
                    model="",
                    prompt_version="",
                    created_at=T0,
                )
            )
        assert not any(sa.inspect(engine).has_table(name) for name in LATER_TABLES)
    finally:
        engine.dispose()


def check_upgraded(store: Store) -> None:
    """After opening a v1 database: at head, old rows kept, new tables usable."""
    assert [m.text for m in store.history("c-1")] == ["kept across the upgrade"]
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(schema_info.c.value)).scalar() == str(SCHEMA_VERSION)
        version = sa.text("SELECT version_num FROM alembic_version")
        assert conn.execute(version).scalars().all() == [migrations.HEAD]
    cohort = store.create_cohort("after upgrade")
    assert cohort.material == DEFAULT_MATERIAL  # the version 4 column
    store.join_cohort(cohort.join_code, "ana", "Ana")
    store.save_step("ana", "bias-audit", "baseline", "done", {}, cohort_id=cohort.id)
    assert store.cohort_progress(cohort.id)[0].steps_done == 1
    store.grant("s" * 64, 4_000_000_000.0, "tag")  # the v3 table exists too
    assert store.lookup("s" * 64) is not None
