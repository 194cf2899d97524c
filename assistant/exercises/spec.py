"""Exercise specifications: the ``exercise.yaml`` format and its validating loader.

This module owns three things:

* the schema, as frozen pydantic models an exercise is read into
  (:class:`Exercise`, :class:`Step`, :class:`Input`, :class:`CheckSpec`,
  :class:`Link`) and the five-language :class:`Text`; unknown fields are
  refused everywhere, so a typo such as ``tips:`` for ``hints:`` is caught;
* the loader, which reports *all* problems at once, each as
  ``<file>: <field path>: <what is wrong>`` so an author can fix the YAML
  without reading Python: pydantic's errors are reworded here, and the two
  relations pydantic checks item by item cannot see (repeated step or input
  ids) are added from the raw file;
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
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal, TypeVar, get_args

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic import dataclasses as pydantic_dataclasses
from pydantic_core import ErrorDetails, PydanticCustomError

from assistant.errors import ConfigError
from assistant.exercises.checks import CHECKS, import_builtin_checks
from assistant.languages import CODES, DEFAULT_LANGUAGE, is_supported, normalize

EXERCISES_DIR = Path(__file__).parent
SPEC_FILE = "exercise.yaml"
InputKind = Literal["text", "choice", "number", "file"]
INPUT_KINDS: tuple[str, ...] = get_args(InputKind)
_KIND_FIELDS = {
    "text": ("min_length", "max_length"),
    "choice": ("options", "multiple"),
    "number": ("minimum", "maximum"),
    "file": ("extensions", "max_bytes"),
}
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_NEEDS = f"every text needs {', '.join(CODES)}"


class ExerciseSpecError(ConfigError):
    """An exercise file is invalid; ``problems`` lists each offending field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# --- the specification -------------------------------------------------------


@pydantic_dataclasses.dataclass(
    frozen=True, config=ConfigDict(extra="forbid", coerce_numbers_to_str=True)
)
class Text:
    """One text in the five course languages.

    Code may leave a language empty (:meth:`get` then gives English); a file
    may not: :data:`TextField` reads an empty text as a missing one.
    """

    en: str
    fr: str
    es: str
    pt: str
    ar: str

    def get(self, language: str) -> str:
        """The text in ``language``; English when the code is unknown or the text is empty."""
        code = normalize(language) if is_supported(language) else DEFAULT_LANGUAGE
        return str(getattr(self, code)) or self.en


def _final(kind: str, message: str) -> PydanticCustomError:
    """An error whose message the loader shows as it is."""
    return PydanticCustomError(kind, "{message}", {"message": message})


def _given_texts(raw: Any) -> Any:
    """Strip each language's text and drop the empty ones, so pydantic reports them missing."""
    if not isinstance(raw, dict):
        return raw
    stripped = {code: text.strip() if isinstance(text, str) else text for code, text in raw.items()}
    return {code: text for code, text in stripped.items() if text is not None and text != ""}


def _slug(raw: Any) -> Any:
    if not isinstance(raw, str) or not _SLUG.match(raw):
        raise _final("not_an_id", f"{raw!r} is not an id (lower-case letters, digits, - or _)")
    return raw


def _number(raw: Any) -> Any:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise _final("not_a_number", f"expected a number, got {raw!r}")
    return raw


def _parameters(raw: Any) -> Any:
    if raw is not None and not isinstance(raw, dict):
        raise _final("not_a_mapping", "expected a mapping of parameter names to values")
    return raw or {}


def _empty_if_none(raw: Any) -> Any:
    return () if raw is None else raw


Item = TypeVar("Item")
#: A text as a file gives it: all five languages, none empty.
TextField = Annotated[Text, BeforeValidator(_given_texts)]
#: An id: lower-case letters, digits, ``-`` or ``_``.
Slug = Annotated[str, BeforeValidator(_slug)]
#: An int or a float, never a bool or a numeric string.
Number = Annotated[int | float, BeforeValidator(_number)]
#: An optional list; ``null`` (a key with nothing after it) is an empty one.
Items = Annotated[tuple[Item, ...], BeforeValidator(_empty_if_none)]


