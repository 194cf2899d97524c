"""Accessibility: every tab and state audited with axe-core in five languages, keyboard use, zoom.

The audit is axe-core (pinned in ``tests/a11y/package-lock.json``, installed by
``scripts/ensure_test_deps.sh`` with ``npm ci``; nothing comes from a CDN),
injected into the real page in Debian's Chromium and run with the WCAG 2.0/2.1
level A and AA rules (:data:`WCAG_TAGS`). One app process (fake embedder,
instructor password set) serves every language: each language gets its own
browser context, switches the interface with the page's own language picker,
and drives the states a learner or instructor sees — a cited answer with a
citation open, a scored quiz, the exercise runner after "check my work", a
Civicly classification with its queue filled (each message cell carrying its
detected ``lang``), the instructor area logged in with its (empty) tables,
the course-material section open after a Markdown upload (the per-file report,
the library table and a document's preview), and the About page — auditing
each one. No rule is ignored (:data:`IGNORED` is
empty; an entry needs a written reason).

Beside the audit: the main tasks done with the keyboard alone (with a visible
focus indicator checked on the way), ``lang``/``dir`` on the page and on an
English passage quoted inside an Arabic answer, a live region on the chat, and
text at 200 % without horizontal clipping of the question box and the answer,
and the dark palette (an answer, a scored quiz in Arabic).
Screenshots (English and Arabic) go to ``test-artifacts/screenshots/a11y-*``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from assistant.auth import hash_password
from assistant.web.chat import EXAMPLES
from assistant.web.text import t
from tests.browser_support import ROOT, AppProcess, browser, free_port, open_page, shot

__all__ = ["browser"]  # fixture used by name below

pytestmark = pytest.mark.browser

AXE = ROOT / "tests" / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: Rule id -> why it may fail. Empty: every WCAG 2.1 A/AA rule must pass.
IGNORED: dict[str, str] = {}
PASSWORD = "a11y instructor passphrase"
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português", "ar": "العربية"}
#: One question per interface language (the chat's own examples are one per language).
QUESTIONS = dict(zip(LANGUAGES, EXAMPLES, strict=True))
CIVICLY_MESSAGE = "Streetlight broken outside the school on Station Road since Monday night"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    root = tmp_path_factory.mktemp("a11y-app")
    env = {"ASSISTANT_INSTRUCTOR_PASSWORD_HASH": hash_password(PASSWORD)}
    server = AppProcess(root / "data", free_port(), env=env)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


# -- the audit ----------------------------------------------------------------------------


def axe_violations(page: Any, state: str) -> list[str]:
    """Run axe-core's WCAG 2.1 A/AA rules on the page; one line per failing element."""
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}: run `bash scripts/ensure_test_deps.sh`.")
    # Gradio fades a component to 20 % while its update is pending: audit the settled page,
    # one with nothing pending for a whole second (one event can start another just after).
    page.evaluate("() => { window.__quietSince = performance.now(); }")
    page.wait_for_function(
        "() => { const now = performance.now();"
        " if (document.querySelector('.pending')) { window.__quietSince = now; return false; }"
        " return now - window.__quietSince > 1000; }",
        timeout=120_000,
    )
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {
                runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return result.violations.flatMap(v => v.nodes.map(n => ({
                rule: v.id, impact: v.impact, target: n.target.join(' '),
                html: n.html.slice(0, 160),
                why: [...n.any, ...n.all, ...n.none].map(c => c.message).join('; ')})));
        }""",
        WCAG_TAGS,
    )
    return [
        f"[{state}] {v['rule']} ({v['impact']}) {v['target']}: {v['why']} — {v['html']}"
        for v in found if v["rule"] not in IGNORED
    ]


def axe_version(page: Any) -> str:
    return str(page.evaluate("() => axe.version"))


# -- driving the app ----------------------------------------------------------------------


def switch_language(page: Any, language: str) -> None:
    """Choose the interface language with the page's own picker, as a learner does."""
    if language == "en":
        return
    page.locator("#ui-language input").click()
    page.get_by_role("option", name=LANGUAGES[language]).click()
    page.wait_for_function(
        "(lang) => document.documentElement.lang === lang", arg=language, timeout=30_000
    )
    page.get_by_role("tab", name=t("tab_chat", language)).wait_for(timeout=30_000)


