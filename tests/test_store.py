"""Learner records on SQLite: round trips, redaction, retention, reopening, concurrency."""

import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from assistant.config import load_settings
from assistant.errors import BackendError, ConfigError, UnsupportedLanguageError
from assistant.store import (
    MAX_COMMENT_CHARS,
    SCHEMA_VERSION,
    InvalidRecordError,
    Store,
    schema_info,
)
from assistant.types import Citation
from tests.conftest import T0


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'records' / 'learners.sqlite3'}"


@pytest.fixture
def store(db_url, clock):
    store = Store(db_url, clock=clock)
    yield store
    store.close()


def test_construction_does_no_work(tmp_path):
    Store(f"sqlite:///{tmp_path / 'lazy' / 'db.sqlite3'}")
    assert not (tmp_path / "lazy").exists()


def test_conversation_round_trip_with_unicode(store, clock):
    conversation = store.new_conversation("ar", tutor_mode=True, learner_id="learner-7")
    texts = ["ما هو الذكاء الاصطناعي؟", "Réponse : l'IA… 🤖", ""]
    citation = Citation(1, "en/01-ai-fundamentals", "what-is-ai", "What is AI", "AI", "en", "s")
    first = store.add_message(conversation, "user", texts[0], language="ar")
    clock.advance(seconds=1)
    second = store.add_message(
        conversation,
        "assistant",
        texts[1],
        language="fr",
        covered=True,
        citations=[citation, {"marker": 2, "document": "x"}],
        model="extractive",
        prompt_version="answer.v1",
    )
    store.add_message(conversation, "user", texts[2], language="ar")
    assert second > first

    history = store.history(conversation)
    assert [m.text for m in history] == texts
    assert [m.role for m in history] == ["user", "assistant", "user"]
    reply = history[1]
    assert (reply.language, reply.covered, reply.model, reply.prompt_version) == (
        "fr",
        True,
        "extractive",
        "answer.v1",
    )
    assert reply.citations[0]["document"] == "en/01-ai-fundamentals"
    assert reply.citations[0]["section"] == "what-is-ai"
    assert reply.citations[1] == {"marker": 2, "document": "x"}
    assert history[0].covered is None and history[0].citations == ()
    assert history[0].created_at == T0 and history[0].created_at.tzinfo is not None
    assert history[1].created_at == T0 + timedelta(seconds=1)


def test_history_limit_keeps_latest_oldest_first(store):
    conversation = store.new_conversation("en")
    for number in range(5):
        store.add_message(conversation, "user", f"m{number}", language="en")
    assert [m.text for m in store.history(conversation, limit=2)] == ["m3", "m4"]
    assert store.history(conversation, limit=0) == []
    assert store.history("no-such-conversation") == []


def test_message_validation(store):
    conversation = store.new_conversation("en")
    with pytest.raises(InvalidRecordError, match="role"):
        store.add_message(conversation, "system", "hi", language="en")
    with pytest.raises(UnsupportedLanguageError):
        store.add_message(conversation, "user", "hi", language="de")
    with pytest.raises(InvalidRecordError, match="does not exist"):
        store.add_message("missing", "user", "hi", language="en")
    with pytest.raises(UnsupportedLanguageError):
        store.new_conversation("xx")


def test_feedback_round_trip_newest_first(store, clock):
    conversation = store.new_conversation("es")
    message = store.add_message(conversation, "assistant", "respuesta", language="es")
    first = store.add_feedback(
        1,
        comment="¡Muy útil! 👍",
        question="¿Qué es?",
        answer="respuesta",
        language="es",
        conversation_id=conversation,
        message_id=message,
    )
    clock.advance(minutes=1)
    second = store.add_feedback(-1, comment="", language="FR")
    clock.advance(minutes=1)
    store.add_feedback(-1)

    rows = store.feedback()
    assert [r.id for r in rows][1:] == [second, first]
    assert rows[0].language == "" and rows[1].language == "fr"
    oldest = rows[2]
    assert (oldest.rating, oldest.comment, oldest.question, oldest.answer) == (
        1,
        "¡Muy útil! 👍",
        "¿Qué es?",
        "respuesta",
    )
    assert (oldest.conversation_id, oldest.message_id) == (conversation, message)
    assert [r.id for r in store.feedback(language="es")] == [first]
    assert len(store.feedback(limit=1)) == 1


