"""Text rules that keep generated answers grounded and the passages inert.

Four jobs, all plain string work with no model:

* **See through disguises.** :func:`normalize` removes invisible format
  characters (zero-width spaces and joiners, soft hyphens, bidi controls) and
  applies NFKC (full-width letters, ligatures, mathematical letters);
  :func:`detection_view` also folds look-alike letters (Cyrillic ``е`` for
  ``e``), accents, Arabic letter variants and "defanged" links
  (``evil[.]com``), and decodes base64 blobs, so that every check below reads
  one plain text whatever disguise a document used. :func:`sentences` cuts
  text at real sentence ends only: ``www.example.org``, ``a.b@c.org`` and
  ``2.5`` stay whole, so no URL tail survives when its sentence is removed.
* **Instructions inside documents are data.** :func:`remove_instructions`
  drops the sentences of a passage that address an AI system ("ignore the
  previous instructions…", "you are now…", "réponds uniquement…", "تجاهل
  التعليمات…"), and HTML comments, before a passage reaches a generator. The
  prompt also tells the model to treat passages as data; this filter is the
  second wall, and the only one for the extractive generator, which would
  otherwise quote such a sentence verbatim.
* **Planted requests are not course content.** :func:`planted_reasons` flags
  a sentence that asks the reader to pay, to send personal or bank data, to
  log in, or that points to a link, e-mail address or phone number the
  trusted course does not contain (:class:`TrustedReferences`). Such
  sentences are removed from passages (:func:`sanitize`) and a draft that
  carries one is not shown.
* **Citations are checked after generation.** :func:`check_markers` keeps the
  ``[n]`` markers that point at a passage the generator was given and removes
  the others, reporting both. Model replies are parsed tolerantly:
  :func:`is_decline` recognises the agreed "not in the course" reply however
  a small model decorates it, and :func:`clean_reply` removes boilerplate
  such as a leading "Answer:".

The patterns are deliberately narrow (imperatives aimed at the assistant or
the reader, sensitive objects such as bank details), so ordinary course
sentences such as "staff should ignore unverified claims" or "collect only
the personal data you need" are kept; tests hold examples of both, and the
whole built-in course passes without a single sentence flagged.
"""

from __future__ import annotations

import base64
import binascii
import functools
import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.rag import trust_rules

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)

# -- normalisation ---------------------------------------------------------------

#: Invisible characters removed before any check (and from the passages shown):
#: every "format" character (zero-width space/joiners, soft hyphen, bidi controls,
#: word joiner, BOM, tag characters), variation selectors and the grapheme joiner.
@functools.cache
def _invisible() -> dict[int, None]:
    # Built on first use, not at import: it scans every code point once (~0.2 s).
    return {
        c: None
        for c in range(0x110000)
        if unicodedata.category(chr(c)) == "Cf"
        or 0xFE00 <= c <= 0xFE0F
        or 0xE0100 <= c <= 0xE01EF
        or c in (0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0)
    }

#: Letters that look like Latin ones (Cyrillic, Greek, Armenian, Latin variants).
_CONFUSABLES = str.maketrans(
    {
        **dict(zip("аеорсухіјѕԁһӏԛԝвкмнтьзԍ", "aeopcyxijsdhlqwbkmhtb3g", strict=True)),
        **dict(zip("АВЕКМНОРСТХІЈЅԌУ", "ABEKMHOPCTXIJSGY", strict=True)),
        **dict(zip("οαιχρνκτυεϲϳ", "oaixpvktuecj", strict=True)),
        **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)),
        **dict(zip("օսոհ", "ouph", strict=True)),
        **dict(zip("ıɑɡ", "iag", strict=True)),
    }
)
#: "evil[.]com", "evil(dot)com", "me [at] evil.com", "hxxps://": links written to dodge filters.
_DEFANGED = [
    (re.compile(r"\s*[\[\(\{]\s*(?:\.|dot|punto|ponto|point)\s*[\]\)\}]\s*", re.I), "."),
    (re.compile(r"\s*[\[\(\{]\s*(?:@|at|arroba|arobase)\s*[\]\)\}]\s*", re.I), "@"),
    (re.compile(r"\bhxxp(s?)://", re.I), r"http\1://"),
]
_BASE64 = re.compile(r"(?<![\w+/=])[A-Za-z0-9+/_-]{16,}={0,2}(?![\w+/=])")
#: A letter from a script other than Latin inside an otherwise Latin word.
_MIXED_SCRIPT = re.compile(
    r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03FF\u0400-\u052F\u0530-\u058F])\w+\b"
)


