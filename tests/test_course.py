"""The course as learners browse it: modules, sections, quizzes, grading, fallbacks."""

import threading
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.course import (
    Course,
    CourseLookupError,
    InvalidAnswerError,
    Quiz,
    QuizQuestion,
)
from assistant.errors import ConfigError, UnsupportedLanguageError
from assistant.languages import CODES

ROOT = Path(__file__).resolve().parents[1]
MODULES = ROOT / "corpus" / "modules"
MODULE_IDS = sorted(p.stem for p in (MODULES / "en").glob("*.md"))


@pytest.fixture(scope="module")
def course():
    return Course(MODULES)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


MINI_MODULE = """---
id: 01-mini
title: "Mini module"
version: "2.0"
estimated_minutes: 5
learning_objectives: [Read a short module]
---

# Mini module

Intro paragraph.

Second intro paragraph.

## First part {#first}

Body of the first part.

### A detail {#detail}

Detail text.

```
## not a heading inside a fence
```

## Second part {#second}

- a list
- of things
"""

MINI_QUIZ = """module: 01-mini
language: en
questions:
  - id: q1
    question: "Pick B"
    options: ["A", "B", "C"]
    answer: 1
    explanation: "B is right (see 'First part')."
    section: first
  - id: q2
    question: "Pick A"
    options: ["A", "B"]
    answer: 0
    explanation: "A."
    section: second
"""


@pytest.fixture
def mini(tmp_path: Path) -> Course:
    write(tmp_path / "corpus" / "modules" / "en" / "01-mini.md", MINI_MODULE)
    write(tmp_path / "corpus" / "modules" / "en" / "02-no-quiz.md", "# No quiz\n\nText.\n")
    write(tmp_path / "corpus" / "modules" / "fr" / "02-no-quiz.md", "# Sans quiz\n\nTexte.\n")
    write(tmp_path / "corpus" / "quizzes" / "en" / "01-mini.yaml", MINI_QUIZ)
    return Course(tmp_path / "corpus" / "modules")


# -- the real corpus ----------------------------------------------------------


def test_languages_in_usual_order(course):
    assert course.languages() == list(CODES)


@pytest.mark.parametrize("language", CODES)
def test_every_module_in_every_language(course, language):
    modules = course.modules(language)
    assert [m.id for m in modules] == MODULE_IDS
    for module in modules:
        assert module.language == language and not module.fallback
        assert module.title and module.objectives and module.minutes and module.version
        assert module.sections[0].id == "introduction" and module.sections[0].level == 1
        assert module.sections[-1].id == "key-terms"
        assert all(s.markdown.strip() for s in module.sections)
        assert not any(s.markdown.lstrip().startswith("#") for s in module.sections)


def test_section_ids_match_across_languages(course):
    for module_id in MODULE_IDS:
        english = [s.id for s in course.module(module_id, "en").sections]
        for language in CODES:
            assert [s.id for s in course.module(module_id, language).sections] == english


def test_section_body_and_lookup(course):
    module = course.module("01-ai-fundamentals", "en")
    section = module.section("what-is-ai")
    assert section.title == "What we mean by artificial intelligence"
    assert section.level == 2
    assert section.markdown.startswith("There is no single agreed definition")
    assert "## How models learn" not in section.markdown
    with pytest.raises(CourseLookupError, match="what-is-ai"):
        module.section("no-such-section")


def test_arabic_module_keeps_text_and_metadata(course):
    module = course.module("01-ai-fundamentals", "ar")
    assert module.title == "أساسيات الذكاء الاصطناعي للقطاع العام"
    assert module.minutes == 35 and module.version == "1.0"
    assert "الذكاء الاصطناعي" in module.section("what-is-ai").markdown


@pytest.mark.parametrize("language", CODES)
def test_quizzes_point_at_real_sections(course, language):
    for module_id in MODULE_IDS:
        quiz = course.quiz(module_id, language)
        assert quiz is not None and quiz.language == language and not quiz.fallback
        assert len(quiz.questions) >= 8
        sections = {s.id for s in course.module(module_id, language).sections}
        for question in quiz.questions:
            assert question.section in sections
            assert 0 <= question.answer < len(question.options)


