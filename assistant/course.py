"""The course as learners browse it: modules, their sections, quizzes and grading.

Reads ``corpus/modules/<lang>/<module-id>.md`` and
``corpus/quizzes/<lang>/<module-id>.yaml`` (layout in ``corpus/AUTHORING.md``).
This is the *reading* view of the corpus; the search index is built separately
by ``ingest``. Choices made here:

- **Sections are flat.** Every heading of level 2 or deeper is one
  :class:`Section` whose ``markdown`` is its own body: the text from below its
  heading line to the next heading of *any* level, so no text appears twice. A
  ``###`` sub-section is a separate Section with ``level=3``. The text between
  the ``#`` title and the first ``##`` becomes a level-1 section with id
  ``introduction`` (or the title's ``{#anchor}`` when it has one); the index
  names that passage after the slugified title instead, so a citation of the
  introduction should be linked to the module page rather than a section.
- **English is the fallback.** A module missing in the learner's language is
  served from English with ``fallback=True``, so the UI can say so; quizzes
  likewise.
- **Lazy and cached.** Nothing is read until asked for; each file is parsed
  once per :class:`Course` (thread-safe). Build a new ``Course`` to see edits.
- **Broken files fail loudly** with a :class:`ConfigError` naming the file:
  a course with a silently missing quiz question is worse than an error. The
  front matter and quiz files are validated by pydantic models that refuse
  unknown fields (a typo such as ``explaination`` is an error, not a quiz
  without explanations); the first problem is reported, in the wording of
  ``corpus/AUTHORING.md``.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic import dataclasses as pydantic_dataclasses
from pydantic_core import ErrorDetails, PydanticCustomError

from assistant import languages
from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError, DocumentError
from assistant.rag.loaders import Block, decode_utf8, parse_markdown

FALLBACK_LANGUAGE = languages.DEFAULT_LANGUAGE
INTRODUCTION = "introduction"


class CourseLookupError(AssistantError, LookupError):
    """A module, section or quiz that the course does not have; the message lists valid ids."""


class InvalidAnswerError(AssistantError, ValueError):
    """Quiz answers that do not fit the quiz (unknown question or option)."""


@dataclass(frozen=True)
class Section:
    """One heading of a module and its own body text (Markdown, heading line excluded)."""

    id: str
    title: str
    level: int
    markdown: str


@dataclass(frozen=True)
class Module:
    """One course module in one language."""

    id: str
    language: str
    title: str
    objectives: tuple[str, ...]
    minutes: int | None
    sections: tuple[Section, ...]
    version: str
    #: True when this is the English module shown in place of a missing translation.
    fallback: bool = False

    def section(self, section_id: str) -> Section:
        """The section with ``section_id``, or an error listing the valid ids."""
        for section in self.sections:
            if section.id == section_id:
                return section
        valid = ", ".join(s.id for s in self.sections)
        raise CourseLookupError.from_key(
            "course_no_section",
            module_id=self.id, language=self.language, section_id=section_id, valid=valid,
        )


def _required(raw: Any) -> str:
    if not raw:
        raise PydanticCustomError("required", "is required")
    return str(raw)


#: Text a file may give as any YAML scalar; nothing is "".
_Text = Annotated[str, BeforeValidator(lambda raw: str(raw or ""))]


@pydantic_dataclasses.dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class QuizQuestion:
    """A multiple-choice question; ``answer`` is the zero-based index of the right option."""

    id: Annotated[str, BeforeValidator(_required)]
    question: Annotated[str, BeforeValidator(_required)]
    options: Annotated[tuple[Annotated[str, BeforeValidator(str)], ...], Field(min_length=2)]
    answer: int
    explanation: _Text = ""
    section: _Text = ""

    @field_validator("answer", mode="before")
    @classmethod
    def _an_option(cls, answer: Any, info: ValidationInfo) -> Any:
        options = info.data.get("options")  # absent when the options are wrong themselves
        if options is not None and (
            not isinstance(answer, int)
            or isinstance(answer, bool)
            or not 0 <= answer < len(options)
        ):
            raise PydanticCustomError("not_an_option", "is not the index of an option")
        return answer


@dataclass(frozen=True)
class Quiz:
    """The quiz of one module in one language."""

    module: str
    language: str
    questions: tuple[QuizQuestion, ...]
    fallback: bool = False


@dataclass(frozen=True)
class QuizItemResult:
    """How one question was answered, with what to read when it was wrong."""

    question_id: str
    question: str
    chosen: int | None
    correct: int
    is_correct: bool
    unanswered: bool
    explanation: str
    section_id: str
    section_title: str


@dataclass(frozen=True)
class QuizResult:
    """A graded quiz: unanswered questions count as wrong."""

    module: str
    language: str
    score: int
    total: int
    items: tuple[QuizItemResult, ...]


def _sections(text: str, blocks: list[Block], path: Path) -> tuple[Section, ...]:
    """Flat sections: each heading's body runs to the next heading of any level."""
    sections: list[Section] = []
    heading: Block | None = None
    body: list[Block] = []

    def close() -> None:
        markdown = text[body[0].start : body[-1].end] if body else ""
        if heading is None:  # text before any heading, e.g. a file without a title
            if markdown:
                sections.append(Section(INTRODUCTION, "", 1, markdown))
        elif heading.level == 1:
            if markdown:
                sections.append(Section(heading.anchor or INTRODUCTION, heading.text, 1, markdown))
        else:
            if not heading.anchor:
                raise ConfigError(
                    f"{path}: heading {heading.text!r} has no {{#id}} anchor; "
                    "add one as corpus/AUTHORING.md describes"
                )
            sections.append(Section(heading.anchor, heading.text, heading.level, markdown))

    for block in blocks:
        if block.level == 0:
            body.append(block)
            continue
        close()
        heading, body = block, []
    close()
    ids = [s.id for s in sections]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ConfigError(f"{path}: section ids used twice: {', '.join(duplicates)}")
    return tuple(sections)