def normalize(text: str) -> str:
    """``text`` without invisible characters, NFKC-normalised (what passages show)."""
    return unicodedata.normalize("NFKC", text.translate(_invisible()))


def decoded_blobs(text: str) -> list[str]:
    """Readable text hidden in base64 blobs of ``text`` (three or more words each)."""
    found = []
    for match in _BASE64.finditer(text):
        blob = match.group(0)
        if blob.isalpha() and (blob.islower() or blob.isupper()):
            continue  # a long plain word, not an encoding
        padded = blob + "=" * (-len(blob) % 4)
        try:
            raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
            decoded = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        printable = sum(ch.isprintable() or ch.isspace() for ch in decoded)
        if decoded and printable / len(decoded) > 0.95 and len(decoded.split()) >= 3:
            found.append(decoded)
    return found


def detection_view(text: str) -> str:
    """One plain, folded form of ``text`` for the checks (never shown to anyone).

    Invisible characters removed, NFKC, HTML entities decoded, look-alike
    letters folded to Latin, accents and Arabic variants folded, defanged
    links restored, lower case, and any text hidden in base64 appended.
    """
    text = normalize(html.unescape(text))
    text = text.translate(_CONFUSABLES)
    for pattern, replacement in _DEFANGED:
        text = pattern.sub(replacement, text)
    blobs = decoded_blobs(text)
    if blobs:
        text = " ".join([text, *(normalize(b).translate(_CONFUSABLES) for b in blobs)])
    return trust_rules.fold(text.casefold())


def is_obfuscated(text: str) -> bool:
    """True when ``text`` hides something: mixed-script words, or base64-encoded sentences."""
    plain = normalize(text)
    return bool(_MIXED_SCRIPT.search(plain)) or bool(decoded_blobs(plain))


# -- sentences ---------------------------------------------------------------------

#: A sentence ends at . ! ? ؟ … (with closing quotes or brackets) followed by white
#: space or the end, so dots inside links, e-mail addresses and numbers never cut.
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])[\"'”’»)\]]*(?=\s|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text``; together they cover it.

    Lines are cut separately; a span keeps its trailing white space, so joining
    the kept spans gives the text back without the dropped ones.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\n|" + _SENTENCE_END.pattern, text):
        end = match.end()
        while end < len(text) and text[end] in " \t":
            end += 1
        if end > start:
            spans.append((start, end))
            start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_texts(text: str) -> list[str]:
    """The sentences of ``text`` (see :func:`sentences`), stripped, empty ones dropped."""
    return [s for a, b in sentences(text) if (s := text[a:b].strip())]


# -- instructions ------------------------------------------------------------------

_INJECTION = re.compile(
    "|".join(f"(?:{p})" for p in trust_rules.INJECTION_PATTERNS), re.IGNORECASE | re.M
)
_FOLDED_INJECTION = re.compile(
    "|".join(f"(?:{p})" for p in trust_rules.FOLDED_INJECTION_PATTERNS), re.IGNORECASE | re.M
)


def looks_like_instruction(sentence: str, view: str | None = None) -> bool:
    """True when ``sentence`` addresses an AI system with an instruction (disguised or not)."""
    if _INJECTION.search(sentence):
        return True
    return bool(_FOLDED_INJECTION.search(view if view is not None else detection_view(sentence)))


def remove_instructions(text: str) -> tuple[str, list[str]]:
    """``text`` without instruction-like sentences and HTML comments, and what was removed."""
    result = sanitize(text, planted=False)
    return result.text, list(result.instructions)


# -- planted requests and untrusted references ---------------------------------------

_URL = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'«»()\[\]]+")
#: A dotted name ("city-fees.com", "pay.example.org/x"); a host when its last label is a TLD.
_DOTTED = re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s<>\"'«»]*)?")
_TLDS = frozenset(trust_rules.TLDS.split("|"))
_EMAIL = re.compile(r"[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)\d[\d\s().-]{6,}\d|(?<![\w.,])\d[\d\s.-]{7,}\d(?![\w,])")


def _host(url: str) -> str:
    url = re.sub(r"^(?:(?:https?|ftp)://)", "", url.lower())
    host = re.split(r"[/?#:]", url, maxsplit=1)[0].rstrip(".")
    return host[4:] if host.startswith("www.") else host


