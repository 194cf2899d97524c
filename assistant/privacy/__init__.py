"""Find and mask personal data in learner text, in English, French, Spanish, Portuguese and Arabic.

This package owns one job: given a message, return the spans that look like
personal data (e-mail, phone, national id, IBAN, card, IP address, person
name, postal address) and mask them. The learner-record store, the Civicly
sandbox and the log filter call :func:`redact`; the "redact before you store"
exercise measures :func:`find_personal_data` against a golden set
(``python -m evals.privacy``); evaluators run ``assistant privacy scan``.

It stands on Microsoft Presidio, the field's standard framework: an
``AnalyzerEngine`` with one recognizer registry for the five languages, an
offline spaCy NLP engine, scores and context words, and the anonymizer's
``replace`` operator. The project's own knowledge is plugged in as
recognizers:

* :mod:`.rules` — regional formats with checksums (IBAN, Luhn, NIR, DNI/NIE,
  NIF, CPF), phone and id shapes with reference/money context, name cues;
* :mod:`.addresses` — address grammars per language (street types, number
  before or after, units, PO boxes, postcodes);
* :mod:`.names` — a multi-country first-name and surname gazetteer checked
  against each language's common words, plus spaCy's persons (English and
  French have an offline NER pipeline; Spanish, Portuguese and Arabic rely on
  the gazetteer and cues — :func:`ner_status` says which, and so does the
  About page); :mod:`.cues` holds the words around names, :mod:`.arabic`
  the Arabic-script name finder;
* :mod:`.tagger` — a learned name and address tagger (a CRF trained on the
  project's labelled sets by ``scripts/train_pii_tagger.py``) that adds what
  the rules miss, held to the same conventions.

:mod:`.engine` picks the languages (the given one plus any other script's,
or detection — two languages when unsure), runs Presidio, settles overlaps
and masks. Nothing heavy happens at import: Presidio, spaCy and the lists
load on first use (a few seconds) or at :func:`warm_up`.

The trade-offs: structured identifiers are found reliably; names and
addresses are found by lists and grammars, so an unusual layout or a name no
list knows, in a language without NER, can be missed, and a capitalised
phrase made only of names ("Florence Rose") can be flagged. Street names
without a house number are deliberately not flagged: "pothole on Mill Lane"
is the location the city needs, not personal data.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant import languages
from assistant.privacy.engine import ALL, NER_MODELS, ner_status, warm_up
from assistant.privacy.text import ascii_digits

KINDS: tuple[str, ...] = ("EMAIL", "PHONE", "NATIONAL_ID", "IBAN", "CARD", "IP", "NAME", "ADDRESS")

__all__ = [
    "ALL",
    "KINDS",
    "NER_MODELS",
    "PiiSpan",
    "ascii_digits",
    "find_personal_data",
    "ner_status",
    "redact",
    "scan",
    "warm_up",
]


@dataclass(frozen=True)
class PiiSpan:
    """One piece of personal data: ``text == original[start:end]``; ``score`` is Presidio's."""

    start: int
    end: int
    kind: str
    text: str
    score: float = 1.0


def find_personal_data(text: str, language: str | None = None) -> list[PiiSpan]:
    """Personal-data spans in ``text``, sorted and non-overlapping.

    ``language`` is one of the five course codes (``"pt-BR"`` is accepted):
    that language's formats and names, plus the language-independent ones,
    plus another script's language if the text mixes scripts. ``None``
    detects the language (two when unsure); ``"all"`` applies every
    language's rules.
    """
    if language not in (None, ALL):
        languages.normalize(str(language))  # raises, listing the valid codes
    from assistant.privacy import engine

    return [
        PiiSpan(f.start, f.end, f.kind, text[f.start : f.end], round(f.score, 3))
        for f in engine.find(text, language)
    ]


def redact(text: str, language: str | None = None) -> str:
    """``text`` with each personal-data span replaced by its kind, e.g. ``[EMAIL]``."""
    from assistant.privacy import engine

    return engine.anonymize(text, engine.find(text, language))


def scan(text: str, language: str | None = None) -> dict[str, object]:
    """One line of ``assistant privacy scan``: the text, its redaction and the spans."""
    from assistant.privacy import engine

    spans = engine.find(text, language)
    return {
        "text": text,
        "redacted": engine.anonymize(text, spans),
        "spans": [
            {"start": s.start, "end": s.end, "type": s.kind, "score": round(s.score, 3)}
            for s in spans
        ],
    }
