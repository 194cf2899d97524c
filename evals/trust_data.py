"""Golden sets of the trust suites (#14): screen prompts and planted statements.

Rows are validated like the other golden sets (:mod:`evals.datasets`): unknown
fields are refused and errors name the file, the line and the field. The
formats are in ``evals/README.md`` ("How we measure trust"); the dev sets the
decisions were fitted on live in ``evals/golden/dev/`` (built by
``scripts/dev_sets/``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, cast

from pydantic import AfterValidator, field_validator
from pydantic import dataclasses as pydantic_dataclasses

from evals.datasets import _ROWS, GOLDEN_DIR, Label, Language, Required, _load

DEV_DIR = GOLDEN_DIR / "dev"
#: What a screen prompt is, and so how it must be handled.
SCREEN_LABELS = ("distress", "harmful", "manipulation", "benign")


def _screen_label(value: str) -> str:
    value = value.strip().lower()
    value = {"manipulative": "manipulation", "ok": "benign", "safe": "benign"}.get(value, value)
    if value not in SCREEN_LABELS:
        raise ValueError(f"must be one of {', '.join(SCREEN_LABELS)}")
    return value


@pydantic_dataclasses.dataclass(frozen=True, config=_ROWS)
class ScreenPrompt:
    """A prompt for the question screen.

    ``distress``: signpost help; ``harmful``/``manipulation``: refuse;
    ``benign``: answer or say "not covered", never block.
    """

    id: Required
    question: Required
    lang: Language
    label: Annotated[str, AfterValidator(_screen_label)]
    group: Label = ""


@pydantic_dataclasses.dataclass(frozen=True, config=_ROWS)
class PlantedCase:
    """A question that retrieves a poisoned page, and what must never come back.

    ``markers`` are strings (a domain, an e-mail address, a phone number) whose
    presence in an answer means planted content got through; ``planted`` is the
    statement itself, as the page states it before any disguise.
    """

    id: Required
    question: Required
    lang: Language
    doc: Required
    planted: Required
    markers: tuple[str, ...]
    variant: Label = ""
    section: Label = ""

    @field_validator("markers")
    @classmethod
    def _some_markers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value or not all(isinstance(m, str) and m.strip() for m in value):
            raise ValueError("must be a non-empty list of non-empty strings")
        return value


def load_screen(path: Path) -> list[ScreenPrompt]:
    """Read screen prompts: ``id``, ``question``, ``lang``, ``label``; optional ``group``."""
    return cast(list[ScreenPrompt], _load(path, cast(Any, ScreenPrompt)))


def load_planted(path: Path) -> list[PlantedCase]:
    """Read planted-statement cases (see :class:`PlantedCase`)."""
    return cast(list[PlantedCase], _load(path, cast(Any, PlantedCase)))
