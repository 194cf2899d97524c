"""Score the personal-data detector: ``python -m evals.privacy [--golden DIR | --data PATH] [--json]``.

Two modes.

**The shipped golden set** (``--golden``, default ``evals/golden/pii/``). Every
``*.jsonl`` file holds labelled messages, one JSON object a line::

    {"id": "en-001", "language": "en", "text": "...",
     "spans": [{"start": 10, "end": 25, "kind": "EMAIL"}]}

The detector runs on each text with the line's language. Two matchings are
reported, each as precision, recall and F1, overall, per language and per kind:

* exact: a prediction counts only with the same start, end and kind;
* lenient: a prediction counts when it overlaps a gold span of the same kind
  (each gold span can be claimed once, so lenient recall never exceeds 1).

Per kind, a prediction of the wrong kind is a false positive of the kind it
predicted and leaves the gold span a false negative of its own kind.

**Bring your own data** (``--data FILE_OR_DIR``, repeatable). Lines such as::

    {"id": "x1", "lang": "fr", "kind": "complaint", "text": "...",
     "spans": [{"start": 3, "end": 15, "type": "PERSON"}]}

(``language``/``lang`` and ``type``/``kind`` are both accepted; PERSON means
NAME; other fields are ignored). Scoring is by masked characters, the way
redaction is judged: a gold span counts as *found* when at least half of its
characters lie inside predicted spans (of any type: masked is masked), and a
predicted span is *correct* when at least half of its characters lie inside
gold spans. Recall is per gold type, precision per predicted type, both per
language and overall; "typed recall" also requires the predicted type to
match. A table lists the misses and the false alarms. ``--auto`` runs the
detector without the line's language (detection, as a caller without one).

A malformed line stops the run with exit code 2 and a message naming the
file, the line and the field.
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


# ------------------------------------------------------------- bring your own data
#: Label names accepted in bring-your-own files, mapped to the detector's kinds.
TYPE_ALIASES = {
    "PERSON": "NAME",
    "PER": "NAME",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP",
    **{kind: kind for kind in KINDS},
}
#: How the tables name the detector's kinds (the labels evaluators use).
SHOWN = {"NAME": "PERSON"}
HALF = 0.5


def _parse_any(row: dict, where: str) -> Example:
    """A bring-your-own line: ``lang``/``language``, ``type``/``kind``, PERSON = NAME."""
    language = row.get("lang", row.get("language"))
    spans = [
        {**span, "kind": TYPE_ALIASES.get(str(span.get("type", span.get("kind"))), "?")}
        if isinstance(span, dict)
        else span
        for span in row.get("spans", [])
        if isinstance(row.get("spans"), list)
    ]
    if "spans" in row and not isinstance(row["spans"], list):
        spans = row["spans"]
    for index, span in enumerate(spans if isinstance(spans, list) else []):
        if isinstance(span, dict) and span["kind"] == "?":
            raise GoldenFileError(
                f"{where}: field 'spans[{index}]' needs a 'type' among "
                f"{', '.join(sorted(TYPE_ALIASES))}"
            )
    fixed = {**row, "language": language, "spans": spans}
    if "id" not in fixed:
        fixed["id"] = where
    return _parse_row(fixed, where)


def load_labelled(paths: Iterable[Path]) -> list[Example]:
    """Read bring-your-own files or folders of ``*.jsonl`` (ids unique across them)."""
    examples: list[Example] = []
    seen: set[str] = set()
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        if not files:
            raise GoldenFileError(f"{path}: no *.jsonl files found")
        for file in files:
            for where, row in json_objects(file):
                example = _parse_any(row, where)
                if example.id in seen:
                    raise GoldenFileError(f"{where}: field 'id' {example.id!r} repeats")
                seen.add(example.id)
                examples.append(example)
    return examples


def _covered(start: int, end: int, spans: Iterable[tuple[int, int]]) -> float:
    """Share of ``[start, end)`` inside the union of ``spans``."""
    inside: set[int] = set()
    for s_start, s_end in spans:
        inside.update(range(max(start, s_start), min(end, s_end)))
    return len(inside) / (end - start) if end > start else 1.0


@dataclass
class Counts:
    """Gold spans found (and found with their type) and predictions correct, for one scope."""

    gold: int = 0
    found: int = 0
    typed: int = 0
    predicted: int = 0
    correct: int = 0

    def scores(self) -> dict[str, float | int | None]:
        """Recall, typed recall and precision (None where there is nothing to divide)."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "recall": self.found / self.gold if self.gold else None,
            "typed_recall": self.typed / self.gold if self.gold else None,
            "precision": self.correct / self.predicted if self.predicted else None,
        }