def references(text: str) -> set[str]:
    """Links (by host), e-mail addresses and phone numbers (by digits) in ``text``.

    Read on the detection view, so disguised references are found too. Phone
    numbers count only with a leading ``+``/``00`` or next to a word such as
    "call" or "WhatsApp", so years and statute numbers are not contacts.
    """
    return _references(detection_view(text))


def _references(view: str) -> set[str]:
    found: set[str] = set()
    if "@" in view:
        for match in _EMAIL.finditer(view):
            found.add("mailto:" + match.group(0))
        view = _EMAIL.sub(" ", view)
    if "." in view:
        for match in _URL.finditer(view):
            if host := _host(match.group(0)):
                found.add("host:" + host)
        for match in _DOTTED.finditer(view):
            host = _host(match.group(0))
            labels = host.split(".")
            if labels[-1] in _TLDS and not labels[-1].isdigit() and len(labels[0]) > 1:
                found.add("host:" + host)
    if sum(ch.isdigit() for ch in view) >= 8:
        contact_word = trust_rules.CONTACT_WORD.search(view)
        for match in _PHONE.finditer(view):
            digits = re.sub(r"\D", "", match.group(0))
            if 8 <= len(digits) <= 15 and (match.group(0)[0] in "+0" or contact_word):
                found.add("tel:" + digits.lstrip("0"))
    return found


@dataclass(frozen=True)
class TrustedReferences:
    """Links, e-mail addresses and phone numbers that the trusted course itself contains."""

    items: frozenset[str] = frozenset()

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> TrustedReferences:
        """Every reference found in ``texts`` (the course's own passages)."""
        items: set[str] = set()
        for text in texts:
            items |= references(text)
        return cls(frozenset(items))

    def unknown(self, text: str) -> set[str]:
        """References in ``text`` the course does not contain (a subdomain of a trusted host is fine)."""
        return self.unknown_in_view(detection_view(text))

    def unknown_in_view(self, view: str) -> set[str]:
        """Like :meth:`unknown`, for text already in its :func:`detection_view`."""
        out = set()
        for ref in _references(view):
            if ref in self.items:
                continue
            if ref.startswith("host:") and any(
                item.startswith("host:") and ref.endswith("." + item[5:]) for item in self.items
            ):
                continue
            out.add(ref)
        return out


#: Why a sentence was judged planted.
REASONS = ("payment", "personal_data", "login", "reference", "obfuscated")


def planted_reasons(
    sentence: str, trusted: TrustedReferences | None = None, view: str | None = None
) -> tuple[str, ...]:
    """Why ``sentence`` looks planted; empty when it is fine.

    It asks the reader to pay, send data or log in, or points to a reference
    the course does not contain.

    ``view`` is the sentence's :func:`detection_view` when the caller has it already.
    """
    view = view if view is not None else detection_view(sentence)
    reasons = []
    if trust_rules.asks_payment(view):
        reasons.append("payment")
    if trust_rules.asks_personal_data(view):
        reasons.append("personal_data")
    if trust_rules.asks_login(view):
        reasons.append("login")
    if (trusted or TrustedReferences()).unknown_in_view(view):
        reasons.append("reference")
    if is_obfuscated(sentence):
        reasons.append("obfuscated")
    return tuple(reasons)


def carries_planted(text: str, trusted: TrustedReferences | None = None) -> bool:
    """True when any sentence of ``text`` (e.g. a model's draft) looks planted."""
    return any(planted_reasons(s, trusted) for s in sentence_texts(text))


@dataclass(frozen=True)
class Sanitized:
    """A passage made safe to show: what is left, and what was taken out and why."""

    text: str
    instructions: tuple[str, ...] = ()
    planted: tuple[str, ...] = ()
    reasons: tuple[str, ...] = field(default=())

    @property
    def changed(self) -> bool:
        """True when any sentence was removed."""
        return bool(self.instructions or self.planted)


