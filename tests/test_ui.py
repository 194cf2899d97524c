"""UI pieces without a browser: strings, rendering, the About page, the course tab helpers."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.config import load_settings
from assistant.course import Course
from assistant.languages import CODES
from assistant.types import Answer, Citation
from assistant.web.about import about_markdown
from assistant.web.chat import render_answer
from assistant.web.course import module_header, render_progress, render_result, section_markdown
from assistant.web.relabel import Relabel
from assistant.web.text import missing_translations, t, tn

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def course():
    return Course(ROOT / "corpus" / "modules")


def test_every_ui_string_exists_in_five_languages():
    # Placeholders, plural forms and stale entries: tests/test_translations.py.
    assert missing_translations() == []
    assert tn("minutes", 1, "en") == "About 1 minute"
    assert tn("minutes", 5, "fr") == "Environ 5 minutes"


def test_t_formats_and_falls_back_to_english():
    assert t("score", "fr", score=3, total=5) == "Score : 3 / 5"
    assert t("ask", "de") == "Ask"


def test_not_covered_answers_get_a_visible_badge():
    answer = Answer("The course does not cover this question.", "fr", False, status="not_covered")
    html = render_answer(answer, "fr")
    assert "not-covered-badge" in html and "Hors du champ du cours" in html


def test_citation_opens_the_whole_passage():
    citation = Citation(1, "fr/doc", "sec", "Section", "Titre", "fr", "court …", "texte entier")
    html = render_answer(Answer("Réponse [1]", "fr", True, (citation,)), "en")
    assert "<details>" in html and "texte entier" in html and "lang='fr'" in html


def _stub(llm="extractive", redact=True, retention=180):
    settings = load_settings(redact_personal_data=redact, retention_days=retention)
    return SimpleNamespace(settings=settings, generator=SimpleNamespace(id=llm))


class _Store:
    def describe(self):
        return "sqlite:///data/learners.sqlite3"


@pytest.mark.parametrize("language", CODES)
def test_about_page_says_what_answers_and_what_is_stored(course, language):
    page = about_markdown(_stub(), course, _Store(), language)
    assert "extractive" in page and "e5+use" in page and course.version() in page
    assert "sqlite:///data/learners.sqlite3" in page
    assert tn("about_retention_days", 180, language) in page  # the configured 180 days
    assert page.startswith(f"<div dir='{'rtl' if language == 'ar' else 'ltr'}'")


def test_about_page_follows_the_configuration(course):
    page = about_markdown(_stub("openai:qwen", redact=False, retention=0), course, _Store(), "en")
    assert "openai:qwen" in page and "answer.v1" in page
    assert "masking of personal data is switched off" in page
    assert "kept until an administrator deletes them" in page


def test_module_header_and_sections(course):
    module = course.module("04-data-governance", "ar")
    header = module_header(module, "ar")
    assert header.startswith("<div dir='rtl' lang='ar'>") and module.title in header
    assert t("objectives", "ar") in header
    second = module.sections[1]
    assert second.title in section_markdown(module, second.id)
    assert module.sections[0].title in section_markdown(module, "no-such-section")


def test_quiz_result_lists_explanations_and_sections(course):
    quiz = course.quiz("01-ai-fundamentals", "es")
    answers = {q.id: q.answer for q in quiz.questions}
    wrong = quiz.questions[1]
    answers[wrong.id] = (wrong.answer + 1) % len(wrong.options)
    answers[quiz.questions[2].id] = None
    result = course.grade(quiz, answers)
    text = render_result(result, quiz, "es")
    total = len(quiz.questions)
    assert f"Puntuación: {total - 2} / {total}" in text
    assert "❌" in text and "⬜" in text and "📖" in text
    assert wrong.options[wrong.answer] in text


def test_progress_rows():
    best = SimpleNamespace(score=7, total=10, attempts=2)
    text = render_progress({"03-ethics": best}, {"03-ethics": "Ética"}, "es")
    assert "Ética: mejor 7/10 (2 intentos)" in text
    assert t("progress_empty", "pt") in render_progress({}, {}, "pt")


def test_relabel_updates_every_registered_component():
    relabel = Relabel()
    relabel.add(object(), label="ask")
    relabel.add_custom(object(), lambda lang: {"value": lang})
    updates = relabel.updates("ar")
    assert updates[0]["label"] == "اسأل" and updates[1] == {"value": "ar"}


def test_the_quiz_is_redrawn_only_when_the_module_or_language_changes(course):
    # Gradio sends a dropdown's value again when the focus leaves it, and the page sets its
    # language once it opens: neither may redraw the quiz, which would wipe chosen answers.
    import gradio as gr

    from assistant.web.course import build_course_tab

    with gr.Blocks() as demo:
        ui_language = gr.Dropdown(list(CODES), value="en")
        build_course_tab(course, None, Relabel(), ui_language)
    handlers = [fn for fn in demo.fns.values() if fn.name == "show_if_changed"]
    assert len(handlers) == 2  # the module dropdown and the interface language
    show = handlers[0].fn
    first, second = (m.id for m in course.modules("en")[:2])
    request = SimpleNamespace(session={}, cookies={}, headers={}, username=None)
    same = show(request, first, "en", [first, "en"])
    assert same[-1] == [first, "en"] and same[-2] == ""  # no progress without a store
    assert all(update == gr.skip() for update in same[:-2])
    for module_id, language in [(first, "fr"), (second, "en")]:
        redrawn = show(request, module_id, language, [first, "en"])
        assert redrawn[-1] == [module_id, language]
        assert redrawn[2] == module_header(course.module(module_id, language), language)
        radios = [u for u in redrawn if isinstance(u, dict) and "rtl" in u]
        assert radios and all(update["value"] is None for update in radios)


def test_a_cited_passage_is_one_line_of_html_whatever_markdown_it_holds():
    passage = (
        "## Purpose\n**Purpose limitation** means one purpose.\n\n"
        "**Data minimisation** too.\n\n![pixel](http://tracker.example/p.png) <script>x</script>"
    )
    citation = Citation(1, "en/doc", "sec", "Section", "Title", "en", "short", passage)
    html = render_answer(Answer("Answer [1]", "en", True, (citation,)), "en")
    assert "\n" not in html  # no blank line hands the rest to the Markdown renderer
    assert "<strong>Purpose limitation</strong> means" in html and "**" not in html
    assert "<strong>Data minimisation</strong>" in html and "## " not in html
    assert "<img" not in html and "<script>" not in html and "&lt;script&gt;" in html
    assert "Purpose<br><strong>Purpose" in html and "one purpose.<br><br><strong>" in html
