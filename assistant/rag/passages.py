"""Retrieved passages on their way to a generator, and the citations made from them.

* :func:`pick`: the passages to answer from, the learner's language first when
  such a passage is about as good as the best one;
* :func:`sanitize`: the passages made inert (instruction-like and planted
  sentences removed, see :mod:`assistant.rag.guardrails`), with the flags an
  instructor sees for what went (never the text);
* :func:`citation`: what a learner sees for a cited passage: its titles, a
  short snippet and the whole passage.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from assistant.rag import guardrails
from assistant.types import Citation, Hit, RetrievalResult

log = logging.getLogger(__name__)

#: How far (in fused-score units, roughly standard deviations) a passage in the
#: learner's language may trail the best passage and still be preferred.
SAME_LANGUAGE_MARGIN = 1.0
SNIPPET_CHARS = 320


def pick(result: RetrievalResult, language: str) -> list[Hit]:
    """Passages in the learner's language when about as good as the best; else the best."""
    if not result.hits:
        return []
    best = result.hits[0].score
    same_language = [
        h
        for h in result.hits
        if h.chunk.language == language and h.score >= best - SAME_LANGUAGE_MARGIN
    ]
    return same_language or list(result.hits)


def sanitize(
    hits: Sequence[Hit], trusted: guardrails.TrustedReferences
) -> tuple[list[Hit], list[str]]:
    """Passages made safe to show, and the flags for what was removed from them.

    Normalised, without instruction-like or planted sentences (requests to pay,
    send data or log in; links the course does not contain).
    """
    clean: list[Hit] = []
    instructions = planted = 0
    for hit in hits:
        result = guardrails.sanitize(hit.chunk.text, trusted)
        instructions += len(result.instructions)
        planted += len(result.planted)
        same = result.text == hit.chunk.text
        clean.append(hit if same else replace(hit, chunk=replace(hit.chunk, text=result.text)))
    flags = []
    if instructions:
        flags.append("instructions_removed")
        log.warning("Removed %d instruction-like sentence(s) from retrieved passages", instructions)
    if planted:
        flags.append("planted_content")
        log.warning("Removed %d planted sentence(s) (payment, personal data, login or unknown "
                    "link) from retrieved passages", planted)
    return clean, flags


def snippet(text: str) -> str:
    """``text`` on one line, cut at a word before :data:`SNIPPET_CHARS` characters."""
    text = " ".join(text.split())
    if len(text) <= SNIPPET_CHARS:
        return text
    cut = text.rfind(" ", 0, SNIPPET_CHARS)
    return text[: cut if cut > 0 else SNIPPET_CHARS] + " …"


def citation(marker: int, hit: Hit) -> Citation:
    """The citation a learner sees for passage ``hit``, cited as ``[marker]``."""
    chunk = hit.chunk
    return Citation(
        marker=marker,
        document=chunk.doc_id,
        section=chunk.section_id,
        section_title=chunk.section_path[-1] if chunk.section_path else chunk.title,
        title=chunk.title,
        language=chunk.language,
        snippet=snippet(chunk.text),
        passage=chunk.text,
        source=chunk.source,
    )
