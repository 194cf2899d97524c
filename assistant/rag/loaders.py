"""File loaders: one function per format, each turning bytes into blocks.

A loader returns a :class:`ParsedDocument`: the document's text, its front
matter, and a flat list of :class:`Block` (headings and paragraphs) with
character offsets into that text. Markdown and plain text keep the file's own
text, so offsets point into the file; for PDF, DOCX and HTML the text is the
extracted text (blocks joined by blank lines) and offsets point into that.

Every problem with one file becomes a :class:`~assistant.errors.DocumentError`
whose message is the reason shown to the user; the ingest pipeline reports it
and moves on to the next file.

Hostile input. Every text goes through :func:`assistant.textnorm.clean`. Bytes
that claim to be text are sniffed first (magic numbers, NUL bytes, control
characters), so a binary file named ``.md`` is refused as binary, not indexed
as garbage. Every parser here runs in time linear in its input: headings are
matched without a backtracking pattern, HTML is walked once, DOCX styles are
resolved once per document instead of once per paragraph, and a DOCX is
checked against its declared sizes before it is unpacked and streamed without
entity expansion (see :mod:`assistant.rag.docx_reader`). Time and memory limits
are not set here: the
ingest pipeline runs these functions in worker processes that have them (see
:mod:`assistant.rag.isolation`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

import yaml

from assistant import textnorm
from assistant.errors import DocumentError
from assistant.rag.docx_reader import ZipLimits, read_docx


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


#: ``# Title {#anchor} ##``: the hashes and the rest of the line; the rest is split in code.
_HEADING = re.compile(r"(#{1,6})[ \t]+(.*)\Z")
_ANCHOR = re.compile(r"\{#([A-Za-z0-9_-]+)\}\Z")
_FENCE = re.compile(r"^(```|~~~)")
_SPACES = re.compile(r"[ \t]+")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)

#: Leading bytes of binary formats people drop into a folder of documents.
_MAGIC = {
    b"%PDF-": "a PDF",
    b"PK\x03\x04": "a ZIP archive (DOCX, XLSX, ODT ...)",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc, .xls)",
    b"\x7fELF": "a program",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"SQLite format 3\x00": "an SQLite database",
    b"{\\rtf": "an RTF document",
}
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: Bytes that never appear in text: C0 controls other than tab, LF, VT, FF, CR, ESC.
_CONTROL_BYTES = bytes([*range(0, 9), 14, 15, *range(16, 27), 28, 29, 30, 31])
#: Share of such bytes above which a file is binary, not text with a stray control.
_MAX_CONTROL_SHARE = 0.01


def _binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text (a known binary format, NUL or control bytes), or None."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({what}), not text"
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls > _MAX_CONTROL_SHARE * len(sample):
        return "binary data, not text (NUL or control bytes)"
    return None


def _guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's best guess for bytes that are not UTF-8 (None: not text)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    return None if best is None else str(best.encoding)


def decode_text(data: bytes, name: str) -> str:
    """Text from the bytes of a text file (UTF-8, or UTF-16/32 with a byte-order mark).

    Binary data and text in legacy encodings are refused with a reason that says
    what the file seems to be and how to fix it.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DocumentError(f"invalid {codec.upper()} text (byte {exc.start})") from exc
    binary = _binary_reason(data)
    if binary is not None:
        if b"\x00" in data[:65536] and (_guess_encoding(data) or "").startswith("utf_16"):
            binary = "UTF-16 text without a byte-order mark"
        shown = textnorm.file_name(name)
        raise DocumentError(f"{binary}: save {shown} as UTF-8 text or use a supported format")
    return decode_utf8(data, name)


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is allowed) or explain how to fix the file."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        name = textnorm.file_name(name)
        guess = _guess_encoding(data)
        if guess is None:
            raise DocumentError(
                f"binary data, not text (byte {exc.start} is not UTF-8 and no text encoding "
                f"fits): check that {name} is really a text file"
            ) from exc
        raise DocumentError(
            f"not UTF-8 text (byte {exc.start}; it looks like {guess}): "
            f"save {name} with UTF-8 encoding"
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


def heading(line: str) -> tuple[int, str, str] | None:
    """``(level, title, anchor)`` of an ATX heading line (no line break), else None.

    ``## Title {#id} ##``: trailing hashes and spaces are dropped, then an anchor.
    Written as code rather than one regular expression: the pattern it replaces
    backtracked cubically on a heading followed by a long run of spaces.
    """
    match = _HEADING.match(line)
    if match is None:
        return None
    rest = match.group(2).rstrip(" \t").rstrip("#").rstrip(" \t")
    anchor = _ANCHOR.search(rest)
    if anchor is not None:
        rest = rest[: anchor.start()]
    return len(match.group(1)), rest.strip(), anchor.group(1) if anchor else ""


def _front_matter(source: str) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(source) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(f"invalid YAML front matter: {exc}") from exc
    except RecursionError as exc:
        raise DocumentError("invalid YAML front matter: nested too deeply") from exc
    if not isinstance(loaded, dict):
        raise DocumentError("front matter must be a YAML mapping (key: value lines)")
    return loaded


def parse_markdown(text: str) -> ParsedDocument:
    """Markdown with optional YAML front matter; headings may carry ``{#id}`` anchors."""
    metadata: dict[str, Any] = {}
    body_start = 0
    match = _FRONT_MATTER.match(text)
    if match:
        metadata = _front_matter(match.group(1))
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
        found = None if in_fence else heading(stripped)
        if found:
            close_paragraph(position)
            level, title, anchor = found
            blocks.append(Block(level, title, position, position + len(stripped), anchor))
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
        if not part or part.isspace():
            continue
        part = _SPACES.sub(" ", textnorm.clean(part)).strip()
        if not part:
            continue
        if pieces:
            pieces.append("\n\n")
            offset += 2
        blocks.append(Block(level, part, offset, offset + len(part), textnorm.clean(anchor)))
        pieces.append(part)
        offset += len(part)
    return ParsedDocument(text="".join(pieces), blocks=blocks)


_HTML_SKIPPED = frozenset({"script", "style", "noscript", "nav", "template", "head"})
_HTML_BLOCKS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "blockquote", "td", "th"}
)


