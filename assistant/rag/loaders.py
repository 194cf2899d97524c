"""File loaders: one function per format, each turning bytes into blocks.

A loader returns a :class:`ParsedDocument`: the document's text, its front
matter, and a flat list of :class:`Block` (headings and paragraphs) with
character offsets into that text. Markdown and plain text keep the file's own
text, so offsets point into the file; for PDF, DOCX and HTML the text is the
extracted text (blocks joined by blank lines) and offsets point into that.

Every problem with one file becomes a :class:`~assistant.errors.DocumentError`
whose message is the reason shown to the user; the ingest pipeline reports it
and moves on to the next file.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import DocumentError


@dataclass(frozen=True)
class Block:
    """A heading (level 1-6) or a paragraph (level 0) and where it sits in the text."""

    level: int
    text: str
    start: int
    end: int
    anchor: str = ""


@dataclass
class ParsedDocument:
    """What a loader extracted from one file."""

    text: str
    blocks: list[Block]
    metadata: dict[str, Any] = field(default_factory=dict)


_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*(?:\{#([A-Za-z0-9_-]+)\})?[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^(```|~~~)")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is allowed) or explain how to fix the file."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"not UTF-8 text (byte {exc.start}): save {name} with UTF-8 encoding"
        ) from exc


def _paragraph_blocks(text: str, start: int, end: int) -> list[Block]:
    """Split text[start:end] into paragraphs at blank lines, keeping offsets."""
    blocks: list[Block] = []

    def emit(piece_start: int, piece_end: int) -> None:
        piece = text[piece_start:piece_end]
        stripped = piece.strip()
        if stripped:
            first = piece_start + len(piece) - len(piece.lstrip())
            blocks.append(Block(0, stripped, first, first + len(stripped)))

    position = start
    for match in re.finditer(r"\n[ \t]*\n", text[start:end]):
        emit(position, start + match.start())
        position = start + match.end()
    emit(position, end)
    return blocks


def parse_markdown(text: str) -> ParsedDocument:
    """Markdown with optional YAML front matter; headings may carry ``{#id}`` anchors."""
    metadata: dict[str, Any] = {}
    body_start = 0
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            raise DocumentError(f"invalid YAML front matter: {exc}") from exc
        if not isinstance(loaded, dict):
            raise DocumentError("front matter must be a YAML mapping (key: value lines)")
        metadata = loaded
        body_start = match.end()

    blocks: list[Block] = []
    in_fence = False
    para_start: int | None = None
    position = body_start
    lines = text[body_start:].splitlines(keepends=True)

    def close_paragraph(end: int) -> None:
        nonlocal para_start
        if para_start is not None:
            blocks.extend(_paragraph_blocks(text, para_start, end))
            para_start = None

    for line in lines:
        stripped = line.rstrip("\r\n")
        if _FENCE.match(stripped.strip()):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(stripped)
        if heading:
            close_paragraph(position)
            title = heading.group(2).strip()
            blocks.append(
                Block(
                    len(heading.group(1)),
                    title,
                    position,
                    position + len(stripped),
                    heading.group(3) or "",
                )
            )
        elif stripped.strip() and para_start is None:
            para_start = position
        position += len(line)
    close_paragraph(len(text))
    return ParsedDocument(text=text, blocks=blocks, metadata=metadata)


def parse_text(text: str) -> ParsedDocument:
    """Plain text: paragraphs separated by blank lines, no headings."""
    return ParsedDocument(text=text, blocks=_paragraph_blocks(text, 0, len(text)))


def _join(parts: list[tuple[int, str, str]]) -> ParsedDocument:
    """Build a document from (level, text, anchor) parts joined by blank lines."""
    pieces: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for level, part, anchor in parts:
        part = re.sub(r"[ \t]+", " ", part).strip()
        if not part:
            continue
        if pieces:
            pieces.append("\n\n")
            offset += 2
        blocks.append(Block(level, part, offset, offset + len(part), anchor))
        pieces.append(part)
        offset += len(part)
    return ParsedDocument(text="".join(pieces), blocks=blocks)


def parse_html(text: str) -> ParsedDocument:
    """HTML: headings h1-h6 and text blocks; scripts, styles and navigation dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    title_tag = soup.find("title")
    title = title_tag.get_text(strip=True) if title_tag is not None else ""
    for tag in soup(["script", "style", "noscript", "nav", "template", "head"]):
        tag.decompose()
    parts: list[tuple[int, str, str]] = []
    block_tags = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "blockquote", "td", "th"]
    for element in soup.find_all(block_tags):
        if element.find_parent(["p", "li", "blockquote", "td", "th"]) is not None:
            continue  # nested block: its text is already in the parent
        content = element.get_text(" ", strip=True)
        level = int(element.name[1]) if element.name[0] == "h" and element.name[1:].isdigit() else 0
        parts.append((level, content, str(element.get("id") or "") if level else ""))
    if not parts:  # no block markup at all: fall back to the visible text
        parts = [(0, p, "") for p in soup.get_text("\n").split("\n\n")]
    document = _join(parts)
    if title:
        document.metadata["title"] = title
    return document


def parse_pdf(data: bytes) -> ParsedDocument:
    """PDF: one section per page ('Page N'), paragraphs from the extracted text."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError("encrypted PDF: save an unprotected copy and ingest that")
        parts: list[tuple[int, str, str]] = []
        for number, page in enumerate(reader.pages, start=1):
            page_text = page.extract_text() or ""
            if page_text.strip():
                parts.append((2, f"Page {number}", f"page-{number}"))
                parts.extend((0, p, "") for p in re.split(r"\n\s*\n", page_text))
        info: Any = reader.metadata or {}
        title = str(info.get("/Title") or "").strip()
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"corrupt or unreadable PDF: {exc}") from exc
    document = _join(parts)
    if title:
        document.metadata["title"] = title
    return document


