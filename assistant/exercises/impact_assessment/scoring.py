"""Scoring an algorithmic impact assessment: a questionnaire and answers in, an impact level out.

The rule follows the shape of Canada's Algorithmic Impact Assessment, written
out here so that learners can redo every number by hand:

1. **Risk.** Each visible risk question adds the points of the chosen option
   (multi-choice: the sum of the chosen options). ``max_risk`` is the sum of
   the most each visible risk question can give.
2. **Mitigation.** The same for mitigation questions (``mitigation``,
   ``max_mitigation``).
3. **Final score.** When ``mitigation_pct`` (mitigation / max × 100) is at
   least :attr:`ScoringRule.mitigation_threshold_pct` (80), the final score is
   the raw risk minus :attr:`ScoringRule.deduction_pct` (15 %) of it;
   otherwise it is the raw risk. Mitigation can lower the level, never hide
   the raw risk, which the result keeps.
4. **Impact level** from ``final_pct`` = final / max_risk × 100:
   ≤ 25 → I, ≤ 50 → II, ≤ 75 → III, otherwise IV (a score exactly on a
   threshold takes the lower level).

A question whose ``when`` condition does not hold is *hidden*: it adds 0
points and its points leave the maximum, so an irrelevant question cannot
dilute the percentage. Percentages are compared as exact fractions, so a
score of exactly 25 % is level I on every machine; the result stores floats.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import ConfigError
from assistant.exercises.spec import Reader, Text
from assistant.exercises.text import Phrase, phrase, render_one
from assistant.i18n import SOURCE_LANGUAGE

QUESTIONNAIRE = Path(__file__).parent / "questionnaire.yaml"
KINDS = ("yes_no", "single_choice", "multi_choice")
SECTIONS = ("risk", "mitigation")
LEVEL_NAMES = ("I", "II", "III", "IV")
YES_NO = {
    "yes": Text(en="Yes", fr="Oui", es="Sí", pt="Sim", ar="نعم"),
    "no": Text(en="No", fr="Non", es="No", pt="Não", ar="لا"),
}


class AssessmentError(ConfigError):
    """Answers or a questionnaire that cannot be scored; ``problems`` names each question.

    Problems with a learner's answers also come as ``phrases`` (keys of the
    ``exercises`` strings), so a check can show them in the learner's language.
    """

    def __init__(self, problems: list[str], phrases: Sequence[Phrase] = ()) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
        self.phrases = tuple(phrases)

    @classmethod
    def of(cls, phrases: Sequence[Phrase]) -> AssessmentError:
        """The error whose English ``problems`` are ``phrases`` rendered."""
        return cls([render_one(p, SOURCE_LANGUAGE) for p in phrases], phrases)


@dataclass(frozen=True)
class Choice:
    """An answer option and the points it gives."""

    value: str
    points: int
    label: Text


@dataclass(frozen=True)
class Condition:
    """Show a question only when an earlier question's answer includes ``equals``."""

    question: str
    equals: str


@dataclass(frozen=True)
class Question:
    """One question of the questionnaire."""

    id: str
    area: str
    section: str  # risk | mitigation
    kind: str  # yes_no | single_choice | multi_choice
    text: Text
    options: tuple[Choice, ...]
    when: Condition | None = None

    @property
    def max_points(self) -> int:
        """The most this question can add: the best option, or all options of a multi-choice."""
        points = [o.points for o in self.options]
        return sum(points) if self.kind == "multi_choice" else max(points)

    def option(self, value: str) -> Choice:
        """The option called ``value``."""
        return next(o for o in self.options if o.value == value)


@dataclass(frozen=True)
class Record:
    """Plain-language description of the assessed tool, for the transparency record."""

    tool: str
    owner: Text
    purpose: Text
    decision_use: Text
    data: Text
    human_oversight: Text


