"""The registry of automatic checks that exercise steps name in ``exercise.yaml``.

A check is a function ``check(submission, **params) -> CheckResult``: the
submission maps the step's input ids (and any data the UI adds, such as a
model's predictions) to values; ``params`` come from the step's ``checks``
entry. Exercises register into one dict, :data:`CHECKS`, the way built-in and
optional backends do elsewhere in the library.

A check can also be only *declared*: its name is reserved so that specs naming
it validate before the implementation lands. Running a declared check raises
a :class:`~assistant.errors.ConfigError` that says where it will live;
:func:`implemented_checks` lists the ones that run. Every check the shipped
specs name is implemented.

Packaged exercises that are Python packages register their checks in their own
``checks.py``; :func:`import_builtin_checks` imports those modules once, so a
spec can be validated without importing anything heavier.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError

EXERCISES_DIR = Path(__file__).parent


@dataclass(frozen=True)
class CheckResult:
    """What an automatic check found: pass or fail, an English message, the numbers."""

    name: str
    passed: bool
    message: str
    values: Mapping[str, Any] = field(default_factory=dict)


CheckFunction = Callable[..., CheckResult]
#: Every check an exercise may name: ``check(submission, **params) -> CheckResult``.
CHECKS: dict[str, CheckFunction] = {}
#: Checks whose name is reserved but whose implementation lives elsewhere, later.
DECLARED: dict[str, str] = {}


def register(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Decorator: register ``function`` as the check ``name`` (replacing a declaration)."""

    def decorator(function: CheckFunction) -> CheckFunction:
        CHECKS[name] = function
        DECLARED.pop(name, None)
        return function

    return decorator


def declare(name: str, planned_in: str) -> None:
    """Reserve the check ``name``; running it before it is implemented says where it will live."""
    if name in CHECKS and name not in DECLARED:
        return

    def not_yet(submission: Mapping[str, Any], **params: Any) -> CheckResult:
        raise ConfigError(f"Check {name!r} is declared but not implemented yet ({planned_in}).")

    CHECKS[name] = not_yet
    DECLARED[name] = planned_in


def implemented_checks() -> list[str]:
    """Names of the checks that can run today."""
    import_builtin_checks()
    return sorted(set(CHECKS) - set(DECLARED))


@register("min_words")
def min_words(submission: Mapping[str, Any], *, input: str, words: int) -> CheckResult:
    """The learner's text answer ``input`` has at least ``words`` words."""
    count = len(str(submission.get(input) or "").split())
    return CheckResult(
        "min_words",
        count >= words,
        f"{input}: {count} words (at least {words} expected).",
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
