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


# Strings the library itself writes into answers. The UI's own strings grow in
# the learner-app work; these are the ones an answer needs today.
MESSAGES: dict[str, dict[str, str]] = {
    "from_course": {
        "en": "Here is what the course says:",
        "fr": "Voici ce que dit le cours :",
        "es": "Esto es lo que dice el curso:",
        "pt": "Eis o que diz o curso:",
        "ar": "إليك ما يقوله المقرر:",
    },
    "source_other_language": {
        "en": "Note: some cited passages are in another language ({languages}).",
        "fr": "Remarque : certains passages cités sont dans une autre langue ({languages}).",
        "es": "Nota: algunos pasajes citados están en otro idioma ({languages}).",
        "pt": "Nota: alguns trechos citados estão noutro idioma ({languages}).",
        "ar": "ملاحظة: بعض المقاطع المستشهد بها بلغة أخرى ({languages}).",
    },
    "sources": {
        "en": "Sources",
        "fr": "Sources",
        "es": "Fuentes",
        "pt": "Fontes",
        "ar": "المصادر",
    },
    "empty_question": {
        "en": "Please type a question.",
        "fr": "Veuillez saisir une question.",
        "es": "Escriba una pregunta, por favor.",
        "pt": "Escreva uma pergunta, por favor.",
        "ar": "يرجى كتابة سؤال.",
    },
    "question_too_long": {
        "en": "Your question is too long ({length} characters). Please keep it under {limit}.",
        "fr": "Votre question est trop longue ({length} caractères). Limite : {limit}.",
        "es": "Su pregunta es demasiado larga ({length} caracteres). Límite: {limit}.",
        "pt": "A sua pergunta é demasiado longa ({length} caracteres). Limite: {limit}.",
        "ar": "سؤالك طويل جدًا ({length} حرفًا). الحد الأقصى هو {limit}.",
    },
    "hint_intro": {
        "en": "Tutor mode: try this before reading the full answer.",
        "fr": "Mode tuteur : essayez ceci avant de lire la réponse complète.",
        "es": "Modo tutor: intente esto antes de leer la respuesta completa.",
        "pt": "Modo tutor: experimente isto antes de ler a resposta completa.",
        "ar": "وضع المعلم: جرّب هذا قبل قراءة الإجابة الكاملة.",
    },
    "hint_offline": {
        "en": "Which idea in the section «{section}» of the module «{module}» answers your "
        "question? Read it, then try to answer in your own words.",
        "fr": "Quelle idée de la section « {section} » du module « {module} » répond à votre "
        "question ? Lisez-la, puis essayez de répondre avec vos propres mots.",
        "es": "¿Qué idea de la sección «{section}» del módulo «{module}» responde a su "
        "pregunta? Léala y luego intente responder con sus propias palabras.",
        "pt": "Que ideia da secção «{section}» do módulo «{module}» responde à sua pergunta? "
        "Leia-a e depois tente responder por palavras suas.",
        "ar": "ما الفكرة في قسم «{section}» من وحدة «{module}» التي تجيب عن سؤالك؟ "
        "اقرأه، ثم حاول أن تجيب بكلماتك الخاصة.",
    },
    "backend_error": {
        "en": "The language model is not available right now, so I cannot answer. "
        "Please try again in a moment; your question has been kept.",
        "fr": "Le modèle de langage n'est pas disponible pour le moment. Veuillez réessayer "
        "dans un instant ; votre question a été conservée.",
        "es": "El modelo de lenguaje no está disponible en este momento. Inténtelo de nuevo "
        "en un momento; su pregunta se ha conservado.",
        "pt": "O modelo de linguagem não está disponível neste momento. Tente novamente "
        "daqui a pouco; a sua pergunta foi guardada.",
        "ar": "النموذج اللغوي غير متاح الآن، لذا لا أستطيع الإجابة. يرجى المحاولة بعد قليل؛ "
        "لقد احتفظنا بسؤالك.",
    },
    "backend_timeout": {
        "en": "The language model took too long to answer. Please try again; your question "
        "has been kept.",
        "fr": "Le modèle de langage a mis trop de temps à répondre. Veuillez réessayer ; "
        "votre question a été conservée.",
        "es": "El modelo de lenguaje tardó demasiado en responder. Inténtelo de nuevo; su "
        "pregunta se ha conservado.",
        "pt": "O modelo de linguagem demorou demasiado a responder. Tente novamente; a sua "
        "pergunta foi guardada.",
        "ar": "استغرق النموذج اللغوي وقتًا طويلًا للإجابة. يرجى المحاولة مرة أخرى؛ لقد "
        "احتفظنا بسؤالك.",
    },
    "unsupported_language": {
        "en": "Your question seems to be in a language this course does not support "
        "({language}). I am answering in English; you can also ask in French, Spanish, "
        "Portuguese or Arabic.",
        "fr": "Votre question semble rédigée dans une langue non prise en charge ({language}). "
        "Je réponds en anglais.",
        "es": "Su pregunta parece estar en un idioma no admitido ({language}). Respondo en "
        "inglés.",
        "pt": "A sua pergunta parece estar num idioma não suportado ({language}). Respondo "
        "em inglês.",
        "ar": "يبدو أن سؤالك بلغة غير مدعومة ({language}). سأجيب بالإنجليزية.",
    },
    "extractive_fallback": {
        "en": "The language model's draft could not be checked against the course, so these "
        "are the course's own sentences.",
        "fr": "Le brouillon du modèle de langage n'a pas pu être vérifié par rapport au cours : "
        "voici donc les phrases du cours lui-même.",
        "es": "El borrador del modelo de lenguaje no pudo verificarse con el curso, así que "
        "estas son las frases del propio curso.",
        "pt": "O rascunho do modelo de linguagem não pôde ser verificado face ao curso, por "
        "isso estas são as frases do próprio curso.",
        "ar": "تعذّر التحقق من مسودة النموذج اللغوي مقابل المقرر، لذا هذه جمل المقرر نفسه.",
    },
}


def lookup(table: dict[str, dict[str, str]], key: str, code: str, /, **values: object) -> str:
    """``table[key]`` in language ``code`` (English when missing), formatted with ``values``.

    Every string table of the project (answer messages, the UI, the Civicly tab)
    is a ``key → {code: text}`` dict read through this one function.
    """
    texts = table[key]
    template = texts.get(code) or texts[DEFAULT_LANGUAGE]
    return template.format(**values) if values else template


def missing(table: dict[str, dict[str, str]]) -> list[str]:
    """``key:code`` pairs of ``table`` without text in one of the five languages."""
    return [f"{key}:{code}" for key, texts in table.items() for code in CODES if not texts.get(code)]


def message(key: str, code: str, **values: object) -> str:
    """A library message in language ``code`` (English when a translation is missing)."""
    return lookup(MESSAGES, key, code, **values)


def display_name(code: str) -> str:
    """The native name of language ``code`` (readable by its own speakers)."""
    return LANGUAGES[code].native_name if code in LANGUAGES else code
