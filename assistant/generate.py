"""Generators turn a question and retrieved passages into answer text.

A :class:`Generator` has one method. The offline default,
:class:`ExtractiveGenerator`, writes no words of its own: it picks the
sentences of the retrieved passages that are closest in meaning to the
question and joins them, each followed by the marker of the passage it comes
from. It needs no model beyond the embedder the retriever already loaded, so
it runs on any machine. LLM backends (LangChain chat models) plug in here
later, behind the same protocol.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from assistant.embeddings import Embedder
from assistant.types import Hit

_SENTENCE = re.compile(r"[^.!?؟\n]+(?:[.!?؟]+[\"'”’)\]]*|$)", re.M)
_MARKUP = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)|\*\*|__|`")


@dataclass(frozen=True)
class Draft:
    """Generated text and the markers (1-based passage numbers) it cites."""

    text: str
    cited: tuple[int, ...]


class Generator(Protocol):
    """Writes an answer to ``question`` in ``language`` from numbered passages."""

    id: str
    prompt_version: str

    def generate(self, question: str, language: str, passages: Sequence[Hit]) -> Draft:
        """Passage ``i`` (0-based) is cited as ``[i + 1]``."""
        ...


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a passage, with Markdown markup removed."""
    sentences = []
    for line in text.splitlines():
        clean = _MARKUP.sub("", line).strip()
        for match in _SENTENCE.finditer(clean):
            sentence = match.group(0).strip()
            if len(sentence) >= 20:
                sentences.append(sentence)
    return sentences


class ExtractiveGenerator:
    """Offline, grounded: answers with the passages' own sentences, never invented text."""

    id = "extractive"
    prompt_version = "extractive-v1"

    def __init__(self, embedder: Embedder, max_sentences: int = 4, max_passages: int = 3):
        self.embedder = embedder
        self.max_sentences = max_sentences
        self.max_passages = max_passages

    def generate(self, question: str, language: str, passages: Sequence[Hit]) -> Draft:
        """Pick the sentences closest to the question, in reading order, with markers."""
        candidates: list[tuple[int, int, str]] = []  # (passage index, position, sentence)
        for index, hit in enumerate(passages[: self.max_passages]):
            for position, sentence in enumerate(split_sentences(hit.chunk.text)):
                candidates.append((index, position, sentence))
        if not candidates:
            return Draft("", ())
        vectors = self.embedder.embed_documents([s for _, _, s in candidates])
        similarity = vectors @ self.embedder.embed_query(question)
        # Prefer better-ranked passages and, within a language tie, the learner's.
        prior = np.array(
            [
                -0.02 * index + (0.03 if passages[index].chunk.language == language else 0.0)
                for index, _, _ in candidates
            ]
        )
        scores = similarity + prior
        # Keep the best sentences, but none in the lower half of the score range.
        floor = (scores.max() + float(np.median(scores))) / 2 if len(scores) > 2 else -np.inf
        order = [i for i in np.argsort(-scores, kind="stable") if scores[i] >= floor]
        order = order[: self.max_sentences]
        chosen = sorted((candidates[i] for i in order), key=lambda c: (c[0], c[1]))
        parts = [f"{sentence} [{index + 1}]" for index, _, sentence in chosen]
        cited = tuple(sorted({index + 1 for index, _, _ in chosen}))
        return Draft(" ".join(parts), cited)
