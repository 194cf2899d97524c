"""Library errors shown in the UI: English as before, the reader's language from the catalogs."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.course import Course, InvalidAnswerError
from assistant.error_text import TEXT, describe, english
from assistant.errors import AssistantError, ConfigError
from assistant.exercises.spec import load_all
from assistant.rag.embeddings import FakeEmbedder
from assistant.store import Store
from assistant.web.exercise_data import CheckContext
from assistant.web.exercises import ExerciseRunner
from assistant.web.identity import FakeRequest
from tests.test_civicly import rows, write_csv

ROOT = Path(__file__).resolve().parents[1]
OWNER = "0" * 32


def test_describe_falls_back_to_the_message_of_an_error_without_key():
    plain = ConfigError("Set ASSISTANT_LLM to provider:model.")
    assert plain.key is None and dict(plain.params) == {}
    assert describe(plain, "fr") == describe(plain, "ar") == str(plain)
    assert describe(ValueError("not ours"), "fr") == "not ours"


def test_a_keyed_error_keeps_its_english_message():
    error = ConfigError.from_key("civicly_bad_mapping", pair="description")
    assert str(error) == "Bad mapping 'description': write FIELD=COLUMN, e.g. description=text"
    assert error.key == "civicly_bad_mapping" and dict(error.params) == {"pair": "description"}
    assert isinstance(error, AssistantError)
    assert describe(error, "en") == describe(error, "de") == str(error)  # no catalog: English
    assert describe(error, "fr").startswith("Correspondance incorrecte 'description'")
    # Values that do not fit the text show the English message rather than failing.
    broken = ConfigError.from_key("civicly_bad_mapping", pair="x")
    broken.params = {}
    assert describe(broken, "fr") == str(broken)


def test_every_entry_renders_in_english_with_its_fields():
    assert english("upload_too_large", size=30.0, limit=25) == (
        "30.0 MB, more than the 25 MB limit (ASSISTANT_MAX_UPLOAD_MB)"
    )
    assert all(item.english for item in TEXT.entries.values())


@pytest.fixture
def runner():
    return ExerciseRunner(load_all(), Store.from_settings(load_settings()),
                          CheckContext(load_settings()))


def test_a_wrong_join_code_in_the_learners_language(runner):
    english_text = runner.join("ZZZZZZ", "Amina", "L5", "en")
    assert (
        "⚠️ No cohort has the join code ZZZZZZ. Check the code with your instructor; it may "
        "have been mistyped or the cohort closed." in english_text
    )
    assert "Aucune classe n’a le code d’accès ZZZZZZ" in runner.join("ZZZZZZ", "Amina", "L5", "fr")
    arabic = runner.join("ZZZZZZ", "Amina", "L5", "ar")
    assert arabic.startswith("<div dir='rtl'") and "لا يوجد فصل برمز الانضمام ZZZZZZ" in arabic
    malformed = runner.join("0O1", "Amina", "L5", "en")
    assert "'0O1' is not a join code: a code has 6 letters and digits" in html.unescape(malformed)
    assert "n’est pas un code d’accès" in runner.join("0O1", "Amina", "L5", "fr")
    code = runner.store.create_cohort("Rabat").join_code
    assert "Le nom d’affichage compte 41 caractères" in runner.join(code, "x" * 41, "L5", "fr")
    assert "The display name is 41 characters long; keep it to 40." in runner.join(
        code, "x" * 41, "L5", "en")


def test_a_quiz_answer_that_is_not_an_option():
    course = Course(ROOT / "corpus" / "modules")
    quiz = course.quiz("01-ai-fundamentals", "en")
    with pytest.raises(InvalidAnswerError) as caught:
        course.grade(quiz, {"q1": 4})
    assert str(caught.value) == "Answer 4 to question q1 is not an option index (0-3)."
    assert describe(caught.value, "fr") == (
        "La réponse 4 à la question q1 n’est pas le numéro d’une option (0-3)."
    )
    assert describe(caught.value, "ar") == "الإجابة 4 عن السؤال q1 ليست رقم خيار صالحًا (0-3)."


@pytest.fixture
def civicly_tab(tmp_path, monkeypatch):
    import gradio as gr

    from assistant.exercises.civicly_triage import sandbox as sandbox_module
    from assistant.web.civicly import build_tab

    folder = tmp_path / "builtin"
    folder.mkdir()
    write_csv(folder / "historical.csv", rows())
    monkeypatch.setattr(sandbox_module, "BUILTIN_DATA", folder / "historical.csv")
    settings = load_settings(data_dir=tmp_path / "data", embedder="fake")
    with gr.Blocks() as demo:
        build_tab(sandbox_module.CivicSandbox(settings, FakeEmbedder()))
    return {fn.name: fn.fn for fn in demo.fns.values() if fn.name.startswith("on_")}


def test_civicly_learner_errors_in_the_interface_language(civicly_tab, tmp_path):
    request = FakeRequest(OWNER)
    classify, train = civicly_tab["on_classify"], civicly_tab["on_train"]
    assert classify(request, "  ", "", "en")[0] == "⚠ Type the citizen's message to classify it."
    assert classify(request, "", "", "fr")[0] == (
        "⚠ Veuillez saisir le message du citoyen pour le classer."
    )
    assert classify(request, "", "", "ar")[0] == "⚠ يُرجى كتابة رسالة المواطن لتصنيفها."
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", "utf-8")
    assert train(request, str(notes), "", "en") == (
        f"⚠ {notes}: unsupported format '.txt'; use .csv, .json or .jsonl"
    )
    assert train(request, str(notes), "", "fr") == (
        f"⚠ {notes} : format '.txt' non pris en charge ; veuillez utiliser .csv, .json ou .jsonl"
    )
    assert "التنسيق '.txt' غير مدعوم" in train(request, str(notes), "", "ar")