def _html_children(stack: list[Iterator[Any]]) -> Iterator[Any]:
    """Pop children off a stack of child iterators, depth first, without recursion."""
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        else:
            yield child


def _html_blocks(root: Any) -> Iterator[Any]:
    """The outermost block elements below ``root`` in document order (dropped tags skipped).

    A block takes the text of everything below it (a paragraph nested in a list
    item is part of the item), so its subtree is not walked.
    """
    from bs4 import Tag

    stack = [iter(root.contents)]
    for child in _html_children(stack):
        if isinstance(child, Tag) and child.name not in _HTML_SKIPPED:
            if child.name in _HTML_BLOCKS:
                yield child
            else:
                stack.append(iter(child.contents))


def _html_strings(root: Any) -> Iterator[str]:
    """The visible strings below ``root``: no dropped tags, comments or declarations."""
    from bs4 import CData, NavigableString, Tag

    stack = [iter(root.contents)]
    for child in _html_children(stack):
        if isinstance(child, Tag):
            if child.name not in _HTML_SKIPPED:
                stack.append(iter(child.contents))
        elif type(child) in (NavigableString, CData):
            yield str(child)


def parse_html(text: str) -> ParsedDocument:
    """HTML: headings h1-h6 and text blocks; scripts, styles and navigation dropped.

    One walk over the tree, so time is linear in the page whatever its nesting
    (asking every element for its ancestors, as before, was quadratic in the
    depth that unclosed tags build).
    """
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(text, "html.parser")
    title_tag = soup.find("title")
    title = title_tag.get_text(strip=True) if isinstance(title_tag, Tag) else ""
    parts: list[tuple[int, str, str]] = []
    for element in _html_blocks(soup):
        name = element.name
        level = int(name[1]) if name[0] == "h" and name[1:].isdigit() else 0
        content = " ".join(s for s in (p.strip() for p in _html_strings(element)) if s)
        parts.append((level, content, str(element.get("id") or "") if level else ""))
    if not parts:  # no block markup at all: fall back to the visible text
        parts = [(0, p, "") for p in "\n".join(_html_strings(soup)).split("\n\n")]
    document = _join(parts)
    if title:
        document.metadata["title"] = textnorm.clean(title)
    return document