def coverage(
    examples: Iterable[Example], auto: bool = False
) -> tuple[dict[str, dict[str, Counts]], list[dict[str, str]]]:
    """Counts per language and type (``"all"`` for both totals), and the misses table rows."""
    table: dict[str, dict[str, Counts]] = {}
    misses: list[dict[str, str]] = []

    def cell(language: str, kind: str) -> list[Counts]:
        return [
            table.setdefault(lang, {}).setdefault(k, Counts())
            for lang in (language, "all")
            for k in (kind, "all")
        ]

    for example in examples:
        text = example.text
        spans = find_personal_data(text, None if auto else example.language)
        predicted = [(s.start, s.end) for s in spans]
        gold = [(start, end) for start, end, _ in example.spans]
        for start, end, kind in example.spans:
            found = _covered(start, end, predicted) >= HALF
            same = [(s.start, s.end) for s in spans if s.kind == kind]
            typed = _covered(start, end, same) >= HALF
            for counts in cell(example.language, kind):
                counts.gold += 1
                counts.found += found
                counts.typed += typed
            if not found:
                near = [f"{s.kind}:{s.text}" for s in spans if s.start < end and start < s.end]
                misses.append(
                    {
                        "id": example.id,
                        "what": "missed",
                        "type": SHOWN.get(kind, kind),
                        "text": text[start:end],
                        "detector": "; ".join(near) or "-",
                    }
                )
        for span in spans:
            correct = _covered(span.start, span.end, gold) >= HALF
            for counts in cell(example.language, span.kind):
                counts.predicted += 1
                counts.correct += correct
            if not correct:
                misses.append(
                    {
                        "id": example.id,
                        "what": "false alarm",
                        "type": SHOWN.get(span.kind, span.kind),
                        "text": span.text,
                        "detector": f"{getattr(span, 'score', 1.0):.2f}",
                    }
                )
    return table, misses


def _cell(value: float | int | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def coverage_markdown(
    table: dict[str, dict[str, Counts]], misses: list[dict[str, str]], limit: int
) -> str:
    """Per-language, per-type recall and precision, then up to ``limit`` misses."""
    kinds = [k for k in (*KINDS, "all") if any(k in per for per in table.values())]
    lines = [
        "| language | type | gold | recall | typed recall | predicted | precision |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for language in sorted(table, key=lambda c: (c == "all", c)):
        for kind in kinds:
            if kind not in table[language]:
                continue
            s = table[language][kind].scores()
            lines.append(
                f"| {language} | {SHOWN.get(kind, kind)} | {s['gold']} | {_cell(s['recall'])} | "
                f"{_cell(s['typed_recall'])} | {s['predicted']} | {_cell(s['precision'])} |"
            )
    if misses and limit:
        lines += ["", f"Misses and false alarms ({min(limit, len(misses))} of {len(misses)}):", ""]
        lines += ["| id | what | type | text | detector |", "|---|---|---|---|---|"]
        for row in misses[:limit]:
            cells = [
                row[k].replace("|", "\\|").replace("\n", " ")
                for k in ("id", "what", "type", "text", "detector")
            ]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code (2 for a bad golden set)."""
    parser = argparse.ArgumentParser(
        prog="python -m evals.privacy", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--golden", type=Path, default=DEFAULT_GOLDEN, help="folder of *.jsonl files"
    )
    parser.add_argument(
        "--data", type=Path, action="append", help="your labelled JSONL file or folder (repeatable)"
    )
    parser.add_argument(
        "--auto", action="store_true", help="with --data: detect each text's language"
    )
    parser.add_argument(
        "--misses", type=int, default=40, help="with --data: rows of the misses table (0: none)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if args.data:
        return _main_data(args.data, args.auto, args.misses, args.json)
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


def _main_data(paths: list[Path], auto: bool, limit: int, as_json: bool) -> int:
    try:
        examples = load_labelled(paths)
    except GoldenFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    table, misses = coverage(examples, auto=auto)
    if as_json:
        scores = {
            language: {SHOWN.get(k, k): c.scores() for k, c in per.items()}
            for language, per in table.items()
        }
        print(
            json.dumps(
                {
                    "examples": len(examples),
                    "auto": auto,
                    "scores": scores,
                    "misses": misses[:limit] if limit else [],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        where = ", ".join(str(p) for p in paths)
        mode = "language detected" if auto else "labelled language"
        print(f"{len(examples)} examples from {where} ({mode})\n")
        print(coverage_markdown(table, misses, limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
