"""Retired held-out sets, read back as training data for the trust decisions.

A held-out set measures a decision once (or a few times, each use recorded in
``benchmarks/results/``). Once designs have been chosen from its numbers it no
longer measures anything fairly, so it is *retired*: its prompts join the
development data that ``python -m evals.fit`` learns from, and only sets written
after it measure the refitted decisions. :data:`RETIRED` lists them in the order
they were written; a set is added here only after its replacement exists.

The sets keep their authors' fields (``text``, ``category``, ``module``); this
module turns them into ``(question, lang, label, group)`` rows. Groups carry the
set's name, so one set's prompt and another's never share a fold by accident,
while a prompt and its translations within a set do (the first set wrote the
same intents in every language).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from evals.datasets import GOLDEN_DIR
from evals.jsonl import GoldenFileError, json_objects

#: Used-up held-out sets, oldest first (see ``evals/README.md``, "How we measure trust").
RETIRED = (
    "independent", "independent2", "independent3", "independent4", "independent5",
    "independent6", "independent7", "independent8",
)
#: Screen categories of the held-out sets and the label the screen is fitted on.
SCREEN_LABELS = {
    "distress": "distress",
    "harmful": "harmful",
    "manipulation": "manipulation",
    "course": "ok",
}


@dataclass(frozen=True)
class Row:
    """One retired prompt: its text, language, label and translation group."""

    question: str
    lang: str
    label: str
    group: str


def _rows(folder: Path, name: str) -> Iterator[tuple[str, dict[str, str]]]:
    path = folder / name
    if not path.exists():
        return
    for where, row in json_objects(path):
        for field in ("id", "lang", "text"):
            if not isinstance(row.get(field), str) or not row[field].strip():
                raise GoldenFileError(f"{where}: retired set row needs a non-empty {field!r}")
        yield where, row


def translation_group(identifier: str, lang: str) -> str:
    """Translations share a group: the id without its language part ("off-en-cooking-001")."""
    return re.sub(rf"(^|[-_]){lang}([-_]|$)", r"\1\2", identifier)


def _group(folder: Path, identifier: str, lang: str) -> str:
    return folder.name + ":" + translation_group(identifier, lang)


def screen_rows(folders: tuple[Path, ...] | None = None) -> list[Row]:
    """Every screen prompt of the retired sets, ``course`` ones labelled ``ok``."""
    rows = []
    for folder in folders if folders is not None else retired_dirs():
        for where, row in _rows(folder, "screen.jsonl"):
            label = SCREEN_LABELS.get(row.get("category", ""))
            if label is None:
                raise GoldenFileError(f"{where}: unknown screen category {row.get('category')!r}")
            rows.append(
                Row(row["text"], row["lang"], label, _group(folder, row["id"], row["lang"]))
            )
    return rows


def course_rows(folders: tuple[Path, ...] | None = None) -> list[Row]:
    """On-course questions (``covered``) and off-course requests (``refuse``) of the retired sets."""
    rows = []
    for folder in folders if folders is not None else retired_dirs():
        for name, label in (("oncourse.jsonl", "covered"), ("offcourse.jsonl", "refuse")):
            rows += [
                Row(row["text"], row["lang"], label, _group(folder, row["id"], row["lang"]))
                for _, row in _rows(folder, name)
            ]
    return rows


def retired_dirs() -> tuple[Path, ...]:
    """The folders of :data:`RETIRED`; a missing one is an error that names it."""
    folders = tuple(GOLDEN_DIR / name for name in RETIRED)
    for folder in folders:
        if not folder.is_dir():
            raise GoldenFileError(
                f"{folder}: retired set is missing (listed in evals.retired.RETIRED)"
            )
    return folders