class _FrontMatter(BaseModel):
    """A module's front matter, as ``corpus/AUTHORING.md`` documents it.

    The course reads the title, version, minutes and objectives; the search
    index reads ``id``, ``module``, ``language`` and ``keywords``.
    """

    model_config = ConfigDict(extra="forbid")

    id: Any = None
    module: Any = None
    title: Any = None
    language: Any = None
    version: Any = None
    estimated_minutes: int | None = Field(default=None, strict=True)
    learning_objectives: list[Any] | None = None
    keywords: Any = None


def _load_module(path: Path, language: str) -> Module:
    try:
        document = parse_markdown(decode_utf8(path.read_bytes(), path.name))
    except DocumentError as exc:
        raise ConfigError(f"Cannot read course module {path}: {exc}") from exc
    try:
        meta = _FrontMatter.model_validate(document.metadata)
    except ValidationError as exc:
        name = str(exc.errors()[0]["loc"][0])
        problem = {
            "estimated_minutes": "'estimated_minutes' must be a whole number",
            "learning_objectives": "'learning_objectives' must be a list",
        }.get(name, f"unknown field {name!r} (use {', '.join(_FrontMatter.model_fields)})")
        raise ConfigError(f"{path}: front matter: {problem}") from None
    first_title = next((b.text for b in document.blocks if b.level == 1), path.stem)
    return Module(
        id=path.stem,
        language=language,
        title=str(meta.title or first_title),
        objectives=tuple(str(o) for o in meta.learning_objectives or ()),
        minutes=meta.estimated_minutes,
        sections=_sections(document.text, document.blocks, path),
        version=str(meta.version or ""),
    )


class _QuizFile(BaseModel):
    """A quiz file; ``module`` and ``language`` are informative (the path decides)."""

    model_config = ConfigDict(extra="forbid")

    module: Any = None
    language: Any = None
    questions: tuple[QuizQuestion, ...]


