"""The ``llm_*`` checks of the prompt-lab exercise: language, personal data, grounding, tone.

These are **heuristics** that point a learner at what to re-read, not proof
that a reply is good; each says in its message what it measured. Submission
keys besides the step inputs, supplied by the app:

* ``sources``: the passages the reply may rely on (strings, or mappings /
  objects with ``passage``, ``snippet`` or ``text``), numbered from 1 in the
  order given, so a reply cites them as ``[1]``, ``[2]``;
* ``configured_llm`` and ``llm_base_url``: the generator setting in use.

Grounding rule (``llm_reply_grounded``): the reply is split into sentences;
a sentence's *content words* are its words of 3+ letters minus a short
stop-word list per language, folded (lower case, accents removed, Arabic
"ال"/"وال" prefix and a Latin plural "s" dropped). A sentence with fewer than
3 content words (greetings, sign-offs) is not judged. A judged sentence is
grounded when at least ``min_overlap`` (default 0.5) of its content words
occur in the sources; the reply passes when at least ``min_share`` (default
0.8) of judged sentences are grounded and it cites ``min_citations`` distinct
existing sources.

Tone rules (``llm_reply_tone``), all must hold: at most ``max_words`` words;
no shouting (no word of 5+ letters in capitals, no "!!" or "??"); none of the
blame phrases listed below for any language; a greeting in the first line and
a closing in the last lines (word lists below, all five languages).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from assistant import languages
from assistant.exercises.checks import CheckResult, register, result
from assistant.exercises.text import Phrase, language_tag, phrase
from assistant.privacy import find_personal_data
from assistant.rag import guardrails

_STOP_WORDS = set(
    """the and for are was were you your our this that with from have has had not but
    will would can could may might should must about into been being there their they them
    what when where which who why how all any some more most other such than then its also
    les des une est sont pour par avec dans sur pas que qui vous nous votre vos leur leurs
    ces cette mais plus ont été être aux du la le un et en au ne se sa son ses
    los las una unos unas del por para con sin que como más pero sus ese esta este
    está son fue ser hay usted ustedes nuestro nuestra sobre entre
    uma umas uns dos das para com sem que como mais mas seu sua seus suas esta este
    está são foi ser pelo pela nos nas você vocês nosso nossa sobre entre
    في من على إلى عن مع هذا هذه ذلك التي الذي الذين كان كانت أن إن لا ما لم لن قد هو هي
    نحن أنت أنتم كل أو ثم حتى عند بعد قبل""".split()
)

_GREETINGS = (
    "dear", "hello", "hi", "good morning", "good afternoon", "good evening",
    "bonjour", "bonsoir", "madame", "monsieur", "cher", "chère",
    "hola", "estimado", "estimada", "buenos días", "buenas tardes",
    "olá", "ola", "caro", "cara", "prezado", "prezada", "bom dia", "boa tarde",
    "السلام عليكم", "مرحبا", "مرحبًا", "عزيزي", "عزيزتي", "تحية طيبة", "السيد", "السيدة",
)  # fmt: skip
_CLOSINGS = (
    "regards", "sincerely", "best wishes", "kind regards", "thank you", "thanks",
    "cordialement", "salutations", "bien à vous", "merci",
    "saludos", "atentamente", "un saludo", "gracias",
    "cumprimentos", "atenciosamente", "com os melhores cumprimentos", "obrigado", "obrigada",
    "مع التحية", "مع خالص التحية", "تحياتي", "شكرا", "شكرًا", "مع الشكر", "وتفضلوا",
)  # fmt: skip
#: Phrases that put the blame on the resident, per language.
BLAME_PHRASES = (
    "your fault", "you should have", "you failed to", "as we already told you",
    "as you should know", "obviously you",
    "votre faute", "vous auriez dû", "comme déjà indiqué", "comme nous vous l'avons déjà dit",
    "vous n'avez pas su",
    "su culpa", "usted debería haber", "debería haber", "como ya le dijimos", "como ya le indicamos",
    "sua culpa", "deveria ter", "como já lhe dissemos", "como já foi dito",
    "خطؤك", "بسببك", "كان عليك", "كما أخبرناك", "كما قلنا لك",
)  # fmt: skip

_SENTENCE_END = re.compile(r"(?<=[.!?؟。])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+")
_SHOUT = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{5,}\b")


def _text(submission: Mapping[str, Any], key: str) -> str:
    return str(submission.get(key) or "")


def _fold_word(word: str) -> str:
    word = "".join(
        ch for ch in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(ch)
    )
    for prefix in ("وال", "فال", "بال", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    if word.isascii() and len(word) > 4 and word.endswith("s"):
        return word[:-1]
    return word


def content_words(text: str) -> set[str]:
    """Folded words of 3+ letters that are not stop words."""
    return {
        _fold_word(w)
        for w in _WORD.findall(guardrails.strip_markers(text))
        if len(w) >= 3 and w.casefold() not in _STOP_WORDS
    }


def sentences(text: str) -> list[str]:
    """``text`` split after . ! ? ؟ and at line breaks; empty pieces dropped."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _source_text(source: Any) -> str:
    if isinstance(source, str):
        return source
    for key in ("passage", "snippet", "text"):
        value = source.get(key) if isinstance(source, Mapping) else getattr(source, key, None)
        if value:
            return str(value)
    return ""


