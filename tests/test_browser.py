"""The learner app in a real browser: Debian's Chromium driven by Playwright.

Screenshots are written to ``test-artifacts/screenshots/`` for people to look
at. Every request the page makes is recorded; all must go to the app's own
host.
"""

from __future__ import annotations

import pytest

from tests.browser_support import app, ask, assert_local, browser, context, open_page, shot

__all__ = ["app", "browser", "context"]  # fixtures used by name below

pytestmark = pytest.mark.browser


def test_french_question_gets_a_french_answer_with_citations(context, app):
    requests: list[str] = []
    page = open_page(context, app, requests)
    bubble = ask(page, "Que signifie la minimisation des données dans les services publics ?")
    text = bubble.inner_text()
    assert "Voici ce que dit le cours" in text
    assert bubble.locator("div[lang=fr]").count() >= 1
    summary = bubble.locator("details summary").first
    assert summary.inner_text().startswith("[1]")
    summary.click()  # a citation opens the cited passage
    assert bubble.locator(".citation-passage").first.is_visible()
    shot(page, "chat-fr")
    assert_local(requests, app)


def test_arabic_interface_is_right_to_left(context, app):
    requests: list[str] = []
    page = open_page(context, app, requests)
    page.locator("#ui-language input").click()
    page.get_by_role("option", name="العربية").click()
    page.wait_for_function("document.documentElement.dir === 'rtl'")
    page.get_by_role("tab", name="اسأل المقرر").wait_for(timeout=10_000)
    bubble = ask(page, "ما معنى تقليل البيانات في الخدمات العامة؟")
    assert bubble.locator("div[dir=rtl]").count() >= 1
    shot(page, "chat-ar")
    page.get_by_role("tab", name="المقرر والاختبارات").click()
    page.locator("#section-text div[dir=rtl]").first.wait_for()
    shot(page, "course-ar")
    assert_local(requests, app)


def test_quiz_is_scored_with_explanations(context, app):
    requests: list[str] = []
    page = open_page(context, app, requests)
    page.get_by_role("tab", name="Course and quizzes").click()
    first = page.locator("#quiz-q0")
    first.wait_for()
    first.locator("label").nth(1).click()  # the right answer of 01-ai-fundamentals q1
    page.locator("#quiz-q1 label").first.click()
    page.click("#quiz-submit")
    result = page.locator("#quiz-result")
    result.get_by_text("Score:").wait_for(timeout=30_000)
    assert "Score: 1 / 10" in result.inner_text()  # q1 right, q2 wrong, the rest unanswered
    assert "✅" in result.inner_text()
    page.locator("#progress").get_by_text("best").wait_for()
    shot(page, "quiz-en")
    assert_local(requests, app)


def test_feedback_survives_a_restart(context, app):
    requests: list[str] = []
    page = open_page(context, app, requests)
    question = "What does data minimisation mean for a public agency?"
    bubble = ask(page, question)
    bubble.hover()
    page.locator("#chat button[aria-label='Like']").last.click()
    page.locator("#feedback-status").get_by_text("Thank you").wait_for()
    page.fill("#feedback-comment textarea", "Clear and well sourced")
    page.click("#feedback-send")
    page.locator("#feedback-list").get_by_text("Clear and well sourced").wait_for()
    app.stop()
    app.start()
    page = open_page(context, app, requests)  # same browser profile: same learner id
    listing = page.locator("#feedback-list")
    listing.get_by_text("Clear and well sourced").wait_for(timeout=30_000)
    assert "👍" in listing.inner_text() and question[:40] in listing.inner_text()
    shot(page, "feedback-after-restart")
    assert_local(requests, app)


def test_keyboard_submission_and_labelled_controls(context, app):
    requests: list[str] = []
    page = open_page(context, app, requests)
    visible = "[...document.querySelectorAll('textarea, input:not([type=hidden])')]" \
        ".filter(e => e.offsetParent !== null)"
    assert page.evaluate(f"() => {visible}.length") >= 5  # question, comment, 2 pickers, tutor
    unlabelled = page.evaluate(
        f"""() => {visible}
            .filter(e => !(e.getAttribute('aria-label') || (e.closest('label') &&
                    e.closest('label').innerText.trim()) ||
                    (e.id && document.querySelector(`label[for="${{e.id}}"]`))))
            .map(e => e.outerHTML.slice(0, 120))"""
    )
    assert unlabelled == []
    box = page.locator("#question textarea")
    box.focus()
    page.keyboard.type("What is data minimisation?")
    page.keyboard.press("Enter")
    page.locator("#chat .bot").last.locator("details").first.wait_for(timeout=60_000)
    assert box.input_value() == ""  # answered: the box is ready for the next question
    assert_local(requests, app)