def parse_pdf(data: bytes) -> ParsedDocument:
    """PDF: one section per page ('Page N'), paragraphs from the extracted text."""
    from pypdf import PdfReader

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
    except RecursionError as exc:
        raise DocumentError("corrupt or unreadable PDF: objects nested too deeply") from exc
    except Exception as exc:  # pypdf raises many types on damaged files
        raise DocumentError(f"corrupt or unreadable PDF: {reason(exc)}") from exc
    document = _join(parts)
    if title:
        document.metadata["title"] = textnorm.clean(title)
    return document


def reason(exc: BaseException) -> str:
    """A short, printable reason from a library exception."""
    text = textnorm.file_name(" ".join(str(exc).split()))[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def parse_docx(data: bytes, limits: ZipLimits | None = None) -> ParsedDocument:
    """Word .docx: 'Title' and 'Heading N' styles become headings; tables one line per row."""
    word = read_docx(data, limits)
    document = _join([(level, text, "") for level, text in word.parts])
    if word.title:
        document.metadata["title"] = textnorm.clean(word.title)
    return document


def _text_loader(
    parse_text_: Callable[[str], ParsedDocument],
) -> Callable[[bytes, str, ZipLimits], ParsedDocument]:
    return lambda data, name, _limits: parse_text_(textnorm.clean(decode_text(data, name)))


#: File suffix -> loader(bytes, file name, limits). Add a format by adding a line.
LOADERS: dict[str, Callable[[bytes, str, ZipLimits], ParsedDocument]] = {
    ".md": _text_loader(parse_markdown),
    ".markdown": _text_loader(parse_markdown),
    ".txt": _text_loader(parse_text),
    ".html": _text_loader(parse_html),
    ".htm": _text_loader(parse_html),
    ".pdf": lambda data, _name, _limits: parse_pdf(data),
    ".docx": lambda data, _name, limits: parse_docx(data, limits),
}


def check_file(path: Path, max_bytes: int) -> None:
    """Reject unsupported, empty or oversized files before reading them."""
    if path.suffix.lower() not in LOADERS:
        supported = ", ".join(sorted(LOADERS))
        suffix = textnorm.file_name(path.suffix) or "(none)"
        raise DocumentError(f"unsupported file type {suffix!r}; use {supported}")
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentError(
            f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB): split the file "
            "or raise ASSISTANT_MAX_FILE_MB"
        )
    if size == 0:
        raise DocumentError("empty file")


def _clean_metadata(value: Any, seen: dict[int, Any]) -> Any:
    """Front matter with every string cleaned; shared YAML aliases are visited once."""
    if isinstance(value, str):
        return textnorm.clean(value)
    if not isinstance(value, dict | list):
        return value
    if id(value) in seen:
        return seen[id(value)]
    if isinstance(value, list):
        out_list: list[Any] = []
        seen[id(value)] = out_list
        out_list.extend(_clean_metadata(v, seen) for v in value)
        return out_list
    out_dict: dict[Any, Any] = {}
    seen[id(value)] = out_dict
    for key, item in value.items():
        out_dict[_clean_metadata(key, seen)] = _clean_metadata(item, seen)
    return out_dict


def parse(path: Path | str, data: bytes, limits: ZipLimits | None = None) -> ParsedDocument:
    """Parse the bytes of ``path`` (already checked), or raise DocumentError."""
    name = PurePath(path).name
    document = LOADERS[PurePath(name).suffix.lower()](data, name, limits or ZipLimits())
    document.metadata = _clean_metadata(document.metadata, {})
    if not any(block.level == 0 and textnorm.has_content(block.text) for block in document.blocks):
        raise DocumentError("no text found (empty, or a scanned PDF without a text layer)")
    return document
