"""Exercise specifications: the ``exercise.yaml`` format and its validating loader.

This module owns three things:

* the frozen dataclasses an exercise is read into (:class:`Exercise`,
  :class:`Step`, :class:`Input`, :class:`CheckSpec`, :class:`Link`, and the
  five-language :class:`Text`);
* the loader, which validates every field and reports *all* problems at once,
  each as ``<file>: <field path>: <what is wrong>`` so an author can fix the
  YAML without reading Python;
* validation that every check a step names is in the registry
  (:mod:`assistant.exercises.checks`) and that its parameters fit the check.

Links from debriefs to course sections are checked by :func:`check_links`,
not at load time, so loading stays a cheap read of a few small files. The
schema is described for authors in ``README.md`` beside this file.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from assistant.errors import ConfigError
from assistant.exercises.checks import CHECKS, import_builtin_checks
from assistant.languages import CODES, DEFAULT_LANGUAGE, is_supported, normalize

EXERCISES_DIR = Path(__file__).parent
SPEC_FILE = "exercise.yaml"
INPUT_KINDS = ("text", "choice", "number", "file")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_NEEDS = f"every text needs {', '.join(CODES)}"


class ExerciseSpecError(ConfigError):
    """An exercise file is invalid; ``problems`` lists each offending field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# --- the specification -------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """One text in the five course languages."""

    en: str
    fr: str
    es: str
    pt: str
    ar: str

    def get(self, language: str) -> str:
        """The text in ``language``; English when the code is unknown or the text is empty."""
        code = normalize(language) if is_supported(language) else DEFAULT_LANGUAGE
        return str(getattr(self, code)) or self.en


@dataclass(frozen=True)
class Option:
    """A choice the learner can pick."""

    value: str
    label: Text


@dataclass(frozen=True)
class Input:
    """Something the learner provides in a step; constraints depend on ``kind``."""

    id: str
    kind: str  # text | choice | number | file
    label: Text
    required: bool = True
    min_length: int | None = None  # text
    max_length: int | None = None  # text
    options: tuple[Option, ...] = ()  # choice
    multiple: bool = False  # choice
    minimum: float | None = None  # number
    maximum: float | None = None  # number
    extensions: tuple[str, ...] = ()  # file
    max_bytes: int | None = None  # file


@dataclass(frozen=True)
class CheckSpec:
    """A registered check and the parameters this step passes to it."""

    name: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class Step:
    """One step of an exercise."""

    id: str
    title: Text
    instructions: Text
    inputs: tuple[Input, ...]
    checks: tuple[CheckSpec, ...]
    hints: tuple[Text, ...]


@dataclass(frozen=True)
class Link:
    """A course section: ``corpus/modules/<lang>/<module>.md`` holding ``{#section}``."""

    module: str
    section: str


@dataclass(frozen=True)
class Exercise:
    """A validated exercise specification."""

    id: str
    version: str
    modules: tuple[str, ...]
    estimated_minutes: int
    title: Text
    summary: Text
    steps: tuple[Step, ...]
    debrief: Text
    links: tuple[Link, ...]
    path: Path

    def step(self, step_id: str) -> Step:
        """The step called ``step_id``."""
        for step in self.steps:
            if step.id == step_id:
                return step
        known = ", ".join(s.id for s in self.steps)
        raise ConfigError(f"Exercise {self.id!r} has no step {step_id!r}; steps: {known}.")

    def text(self, field: str, language: str) -> str:
        """A localized text by path, in ``language`` or else English.

        Paths: ``title``, ``summary``, ``debrief``, ``steps.<id>.title``,
        ``steps.<id>.instructions`` or ``steps.<id>.hints.<n>``.
        """
        parts = field.split(".")
        value: Any = self
        if parts[0] == "steps" and len(parts) >= 3:
            value = self.step(parts[1])
            parts = parts[2:]
        for part in parts:
            if isinstance(value, tuple) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            else:
                value = getattr(value, part, None)
        if not isinstance(value, Text):
            raise ConfigError(f"Exercise {self.id!r} has no text {field!r}.")
        return value.get(language)


# --- reading and validating ---------------------------------------------------