def open_tab(page: Any, key: str, language: str) -> None:
    page.get_by_role("tab", name=t(key, language)).click()


def chat_with_citation(page: Any, language: str) -> Any:
    page.fill("#question textarea", QUESTIONS[language])
    page.click("#ask")
    bubble = page.locator("#chat .bot").last
    bubble.locator("details").first.wait_for(timeout=180_000)
    bubble.locator("details summary").first.click()
    bubble.locator(".citation-passage").first.wait_for(state="visible")
    return bubble


def scored_quiz(page: Any, language: str) -> None:
    open_tab(page, "tab_course", language)
    page.locator("#quiz-q0 label").nth(1).click()
    page.locator("#quiz-q1 label").first.click()
    page.click("#quiz-submit")
    page.locator("#quiz-result h3").wait_for(timeout=30_000)


def exercise_checked(page: Any, language: str) -> None:
    open_tab(page, "tab_exercises", language)
    page.locator("#exercise-step-text h4").wait_for(timeout=30_000)
    page.click("#exercise-hint")
    page.locator("#exercise-hints div[dir]").first.wait_for(timeout=30_000)
    page.click("#exercise-check")
    page.locator("#exercise-status div[dir]").first.wait_for(timeout=30_000)


def civicly_classified(page: Any) -> None:
    """On the Exercises tab: open the Civicly panel, classify one message (trains once)."""
    page.locator("#civicly-tab").get_by_text("Civicly").first.click()
    page.locator("#civicly-text textarea").wait_for(state="visible", timeout=30_000)
    page.fill("#civicly-text textarea", CIVICLY_MESSAGE)
    page.click("#civicly-classify")
    page.locator("#civicly-result li").first.wait_for(timeout=300_000)


def instructor_tables(page: Any, language: str) -> None:
    open_tab(page, "tab_instructor", language)
    page.fill("#ins-password input", PASSWORD)
    page.click("#ins-login")
    page.locator("#ins-panel").wait_for(state="visible", timeout=30_000)
    page.fill("#ins-cohort-name textarea", f"Cohort {language} {uuid.uuid4().hex[:4]}")
    page.click("#ins-create")
    page.locator("#join-code-created").wait_for(timeout=30_000)
    page.locator("#ins-cohort-info div[dir]").first.wait_for(timeout=30_000)


def material_filled(page: Any, language: str, folder: Any) -> None:
    """Instructor logged in: open "Course material", upload one Markdown file, preview it.

    Leaves the report table, the library table and a document's preview on the page.
    """
    name = f"a11y-notes-{language}"
    notes = folder / f"{name}.md"
    notes.write_text(f"# Accessible notes {language}\n\n## Contrast\n\nText needs a contrast "
                     "of 4.5:1 against its background; large text needs 3:1.\n", encoding="utf-8")
    page.locator("#lib-section").get_by_text(t("lib_heading", language)).first.click()
    page.locator("#lib-files input[type=file]").set_input_files(str(notes))
    page.locator(f"#lib-files td[aria-label='{notes.name}']").wait_for(timeout=60_000)
    page.click("#lib-upload")
    page.locator("#lib-status table").wait_for(timeout=120_000)
    doc_id = f"instructor:{name}"
    expect(page.locator("#lib-table")).to_contain_text(doc_id, timeout=30_000)
    page.locator("#lib-document input").click()
    page.get_by_role("option", name=re.compile(re.escape(doc_id))).click()
    page.locator("#lib-preview .citation-passage").first.wait_for(timeout=30_000)


def queue_languages(page: Any) -> list[str | None]:
    """The ``lang`` of each message cell of the Civicly queue."""
    return page.evaluate(
        "() => [...document.querySelectorAll('#civicly-queue tbody tr')]"
        ".map(r => r.querySelector('[lang]')?.getAttribute('lang') ?? null)"
    )


def about(page: Any, language: str) -> None:
    open_tab(page, "tab_about", language)
    page.locator("#about h3").first.wait_for(timeout=30_000)


