"""Hostile files against the ingest pipeline: crashes, hangs, time and memory per file.

    python -m benchmarks.fuzz_ingest [--seed 18] [--overhead 5]

Writes a few hundred hostile files into a scratch folder (corrupt, bomb,
billion-laughs and deeply nested DOCX; huge unclosed HTML tables; a
200k-paragraph DOCX; binary garbage named .md/.txt; names that are not UTF-8;
symbolic-link loops; PDFs full of garbage; Markdown that made the old heading
pattern backtrack; YAML alias bombs ...) next to a few good files, then:

1. parses every file alone in a fresh worker under the default limits, recording
   its time, its peak memory and its outcome (document or reason);
2. ingests the whole folder once with the fake embedder, checking the contract:
   no exception escapes, every file is reported, every good file lands.

Goal: 0 crashes, 0 hangs, every file <= 10 s and <= 512 MB, every failure
explained. ``--overhead N`` also times N ingests of the built-in course with
parsers in worker processes against the same parsers in-process.

Results: benchmarks/results/fuzz_ingest.json and .md. The generators are also
used by tests/test_hostile_input.py.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import platform
import random
import resource
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
TIME_GOAL_S = 10.0
MEMORY_GOAL_MB = 512.0

# -- generators ----------------------------------------------------------------


def docx(paragraphs: tuple[str, ...] = ("Hello world",), heading: str | None = None) -> bytes:
    """A valid DOCX made by python-docx."""
    import docx as python_docx

    word = python_docx.Document()
    if heading:
        word.add_heading(heading, level=1)
    for text in paragraphs:
        word.add_paragraph(text)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def docx_with(body: Callable[[bytes], bytes], base: bytes | None = None) -> bytes:
    """``base`` (a valid DOCX) with ``word/document.xml`` rewritten by ``body``."""
    source = zipfile.ZipFile(io.BytesIO(base or docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = body(data)
            target.writestr(info.filename, data)
    return out.getvalue()


def _in_body(xml: bytes, inner: bytes) -> bytes:
    at = xml.index(b"<w:body>") + len(b"<w:body>")
    return xml[:at] + inner + xml[at:]


def docx_paragraphs(count: int, text: str = "") -> bytes:
    """``count`` paragraphs (empty by default) written straight into the XML."""
    run = f"<w:r><w:t>{text}</w:t></w:r>".encode() if text else b""
    return docx_with(lambda xml: _in_body(xml, (b"<w:p>" + run + b"</w:p>") * count))


def docx_malformed(cut: float = 0.5) -> bytes:
    return docx_with(lambda xml: xml[: int(len(xml) * cut)])


def docx_billion_laughs(levels: int = 9) -> bytes:
    entities = ['<!ENTITY lol0 "lol">']
    for level in range(1, levels + 1):
        entities.append(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">')
    dtd = f'<?xml version="1.0"?><!DOCTYPE w:document [{"".join(entities)}]>'.encode()

    def body(xml: bytes) -> bytes:
        start = xml.index(b"<w:document")
        return dtd + xml[start:].replace(b"Hello world", f"&lol{levels};".encode())

    return docx_with(body)


def docx_external_entity() -> bytes:
    dtd = b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'

    def body(xml: bytes) -> bytes:
        return dtd + xml[xml.index(b"<w:document") :].replace(b"Hello world", b"&x;")

    return docx_with(body)


def docx_deep(depth: int) -> bytes:
    return docx_with(lambda xml: _in_body(xml, b"<w:p>" * depth + b"</w:p>" * depth))


def docx_zip_bomb(unpacked_mb: int) -> bytes:
    """A DOCX whose document.xml unpacks to ``unpacked_mb`` MB of spaces (about 1000:1)."""
    return docx_with(lambda xml: _in_body(xml, b" " * (unpacked_mb * 1_000_000)))


def html_unclosed_rows(rows: int) -> bytes:
    """Rows never closed: html.parser nests each in the previous one (depth = rows)."""
    return ("<table>" + "".join(f"<tr><td>cell {i}</td>" for i in range(rows))).encode()


def html_deep(depth: int, tag: str = "div") -> bytes:
    return (f"<{tag}>" * depth + "deep text" + f"</{tag}>" * depth).encode()


def markdown_heading_spaces(spaces: int) -> bytes:
    """The line that made the old heading pattern backtrack (28 s at 400 spaces)."""
    return ("# a" + " " * spaces + "x\n\nSome text.\n").encode()


def yaml_alias_bomb(levels: int = 9) -> bytes:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 9)}]")
    return ("---\n" + "\n".join(lines) + "\n---\n\n# Bomb\n\nText after the front matter.\n").encode()


def yaml_deep(depth: int) -> bytes:
    return ("---\nx: " + "[" * depth + "]" * depth + "\n---\n\nText.\n").encode()


def pdf(lines: tuple[str, ...] = ("Open data guidance for cities.",)) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for number, line in enumerate(lines):
        page.drawString(72, 800 - 20 * number, line)
    page.showPage()
    page.save()
    return out.getvalue()


def pdf_flate_bomb(unpacked_mb: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``unpacked_mb`` MB."""
    import zlib

    stream = zlib.compress(b" " * (unpacked_mb * 1_000_000), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return _pdf_file(objects)


def pdf_cyclic_pages() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]
    return _pdf_file(objects)