@dataclass(frozen=True)
class Questionnaire:
    """A validated questionnaire."""

    id: str
    version: str
    record: Record
    areas: Mapping[str, Text]
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question:
        """The question called ``question_id``."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise AssessmentError([f"unknown question {question_id!r}"])


@dataclass(frozen=True)
class ScoringRule:
    """The documented constants of the scoring rule (see the module docstring)."""

    mitigation_threshold_pct: float = 80.0
    deduction_pct: float = 15.0
    level_thresholds_pct: tuple[float, float, float] = (25.0, 50.0, 75.0)


RULE = ScoringRule()


@dataclass(frozen=True)
class ItemScore:
    """How one question contributed: its answer, points and maximum (0 and 0 when hidden)."""

    question: str
    area: str
    section: str
    answer: tuple[str, ...]
    points: int
    max_points: int
    visible: bool


@dataclass(frozen=True)
class Assessment:
    """Every number of a scored assessment, so the UI and the record can show the working."""

    questionnaire: str
    version: str
    raw_risk: int
    max_risk: int
    risk_pct: float
    mitigation: int
    max_mitigation: int
    mitigation_pct: float
    deduction_applied: bool
    deduction: float
    final_score: float
    final_pct: float
    level: int
    level_name: str
    rule: ScoringRule
    items: tuple[ItemScore, ...]
    unanswered: tuple[str, ...] = ()


# --- loading ----------------------------------------------------------------------


def _choices(r: Reader, raw: dict, path: str, kind: str) -> tuple[Choice, ...]:
    if kind == "yes_no":
        given = raw.get("points")
        if isinstance(given, dict):  # YAML 1.1 reads a bare yes/no key as a boolean
            given = {_as_value(k) if isinstance(k, bool) else k: v for k, v in given.items()}
        points = r.mapping(given, f"{path}.points", {"yes", "no"}, {"yes", "no"})
        return tuple(
            Choice(v, r.integer(points.get(v, 0), f"{path}.points.{v}"), YES_NO[v]) for v in YES_NO
        )
    choices = []
    for i, item in enumerate(r.listing(raw.get("options"), f"{path}.options", 2)):
        where = f"{path}.options[{i}]"
        option = r.mapping(item, where, {"value", "points", "label"}, {"value", "points", "label"})
        choices.append(
            Choice(
                r.slug(option.get("value"), f"{where}.value"),
                r.integer(option.get("points"), f"{where}.points"),
                r.text(option.get("label"), f"{where}.label"),
            )
        )
    r.unique([c.value for c in choices], f"{path}.options", "option")
    return tuple(choices)


def parse_questionnaire(raw: Any, where: str) -> Questionnaire:
    """Validate raw questionnaire data; raise :class:`AssessmentError` naming each bad field."""
    r = Reader(where)
    top = {"id", "version", "record", "areas", "questions"}
    data = r.mapping(raw, "", top, top)
    fields = {"tool", "owner", "purpose", "decision_use", "data", "human_oversight"}
    rec = r.mapping(data.get("record"), "record", fields, fields)
    def text(name: str) -> Text:
        return r.text(rec.get(name), f"record.{name}")

    record = Record(
        str(rec.get("tool", "")),
        text("owner"),
        text("purpose"),
        text("decision_use"),
        text("data"),
        text("human_oversight"),
    )
    areas_raw = data.get("areas")
    if not isinstance(areas_raw, dict):
        if areas_raw is not None:
            r.fail("areas", "expected a mapping of area ids to five-language titles")
        areas_raw = {}
    areas = {str(k): r.text(v, f"areas.{k}") for k, v in areas_raw.items()}
    questions: list[Question] = []
    allowed = {"id", "area", "section", "kind", "text", "points", "options", "when"}
    for i, item in enumerate(r.listing(data.get("questions"), "questions", 1)):
        path = f"questions[{i}]"
        q = r.mapping(item, path, {"id", "area", "section", "kind", "text"}, allowed)
        kind = str(q.get("kind"))
        if kind not in KINDS:
            r.fail(f"{path}.kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        if q.get("section") not in SECTIONS:
            r.fail(f"{path}.section", f"{q.get('section')!r} is not one of {', '.join(SECTIONS)}")
        if q.get("area") not in areas:
            r.fail(f"{path}.area", f"{q.get('area')!r} is not one of {', '.join(areas)}")
        when = None
        if q.get("when") is not None:
            cond = r.mapping(q["when"], f"{path}.when", {"question", "equals"}, {"question", "equals"})
            when = Condition(str(cond.get("question")), _as_value(cond.get("equals")))
            earlier = {x.id: x for x in questions}
            if when.question not in earlier:
                r.fail(f"{path}.when.question", f"{when.question!r} is not an earlier question")
            elif when.equals not in {o.value for o in earlier[when.question].options}:
                r.fail(f"{path}.when.equals", f"{when.equals!r} is not an option of {when.question!r}")
        questions.append(
            Question(
                id=r.slug(q.get("id"), f"{path}.id"),
                area=str(q.get("area")),
                section=str(q.get("section")),
                kind=kind,
                text=r.text(q.get("text"), f"{path}.text"),
                options=_choices(r, q, path, kind),
                when=when,
            )
        )
    r.unique([q.id for q in questions], "questions", "question")
    if r.problems:
        raise AssessmentError(r.problems)
    return Questionnaire(str(data["id"]), str(data["version"]), record, areas, tuple(questions))


@functools.cache
def _load(path: Path) -> Questionnaire:
    try:
        raw = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise AssessmentError([f"{path}: cannot be read as YAML ({error})"]) from error
    return parse_questionnaire(raw, str(path))


def load_questionnaire(path: Path | str | None = None) -> Questionnaire:
    """The questionnaire at ``path`` (default: the packaged Civicly questionnaire), read once."""
    return _load(Path(path or QUESTIONNAIRE).resolve())


# --- scoring ------------------------------------------------------------------------


def _as_value(value: Any) -> str:
    """YAML and UIs give yes/no as booleans; everything else is compared as trimmed text."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).strip()


