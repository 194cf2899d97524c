"""Instructor material in a real browser: upload, report, publish, cite, unpublish.

One app process with an instructor password. The instructor uploads a PDF, a
DOCX and a corrupt PDF in Chromium and sees the per-file report (the corrupt
one with its reason, the others indexed); a learner in another browser
context gets no answer from the material until it is published, then an
answer citing each file as instructor material, and none from the PDF again
once it is unpublished.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from assistant.auth import hash_password
from tests.browser_support import (
    AppProcess,
    ask,
    assert_local,
    browser,
    free_port,
    open_page,
    shot,
)
from tests.material_files import make_corrupt_pdf, make_docx, make_pdf
from tests.test_browser_instructor import PASSWORD, log_in

__all__ = ["browser"]  # fixtures used by name below

pytestmark = pytest.mark.browser

PDF_QUESTION = "How many quartermaster signatures does a zorblat permit need?"
DOCX_QUESTION = "What does a wimbleton audit check against the flumox register?"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    root = tmp_path_factory.mktemp("material-app")
    env = {"ASSISTANT_INSTRUCTOR_PASSWORD_HASH": hash_password(PASSWORD)}
    server = AppProcess(root / "data", free_port(), env=env)
    server.start()
    yield server
    server.stop()


def choose_document(page, doc_id: str) -> None:
    page.locator("#lib-document input").click()
    page.get_by_role("option", name=re.compile(re.escape(doc_id))).click()


def reply(page, question: str):
    """Ask and wait for the final answer, cited or not (``ask`` waits for citations)."""
    bubbles = page.locator("#chat .bot")
    before = bubbles.count()
    page.fill("#question textarea", question)
    page.click("#ask")
    expect(bubbles).to_have_count(before + 1, timeout=60_000)
    # The final answer has its sources, or says the course does not cover the question.
    bubbles.last.locator("details, .not-covered-badge").first.wait_for(timeout=60_000)
    return bubbles.last


def test_instructor_uploads_publishes_and_learners_see_it(browser, app, tmp_path: Path):
    files = [
        make_pdf(tmp_path / "zorblat permits.pdf", "Zorblat permits",
                 ["Every zorblat permit needs three quartermaster signatures.",
                  "A zorblat permit without quartermaster signatures is void."]),
        make_docx(tmp_path / "wimbleton audit.docx", "Wimbleton audits",
                  ["A wimbleton audit checks every vendor invoice against the flumox register."]),
        make_corrupt_pdf(tmp_path / "broken.pdf"),
    ]
    requests: list[str] = []
    teacher = browser.new_context(viewport={"width": 1280, "height": 900})
    learner = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = open_page(teacher, app, requests)
        log_in(page)
        page.locator("#lib-section").get_by_text("Course material").first.click()
        page.locator("#lib-files input[type=file]").set_input_files([str(f) for f in files])
        page.locator("#lib-files td[aria-label='broken.pdf']").wait_for(timeout=60_000)
        page.click("#lib-upload")
        status = page.locator("#lib-status")
        expect(status).to_contain_text("Indexed: 2. Failed: 1.", timeout=120_000)
        report = status.inner_text()
        assert "broken.pdf" in report and "failed" in report
        assert "zorblat permits.pdf" in report and "added" in report
        table = page.locator("#lib-table")
        expect(table).to_contain_text("instructor:zorblat-permits")
        expect(table).to_contain_text("Not published")
        shot(page, "instructor-material-en")

        student = open_page(learner, app, requests)
        bubble = reply(student, PDF_QUESTION)
        assert "instructor material" not in bubble.inner_text()  # not published yet

        for doc_id in ("instructor:zorblat-permits", "instructor:wimbleton-audit"):
            choose_document(page, doc_id)
            page.click("#lib-publish")
            expect(status).to_contain_text(f"{doc_id} is published", timeout=30_000)
        choose_document(page, "instructor:zorblat-permits")
        expect(page.locator("#lib-preview")).to_contain_text("quartermaster", timeout=30_000)

        bubble = ask(student, PDF_QUESTION)
        expect(bubble).to_contain_text("instructor material")
        expect(bubble).to_contain_text("Zorblat")
        bubble = ask(student, DOCX_QUESTION)
        expect(bubble).to_contain_text("instructor material")
        expect(bubble).to_contain_text("Wimbleton")
        shot(student, "learner-cites-instructor-material-en")

        choose_document(page, "instructor:zorblat-permits")
        page.click("#lib-unpublish")
        expect(status).to_contain_text("hidden from learners again", timeout=30_000)
        bubble = reply(student, PDF_QUESTION)
        assert "Zorblat permits" not in bubble.inner_text()
        assert_local(requests, app)
    except Exception:
        for n, tab in enumerate([*teacher.pages, *learner.pages]):
            shot(tab, f"material-failure-{n}")
        raise
    finally:
        teacher.close()
        learner.close()