@functools.lru_cache(maxsize=4096)
def sanitize(
    text: str, trusted: TrustedReferences | None = None, *, planted: bool = True
) -> Sanitized:
    """``text`` normalised, without HTML comments, instruction-like or planted sentences.

    ``trusted`` holds the references the course itself contains (none when
    omitted: every link is then unknown); ``planted=False`` removes instructions only.

    When a passage plants a request, its other sentences that mention money,
    credentials or a link go too: a planted statement is often spread over two
    sentences ("A fee of 50 euros applies. Pay it at …"). Results are cached:
    the same passages come back for many questions.
    """
    text = normalize(text)
    instructions = [m.group(0).strip() for m in _HTML_COMMENT.finditer(text)]
    text = _HTML_COMMENT.sub(" ", text)
    spans = sentences(text)
    kept: list[str] = []
    removed: list[str] = []
    reasons: set[str] = set()
    verdicts = []
    views = []
    for start, end in spans:
        piece = text[start:end]
        view = detection_view(piece)
        views.append(view)
        if looks_like_instruction(piece, view):
            verdicts.append("instruction")
        elif planted and (why := planted_reasons(piece, trusted, view)):
            verdicts.append("planted")
            reasons.update(why)
        else:
            verdicts.append("")
    poisoned = "planted" in verdicts
    for (start, end), verdict, view in zip(spans, verdicts, views, strict=True):
        piece = text[start:end]
        if verdict == "instruction":
            instructions.append(piece.strip())
        elif verdict == "planted" or (
            poisoned and piece.strip() and trust_rules.mentions_money_or_secrets(view)
        ):
            removed.append(piece.strip())
        else:
            kept.append(piece)
    cleaned = "".join(kept)
    cleaned = "\n".join(line.rstrip() for line in cleaned.splitlines()).strip()
    return Sanitized(cleaned, tuple(instructions), tuple(removed), tuple(sorted(reasons)))


# -- citation markers and model replies ----------------------------------------------

#: ``[1]``, ``[1, 2]``, ``[1;2]`` or ``[1، 2]`` (Arabic comma): the citation markers we accept.
MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;،]\s*\d{1,3})*)\]")
_MARKER_SEPARATOR = re.compile(r"\s*[,;،]\s*")
_DECLINE = re.compile(r"not[\s_-]*in[\s_-]*(the[\s_-]*)?course", re.IGNORECASE)
_LEADING_LABEL = re.compile(
    r"^\s*(answer|réponse|respuesta|resposta|الإجابة|الجواب|standalone question)\s*[:：]\s*",
    re.IGNORECASE,
)


def marker_numbers(group: str) -> list[int]:
    """The passage numbers inside one marker's brackets (``"1، 2"`` → ``[1, 2]``)."""
    return [int(n) for n in _MARKER_SEPARATOR.split(group)]


def markers_in(text: str) -> list[int]:
    """Every passage number cited in ``text``, in order, repeats kept."""
    return [n for match in MARKER.finditer(text) for n in marker_numbers(match.group(1))]


@dataclass(frozen=True)
class MarkerCheck:
    """The text with only valid markers, and which markers were kept or removed."""

    text: str
    valid: tuple[int, ...]
    invalid: tuple[int, ...]


def check_markers(text: str, passages: int) -> MarkerCheck:
    """Keep ``[n]`` markers with ``1 <= n <= passages``; normalise ``[1, 2]`` to ``[1][2]``."""
    valid: set[int] = set()
    invalid: set[int] = set()

    def replace(match: re.Match[str]) -> str:
        numbers = marker_numbers(match.group(1))
        good = [n for n in numbers if 1 <= n <= passages]
        valid.update(good)
        invalid.update(n for n in numbers if not 1 <= n <= passages)
        return "".join(f"[{n}]" for n in good)

    cleaned = MARKER.sub(replace, text)
    cleaned = re.sub(r"[ \t]+([.,;:!?؟])", r"\1", cleaned)
    cleaned = re.sub(r"[ \t]{2,}", " ", cleaned).strip()
    return MarkerCheck(cleaned, tuple(sorted(valid)), tuple(sorted(invalid)))


def strip_markers(text: str) -> str:
    """Text without citation markers (for language detection and metrics)."""
    return re.sub(r"\s{2,}", " ", MARKER.sub("", text)).strip()


def is_decline(text: str) -> bool:
    """True when a reply is the agreed "not in the course" answer (tolerant of decoration)."""
    core = re.sub(r"[\W_]+", " ", text).strip()
    return bool(_DECLINE.search(text)) and len(core) <= 60


_QUOTES = {'"': '"', "'": "'", "«": "»", "“": "”"}


def clean_reply(text: str) -> str:
    """Drop a leading label ("Answer:") and surrounding quotes or whitespace."""
    text = _LEADING_LABEL.sub("", text.strip())
    if len(text) > 1 and _QUOTES.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    return text