@pytest.mark.parametrize("rating", [0, 2, -2, True, 5])
def test_bad_rating_is_refused(store, rating):
    with pytest.raises(InvalidRecordError, match=r"\+1"):
        store.add_feedback(rating)


def test_too_long_comment_is_an_error_not_truncated(store):
    store.add_feedback(1, comment="x" * MAX_COMMENT_CHARS)
    with pytest.raises(InvalidRecordError, match=f"{MAX_COMMENT_CHARS + 1} characters"):
        store.add_feedback(-1, comment="y" * (MAX_COMMENT_CHARS + 1))
    assert [len(r.comment) for r in store.feedback()] == [MAX_COMMENT_CHARS]


def test_feedback_for_unknown_message_is_refused(store):
    with pytest.raises(InvalidRecordError, match="does not exist"):
        store.add_feedback(1, message_id=12345)


def test_redactor_masks_everything_a_user_wrote(db_url):
    store = Store(db_url, redactor=lambda text: text.replace("ana@example.org", "[email]"))
    conversation = store.new_conversation("en")
    store.add_message(conversation, "user", "I am ana@example.org", language="en")
    store.add_message(
        conversation,
        "assistant",
        "Hello ana@example.org",
        language="en",
        citations=[{"snippet": "ana@example.org"}],
    )
    store.add_feedback(
        -1,
        comment="write to ana@example.org",
        question="ana@example.org?",
        answer="ana@example.org!",
    )
    texts = [m.text for m in store.history(conversation)]
    assert texts == ["I am [email]", "Hello [email]"]
    assert store.history(conversation)[1].citations == ({"snippet": "ana@example.org"},)
    stored = store.feedback()[0]
    assert (stored.comment, stored.question, stored.answer) == (
        "write to [email]",
        "[email]?",
        "[email]!",
    )
    store.close()


def test_comment_length_is_checked_before_redaction(db_url):
    store = Store(db_url, redactor=lambda text: text[:10])
    with pytest.raises(InvalidRecordError):
        store.add_feedback(1, comment="z" * (MAX_COMMENT_CHARS + 1))
    store.close()


def test_quiz_attempts_and_progress(store, clock):
    store.add_quiz_attempt("ana", "01-ai-fundamentals", "pt", 4, 10, {"q1": 1, "q2": None})
    clock.advance(days=1)
    store.add_quiz_attempt("ana", "01-ai-fundamentals", "pt", 9, 10, {"q1": 1})
    clock.advance(days=1)
    store.add_quiz_attempt("ana", "01-ai-fundamentals", "en", 6, 10, {})
    store.add_quiz_attempt("ana", "03-ethics", "pt", 8, 8, {})
    store.add_quiz_attempt("ben", "03-ethics", "pt", 1, 8, {})

    progress = store.progress("ana")
    assert set(progress) == {"01-ai-fundamentals", "03-ethics"}
    fundamentals = progress["01-ai-fundamentals"]
    assert (fundamentals.score, fundamentals.total, fundamentals.attempts) == (9, 10, 3)
    assert fundamentals.last_attempt_at == T0 + timedelta(days=2)
    assert (progress["03-ethics"].score, progress["03-ethics"].attempts) == (8, 1)
    assert store.progress("nobody") == {}
    with pytest.raises(InvalidRecordError, match="between 0 and total"):
        store.add_quiz_attempt("ana", "03-ethics", "pt", 9, 8, {})


def test_progress_compares_shares_when_quiz_length_changed(store):
    store.add_quiz_attempt("ana", "02-human-rights", "en", 8, 10, {})
    store.add_quiz_attempt("ana", "02-human-rights", "en", 8, 8, {})
    best = store.progress("ana")["02-human-rights"]
    assert (best.score, best.total) == (8, 8)


