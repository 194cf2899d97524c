"""Heading-aware chunking: parsed blocks -> :class:`~assistant.types.Chunk`.

A chunk never crosses a heading, so every chunk belongs to exactly one section
and a citation can name that section. Paragraphs of one section are packed
into chunks of about ``chunk_chars`` characters; a paragraph longer than that
is cut at sentence ends. Chunk text is always an exact slice of the document
text, so ``text[start:end] == chunk.text`` holds for every chunk.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.rag.loaders import Block, ParsedDocument
from assistant.types import Chunk

#: Bump when chunking changes, so that an existing index is re-chunked.
CHUNKER_VERSION = "1"

#: The end of a sentence: punctuation, closing quotes, then space ("2.5" is not an end).
SENTENCE_END = re.compile(r"(?<=[.!?؟。])[\"'”’)\]]*\s+")
#: Markdown list markers, quote marks and emphasis, removed from sentences.
_MARKUP = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)|\*\*|__|`")


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a passage (20+ characters), with Markdown markup removed.

    What the extractive answer compares with a question; their vectors are
    cached by content (see :mod:`assistant.rag.vector_cache`).
    """
    sentences = []
    for line in text.splitlines():
        clean = _MARKUP.sub("", line).strip()
        for piece in SENTENCE_END.split(clean):
            sentence = piece.strip()
            if len(sentence) >= 20:
                sentences.append(sentence)
    return sentences


def slugify(title: str) -> str:
    """'Why ethics matters!' -> 'why-ethics-matters' (Arabic letters are kept)."""
    folded = unicodedata.normalize("NFKD", title.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    slug = re.sub(r"[^\w]+", "-", folded, flags=re.UNICODE).strip("-_")
    return slug or "section"


def sha256(data: bytes | str) -> str:
    """Hex SHA-256 of bytes or UTF-8 text."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class DocumentInfo:
    """Identity of the document being chunked.

    ``path`` is the file relative to the ingested folder; ``source`` its
    provenance (``course``, ``instructor`` or ``local``), also the prefix of
    ``doc_id``. Chunk ids derive from ``doc_id`` and the content hash, so they
    are stable across re-ingests of the same text and never shared by sources.
    """

    doc_id: str
    doc_hash: str
    title: str
    module: str
    language: str
    path: str
    source: str


def _hard_cuts(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut text[start:end] at spaces into spans of at most ``limit`` (run-on text)."""
    while end - start > limit:
        space = text.rfind(" ", start + 1, start + limit)
        cut = space if space > start else start + limit
        yield start, cut
        start = cut
    yield start, end


def _pieces(text: str, block: Block, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) spans of a paragraph, cut at sentence ends when it exceeds ``limit``."""
    if block.end - block.start <= limit:
        yield block.start, block.end
        return
    cuts = [block.start + m.end() for m in SENTENCE_END.finditer(block.text)]
    start = last = block.start
    spans = []
    for cut in [*cuts, block.end]:
        if cut - start > limit and last > start:
            spans.append((start, last))
            start = last
        last = cut
    spans.append((start, block.end))
    for span_start, span_end in spans:
        yield from _hard_cuts(text, span_start, span_end, 2 * limit)


def chunk_document(document: ParsedDocument, info: DocumentInfo, chunk_chars: int) -> list[Chunk]:
    """Cut a parsed document into section-bounded chunks of about ``chunk_chars``."""
    text = document.text
    chunks: list[Chunk] = []
    headings: list[Block] = []
    pending: list[tuple[int, int]] = []

    def section() -> tuple[str, tuple[str, ...]]:
        path = tuple(h.text for h in headings)
        if not headings:
            return "", path
        deepest = headings[-1]
        return deepest.anchor or slugify(deepest.text), path

    def flush() -> None:
        if not pending:
            return
        start, end = pending[0][0], pending[-1][1]
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        body = text[start:end]
        section_id, path = section()
        number = len(chunks)
        chunks.append(
            Chunk(
                chunk_id=f"{info.doc_id}::{info.doc_hash[:12]}::{number:04d}",
                doc_id=info.doc_id,
                text=body,
                title=info.title,
                module=info.module,
                language=info.language,
                section_id=section_id,
                section_path=path,
                start=start,
                end=end,
                content_hash=sha256(body),
                doc_hash=info.doc_hash,
                source=info.source,
                path=info.path,
            )
        )
        pending.clear()

    for block in document.blocks:
        if block.level > 0:
            flush()
            while headings and headings[-1].level >= block.level:
                headings.pop()
            headings.append(block)
            continue
        for span in _pieces(text, block, chunk_chars):
            if pending and span[1] - pending[0][0] > chunk_chars:
                flush()
            pending.append(span)
    flush()
    return chunks


def document_title(document: ParsedDocument, fallback: str) -> str:
    """Front-matter title, else the first level-1 heading, else ``fallback``."""
    title = document.metadata.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    for block in document.blocks:
        if block.level == 1:
            return block.text
    return fallback
