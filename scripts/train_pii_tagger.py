"""Train the personal-data tagger (``assistant/privacy/data/tagger.crfsuite``) on the dev sets.

The tagger (:mod:`assistant.privacy.tagger`) is a linear-chain CRF over word
features that learns person names and postal addresses from the project's
labelled development sets — the messages the rules were written against
(:data:`TRAINING_SETS`, about 6,500 messages and 10,700 spans in five languages).
The sets kept for measuring (``pii_fresh9``, ``pii_fresh10`` and any later
fresh set) are never read here.

``--hold-out SET`` trains without one set and prints the detector's recall and
precision on it with and without the tagger (the cross-validation used to pick
the threshold); without it, the model is trained on every set and written.
Training is deterministic (L-BFGS, fixed order) and takes about 20 s on 2 cores.

Run: ``python -m scripts.train_pii_tagger [--hold-out pii_fresh8] [--out PATH]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "evals" / "golden"
#: The development sets, written before or while the rules were tuned, and four sets written
#: as training data only (``pii_train1`` to ``pii_train4``): all read freely.
TRAINING_SETS = (
    "pii",
    "pii_dev",
    "pii_dev4",
    "pii_dev5",
    "pii_fresh",
    "pii_fresh2",
    "pii_fresh3",
    "pii_fresh4",
    "pii_fresh5",
    "pii_fresh6",
    "pii_fresh7",
    "pii_fresh8",
    "pii_independent",
    "pii_train1",
    "pii_train2",
    "pii_train3",
    "pii_train4",
)
#: The kinds the tagger learns, by the labels the sets use.
LEARNED = {"PERSON": "NAME", "NAME": "NAME", "ADDRESS": "ADDRESS"}
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def sequences(sets: Sequence[str]) -> list[tuple[list[list[str]], list[str]]]:
    """(features, labels) of every message of ``sets``."""
    from assistant.privacy import tagger
    from assistant.privacy.text import normalise
    from evals.privacy import load_labelled

    out = []
    for name in sets:
        for example in load_labelled([GOLDEN / name]):
            text = normalise(example.text)
            toks = tagger.tokens(text)
            gold = [(s, e, LEARNED[k]) for s, e, k in example.spans if k in LEARNED]
            out.append((tagger.features(text, toks, example.language), tagger.bio(toks, gold)))
    return out


def train(sets: Sequence[str], out: Path) -> int:
    """Train on ``sets`` and write the model to ``out``; the number of messages used."""
    import pycrfsuite

    data = sequences(sets)
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels in data:
        trainer.append(feats, labels)
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return len(data)


def hold_out(name: str, work: Path) -> None:
    """Train without ``name``; print the detector's scores on it with and without the tagger."""
    from assistant.privacy import engine, tagger
    from evals.privacy import coverage, load_labelled

    model = work / f"tagger-without-{name}.crfsuite"
    train([s for s in TRAINING_SETS if s != name], model)
    examples = load_labelled([GOLDEN / name])
    engine.remember_recent(0)
    for label, model_used in (("rules only", None), ("rules + tagger", tagger.Tagger(model))):
        tagger.use(model_used)
        table, _ = coverage(examples)
        for language in sorted(table, key=lambda code: code == "all"):
            row = table[language]
            cells = [f"{kind} recall {_value(row, kind, 'recall')}" for kind in ("NAME", "ADDRESS")]
            precision = _value(row, "all", "precision")
            print(f"{name} {language} {label}: {', '.join(cells)}, precision {precision}")


def _value(row: dict, kind: str, measure: str) -> str:
    value = row[kind].scores()[measure] if kind in row else None
    return "-" if value is None else f"{value:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=None, help="model path (default: the shipped one)"
    )
    parser.add_argument("--hold-out", default=None, help="cross-validate on this training set")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.hold_out:
        if args.hold_out not in TRAINING_SETS:
            parser.error(f"--hold-out must be one of: {', '.join(TRAINING_SETS)}")
        hold_out(args.hold_out, Path(args.out or "/tmp"))
        return 0
    from assistant.privacy import tagger

    out = args.out or tagger.MODEL
    count = train(TRAINING_SETS, out)
    print(f"trained on {count} messages of {len(TRAINING_SETS)} sets -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