def test_uncovered_questions_pair_reply_with_its_question(store, clock):
    covered = store.new_conversation("en")
    store.add_message(covered, "user", "What is AI?", language="en")
    store.add_message(covered, "assistant", "AI is...", language="en", covered=True)
    other = store.new_conversation("fr")
    store.add_message(other, "user", "Quel temps fait-il ?", language="fr")
    uncovered = store.add_message(other, "assistant", "Non couvert", language="fr", covered=False)
    clock.advance(minutes=5)
    store.add_message(other, "user", "Et le football ?", language="fr")
    latest = store.add_message(other, "assistant", "Non couvert", language="fr", covered=False)

    found = store.uncovered_questions()
    assert [q.question for q in found] == ["Et le football ?", "Quel temps fait-il ?"]
    assert [q.message_id for q in found] == [latest, uncovered]
    assert found[0].language == "fr" and found[0].conversation_id == other
    assert found[0].asked_at == T0 + timedelta(minutes=5)
    assert len(store.uncovered_questions(limit=1)) == 1


def test_purge_with_fixed_now(db_url, clock):
    store = Store(db_url, retention_days=30, clock=clock)
    old = store.new_conversation("en")
    store.add_message(old, "user", "old question", language="en")
    store.add_feedback(1, comment="old")
    store.add_quiz_attempt("ana", "03-ethics", "en", 1, 8, {})
    long_running = store.new_conversation("en")
    store.add_message(long_running, "user", "old turn", language="en")
    clock.advance(days=40)
    store.add_message(long_running, "user", "recent turn", language="en")
    recent_feedback = store.add_feedback(-1, comment="recent")

    counts = store.purge_expired(now=T0 + timedelta(days=35))
    assert counts == {
        "feedback": 1,
        "quiz_attempts": 1,
        "messages": 2,
        "conversations": 1,
        "exercise_progress": 0,
        "launches": 0,
        "cohort_members": 0,
        "cohorts": 0,
    }
    assert store.history(old) == []
    assert [m.text for m in store.history(long_running)] == ["recent turn"]
    assert [f.id for f in store.feedback()] == [recent_feedback]
    assert store.progress("ana") == {}
    assert set(store.purge_expired(now=T0 + timedelta(days=35)).values()) == {0}
    store.close()


def test_purge_keeps_feedback_when_its_message_goes(db_url, clock):
    store = Store(db_url, retention_days=1, clock=clock)
    conversation = store.new_conversation("en")
    message = store.add_message(conversation, "assistant", "answer", language="en")
    clock.advance(days=2)
    kept = store.add_feedback(1, answer="answer", conversation_id=conversation, message_id=message)
    store.purge_expired(now=clock.now + timedelta(hours=1))
    (row,) = store.feedback()
    assert (row.id, row.message_id, row.answer) == (kept, None, "answer")
    store.close()


def test_retention_zero_keeps_everything(db_url, clock):
    store = Store(db_url, retention_days=0, clock=clock)
    store.add_feedback(1)
    assert set(store.purge_expired(now=T0 + timedelta(days=10_000)).values()) == {0}
    assert len(store.feedback()) == 1
    store.close()


def test_purge_accepts_naive_now_as_utc(db_url, clock):
    store = Store(db_url, retention_days=1, clock=clock)
    store.add_feedback(1)
    assert store.purge_expired(now=datetime(2025, 3, 2, 9, 29))["feedback"] == 0
    assert store.purge_expired(now=datetime(2025, 3, 2, 9, 31))["feedback"] == 1
    store.close()


def test_data_survives_reopening(db_url):
    first = Store(db_url)
    conversation = first.new_conversation("pt")
    first.add_message(conversation, "user", "Olá", language="pt")
    first.add_quiz_attempt("ana", "03-ethics", "pt", 5, 8, {"q1": 2})
    first.close()

    second = Store(db_url)
    assert [m.text for m in second.history(conversation)] == ["Olá"]
    assert second.progress("ana")["03-ethics"].score == 5
    second.close()
    # close() is not final: the store reopens on next use.
    assert [m.text for m in second.history(conversation)] == ["Olá"]
    second.close()


