"""The instructor panel's handlers without a browser: the token gate, login, reports, CSV."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

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
    auth = InstructorAuth(HASH, clock=clock, max_failures=3)
    return InstructorPanel(auth, store, load_all())


def _args(method, language="en"):
    """Harmless arguments for every parameter between the token and the language."""
    names = list(inspect.signature(method).parameters)[2:-1]  # self, token … language
    values = {"name": "Intruders", "table": "progress", "exercise_id": "bias-audit"}
    return [values.get(name, 1) for name in names] + [language]


def _tokens(panel, clock):
    expired_auth = InstructorAuth(HASH, clock=clock, session_seconds=10)
    expired = expired_auth.issue_token()
    revoked = panel.auth.issue_token()
    panel.auth.logout(revoked)
    forged = panel.auth.issue_token()[:-4] + "AAAA"
    other_server = InstructorAuth(HASH).issue_token()
    clock.now += 60
    assert not expired_auth.check_token(expired)
    return [None, "", "v1.9999999999.nonce.sig", forged, revoked, other_server, expired]


def test_the_guarded_handlers_are_every_data_handler():
    assert InstructorPanel.guarded_handlers() == [
        "close", "cohort_info", "cohorts", "create_cohort", "export", "launch", "progress",
        "refresh",
    ]
    public = {
        name for name, value in vars(InstructorPanel).items()
        if callable(value) and not name.startswith("_")
    }
    assert public - set(InstructorPanel.guarded_handlers()) == {
        "login", "logout", "refusal",
    }


@pytest.mark.parametrize("language, words", [("en", "log in"), ("ar", "تسجيل الدخول")])
def test_every_handler_refuses_without_a_valid_session(panel, store, clock, language, words):
    store.create_cohort("Real class")  # id 1: there is data to leak
    tokens = _tokens(panel, clock)
    for name in InstructorPanel.guarded_handlers():
        method = getattr(panel, name)
        for token in tokens:
            result = method(token, *_args(getattr(InstructorPanel, name), language))
            parts = result if isinstance(result, tuple) else (result,)
            assert words in parts[0], (name, token, parts[0])
            assert all(part is None for part in parts[1:]), (name, token, parts)
    assert [c.name for c in store.cohorts()] == ["Real class"]  # nothing was created
    assert store.launched_exercises(1) == []


def test_disabled_area_says_how_to_turn_it_on(store):
    panel = InstructorPanel(InstructorAuth(None), store, {})
    token, message = panel.login(PASSWORD, "en")
    assert token is None
    assert "assistant instructor hash-password" in message
    assert "ASSISTANT_INSTRUCTOR_PASSWORD_HASH" in message
    assert "hash-password" in panel.cohorts("anything", "fr")[0]


def test_login_wrong_password_then_lockout(panel):
    token, message = panel.login("nope", "en", client="10.0.0.7")
    assert token is None and "Wrong password" in message
    _, message = panel.login("nope", "fr", client="10.0.0.7")
    assert "Mot de passe incorrect" in message
    _, message = panel.login("nope", "en", client="10.0.0.7")  # third failure locks
    assert "Try again in 30 seconds" in message
    token, message = panel.login(PASSWORD, "ar", client="10.0.0.7")
    assert token is None and "حاول مجددًا" in message  # locked even with the right password
    token, message = panel.login(PASSWORD, "en", client="10.0.0.8")  # another client
    assert token and "logged in" in message


def test_logout_ends_the_session(panel):
    token, _ = panel.login(PASSWORD, "en")
    assert panel.progress(token, None, "en")[0] == ""
    cleared, message = panel.logout(token, "en")
    assert cleared is None and "logged out" in message
    assert "log in" in panel.progress(token, None, "en")[0]


def test_class_launch_progress_and_csv(panel, store):
    token, _ = panel.login(PASSWORD, "en")
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
    _, path = panel.export(token, cohort_id, "progress", "en")
    raw = Path(path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # utf-8-sig: spreadsheets detect UTF-8
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == "display_name,exercise_id,steps_done,steps_total,steps_started,last_activity"
    assert "أمينة,redact-before-store,1,4,1," in text
    for table in TABLES:
        assert Path(panel.export(token, cohort_id, table, "en")[1]).exists()
    assert "was not open" in panel.close(token, cohort_id, "bias-audit", "en")
    assert "is closed" in panel.close(token, cohort_id, "redact-before-store", "en")


def test_store_errors_are_shown_not_raised(panel):
    token, _ = panel.login(PASSWORD, "en")
    message, choices, cohort_id = panel.create_cohort(token, "   ", "en")
    assert "⚠️" in message and choices is None and cohort_id is None
    assert "⚠️" in panel.launch(token, 999, "bias-audit", "en")
    assert "Create or pick a class" in panel.cohort_info(token, None, "en")
