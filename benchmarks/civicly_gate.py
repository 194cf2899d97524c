"""How the Civicly router should treat languages its history barely has: the measurements.

    python -m benchmarks.civicly_gate [--embedder e5-small-q4]

For each case (a training history, a test set) it trains once and scores
every candidate on the same split, macro-F1 on the test languages:

* ``embeddings_lr``: the evaluator's embeddings-only baseline (logistic
  regression on every row's embedding);
* ``sample_150``: the router before issue #19 (150 embedded rows per
  department, zero embedding block for the rest, full model only);
* ``full``: every row embedded, the full model (embeddings + n-grams) only;
* ``semantic``: the router's embeddings-only head (since the second #19 change
  the baseline's own classifier, rescaled; a language with no training record
  gets it alone, so the router equals ``embeddings_lr`` there);
* ``mix_0.25`` / ``mix_0.5`` / ``mix_0.75``: ``a * full + (1 - a) * semantic``,
  the router's gate for a scarce language with ``scarce_ngram_weight = a``.

Cases: train in English (or English and Spanish) and test in the other
languages, on the held-out history and on the fresh phrasings; and histories
that keep only 0, 30 or 100 of their Arabic or Portuguese records, tested on
that language (held-out history + fresh phrasings together). The
public-style short messages are deliberately not here: they are kept out of
every choice (benchmarks/data/README.md). Vectors come from the embedding
cache under the data directory. Results: benchmarks/results/civicly_gate.{json,md}.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import apply_offline_environment, load_settings
from assistant.exercises.civicly_triage.audit import macro_f1
from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache
from assistant.exercises.civicly_triage.evaluate import embedding_baseline_predict
from assistant.exercises.civicly_triage.features import Featurizer
from assistant.exercises.civicly_triage.records import FeedbackRecord
from assistant.exercises.civicly_triage.router import Router
from assistant.exercises.civicly_triage.service import BUILTIN_DATA
from assistant.rag.embeddings import Embedder, make_embedder

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = BUILTIN_DATA.with_name("holdout.csv")
FRESH = ROOT / "benchmarks" / "data" / "civicly_fresh.csv"
RESULTS = ROOT / "benchmarks" / "results"
ALL = ("en", "fr", "es", "pt", "ar")
MIXES = (0.25, 0.5, 0.75)

Rows = list[tuple[str, str, str]]  # (text, department, language)


def read(path: Path) -> Rows:
    with path.open(encoding="utf-8") as handle:
        return [
            (r["description"], r["service_code"], r["language"]) for r in csv.DictReader(handle)
        ]


def only(rows: Rows, languages: set[str]) -> Rows:
    return [row for row in rows if row[2] in languages]


def limit(rows: Rows, language: str, keep: int) -> Rows:
    """``rows`` with only ``keep`` (seeded sample) of its ``language`` records."""
    mine = [i for i, row in enumerate(rows) if row[2] == language]
    kept = set(random.Random(1).sample(mine, keep)) if keep < len(mine) else set(mine)
    return [row for i, row in enumerate(rows) if row[2] != language or i in kept]


def scores(truth: list[str], predicted: list[str], codes: list[str]) -> dict[str, float]:
    out = {"all": round(macro_f1(truth, predicted), 4)}
    for code in sorted(set(codes)):
        idx = [i for i, c in enumerate(codes) if c == code]
        out[code] = round(macro_f1([truth[i] for i in idx], [predicted[i] for i in idx]), 4)
    return out


def fitted(train: Rows, embedder: Embedder, cache: EmbeddingCache, per_class: int | None) -> Any:
    texts, labels, codes = (list(column) for column in zip(*train, strict=True))
    featurizer = Featurizer(embedder)
    vectors, embedded = featurizer.embed_sample(texts, labels, per_class, cache=cache)
    features = featurizer.fit_transform(texts, vectors)
    records = [FeedbackRecord(str(i), t, y) for i, (t, y, _) in enumerate(train)]
    # min_share=0: no language is scarce, so predict_proba is the full model alone.
    router = Router(featurizer, min_share=0.0).fit(records, vectors, features, embedded, codes)
    return featurizer, router


def run_case(train: Rows, test: Rows, embedder: Embedder, cache: EmbeddingCache) -> dict:
    truth = [row[1] for row in test]
    codes = [row[2] for row in test]
    test_texts = [row[0] for row in test]
    featurizer, router = fitted(train, embedder, cache, None)
    test_vectors = featurizer.embed(test_texts, cache=cache)
    features = featurizer.transform(test_texts, test_vectors)
    full = router.predict_proba(features)
    semantic = router.semantic.predict_proba(router._embedding_block(features, embedder.dim))

    def labels(probabilities: np.ndarray) -> list[str]:
        return [router.classes[i] for i in probabilities.argmax(axis=1)]

    train_vectors = featurizer.embed([row[0] for row in train], cache=cache)
    candidates = {
        "embeddings_lr": embedding_baseline_predict(
            train_vectors, [row[1] for row in train], test_vectors
        ),
        "full": labels(full),
        "semantic": labels(semantic),
        **{f"mix_{a}": labels(a * full + (1 - a) * semantic) for a in MIXES},
    }
    old_featurizer, old_router = fitted(train, embedder, cache, 150)
    old = old_router.predict_proba(old_featurizer.transform(test_texts, test_vectors))
    candidates["sample_150"] = [old_router.classes[i] for i in old.argmax(axis=1)]
    return {name: scores(truth, predicted, codes) for name, predicted in candidates.items()}


def main() -> None:
    apply_offline_environment()
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default="e5-small-q4")
    args = parser.parse_args()
    embedder = make_embedder(args.embedder)
    cache = EmbeddingCache(Path(load_settings().data_dir) / "civicly")
    history, holdout, fresh = read(BUILTIN_DATA), read(HOLDOUT), read(FRESH)
    others = set(ALL) - {"en"}
    cases: list[tuple[str, Rows, Rows]] = [
        ("en -> holdout (fr es pt ar)", only(history, {"en"}), only(holdout, others)),
        (
            "en+es -> holdout (fr pt ar)",
            only(history, {"en", "es"}),
            only(holdout, {"fr", "pt", "ar"}),
        ),
        ("en -> fresh (fr es pt ar)", only(history, {"en"}), only(fresh, others)),
    ]
    for language in ("ar", "pt"):
        for keep in (0, 30, 100):
            train = limit(history, language, keep)
            share = keep / len(train)
            test = only(holdout, {language}) + only(fresh, {language})
            cases.append(
                (f"history with {keep} {language} ({share:.1%}) -> {language}", train, test)
            )
    results = []
    for name, train, test in cases:
        started = time.perf_counter()
        case = run_case(train, test, embedder, cache)
        results.append({"case": name, "train_n": len(train), "test_n": len(test), "scores": case})
        print(
            f"{name:40} "
            + "  ".join(f"{k} {v['all']:.3f}" for k, v in case.items())
            + f"  ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    meta = {
        "embedder": embedder.id,
        "cores": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d"),
        "command": "python -m benchmarks.civicly_gate",
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "civicly_gate.json").write_text(
        json.dumps({**meta, "cases": results}, indent=2), "utf-8"
    )
    names = list(results[0]["scores"])
    lines = [
        "# Civicly: choosing the language gate",
        "",
        f"`{meta['command']}` ({meta['embedder']}, {meta['date']}). Macro-F1 over the test "
        "languages; every candidate trained on the same split in one run. The router uses "
        "`mix_0.5` for a language under 5 % of the training history and `full` otherwise.",
        "",
        "| case | train | test | " + " | ".join(names) + " |",
        "|---|---|---|" + "---|" * len(names),
    ]
    for row in results:
        best = max(v["all"] for v in row["scores"].values())
        cells = [
            f"**{v['all']:.3f}**" if v["all"] == best else f"{v['all']:.3f}"
            for v in row["scores"].values()
        ]
        lines.append(
            f"| {row['case']} | {row['train_n']} | {row['test_n']} | " + " | ".join(cells) + " |"
        )
    (RESULTS / "civicly_gate.md").write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
