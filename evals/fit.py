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
  ``FALSE_REFUSAL_BUDGET`` of its covered ones (``--max-false-refusals``). The
  embedding's domain score, stacked in out of fold, is a softmax over course
  questions and the kinds of questions to refuse (``DOMAIN_CLASSES``).
* ``screen`` — the question screen's embedding classifier
  (:class:`assistant.rag.screen.LinearScreen`): a multinomial logistic
  regression on query embeddings of ``dev/screen.jsonl`` and
  ``dev/screen_indirect.jsonl`` (distress, harmful, manipulation, benign; the
  second holds indirect and third-person distress and the sensitive course
  questions next to it) and every on- and off-course question. The fine prompts
  keep three classes of their own (course questions, off-course requests,
  sensitive course questions), which a single linear "fine" class cannot
  separate from the flagged ones as well; the flagged classes share one
  out-of-fold budget: together they block at most ``SCREEN_MAX_BLOCKED`` of the
  course and sensitive questions.

The corpus is indexed in a temporary folder with the configured embedder
(``--embedder`` to choose another). The coverage model of a concatenation reads
the cosines of its first part (``e5+use`` ranks with both parts, but its coverage
features are e5's: :func:`assistant.rag.embeddings.reference_part`) and its
domain score reads the whole vector; it is written under the concatenation's id.
The screen is fitted on the whole vector too. ``--embedder e5-small-q4`` fits the
entries a concatenation without its own falls back to. The artefact keeps the entries of other embedders and
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
#: Out of fold, the screen's flagged classes together may block at most this share of the
#: genuine questions (course and sensitive course questions). Was 0.01 per class (so up to 3 %
#: together) with one "fine" class; on the seventh independent set that screen blocked 2.9 % of
#: on-course questions and handled 0.929 of the screen prompts (trust_independent6.md).
#: Left-one-set-out on the sixth and seventh sets, the three fine classes with this union
#: budget blocked 1.5-1.9 % and handled 0.944-0.954 (benchmarks/results/trust_independent8.md).
SCREEN_MAX_BLOCKED = 0.015
#: The screen's classes for prompts it lets through: course questions, off-course requests
#: (declined later, by the coverage decision) and sensitive course questions.
FINE_CLASSES = ("course", "off_course", "sensitive")
#: The fine classes the budget protects (an off-course request the screen declines is still
#: declined).
PROTECTED = ("course", "sensitive")
#: A flagged class never wins under this probability, however loose the budget.
SCREEN_FLOOR = 0.3
#: Out of fold, the coverage decision may refuse at most this share of covered questions per
#: language. The issue allows 5 %; on the sixth independent set the decision fitted to balance
#: its two errors (2.1-3.3 % false refusals out of fold) refused 3.3-9.4 % of genuine questions
#: (benchmarks/results/trust_independent6.md), so the fit keeps well inside the budget. 0.015
#: since the softmax domain score (DOMAIN_C): left one independent set out, it refused 1.3 % and
#: 4.3 % of the held-out set's genuine questions and 0.98 of its must-refuse ones, where the
#: binary e5 score at 0.02 refused 2.5 % and 4.3 % and 0.945 (trust_independent8.md).
FALSE_REFUSAL_BUDGET = 0.015
#: Regularisation of the coverage model's domain score: a softmax over the course class and
#: the kinds of questions to refuse, on the whole vector of a concatenation. Left one
#: independent set out at a 2 % budget, the coverage model with it refused 0.965-0.985 of the
#: must-refuse questions where the binary score on e5 alone refused 0.925-0.945, at 1.9-5.0 %
#: false refusals against 2.5-4.3 % (benchmarks/results/trust_independent8.md).
DOMAIN_C = 4.0
#: The domain classes, the course first (its log-odds is the score).
DOMAIN_CLASSES = ("course", "off_course", "distress", "harmful", "manipulation")


@dataclass(frozen=True)
class Example:
    """One question for fitting: its text, language, label and translation group.

    ``kind`` says what a must-refuse question is (``off_course``, ``distress``,
    ``harmful``, ``manipulation``): the coverage model's domain score learns each kind
    apart from the course questions.
    """

    question: str
    lang: str
    label: str
    group: str
    kind: str = ""


def coverage_examples() -> list[Example]:
    """On-course (``covered``) and must-refuse (``refuse``) questions for the coverage model."""
    rows = []
    for path in QA_FILES:
        for q in datasets.load_golden(path):
            group = retired.translation_group(q.id, q.lang)
            rows.append(Example(q.question, q.lang, "covered", group, "course"))
    for path in OFF_FILES:
        for o in datasets.load_off_course(path):
            group = retired.translation_group(o.id, o.lang)
            rows.append(Example(o.question, o.lang, "refuse", group, "off_course"))
    for s in load_screen(SCREEN_FILE):
        if s.label != "benign":
            rows.append(Example(s.question, s.lang, "refuse", s.group or s.id, s.label))
    rows += [
        Example(r.question, r.lang, r.label, r.group,
                "course" if r.label == "covered" else "off_course")
        for r in retired.course_rows()
    ]
    rows += [
        Example(r.question, r.lang, "refuse", r.group, r.label)
        for r in retired.screen_rows()
        if r.label != "ok"
    ]
    return rows


def screen_examples() -> list[Example]:
    """Screen prompts with their label; course, off-course and sensitive ones in fine classes."""
    rows = [
        Example(s.question, s.lang, "sensitive" if s.label == "benign" else s.label, s.group or s.id)
        for path in SCREEN_FILES
        for s in load_screen(path)
    ]
    for path in QA_FILES:
        rows += [
            Example(q.question, q.lang, "course", retired.translation_group(q.id, q.lang))
            for q in datasets.load_golden(path)
        ]
    for path in OFF_FILES:
        rows += [
            Example(o.question, o.lang, "off_course", retired.translation_group(o.id, o.lang))
            for o in datasets.load_off_course(path)
        ]
    rows += [
        Example(r.question, r.lang, "sensitive" if r.label == "ok" else r.label, r.group)
        for r in retired.screen_rows()
    ]
    rows += [
        Example(r.question, r.lang, "course" if r.label == "covered" else "off_course", r.group)
        for r in retired.course_rows()
    ]
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


def _domain(
    vectors: np.ndarray, kinds: np.ndarray, groups: Sequence[str]
) -> tuple[Any, np.ndarray]:
    """The embedding's domain score (fitted on everything) and its out-of-fold values."""
    from sklearn.linear_model import LogisticRegression

    from assistant.rag.coverage import Domain

    classes = [c for c in DOMAIN_CLASSES if c in set(kinds)]
    if classes[:1] != ["course"] or len(classes) < 2 or not set(kinds) <= set(classes):
        raise ValueError(
            f"the domain score needs course questions and kinds among {DOMAIN_CLASSES} "
            f"(got {sorted(set(kinds))})"
        )
    y = np.array([classes.index(k) for k in kinds])

    def fitted(rows: np.ndarray) -> Domain:
        model = LogisticRegression(C=DOMAIN_C, class_weight="balanced", max_iter=6000)
        model.fit(vectors[rows], y[rows])
        if len(classes) == 2:  # sklearn keeps one row for two classes: the second's score
            return Domain(-model.coef_[0], -model.intercept_)
        return Domain(model.coef_, model.intercept_)

    oof = np.zeros(len(y))
    for train, test in _folds(groups):
        score = fitted(train)
        oof[test] = [score.score(v) for v in vectors[test]]
    return fitted(np.arange(len(y))), oof


def fit_coverage(
    features: np.ndarray, vectors: np.ndarray, examples: Sequence[Example], embedder: str,
    max_false: float = FALSE_REFUSAL_BUDGET, cosines_of: str = "",
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
    kinds = np.array([e.kind or ("course" if e.label == "covered" else "off_course")
                      for e in examples])
    # ``vectors`` are ``embedder``'s, what the domain score reads; a concatenation's features
    # are the cosines of its reference part, ``cosines_of``
    domain, domain_oof = _domain(vectors, kinds, groups)
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
        "method": f"domain: multinomial LogisticRegression(C={DOMAIN_C}) over {', '.join(DOMAIN_CLASSES)} "
        f"on the query embedding of {embedder} (cosines of {cosines_of or embedder}), the course class's log-odds stacked out of "
        "fold; LogisticRegression(class_weight=balanced) + CalibratedClassifierCV(sigmoid), "
        f"GroupKFold({FOLDS}); per-language threshold = the most refusals out of fold with at "
        f"most {max_false:.1%} of covered questions refused",
    }
    model = CoverageModel(embedder, domain, mean, scale, tuple(folds), thresholds, info)
    check = np.array([model.probability_of(c) for c in columns[:20]])
    assert np.allclose(check, final.predict_proba(Z[:20])[:, 1], atol=1e-6), "artefact != sklearn"
    assert len(MODEL_FEATURES) == columns.shape[1]
    return model


def _union_thresholds(
    oof: np.ndarray, flagged: Sequence[int], protected: np.ndarray, budget: float
) -> list[float]:
    """Per flagged class, the threshold at a common quantile of the protected prompts' scores.

    The quantile is the largest (found by bisection) at which the classes together flag at
    most ``budget`` of the protected prompts; no threshold is under :data:`SCREEN_FLOOR`.
    """
    def at(level: float) -> list[float]:
        return [
            max(SCREEN_FLOOR, float(np.quantile(oof[protected, i], 1 - level)) + 1e-3)
            for i in flagged
        ]

    def blocked(thresholds: list[float]) -> float:
        hit = np.zeros(int(protected.sum()), dtype=bool)
        for t, i in zip(thresholds, flagged, strict=True):
            hit |= oof[protected, i] >= t
        return float(hit.mean())

    low, high = 0.0, budget
    for _ in range(30):
        mid = (low + high) / 2
        low, high = (mid, high) if blocked(at(mid)) <= budget else (low, mid)
    return [round(t, 4) for t in at(low)]


def fit_screen(
    vectors: np.ndarray, examples: Sequence[Example], embedder: str,
    max_blocked: float = SCREEN_MAX_BLOCKED,
) -> Any:
    """The screen's linear classifier with thresholds chosen out of fold.

    The flagged classes' thresholds sit at one common quantile of the course and sensitive
    questions' out-of-fold scores: the highest at which the classes together block at most
    ``max_blocked`` of them (:func:`_union_thresholds`).
    """
    from sklearn.linear_model import LogisticRegression

    from assistant.rag.screen import CATEGORIES, LinearScreen

    labels = np.array([e.label for e in examples])
    groups = [e.group for e in examples]
    classes = tuple(c for c in (*FINE_CLASSES, *CATEGORIES) if c in set(labels))
    if not set(CATEGORIES) <= set(classes) or not set(PROTECTED) & set(classes):
        raise ValueError(
            f"the screen needs examples of {', '.join(CATEGORIES)} and of course or sensitive "
            f"questions (got labels {sorted(set(labels))})"
        )
    y = np.array([classes.index(label) for label in labels])

    def model() -> Any:
        return LogisticRegression(C=4.0, class_weight="balanced", max_iter=6000)

    oof = np.zeros((len(y), len(classes)))
    for train, test in _folds(groups):
        oof[test] = model().fit(vectors[train], y[train]).predict_proba(vectors[test])
    flagged = [classes.index(c) for c in CATEGORIES]
    protected = np.isin(labels, PROTECTED)
    thresholds = dict(
        zip(CATEGORIES, _union_thresholds(oof, flagged, protected, max_blocked), strict=True)
    )
    final = model().fit(vectors, y)
    screen = LinearScreen(
        embedder, classes, final.coef_.astype(np.float64), final.intercept_.astype(np.float64),
        thresholds,
    )
    hit = np.zeros(len(y), dtype=bool)
    for name, i in zip(CATEGORIES, flagged, strict=True):
        hit |= oof[:, i] >= thresholds[name]
    keys = {"course": "blocked", "sensitive": "sensitive_blocked", "off_course": "off_course_flagged"}
    caught: dict[str, dict[str, float]] = defaultdict(dict)
    langs = np.array([e.lang for e in examples])
    for code in sorted(set(langs)):
        for name in classes:
            mask = (labels == name) & (langs == code)
            if mask.any():
                caught[code][keys.get(name, f"{name}_caught")] = round(float(hit[mask].mean()), 4)
    info = {
        "fitted_on": [str(p.relative_to(datasets.GOLDEN_DIR)) for p in (*SCREEN_FILES, *QA_FILES, *OFF_FILES)]
        + [f"{name} (retired: screen, oncourse, offcourse)" for name in retired.RETIRED],
        "thresholds": thresholds, "max_blocked": max_blocked, "protected": list(PROTECTED),
        "cross_validated": dict(caught), "examples": len(y),
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
    whole: Any = None
    if embedder is None:
        # The coverage decision reads the cosines of the reference part of a concatenation
        # (e5 of e5+use), so that is what it is fitted on, under its id, and its domain score
        # the whole vector; the screen reads the whole vector too
        # (assistant.rag.screen.screen_embedder_id).
        configured = make_embedder(load_settings(**overrides).embedder)
        embedder = configured if what == "screen" else reference_part(configured)
        whole = configured if configured is not embedder else None
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
            key, cosines_of = embedder_id, ""
            if whole is not None:  # the other parts' vectors, joined to the reference part's
                others = [
                    np.stack([part.embed_query(e.question) for e in examples])
                    for part in whole.parts[1:]
                ]
                vectors, key, cosines_of = whole.join([vectors, *others]), whole.id, embedder_id
            model = fit_coverage(features, vectors, examples, key, max_false, cosines_of)
            write_artefact(out or calibration_dir() / COVERAGE, key, model.to_json())
            return {"embedder": key, **model.info, "thresholds": model.thresholds}
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
                        help="screen: share of course and sensitive questions the flagged classes "
                        f"together may block out of fold (default {SCREEN_MAX_BLOCKED})")
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
