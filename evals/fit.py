"""Fit the trust decisions and write their artefacts: ``python -m evals.fit coverage|screen``.

* ``coverage`` — the calibrated "does the course cover it?" model of
  :mod:`assistant.rag.coverage`: retrieval features of on-course questions
  (``evals/golden/qa.jsonl``, the course quizzes in ``evals/golden/dev/quiz_qa.jsonl``)
  against questions it must refuse (``off_course.jsonl``, ``dev/offcourse.jsonl``
  and the harmful, manipulative and distress prompts of ``dev/screen.jsonl``).
  Logistic regression + ``CalibratedClassifierCV`` (Platt scaling) over
  group-aware folds (a question and its translations never sit on both sides);
  each language then gets the probability threshold that refuses the most
  must-refuse questions out of fold while refusing at most
  ``FALSE_REFUSAL_BUDGET`` of its covered ones (``--max-false-refusals``).
* ``screen`` — the question screen's embedding classifier
  (:class:`assistant.rag.screen.LinearScreen`): a multinomial logistic
  regression on query embeddings of ``dev/screen.jsonl`` and
  ``dev/screen_indirect.jsonl`` (distress, harmful, manipulation, benign; the
  second holds indirect and third-person distress and the sensitive course
  questions next to it) and every on- and off-course question (fine). Each
  flagged class gets the lowest threshold that keeps genuine questions
  unblocked out of fold.

The corpus is indexed in a temporary folder with the configured embedder
(``--embedder`` to choose another). The coverage model is fitted on the first
part of a concatenation (``e5+use`` ranks with both parts, but its coverage
decision reads e5's cosines and vector with e5's model:
:func:`assistant.rag.embeddings.reference_part`); the screen on the whole
vector (``--embedder e5-small-q4`` fits the entry a concatenation without its
own falls back to). The artefact keeps the entries of other embedders and
records what it was fitted on and its cross-validated numbers.
Both also learn from the *retired* held-out sets (:mod:`evals.retired`: sets that have
measured a decision and been replaced); the sets that still measure are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from evals import datasets, retired
from evals.trust_data import DEV_DIR, load_screen

QA_FILES = (datasets.GOLDEN_DIR / "qa.jsonl", DEV_DIR / "quiz_qa.jsonl")
OFF_FILES = (datasets.GOLDEN_DIR / "off_course.jsonl", DEV_DIR / "offcourse.jsonl")
SCREEN_FILE = DEV_DIR / "screen.jsonl"
#: The screen classifier's prompts: the first set, then indirect distress and its near misses.
SCREEN_FILES = (SCREEN_FILE, DEV_DIR / "screen_indirect.jsonl")
FOLDS = 5
#: Out of fold, the screen classifier may block at most this share of genuine questions.
#: 0.01 since 2026-12-07: at 0.005 the distress threshold sat above the issue's budget (at most
#: 2 % of genuine questions blocked) for no gain; on the fifth independent set the screen at
#: 0.01 signposted 0.81 of distress prompts instead of 0.72 and blocked 0.6 % of on-course
#: questions (benchmarks/results/trust_independent5.md).
SCREEN_MAX_BLOCKED = 0.01
#: Out of fold, the coverage decision may refuse at most this share of covered questions per
#: language. The issue allows 5 %; on the sixth independent set the decision fitted to balance
#: its two errors (2.1-3.3 % false refusals out of fold) refused 3.3-9.4 % of genuine questions
#: (benchmarks/results/trust_independent6.md), so the fit keeps well inside the budget.
FALSE_REFUSAL_BUDGET = 0.02
#: Regularisation of the coverage model's domain score (out of fold, C in 0.3-10 scored alike).
DOMAIN_C = 1.0


@dataclass(frozen=True)
class Example:
    """One question for fitting: its text, language, label and translation group."""

    question: str
    lang: str
    label: str
    group: str


def coverage_examples() -> list[Example]:
    """On-course (``covered``) and must-refuse (``refuse``) questions for the coverage model."""
    rows = []
    for path in QA_FILES:
        for q in datasets.load_golden(path):
            rows.append(Example(q.question, q.lang, "covered", retired.translation_group(q.id, q.lang)))
    for path in OFF_FILES:
        for o in datasets.load_off_course(path):
            rows.append(Example(o.question, o.lang, "refuse", retired.translation_group(o.id, o.lang)))
    for s in load_screen(SCREEN_FILE):
        if s.label != "benign":
            rows.append(Example(s.question, s.lang, "refuse", s.group or s.id))
    rows += [Example(r.question, r.lang, r.label, r.group) for r in retired.course_rows()]
    rows += [
        Example(r.question, r.lang, "refuse", r.group) for r in retired.screen_rows() if r.label != "ok"
    ]
    return rows


def screen_examples() -> list[Example]:
    """Screen prompts with their label, and every course and off-course question as fine."""
    rows = [
        Example(s.question, s.lang, "ok" if s.label == "benign" else s.label, s.group or s.id)
        for path in SCREEN_FILES
        for s in load_screen(path)
    ]
    for path in QA_FILES:
        rows += [Example(q.question, q.lang, "ok", retired.translation_group(q.id, q.lang)) for q in datasets.load_golden(path)]
    for path in OFF_FILES:
        rows += [
            Example(o.question, o.lang, "ok", retired.translation_group(o.id, o.lang))
            for o in datasets.load_off_course(path)
        ]
    rows += [Example(r.question, r.lang, r.label, r.group) for r in retired.screen_rows()]
    rows += [Example(r.question, r.lang, "ok", r.group) for r in retired.course_rows()]
    return rows


def _folds(groups: Sequence[str], folds: int = FOLDS) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import GroupKFold

    index = np.arange(len(groups))
    return list(GroupKFold(n_splits=folds).split(index, groups=list(groups)))


def _calibrated(X: np.ndarray, y: np.ndarray, groups: Sequence[str]) -> Any:
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression

    model = CalibratedClassifierCV(
        LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000),
        method="sigmoid",
        cv=_folds(groups),
    )
    return model.fit(X, y)


def _budget_threshold(
    p_covered: np.ndarray, covered: np.ndarray, max_false: float = FALSE_REFUSAL_BUDGET
) -> float:
    """The per-language threshold on the covered probability.

    The highest one (most must-refuse questions refused out of fold) that refuses at most
    ``max_false`` of the covered questions.
    """
    best = 0.05
    for t in np.round(np.arange(0.05, 0.951, 0.01), 2):
        refused = p_covered < t
        false = refused[covered].mean() if covered.any() else 0.0
        if false <= max_false:
            best = float(t)
    return best


def _domain(vectors: np.ndarray, y: np.ndarray, groups: Sequence[str]) -> tuple[Any, np.ndarray]:
    """The embedding's domain model (fitted on everything) and its out-of-fold scores."""
    from sklearn.linear_model import LogisticRegression

    def model() -> Any:
        return LogisticRegression(C=DOMAIN_C, class_weight="balanced", max_iter=4000)

    oof = np.zeros(len(y))
    for train, test in _folds(groups):
        oof[test] = model().fit(vectors[train], y[train]).decision_function(vectors[test])
    return model().fit(vectors, y), oof