def _load_quiz(path: Path, module_id: str, language: str) -> Quiz:
    try:
        raw = yaml.safe_load(decode_utf8(path.read_bytes(), path.name))
    except (yaml.YAMLError, DocumentError) as exc:
        raise ConfigError(f"Cannot read quiz {path}: {exc}") from exc
    try:
        quiz = _QuizFile.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{path}{_quiz_problem(exc.errors()[0], raw)}") from None
    ids = [q.id for q in quiz.questions]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"{path}: question ids must be unique")
    return Quiz(module=module_id, language=language, questions=quiz.questions)


def _quiz_problem(error: ErrorDetails, raw: Any) -> str:
    """The first problem of a quiz file, after its path, in the words of the authoring guide."""
    loc = error["loc"]
    if error["type"] == "extra_forbidden" and len(loc) == 1:
        return f": unknown field {loc[0]!r} (use module, language, questions)"
    if len(loc) < 2 or loc[0] != "questions":
        return ": a quiz is a mapping with a 'questions' list"
    number = int(loc[1]) + 1
    field = str(loc[2]) if len(loc) > 2 else ""
    question = raw["questions"][number - 1]
    if not field:
        problem = "must be a mapping with id, question, options, answer"
    elif error["type"] == "unexpected_keyword_argument":
        known = ", ".join(f.name for f in fields(QuizQuestion))
        problem = f"unknown field {field!r} (use {known})"
    elif field in ("id", "question"):
        problem = "'id' and 'question' are required"
    elif field == "options":
        problem = "'options' must list at least two choices"
    else:  # the answer; the options are fine, or their problem would come first
        last = len(question["options"]) - 1
        problem = f"'answer' must be the zero-based index of an option (0-{last})"
    return f", question {number}: {problem}"


