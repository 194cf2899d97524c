"""``assistant privacy scan``: run the detector over lines of text or JSON Lines, for evaluators.

Each input line is either plain text or a JSON object with a ``"text"`` field
(and optionally ``"lang"``/``"language"``). Output, one line each: the
redacted text, or with ``--json`` a JSON object
``{"text", "redacted", "spans": [{"start", "end", "type", "score"}]}``.
Offsets are Python string (code point) offsets into ``text``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from assistant import languages
from assistant.errors import ConfigError

LANGUAGE_CHOICES = ("auto", "all", *languages.CODES)


def add_parser(sub: Any) -> None:
    """Register ``privacy scan`` on the main parser."""
    privacy = sub.add_parser("privacy", help="find and mask personal data")
    commands = privacy.add_subparsers(dest="privacy_command", required=True)
    scan = commands.add_parser(
        "scan", help="mask personal data in text lines or JSON Lines ({'text': ...})"
    )
    scan.add_argument("path", nargs="?", default="-", help="input file (default: stdin)")
    scan.add_argument(
        "--lang",
        default=None,
        choices=LANGUAGE_CHOICES,
        help="language of the text: auto (detect; default unless a line has 'lang'), "
        "all (every language's rules) or a code",
    )
    scan.add_argument("--json", action="store_true", help="one JSON object per line")
    scan.set_defaults(func=cmd_scan)


def _lines(path: str) -> Iterator[str]:
    if path == "-":
        yield from sys.stdin
        return
    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"No such file: {path}. Give a text or JSON Lines file, or - for stdin.")
    with file.open(encoding="utf-8") as handle:
        yield from handle


def parse_line(line: str, number: int) -> tuple[str, str | None]:
    """(text, language from the line or None) of one input line."""
    stripped = line.rstrip("\r\n")
    if stripped.lstrip().startswith("{"):
        try:
            row = json.loads(stripped)
        except json.JSONDecodeError:
            return stripped, None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise ConfigError(f"line {number}: a JSON line needs a string field 'text'")
        language = row.get("lang", row.get("language"))
        return row["text"], language if isinstance(language, str) and language else None
    return stripped, None


def scan_lines(lines: Iterable[str], language: str | None, out: TextIO, as_json: bool) -> int:
    """Scan each line and write one result line; returns how many lines were scanned."""
    from assistant.privacy import scan

    count = 0
    for number, line in enumerate(lines, start=1):
        text, own = parse_line(line, number)
        chosen = own if language is None else language
        result = scan(text, None if chosen in (None, "auto") else chosen)
        out.write(json.dumps(result, ensure_ascii=False) if as_json else str(result["redacted"]))
        out.write("\n")
        count += 1
    return count


def cmd_scan(args: argparse.Namespace, _settings: object) -> int:
    """``assistant privacy scan [FILE] [--lang L] [--json]``."""
    scan_lines(_lines(args.path), args.lang, sys.stdout, args.json)
    return 0