def fit_coverage(
    features: np.ndarray, vectors: np.ndarray, examples: Sequence[Example], embedder: str,
    max_false: float = FALSE_REFUSAL_BUDGET,
) -> Any:
    """The calibrated coverage model, its per-language thresholds and out-of-fold numbers.

    Stacked: the domain score enters the calibrated model out of fold (each
    question's score comes from a domain model that never saw it), so the
    final model does not over-trust it.
    """
    from assistant.rag.coverage import MODEL_FEATURES, CoverageModel

    y = np.array([e.label == "covered" for e in examples])
    langs = np.array([e.lang for e in examples])
    groups = [e.group for e in examples]
    domain, domain_oof = _domain(vectors, y, groups)
    columns = np.column_stack([features, domain_oof])
    mean = columns.mean(axis=0)
    scale = columns.std(axis=0)
    scale[scale < 1e-9] = 1.0
    Z = (columns - mean) / scale
    # Out-of-fold calibrated probabilities: a model per outer fold, calibrated on its own folds.
    oof = np.zeros(len(y))
    for train, test in _folds(groups):
        model = _calibrated(Z[train], y[train], [groups[i] for i in train])
        oof[test] = model.predict_proba(Z[test])[:, 1]
    thresholds = {
        code: _budget_threshold(oof[langs == code], y[langs == code], max_false)
        for code in sorted(set(langs))
    }
    final = _calibrated(Z, y, groups)
    folds = []
    for calibrated in final.calibrated_classifiers_:
        lr = calibrated.estimator
        sig = calibrated.calibrators[0]
        folds.append((lr.coef_[0].copy(), float(lr.intercept_[0]), float(sig.a_), float(sig.b_)))
    cv = {}
    for code, t in thresholds.items():
        mask = langs == code
        refused = oof[mask] < t
        cv[code] = {
            "threshold": t,
            "refusal_recall": round(float(refused[~y[mask]].mean()), 4),
            "false_refusal_rate": round(float(refused[y[mask]].mean()), 4),
            "n_covered": int(y[mask].sum()),
            "n_refuse": int((~y[mask]).sum()),
        }
    info = {
        "fitted_on": [str(p.relative_to(datasets.GOLDEN_DIR)) for p in (*QA_FILES, *OFF_FILES, SCREEN_FILE)]
        + [f"{name} (retired: oncourse, offcourse, screen)" for name in retired.RETIRED],
        "examples": len(y),
        "cross_validated": cv,
        "method": f"domain: LogisticRegression(C={DOMAIN_C}) on the query embedding, stacked out of "
        "fold; LogisticRegression(class_weight=balanced) + CalibratedClassifierCV(sigmoid), "
        f"GroupKFold({FOLDS}); per-language threshold = the most refusals out of fold with at "
        f"most {max_false:.1%} of covered questions refused",
    }
    model = CoverageModel(
        embedder, (domain.coef_[0].astype(np.float64), float(domain.intercept_[0])), mean, scale,
        tuple(folds), thresholds, info,
    )
    check = np.array([model.probability_of(c) for c in columns[:20]])
    assert np.allclose(check, final.predict_proba(Z[:20])[:, 1], atol=1e-6), "artefact != sklearn"
    assert len(MODEL_FEATURES) == columns.shape[1]
    return model