class Reader:
    """Reads raw YAML data into dataclasses, collecting ``field: problem`` messages."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{self.where}: {path}: {message}")

    def mapping(self, raw: Any, path: str, required: set[str], allowed: set[str]) -> dict:
        if not isinstance(raw, dict):
            self.fail(path, f"expected a mapping with {', '.join(sorted(required))}")
            return {}
        for key in sorted(required - set(raw)):
            self.fail(_join(path, key), "missing")
        for key in sorted(set(raw) - allowed, key=str):
            self.fail(_join(path, str(key)), f"unknown field (use {', '.join(sorted(allowed))})")
        return raw

    def listing(self, raw: Any, path: str, minimum: int = 0) -> list:
        if raw is None and minimum == 0:
            return []
        if not isinstance(raw, list) or len(raw) < minimum:
            self.fail(path, f"expected a list of at least {minimum} item(s)")
            return []
        for i, item in enumerate(raw):
            if item is None:
                self.fail(f"{path}[{i}]", "empty item")
        return raw

    # A missing required field is reported once, by ``mapping``; hence ``raw is None`` passes.
    def slug(self, raw: Any, path: str) -> str:
        if raw is None:
            return ""
        if not isinstance(raw, str) or not _SLUG.match(raw):
            self.fail(path, f"{raw!r} is not an id (lower-case letters, digits, - or _)")
            return str(raw)
        return raw

    def integer(self, raw: Any, path: str, minimum: int = 0) -> int:
        if raw is None:
            return minimum
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < minimum:
            self.fail(path, f"expected a whole number ≥ {minimum}, got {raw!r}")
            return minimum
        return raw

    def text(self, raw: Any, path: str) -> Text:
        if raw is not None and not isinstance(raw, dict):
            self.fail(path, f"expected a mapping of languages ({_NEEDS})")
        raw = raw if isinstance(raw, dict) else {}
        values = {}
        for code in CODES:
            value = raw.get(code)
            if value is None or (isinstance(value, str) and not value.strip()):
                if raw:
                    self.fail(f"{path}.{code}", f"missing ({_NEEDS})")
                value = ""
            values[code] = str(value).strip()
        for code in sorted(set(raw) - set(CODES), key=str):
            self.fail(f"{path}.{code}", f"unknown language ({_NEEDS})")
        return Text(**values)

    def unique(self, ids: list[str], path: str, what: str) -> None:
        for i, value in enumerate(ids):
            if value in ids[:i]:
                self.fail(f"{path}[{i}].id", f"duplicate {what} id {value!r}")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_INPUT_FIELDS = {
    "text": {"min_length", "max_length"},
    "choice": {"options", "multiple"},
    "number": {"minimum", "maximum"},
    "file": {"extensions", "max_bytes"},
}


def _input(r: Reader, raw: Any, path: str) -> Input:
    kind = raw.get("kind") if isinstance(raw, dict) else None
    extra = _INPUT_FIELDS.get(kind if isinstance(kind, str) else "", set())
    data = r.mapping(raw, path, {"id", "kind", "label"}, {"id", "kind", "label", "required"} | extra)
    if kind not in INPUT_KINDS:
        r.fail(f"{path}.kind", f"{kind!r} is not one of {', '.join(INPUT_KINDS)}")
    options = tuple(
        Option(str(o.get("value")), r.text(o.get("label"), f"{path}.options[{i}].label"))
        for i, o in enumerate(r.listing(data.get("options"), f"{path}.options", 2 * (kind == "choice")))
        if r.mapping(o, f"{path}.options[{i}]", {"value", "label"}, {"value", "label"})
    )
    numbers = {k: data.get(k) for k in ("min_length", "max_length", "max_bytes", "minimum", "maximum")}
    for key, value in numbers.items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            r.fail(f"{path}.{key}", f"expected a number, got {value!r}")
    return Input(
        id=r.slug(data.get("id"), f"{path}.id"),
        kind=str(kind),
        label=r.text(data.get("label"), f"{path}.label"),
        required=bool(data.get("required", True)),
        min_length=numbers["min_length"],
        max_length=numbers["max_length"],
        options=options,
        multiple=bool(data.get("multiple", False)),
        minimum=numbers["minimum"],
        maximum=numbers["maximum"],
        extensions=tuple(str(e) for e in r.listing(data.get("extensions"), f"{path}.extensions")),
        max_bytes=numbers["max_bytes"],
    )


def _check(r: Reader, raw: Any, path: str) -> CheckSpec:
    data = r.mapping(raw, path, {"name"}, {"name", "params"})
    name = str(data.get("name"))
    params = data.get("params") or {}
    if not isinstance(params, dict):
        r.fail(f"{path}.params", "expected a mapping of parameter names to values")
        params = {}
    function = CHECKS.get(name)
    if function is None and "name" in data:
        r.fail(f"{path}.name", f"unknown check {name!r} (registered: {', '.join(sorted(CHECKS))})")
    elif function is not None:
        try:
            inspect.signature(function).bind({}, **params)
        except TypeError as error:
            r.fail(f"{path}.params", f"do not fit check {name!r}: {error}")
    return CheckSpec(name, MappingProxyType(dict(params)))


def _step(r: Reader, raw: Any, path: str) -> Step:
    keys = {"id", "title", "instructions", "inputs", "checks", "hints"}
    data = r.mapping(raw, path, {"id", "title", "instructions"}, keys)
    inputs = [_input(r, x, f"{path}.inputs[{i}]") for i, x in enumerate(r.listing(data.get("inputs"), f"{path}.inputs"))]
    r.unique([x.id for x in inputs], f"{path}.inputs", "input")
    return Step(
        id=r.slug(data.get("id"), f"{path}.id"),
        title=r.text(data.get("title"), f"{path}.title"),
        instructions=r.text(data.get("instructions"), f"{path}.instructions"),
        inputs=tuple(inputs),
        checks=tuple(_check(r, x, f"{path}.checks[{i}]") for i, x in enumerate(r.listing(data.get("checks"), f"{path}.checks"))),
        hints=tuple(r.text(x, f"{path}.hints[{i}]") for i, x in enumerate(r.listing(data.get("hints"), f"{path}.hints"))),
    )  # fmt: skip


def load_exercise(path: Path | str) -> Exercise:
    """Read and validate one ``exercise.yaml``; raise :class:`ExerciseSpecError` listing every problem."""
    import_builtin_checks()
    path = Path(path)
    where = _display(path)
    try:
        raw = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ExerciseSpecError([f"{where}: cannot be read as YAML ({error})"]) from error
    r = Reader(where)
    top = {"id", "version", "modules", "estimated_minutes", "title", "summary", "steps", "debrief"}
    data = r.mapping(raw, "", top, top)
    exercise_id = r.slug(data.get("id"), "id")
    if "id" in data and path.parent.name not in (exercise_id, exercise_id.replace("-", "_")):
        r.fail("id", f"{exercise_id!r} does not match its folder {path.parent.name!r}")
    steps = [_step(r, x, f"steps[{i}]") for i, x in enumerate(r.listing(data.get("steps"), "steps", 1))]
    r.unique([s.id for s in steps], "steps", "step")
    debrief = r.mapping(data.get("debrief"), "debrief", {"text", "links"}, {"text", "links"})
    links = []
    for i, x in enumerate(r.listing(debrief.get("links"), "debrief.links", 1)):
        link = r.mapping(x, f"debrief.links[{i}]", {"module", "section"}, {"module", "section"})
        links.append(Link(str(link.get("module")), str(link.get("section"))))
    exercise = Exercise(
        id=exercise_id,
        version=str(data.get("version", "")),
        modules=tuple(str(m) for m in r.listing(data.get("modules"), "modules", 1)),
        estimated_minutes=r.integer(data.get("estimated_minutes"), "estimated_minutes", 1),
        title=r.text(data.get("title"), "title"),
        summary=r.text(data.get("summary"), "summary"),
        steps=tuple(steps),
        debrief=r.text(debrief.get("text"), "debrief.text"),
        links=tuple(links),
        path=path,
    )
    if r.problems:
        raise ExerciseSpecError(r.problems)
    return exercise


def load_all(root: Path | str | None = None) -> dict[str, Exercise]:
    """Every ``<root>/*/exercise.yaml`` by id (default: the packaged exercises)."""
    folder = Path(root) if root is not None else EXERCISES_DIR
    exercises: dict[str, Exercise] = {}
    problems: list[str] = []
    for path in sorted(folder.glob(f"*/{SPEC_FILE}")):
        try:
            exercise = load_exercise(path)
        except ExerciseSpecError as error:
            problems.extend(error.problems)
            continue
        if exercise.id in exercises:
            problems.append(f"{_display(path)}: id: {exercise.id!r} is used twice")
        exercises[exercise.id] = exercise
    if problems:
        raise ExerciseSpecError(problems)
    return exercises


def check_links(exercise: Exercise, modules_dir: Path | str) -> list[str]:
    """Problems with the exercise's module and debrief links, checked in every language."""
    problems = []
    targets: list[tuple[str, str | None, str]]
    targets = [(m, None, f"modules[{i}]") for i, m in enumerate(exercise.modules)]
    targets += [(x.module, x.section, f"debrief.links[{i}]") for i, x in enumerate(exercise.links)]
    for module, section, path in targets:
        for code in CODES:
            file = Path(modules_dir) / code / f"{module}.md"
            if not file.exists():
                problems.append(f"{_display(exercise.path)}: {path}: no module file {file}")
            elif section and f"{{#{section}}}" not in file.read_text("utf-8"):
                problems.append(f"{_display(exercise.path)}: {path}: {file} has no {{#{section}}}")
    return problems


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