def test_grade_perfect_partial_and_unanswered(course):
    quiz = course.quiz("03-ethics", "fr")
    perfect = course.grade(quiz, {q.id: q.answer for q in quiz.questions})
    assert perfect.score == perfect.total == len(quiz.questions)
    assert all(item.is_correct and not item.unanswered for item in perfect.items)

    first, second = quiz.questions[0], quiz.questions[1]
    wrong = (second.answer + 1) % len(second.options)
    result = course.grade(quiz, {first.id: first.answer, second.id: wrong})
    assert (result.score, result.total) == (1, len(quiz.questions))
    assert result.items[1].chosen == wrong and not result.items[1].is_correct
    assert result.items[1].correct == second.answer
    assert result.items[2].unanswered and result.items[2].chosen is None
    assert not result.items[2].is_correct
    section = course.module("03-ethics", "fr").section(second.section)
    assert result.items[1].section_id == second.section
    assert result.items[1].section_title == section.title
    assert result.items[1].explanation == second.explanation


def test_grade_with_no_answers_scores_zero(course):
    quiz = course.quiz("01-ai-fundamentals", "ar")
    result = course.grade(quiz, {})
    assert result.score == 0 and all(item.unanswered for item in result.items)


@pytest.mark.parametrize(
    "answers, message",
    [
        ({"q99": 0}, "q99"),
        ({"q1": 4}, "0-3"),
        ({"q1": -1}, "0-3"),
        ({"q1": True}, "not an option"),
        ({"q1": "1"}, "not an option"),
    ],
)
def test_grade_rejects_answers_that_do_not_fit(course, answers, message):
    quiz = course.quiz("01-ai-fundamentals", "en")
    with pytest.raises(InvalidAnswerError, match=message):
        course.grade(quiz, answers)


def test_language_codes_are_normalised_and_checked(course):
    assert course.module("02-human-rights", "PT-br").language == "pt"
    with pytest.raises(UnsupportedLanguageError, match="en \\(English\\)"):
        course.modules("de")
    with pytest.raises(UnsupportedLanguageError):
        course.quiz("02-human-rights", "zz")


def test_unknown_module_lists_the_valid_ones(course):
    with pytest.raises(CourseLookupError, match="01-ai-fundamentals"):
        course.module("99-nothing", "en")
    with pytest.raises(CourseLookupError):
        course.module("../en/01-ai-fundamentals", "fr")


def test_version_is_short_stable_and_tracks_edits(course, tmp_path):
    assert len(course.version()) == 12
    assert course.version() == Course(MODULES).version()
    write(tmp_path / "modules" / "en" / "01-mini.md", MINI_MODULE)
    before = Course(tmp_path / "modules").version()
    write(tmp_path / "quizzes" / "en" / "01-mini.yaml", MINI_QUIZ)
    after = Course(tmp_path / "modules").version()
    assert before != after


def test_from_settings_uses_corpus_dir():
    settings = load_settings(corpus_dir=MODULES)
    course = Course.from_settings(settings)
    assert course.modules_dir == MODULES
    assert course.quizzes_dir == ROOT / "corpus" / "quizzes"


def test_concurrent_first_use_loads_consistently(monkeypatch):
    import time

    import assistant.course as course_module

    loads = []
    real = course_module._load_module

    def slow_load(*args, **kwargs):
        loads.append(args)
        time.sleep(0.01)  # widen the window two threads could both load in
        return real(*args, **kwargs)

    monkeypatch.setattr(course_module, "_load_module", slow_load)
    course = Course(MODULES)
    seen = []

    def browse():
        seen.append(tuple(m.title for m in course.modules("es")))

    threads = [threading.Thread(target=browse) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(seen)) == 1 and len(seen[0]) == len(MODULE_IDS)
    assert len(loads) == len(set(loads)) == len(MODULE_IDS)  # each module parsed once


# -- small and broken courses -------------------------------------------------


