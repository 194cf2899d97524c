"""The ``pii_*`` checks of the redact-before-store exercise, and the measurement they share.

Matching is deliberately lenient, as the learner is told: a flagged span counts
as personal data when it *overlaps* a labelled item of any kind, and a labelled
item counts as found when any flagged span overlaps it. Precision is the share
of flagged spans that are personal data, recall the share of labelled items
found. Check values never repeat the personal data itself (they are stored
with the learner's progress): they give message ids, kinds and offsets.

Submission keys besides the step inputs, all optional:

* ``labelled``: the labelled cases to use instead of ``samples.jsonl``;
* ``redacted``: ``{case id: text as the learner would store it}`` for
  ``pii_redaction_complete`` (default: :func:`assistant.privacy.redact`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import languages
from assistant.errors import ConfigError
from assistant.exercises.checks import CheckResult, register, result
from assistant.exercises.text import Phrase, language_tag, phrase
from assistant.privacy import ascii_digits, find_personal_data, redact

SAMPLES = Path(__file__).with_name("samples.jsonl")
#: Tolerance when comparing the learner's precision and recall with the measured ones.
TOLERANCE = 0.02
#: A labelled number survives redaction if this many of its digits appear in a row.
MIN_DIGITS = 6


@dataclass(frozen=True)
class LabelledCase:
    """One labelled message: ``spans`` are (start, end, kind)."""

    id: str
    language: str
    text: str
    spans: tuple[tuple[int, int, str], ...]

    def items(self) -> list[str]:
        """The labelled texts, in order."""
        return [self.text[start:end] for start, end, _ in self.spans]


def _case(raw: Mapping[str, Any], where: str) -> LabelledCase:
    try:
        text = str(raw["text"])
        spans = tuple(
            (int(s["start"]), int(s["end"]), str(s["kind"]).upper()) for s in raw.get("spans", ())
        )
        if any(not 0 <= a < b <= len(text) for a, b, _ in spans):
            raise ValueError("a span lies outside the text")
        return LabelledCase(str(raw["id"]), languages.normalize(str(raw["language"])), text, spans)
    except (KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"{where}: not a labelled message ({error}).") from error


def load_samples(path: Path | str = SAMPLES) -> list[LabelledCase]:
    """The labelled messages of a JSON Lines file (default: the exercise's ten samples)."""
    lines = Path(path).read_text("utf-8").splitlines()
    return [
        _case(json.loads(line), f"{path}:{n}") for n, line in enumerate(lines, 1) if line.strip()
    ]


def _cases(submission: Mapping[str, Any]) -> list[LabelledCase]:
    given = submission.get("labelled")
    if not given:
        return load_samples()
    return [c if isinstance(c, LabelledCase) else _case(c, "labelled") for c in given]


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 1.0


def measure_detector(cases: Iterable[LabelledCase]) -> dict[str, Any]:
    """Precision and recall of :func:`find_personal_data`, overall and per language.

    Returns ``{"overall": {...}, "by_language": {code: {...}}, "missed": [...]}``,
    each scope with ``precision``, ``recall``, ``flagged``, ``labelled`` and
    ``found``; ``missed`` lists ``(case id, kind, start, end)``. A share with
    nothing to count (no span flagged, no item labelled) is 1.0.
    """
    tallies: dict[str, list[int]] = {}  # scope -> [flagged, flagged_ok, labelled, found]
    missed = []
    for case in cases:
        flagged = [(s.start, s.end) for s in find_personal_data(case.text, case.language)]
        ok = sum(any(a < e and s < b for s, e, _ in case.spans) for a, b in flagged)
        found = 0
        for start, end, kind in case.spans:
            if any(a < end and start < b for a, b in flagged):
                found += 1
            else:
                missed.append((case.id, kind, start, end))
        for scope in ("overall", case.language):
            tally = tallies.setdefault(scope, [0, 0, 0, 0])
            for i, value in enumerate((len(flagged), ok, len(case.spans), found)):
                tally[i] += value

    def scores(tally: Sequence[int]) -> dict[str, Any]:
        return {
            "precision": _ratio(tally[1], tally[0]),
            "recall": _ratio(tally[3], tally[2]),
            "flagged": tally[0],
            "labelled": tally[2],
            "found": tally[3],
        }

    overall = scores(tallies.pop("overall", [0, 0, 0, 0]))
    by_language = {code: scores(tally) for code, tally in sorted(tallies.items())}
    return {"overall": overall, "by_language": by_language, "missed": missed}


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _mentions(haystack: str, item: str) -> bool:
    """Whether ``item`` appears in ``haystack``, ignoring case, spacing and digit grouping."""
    if _fold(item) and _fold(item) in _fold(haystack):
        return True
    digits = ascii_digits(item)
    return len(digits) >= MIN_DIGITS and digits in ascii_digits(haystack)


_LINE_NUMBER = re.compile(r"^\s*(?:#|n[°º]\s*|msg-?)?([0-9٠-٩]{1,3})\b", re.IGNORECASE)


@register("pii_spans_found")
def spans_found(
    submission: Mapping[str, Any], *, min_kinds: int, input: str = "spans"
) -> CheckResult:
    """The learner's lines name labelled items of at least ``min_kinds`` different kinds.

    A line counts when it quotes a labelled item of the sample it numbers
    (``3, 612 345 678, phone``); a line without a number may quote any sample.
    Kinds are the labels' kinds, so the learner's own wording of the kind does
    not matter.
    """
    cases = _cases(submission)
    lines = [line for line in str(submission.get(input) or "").splitlines() if line.strip()]
    found: set[tuple[int, int]] = set()
    unmatched = 0
    for line in lines:
        number = _LINE_NUMBER.match(line)
        index = int(ascii_digits(number.group(1))) - 1 if number else None
        scope = [index] if index is not None and 0 <= index < len(cases) else range(len(cases))
        hits = {
            (c, s)
            for c in scope
            for s, item in enumerate(cases[c].items())
            if _mentions(line[number.end() :] if number else line, item)
        }
        found |= hits
        unmatched += not hits
    kinds = sorted({cases[c].spans[s][2] for c, s in found})
    total = sum(len(case.spans) for case in cases)
    message = [
        phrase("pii_found_items", found=len(found), n=total),
        phrase(
            "pii_found_kinds", count=len(kinds), kinds=kinds or {"key": "none"}, minimum=min_kinds
        ),
    ]
    if unmatched:
        message.append(phrase("pii_unmatched_lines", n=unmatched))
    values = {"found": len(found), "labelled": total, "kinds": kinds, "unmatched_lines": unmatched}
    return result("pii_spans_found", len(kinds) >= min_kinds, message, values)


def _language_named(text: str, code: str) -> bool:
    language = languages.LANGUAGES[code]
    words = {code, language.english_name, language.native_name}
    folded = _fold(text)
    return any(re.search(rf"(?<!\w){re.escape(_fold(w))}(?!\w)", folded) for w in words)


@register("pii_precision_recall")
def precision_recall(
    submission: Mapping[str, Any],
    *,
    min_precision: float,
    min_recall: float,
    per_language: bool = True,
) -> CheckResult:
    """The learner's precision and recall match the measurement (±0.02), and they name the weakest language.

    ``min_precision`` and ``min_recall`` are the service's bar: the message
    says whether the detector meets it (overall and, with ``per_language``, in
    each language), which is what the learner should report, but meeting it is
    the detector's job, not the learner's, so it does not decide the result.
    """
    report = measure_detector(_cases(submission))
    overall = report["overall"]
    problems: list[Phrase] = []
    for name in ("precision", "recall"):
        given = submission.get(name)
        if isinstance(given, bool) or not isinstance(given, int | float):
            problems.append(phrase(f"pii_{name}_missing"))
        elif abs(float(given) - overall[name]) > TOLERANCE:
            problems.append(phrase(f"pii_{name}_differs", given=given, measured=overall[name]))
    scopes = {"overall": overall, **(report["by_language"] if per_language else {})}
    below = [
        scope
        for scope, row in scopes.items()
        if row["precision"] < min_precision or row["recall"] < min_recall
    ]
    weakest = min(
        report["by_language"], key=lambda c: report["by_language"][c]["recall"], default=None
    )
    if (
        per_language
        and weakest
        and not _language_named(str(submission.get("weakest_language") or ""), weakest)
    ):
        problems.append(phrase("pii_weakest_language", language=language_tag(weakest)))
    bar = {"min_precision": min_precision, "min_recall": min_recall}
    below_shown = [{"key": "overall"} if s == "overall" else language_tag(s) for s in below]
    message = [
        phrase("pii_measured", precision=overall["precision"], recall=overall["recall"]),
        phrase("pii_below_bar", scopes=below_shown, **bar)
        if below
        else phrase("pii_meets_bar", **bar),
        *problems,
    ]
    values = {
        "measured": overall,
        "by_language": report["by_language"],
        "weakest_language": weakest,
        "below_bar": below,
    }
    return result("pii_precision_recall", not problems, message, values)


@register("pii_redaction_complete")
def redaction_complete(
    submission: Mapping[str, Any], *, allow_kinds: Sequence[str] = ()
) -> CheckResult:
    """No labelled item survives in the texts as stored, except kinds in ``allow_kinds``.

    The stored texts are ``submission["redacted"]`` (by case id) when the
    learner corrected the detector's output, else the detector's redaction.
    A number survives when 6 or more of its digits still appear in a row.
    """
    allowed = {kind.upper() for kind in allow_kinds}
    given = submission.get("redacted") or {}
    survivors: list[dict[str, Any]] = []
    for case in _cases(submission):
        stored = str(given[case.id]) if case.id in given else redact(case.text, case.language)
        for (start, end, kind), item in zip(case.spans, case.items(), strict=True):
            if kind not in allowed and _mentions(stored, item):
                survivors.append({"case": case.id, "kind": kind, "start": start, "end": end})
    kinds = sorted({s["kind"] for s in survivors})
    cases = sorted({s["case"] for s in survivors})
    message = (
        phrase("pii_survivors", n=len(survivors), kinds=kinds, cases=cases)
        if survivors
        else phrase("pii_nothing_survives")
    )
    return result("pii_redaction_complete", not survivors, [message], {"survivors": survivors})
