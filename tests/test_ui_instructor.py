"""The instructor panel's handlers without a browser: the session gate, login, reports, CSV."""

from __future__ import annotations

import inspect
import re

import pytest

from assistant import auth as auth_module
from assistant.auth import InstructorAuth, hash_password
from assistant.config import load_settings
from assistant.exercises.spec import load_all
from assistant.store import Store
from assistant.web.instructor import TABLES, InstructorPanel

PASSWORD = "correct horse battery staple"
HASH = hash_password(PASSWORD, n=2**10)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store():
    return Store.from_settings(load_settings())


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def panel(store, clock):
    auth = InstructorAuth(HASH, clock=clock, grants=store)
    return InstructorPanel(auth, store, load_all())


SID = "1" * 32


def _args(method, language="en"):
    """Harmless arguments for every parameter between the session and the language."""
    names = list(inspect.signature(method).parameters)[2:-1]  # self, session … language
    values = {"name": "Intruders", "table": "progress", "exercise_id": "bias-audit"}
    return [values.get(name, 1) for name in names] + [language]


def _sessions(panel, clock):
    """Sessions that must not pass: none, unknown, logged out, expired, under an old password."""
    panel.auth.login(PASSWORD, session="2" * 32)
    panel.auth.logout("2" * 32)
    short = InstructorAuth(HASH, clock=clock, grants=panel.auth.grants, session_seconds=10)
    short.login(PASSWORD, session="3" * 32)
    old = InstructorAuth(hash_password("an older long password", n=2**10), clock=clock,
                         grants=panel.auth.grants)
    old.login("an older long password", session="4" * 32)
    clock.now += 60
    assert not panel.auth.is_instructor("3" * 32) and not panel.auth.is_instructor("4" * 32)
    return [None, "", "5" * 32, "2" * 32, "3" * 32, "4" * 32, "' OR 1=1 --"]


def test_the_guarded_handlers_are_every_data_handler():
    assert InstructorPanel.guarded_handlers() == [
        "close", "cohort_info", "cohorts", "create_cohort", "export", "launch", "progress",
        "refresh", "retrain_civicly",
    ]
    public = {
        name for name, value in vars(InstructorPanel).items()
        if callable(value) and not name.startswith("_")
    }
    # csv() is only called by the server's export route, after its own session check.
    assert public - set(InstructorPanel.guarded_handlers()) == {
        "login", "logout", "refusal", "csv",
    }


@pytest.mark.parametrize("language, words", [("en", "log in"), ("ar", "تسجيل الدخول")])
def test_every_handler_refuses_without_a_valid_session(panel, store, clock, language, words):
    store.create_cohort("Real class")  # id 1: there is data to leak
    sessions = _sessions(panel, clock)
    for name in InstructorPanel.guarded_handlers():
        method = getattr(panel, name)
        for session in sessions:
            result = method(session, *_args(getattr(InstructorPanel, name), language))
            parts = result if isinstance(result, tuple) else (result,)
            assert words in parts[0], (name, session, parts[0])
            assert all(part is None for part in parts[1:]), (name, session, parts)
    assert [c.name for c in store.cohorts()] == ["Real class"]  # nothing was created
    assert store.launched_exercises(1) == []


def test_disabled_area_says_how_to_turn_it_on(store):
    panel = InstructorPanel(InstructorAuth(None), store, {})
    ok, message = panel.login(PASSWORD, "en", session=SID)
    assert not ok
    assert "assistant instructor hash-password" in message
    assert "ASSISTANT_INSTRUCTOR_PASSWORD_HASH" in message
    assert "hash-password" in panel.cohorts("anything", "fr")[0]


def test_login_wrong_password_then_throttled(panel):
    ok, message = panel.login("nope", "en", session=SID, client="10.0.0.7")
    assert not ok and "Wrong password" in message
    _, message = panel.login("nope", "fr", session=SID, client="10.0.0.7")
    assert "Mot de passe incorrect" in message
    for _ in range(auth_module.FREE_FAILURES_PER_ADDRESS - 2):
        panel.login("nope", "en", session=SID, client="10.0.0.7")
    _, message = panel.login("nope", "en", session=SID, client="10.0.0.7")
    assert "Try again in 2 seconds" in message
    ok, message = panel.login(PASSWORD, "ar", session=SID, client="10.0.0.7")
    assert not ok and "حاول مجددًا" in message  # this address waits, even with the right password
    ok, message = panel.login(PASSWORD, "en", session=SID, client="10.0.0.8")  # another client
    assert ok and "logged in" in message