@register("llm_reply_grounded")
def reply_grounded(
    submission: Mapping[str, Any],
    *,
    input: str,
    min_citations: int = 1,
    min_overlap: float = 0.5,
    min_share: float = 0.8,
) -> CheckResult:
    """Enough sentences share content words with the sources, and the reply cites them."""
    reply = _text(submission, input)
    sources = [_source_text(s) for s in submission.get("sources") or ()]
    if not any(sources):
        return result("llm_reply_grounded", False, [phrase("llm_no_sources")])
    known = content_words(" ".join(sources))
    cited = list(guardrails.check_markers(reply, len(sources)).valid)
    judged, ungrounded = 0, []
    for number, sentence in enumerate(sentences(reply), 1):
        words = content_words(sentence)
        if len(words) < 3:
            continue
        judged += 1
        if len(words & known) / len(words) < min_overlap:
            ungrounded.append(number)
    share = round((judged - len(ungrounded)) / judged, 4) if judged else 0.0
    passed = judged > 0 and share >= min_share and len(cited) >= min_citations
    message = [
        phrase(
            "llm_grounded_sentences",
            grounded=judged - len(ungrounded), n=judged, share=share, min_share=min_share,
        ),
        phrase("llm_sources_cited", n=len(cited), minimum=min_citations),
    ]
    if ungrounded:
        message.append(phrase("llm_reread_sentences", n=len(ungrounded), sentences=ungrounded))
    values = {"share": share, "judged": judged, "ungrounded": ungrounded, "cited": cited}
    return result("llm_reply_grounded", passed, message, values)


@register("llm_reply_language")
def reply_language(
    submission: Mapping[str, Any], *, input: str, language_input: str
) -> CheckResult:
    """The reply is written in the chosen language, and no sentence of 4+ words is in another."""
    reply = _text(submission, input)
    expected = _text(submission, language_input)
    if not languages.is_supported(expected):
        choices = [language_tag(code) for code in languages.CODES]
        return result("llm_reply_language", False, [phrase("llm_choose_language", languages=choices)])
    expected = languages.normalize(expected)
    detected, confidence = languages.detect_with_confidence(reply)
    if detected is None or confidence < languages.MIN_CONFIDENCE:
        return result(
            "llm_reply_language", False, [phrase("llm_too_short")],
            {"detected": detected, "confidence": round(confidence, 3)},
        )  # fmt: skip
    others = []
    for number, sentence in enumerate(sentences(reply), 1):
        if len(sentence.split()) < 4:
            continue
        code, probability = languages.detect_with_confidence(sentence)
        if code not in (None, expected) and probability >= 0.9:
            others.append({"sentence": number, "language": code})
    passed = detected == expected and not others
    message = [
        phrase(
            "llm_reads_as", detected=language_tag(detected), expected=language_tag(expected)
        )
    ]
    if others:
        listed = [
            phrase(
                "llm_sentence_language", sentence=o["sentence"], language=language_tag(str(o["language"]))
            ).to_json()
            for o in others
        ]
        message.append(phrase("llm_other_language", n=len(others), sentences=listed))
    values = {
        "detected": detected,
        "expected": expected,
        "confidence": round(confidence, 3),
        "other_sentences": others,
    }
    return result("llm_reply_language", passed, message, values)


