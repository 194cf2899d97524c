"""The hardened page in Debian's Chromium: the CSP lets the app work and blocks the rest."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from tests.browser_support import ask, assert_local, browser, open_page, shot

__all__ = ["browser"]

pytestmark = pytest.mark.browser


@pytest.fixture
def page_and_log(browser, secure_app) -> Iterator[tuple[object, list[str], list[str], list[str]]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    violations: list[str] = []
    console: list[str] = []
    context.add_init_script(
        "document.addEventListener('securitypolicyviolation', e =>"
        " console.error('CSP-VIOLATION ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    page = open_page(context, secure_app, requests)
    page.on("console", lambda m: console.append(m.text))
    try:
        yield page, requests, violations, console
    finally:
        context.close()


def test_the_page_works_under_its_content_security_policy(page_and_log, secure_app):
    page, requests, _, console = page_and_log
    bubble = ask(page, "What does data minimisation mean?")
    assert re.search(r"\[\d\]", bubble.inner_text())  # a cited answer was rendered
    page.get_by_role("tab", name="Course and quizzes").click()
    page.locator("#progress").wait_for(state="attached")
    shot(page, "security-csp-en")
    assert not [line for line in console if "CSP-VIOLATION" in line], console
    assert_local(requests, secure_app)


def test_markup_typed_in_a_question_fetches_nothing(page_and_log, secure_app):
    page, requests, _, _ = page_and_log
    page.fill(
        "#question textarea",
        "<img src='http://203.0.113.9/pixel.png'> ![x](http://203.0.113.9/md.png) data minimisation?",
    )
    page.click("#ask")
    page.wait_for_function(
        "() => { const b = [...document.querySelectorAll('#chat .bot')].pop();"
        " return b && b.innerText.trim().length > 3; }",
        timeout=60_000,
    )
    page.wait_for_timeout(500)
    assert not any("203.0.113.9" in url for url in requests), requests
    # The learner's own bubble shows what was typed, as text.
    user = page.locator("#chat .user").last.inner_text()
    assert "<img" in user and "pixel.png" in user
    assert_local(requests, secure_app)


def _civicly(page):
    page.get_by_role("tab", name="Exercises").click()
    page.locator("#civicly-tab").wait_for(timeout=30_000)
    page.locator("#civicly-tab").get_by_text("Civicly").first.click()
    page.locator("#civicly-text textarea").wait_for(state="visible", timeout=30_000)


def test_two_browsers_never_see_each_others_civicly_messages(browser, secure_app):
    typed = "Streetlight out at 14 Rue Victor Hugo, call Jeanne Moreau on 06 12 34 56 78"
    alice = browser.new_context(viewport={"width": 1280, "height": 1000})
    bob = browser.new_context(viewport={"width": 1280, "height": 1000})
    try:
        requests: list[str] = []
        page_a = open_page(alice, secure_app, requests)
        _civicly(page_a)
        page_a.fill("#civicly-text textarea", typed)
        page_a.click("#civicly-classify")
        queue_a = page_a.locator("#civicly-queue")
        # The first classification trains the shared model (about a minute on 2 idle cores).
        expect(queue_a).to_contain_text("NEW-", timeout=300_000)
        own = queue_a.inner_text()
        assert "Streetlight" in own  # Alice sees her message …
        # … with the phone number masked (names are best-effort: see the privacy issue)
        assert "06 12 34 56 78" not in own and "[PHONE]" in own
        shot(page_a, "security-civicly-alice-en")

        page_b = open_page(bob, secure_app, requests)
        _civicly(page_b)
        page_b.click("#civicly-refresh")
        queue_b = page_b.locator("#civicly-queue")
        try:
            expect(queue_b).to_contain_text("CIV-", timeout=60_000)  # the shared sample
        finally:
            shot(page_b, "security-civicly-bob-en")
        page_b.wait_for_timeout(500)
        theirs = queue_b.inner_text()
        assert "Streetlight" not in theirs and "Victor Hugo" not in theirs
        assert "NEW-" not in theirs  # only the shared held-out sample
        assert_local(requests, secure_app)
    finally:
        alice.close()
        bob.close()