def test_sqlite_pragmas_are_on(store, tmp_path):
    store.feedback()
    assert (tmp_path / "records" / "learners.sqlite3").exists()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_concurrent_writers_lose_nothing(store):
    conversations = [store.new_conversation("en") for _ in range(8)]
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def work(number: int) -> None:
        try:
            start.wait()
            for index in range(50):
                if index % 5 == 0:
                    store.add_feedback(1, comment=f"t{number}-{index}")
                else:
                    store.add_message(conversations[number], "user", f"{index}", language="en")
                store.history(conversations[number], limit=3)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store.feedback(limit=1000)) == 8 * 10
    for conversation in conversations:
        assert len(store.history(conversation)) == 40


def test_two_stores_on_one_file_write_together(db_url):
    stores = [Store(db_url), Store(db_url)]
    conversation = stores[0].new_conversation("en")

    def work(store: Store) -> None:
        for index in range(25):
            store.add_message(conversation, "user", str(index), language="en")

    threads = [threading.Thread(target=work, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(stores[1].history(conversation)) == 50
    for store in stores:
        store.close()


def test_newer_schema_version_asks_for_an_upgrade(db_url):
    store = Store(db_url)
    store.feedback()
    with store.engine.begin() as conn:
        conn.execute(schema_info.update().values(value=str(SCHEMA_VERSION + 1)))
    store.close()
    with pytest.raises(ConfigError, match="Upgrade agora-tutor"):
        Store(db_url).feedback()


def test_schema_version_is_recorded(store):
    store.feedback()
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(schema_info.c.value)).scalar() == str(SCHEMA_VERSION)


@pytest.mark.parametrize(
    "url, message",
    [
        ("not a url", "ASSISTANT_DATABASE_URL"),
        ("nosuchdb://user@host/db", "ASSISTANT_DATABASE_URL"),
        ("postgresql+nosuchdriver://user@host/db", "ASSISTANT_DATABASE_URL"),
    ],
)
def test_bad_url_is_a_config_error(url, message):
    with pytest.raises(ConfigError, match=message):
        Store(url)


def test_missing_driver_says_what_to_install(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name, *args, **kwargs):
        if name == "psycopg" or name.startswith("psycopg."):
            raise ModuleNotFoundError("No module named 'psycopg'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    store = Store("postgresql+psycopg://user:secret@127.0.0.1:1/db")
    with pytest.raises(ConfigError, match=r"agora-tutor\[postgres\]") as info:
        store.feedback()
    assert "secret" not in str(info.value)


def test_unreachable_server_is_a_backend_error_without_password():
    store = Store("postgresql+psycopg://user:secret@127.0.0.1:1/db")
    with pytest.raises(BackendError, match="ASSISTANT_DATABASE_URL") as info:
        store.feedback()
    assert "secret" not in str(info.value)


def test_from_settings_uses_data_dir_and_retention(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", retention_days=7)
    store = Store.from_settings(settings, redactor=str.upper)
    assert store.retention_days == 7
    store.add_feedback(1, comment="quiet")
    assert store.feedback()[0].comment == "QUIET"
    assert (tmp_path / "data" / "learners.sqlite3").exists()
    store.close()


def test_in_memory_database_works(clock):
    store = Store("sqlite://", clock=clock)
    conversation = store.new_conversation("en")
    store.add_message(conversation, "user", "hi", language="en")
    assert [m.text for m in store.history(conversation)] == ["hi"]
    store.close()


def test_comment_added_after_the_rating_and_learner_feedback(tmp_path):
    from assistant.store import InvalidRecordError, Store

    store = Store(f"sqlite:///{tmp_path / 'x.sqlite3'}", redactor=lambda s: s.replace("jane@x.org", "[EMAIL]"))
    mine = store.new_conversation("en", learner_id="learner-a")
    other = store.new_conversation("en", learner_id="learner-b")
    first = store.add_feedback(1, question="q1", conversation_id=mine)
    store.add_feedback(-1, question="q2", conversation_id=other)
    store.set_feedback_comment(first, "Great, write to jane@x.org")
    rows = store.learner_feedback("learner-a")
    assert [(r.rating, r.question, r.comment) for r in rows] == [(1, "q1", "Great, write to [EMAIL]")]
    with pytest.raises(InvalidRecordError, match="under 2000"):
        store.set_feedback_comment(first, "x" * 2001)
    with pytest.raises(InvalidRecordError, match="No rating"):
        store.set_feedback_comment(9999, "hello")
    assert store.describe().startswith("sqlite:///")