class Course:
    """The modules and quizzes under a corpus folder, loaded on demand."""

    def __init__(self, modules_dir: Path, quizzes_dir: Path | None = None) -> None:
        self.modules_dir = Path(modules_dir)
        self.quizzes_dir = Path(quizzes_dir) if quizzes_dir else self.modules_dir.parent / "quizzes"
        self._lock = threading.RLock()
        self._modules: dict[tuple[str, str], Module] = {}
        self._quizzes: dict[tuple[str, str], Quiz | None] = {}
        self._version: str | None = None
        self._ids: dict[str, list[str]] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> Course:
        """The course in ``settings.corpus_dir`` with quizzes beside it."""
        return cls(settings.corpus_dir)

    # -- files ----------------------------------------------------------------

    def _root(self) -> Path:
        if not self.modules_dir.is_dir():
            raise ConfigError(
                f"No course modules found at {self.modules_dir}. Set ASSISTANT_CORPUS_DIR to "
                "the folder holding <language>/<module-id>.md files (default corpus/modules)."
            )
        return self.modules_dir

    def _module_ids(self, language: str) -> list[str]:
        """Module ids of one language, listed once (modules are cached too)."""
        with self._lock:
            if language not in self._ids:
                folder = self._root() / language
                ids = sorted(p.stem for p in folder.glob("*.md")) if folder.is_dir() else []
                self._ids[language] = ids
            return self._ids[language]

    def _module_file(self, module_id: str, language: str) -> Path | None:
        path = self._root() / language / f"{module_id}.md"
        # A module id is a file name, never a path: reject "../x" and the like.
        return path if "/" not in module_id and "\\" not in module_id and path.is_file() else None

    # -- modules --------------------------------------------------------------

    def languages(self) -> list[str]:
        """Codes of the languages that have at least one module, in the usual order."""
        return [code for code in languages.CODES if self._module_ids(code)]

    def modules(self, language: str) -> list[Module]:
        """Every module in ``language`` ordered by id, English where a translation is missing."""
        code = languages.normalize(language)
        ids = sorted(set(self._module_ids(code)) | set(self._module_ids(FALLBACK_LANGUAGE)))
        return [self.module(module_id, code) for module_id in ids]

    def module(self, module_id: str, language: str) -> Module:
        """One module in ``language`` (or its English version, marked ``fallback``)."""
        code = languages.normalize(language)
        with self._lock:
            key = (module_id, code)
            if key not in self._modules:
                self._modules[key] = self._read_module(module_id, code)
            return self._modules[key]

    def _read_module(self, module_id: str, code: str) -> Module:
        path = self._module_file(module_id, code)
        if path is not None:
            return _load_module(path, code)
        english = self._module_file(module_id, FALLBACK_LANGUAGE)
        if english is None:
            valid = ", ".join(self._module_ids(code) or self._module_ids(FALLBACK_LANGUAGE))
            raise CourseLookupError.from_key(
                "course_no_module", module_id=module_id, valid=valid or "(none)"
            )
        loaded = _load_module(english, FALLBACK_LANGUAGE)
        return replace(loaded, fallback=code != FALLBACK_LANGUAGE)

    # -- quizzes --------------------------------------------------------------

    def quiz(self, module_id: str, language: str) -> Quiz | None:
        """The module's quiz in ``language`` (English fallback), or None if it has none."""
        code = languages.normalize(language)
        self.module(module_id, code)  # unknown modules are an error, not "no quiz"
        with self._lock:
            key = (module_id, code)
            if key not in self._quizzes:
                self._quizzes[key] = self._read_quiz(module_id, code)
            return self._quizzes[key]

    def _read_quiz(self, module_id: str, code: str) -> Quiz | None:
        for candidate in dict.fromkeys((code, FALLBACK_LANGUAGE)):
            path = self.quizzes_dir / candidate / f"{module_id}.yaml"
            if path.is_file():
                quiz = _load_quiz(path, module_id, candidate)
                return replace(quiz, fallback=candidate != code)
        return None

    def grade(self, quiz: Quiz, answers: Mapping[str, int | None]) -> QuizResult:
        """Score ``answers`` (question id -> chosen option index, None = skipped)."""
        by_id = {q.id: q for q in quiz.questions}
        unknown = sorted(set(answers) - set(by_id))
        if unknown:
            raise InvalidAnswerError.from_key(
                "quiz_unknown_questions",
                ids=", ".join(unknown), module=quiz.module, valid=", ".join(by_id),
            )
        module = self.module(quiz.module, quiz.language)
        titles = {s.id: s.title for s in module.sections}
        items = []
        for question in quiz.questions:
            chosen = answers.get(question.id)
            if chosen is not None and (
                not isinstance(chosen, int)
                or isinstance(chosen, bool)
                or not 0 <= chosen < len(question.options)
            ):
                raise InvalidAnswerError.from_key(
                    "quiz_not_an_option",
                    chosen=chosen, question=question.id, last=len(question.options) - 1,
                )
            items.append(
                QuizItemResult(
                    question_id=question.id,
                    question=question.question,
                    chosen=chosen,
                    correct=question.answer,
                    is_correct=chosen == question.answer,
                    unanswered=chosen is None,
                    explanation=question.explanation,
                    section_id=question.section,
                    section_title=titles.get(question.section, ""),
                )
            )
        return QuizResult(
            module=quiz.module,
            language=quiz.language,
            score=sum(item.is_correct for item in items),
            total=len(items),
            items=tuple(items),
        )

    # -- about ----------------------------------------------------------------

    def version(self) -> str:
        """A short hash of every module and quiz file (names and bytes), for the About page."""
        with self._lock:
            if self._version is None:
                digest = hashlib.sha256()
                for label, root in ((b"modules/", self._root()), (b"quizzes/", self.quizzes_dir)):
                    files = sorted(root.rglob("*")) if root.is_dir() else []
                    for path in (p for p in files if p.suffix in {".md", ".yaml"}):
                        name = path.relative_to(root).as_posix().encode("utf-8")
                        digest.update(label + name + b"\0")
                        digest.update(hashlib.sha256(path.read_bytes()).digest())
                self._version = digest.hexdigest()[:12]
            return self._version
