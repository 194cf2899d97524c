"""Text out of a Word .docx in one streaming pass, within unpacking limits.

A .docx is a ZIP archive of XML parts. Before anything is unpacked, the
archive's declared sizes are checked (:class:`ZipLimits`): too many parts, too
many bytes once unpacked, or a large part compressed beyond any real document's
ratio is refused as a zip bomb. Python's ``zipfile`` never returns more than a
part's declared size, so the check bounds what is read.

The main part is streamed through lxml's ``iterparse`` with entities left
unresolved, no network and libxml2's default limits kept (depth 256, 10 MB text
nodes, entity amplification), so billion-laughs, external entities and deep
nesting fail fast with a reason. Each body-level paragraph or table is read
once and dropped, so time and memory are linear in the document whatever its
length. Style ids are mapped to heading levels once per document; python-docx,
used before, resolved each paragraph's style with an XPath search over all
styles (about 0.8 ms a paragraph: 158 s for 200,000 empty paragraphs).

Only the standard library, lxml and :mod:`assistant.errors`: the loaders build
the document from what :func:`read_docx` returns.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from typing import IO, Any

from assistant.errors import DocumentError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
#: Elements that only wrap body-level blocks (content controls, custom XML).
_WRAPPERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"})
_TEXT_TAGS = (f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr")


@dataclass(frozen=True)
class ZipLimits:
    """What a .docx may unpack to; checked on the declared sizes before reading."""

    unzipped_bytes: int = 100_000_000
    #: Parts over ``ratio_from_bytes`` must not be compressed more than this: a deflate
    #: bomb reaches about 1000:1, text XML 5-30:1, synthetic repetitive XML a few hundred.
    max_ratio: int = 200
    ratio_from_bytes: int = 10_000_000
    max_members: int = 10_000


@dataclass
class WordText:
    """What a .docx says: (heading level or 0, text) per paragraph and table row."""

    parts: list[tuple[int, str]] = field(default_factory=list)
    title: str = ""


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )


def _check(members: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    if len(members) > limits.max_members:
        raise DocumentError(f"DOCX with {len(members)} parts: more than {limits.max_members}")
    total = sum(m.file_size for m in members)
    if total > limits.unzipped_bytes:
        raise DocumentError(
            f"DOCX unpacks to {total / 1e6:.0f} MB, more than the "
            f"{limits.unzipped_bytes / 1e6:.0f} MB allowed (ASSISTANT_MAX_UNZIPPED_MB)"
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > limits.ratio_from_bytes and ratio > limits.max_ratio:
            raise DocumentError(
                f"DOCX part {member.filename!r} is compressed {ratio:.0f}:1 (more than "
                f"{limits.max_ratio}:1): refused as a zip bomb"
            )


def _part(archive: zipfile.ZipFile, name: str) -> Any | None:
    """A small XML part (relationships, styles, properties) parsed, or None if absent."""
    from lxml import etree

    try:
        data = archive.read(name)
    except KeyError:
        return None
    return etree.fromstring(data, _parser())


def _targets(archive: zipfile.ZipFile, rels: str, base: str) -> dict[str, str]:
    """Relationship type (its last path segment) -> part name, from a ``.rels`` part."""
    root = _part(archive, rels)
    targets: dict[str, str] = {}
    for rel in root.iter(_RELATIONSHIP) if root is not None else ():
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if kind and target and rel.get("TargetMode") != "External":
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
            targets.setdefault(kind, posixpath.normpath(path))
    return targets


def _heading_level(style_name: str) -> int:
    """1 for 'Title', N for 'Heading N' (6 at most, 2 without a number), else 0."""
    name = style_name.strip().lower()
    if name == "title":
        return 1
    if name.startswith("heading"):
        digits = name.removeprefix("heading").strip()
        return min(int(digits), 6) if digits.isdigit() else 2
    return 0


def _styles(root: Any | None) -> tuple[dict[str, int], int]:
    """Heading level per paragraph style id, and that of the default paragraph style."""
    levels: dict[str, int] = {}
    default = 0
    for style in root.iterchildren(f"{_W}style") if root is not None else ():
        name = style.find(f"{_W}name")
        level = _heading_level(name.get(f"{_W}val", "") if name is not None else "")
        levels[style.get(f"{_W}styleId", "")] = level
        if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true"):
            default = level
    return levels, default


def _text(element: Any) -> str:
    """A paragraph's or cell's text as Word shows it: tabs and line breaks kept."""
    if len(element) == 0:  # an empty paragraph: nothing to walk
        return ""
    pieces = []
    for node in element.iter(*_TEXT_TAGS):
        if node.tag == f"{_W}t":
            pieces.append(node.text or "")
        else:
            pieces.append("\t" if node.tag == f"{_W}tab" else "\n")
    return "".join(pieces)


def _in_body(element: Any) -> bool:
    """True for a block directly in the body (content controls around it allowed)."""
    parent = element.getparent()
    while parent is not None and parent.tag in _WRAPPERS:
        parent = parent.getparent()
    return parent is not None and parent.tag == f"{_W}body"


def _blocks(stream: IO[bytes], levels: dict[str, int], default: int) -> list[tuple[int, str]]:
    """(level, text) per body paragraph and table row, streaming, each block dropped once read."""
    from lxml import etree

    parts: list[tuple[int, str]] = []
    events = etree.iterparse(
        stream, events=("end",), tag=(f"{_W}p", f"{_W}tbl"),
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
    )
    for _event, element in events:
        if not _in_body(element):
            continue  # a paragraph in a table cell: read with its table
        if element.tag == f"{_W}p":
            style = element.find(f"{_W}pPr/{_W}pStyle")
            level = default if style is None else levels.get(style.get(f"{_W}val", ""), 0)
            parts.append((level, _text(element)))
        else:
            for row in element.iterchildren(f"{_W}tr"):
                cells = (_text(cell).strip() for cell in row.iterchildren(f"{_W}tc"))
                parts.append((0, " | ".join(cells)))
        element.clear(keep_tail=True)
        parent = element.getparent()
        while element.getprevious() is not None:
            del parent[0]
    return parts


def read_docx(data: bytes, limits: ZipLimits | None = None) -> WordText:
    """The text of a .docx: paragraphs (Title/Heading N styles as headings) and table rows.

    Raises :class:`DocumentError` with the reason for anything that is not a
    readable document within ``limits``.
    """
    from lxml import etree

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        _check(archive.infolist(), limits or ZipLimits())
        package = _targets(archive, "_rels/.rels", "")
        main = package.get("officeDocument", "word/document.xml")
        folder = posixpath.dirname(main)
        rels = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
        styles = _targets(archive, rels, folder).get("styles", posixpath.join(folder, "styles.xml"))
        levels, default = _styles(_part(archive, styles))
        try:
            stream = archive.open(main)
        except KeyError:
            raise DocumentError("not a Word document (no main document part)") from None
        with stream:
            parts = _blocks(stream, levels, default)
        core = _part(archive, package.get("core-properties", "docProps/core.xml"))
        title_element = core.find(_DC_TITLE) if core is not None else None
        title = (title_element.text or "") if title_element is not None else ""
    except DocumentError:
        raise
    except zipfile.BadZipFile as exc:
        raise DocumentError(f"corrupt or unreadable DOCX (not a valid ZIP archive): {exc}") from exc
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"corrupt or unreadable DOCX (bad XML): {exc}") from exc
    except RecursionError as exc:
        raise DocumentError("corrupt or unreadable DOCX: nested too deeply") from exc
    except Exception as exc:  # zlib.error, struct.error, bad seeks: a damaged archive
        raise DocumentError(f"corrupt or unreadable DOCX: {type(exc).__name__}: {exc}") from exc
    return WordText(parts, title.strip())
