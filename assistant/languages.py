"""The five course languages: codes, names, detection, text direction, UI strings.

Detection uses py3langid restricted to the five languages (4.6 MB, offline,
correct on short phrases). Two refinements, both measured on short questions:
text with Arabic letters is Arabic (the one right-to-left language we have),
and when the classifier is unsure (very short or language-neutral input such
as "ok" or "GDPR?") we return the caller's fallback instead of a guess.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from assistant.errors import UnsupportedLanguageError
from assistant.i18n import Domain, entry, plural_entry


@dataclass(frozen=True)
class Language:
    """A supported language."""

    code: str
    english_name: str
    native_name: str
    direction: str  # "ltr" | "rtl"
    stemmer: str  # PyStemmer algorithm name


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "English", "ltr", "english"),
    "fr": Language("fr", "French", "Français", "ltr", "french"),
    "es": Language("es", "Spanish", "Español", "ltr", "spanish"),
    "pt": Language("pt", "Portuguese", "Português", "ltr", "portuguese"),
    "ar": Language("ar", "Arabic", "العربية", "rtl", "arabic"),
}
CODES: tuple[str, ...] = tuple(LANGUAGES)
DEFAULT_LANGUAGE = "en"

#: Below this probability the detector's answer is treated as "unsure".
MIN_CONFIDENCE = 0.6

_ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")
_LATIN_LETTERS = re.compile(r"[A-Za-zÀ-ÿ]")
_identifier: Any = None
_open_identifier: Any = None
_identifier_lock = threading.Lock()
#: An unsupported language is reported only for text this long and this clear.
FOREIGN_MIN_WORDS = 4
FOREIGN_MIN_CONFIDENCE = 0.95


def get(code: str) -> Language:
    """Return the language for ``code`` or raise an error listing the valid codes."""
    normalized = normalize(code)
    return LANGUAGES[normalized]


def normalize(code: str) -> str:
    """Turn 'FR', 'pt-BR' or 'ar_EG' into a supported code, or raise with the valid list."""
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    if base not in LANGUAGES:
        valid = ", ".join(f"{c} ({lang.english_name})" for c, lang in LANGUAGES.items())
        raise UnsupportedLanguageError(f"Unsupported language {code!r}. Use one of: {valid}.")
    return base


def is_supported(code: str | None) -> bool:
    """True when ``code`` normalizes to one of the five languages."""
    try:
        normalize(code or "")
    except UnsupportedLanguageError:
        return False
    return True


def direction(code: str) -> str:
    """'rtl' for Arabic, 'ltr' for the others."""
    return get(code).direction


def _get_identifier(restricted: bool = True) -> Any:
    """py3langid's identifier, restricted to the five languages or open; built once each."""
    global _identifier, _open_identifier
    with _identifier_lock:
        current = _identifier if restricted else _open_identifier
        if current is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            current = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            if restricted:
                current.set_languages(list(CODES))
                _identifier = current
            else:
                _open_identifier = current
    return current


def detect_with_confidence(text: str) -> tuple[str | None, float]:
    """Return (code, probability), or (None, 0.0) when the text has no letters."""
    arabic = len(_ARABIC_LETTERS.findall(text))
    latin = len(_LATIN_LETTERS.findall(text))
    if arabic == 0 and latin == 0:
        return None, 0.0
    if arabic >= latin:
        return "ar", 1.0
    code, probability = _get_identifier().classify(text)
    return str(code), float(probability)


def detect_foreign(text: str) -> str | None:
    """The code of a clearly identified language *outside* the five, else ``None``.

    Used to answer in English with a note instead of guessing among the five.
    Short or mixed text never counts as foreign.
    """
    if len(text.split()) < FOREIGN_MIN_WORDS or _ARABIC_LETTERS.search(text):
        return None
    code, probability = _get_identifier(restricted=False).classify(text)
    if str(code) in LANGUAGES or float(probability) < FOREIGN_MIN_CONFIDENCE:
        return None
    return str(code)


