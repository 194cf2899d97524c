"""``python -m evals run | report | compare``: a thin command line over the suites.

Exit status: 0 all good; 1 a threshold was breached or a metric regressed
beyond tolerance (each one is printed); 2 bad input (a malformed golden,
thresholds or results file, a missing folder, a bad setting).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals.retrieval import GoldenFileError


def load_results(path: Path) -> dict[str, Any]:
    """Read a results file written by ``run``; errors name the file."""
    path = Path(path)
    if not path.is_file():
        raise GoldenFileError(f"{path}: no such results file")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GoldenFileError(f"{path}: not a JSON results file ({exc})") from exc
    if not isinstance(data, dict) or "suites" not in data:
        raise GoldenFileError(f"{path}: not a results file of `python -m evals run` (no 'suites')")
    return data


def _summary(results: dict[str, Any]) -> str:
    from evals.compare import flatten
    from evals.report import HEADLINE

    flat = flatten(results)
    lines = [f"{label:<36} {flat[m]:.4g}" for m, label in HEADLINE if m in flat]
    judged = results.get("judged") or {}
    if "skipped" in judged:
        lines.append(f"{'model-judged metrics':<36} skipped: {judged['skipped']}")
    elif judged:
        for name in ("faithfulness", "answer_relevance"):
            lines.append(f"{'[model-judged] ' + name:<36} {judged['overall'][name]:.4g}")
    timings = results["meta"].get("timings_s", {})
    lines.append("seconds: " + ", ".join(f"{k} {v}" for k, v in timings.items()))
    return "\n".join(lines)


def _gate(
    results: dict[str, Any], thresholds: Any | None, baseline: dict[str, Any] | None
) -> int:
    """Print breaches (when a thresholds file was given) and regressions; 1 if any, else 0."""
    from evals.compare import comparability, compare, flatten, format_table, regressions
    from evals.thresholds import Thresholds

    failed = False
    if thresholds is not None:
        breaches, missing = thresholds.check(
            flatten(results), quick=bool(results["meta"].get("quick"))
        )
        for metric in missing:
            print(f"note: {metric} is in the thresholds file but was not measured", file=sys.stderr)
        for breach in breaches:
            print(f"THRESHOLD BREACHED: {breach}")
        failed = failed or bool(breaches)
        if not breaches:
            print(f"thresholds: all {len(thresholds.floors) + len(thresholds.ceilings)} met")
    if baseline is not None:
        for warning in comparability(baseline, results):
            print(f"warning: {warning}", file=sys.stderr)
        bad = regressions(compare(baseline, results, thresholds or Thresholds()))
        if bad:
            print("REGRESSIONS against the baseline:")
            print(format_table(bad))
        failed = failed or bool(bad)
    return 1 if failed else 0


def cmd_run(args: argparse.Namespace) -> int:
    """Run the suites, write the results (and report), then apply the gates."""
    import logging

    from evals.runner import RunConfig, run

    # Guardrail warnings repeat for every question; the results count them instead.
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR)
    overrides: dict[str, Any] = {}
    if args.embedder:
        overrides["embedder"] = args.embedder
    config = RunConfig(
        suites=tuple(s.strip() for s in args.suites.split(",") if s.strip()),
        quick=args.quick,
        k=args.k,
        progress=not args.no_progress,
        civicly_train=args.civicly_train,
        civicly_test=args.civicly_test,
        settings_overrides=overrides,
    )
    for name in (
        "corpus", "golden", "off_course", "injection", "injection_docs", "crosslingual",
        "screen", "planted", "planted_docs",
    ):
        value = getattr(args, name)
        if value is not None:
            setattr(config, name, value)
    for name in ("refuse", "answer"):
        if getattr(args, name):
            setattr(config, name, tuple(getattr(args, name)))
    # Read the thresholds and the baseline once, and fail on bad files before the long run.
    from evals.thresholds import load_thresholds

    thresholds = load_thresholds(args.thresholds) if args.thresholds else None
    baseline = load_results(args.baseline) if args.baseline else None
    results = run(config)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2, default=str), "utf-8")
    print(_summary(results))
    print(f"wrote {args.out}")
    if args.report_dir:
        from evals.report import write

        paths = write(results, args.report_dir, baseline, thresholds)
        print(f"wrote {paths[1]}")
    return _gate(results, thresholds, baseline)


def cmd_report(args: argparse.Namespace) -> int:
    """Write the Markdown and HTML report of a stored results file."""
    from evals.report import write

    results = load_results(args.results)
    baseline = load_results(args.baseline) if args.baseline else None
    for path in write(results, args.out, baseline):
        print(f"wrote {path}")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    """Print metric deltas; 1 if any regressed beyond tolerance."""
    from evals.compare import comparability, compare, format_table, regressions
    from evals.thresholds import Thresholds, load_thresholds

    thresholds = load_thresholds(args.thresholds) if args.thresholds else Thresholds()
    old, new = load_results(args.old), load_results(args.new)
    for warning in comparability(old, new):
        print(f"warning: {warning}")
    rows = compare(old, new, thresholds)
    shown = rows if args.all else [r for r in rows if r.status != "ok" or r.delta]
    print(format_table(shown) if shown else "no metric changed")
    bad = regressions(rows)
    print(f"{len(bad)} regression(s) beyond tolerance" if bad else "no regression beyond tolerance")
    return 1 if bad else 0


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m evals`` argument parser."""
    from evals.runner import SUITES

    parser = argparse.ArgumentParser(
        prog="python -m evals",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="index a corpus in a temporary folder and run the suites")
    run.add_argument("--corpus", type=Path, help="course folder (default corpus/modules)")
    run.add_argument("--golden", type=Path, help="QA golden set (default evals/golden/qa.jsonl)")
    run.add_argument(
        "--off-course",
        type=Path,
        help="off-course questions (default evals/golden/off_course.jsonl)",
    )
    run.add_argument(
        "--injection",
        type=Path,
        help="injection questions (default evals/golden/injection/questions.jsonl)",
    )
    run.add_argument(
        "--injection-docs",
        type=Path,
        help="poisoned documents (default evals/golden/injection/docs)",
    )
    run.add_argument(
        "--crosslingual", type=Path,
        help="cross-lingual QA (default evals/golden/dev/crosslingual.jsonl)",
    )
    run.add_argument(
        "--screen", type=Path, help="screen prompts (default evals/golden/dev/screen.jsonl)"
    )
    run.add_argument(
        "--refuse", type=Path, action="append",
        help="more questions the course must refuse, off-course format (repeatable; default "
        "evals/golden/dev/offcourse.jsonl)",
    )
    run.add_argument(
        "--answer", type=Path, action="append",
        help="more questions the course must answer, QA format (repeatable; default "
        "evals/golden/dev/quiz_qa.jsonl)",
    )
    run.add_argument(
        "--planted", type=Path,
        help="planted-statement cases (default evals/golden/dev/planted/cases.jsonl)",
    )
    run.add_argument(
        "--planted-docs", type=Path,
        help="their poisoned documents (default evals/golden/dev/planted/docs)",
    )
    run.add_argument(
        "--civicly-train", type=Path, help="Civicly training data (default: the built-in history)"
    )
    run.add_argument(
        "--civicly-test",
        type=Path,
        help="Civicly test data (default: the built-in held-out history)",
    )
    run.add_argument(
        "--suites", default=",".join(SUITES), help=f"comma-separated, from {','.join(SUITES)}"
    )
    run.add_argument(
        "--quick",
        action="store_true",
        help="CI gate: 2 modules per language, smaller Civicly embedding sample",
    )
    run.add_argument(
        "--k", type=int, default=10, help="passages retrieved per question (default 10)"
    )
    run.add_argument("--embedder", help="override ASSISTANT_EMBEDDER for this run")
    run.add_argument("--out", type=Path, default=Path("eval-results.json"), help="results JSON")
    run.add_argument("--report-dir", type=Path, help="also write report.md / report.html here")
    run.add_argument(
        "--thresholds", type=Path, help="TOML floors and ceilings (exit 1 if breached)"
    )
    run.add_argument("--baseline", type=Path, help="earlier results: exit 1 on regressions")
    run.add_argument("--no-progress", action="store_true", help="no progress bars")
    run.add_argument("--verbose", action="store_true", help="show the assistant's log lines")
    run.set_defaults(func=cmd_run)

    report = commands.add_parser("report", help="Markdown + HTML report from a results file")
    report.add_argument("results", type=Path)
    report.add_argument("--baseline", type=Path, help="earlier results to show changes against")
    report.add_argument(
        "--out", type=Path, required=True, help="folder for report.md and report.html"
    )
    report.set_defaults(func=cmd_report)

    comp = commands.add_parser("compare", help="metric deltas between two results files")
    comp.add_argument("old", type=Path)
    comp.add_argument("new", type=Path)
    comp.add_argument("--thresholds", type=Path, help="tolerances ([regression] section)")
    comp.add_argument("--all", action="store_true", help="also list unchanged metrics")
    comp.set_defaults(func=cmd_compare)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: returns the exit status (0 ok, 1 gate failed, 2 bad input)."""
    from assistant.errors import AssistantError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (GoldenFileError, AssistantError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
