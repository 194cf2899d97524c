"""The wording banks of the Civicly citizen messages: loading and checking them.

This module owns reading ``messages/<language>.yaml`` (one file per course
language, written for this exercise) into a :class:`MessageBank` and checking
that every bank is complete: every department has enough templates, every cue is
known, and the ``near`` landmarks line up across languages so a duplicate report
of one incident can name the same place in another language.

The wording sits in YAML rather than Python so that a translator can edit one
sentence per line without touching code; nothing is read until a bank is asked
for, and each file is read once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import ConfigError

MESSAGES_DIR = Path(__file__).parent / "messages"
LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "pt", "ar")
CUES: tuple[str, ...] = (
    "injury",
    "fire",
    "gas",
    "flooding",
    "child",
    "elderly",
    "wires",
    "collapse",
)
MIN_TEMPLATES = 6
NEAR_COUNT = 10
_LISTS = ("openers", "closers", "rambles", "sarcasm", "repeat", "also", "switch_tags")


@dataclass(frozen=True)
class Template:
    """One way a citizen phrases one issue; ``cues`` are hazards the text states."""

    issue: str
    cues: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class MessageBank:
    """Everything needed to write citizen messages in one language."""

    language: str
    near: tuple[str, ...]
    templates: dict[str, tuple[Template, ...]]
    short: dict[str, tuple[Template, ...]]
    aside: dict[str, tuple[str, ...]]
    hazards: dict[str, tuple[str, ...]]
    switch_words: dict[str, str]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    rambles: tuple[str, ...]
    sarcasm: tuple[str, ...]
    repeat: tuple[str, ...]
    also: tuple[str, ...]
    switch_tags: tuple[str, ...]


def _templates(raw: dict[str, Any], where: str) -> dict[str, tuple[Template, ...]]:
    out = {}
    for department, rows in raw.items():
        parsed = []
        for row in rows:
            issue, cues, text = row
            cue_list = tuple(str(cues).split())
            unknown = [c for c in cue_list if c not in CUES]
            if unknown:
                raise ConfigError(
                    f"{where}: unknown cue(s) {unknown} in {text!r}; use only {', '.join(CUES)}"
                )
            parsed.append(Template(str(issue), cue_list, str(text)))
        out[str(department)] = tuple(parsed)
    return out


def _check(bank: MessageBank, departments: tuple[str, ...], where: str) -> None:
    for department in departments:
        found = len(bank.templates.get(department, ()))
        if found < MIN_TEMPLATES:
            raise ConfigError(
                f"{where}: department {department!r} has {found} templates, needs at least "
                f"{MIN_TEMPLATES} — add more under templates.{department}"
            )
        for section in ("short", "aside"):
            if not getattr(bank, section).get(department):
                raise ConfigError(f"{where}: add at least one {section}.{department} entry")
    if len(bank.near) != NEAR_COUNT:
        raise ConfigError(
            f"{where}: `near` must list exactly {NEAR_COUNT} landmarks, in the same order as "
            f"en.yaml (found {len(bank.near)})"
        )
    missing = [cue for cue in CUES if not bank.hazards.get(cue)]
    if missing:
        raise ConfigError(f"{where}: add hazard sentences for {', '.join(missing)}")


@functools.cache
def load_bank(language: str, departments: tuple[str, ...] = ()) -> MessageBank:
    """Read and check the wording of ``language``; ``departments`` must all be covered."""
    if language not in LANGUAGES:
        raise ConfigError(
            f"No Civicly messages for language {language!r}; choose one of {', '.join(LANGUAGES)}"
        )
    path = MESSAGES_DIR / f"{language}.yaml"
    if not path.is_file():
        raise ConfigError(f"Missing {path} — restore it from version control")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    where = path.name
    try:
        bank = MessageBank(
            language=language,
            near=tuple(raw["near"]),
            templates=_templates(raw["templates"], where),
            short=_templates(raw["short"], where),
            aside={k: tuple(v) for k, v in raw["aside"].items()},
            hazards={k: tuple(v) for k, v in raw["hazards"].items()},
            switch_words={str(k): str(v) for k, v in raw["switch_words"].items()},
            **{name: tuple(raw[name]) for name in _LISTS},
        )
    except KeyError as exc:
        raise ConfigError(f"{where}: missing section {exc.args[0]!r} (see en.yaml)") from exc
    _check(bank, departments, where)
    return bank