# -- the tests ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_tab_and_state_passes_axe(context, app, language, tmp_path):
    page = open_page(context, app, [])
    switch_language(page, language)
    violations = axe_violations(page, "first page")
    chat_with_citation(page, language)
    violations += axe_violations(page, "answer with a citation open")
    if language in {"en", "ar"}:
        shot(page, f"a11y-chat-{language}")
    scored_quiz(page, language)
    violations += axe_violations(page, "quiz scored")
    exercise_checked(page, language)
    violations += axe_violations(page, "exercise checked")
    civicly_classified(page)
    violations += axe_violations(page, "Civicly result")  # the queue filled, too
    # Each queued message says its own language (the sample mixes the five).
    found = queue_languages(page)
    assert found and None not in found and set(found) <= set(LANGUAGES), found
    if language in {"en", "ar"}:
        shot(page, f"a11y-exercises-{language}")
    instructor_tables(page, language)
    violations += axe_violations(page, "instructor logged in")
    if language in {"en", "ar"}:
        shot(page, f"a11y-instructor-{language}")
    material_filled(page, language, tmp_path)
    violations += axe_violations(page, "course material: uploaded, listed, previewed")
    if language in {"en", "ar"}:
        shot(page, f"a11y-material-{language}")
    about(page, language)
    violations += axe_violations(page, "about")
    assert axe_version(page).startswith("4.")
    assert violations == [], f"{len(violations)} WCAG 2.1 A/AA violations:\n" + "\n".join(violations)


# -- keyboard, focus, language of parts, zoom ---------------------------------------------

#: The focused element and whether it shows a focus indicator (a 2px+ outline or a ring).
FOCUS = """() => {
    const e = document.activeElement;
    if (!e || e === document.body) return null;
    const s = getComputedStyle(e);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)
        || (s.boxShadow !== 'none' && /0px 0px 0px [2-9]px/.test(s.boxShadow));
    return {ring, what: e.tagName + (e.id ? '#' + e.id : '') + ' ' +
        (e.getAttribute('aria-label') || e.innerText || e.value || '').slice(0, 40)};
}"""


def tab_to(page: Any, selector: str, *, backwards: bool = False, limit: int = 80) -> int:
    """Press Tab (or Shift+Tab) until ``selector`` has the focus; every stop must show focus."""
    unringed = []
    for presses in range(1, limit + 1):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        focused = page.evaluate(FOCUS)
        if focused and not focused["ring"]:
            unringed.append(focused["what"])
        if page.evaluate("(s) => !!document.activeElement?.matches(s)", selector):
            assert unringed == [], f"focused without a visible indicator: {unringed}"
            return presses
    pytest.fail(f"{selector} not reached with {limit} presses of Tab (stops: {unringed})")


def test_keyboard_only_question_citation_and_quiz(context, app):
    page = open_page(context, app, [])
    page.locator("body").focus()
    assert tab_to(page, "#question textarea") <= 12  # language, 5 tabs, 2 options, the box
    page.keyboard.type(QUESTIONS["en"])
    page.keyboard.press("Enter")
    bubble = page.locator("#chat .bot").last
    bubble.locator("details").first.wait_for(timeout=180_000)
    # The chat is a polite live region named by its visible label; bubbles are read as text.
    log = page.locator("#chat [role=log]")
    assert log.get_attribute("aria-live") == "polite"
    assert log.get_attribute("aria-label") == t("conversation", "en")
    assert bubble.locator("[aria-label^='bot']").count() == 0
    # Back from the box to the answer's first source, open it with Enter.
    tab_to(page, "#chat summary", backwards=True)
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.closest('details').open")
    assert page.locator("#chat details[open] .citation-passage").first.is_visible()
    # The quiz: Tab to the course tab, Enter, then a radio, Space, the submit button, Enter.
    tab_to(page, "[role=tab]#tab-course-button", backwards=True)
    page.keyboard.press("Enter")
    page.locator("#quiz-q0").wait_for()
    # The page's repair script groups the options (one shared name) once they render; arrow
    # keys only move within a group, so wait for it before pressing one.
    page.wait_for_function(
        "() => { const r = [...document.querySelectorAll('#quiz-q0 input[type=radio]')];"
        " return r.length > 1 && r.every(x => x.name && x.name === r[0].name); }",
        timeout=30_000,
    )
    tab_to(page, "#quiz-q0 input[type=radio]")
    checked = (
        "(v) => { const r = [...document.querySelectorAll('#quiz-q0 input[type=radio]')];"
        " return r.filter(x => x.checked).map(x => x.value).join() === v"
        " && r.every(x => x.name === r[0].name); }"
    )
    # Gradio renames an option each time it is drawn checked or unchecked; the repair script
    # must put the shared name back each time, or the next arrow key goes nowhere.
    for key, value in [("ArrowDown", "1"), ("ArrowDown", "2"), ("ArrowUp", "1")]:
        page.keyboard.press(key)
        page.wait_for_function(checked, arg=value, timeout=10_000)
    # Back to the module list and forward again: leaving it must not wipe the chosen answer.
    tab_to(page, "#module input", backwards=True)
    tab_to(page, "#quiz-submit")
    page.wait_for_timeout(1_000)
    assert page.evaluate(checked, "1")  # the second option: the right answer to question 1
    page.keyboard.press("Enter")
    page.locator("#quiz-result").get_by_text("Score:").wait_for(timeout=30_000)
    assert "Score: 1 / 10" in page.locator("#quiz-result").inner_text()


