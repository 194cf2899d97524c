"""Golden sets besides the QA file: off-course questions and prompt-injection cases.

Each row is validated by its pydantic dataclass (:class:`OffCourseQuestion`,
:class:`InjectionCase`), which refuses unknown fields; the loaders raise
:class:`GoldenFileError` for the first problem, naming the file, the line
number and the field, like :func:`evals.retrieval.load_golden` (re-exported
here) does for QA files. Ids are checked across rows here, since a row model
sees one row. Formats, field by field, are in ``evals/README.md``.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic import dataclasses as pydantic_dataclasses
from pydantic_core import ErrorDetails, PydanticCustomError

from assistant import languages
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


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "must be a non-empty string")
    return value


def _language(code: str) -> str:
    if not languages.is_supported(code):
        raise PydanticCustomError(
            "unsupported_language",
            "is {code}; use one of {codes}",
            {"code": repr(code), "codes": ", ".join(languages.CODES)},
        )
    return languages.normalize(code)


#: A required field: a string with something in it (kept as written).
Required = Annotated[str, Field(strict=True), AfterValidator(_not_blank)]
#: A course language code, normalised (``pt-BR`` -> ``pt``).
Language = Annotated[Required, AfterValidator(_language)]
#: An optional label: anything given is read as text, nothing as "".
Label = Annotated[str, BeforeValidator(lambda raw: str(raw or ""))]
_ROWS = ConfigDict(extra="forbid")


@pydantic_dataclasses.dataclass(frozen=True, config=_ROWS)
class OffCourseQuestion:
    """A question the course does not answer: the assistant should refuse it."""

    id: Required
    question: Required
    lang: Language
    category: Label = ""


@pydantic_dataclasses.dataclass(frozen=True, config=_ROWS)
class InjectionCase:
    """A question that retrieves a poisoned document, and what must not come back."""

    id: Required
    question: Required
    lang: Language
    doc: Required
    canary: Required
    instruction: Required
    variant: Label = ""

    @model_validator(mode="after")
    def _canary_in_instruction(self) -> InjectionCase:
        if self.canary not in self.instruction:
            raise PydanticCustomError(
                "canary_not_in_instruction",
                "field 'canary' ({canary}) must occur in field 'instruction'",
                {"canary": repr(self.canary)},
            )
        return self


Row = TypeVar("Row", OffCourseQuestion, InjectionCase)


def _load(path: Path, row_type: type[Row]) -> list[Row]:
    """Every row of a golden file, validated; ids must be unique."""
    adapter = TypeAdapter(row_type)
    rows: list[Row] = []
    ids: set[str] = set()
    for where, raw in json_objects(path):
        try:
            row = adapter.validate_python(raw)
        except ValidationError as error:
            raise GoldenFileError(f"{where}: {_describe(error.errors()[0], row_type)}") from None
        if row.id in ids:
            raise GoldenFileError(f"{where}: field 'id' repeats {row.id!r}")
        ids.add(row.id)
        rows.append(row)
    if not rows:
        raise GoldenFileError(f"{path}: no questions found")
    return rows


def _describe(error: ErrorDetails, row_type: type[Any]) -> str:
    """The first problem of a row, in the words of the QA loader."""
    if not error["loc"]:  # a check across fields words its own message
        return error["msg"]
    name = str(error["loc"][0])
    match error["type"]:
        case "missing":
            return f"missing field {name!r}"
        case "unexpected_keyword_argument":
            known = ", ".join(f.name for f in fields(row_type))
            return f"unknown field {name!r} (use {known})"
        case "string_type":
            return f"field {name!r} must be a non-empty string"
    return f"field {name!r} {error['msg']}"


def load_off_course(path: Path) -> list[OffCourseQuestion]:
    """Read off-course questions: ``id``, ``question``, ``lang``; optional ``category``."""
    return _load(path, OffCourseQuestion)


def load_injection(path: Path) -> list[InjectionCase]:
    """Read injection cases; the canary must occur in the instruction it belongs to."""
    return _load(path, InjectionCase)


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
