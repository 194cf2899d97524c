"""A learned span tagger for names and addresses: a linear-chain CRF over word features.

The rules of :mod:`.names` and :mod:`.addresses` know the layouts someone wrote
them for; on text nobody tuned them to they miss names no cue announces and
addresses in a layout no grammar lists. This tagger learns the same two kinds
from the project's labelled development sets (``scripts/train_pii_tagger.py``
writes ``data/tagger.crfsuite``, a few megabytes) with features that carry to
unseen text: the word's shape, affixes and script, whether the shared gazetteer
ranks it as a first name or surname, whether it is a common word of the
language, the cue, kin and place words of :mod:`.cues`, the words around it and
the line's layout (start of a line, after a form label).

It adds to the rules, it does not replace them: :mod:`.engine` keeps every rule
span and adds the tagger's spans whose mean marginal probability reaches
:data:`THRESHOLD`, at a low rank, so a rule span wins any overlap. It runs in
microseconds per word with ``python-crfsuite`` (CRFsuite, BSD); nothing loads
until first use.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.privacy import arabic, cues, names

MODEL = Path(__file__).parent / "data" / "tagger.crfsuite"
#: A tagged span is kept when the mean probability of its labels reaches this.
THRESHOLD = 0.6
#: The kinds the tagger learns (the dev sets' PERSON is the detector's NAME).
KINDS = ("NAME", "ADDRESS")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[^\w\s]", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_AR_CLITICS = ("و", "ب", "ل", "ف")
_LABEL_END = re.compile(r"[:：]\s*$")


@dataclass(frozen=True)
class Token:
    """One word, number or punctuation mark of the text, with its offsets."""

    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """Words (letters, with inner apostrophes), digit runs and single punctuation marks."""
    return [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _shape(word: str) -> str:
    """Compressed character classes: "Maria" -> "Xx", "SW1A" -> "Xd X"... ("d" digit, "a" Arabic)."""
    out: list[str] = []
    for ch in word:
        if ch.isdigit():
            c = "d"
        elif _ARABIC.match(ch):
            c = "a"
        elif ch.isalpha():
            c = "X" if ch.isupper() else "x"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _bucket(rank: int) -> str:
    if rank <= 0:
        return "0"
    if rank <= 100:
        return "100"
    if rank <= 500:
        return "500"
    return "2000"


class _Lists:
    """The gazetteer and the cue words, read once."""

    def __init__(self) -> None:
        self.gazetteer = names.gazetteer()
        self.common = self.gazetteer.common
        self.everyday: frozenset[str] = frozenset().union(*self.common.values())
        self.arabic = names.arabic_lists()


@functools.cache
def _lists() -> _Lists:
    return _Lists()


#: Word lists whose membership is a feature: (feature, words).
_CUE_WORDS: tuple[tuple[str, Collection[str]], ...] = (
    ("cue", cues.CUES),
    ("kin", cues.KIN),
    ("particle", cues.PARTICLES),
    ("place-before", cues.PLACE_BEFORE),
    ("verb-cue", cues.VERB_CUES),
)
_ARABIC_WORDS: tuple[tuple[str, Collection[str]], ...] = (
    ("ar-joiner", set(arabic.JOINERS) | set(arabic.KUNYA)),
    ("ar-stop", arabic.STOP),
    ("ar-cue", arabic.CUES),
    ("ar-speech", arabic.SPEECH),
    ("ar-place", arabic.PLACE_WORDS),
)


def _arabic_features(word: str, lists: _Lists) -> list[str]:
    """The Arabic name finder's own lists: given names, name joiners, words never in a name."""
    feats = ["ar-given"] if lists.arabic.given(word) else []
    return feats + [name for name, words in _ARABIC_WORDS if word in words]


def _word_features(word: str, language: str, lists: _Lists) -> list[str]:
    """What one word says on its own, language by language."""
    key = word.casefold()
    feats = [f"s={_shape(word)}"]
    if word.isdigit():
        feats.append(f"dlen={min(len(word), 6)}")
        return feats
    if not word[0].isalpha():
        feats.append(f"p={word}")
        return feats
    feats.append(f"w={key}")
    if len(key) > 3:
        feats += [f"suf3={key[-3:]}", f"pre3={key[:3]}"]
    lookup = key
    if _ARABIC.match(word):
        feats.append("ar")
        if key.startswith("ال"):
            feats.append("al")
        if len(key) > 3 and key[0] in _AR_CLITICS and lists.gazetteer.first(key) == 0:
            stripped = key[1:]
            if lists.gazetteer.first(stripped) or lists.gazetteer.last(stripped):
                lookup = stripped
                feats.append("clitic")
        feats += _arabic_features(lookup, lists)
    first, last = lists.gazetteer.first(lookup), lists.gazetteer.last(lookup)
    feats += [f"fn={_bucket(first)}", f"ln={_bucket(last)}"]
    if key in lists.common.get(language, ()):
        feats.append("common")
    elif key in lists.everyday:
        feats.append("common-other")
    return feats + [name for name, words in _CUE_WORDS if key in words]