def fit_screen(
    vectors: np.ndarray, examples: Sequence[Example], embedder: str,
    max_blocked: float = SCREEN_MAX_BLOCKED,
) -> Any:
    """The screen's linear classifier with per-class thresholds chosen out of fold.

    Each flagged class gets the lowest threshold that blocks at most ``max_blocked``
    of the genuine questions out of fold (never under 0.5).
    """
    from sklearn.linear_model import LogisticRegression

    from assistant.rag.screen import CATEGORIES, LinearScreen

    labels = np.array([e.label for e in examples])
    groups = [e.group for e in examples]
    classes = ("ok", *CATEGORIES)
    y = np.array([classes.index(label) for label in labels])

    def model() -> Any:
        return LogisticRegression(C=4.0, class_weight="balanced", max_iter=4000)

    oof = np.zeros((len(y), len(classes)))
    for train, test in _folds(groups):
        oof[test] = model().fit(vectors[train], y[train]).predict_proba(vectors[test])
    genuine = labels == "ok"
    thresholds = {}
    for i, name in enumerate(classes[1:], start=1):
        ceiling = np.quantile(oof[genuine, i], 1 - max_blocked)
        thresholds[name] = float(round(max(0.5, ceiling + 1e-3), 4))
    final = model().fit(vectors, y)
    screen = LinearScreen(
        embedder, classes, final.coef_.astype(np.float64), final.intercept_.astype(np.float64),
        thresholds,
    )
    caught: dict[str, dict[str, float]] = defaultdict(dict)
    langs = np.array([e.lang for e in examples])
    for code in sorted(set(langs)):
        for name in classes:
            mask = (labels == name) & (langs == code)
            if not mask.any():
                continue
            flagged = np.zeros(mask.sum(), dtype=bool)
            for j, other in enumerate(classes[1:], start=1):
                flagged |= oof[mask, j] >= thresholds[other]
            key = "blocked" if name == "ok" else f"{name}_caught"
            caught[code][key] = round(float(flagged.mean()), 4)
    info = {
        "fitted_on": [str(p.relative_to(datasets.GOLDEN_DIR)) for p in (*SCREEN_FILES, *QA_FILES, *OFF_FILES)]
        + [f"{name} (retired: screen, oncourse, offcourse)" for name in retired.RETIRED],
        "thresholds": thresholds, "max_blocked": max_blocked, "cross_validated": dict(caught),
        "examples": len(y),
    }
    return screen, info


