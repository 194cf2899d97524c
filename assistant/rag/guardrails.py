"""Text rules that keep generated answers grounded and the passages inert.

Three jobs, all plain string work with no model:

* **Instructions inside documents are data.** :func:`remove_instructions`
  drops the sentences of a passage that address an AI system ("ignore the
  previous instructions…", "you are now…", "réponds uniquement…", "تجاهل
  التعليمات…"), and HTML comments, before a passage reaches a generator. The
  prompt also tells the model to treat passages as data; this filter is the
  second wall, and the only one for the extractive generator, which would
  otherwise quote such a sentence verbatim.
* **Citations are checked after generation.** :func:`check_markers` keeps the
  ``[n]`` markers that point at a passage the generator was given and removes
  the others, reporting both.
* **Model replies are parsed tolerantly.** :func:`is_decline` recognises the
  agreed "not in the course" reply however a small model decorates it, and
  :func:`clean_reply` removes boilerplate such as a leading "Answer:".

The patterns are deliberately narrow (imperatives aimed at the assistant), so
ordinary course sentences such as "staff should ignore unverified claims" are
kept; tests hold examples of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE = re.compile(r"[^.!?؟\n]+(?:[.!?؟]+|$)", re.M)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)

_INJECTION_PATTERNS = [
    # English
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules|guidelines|system message)\b",
    r"\byou are now\b",
    r"\b(reply|respond|answer|output|say)\b.{0,15}\bonly\b.{0,15}\bwith\b",
    r"\bnew instructions?\b",
    r"\b(pretend|act) (to be|as)\b.{0,40}\b(ai|assistant|model|chatbot)\b",
    r"^\s*(system|assistant)\s*:",
    r"\b(ai|assistant|language model|chatbot)s?\b.{0,30}\b(must|should) (now )?(reply|respond|say|output|ignore)\b",
    # French
    r"\b(ignore[rz]?|oublie[rz]?)\b.{0,40}\b(instructions?|consignes?|règles)\b",
    r"\btu es (désormais|maintenant)\b|\bvous êtes (désormais|maintenant)\b",
    r"\b(réponds|répondez|réponde)\b.{0,20}\b(uniquement|seulement)\b",
    # Spanish
    r"\b(ignora|ignore|ignorad|olvida|olvide)\b.{0,40}\b(instrucciones|reglas|indicaciones)\b",
    r"\bahora eres\b|\bahora usted es\b",
    r"\b(responde|responda|contesta)\b.{0,20}\b(solo|solamente|únicamente)\b",
    # Portuguese
    r"\b(ignora|ignore|ignorem|esquece|esqueça)\b.{0,40}\b(instruções|regras|orientações)\b",
    r"\b(agora és|você agora é|agora você é)\b",
    r"\b(responde|responda|respondam)\b.{0,20}\b(apenas|somente|só)\b",
    # Arabic
    r"(تجاهل|تجاهلي|تجاهلوا|انس|انسَ)\s.{0,40}(التعليمات|الأوامر|القواعد|التوجيهات)",
    r"أنت الآن",
    r"(أجب|اجب|أجيبي|رد)\s.{0,20}(فقط|حصرا|حصرًا)",
]
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _INJECTION_PATTERNS), re.IGNORECASE | re.M)

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


def looks_like_instruction(sentence: str) -> bool:
    """True when ``sentence`` addresses an AI system with an instruction."""
    return bool(_INJECTION.search(sentence))


def remove_instructions(text: str) -> tuple[str, list[str]]:
    """``text`` without instruction-like sentences and HTML comments, and what was removed."""
    removed = [m.group(0).strip() for m in _HTML_COMMENT.finditer(text)]
    text = _HTML_COMMENT.sub(" ", text)
    kept_lines = []
    for line in text.splitlines():
        kept = []
        for match in _SENTENCE.finditer(line):
            sentence = match.group(0)
            if looks_like_instruction(sentence):
                removed.append(sentence.strip())
            else:
                kept.append(sentence)
        kept_lines.append("".join(kept).rstrip() if kept else "")
    return "\n".join(kept_lines).strip(), removed


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