def parse_docx(data: bytes) -> ParsedDocument:
    """Word .docx: 'Title' and 'Heading N' styles become headings."""
    import zipfile

    import docx

    try:
        word = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"corrupt or unreadable DOCX: {exc}") from exc
    parts: list[tuple[int, str, str]] = []
    for paragraph in word.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        level = 0
        if style == "Title":
            level = 1
        elif style.startswith("Heading"):
            digits = style.removeprefix("Heading").strip()
            level = min(int(digits), 6) if digits.isdigit() else 2
        parts.append((level, paragraph.text, ""))
    for table in word.tables:
        for row in table.rows:
            parts.append((0, " | ".join(cell.text.strip() for cell in row.cells), ""))
    document = _join(parts)
    title = (word.core_properties.title or "").strip()
    if title:
        document.metadata["title"] = title
    return document


def _text_loader(parse: Callable[[str], ParsedDocument]) -> Callable[[bytes, str], ParsedDocument]:
    return lambda data, name: parse(decode_utf8(data, name))


#: File suffix -> loader(bytes, file name). Add a format by adding a line.
LOADERS: dict[str, Callable[[bytes, str], ParsedDocument]] = {
    ".md": _text_loader(parse_markdown),
    ".markdown": _text_loader(parse_markdown),
    ".txt": _text_loader(parse_text),
    ".html": _text_loader(parse_html),
    ".htm": _text_loader(parse_html),
    ".pdf": lambda data, _name: parse_pdf(data),
    ".docx": lambda data, _name: parse_docx(data),
}


def check_file(path: Path, max_bytes: int) -> None:
    """Reject unsupported, empty or oversized files before reading them."""
    if path.suffix.lower() not in LOADERS:
        supported = ", ".join(sorted(LOADERS))
        raise DocumentError(f"unsupported file type {path.suffix or '(none)'!r}; use {supported}")
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentError(
            f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB): split the file "
            "or raise ASSISTANT_MAX_FILE_MB"
        )
    if size == 0:
        raise DocumentError("empty file")


def parse(path: Path, data: bytes) -> ParsedDocument:
    """Parse the bytes of ``path`` (already checked), or raise DocumentError."""
    document = LOADERS[path.suffix.lower()](data, path.name)
    if not any(block.level == 0 for block in document.blocks):
        raise DocumentError("no text found (empty, or a scanned PDF without a text layer)")
    return document