def write_artefact(path: Path, embedder: str, entry: dict[str, Any], version: int = 1) -> None:
    """Add or replace ``embedder``'s entry, keeping the others."""
    data = json.loads(path.read_text("utf-8")) if path.exists() else {}
    data.setdefault("version", version)
    data.setdefault("models", {})[embedder] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")


def run(
    what: str,
    corpus: Path,
    embedder_spec: str | None = None,
    *,
    embedder: Any = None,
    out: Path | None = None,
    progress: Callable[..., Any] | None = None,
    max_blocked: float = SCREEN_MAX_BLOCKED,
    max_false: float = FALSE_REFUSAL_BUDGET,
) -> dict[str, Any]:
    """Index ``corpus``, compute the inputs, fit ``what`` and write its artefact; returns the report."""
    from assistant.config import load_settings
    from assistant.rag.coverage import ARTEFACT as COVERAGE
    from assistant.rag.coverage import calibration_dir
    from assistant.rag.embeddings import make_embedder, reference_part
    from assistant.rag.ingest import no_progress
    from assistant.rag.screen import ARTEFACT as SCREEN
    from evals.workspace import open_workspace

    overrides: dict[str, Any] = {"screen": False, "coverage": "threshold"}
    if embedder_spec:
        overrides["embedder"] = embedder_spec
    if embedder is None:
        # The coverage decision reads the reference part of a concatenation (e5 of e5+use)
        # alone, so that is what it is fitted on, under its id; the screen reads the whole
        # vector (assistant.rag.screen.screen_embedder_id).
        configured = make_embedder(load_settings(**overrides).embedder)
        embedder = configured if what == "screen" else reference_part(configured)
    with open_workspace(
        corpus, progress=progress or no_progress, settings_overrides=overrides, embedder=embedder
    ) as ws:
        embedder_id = ws.embedder.id
        if what == "coverage":
            examples = coverage_examples()
            retriever = ws.assistant.retriever
            vectors = np.stack([ws.embedder.embed_query(e.question) for e in examples])
            features = np.stack(
                [
                    retriever.coverage_features(e.question, language=e.lang, vector=v)
                    for e, v in zip(examples, vectors, strict=True)
                ]
            )
            model = fit_coverage(features, vectors, examples, embedder_id, max_false)
            write_artefact(out or calibration_dir() / COVERAGE, embedder_id, model.to_json())
            return {"embedder": embedder_id, **model.info, "thresholds": model.thresholds}
        examples = screen_examples()
        vectors = np.stack([ws.embedder.embed_query(e.question) for e in examples])
        screen, report = fit_screen(vectors, examples, embedder_id, max_blocked)
        command = "python -m evals.fit screen" + (f" --embedder {embedder_spec}" if embedder_spec else "")
        info = {"command": command, **report}
        write_artefact(out or calibration_dir() / SCREEN, embedder_id, {**screen.to_json(), "info": info})
        return {"embedder": embedder_id, **report}


def main(argv: list[str] | None = None) -> int:
    """``python -m evals.fit coverage|screen [--corpus DIR] [--embedder SPEC] [--out FILE]``."""
    parser = argparse.ArgumentParser(prog="python -m evals.fit", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("coverage", "screen"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus/modules"))
    parser.add_argument("--embedder", help="embedder spec (default: ASSISTANT_EMBEDDER)")
    parser.add_argument("--out", type=Path, help="artefact file (default: the shipped one)")
    parser.add_argument("--max-blocked", type=float, default=SCREEN_MAX_BLOCKED,
                        help="screen: share of genuine questions each class may block out of "
                        f"fold (default {SCREEN_MAX_BLOCKED})")
    parser.add_argument("--max-false-refusals", type=float, default=FALSE_REFUSAL_BUDGET,
                        help="coverage: share of covered questions each language may refuse out "
                        f"of fold (default {FALSE_REFUSAL_BUDGET})")
    args = parser.parse_args(argv)
    from assistant.rag.ingest import tqdm_progress

    if not 0 < args.max_blocked < 0.5:
        parser.error(f"--max-blocked must be between 0 and 0.5 (got {args.max_blocked})")
    if not 0 < args.max_false_refusals < 0.5:
        parser.error(
            f"--max-false-refusals must be between 0 and 0.5 (got {args.max_false_refusals})"
        )
    report = run(args.what, args.corpus, args.embedder, out=args.out, progress=tqdm_progress,
                 max_blocked=args.max_blocked, max_false=args.max_false_refusals)
    json.dump(report, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