def features(text: str, toks: Sequence[Token], language: str) -> list[list[str]]:
    """Each token's features: its own, its neighbours' (two each side) and the line's layout."""
    lists = _lists()
    own = [_word_features(t.text, language, lists) for t in toks]
    out: list[list[str]] = []
    for i, token in enumerate(toks):
        feats = ["bias", f"lang={language}", *own[i]]
        line_start = text.rfind("\n", 0, token.start) + 1
        before = text[line_start : token.start]
        if not before.strip():
            feats.append("line-start")
        elif _LABEL_END.search(before):
            feats.append("after-label")
        if i == 0 or toks[i - 1].text in ".!?":
            feats.append("sent-start")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(toks):
                feats += [f"{offset}:{f}" for f in own[j] if not f.startswith(("suf", "pre"))]
            else:
                feats.append(f"{offset}:none")
        if i > 0:
            feats.append(f"-1w|w={toks[i - 1].text.casefold()}|{token.text.casefold()}")
        out.append(feats)
    return out


def bio(toks: Sequence[Token], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """Training labels: B-/I- of the span a token's first character falls in, else O."""
    labels = ["O"] * len(toks)
    for start, end, kind in spans:
        inside = [i for i, t in enumerate(toks) if start <= t.start < end]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + kind
    return labels


@dataclass(frozen=True)
class Tagged:
    """One text's tags: its tokens, the spans, and each token's probability of being neither."""

    tokens: Sequence[Token]
    spans: list[tuple[int, int, str, float]]
    outside: Sequence[float]

    def outside_of(self, start: int, end: int) -> float | None:
        """Mean probability that the tokens in ``[start, end)`` are no name or address."""
        inside = [
            p for t, p in zip(self.tokens, self.outside, strict=True) if start <= t.start < end
        ]
        return sum(inside) / len(inside) if inside else None


class Tagger:
    """The trained CRF: ``spans(text, language)`` gives (start, end, kind, probability)."""

    def __init__(self, model: Path = MODEL) -> None:
        import pycrfsuite

        if not model.is_file():
            raise FileNotFoundError(
                f"{model}: the personal-data tagger's model is missing; "
                "rebuild it with `python scripts/train_pii_tagger.py`"
            )
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))
        self._lock = threading.Lock()  # a CRFsuite tagger holds one sequence at a time
        self._last: tuple[str, str, Tagged] | None = None

    def analyse(self, text: str, language: str) -> Tagged:
        """Tag ``text`` (the last text's result is kept: the engine asks twice)."""
        with self._lock:
            if self._last is not None and self._last[:2] == (text, language):
                return self._last[2]
            toks = tokens(text)
            labels: list[str] = []
            probs: list[float] = []
            outside: list[float] = []
            if toks:
                labels = self._tagger.tag(features(text, toks, language))
                probs = [self._tagger.marginal(label, i) for i, label in enumerate(labels)]
                outside = [self._tagger.marginal("O", i) for i in range(len(toks))]
            result = Tagged(toks, list(_decode(toks, labels, probs)), outside)
            self._last = (text, language, result)
            return result

    def spans(self, text: str, language: str) -> list[tuple[int, int, str, float]]:
        """Tagged name and address spans with the mean marginal probability of their labels."""
        return self.analyse(text, language).spans


def _decode(
    toks: Sequence[Token], labels: Sequence[str], probs: Sequence[float]
) -> Iterable[tuple[int, int, str, float]]:
    """Runs of B-/I- labels of one kind as spans, with the mean probability of their labels.

    An I- without its B- opens a span too; punctuation at either end is left out
    ("00471 |" is "00471"), and a colon ends a span (a label's end is no value's part).
    """
    groups: list[tuple[str, list[int]]] = []
    for i, label in enumerate(labels):
        tag, _, kind = label.partition("-")
        if toks[i].text in (":", "："):
            continue  # a form's label ends here: "C.P.: 97070" is "97070"
        if tag == "I" and groups and groups[-1][0] == kind and groups[-1][1][-1] == i - 1:
            groups[-1][1].append(i)
        elif tag in ("B", "I"):
            groups.append((kind, [i]))
    for kind, members in groups:
        words = [i for i in members if toks[i].text[0].isalnum()]
        if words:
            mean = sum(probs[i] for i in members) / len(members)
            yield toks[words[0]].start, toks[words[-1]].end, kind, mean


_tagger: Tagger | None = None
_threshold = THRESHOLD
_off = False
_load_lock = threading.Lock()


def current() -> tuple[Tagger | None, float]:
    """The tagger in use (loaded on first call) and its threshold; None when switched off."""
    global _tagger
    with _load_lock:
        if _off:
            return None, _threshold
        if _tagger is None:
            _tagger = Tagger()
    return _tagger, _threshold


def use(model: Tagger | None, threshold: float = THRESHOLD) -> None:
    """Use ``model`` from now on, keeping spans from ``threshold`` (None: rules only).

    For cross-validation and tests; the detector remembers recent texts' spans, so
    call :func:`assistant.privacy.engine.remember_recent` to start afresh.
    """
    global _tagger, _threshold, _off
    with _load_lock:
        _tagger, _threshold, _off = model, float(threshold), model is None
