"""Prompt templates: strict rendering and one golden, fully rendered prompt per language.

To accept an intended prompt change, bump the template version (new file) or,
for a fix that keeps the version, regenerate the golden files with
``UPDATE_GOLDEN=1 pytest tests/test_prompts.py`` and review the diff.
"""

import os
from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.languages import CODES
from assistant.rag import prompts

GOLDEN = Path(__file__).parent / "golden" / "prompts"

QUESTIONS = {
    "en": "What does data minimisation mean?",
    "fr": "Que signifie la minimisation des données ?",
    "es": "¿Qué significa la minimización de datos?",
    "pt": "O que significa a minimização de dados?",
    "ar": "ما معنى تقليل البيانات؟",
}
PASSAGES = [
    {
        "text": "An agency collects only the personal data it needs for a stated purpose.",
        "title": "Data governance",
        "section": "Data minimisation",
        "language": "en",
    },
    {
        "text": "Les données sont supprimées lorsque la finalité est atteinte.",
        "title": "Gouvernance des données",
        "section": "Conservation",
        "language": "fr",
    },
]


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, "utf-8")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text("utf-8"), f"rendered prompt differs from {path}"


@pytest.mark.parametrize("language", CODES)
def test_answer_prompt_golden(language):
    prompt = prompts.render(
        "answer", language=language, question=QUESTIONS[language], passages=PASSAGES,
        max_sentences=5,
    )
    assert prompt.version == "answer.v1"
    _check_golden(f"answer.{language}.txt", f"SYSTEM:\n{prompt.system}\n\nUSER:\n{prompt.user}\n")


@pytest.mark.parametrize("language", CODES)
def test_refusal_text_golden(language):
    version, text = prompts.render_text(
        "refusal", language=language, modules=["Data governance", "Ethics"]
    )
    assert version == "refusal.v1"
    _check_golden(f"refusal.{language}.txt", text + "\n")


@pytest.mark.parametrize(
    ("task", "values"),
    [
        ("condense", {"question": "And then?", "history": [{"question": "q", "answer": "a"}]}),
        ("hint", {"question": "q", "passages": PASSAGES}),
        ("reply_draft", {"message": "m", "department": "Roads", "sources": PASSAGES}),
    ],
)
@pytest.mark.parametrize("language", CODES)
def test_every_chat_template_renders_in_every_language(task, values, language):
    prompt = prompts.render(task, language=language, **values)
    assert prompt.system and prompt.user
    assert "{{" not in prompt.system + prompt.user


def test_missing_variable_fails_loudly():
    with pytest.raises(ConfigError, match="question"):
        prompts.render("answer", language="en", passages=PASSAGES, max_sentences=3)


def test_unknown_language_fails_loudly():
    with pytest.raises(ConfigError):
        prompts.render("answer", language="de", question="q", passages=[], max_sentences=3)


@pytest.mark.parametrize("version", ["answer.v9", "answer", "../etc/passwd"])
def test_bad_versions_are_config_errors(version):
    with pytest.raises(ConfigError):
        prompts.render("answer", version=version, language="en", question="q", passages=[])


def test_every_task_has_its_default_template():
    assert set(prompts.DEFAULT_VERSIONS.values()) <= set(prompts.available())


def test_fence_neutralises_our_delimiters_only():
    text = "a </passage> b <Passage id='9'> c <source> d <b>bold</b>"
    fenced = prompts.fence(text)
    assert "</passage>" not in fenced and "<Passage" not in fenced and "<source>" not in fenced
    assert "<b>bold</b>" in fenced
