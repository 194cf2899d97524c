r"""The one gate every text passes on its way in: questions, documents, file names, cells.

What :func:`clean` does, in order, and why:

* **Invalid code points** - lone surrogates (what Python makes of invalid UTF-8
  in ``argv``, file names or ``errors="surrogateescape"`` input) become U+FFFD.
  They cannot be encoded, so every store and model downstream would raise.
* **NFC** - one spelling per character (macOS writes decomposed file names and
  some PDF extractors emit decomposed accents), so equal texts compare equal.
* **Control characters** (Unicode ``Cc``) are dropped, except tab, line feed and
  carriage return; vertical tab, form feed, NEL and the line/paragraph/record
  separators become line feeds so that words on both sides stay apart.
* **Invisible format characters** (Unicode ``Cf``: zero-width spaces, BOMs,
  soft hyphens, bidirectional embeddings, overrides and isolates, tag
  characters) are dropped: they make two different texts look the same and
  split words for search. Two exceptions. ZWNJ and ZWJ (U+200C, U+200D) are kept
  *between two letters*: Persian spells many words with a ZWNJ inside
  (``می‌خواهم``, the "half space"), Arabic uses ZWJ to keep a joining form, and
  Indic scripts need both to pick a glyph - removing them changes the word,
  while elsewhere they are pure noise. The prepended concatenation marks of
  Arabic and Syriac (U+0600-0605, U+06DD, ...) are visible signs and stay.

:func:`has_content` says whether anything is left to search for (a letter or a
digit); :func:`question` and :func:`embedding_window` are what a question goes
through; :func:`file_name` is how a file name is *shown* (invalid bytes as
``\xNN``, invisible characters as ``\uNNNN``) - document ids escape names
separately, see :func:`assistant.types.path_id`.

Only the standard library, so that anything may call it (the CLI, the loaders in
their worker processes, the web app's upload handling).
"""

from __future__ import annotations

import re
import unicodedata

#: Longest question accepted, in characters (longer ones are refused with a message).
MAX_QUESTION_CHARS = 2000

#: Longest question text given to a query embedder, in characters. e5-small reads
#: 512 tokens (two of them special) and a "query: " prefix; no tokenizer we ship
#: makes more than one token per character (measured: random CJK and rare scripts
#: give 1.0 token per character, emoji 1.0, English about 0.2), so 500 characters
#: always fit one window. Longer questions still reach the lexical index whole.
EMBED_QUERY_CHARS = 500

#: Format characters that are visible signs, not invisible formatting (kept).
_VISIBLE_FORMAT = "\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"
#: Every Unicode 15 format character (category Cf) but the visible ones above.
_FORMAT = (
    "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\ufff9-\ufffb\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
_JOINERS = "\u200c\u200d"
#: Control characters other than tab, LF and CR; those that separate lines are below.
_CONTROL = "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"
_LINE_BREAKS = "\x0b\x0c\x1c-\x1f\x85\u2028\u2029"
_SURROGATES = "\ud800-\udfff"

_NEEDS_WORK = re.compile(f"[{_SURROGATES}{_CONTROL}{_LINE_BREAKS}{_FORMAT}]")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
_LINE_BREAK = re.compile(f"[{_LINE_BREAKS}]")
_INVISIBLE = re.compile(f"[{_CONTROL}]+|[{_FORMAT}]+")
#: Letters and digits of any script (``\w`` without the underscore).
_ALNUM = re.compile(r"[^\W_]")
_WHITESPACE = re.compile(r"\s+")
_SHOWN_ESCAPE = re.compile(f"[{_SURROGATES}{_CONTROL}{_LINE_BREAKS}{_FORMAT}\t\n\r]")


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def _drop_invisible(match: re.Match[str]) -> str:
    """Drop a run of controls or format characters; keep ZWJ/ZWNJ between two letters."""
    run = match.group(0)
    text, start, end = match.string, match.start(), match.end()
    between_letters = (
        start > 0 and end < len(text) and _is_letter(text[start - 1]) and _is_letter(text[end])
    )
    if not between_letters:
        return ""
    return "".join(c for c in run if c in _JOINERS)


def clean(text: str) -> str:
    """``text`` through the gate (see the module docstring); line breaks are kept."""
    if _NEEDS_WORK.search(text) is None:
        normalized = unicodedata.is_normalized("NFC", text)
        return text if normalized else unicodedata.normalize("NFC", text)
    text = _SURROGATE.sub("\ufffd", text)
    text = _LINE_BREAK.sub("\n", text)
    text = _INVISIBLE.sub(_drop_invisible, text)
    return unicodedata.normalize("NFC", text)


def has_content(text: str) -> bool:
    """True when ``text`` holds at least one letter or digit (of any script)."""
    return _ALNUM.search(text) is not None


def question(text: str | None) -> str:
    """A question as the pipeline reads it: cleaned, whitespace runs made one space.

    Returns ``""`` when nothing searchable is left (only spaces, invisible
    characters, punctuation or emoji), so callers have one emptiness test.
    """
    text = " ".join(_WHITESPACE.split(clean(text or ""))).strip()
    return text if has_content(text) else ""


def embedding_window(text: str, limit: int = EMBED_QUERY_CHARS) -> str:
    """The part of ``text`` a query embedder reads: at most ``limit`` characters.

    Cut at the last space in the final tenth when there is one, so that the
    last word is not cut in half.
    """
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit - limit // 10, limit + 1)
    return text[: cut if cut > 0 else limit].rstrip()


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def file_name(name: str) -> str:
    r"""How a file name is shown in reports and messages: printable, one line, NFC.

    Bytes that were not UTF-8 appear as ``\xNN`` and invisible or control
    characters as ``\uNNNN``, so a name can neither break a line, reorder
    itself on screen nor pass for another name.
    """
    return unicodedata.normalize("NFC", _SHOWN_ESCAPE.sub(_shown, name))


def decode(data: bytes) -> str:
    """Bytes from outside (a form, a cell, a pipe) as clean text: UTF-8, bad bytes as U+FFFD."""
    return clean(data.decode("utf-8-sig", errors="replace"))