def test_flat_sections_with_sub_sections(mini):
    module = mini.module("01-mini", "en")
    assert [(s.id, s.level) for s in module.sections] == [
        ("introduction", 1),
        ("first", 2),
        ("detail", 3),
        ("second", 2),
    ]
    intro, first, detail, second = module.sections
    assert intro.title == "Mini module"
    assert intro.markdown == "Intro paragraph.\n\nSecond intro paragraph."
    assert first.markdown == "Body of the first part."
    assert detail.markdown.startswith("Detail text.") and "## not a heading" in detail.markdown
    assert second.markdown == "- a list\n- of things"
    assert (module.minutes, module.version, module.objectives) == (
        5,
        "2.0",
        ("Read a short module",),
    )


def test_missing_translation_falls_back_to_english(mini):
    modules = mini.modules("fr")
    assert [(m.id, m.language, m.fallback) for m in modules] == [
        ("01-mini", "en", True),
        ("02-no-quiz", "fr", False),
    ]
    quiz = mini.quiz("01-mini", "fr")
    assert quiz is not None and quiz.language == "en" and quiz.fallback
    assert not mini.module("01-mini", "en").fallback
    assert mini.languages() == ["en", "fr"]


def test_module_without_quiz_has_none(mini):
    assert mini.quiz("02-no-quiz", "en") is None
    assert mini.quiz("02-no-quiz", "fr") is None


def test_missing_quizzes_folder_means_no_quizzes(tmp_path):
    write(tmp_path / "modules" / "en" / "01-mini.md", MINI_MODULE)
    assert Course(tmp_path / "modules").quiz("01-mini", "en") is None


def test_missing_modules_folder_says_which_setting(tmp_path):
    course = Course(tmp_path / "nowhere")  # constructing does no work
    with pytest.raises(ConfigError, match="ASSISTANT_CORPUS_DIR"):
        course.modules("en")
    with pytest.raises(ConfigError, match="ASSISTANT_CORPUS_DIR"):
        course.version()


def test_grade_a_hand_built_quiz(mini):
    quiz = Quiz(
        "01-mini",
        "en",
        (QuizQuestion("q1", "Pick B", ("A", "B"), 1, "", "first"),),
    )
    result = mini.grade(quiz, {"q1": 1})
    assert (result.score, result.total, result.items[0].section_title) == (1, 1, "First part")


@pytest.mark.parametrize(
    "quiz_text, message",
    [
        ("questions: [}", "Cannot read quiz"),
        ("- just a list", "'questions' list"),
        ("questions:\n  - id: q1\n    question: Q\n    options: [A, B]\n    answer: 2\n", "0-1"),
        ("questions:\n  - id: q1\n    question: Q\n    options: [A]\n    answer: 0\n", "two"),
        ("questions:\n  - id: q1\n    options: [A, B]\n    answer: 0\n", "required"),
        (
            "questions:\n  - {id: q1, question: Q, options: [A, B], answer: 0}\n"
            "  - {id: q1, question: R, options: [A, B], answer: 1}\n",
            "unique",
        ),
    ],
)
def test_broken_quiz_names_the_file(mini, tmp_path, quiz_text, message):
    path = write(tmp_path / "corpus" / "quizzes" / "en" / "01-mini.yaml", quiz_text)
    with pytest.raises(ConfigError, match=message) as info:
        mini.quiz("01-mini", "en")
    assert str(path) in str(info.value) or "Cannot read" in str(info.value)


@pytest.mark.parametrize(
    "module_text, message",
    [
        ("---\ntitle: [unclosed\n---\n# T\n\nText.\n", "front matter"),
        ("# T\n\n## No anchor\n\nText.\n", "anchor"),
        ("# T\n\n## A {#same}\n\nOne.\n\n## B {#same}\n\nTwo.\n", "twice"),
        ("---\nestimated_minutes: soon\n---\n# T\n\nText.\n", "whole number"),
    ],
)
def test_broken_module_names_the_file(tmp_path, module_text, message):
    path = write(tmp_path / "modules" / "en" / "01-bad.md", module_text)
    with pytest.raises(ConfigError, match=message) as info:
        Course(tmp_path / "modules").module("01-bad", "en")
    assert str(path) in str(info.value)


def test_module_in_non_utf8_is_a_config_error(tmp_path):
    path = tmp_path / "modules" / "en" / "01-latin.md"
    path.parent.mkdir(parents=True)
    path.write_bytes("# Café\n\nTexte élevé.\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="UTF-8"):
        Course(tmp_path / "modules").module("01-latin", "en")
