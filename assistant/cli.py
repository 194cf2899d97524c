"""Command line: ``assistant ingest | search | ask | privacy ...``. Thin wrappers over the library.

Errors meant for the user (bad settings, missing paths, mismatched index) are
printed as one line on stderr with exit code 2; failures of a backend exit 3.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn

from assistant.config import (
    Settings,
    apply_offline_environment,
    configure_logging,
    load_settings,
)
from assistant.errors import AssistantError, BackendError
from assistant.types import SOURCES


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Ingest a folder or file into the index, as the course or another source."""
    from assistant.rag.embeddings import make_embedder
    from assistant.rag.ingest import ingest, no_progress, resolve_source, tqdm_progress

    resolve_source(settings, Path(args.path), args.source)  # refused before loading a model
    embedder = make_embedder(settings.embedder)
    report = ingest(
        settings,
        embedder,
        Path(args.path),
        source=args.source,
        rebuild=args.rebuild,
        progress=no_progress if args.json else tqdm_progress,
    )
    if args.json:
        _print_json(asdict(report))
    else:
        print(report.summary())
        for name, reason in sorted(report.errors.items()):
            print(f"  skipped {name}: {reason}", file=sys.stderr)
        for name, what in sorted(report.conflicts.items()):
            print(f"  conflict: {name} {what}", file=sys.stderr)
    return 0


def _assistant(settings: Settings, quiet: bool) -> Any:
    from assistant.rag.build import build_assistant
    from assistant.rag.ingest import no_progress, tqdm_progress

    assistant, _ = build_assistant(settings, progress=no_progress if quiet else tqdm_progress)
    return assistant


def _retriever(settings: Settings, quiet: bool) -> Any:
    """Retrieval only: `search` never builds (or starts) a language model."""
    from assistant.rag.build import build_retriever
    from assistant.rag.ingest import no_progress, tqdm_progress

    retriever, _ = build_retriever(settings, progress=no_progress if quiet else tqdm_progress)
    return retriever


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    """Show the passages retrieved for a question."""
    result = _retriever(settings, args.json).search(
        args.question, args.k, language=args.lang, modules=args.module or None
    )
    rows = [
        {
            "rank": rank,
            "document": h.chunk.doc_id,
            "section": h.chunk.section_id,
            "language": h.chunk.language,
            "module": h.chunk.module,
            "score": round(h.score, 4),
            "relevance": round(h.relevance, 4),
            "snippet": " ".join(h.chunk.text.split())[:200],
        }
        for rank, h in enumerate(result.hits, start=1)
    ]
    if args.json:
        _print_json(
            {
                "query": result.query,
                "language": result.query_language,
                "covered": result.covered,
                "top_relevance": round(result.top_relevance, 4),
                "threshold": result.threshold,
                "hits": rows,
            }
        )
        return 0
    status = "covered" if result.covered else "NOT covered"
    print(f"[{result.query_language}] {status} (best relevance {result.top_relevance:.3f})")
    for row in rows:
        print(f"{row['rank']:>2}. {row['score']:+.2f}  {row['document']}#{row['section']}")
        print(f"    {row['snippet']}")
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """Answer a question from the course."""
    assistant = _assistant(settings, args.json)
    answer = assistant.ask(args.question, language=args.lang, tutor=args.tutor)
    if args.json:
        _print_json(
            {
                "text": answer.text,
                "language": answer.language,
                "covered": answer.covered,
                "citations": [
                    {
                        "document": c.document,
                        "section": c.section,
                        "snippet": c.snippet,
                        "marker": c.marker,
                        "title": c.title,
                        "section_title": c.section_title,
                        "language": c.language,
                        "source": c.source,
                    }
                    for c in answer.citations
                ],
                "model": answer.model,
                "prompt_version": answer.prompt_version,
                "status": answer.status,
                "flags": list(answer.flags),
                "timings_ms": {k: round(v, 1) for k, v in answer.timings_ms.items()},
            }
        )
        return 0
    print(answer.text)
    for c in answer.citations:
        print(f"  [{c.marker}] {c.title} — {c.section_title} ({c.document}#{c.section})")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Hand over to the evaluation suite (``python -m evals``), the last stage of the flow."""
    from evals.cli import main as evals_main

    return evals_main(args.eval_args)


class _Parser(argparse.ArgumentParser):
    """argparse, with its usage errors as one line (exit code 2, like every user error)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and docs)."""
    parser = _Parser(
        prog="assistant", description="Multilingual course assistant (offline by default)."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="index a folder or file of course documents")
    ingest.add_argument("path", help="folder (or file) of .md .txt .pdf .docx .html documents")
    ingest.add_argument(
        "--source",
        choices=SOURCES,
        help="where the documents come from; default: course for the course folder "
        "(ASSISTANT_CORPUS_DIR), local for any other. Only the course folder may be course.",
    )
    ingest.add_argument("--rebuild", action="store_true", help="drop the index and start afresh")
    ingest.add_argument("--json", action="store_true", help="print the report as JSON")
    ingest.set_defaults(func=cmd_ingest)

    for name, func, help_text in (
        ("search", cmd_search, "show the passages retrieved for a question"),
        ("ask", cmd_ask, "answer a question from the course, with citations"),
    ):
        command = sub.add_parser(name, help=help_text)
        command.add_argument("question")
        command.add_argument(
            "--lang", help="language of the answer (en fr es pt ar); default: detected"
        )
        command.add_argument("--json", action="store_true", help="machine-readable output")
        command.set_defaults(func=func)
    evaluate = sub.add_parser(
        "eval", help="evaluation suites and reports (same as python -m evals)", add_help=False
    )
    evaluate.add_argument("eval_args", nargs=argparse.REMAINDER)
    evaluate.set_defaults(func=cmd_eval)
    from assistant.exercises.civicly_triage.cli import add_parser as add_civicly

    add_civicly(sub)
    from assistant.auth import add_parser as add_instructor

    add_instructor(sub)
    from assistant.privacy.cli import add_parser as add_privacy

    add_privacy(sub)
    sub.choices["ask"].add_argument(
        "--tutor", action="store_true", help="tutor mode: a guiding hint instead of the answer"
    )
    search = sub.choices["search"]
    search.add_argument("--k", type=int, default=5, help="number of passages (default 5)")
    search.add_argument("--module", action="append", help="restrict to a module id (repeatable)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``assistant`` command: exit code 0, 2 (fix something) or 3 (failure).

    Whatever happens ends in at most one line on stderr, never a traceback:
    unexpected errors exit 3 and their traceback goes to the log at debug level
    (``-v``). Output never fails on text it cannot encode (it is escaped).
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`assistant search ... | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        logging.getLogger(__name__).debug("Unexpected error", exc_info=True)
        detail = " ".join(str(exc).split())[:300]
        print(
            f"error: unexpected failure ({type(exc).__name__}: {detail}); "
            "run with -v to see where it happened",
            file=sys.stderr,
        )
        return 3


def _main(argv: Sequence[str] | None) -> int:
    apply_offline_environment()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["eval"]:  # the evaluation CLI parses its own options (--help included)
        from evals.cli import main as evals_main

        return evals_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
        configure_logging(settings, verbose=args.verbose)
        return int(args.func(args, settings))
    except BackendError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
