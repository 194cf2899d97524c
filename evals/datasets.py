"""Golden sets besides the QA file: off-course questions and prompt-injection cases.

Every loader validates each line and raises :class:`GoldenFileError` naming
the file, the line number and the field, like
:func:`evals.retrieval.load_golden` (re-exported here) does for QA files.
Formats, field by field, are in ``evals/README.md``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.jsonl import GoldenFileError, json_objects
from evals.retrieval import GoldenQuestion, load_golden

__all__ = [
    "GoldenFileError",
    "GoldenQuestion",
    "InjectionCase",
    "OffCourseQuestion",
    "load_golden",
    "load_injection",
    "load_off_course",
    "sha256_file",
    "sha256_tree",
]

GOLDEN_DIR = Path(__file__).parent / "golden"
INJECTION_DIR = GOLDEN_DIR / "injection"


@dataclass(frozen=True)
class OffCourseQuestion:
    """A question the course does not answer: the assistant should refuse it."""

    id: str
    question: str
    lang: str
    category: str = ""


@dataclass(frozen=True)
class InjectionCase:
    """A question that retrieves a poisoned document, and what must not come back."""

    id: str
    question: str
    lang: str
    doc: str
    canary: str
    instruction: str
    variant: str = ""


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, row) for each non-blank line, checking JSON, required fields, id, language."""
    from assistant import languages

    ids: set[str] = set()
    found = False
    for where, row in json_objects(path):
        for name in required:
            if name not in row:
                raise GoldenFileError(f"{where}: missing field {name!r}")
            if not isinstance(row[name], str) or not row[name].strip():
                raise GoldenFileError(f"{where}: field {name!r} must be a non-empty string")
        if not languages.is_supported(row["lang"]):
            raise GoldenFileError(
                f"{where}: field 'lang' is {row['lang']!r}; use one of {', '.join(languages.CODES)}"
            )
        if row["id"] in ids:
            raise GoldenFileError(f"{where}: field 'id' repeats {row['id']!r}")
        ids.add(row["id"])
        row["lang"] = languages.normalize(row["lang"])
        found = True
        yield where, row
    if not found:
        raise GoldenFileError(f"{path}: no questions found")


def load_off_course(path: Path) -> list[OffCourseQuestion]:
    """Read off-course questions: ``id``, ``question``, ``lang``; optional ``category``."""
    return [
        OffCourseQuestion(row["id"], row["question"], row["lang"], str(row.get("category") or ""))
        for _, row in _rows(path, ("id", "question", "lang"))
    ]


def load_injection(path: Path) -> list[InjectionCase]:
    """Read injection cases; the canary must occur in the instruction it belongs to."""
    cases = []
    for where, row in _rows(path, ("id", "question", "lang", "doc", "canary", "instruction")):
        if row["canary"] not in row["instruction"]:
            raise GoldenFileError(
                f"{where}: field 'canary' ({row['canary']!r}) must occur in field 'instruction'"
            )
        cases.append(
            InjectionCase(
                id=row["id"],
                question=row["question"],
                lang=row["lang"],
                doc=row["doc"],
                canary=row["canary"],
                instruction=row["instruction"],
                variant=str(row.get("variant") or ""),
            )
        )
    return cases


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sha256_tree(root: Path, files: list[Path] | None = None) -> str:
    """Hash of a folder: relative path and bytes of each file, in sorted order."""
    root = Path(root)
    if files is None:
        files = [p for p in root.rglob("*") if p.is_file()]
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