def pdf_deep_arrays(depth: int) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * depth + b"]" * depth + b" >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref))
    return out.getvalue()


def mutate(data: bytes, rng: random.Random, flips: int = 20) -> bytes:
    """``data`` with a few bytes overwritten, a slice dropped or garbage inserted."""
    raw = bytearray(data)
    for _ in range(flips):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    if rng.random() < 0.3:
        start = rng.randrange(len(raw))
        del raw[start : start + rng.randrange(1, 2000)]
    if rng.random() < 0.3:
        at = rng.randrange(len(raw))
        raw[at:at] = rng.randbytes(rng.randrange(1, 500))
    return bytes(raw)


GOOD_MARKDOWN = (
    "---\ntitle: Good {n}\n---\n# Good document {n}\n\n## Section {{#s{n}}}\n\n"
    "Data minimisation means collecting only what a service needs ({n}).\n"
)


def write_corpus(folder: Path, seed: int = 18, *, small: bool = False) -> dict[str, str]:
    """Fill ``folder`` with hostile and good files; returns file name -> kind.

    Names are given as bytes where they are not UTF-8. ``small`` keeps sizes
    that a unit test can afford (same kinds, smaller numbers).
    """
    rng = random.Random(seed)
    kinds: dict[str, str] = {}
    root = os.fsencode(folder)

    def put(name: str | bytes, data: bytes, kind: str) -> None:
        raw = name if isinstance(name, bytes) else name.encode()
        with open(os.path.join(root, raw), "wb") as stream:
            stream.write(data)
        kinds[os.fsdecode(raw)] = kind

    scale = 10 if small else 1
    for n in range(5):
        put(f"good-{n}.md", GOOD_MARKDOWN.format(n=n).encode(), "good")
    put("good-page.html", b"<h1>Good page</h1><p>Retention periods must be short.</p>", "good")
    put("good-notes.txt", b"Notes: open data portals publish datasets.\n", "good")
    put("good-word.docx", docx(("Invite citizens early.",), heading="Service design"), "good")
    put("good-guide.pdf", pdf(), "good")
    put("caf\xe9-utf8-name.md", GOOD_MARKDOWN.format(n="cafe").encode(), "good")

    # DOCX
    put("malformed.docx", docx_malformed(), "docx-malformed")
    base = docx(tuple(f"paragraph {i}" for i in range(30)))
    for n in range(4 if small else 30):
        put(f"mutated-docx-{n}.docx", mutate(base, rng), "docx-mutated")
    for n in range(2 if small else 10):
        put(f"garbage-docx-{n}.docx", rng.randbytes(rng.randrange(10, 5000)), "docx-garbage")
    put("billion-laughs.docx", docx_billion_laughs(), "docx-billion-laughs")
    put("external-entity.docx", docx_external_entity(), "docx-xxe")
    for depth in (300, 10_000) if small else (300, 10_000, 300_000):
        put(f"deep-{depth}.docx", docx_deep(depth), "docx-deep")
    put("zip-bomb.docx", docx_zip_bomb(2 if small else 400), "docx-zip-bomb")
    put("paragraphs-200k.docx", docx_paragraphs(200_000 // scale), "docx-200k-empty")
    put("paragraphs-20k-text.docx", docx_paragraphs(20_000 // scale, "text"), "docx-20k-text")
    put("no-document.docx", _zip({"[Content_Types].xml": b"<Types/>"}), "docx-no-document")

    # HTML
    for rows in (250, 500) if small else (2_500, 5_000, 10_000, 20_000):
        put(f"unclosed-rows-{rows}.html", html_unclosed_rows(rows), "html-unclosed-rows")
    for tag in ("div", "p", "li", "td", "blockquote", "nav"):
        put(f"deep-{tag}.html", html_deep(20_000 // scale, tag), "html-deep")
    soup = ["<tr>", "<td>", "</td>", "<p>", "<li>", "<h1>", "<script>", "</script>", "<!--",
            "-->", "<![CDATA[", "]]>", "&amp;", "&#xD800;", "&#0;", "text", " ", "\n\n",
            "<h2 id='x'>", "<table>", "<style>", "<title>", "\u202e", "\ufffe", "é", "ب"]
    for n in range(5 if small else 30):
        page = "".join(rng.choice(soup) for _ in range(rng.randrange(10, 3000)))
        put(f"soup-{n}.html", page.encode(), "html-soup")

    # Markdown and text
    for spaces in (400, 5_000) if small else (400, 5_000, 100_000):
        put(f"heading-spaces-{spaces}.md", markdown_heading_spaces(spaces), "md-heading-redos")
    put("yaml-alias-bomb.md", yaml_alias_bomb(), "md-yaml-bomb")
    put("yaml-deep.md", yaml_deep(50_000), "md-yaml-deep")
    put("long-line.md", b"word" * (250_000 // scale), "md-long-line")
    put("many-headings.md", b"# h\n" * (100_000 // scale), "md-many-headings")
    put("huge-heading.md", b"# " + b"x" * (1_000_000 // scale) + b"\n\ntext\n", "md-huge-heading")
    chars = ["#", " ", "\n", "`", "{#", "}", "---", "\u200b", "\u202e", "\ufeff", "\x0c",
             "\ufffe", "é", "ب", "\u200c", "😀", "-", "*", ">", "a", "\r"]
    for n in range(5 if small else 30):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(1, 3000)))
        put(f"random-{n}.md", text.encode(), "md-random")
    for n in range(3 if small else 20):
        put(f"binary-md-{n}.md", rng.randbytes(rng.randrange(100, 20_000)), "binary-as-md")
        put(f"binary-txt-{n}.txt", rng.randbytes(rng.randrange(100, 20_000)), "binary-as-txt")
    put("controls.txt", bytes(rng.randrange(1, 32) for _ in range(5000)), "binary-controls")
    put("elf.txt", b"\x7fELF\x02\x01\x01" + rng.randbytes(2000), "binary-magic")
    put("utf16-bom.txt", "\ufeffUTF-16 text with a byte-order mark.".encode("utf-16-le"), "utf16")
    put("utf16-no-bom.txt", "UTF-16 text without a mark.".encode("utf-16-le"), "utf16-no-bom")
    put("latin1.txt", "Donn\xe9es personnelles".encode("latin-1"), "latin1")
    put("invalid-utf8.md", "# Titre\n\nDonn\ud800es\n".encode("utf-8", "surrogatepass"), "invalid-utf8")
    put("only-invisible.md", "\u200b\u200b\ufeff\u202e\n".encode(), "invisible-only")
    put("only-emoji.md", "😀 😀 🙂\n".encode(), "emoji-only")

    # PDF
    good_pdf = pdf(tuple(f"line {i}" for i in range(20)))
    for n in range(3 if small else 15):
        put(f"mutated-pdf-{n}.pdf", mutate(good_pdf, rng), "pdf-mutated")
    for n in range(2 if small else 10):
        put(f"truncated-{n}.pdf", good_pdf[: rng.randrange(20, len(good_pdf))], "pdf-truncated")
    for n in range(2 if small else 10):
        put(f"garbage-pdf-{n}.pdf", b"%PDF-1.4\n" + rng.randbytes(rng.randrange(10, 5000)),
            "pdf-garbage")
    put("flate-bomb.pdf", pdf_flate_bomb(5 if small else 400), "pdf-flate-bomb")
    put("cyclic-pages.pdf", pdf_cyclic_pages(), "pdf-cyclic")
    put("deep-arrays.pdf", pdf_deep_arrays(100_000 // scale), "pdf-deep")

    # names
    good = GOOD_MARKDOWN.format(n="named").encode()
    for n in range(3 if small else 10):
        put(b"caf\xe9-%d.md" % n, good, "name-not-utf8")
    put(b"\xff\xfe.md", good, "name-not-utf8")
    put("evil\u202egpj.md", good, "name-rtl-override")
    put("line\nbreak.md", good, "name-newline")
    put("x" * 200 + ".md", good, "name-long")
    put("%41 colon: hash#.md", good, "name-punctuation")
    put("Cafe\u0301-decomposed.md", good, "name-nfd")

    # links and special files
    os.symlink("loop-b.md", folder / "loop-a.md")
    os.symlink("loop-a.md", folder / "loop-b.md")
    os.symlink("self.md", folder / "self.md")
    os.symlink("missing-target.md", folder / "dangling.md")
    os.symlink("/etc/hostname", folder / "outside.md")
    os.symlink(".", folder / "folder-link")
    os.symlink("good-0.md", folder / "inside-link.md")
    os.mkfifo(folder / "pipe.md")
    kinds.update({
        "loop-a.md": "link-loop", "loop-b.md": "link-loop", "self.md": "link-loop",
        "dangling.md": "link-dangling", "outside.md": "link-outside",
        "folder-link": "link-folder", "inside-link.md": "good-link", "pipe.md": "fifo",
    })
    return kinds


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


# -- measurement ---------------------------------------------------------------


def parse_each(folder: Path, kinds: dict[str, str]) -> list[dict[str, object]]:
    """Every regular file parsed alone in a fresh worker under the default limits."""
    from assistant.config import load_settings
    from assistant.rag.isolation import Job, ParseLimits, ParserPool
    from assistant.textnorm import file_name

    settings = load_settings()
    limits = ParseLimits(settings.parse_timeout, settings.parse_memory_mb, settings.max_unzipped_mb)
    names = [n for n in sorted(kinds) if (folder / n).is_file() and not (folder / n).is_symlink()]
    rows: dict[str, dict[str, object]] = {}
    sent: dict[str, float] = {}

    def jobs():  # type: ignore[no-untyped-def]
        for name in names:
            sent[name] = time.perf_counter()
            yield Job(name, name, (folder / name).read_bytes())

    with ParserPool(limits, tasks_per_worker=1) as pool:
        for parsed in pool.imap(jobs()):
            name = parsed.key
            rows[name] = {
                "file": file_name(name),
                "kind": kinds[name],
                "bytes": (folder / name).stat().st_size,
                "parse_s": round(parsed.seconds, 3),
                "cpu_s": None if parsed.cpu_seconds is None else round(parsed.cpu_seconds, 3),
                "wall_s": round(time.perf_counter() - sent[name], 3),
                "peak_mb": None if parsed.peak_mb is None else round(parsed.peak_mb, 1),
                "outcome": "parsed" if parsed.document is not None else "refused",
                "reason": parsed.error or "",
                "blocks": len(parsed.document.blocks) if parsed.document else 0,
            }
    return [rows[n] for n in names]


def ingest_all(folder: Path, kinds: dict[str, str]) -> dict[str, object]:
    """One ingest of the whole folder: the contract, the time, the parent's peak memory."""
    from assistant.config import load_settings
    from assistant.rag.embeddings import make_embedder
    from assistant.rag.ingest import ingest
    from assistant.textnorm import file_name

    with tempfile.TemporaryDirectory() as data:
        settings = load_settings(data_dir=Path(data), embedder="fake", chroma_url=None)
        started = time.perf_counter()
        try:
            report = ingest(settings, make_embedder("fake"), folder, source="local")
            escaped = None
        except Exception as exc:  # the contract says this never happens
            report, escaped = None, f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - started
    landed = {i.split(":", 1)[1] for i in report.added} if report else set()
    errors = report.errors if report else {}

    def reported(name: str) -> bool:
        return file_name(name) in errors or doc_path(name) in landed

    return {
        "exception": escaped,
        "seconds": round(seconds, 2),
        "files": len(kinds),
        "added": len(landed),
        "refused": len(errors),
        "unreported": sorted(file_name(n) for n in kinds if not reported(n)),
        "good_missing": sorted(
            file_name(n) for n, kind in kinds.items()
            if kind.startswith("good") and doc_path(n) not in landed
        ),
        "unexplained": sorted(n for n, why in errors.items() if not why.strip()),
        "parent_peak_mb": _own_peak_mb(),
        "errors": errors,
    }


def _own_peak_mb() -> float:
    from assistant.rag.isolation import _peak_mb

    return round(_peak_mb() or 0.0, 1)


def doc_path(name: str) -> str:
    """The path part of the document id a file called ``name`` gets."""
    from assistant.types import path_id

    return path_id(Path(name).with_suffix("").as_posix())


def course_overhead(runs: int) -> dict[str, object]:
    """Course ingests with parsers in worker processes vs the same parsers in-process."""
    from assistant.config import load_settings
    from assistant.rag import isolation
    from assistant.rag.embeddings import make_embedder
    from assistant.rag.ingest import ingest

    isolated_imap = isolation.ParserPool.imap

    def in_process(self, jobs):  # type: ignore[no-untyped-def]
        return (isolation.parse_job(job, self.limits)[0] for job in jobs)

    timings: dict[str, list[float]] = {"isolated": [], "in_process": []}
    cpu: dict[str, list[float]] = {"isolated": [], "in_process": []}
    for run in range(runs + 1):
        for mode in ("isolated", "in_process"):
            isolation.ParserPool.imap = isolated_imap if mode == "isolated" else in_process
            with tempfile.TemporaryDirectory() as data:
                settings = load_settings(data_dir=Path(data), embedder="fake", chroma_url=None)
                before = _cpu()
                started = time.perf_counter()
                report = ingest(settings, make_embedder("fake"), ROOT / "corpus" / "modules")
                wall = time.perf_counter() - started
                assert not report.errors, report.errors
            if run:  # the first round warms imports and caches
                timings[mode].append(wall)
                cpu[mode].append(_cpu() - before)
    isolation.ParserPool.imap = isolated_imap
    median = {mode: statistics.median(values) for mode, values in timings.items()}
    return {
        "runs": runs,
        "wall_median_s": {k: round(v, 3) for k, v in median.items()},
        "wall_ratio": round(median["isolated"] / median["in_process"], 3),
        "cpu_median_s": {k: round(statistics.median(v), 3) for k, v in cpu.items()},
        "wall_s": {k: [round(x, 3) for x in v] for k, v in timings.items()},
    }


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def markdown(result: dict[str, object]) -> str:
    rows: list[dict[str, object]] = result["files"]  # type: ignore[assignment]
    summary: dict[str, object] = result["summary"]  # type: ignore[assignment]
    ingest_run: dict[str, object] = result["ingest"]  # type: ignore[assignment]
    lines = [
        "# Hostile files against the ingest pipeline",
        "",
        f"`python -m benchmarks.fuzz_ingest --seed {result['seed']}` on {result['machine']} "
        f"(1-minute load average {result['load_average_1min']}: wall-clock times include "
        "waiting for a core; processor times do not).",
        "",
        "| | |",
        "|---|---|",
    ]
    lines += [f"| {k.replace('_', ' ')} | {v} |" for k, v in summary.items()]
    lines += [
        "",
        f"Whole-folder ingest (fake embedder): {ingest_run['seconds']} s, "
        f"{ingest_run['added']} documents added, {ingest_run['refused']} files refused with a "
        f"reason, exception: {ingest_run['exception']}, unreported files: "
        f"{len(ingest_run['unreported'])}, good files missing: {len(ingest_run['good_missing'])}, "  # type: ignore[arg-type]
        f"parent peak {ingest_run['parent_peak_mb']} MB.",
        "",
    ]
    if result.get("overhead"):
        overhead: dict[str, object] = result["overhead"]  # type: ignore[assignment]
        lines += [
            f"Course ingest (corpus/modules, fake embedder, median of {overhead['runs']}): "
            f"isolated {overhead['wall_median_s']} -> ratio {overhead['wall_ratio']}; "
            f"CPU {overhead['cpu_median_s']}.",
            "",
        ]
    lines += ["## Slowest files (processor time)", "",
              "| file | kind | cpu s | wall s | peak MB | outcome |", "|---|---|---|---|---|---|"]
    worst = sorted(rows, key=lambda r: -float(r["cpu_s"] or 0))[:15]  # type: ignore[arg-type]
    lines += [
        f"| {r['file'][:60]} | {r['kind']} | {r['cpu_s']} | {r['parse_s']} | {r['peak_mb']} | "  # type: ignore[index]
        f"{r['outcome']}: {str(r['reason'])[:90]} |"
        for r in worst
    ]
    lines += ["", "## Outcomes by kind", "",
              "| kind | files | parsed | refused | max cpu s | max MB |",
              "|---|---|---|---|---|---|"]
    by_kind: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_kind.setdefault(str(row["kind"]), []).append(row)
    for kind, group in sorted(by_kind.items()):
        lines.append(
            f"| {kind} | {len(group)} | {sum(r['outcome'] == 'parsed' for r in group)} | "
            f"{sum(r['outcome'] == 'refused' for r in group)} | "
            f"{max(float(r['cpu_s'] or 0) for r in group):.2f} | "  # type: ignore[arg-type]
            f"{max(float(r['peak_mb'] or 0) for r in group):.0f} |"  # type: ignore[arg-type]
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    from assistant.config import apply_offline_environment

    apply_offline_environment()
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--overhead", type=int, default=0, help="course ingests to time (0: skip)")
    parser.add_argument("--out", type=Path, default=RESULTS / "fuzz_ingest.json")
    args = parser.parse_args()
    load_at_start = round(os.getloadavg()[0], 1)  # other work on the machine slows wall clocks
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "hostile"
        folder.mkdir()
        # Written by a child process: building the bombs takes ~1 GB that would
        # otherwise count as this process's (the ingest parent's) peak memory.
        with multiprocessing.get_context("spawn").Pool(1) as writer:
            kinds = writer.apply(write_corpus, (folder, args.seed))
        rows = parse_each(folder, kinds)
        ingest_run = ingest_all(folder, kinds)
    crashed = [r for r in rows if "crashed" in str(r["reason"])]
    hung = [r for r in rows if "to parse: stopped" in str(r["reason"])]
    summary = {
        "files": len(kinds),
        "parsed_alone": len(rows),
        "crashes": len(crashed) + (1 if ingest_run["exception"] else 0),
        "hangs (stopped at the time limit)": len(hung),
        "max_cpu_seconds_per_file": max(float(r["cpu_s"] or 0) for r in rows),  # type: ignore[arg-type]
        "max_wall_seconds_per_file": max(float(r["parse_s"]) for r in rows),  # type: ignore[arg-type]
        "max_peak_mb_per_file": max(float(r["peak_mb"] or 0) for r in rows),  # type: ignore[arg-type]
        "over_time_goal (cpu)": sum(float(r["cpu_s"] or 0) > TIME_GOAL_S for r in rows),  # type: ignore[arg-type]
        "over_memory_goal": sum(float(r["peak_mb"] or 0) > MEMORY_GOAL_MB for r in rows),  # type: ignore[arg-type]
        "unexplained_failures": len(ingest_run["unexplained"])  # type: ignore[arg-type]
        + sum(r["outcome"] == "refused" and not r["reason"] for r in rows),
        "unreported_files": len(ingest_run["unreported"]),  # type: ignore[arg-type]
        "good_files_missing": len(ingest_run["good_missing"]),  # type: ignore[arg-type]
    }
    result = {
        "seed": args.seed,
        "machine": f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average_1min": {"start": load_at_start, "end": round(os.getloadavg()[0], 1)},
        "summary": summary,
        "ingest": ingest_run,
        "files": rows,
    }
    if args.overhead:
        result["overhead"] = course_overhead(args.overhead)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", "utf-8")
    args.out.with_suffix(".md").write_text(markdown(result), "utf-8")
    print(json.dumps(summary, indent=2))
    if result.get("overhead"):
        print(json.dumps(result["overhead"], indent=2))


if __name__ == "__main__":
    main()
