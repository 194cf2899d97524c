import os

import pytest

from assistant import languages
from assistant.config import load_settings
from assistant.errors import ConfigError, UnsupportedLanguageError


def test_defaults_work_without_configuration(tmp_path):
    settings = load_settings()
    assert settings.embedder == "e5+use"
    assert settings.chroma_url is None
    assert settings.index_dir == settings.data_dir / "chroma"
    assert settings.host == "127.0.0.1"


def test_environment_overrides(monkeypatch):
    monkeypatch.setenv("ASSISTANT_TOP_K", "7")
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", "")
    settings = load_settings()
    assert settings.top_k == 7
    assert settings.chroma_url is None


@pytest.mark.parametrize(
    ("name", "value", "hint"),
    [("ASSISTANT_COLLECTION", "ab", "3 characters"), ("ASSISTANT_TOP_K", "zero", "top_k")],
)
def test_bad_settings_explain_themselves(monkeypatch, name, value, hint):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert hint in str(info.value)
    assert "ASSISTANT_" in str(info.value)


def test_offline_environment_is_applied(monkeypatch):
    from assistant.config import apply_offline_environment

    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.delenv("GRADIO_ANALYTICS_ENABLED")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "True")  # an operator's deliberate choice
    apply_offline_environment()
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"
    assert os.environ["ANONYMIZED_TELEMETRY"] == "True"  # kept, not overwritten


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("What does data minimisation mean for a city council?", "en"),
        ("Que signifie la minimisation des données ?", "fr"),
        ("¿Qué significa la minimización de datos?", "es"),
        ("O que significa a minimização de dados?", "pt"),
        ("ما معنى تقليل البيانات؟", "ar"),
        ("Bonjour tout le monde", "fr"),
        ("obrigado pela ajuda", "pt"),
        ("protección de datos", "es"),
        ("الذكاء الاصطناعي", "ar"),
    ],
)
def test_detects_the_five_languages(text, code):
    assert languages.detect(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12345", "?!", "🙂🙂"])
def test_detection_falls_back_when_there_is_nothing_to_read(text):
    assert languages.detect(text, fallback="fr") == "fr"


def test_normalize_accepts_regional_codes_and_rejects_others():
    assert languages.normalize("pt-BR") == "pt"
    assert languages.normalize("AR_eg") == "ar"
    with pytest.raises(UnsupportedLanguageError) as info:
        languages.normalize("de")
    message = str(info.value)
    for code in languages.CODES:
        assert code in message


def test_direction_and_messages():
    assert languages.direction("ar") == "rtl"
    assert {languages.direction(c) for c in ("en", "fr", "es", "pt")} == {"ltr"}
    assert languages.missing_messages() == []
    assert "12" in languages.message_n("question_too_long", 12, "es", limit=10)