def test_login_without_a_session_cookie_says_so(panel):
    ok, message = panel.login(PASSWORD, "en", session=None)
    assert not ok and "cookie" in message


def test_logout_ends_the_session(panel):
    ok, _ = panel.login(PASSWORD, "en", session=SID)
    assert ok and panel.progress(SID, None, "en")[0] == ""
    message = panel.logout(SID, "en")
    assert "logged out" in message
    assert "log in" in panel.progress(SID, None, "en")[0]


def test_class_launch_progress_and_csv(panel, store):
    panel.login(PASSWORD, "en", session=SID)
    token = SID
    message, choices, cohort_id = panel.create_cohort(token, "Rabat 2025", "en")
    cohort = store.cohort(cohort_id)
    assert cohort.join_code in message and choices == [(f"Rabat 2025 · {cohort.join_code}", cohort_id)]
    assert "is open for" in panel.launch(token, cohort_id, "redact-before-store", "en")
    store.join_cohort(cohort.join_code, "learner-1", "أمينة")
    check = {"name": "pii_spans_found", "passed": True, "message": "ok"}
    store.save_step("learner-1", "redact-before-store", "spot-by-hand", "done", {"spans": "x"},
                    [check], cohort_id=cohort_id)
    info, progress, submissions, feedback, uncovered = panel.refresh(token, cohort_id, "fr")
    assert "1 apprenant" in info and "Redact" not in info  # titles in the interface language
    assert progress["headers"][0] == "Apprenant"
    assert progress["data"] == [["أمينة", load_all()["redact-before-store"].text("title", "fr"),
                                 "1/4", 1, progress["data"][0][4]]]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", progress["data"][0][4])
    assert submissions["data"][0][2:5] == ["spot-by-hand", "done", "1/1"]
    assert feedback["data"] == [] and uncovered["data"] == []
    _, link = panel.export(token, cohort_id, "progress", "en")
    assert f"href='instructor/export/{cohort_id}/progress.csv'" in link
    name, raw = panel.csv(cohort_id, "progress")
    assert name == f"cohort-{cohort_id}-progress.csv"
    assert raw.startswith(b"\xef\xbb\xbf")  # utf-8-sig: spreadsheets detect UTF-8
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == "display_name,exercise_id,steps_done,steps_total,steps_started,last_activity"
    assert "أمينة,redact-before-store,1,4,1," in text
    for table in TABLES:
        assert panel.csv(cohort_id, table)[1].startswith(b"\xef\xbb\xbf")
    assert panel.csv(cohort_id, "../../etc/passwd") is None
    assert "was not open" in panel.close(token, cohort_id, "bias-audit", "en")
    assert "is closed" in panel.close(token, cohort_id, "redact-before-store", "en")


def test_store_errors_are_shown_not_raised(panel):
    panel.login(PASSWORD, "en", session=SID)
    token = SID
    message, choices, cohort_id = panel.create_cohort(token, "   ", "en")
    assert "⚠️" in message and choices is None and cohort_id is None
    assert "⚠️" in panel.launch(token, 999, "bias-audit", "en")
    assert "Create or pick a class" in panel.cohort_info(token, None, "en")


class _RecordingSandbox:
    """Stands in for CivicSandbox: records who asked for a shared retrain."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, bool]] = []

    def train_on(self, owner, path, mapping=None, *, shared):
        from types import SimpleNamespace

        self.calls.append((owner, shared))
        router = SimpleNamespace(classes=["roads"])
        return SimpleNamespace(version="v-test", trained_on=3, router=router), []


def test_only_a_logged_in_instructor_retrains_the_shared_civicly_model(store, clock, tmp_path):
    sandbox = _RecordingSandbox()
    panel = InstructorPanel(InstructorAuth(HASH, clock=clock, grants=store), store, {}, sandbox)
    data = tmp_path / "history.csv"
    data.write_text("text,department\npothole,roads\n", encoding="utf-8")
    assert "log in" in panel.retrain_civicly("9" * 32, str(data), "", "en")
    assert sandbox.calls == []
    panel.login(PASSWORD, "en", session=SID)
    assert "Choose a file" in panel.retrain_civicly(SID, None, "", "en")
    message = panel.retrain_civicly(SID, str(data), "", "fr")
    assert "remplacé" in message and sandbox.calls == [(SID, True)]