def _selected(question: Question, value: Any, problems: list[Phrase]) -> tuple[str, ...]:
    values = list(value) if isinstance(value, list | tuple | set | frozenset) else [value]
    if question.kind != "multi_choice" and len(values) != 1:
        problems.append(phrase("aia_one_option_problem", question=question.id))
        return ()
    chosen = {_as_value(v) for v in values}
    valid = [o.value for o in question.options]
    for bad in sorted(chosen - set(valid)):
        problems.append(
            phrase("aia_invalid_option_problem", question=question.id, option=bad, options=valid)
        )
    return tuple(v for v in valid if v in chosen)


def _pct(part: Fraction, whole: int) -> Fraction:
    return part * 100 / whole if whole else Fraction(0)


def score(
    questionnaire: Questionnaire,
    answers: Mapping[str, Any],
    *,
    require_all: bool = True,
    rule: ScoringRule = RULE,
) -> Assessment:
    """Score ``answers`` (question id → option value, list of values, or bool for yes/no).

    Raises :class:`AssessmentError` for unknown question ids, invalid options
    and, when ``require_all``, unanswered visible questions. With
    ``require_all=False`` an unanswered question counts 0 (its maximum still
    counts) and is listed in ``Assessment.unanswered``.
    """
    known = {q.id for q in questionnaire.questions}
    problems = [
        phrase("aia_unknown_question_problem", question=str(key), known=sorted(known))
        for key in answers
        if key not in known
    ]
    selected: dict[str, tuple[str, ...]] = {}
    visible: dict[str, bool] = {}
    items, unanswered = [], []
    for q in questionnaire.questions:
        shown = q.when is None or (
            visible.get(q.when.question, False) and q.when.equals in selected.get(q.when.question, ())
        )
        visible[q.id] = shown
        answer = answers.get(q.id)
        if answer is not None:
            selected[q.id] = _selected(q, answer, problems)
        elif shown:
            unanswered.append(q.id)
        chosen = selected.get(q.id, ()) if shown else ()
        points = sum(q.option(v).points for v in chosen)
        items.append(
            ItemScore(q.id, q.area, q.section, chosen, points, q.max_points if shown else 0, shown)
        )
    if require_all:
        problems += [phrase("aia_missing_answer_problem", question=qid) for qid in unanswered]
    if problems:
        raise AssessmentError.of(problems)

    def total(section: str, attribute: str) -> int:
        return sum(getattr(i, attribute) for i in items if i.section == section)

    raw, max_risk = total("risk", "points"), total("risk", "max_points")
    mitigation, max_mitigation = total("mitigation", "points"), total("mitigation", "max_points")
    mitigation_pct = _pct(Fraction(mitigation), max_mitigation)
    applied = max_mitigation > 0 and mitigation_pct >= Fraction(str(rule.mitigation_threshold_pct))
    deduction = Fraction(raw) * Fraction(str(rule.deduction_pct)) / 100 if applied else Fraction(0)
    final = raw - deduction
    final_pct = _pct(final, max_risk)
    thresholds = [Fraction(str(t)) for t in rule.level_thresholds_pct]
    level = 1 + sum(final_pct > t for t in thresholds)
    return Assessment(
        questionnaire=questionnaire.id,
        version=questionnaire.version,
        raw_risk=raw,
        max_risk=max_risk,
        risk_pct=float(_pct(Fraction(raw), max_risk)),
        mitigation=mitigation,
        max_mitigation=max_mitigation,
        mitigation_pct=float(mitigation_pct),
        deduction_applied=applied,
        deduction=float(deduction),
        final_score=float(final),
        final_pct=float(final_pct),
        level=level,
        level_name=LEVEL_NAMES[level - 1],
        rule=rule,
        items=tuple(items),
        unanswered=tuple(unanswered),
    )
