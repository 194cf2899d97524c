"""The instructor area and the guided-exercise runner in a real browser.

One app process with an instructor password. The instructor logs in, creates
a class and launches redact-before-store; a learner (a second browser
context, so another learner id) joins with the code, completes the first
step, and the instructor's live progress table shows it. An unauthenticated
HTTP call straight to an instructor endpoint (loopback) is refused. Arabic
and English screenshots go to ``test-artifacts/screenshots/``.
"""

from __future__ import annotations

import json
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from assistant.auth import hash_password
from tests.browser_support import (
    AppProcess,
    assert_local,
    browser,
    context,
    free_port,
    open_page,
    shot,
)

__all__ = ["browser", "context"]  # fixtures used by name below

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"
SPANS = (
    "1, Grace Adeyemi, name\n"
    "1, 07700 900461, phone\n"
    "2, martine.dubois@exemple.fr, email"
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    root = tmp_path_factory.mktemp("instructor-app")
    env = {"ASSISTANT_INSTRUCTOR_PASSWORD_HASH": hash_password(PASSWORD)}
    server = AppProcess(root / "data", free_port(), env=env)
    server.start()
    yield server
    server.stop()


def pick(page, dropdown: str, option: str) -> None:
    page.locator(f"{dropdown} input").click()
    page.get_by_role("option", name=option).click()


def log_in(page) -> None:
    page.get_by_role("tab", name="Instructor").click()
    page.fill("#ins-password input", PASSWORD)
    page.click("#ins-login")
    page.locator("#ins-panel").wait_for(state="visible", timeout=30_000)


def test_instructor_launches_and_sees_a_learner_step(browser, app, tmp_path: Path):
    requests: list[str] = []
    teacher = browser.new_context(viewport={"width": 1280, "height": 900})
    learner = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = open_page(teacher, app, requests)
        log_in(page)
        page.fill("#ins-cohort-name textarea", "Cohort Rabat 2025")
        page.click("#ins-create")
        code_node = page.locator("#join-code-created")
        code_node.wait_for(timeout=30_000)
        code = code_node.inner_text().strip()
        assert len(code) >= 6
        pick(page, "#ins-exercise", "Redact before you store")
        page.click("#ins-launch")
        page.locator("#ins-status").get_by_text("is open for").wait_for(timeout=30_000)

        student = open_page(learner, app, requests)
        student.get_by_role("tab", name="Exercises").click()
        student.locator("#exercise-cohort").get_by_text("Join your class").click()
        student.fill("#join-code textarea", code.lower())
        student.fill("#join-name textarea", "Amina")
        student.click("#join-button")
        student.locator("#join-status").get_by_text("You joined").wait_for(timeout=30_000)
        # the launched exercise is marked for the class and opens at its first step
        pick(student, "#exercise-pick", "📌 Redact before you store (assigned to your class)")
        student.locator("#exercise-step-text").get_by_text("Spot personal data").wait_for()
        student.click("#exercise-hint")
        student.locator("#exercise-hints").get_by_text("Hint 1 of 2").wait_for()
        student.fill("#ex-input-0-text textarea", SPANS)
        student.click("#exercise-check")
        checks = student.locator("#exercise-checks")
        checks.get_by_text("pii_spans_found").wait_for(timeout=30_000)
        assert "✅" in checks.inner_text()
        assert "Step complete" in student.locator("#exercise-status").inner_text()
        assert "Hint 1 of 2" in student.locator("#exercise-hints").inner_text()  # still shown
        shot(student, "exercise-runner-en")

        # the live table refreshes by itself every few seconds
        progress = page.locator("#ins-progress")
        expect(progress).to_contain_text("Amina", timeout=30_000)
        expect(progress).to_contain_text("1/4", timeout=30_000)
        expect(page.locator("#ins-submissions")).to_contain_text("spot-by-hand", timeout=30_000)
        shot(page, "instructor-en")
        pick(page, "#ins-table", "Submissions")
        with page.expect_download() as download:
            page.click("#ins-download")
            page.locator("#ins-csv a").first.click()
        data = Path(download.value.path()).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and b"Amina" in data  # utf-8-sig
        # The link works only for the instructor's own session: the learner's browser,
        # given the same address, is refused.
        href = page.locator("#ins-csv a").first.get_attribute("href")
        assert href and href.startswith("instructor/export/")
        denied = learner.request.get(app.url + href)
        assert denied.status == 403 and b"Amina" not in denied.body()
        assert teacher.request.get(app.url + href).status == 200

        # the learner comes back later: same step state
        student.reload()
        student.locator("#feedback-list h4").wait_for(timeout=30_000)
        student.get_by_role("tab", name="Exercises").click()
        student.locator("#exercise-step-text").get_by_text("Measure the detector").wait_for(
            timeout=30_000
        )
        assert "Measure" in student.locator("#exercise-step input").input_value()
        assert_local(requests, app)
    finally:
        teacher.close()
        learner.close()


def test_arabic_screens(browser, app):
    requests: list[str] = []
    teacher = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = open_page(teacher, app, requests, "?lang=ar")
        page.wait_for_function("document.documentElement.dir === 'rtl'")
        page.get_by_role("tab", name="التمارين").click()
        page.locator("#exercise-step-text").wait_for()
        pick(page, "#exercise-pick", "تقييم الأثر الخوارزمي لمنصة Civicly")
        page.click("#exercise-hint")
        page.locator("#exercise-hints").get_by_text("التلميح 1").wait_for()
        page.click("#exercise-check")
        page.locator("#exercise-status").get_by_text("مطلوب").first.wait_for(timeout=30_000)
        shot(page, "exercise-runner-ar")
        page.get_by_role("tab", name="المدرّب").click()
        page.fill("#ins-password input", PASSWORD)
        page.click("#ins-login")
        page.locator("#ins-panel").wait_for(state="visible", timeout=30_000)
        pick(page, "#ins-cohort", "Cohort Rabat 2025")
        page.locator("#ins-cohort-info").get_by_text("الرمز").wait_for(timeout=30_000)
        shot(page, "instructor-ar")
        assert_local(requests, app)
    finally:
        teacher.close()


def _post(url: str, body: dict) -> dict:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def test_instructor_endpoint_refuses_a_call_without_a_session(app):
    assert app.url.startswith("http://127.0.0.1:")
    with urllib.request.urlopen(app.url + "config", timeout=30) as response:
        config = json.loads(response.read())
    fn_index = next(
        d["id"] for d in config["dependencies"] if d.get("api_name") == "instructor_refresh"
    )
    session = uuid.uuid4().hex
    # No session cookie, so the server issues a fresh session that is not logged in;
    # there is no input through which a token or role could be passed.
    _post(
        app.url + "gradio_api/queue/join",
        {"data": [None, "en"], "fn_index": fn_index, "session_hash": session,
         "event_data": None, "trigger_id": None},
    )
    url = f"{app.url}gradio_api/queue/data?session_hash={session}"
    outputs = None
    with urllib.request.urlopen(url, timeout=60) as stream:
        for raw in stream:
            line = raw.decode("utf-8").strip()
            if not line.startswith("data:"):
                continue
            message = json.loads(line[5:])
            if message.get("msg") == "process_completed":
                outputs = message["output"]
                break
    assert outputs is not None and "data" in outputs, outputs
    status, *tables = outputs["data"]
    assert "log in" in status
    assert len(tables) == 4 and all(not (t or {}).get("data") for t in tables), tables