@register("llm_no_personal_data")
def no_personal_data(submission: Mapping[str, Any], *, input: str) -> CheckResult:
    """:func:`assistant.privacy.find_personal_data` finds nothing in the text (all languages' rules)."""
    text = _text(submission, input)
    spans = find_personal_data(text)
    kinds = sorted({s.kind for s in spans})
    message = (
        phrase("llm_personal_data", kinds=kinds, n=len(spans))
        if spans
        else phrase("llm_no_personal_data")
    )
    where = [{"kind": s.kind, "start": s.start, "end": s.end} for s in spans]  # not the data itself
    return result("llm_no_personal_data", not spans, [message], {"kinds": kinds, "spans": where})


def _has_phrase(text: str, phrases: tuple[str, ...]) -> list[str]:
    folded = " ".join(text.casefold().split())
    return [p for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", folded)]


@register("llm_reply_tone")
def reply_tone(submission: Mapping[str, Any], *, input: str, max_words: int = 150) -> CheckResult:
    """Respectful form by simple rules: length, no shouting, no blame, a greeting and a closing."""
    reply = _text(submission, input).strip()
    lines = [line for line in reply.splitlines() if line.strip()]
    words = len(reply.split())
    shouting = (
        _SHOUT.findall(reply)
        + (["!!"] if "!!" in reply else [])
        + (["??"] if "??" in reply else [])
    )
    blame = _has_phrase(reply, BLAME_PHRASES)
    greeting = bool(lines) and bool(_has_phrase(sentences(lines[0])[0], _GREETINGS))
    closing = bool(lines) and bool(_has_phrase(" ".join(lines[-2:]), _CLOSINGS))
    rules = {
        "length": words <= max_words,
        "no_shouting": not shouting,
        "no_blame": not blame,
        "greeting": greeting,
        "closing": closing,
    }
    advice: dict[str, Phrase] = {
        "length": phrase("llm_tone_length", n=max_words, words=words),
        "no_shouting": phrase("llm_tone_shouting", shouting=sorted(set(shouting))),
        "no_blame": phrase("llm_tone_blame", phrases=blame),
        "greeting": phrase("llm_tone_greeting"),
        "closing": phrase("llm_tone_closing"),
    }
    failed = [name for name, ok in rules.items() if not ok]
    message = [advice[f] for f in failed] or [phrase("llm_tone_ok")]
    return result("llm_reply_tone", not failed, message, {"rules": rules, "words": words})


def backend_kind(configured_llm: str, base_url: str | None = None) -> str:
    """``offline``, ``local`` or ``server``: where a generator setting sends residents' words."""
    provider = configured_llm.split(":", 1)[0].strip().lower()
    if provider in ("", "extractive", "fake"):
        return "offline"
    if provider == "llamacpp":
        return "local"
    host = urlparse(base_url or "").hostname if base_url else None
    if provider == "ollama" and host is None:
        return "local"  # Ollama's default address is 127.0.0.1
    return "local" if host in ("127.0.0.1", "localhost", "::1") else "server"


@register("llm_backend_reported")
def backend_reported(submission: Mapping[str, Any], *, input: str = "backend") -> CheckResult:
    """The learner's answer matches where the configured generator runs."""
    configured = submission.get("configured_llm")
    if configured is None:
        return result("llm_backend_reported", False, [phrase("llm_backend_unknown")])
    actual = backend_kind(str(configured), submission.get("llm_base_url"))
    given = _text(submission, input)
    message = [
        phrase(f"llm_backend_{actual}", generator=str(configured)),
        phrase("llm_backend_given", given=given) if given else phrase("llm_backend_not_given"),
    ]
    return result(
        "llm_backend_reported", given == actual, message, {"actual": actual, "given": given}
    )