class _Spec(BaseModel):
    """A part of an exercise file: every field known, nothing changed after loading."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


class Option(_Spec):
    """A choice the learner can pick."""

    value: str
    label: TextField


class Input(_Spec):
    """Something the learner provides in a step; constraints depend on ``kind``."""

    id: Slug
    kind: InputKind
    label: TextField
    required: bool = True
    min_length: Number | None = None  # text
    max_length: Number | None = None  # text
    options: Items[Option] = ()  # choice: at least two
    multiple: bool = False  # choice
    minimum: Number | None = None  # number
    maximum: Number | None = None  # number
    extensions: Items[str] = ()  # file
    max_bytes: Number | None = None  # file

    @model_validator(mode="before")
    @classmethod
    def _choice_lists_options(cls, raw: Any) -> Any:
        # Field validators run only on the fields a file gives; a choice must have options.
        if isinstance(raw, dict) and raw.get("kind") == "choice" and "options" not in raw:
            return {**raw, "options": []}
        return raw

    @field_validator(*(name for names in _KIND_FIELDS.values() for name in names))
    @classmethod
    def _fits_kind(cls, value: Any, info: ValidationInfo) -> Any:
        kind = info.data.get("kind")  # absent when the kind itself is wrong
        if kind is None:
            return value
        allowed = _KIND_FIELDS[kind]
        if info.field_name not in allowed:
            use = ", ".join(sorted(["id", "kind", "label", "required", *allowed]))
            raise _final("unknown_field", f"unknown field (use {use})")
        if info.field_name == "options" and len(value) < 2:
            raise _final("too_few_options", "expected a list of at least 2 item(s)")
        return value


class CheckSpec(_Spec):
    """A registered check and the parameters this step passes to it."""

    name: str
    params: Annotated[
        Mapping[str, Any], BeforeValidator(_parameters), AfterValidator(MappingProxyType)
    ] = Field(default_factory=lambda: MappingProxyType({}))

    @field_validator("name")
    @classmethod
    def _registered(cls, name: str) -> str:
        if name not in CHECKS:
            registered = ", ".join(sorted(CHECKS))
            raise _final("unknown_check", f"unknown check {name!r} (registered: {registered})")
        return name

    @field_validator("params")
    @classmethod
    def _fit_check(cls, params: Mapping[str, Any], info: ValidationInfo) -> Mapping[str, Any]:
        name = info.data.get("name")  # absent when the name is not registered
        if name is not None:
            try:
                inspect.signature(CHECKS[name]).bind({}, **params)
            except TypeError as error:
                raise _final("params_do_not_fit", f"do not fit check {name!r}: {error}") from None
        return params


class Step(_Spec):
    """One step of an exercise."""

    id: Slug
    title: TextField
    instructions: TextField
    inputs: Items[Input] = ()
    checks: Items[CheckSpec] = ()
    hints: Items[TextField] = ()


class Link(_Spec):
    """A course section: ``corpus/modules/<lang>/<module>.md`` holding ``{#section}``."""

    module: str
    section: str


class Debrief(_Spec):
    """What the learner should take away, and the course sections to read again."""

    text: TextField
    links: tuple[Link, ...] = Field(min_length=1)


class Exercise(_Spec):
    """A validated exercise specification.

    Validate with ``context={"path": <the file>}``: the id must then match the
    file's folder, and :attr:`path` records where the exercise was read from.
    """

    id: Slug
    version: str
    modules: tuple[str, ...] = Field(min_length=1)
    estimated_minutes: int = Field(ge=1, strict=True)
    title: TextField
    summary: TextField
    steps: tuple[Step, ...] = Field(min_length=1)
    closing: Debrief = Field(alias="debrief")
    _path: Path = PrivateAttr(default=Path())

    @field_validator("id")
    @classmethod
    def _matches_folder(cls, exercise_id: str, info: ValidationInfo) -> str:
        path = (info.context or {}).get("path")
        folder = Path(path).parent.name if path is not None else None
        if folder is not None and folder not in (exercise_id, exercise_id.replace("-", "_")):
            raise _final("id_not_folder", f"{exercise_id!r} does not match its folder {folder!r}")
        return exercise_id

    def model_post_init(self, context: Any, /) -> None:
        if context and context.get("path") is not None:
            self._path = Path(context["path"])

    @property
    def path(self) -> Path:
        """The ``exercise.yaml`` this exercise was read from."""
        return self._path

    @property
    def debrief(self) -> Text:
        """The debrief text."""
        return self.closing.text

    @property
    def links(self) -> tuple[Link, ...]:
        """The course sections the debrief points to."""
        return self.closing.links

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


def load_exercise(path: Path | str) -> Exercise:
    """Read and validate one ``exercise.yaml``; raise :class:`ExerciseSpecError` listing every problem."""
    import_builtin_checks()
    path = Path(path)
    where = _display(path)
    try:
        raw = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ExerciseSpecError([f"{where}: cannot be read as YAML ({error})"]) from error
    problems: list[tuple[str, str]] = []
    try:
        exercise = Exercise.model_validate(raw, context={"path": path})
    except ValidationError as error:
        errors = [e for e in error.errors() if not _counts_broken_items(e)]
        problems = [(_field_path(e["loc"]), _describe(e)) for e in errors]
    problems += _repeated_ids(raw)
    if problems:
        raise ExerciseSpecError(
            [f"{where}: {p}: {m}" if p else f"{where}: {m}" for p, m in problems]
        )
    return exercise


def _field_path(loc: tuple[int | str, ...]) -> str:
    """``("steps", 2, "instructions", "ar")`` -> ``steps[2].instructions.ar``."""
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if path else str(part)
    return path


def _counts_broken_items(error: ErrorDetails) -> bool:
    """A "too short" list that is long enough: pydantic counts only its valid items.

    The broken items have errors of their own, which say what to fix.
    """
    value = error["input"]
    return (
        error["type"] == "too_short"
        and isinstance(value, list)
        and len(value) >= error.get("ctx", {}).get("min_length", 0)
    )


def _fields(cls: Any) -> dict[str, Any]:
    """The fields of a model or pydantic dataclass, by the name a file uses."""
    fields = getattr(cls, "__pydantic_fields__", {})
    return {info.alias or name: info for name, info in fields.items()}


def _schema_class(annotation: Any) -> Any:
    """The model (or :class:`Text`) inside an annotation such as ``tuple[Step, ...]``."""
    if isinstance(annotation, type) and hasattr(annotation, "__pydantic_fields__"):
        return annotation
    return next(filter(None, map(_schema_class, get_args(annotation))), None)


def _class_at(loc: tuple[int | str, ...]) -> Any:
    """The model (or :class:`Text`) expected at ``loc`` in an exercise file, if any."""
    cls: Any = Exercise
    for part in loc:
        if isinstance(part, str):
            field = _fields(cls).get(part)
            cls = _schema_class(field.annotation) if field else None
    return cls


def _describe(error: ErrorDetails) -> str:
    """One pydantic error in the words of the exercise README."""
    loc, kind, value = error["loc"], error["type"], error["input"]
    ctx = error.get("ctx", {})
    owner = _class_at(loc[:-1])  # the model the offending field belongs to
    field = _fields(owner).get(loc[-1]) if loc and isinstance(loc[-1], str) else None
    bounds = {
        key: getattr(m, key)
        for m in getattr(field, "metadata", ())
        for key in ("ge", "min_length")
        if hasattr(m, key)
    }
    if value is None and loc and kind.endswith("_type"):
        return "empty item" if isinstance(loc[-1], int) else "missing"
    match kind:
        case "missing":
            return f"missing ({_NEEDS})" if owner is Text else "missing"
        case "extra_forbidden" | "unexpected_keyword_argument":
            if owner is Text:
                return f"unknown language ({_NEEDS})"
            return f"unknown field (use {', '.join(sorted(_fields(owner)))})"
        case "model_type" | "dataclass_type":
            expected = _class_at(loc)
            if expected is Text:
                return f"expected a mapping of languages ({_NEEDS})"
            required = [name for name, info in _fields(expected).items() if info.is_required()]
            return f"expected a mapping with {', '.join(required)}"
        case "too_short":
            return f"expected a list of at least {ctx['min_length']} item(s)"
        case "tuple_type" | "list_type" if "min_length" in bounds:
            return f"expected a list of at least {bounds['min_length']} item(s)"
        case "tuple_type" | "list_type":
            return "expected a list"
        case "int_type" | "int_from_float" | "int_parsing" | "greater_than_equal":
            at_least = f" ≥ {bounds['ge']}" if "ge" in bounds else ""
            return f"expected a whole number{at_least}, got {value!r}"
        case "bool_type" | "bool_parsing":
            return f"expected true or false, got {value!r}"
        case "string_type":
            return f"expected text, got {value!r}"
        case "literal_error" if field is not None:
            return f"{value!r} is not one of {', '.join(map(str, get_args(field.annotation)))}"
    return error["msg"]  # the validators above word their own errors


def _repeated_ids(raw: Any) -> list[tuple[str, str]]:
    """Step ids repeated in the file, and input ids repeated in a step.

    Pydantic validates list items one by one, so this relation is read from
    the raw file, which also reports it alongside every other problem.
    """
    steps = raw.get("steps") if isinstance(raw, dict) else None
    problems = _repeats(steps, "steps", "step")
    for i, step in enumerate(steps if isinstance(steps, list) else []):
        if isinstance(step, dict):
            problems += _repeats(step.get("inputs"), f"steps[{i}].inputs", "input")
    return problems


def _repeats(items: Any, path: str, what: str) -> list[tuple[str, str]]:
    if not isinstance(items, list):
        return []
    ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    return [
        (f"{path}[{i}].id", f"duplicate {what} id {value!r}")
        for i, value in enumerate(ids)
        if value is not None and value in ids[:i]
    ]


# --- the questionnaire's reader (see Reader) --------------------------------


class Reader:
    """Reads raw YAML data into dataclasses, collecting ``field: problem`` messages.

    What is left of the hand-written validation before the pydantic models:
    the impact-assessment questionnaire loader
    (:mod:`assistant.exercises.impact_assessment.scoring`) still uses it.
    """

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
