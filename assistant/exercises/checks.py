"""The registry of automatic checks that exercise steps name in ``exercise.yaml``.

A check is a function ``check(submission, **params) -> CheckResult``: the
submission maps the step's input ids (and any data the UI adds, such as a
model's predictions) to values; ``params`` come from the step's ``checks``
entry. Exercises register into one dict, :data:`CHECKS`, the way built-in and
optional backends do elsewhere in the library.

A spec may only name registered checks; every check the shipped specs name is
implemented.

Packaged exercises that are Python packages register their checks in their own
``checks.py``; :func:`import_builtin_checks` imports those modules once, so a
spec can be validated without importing anything heavier.

A check writes its message as :class:`~assistant.exercises.text.Phrase`
objects (keys of the ``exercises`` string table) through :func:`result`, so
the result carries both the English ``message`` and what the learner's view
needs to show it in the learner's language.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.exercises.text import Phrase, phrase, render

EXERCISES_DIR = Path(__file__).parent


@dataclass(frozen=True)
class CheckResult:
    """What an automatic check found: pass or fail, an English message, the numbers.

    ``phrases`` are the message as keys of the ``exercises`` strings and their
    values, to show it in another language; a result built without them (a
    third-party check) is shown in English.
    """

    name: str
    passed: bool
    message: str
    values: Mapping[str, Any] = field(default_factory=dict)
    phrases: tuple[Phrase, ...] = ()


def result(
    name: str, passed: bool, phrases: Sequence[Phrase], values: Mapping[str, Any] | None = None
) -> CheckResult:
    """A :class:`CheckResult` whose English ``message`` is rendered from ``phrases``."""
    return CheckResult(name, passed, render(phrases), dict(values or {}), tuple(phrases))


CheckFunction = Callable[..., CheckResult]
#: Every check an exercise may name: ``check(submission, **params) -> CheckResult``.
CHECKS: dict[str, CheckFunction] = {}


def register(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Decorator: register ``function`` as the check ``name``."""

    def decorator(function: CheckFunction) -> CheckFunction:
        CHECKS[name] = function
        return function

    return decorator


@register("min_words")
def min_words(submission: Mapping[str, Any], *, input: str, words: int) -> CheckResult:
    """The learner's text answer ``input`` has at least ``words`` words."""
    count = len(str(submission.get(input) or "").split())
    return result(
        "min_words",
        count >= words,
        [phrase("min_words", input=input, n=count, minimum=words)],
        {"input": input, "words": count, "minimum": words},
    )


_builtins_imported = False


def import_builtin_checks() -> None:
    """Import ``<exercise package>/checks.py`` of every packaged exercise, once."""
    global _builtins_imported
    if _builtins_imported:
        return
    _builtins_imported = True
    for path in sorted(EXERCISES_DIR.glob("*/checks.py")):
        if (path.parent / "__init__.py").exists():
            importlib.import_module(f"{__package__}.{path.parent.name}.checks")
