"""Groundedness: the share of an answer's sentences its cited passages support.

The test is deterministic and documented so that a number can be argued with:

1. The answer body is the answer text without the localized intro line
   ("Here is what the course says:") and without the notes the assistant adds
   (``Answer.notes``); neither is a claim about the course, so neither counts.
2. The body is split into sentences (also at line breaks); citation markers
   such as ``[2]`` or ``[1, 3]`` written right after a sentence's final
   punctuation belong to that sentence, and markers followed by more text
   end a sentence even without punctuation. Fragments of fewer than three words
   ("e.g.", "Yes.") are merged into the next sentence.
3. A sentence with no marker pointing at a returned citation is unsupported.
4. A sentence is supported by a cited passage when
   a. at least ``CONTAINMENT`` (80 %) of its content tokens occur in the
      passage — tokens are case- and accent-folded (Arabic: diacritics and
      tatweel removed, alef/yeh/teh-marbuta variants unified), stop words
      dropped and stemmed with the passage language's Snowball stemmer; a
      verbatim quote scores 1.0, a close paraphrase usually passes, an
      invented clause does not; or
   b. the sentence is in another language than the passage (a translation,
      which shares no tokens) and its embedding cosine with the closest
      sentence of the passage reaches ``cross_threshold`` — the assistant's
      own embedder is the judge here, so this branch is only as strict as
      that threshold (recorded in the results).
   Same-language sentences never use the embedding branch: an embedder
   rates "the fund has 10 staff" and "the fund has 50 staff" as near
   identical, token containment does not.
5. A sentence is supported if any passage it cites supports it; the answer's
   groundedness is the share of its sentences that are supported (0 for a
   covered answer with no sentence at all).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from assistant import languages
from assistant.rag.guardrails import MARKER, markers_in

CONTAINMENT = 0.8
MIN_WORDS = 3
# A sentence ends at final punctuation (with any markers right after it) or at
# markers followed by more text: "Three principles matter: [1] Data ... [2]"
# is two quoted claims, each with its own passage.
_END = re.compile(
    r"(?:[.!?؟…]+[\"'”’»)]*)?(?:\s*\[\d+(?:\s*[,،]\s*\d+)*\])+(?=\s|$)"
    r"|[.!?؟…]+[\"'”’»)]*(?=\s|$)"
)
_BULLET = re.compile(r"^\s*(?:[-*+•]\s+|\d+[.)]\s+|>\s*|#+\s+)")
_WORD = re.compile(r"\w+", re.UNICODE)
_ARABIC_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})

# Short function-word lists: enough to keep "the", "de", "في" from making any
# sentence look supported, small enough to read.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "a an the and or but if of to in on at by for with from as is are was were be been "
        "being it its this that these those there their they them he she we you i not no so "
        "do does did has have had can could should would may might must will shall than then "
        "which who whom what when where why how all any each such also into about over only".split()
    ),
    "fr": frozenset(
        "le la les un une des du de d l et ou mais si a au aux en dans sur par pour avec sans "
        "est sont etait ete etre ce cet cette ces qui que quoi dont ou il elle ils elles on nous "
        "vous je ne pas plus se sa son ses leur leurs y a ont peut doit comme aussi tout tous "
        "qu c s n".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas de del al y o pero si a en con sin por para es son era "
        "ser fue ha han este esta estos estas ese esa eso que quien cual se su sus lo le les no "
        "mas como tambien todo todos muy ya hay puede debe".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas de do da dos das ao aos e ou mas se em no na nos nas com sem "
        "por para pelo pela e sao era ser foi este esta estes estas esse essa isso que quem qual "
        "seu sua seus suas lhe nao mais como tambem todo todos muito ja ha pode deve".split()
    ),
    "ar": frozenset(
        "في من الى على عن مع ان او ثم هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت يكون "
        "لا لم لن ما ماذا كل بعض قد لقد كما اذا حتى بين عند ب و ل ك ف".split()
    ),
}


def strip_markers(text: str) -> str:
    """``text`` without citation markers, whitespace tidied."""
    return re.sub(r"[ \t]+", " ", MARKER.sub("", text)).strip()


def answer_body(text: str, language: str, notes: Sequence[str] = ()) -> str:
    """The answer text without the localized intro line and the assistant's notes."""
    body = text
    intro = languages.message("from_course", language) if language in languages.CODES else ""
    if intro and body.lstrip().startswith(intro):
        body = body.lstrip()[len(intro) :]
    for note in notes:
        body = body.replace(note, "")
    return body.strip()


@dataclass(frozen=True)
class Claim:
    """One sentence of an answer and the citation numbers attached to it."""

    text: str
    markers: tuple[int, ...]


