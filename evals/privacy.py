"""Score the personal-data detector: ``python -m evals.privacy [--golden DIR] [--json]``.

Every ``*.jsonl`` file in the golden folder holds labelled messages, one JSON
object a line::

    {"id": "en-001", "language": "en", "text": "...",
     "spans": [{"start": 10, "end": 25, "kind": "EMAIL"}]}

The detector runs on each text with the line's language. Two matchings are
reported, each as precision, recall and F1, overall, per language and per kind:

* exact: a prediction counts only with the same start, end and kind;
* lenient: a prediction counts when it overlaps a gold span of the same kind
  (each gold span can be claimed once, so lenient recall never exceeds 1).

Per kind, a prediction of the wrong kind is a false positive of the kind it
predicted and leaves the gold span a false negative of its own kind.
A malformed golden line stops the run with exit code 2 and a message naming
the file, the line and the field.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant import languages
from assistant.privacy import KINDS, find_personal_data
from evals.jsonl import GoldenFileError, json_objects

DEFAULT_GOLDEN = Path(__file__).parent / "golden" / "pii"

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    id: str
    language: str
    text: str
    spans: tuple[Span, ...]


@dataclass
class Tally:
    """Counts of matched, predicted and gold spans for one scope."""

    exact_tp: int = 0
    lenient_pred_tp: int = 0
    lenient_gold_tp: int = 0
    predicted: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float | int]:
        """Precision, recall and F1 for both matchings, plus the raw counts."""
        exact = _prf(self.exact_tp, self.exact_tp, self.predicted, self.gold)
        lenient = _prf(self.lenient_pred_tp, self.lenient_gold_tp, self.predicted, self.gold)
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            **{f"exact_{k}": v for k, v in exact.items()},
            **{f"lenient_{k}": v for k, v in lenient.items()},
        }


@dataclass
class Report:
    """Tallies overall, per language and per kind."""

    overall: Tally = field(default_factory=Tally)
    by_language: dict[str, Tally] = field(default_factory=dict)
    by_kind: dict[str, Tally] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """Plain-data form, as written by ``--json``."""
        return {
            "overall": self.overall.scores(),
            "by_language": {k: t.scores() for k, t in sorted(self.by_language.items())},
            "by_kind": {k: t.scores() for k, t in self.by_kind.items()},
        }


def _prf(pred_tp: int, gold_tp: int, predicted: int, gold: int) -> dict[str, float]:
    # An empty side scores 1.0: nothing predicted is nothing wrong, nothing to find is all found.
    precision = pred_tp / predicted if predicted else 1.0
    recall = gold_tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _parse_row(row: dict, where: str) -> Example:
    for name in ("id", "language", "text", "spans"):
        if name not in row:
            raise GoldenFileError(f"{where}: missing field {name!r}")
    if not isinstance(row["id"], str) or not row["id"]:
        raise GoldenFileError(f"{where}: field 'id' must be a non-empty string")
    if not isinstance(row["text"], str):
        raise GoldenFileError(f"{where}: field 'text' must be a string")
    if not languages.is_supported(row["language"] if isinstance(row["language"], str) else ""):
        raise GoldenFileError(
            f"{where}: field 'language' must be one of {', '.join(languages.CODES)}"
        )
    if not isinstance(row["spans"], list):
        raise GoldenFileError(f"{where}: field 'spans' must be a list")
    spans = []
    for index, span in enumerate(row["spans"]):
        label = f"{where}: field 'spans[{index}]'"
        if not isinstance(span, dict) or span.get("kind") not in KINDS:
            raise GoldenFileError(f"{label} needs a 'kind' among {', '.join(KINDS)}")
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            raise GoldenFileError(f"{label} needs integer 'start' and 'end'")
        if not 0 <= start < end <= len(row["text"]):
            raise GoldenFileError(f"{label} offsets {start}..{end} are outside the text")
        spans.append((start, end, span["kind"]))
    return Example(row["id"], languages.normalize(row["language"]), row["text"], tuple(spans))


def load_golden(folder: Path) -> list[Example]:
    """Read and validate every ``*.jsonl`` file in ``folder`` (ids must be unique)."""
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if not files:
        raise GoldenFileError(f"{folder}: no *.jsonl golden files found")
    examples: list[Example] = []
    seen: set[str] = set()
    for path in files:
        for where, row in json_objects(path):
            example = _parse_row(row, where)
            if example.id in seen:
                raise GoldenFileError(f"{where}: field 'id' {example.id!r} repeats")
            seen.add(example.id)
            examples.append(example)
    return examples


def _lenient_matches(predicted: Sequence[Span], gold: Sequence[Span]) -> list[tuple[int, int]]:
    """Pairs (prediction index, gold index) of same-kind overlaps, each side used once."""
    pairs, used = [], set()
    for p_index, (p_start, p_end, p_kind) in enumerate(predicted):
        for g_index, (g_start, g_end, g_kind) in enumerate(gold):
            if g_index not in used and g_kind == p_kind and p_start < g_end and g_start < p_end:
                pairs.append((p_index, g_index))
                used.add(g_index)
                break
    return pairs


def score(examples: Iterable[Example]) -> Report:
    """Run the detector on each example and tally both matchings."""
    report = Report()
    for example in examples:
        predicted = [
            (s.start, s.end, s.kind) for s in find_personal_data(example.text, example.language)
        ]
        exact = set(predicted) & set(example.spans)
        lenient = _lenient_matches(predicted, example.spans)
        language_tally = report.by_language.setdefault(example.language, Tally())
        for tally in (report.overall, language_tally):
            tally.predicted += len(predicted)
            tally.gold += len(example.spans)
            tally.exact_tp += len(exact)
            tally.lenient_pred_tp += len(lenient)
            tally.lenient_gold_tp += len(lenient)
        kinds = Counter(k for _, _, k in predicted), Counter(k for _, _, k in example.spans)
        for kind in KINDS:
            if not (kinds[0][kind] or kinds[1][kind]):
                continue
            tally = report.by_kind.setdefault(kind, Tally())
            tally.predicted += kinds[0][kind]
            tally.gold += kinds[1][kind]
            tally.exact_tp += sum(1 for span in exact if span[2] == kind)
            matched = sum(1 for p, _ in lenient if predicted[p][2] == kind)
            tally.lenient_pred_tp += matched
            tally.lenient_gold_tp += matched
    report.by_kind = {k: report.by_kind[k] for k in KINDS if k in report.by_kind}
    return report


def markdown(report: Report) -> str:
    """The report as a Markdown table, one row per scope."""
    header = (
        "| scope | gold | pred | exact P | exact R | exact F1 | lenient P | lenient R | lenient F1 |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    )
    rows = [("overall", report.overall)]
    rows += [(f"lang {code}", t) for code, t in sorted(report.by_language.items())]
    rows += [(f"kind {kind}", t) for kind, t in report.by_kind.items()]
    lines = [header]
    for name, tally in rows:
        s = tally.scores()
        cells = [
            f"{s[f'{m}_{v}']:.3f}"
            for m in ("exact", "lenient")
            for v in ("precision", "recall", "f1")
        ]
        lines.append(f"| {name} | {s['gold']} | {s['predicted']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code (2 for a bad golden set)."""
    parser = argparse.ArgumentParser(
        prog="python -m evals.privacy", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--golden", type=Path, default=DEFAULT_GOLDEN, help="folder of *.jsonl files"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    try:
        examples = load_golden(args.golden)
    except GoldenFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = score(examples)
    if args.json:
        print(json.dumps({"examples": len(examples), **report.as_dict()}, indent=2))
    else:
        print(f"{len(examples)} examples from {args.golden}\n")
        print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