def test_keyboard_only_instructor_login(context, app):
    page = open_page(context, app, [])
    page.locator("body").focus()
    tab_to(page, "[role=tab]#tab-instructor-button")
    page.keyboard.press("Enter")
    tab_to(page, "#ins-password input")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.locator("#ins-panel").wait_for(state="visible", timeout=30_000)
    tab_to(page, "#ins-cohort-name textarea")


def test_page_language_and_mixed_language_passages(context, app):
    page = open_page(context, app, [])
    assert page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]") \
        == ["en", "ltr"]
    switch_language(page, "ar")
    assert page.evaluate("() => document.documentElement.dir") == "rtl"
    assert page.locator("#chat [role=log]").get_attribute("aria-label") == t("conversation", "ar")
    switch_language(page, "fr")
    assert page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]") \
        == ["fr", "ltr"]
    # The examples are in five languages: each says which.
    langs = page.evaluate(
        "() => [...document.querySelectorAll('#examples button')].map(b => b.lang)"
    )
    assert langs == list(LANGUAGES)


def test_an_english_source_in_an_arabic_answer_is_marked_english():
    from assistant.types import Answer, Citation
    from assistant.web.chat import render_answer

    source = Citation(1, "en/data", "terms", "Key terms", "Data governance", "en", "short",
                      "Data minimisation: only what the task requires.")
    html = render_answer(Answer("ملخص [1]", "ar", True, (source,)), "ar")
    assert html.startswith("<div dir='rtl' lang='ar'>")
    assert "<bdi lang='en' dir='ltr'>Data governance — Key terms</bdi>" in html
    assert "<div dir='ltr' lang='en' class='citation-passage'>Data minimisation" in html
    badge = render_answer(Answer("No.", "en", False, status="not_covered"), "ar")
    assert "class='not-covered-badge' lang='ar' dir='rtl'" in badge


@pytest.mark.parametrize("language", ["en", "ar"])
def test_text_at_200_percent_is_not_clipped(browser, app, language):
    # 200 % zoom of a 1280 x 900 window: the layout gets 640 x 450 CSS pixels, drawn at 2x.
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    try:
        page = open_page(context, app, [])
        switch_language(page, language)
        chat_with_citation(page, language)
        shot(page, f"a11y-zoom200-{language}")
        clipped = page.evaluate(
            """() => {
                const width = document.documentElement.clientWidth, out = [];
                if (document.documentElement.scrollWidth > width + 1) out.push('page scrolls sideways');
                for (const sel of ['#question textarea', '#ask', '#chat .bot', '#chat .citation-passage']) {
                    for (const e of document.querySelectorAll(sel)) {
                        const r = e.getBoundingClientRect();
                        if (r.left < -1 || r.right > width + 1) out.push(sel + ' outside the window');
                        if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
                            out.push(sel + ' clips its text sideways');
                    }
                }
                return out;
            }"""
        )
        assert clipped == []
    finally:
        context.close()


def test_dark_palette_passes_axe(browser, app):
    # Gradio follows the system's dark mode; the answer and the quiz in it, English and Arabic.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    try:
        page = open_page(context, app, [])
        assert page.evaluate("() => !!document.querySelector('.dark')")
        chat_with_citation(page, "en")
        violations = axe_violations(page, "dark: answer")
        switch_language(page, "ar")
        scored_quiz(page, "ar")
        violations += axe_violations(page, "dark: quiz in Arabic")
        assert violations == [], "\n".join(violations)
    finally:
        context.close()