def split_claims(body: str) -> list[Claim]:
    """Sentences of an answer body with their markers (see the module docstring)."""
    pieces: list[str] = []
    for line in body.splitlines():
        line = _BULLET.sub("", line).strip()
        start = 0
        for match in _END.finditer(line):
            pieces.append(line[start : match.end()].strip())
            start = match.end()
        pieces.append(line[start:].strip())
    claims: list[Claim] = []
    carry = ""
    for piece in (p for p in pieces if p):
        words = _WORD.findall(strip_markers(piece))
        if not words and claims:  # a line of bare markers belongs to the sentence before
            last = claims[-1]
            claims[-1] = Claim(f"{last.text} {piece}", last.markers + tuple(markers_in(piece)))
            continue
        text = f"{carry} {piece}".strip() if carry else piece
        if len(_WORD.findall(strip_markers(text))) < MIN_WORDS:
            carry = text
            continue
        carry = ""
        claims.append(Claim(text, tuple(markers_in(text))))
    if carry:
        claims.append(Claim(carry, tuple(markers_in(carry))))
    return claims


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Callable[[str], str]:
    import Stemmer

    name = languages.LANGUAGES[language].stemmer if language in languages.LANGUAGES else "porter"
    stem: Callable[[str], str] = Stemmer.Stemmer(name).stemWord
    return stem


def fold(text: str) -> str:
    """Case-, accent- and Arabic-variant-folded text."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def content_tokens(text: str, language: str) -> list[str]:
    """Folded, stemmed tokens of ``text`` without stop words or one-letter tokens."""
    stop = STOPWORDS.get(language, frozenset())
    stem = _stemmer(language)
    tokens = []
    for word in _WORD.findall(fold(strip_markers(text))):
        if word in stop or (len(word) < 2 and not word.isdigit()) or word == "_":
            continue
        tokens.append(stem(word))
    return tokens


def containment(sentence: str, passage: str, language: str) -> float:
    """Share of the sentence's content tokens found in the passage (0.0 if it has none)."""
    tokens = content_tokens(sentence, language)
    if not tokens:
        return 0.0
    vocabulary = set(content_tokens(passage, language))
    return sum(t in vocabulary for t in tokens) / len(tokens)


@dataclass(frozen=True)
class Passage:
    """A cited passage: its marker, language and full text."""

    marker: int
    language: str
    text: str


@dataclass(frozen=True)
class Verdict:
    """Why one sentence counted as supported or not."""

    sentence: str
    supported: bool
    how: str  # "lexical 0.92" | "embedding 0.91" | "no marker" | "not supported" | ...


@dataclass
class SupportTest:
    """The support test of the module docstring, with its two thresholds."""

    embedder: object | None = None  # an assistant Embedder; None disables the cross-language branch
    cross_threshold: float = 0.9
    containment: float = CONTAINMENT
    _cache: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def _vector(self, text: str) -> np.ndarray:
        if text not in self._cache:
            self._cache[text] = self.embedder.embed_documents([text])[0]  # type: ignore[attr-defined]
        return self._cache[text]

    def check(self, claim: Claim, passages: dict[int, Passage], answer_language: str) -> Verdict:
        """The verdict on ``claim``: supported by any of the passages it cites, or not."""
        cited = [passages[m] for m in dict.fromkeys(claim.markers) if m in passages]
        sentence = strip_markers(claim.text)
        if not claim.markers:
            return Verdict(sentence, False, "no marker")
        if not cited:
            return Verdict(sentence, False, "cites no returned passage")
        best = max(containment(sentence, p.text, p.language) for p in cited)
        if best >= self.containment:
            return Verdict(sentence, True, f"lexical {best:.2f}")
        code, confidence = languages.detect_with_confidence(sentence)
        sentence_language = code if code and confidence >= languages.MIN_CONFIDENCE else None
        sentence_language = sentence_language or answer_language
        foreign = [p for p in cited if p.language != sentence_language]
        if foreign and self.embedder is not None:
            query = self._vector(sentence)
            cosine = max(
                float(self._vector(s) @ query)
                for p in foreign
                for s in ([c.text for c in split_claims(p.text)] or [p.text])
            )
            if cosine >= self.cross_threshold:
                return Verdict(sentence, True, f"embedding {cosine:.2f}")
            return Verdict(sentence, False, f"embedding {cosine:.2f} < {self.cross_threshold}")
        return Verdict(sentence, False, f"lexical {best:.2f} < {self.containment}")

    def grade(self, body: str, passages: Sequence[Passage], answer_language: str) -> list[Verdict]:
        """One verdict per sentence of an answer body."""
        by_marker = {p.marker: p for p in passages}
        return [self.check(c, by_marker, answer_language) for c in split_claims(body)]