def detect(text: str, fallback: str = DEFAULT_LANGUAGE) -> str:
    """Detect the language of ``text`` among the five; ``fallback`` when unsure."""
    code, probability = detect_with_confidence(text)
    if code is None or probability < MIN_CONFIDENCE:
        return normalize(fallback)
    return code


# Strings the library itself writes into answers (the UI's own are in
# assistant.web.text). The translations are in
# assistant/locales/<lang>/LC_MESSAGES/messages.po; see assistant.i18n.
MESSAGES = Domain(
    "messages",
    # Translators: {done} and {total} are numbers of passages of the course.
    entry(
        "index_building",
        "The course is still being indexed ({done} of {total} passages so far). "
        "Please ask again in a minute.",
    ),
    entry(
        "index_failed",
        "The course could not be indexed, so there is nothing to answer from yet. "
        "Please tell your instructor; the server log says why.",
    ),
    entry("from_course", "Here is what the course says:"),
    entry("from_instructor", "Here is what your instructor's material says:"),
    entry(
        "source_other_language",
        "Note: some cited passages are in another language ({languages}).",
    ),
    entry("sources", "Sources"),
    # Shown beside a citation that is not from the course (see assistant.types.SOURCES).
    entry("source_instructor", "instructor material"),
    entry("source_local", "local document"),
    entry("empty_question", "Please type a question."),
    # Translators: {n} is the length of the question in characters; {limit} is the maximum.
    plural_entry(
        "question_too_long",
        "Your question is too long ({n} character). Please keep it under {limit}.",
        "Your question is too long ({n} characters). Please keep it under {limit}.",
    ),
    entry("hint_intro", "Tutor mode: try this before reading the full answer."),
    entry(
        "hint_offline",
        "Which idea in the section «{section}» of the module «{module}» answers your "
        "question? Read it, then try to answer in your own words.",
    ),
    entry(
        "backend_error",
        "The language model is not available right now, so I cannot answer. "
        "Please try again in a moment; your question has been kept.",
    ),
    entry(
        "backend_timeout",
        "The language model took too long to answer. Please try again; your question "
        "has been kept.",
    ),
    entry(
        "unsupported_language",
        "Your question seems to be in a language this course does not support "
        "({language}). I am answering in English; you can also ask in French, Spanish, "
        "Portuguese or Arabic.",
    ),
    entry(
        "extractive_fallback",
        "The language model's draft could not be checked against the course, so these "
        "are the course's own sentences.",
    ),
    # The question screen (assistant/rag/screen.py): a learner who seems to be in distress.
    entry(
        "screen_distress",
        "I am sorry you are going through this. You do not have to face it alone, and you "
        "deserve support from someone who can help right now. This course assistant cannot "
        "give that help, but these can:",
    ),
    # Shown after screen_distress unless the operator configured local help resources.
    # Translators: keep it free of phone numbers; they differ from country to country.
    entry(
        "help_resources_default",
        "If you are in immediate danger, call your local emergency number now. You can also "
        "contact a crisis or suicide-prevention line in your country, talk to a doctor or to "
        "someone you trust, or ask your organisation's confidential staff support or "
        "occupational health service.",
    ),
    entry(
        "screen_harmful",
        "I cannot help with that request. I am here to answer questions about the course; "
        "you are welcome to ask me about any of its modules.",
    ),
    entry(
        "screen_manipulation",
        "I cannot take on another role or set aside how I work. I answer questions from the "
        "course, with its sources; you are welcome to ask me one.",
    ),
)


def message(key: str, code: str, **values: object) -> str:
    """A library message in language ``code`` (English when a translation is missing)."""
    return MESSAGES.text(key, code, **values)


def message_n(key: str, n: int, code: str, **values: object) -> str:
    """A plural library message in the form language ``code`` uses for ``n`` (``{n}`` in it)."""
    return MESSAGES.plural(key, n, code, **values)


def missing_messages() -> list[str]:
    """``key:code`` pairs without a current translation (a test keeps this empty)."""
    return MESSAGES.missing(CODES)


def display_name(code: str) -> str:
    """The native name of language ``code`` (readable by its own speakers)."""
    return LANGUAGES[code].native_name if code in LANGUAGES else code
