"""``assistant civicly train | classify | evaluate | audit``: thin wrappers."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import ConfigError


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _cache(settings: Settings) -> Any:
    """The embedding cache under the data directory (see ``embedding_cache``)."""
    from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache

    return EmbeddingCache(Path(settings.data_dir) / "civicly")


def _progress(label: str) -> Any:
    """Print embedding progress to stderr about every tenth of the way."""
    shown = [-1]

    def report(done: int, total: int) -> None:
        step = done * 10 // max(total, 1)
        if step != shown[0]:
            shown[0] = step
            print(f"{label}: {done}/{total} texts embedded (or cached)", file=sys.stderr)

    return report


def _load_valid(path: Path, pairs: list[str] | None) -> tuple[list[Any], list[Any]]:
    from assistant.exercises.civicly_triage.records import load_records, parse_mapping

    records, errors = load_records(path, parse_mapping(pairs))
    if not records:
        raise ConfigError(f"{path}: no valid record ({len(errors)} rejected, first: {errors[0]}).")
    return records, errors


def cmd_train(args: argparse.Namespace, settings: Settings) -> int:
    """Train on historical data and save the model under its data hash."""
    from assistant.exercises.civicly_triage.service import BUILTIN_DATA, save, train
    from assistant.rag.embeddings import make_embedder

    path = Path(args.data) if args.data else BUILTIN_DATA
    records, errors = _load_valid(path, args.map)
    model = train(
        records,
        make_embedder(settings.embedder),
        review_threshold=args.review_threshold,
        embed_per_class=None if args.embed_all else args.embed_per_class,
        cache=_cache(settings),
        progress=None if args.json else _progress("training"),
    )
    folder = save(model, settings.data_dir)
    summary = {
        "version": model.version,
        "trained_on": model.trained_on,
        "rejected_rows": [str(e) for e in errors],
        "departments": model.router.classes,
        "train_seconds": model.meta["train_seconds"],
        "embed_seconds": model.meta["embed_seconds"],
        "languages": model.language_support(),
        "saved_to": str(folder),
    }
    if args.json:
        _print_json(summary)
    else:
        print(
            f"Trained Civicly model {model.version} on {model.trained_on} records "
            f"in {model.meta['train_seconds']} s; saved to {folder}"
        )
        for error in errors:
            print(f"  rejected {error}")
        scarce = [code for code, row in summary["languages"].items() if row["scarce"]]
        if scarce:
            print(
                f"  languages under {model.router.min_share:.0%} of the history: "
                f"{', '.join(scarce)} (the multilingual embedding carries their routing)"
            )
    return 0


def cmd_classify(args: argparse.Namespace, settings: Settings) -> int:
    """Route and rank one message with the latest model."""
    from assistant.exercises.civicly_triage.service import load
    from assistant.rag.embeddings import make_embedder

    model = load(settings.data_dir, make_embedder(settings.embedder))
    result = model.classify(args.text, explain=True)
    if args.json:
        _print_json(asdict(result))
        return 0
    routing, urgency = result.routing, result.urgency
    print(
        f"department: {routing.department} (p={routing.probability:.2f}; best guess {routing.predicted})"
    )
    if routing.scarce_language:
        print(
            f"language:   {routing.language} is {routing.language_share:.1%} of the training "
            "history: routed by the multilingual embedding, review if unsure"
        )
    print(
        f"urgency:    {urgency.level} (score {urgency.score:.2f}; model p={urgency.model_probability:.2f}"
        + "".join(
            f"; rule {rule}+{weight} '{term}'" for rule, weight, term in urgency.matched_rules
        )
        + ")"
    )
    if result.explanation:
        terms = ", ".join(t for t, _ in result.explanation.terms_for)
        print(f"terms:      {terms}")
        for case in result.explanation.similar_cases:
            print(f"similar:    [{case.department}] {case.description[:90]}")
    return 0


def cmd_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    """Train on A, test on B; compare with the TF-IDF and embeddings-only baselines."""
    from assistant.exercises.civicly_triage.evaluate import evaluate_files, parse_languages
    from assistant.rag.embeddings import make_embedder

    result = evaluate_files(
        Path(args.train),
        Path(args.test),
        text_column=args.text_column,
        label_column=args.label_column,
        language_column=args.language_column,
        embedder=make_embedder(settings.embedder),
        train_languages=parse_languages(args.train_languages),
        test_languages=parse_languages(args.test_languages),
        cache=_cache(settings),
        embed_per_class=args.embed_per_class,
    )
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2), "utf-8")
    trained_on = ", ".join(f"{code} {n}" for code, n in result["train_languages"].items())
    print(f"trained on {result['train_n']} rows ({trained_on}); tested on n={result['n']}")
    if result["unseen_labels"]:
        unseen = result["unseen_labels"]
        print(
            f"⚠ {sum(unseen.values())} of {result['n']} test rows have a label no training row "
            f"has ({', '.join(unseen)}): no model can get them right. Check --label-column, "
            "or split the data so that every label is in the training file."
        )
    print(
        f"{'language':10} {'n':>5} {'train%':>7}  {'router':>7} {'1-by-1':>7} {'TF-IDF':>7} "
        f"{'embed-LR':>8}   (macro-F1; 1-by-1: the router on each message alone)"
    )
    rows = [("all", result, None)] + [
        (code, row, row["train_share"]) for code, row in result["per_language"].items()
    ]
    for code, row, share in rows:
        note = " ⚠ scarce" if share is not None and row["scarce"] else ""
        print(
            f"{code:10} {row['n']:>5} {'' if share is None else f'{share:.1%}':>7}  "
            f"{row['macro_f1']:>7.4f} {row['single_macro_f1']:>7.4f} "
            f"{row['baseline_macro_f1']:>7.4f} "
            f"{row['embedding_baseline_macro_f1']:>8.4f}{note}"
        )
    return 0


def cmd_audit(args: argparse.Namespace, settings: Settings) -> int:
    """Audit the latest model on labelled data (held-out built-in data by default)."""
    from assistant.exercises.civicly_triage import audit as plots
    from assistant.exercises.civicly_triage.evaluate import audit
    from assistant.exercises.civicly_triage.service import BUILTIN_DATA, load
    from assistant.rag.embeddings import make_embedder

    model = load(settings.data_dir, make_embedder(settings.embedder))
    path = Path(args.data) if args.data else BUILTIN_DATA.with_name("holdout.csv")
    records, _ = _load_valid(path, args.map)
    report = audit(model, records)
    if args.plots:
        folder = Path(args.plots)
        folder.mkdir(parents=True, exist_ok=True)
        plots.plot_confusion(report["confusion"], folder / "confusion.png")
        plots.plot_reliability(report["calibration"], folder / "reliability.png")
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    print(
        f"n={report['n']} macro-F1 {report['macro_f1']:.4f} accuracy {report['accuracy']:.4f} "
        f"ECE {report['calibration']['ece']:.4f} urgent recall@{report['urgency']['k']} "
        f"{report['urgency']['recall_at_k']:.4f}"
    )
    for name in ("by_language", "by_district"):
        table = report[name]
        print(
            f"{name}: min accuracy ratio {table['min_accuracy_ratio']:.3f}; flagged {table['flagged']}"
        )
    support = report["language_support"]
    print(f"language support (training share; flagged under {support['min_share']:.0%}):")
    for code, row in support["languages"].items():
        tested = (
            f"accuracy {row['accuracy']:.3f} macro-F1 {row['macro_f1']:.3f} (n={row['test_n']})"
            if row["accuracy"] is not None
            else "not in the test data"
        )
        flag = "  ⚠ scarce" if row["scarce"] else ""
        print(f"  {code:10} {row['train_n']:>5} records {row['train_share']:>6.1%}  {tested}{flag}")
    return 0


def add_parser(sub: Any) -> None:
    """Register ``civicly`` and its subcommands on the main parser."""
    civicly = sub.add_parser("civicly", help="the Civicly routing and urgency sandbox")
    commands = civicly.add_subparsers(dest="civicly_command", required=True)

    train = commands.add_parser("train", help="train on historical feedback (CSV/JSON)")
    train.add_argument("--data", help="data file (default: the built-in historical data)")
    train.add_argument(
        "--map",
        action="append",
        metavar="FIELD=COLUMN",
        help="map an Open311 field to your column, e.g. description=text",
    )
    train.add_argument(
        "--review-threshold",
        type=float,
        default=0.5,
        help="below this probability a routing needs human review (default 0.5)",
    )
    train.add_argument(
        "--embed-per-class",
        type=int,
        default=None,
        help="embed at most this many records per department (default: every record; "
        "vectors are cached under the data directory, so re-training is cheap)",
    )
    train.add_argument(
        "--embed-all",
        action="store_true",
        help="embed every record (the default; overrides the above)",
    )
    train.add_argument("--json", action="store_true")
    train.set_defaults(func=cmd_train)

    classify = commands.add_parser("classify", help="route and rank one message")
    classify.add_argument("text")
    classify.add_argument("--json", action="store_true")
    classify.set_defaults(func=cmd_classify)

    evaluate = commands.add_parser(
        "evaluate", help="train on A, test on B, compare with TF-IDF and embeddings-only baselines"
    )
    evaluate.add_argument("--train", required=True)
    evaluate.add_argument("--test", required=True)
    evaluate.add_argument("--text-column", required=True)
    evaluate.add_argument("--label-column", required=True)
    evaluate.add_argument(
        "--language-column", help="language codes (default: detect each row's language)"
    )
    evaluate.add_argument(
        "--train-languages",
        metavar="CODES",
        help="train only on rows in these languages, e.g. en or en,es (default: all)",
    )
    evaluate.add_argument(
        "--test-languages",
        metavar="CODES",
        help="test only on rows in these languages, e.g. fr,pt,ar (default: all)",
    )
    evaluate.add_argument(
        "--embed-per-class",
        type=int,
        default=None,
        help="embed at most this many training rows per label (default: all; the old router)",
    )
    evaluate.add_argument("--json", metavar="OUT", help="write the results as JSON")
    evaluate.set_defaults(func=cmd_evaluate)

    audit = commands.add_parser("audit", help="fairness, calibration and urgency audit")
    audit.add_argument("--data", help="labelled data (default: built-in held-out data)")
    audit.add_argument("--map", action="append", metavar="FIELD=COLUMN")
    audit.add_argument("--json", metavar="OUT")
    audit.add_argument("--plots", metavar="DIR", help="save confusion and reliability plots here")
    audit.set_defaults(func=cmd_audit)
