"""Speed of the personal-data detector on 500-character messages, against the old one.

    python -m benchmarks.privacy_speed [--messages 60] [--old-commit 87f4df5]

1. Cold start, in a fresh process: ``import assistant.privacy`` (should be
   cheap), then the first ``redact`` (loads Presidio, spaCy and the lists).
2. Warm latency p50/p95 of ``find_personal_data`` per message of 500
   characters, per language, with the language given (as the store calls it)
   and detected (``language=None``).
3. The same messages through the old rule-only detector, read from git at
   ``--old-commit`` (the last commit before the Presidio rewrite), in the
   same run, and the ratio new/old.

Messages are the shipped golden texts (``evals/golden/pii/``) of each
language, concatenated (seeded) and cut to 500 characters at a space.
Results go to benchmarks/results/privacy_speed.json and .md. Run on a quiet
machine: the numbers are wall-clock times.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

from assistant import languages
from evals.metrics import percentile

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "evals" / "golden" / "pii"
OLD_COMMIT = "87f4df5"
SIZE = 500


def messages(language: str, count: int, seed: int = 7) -> list[str]:
    """``count`` messages of about 500 characters made of the language's golden texts."""
    texts = [
        json.loads(line)["text"]
        for line in (GOLDEN / f"{language}.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    rng = random.Random(f"{seed}-{language}")
    out = []
    for _ in range(count):
        text = ""
        while len(text) < SIZE:
            text += rng.choice(texts) + " "
        cut = text.rfind(" ", 0, SIZE)
        out.append(text[: cut if cut > SIZE // 2 else SIZE])
    return out


def old_detector(commit: str) -> types.ModuleType:
    """The rule-only detector as it was at ``commit`` (``assistant/privacy.py``)."""
    source = subprocess.run(
        ["git", "show", f"{commit}:assistant/privacy.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader("old_privacy", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_privacy"] = module  # dataclasses look their module up
    exec(compile(source, "old_privacy.py", "exec"), module.__dict__)  # noqa: S102 - our own code
    return module


def timings(call: Callable[[str], object], texts: list[str]) -> dict[str, float]:
    """Wall-clock p50/p95/max and CPU-time p50/p95 in milliseconds (after two warm-up calls).

    CPU time (this thread's) is what the call costs a core; on a busy machine the wall
    clock also counts the time spent waiting for one.
    """
    for text in texts[:2]:
        call(text)
    times, cpu = [], []
    for text in texts:
        start, start_cpu = time.perf_counter(), time.thread_time()
        call(text)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return {
        "p50_ms": round(percentile(times, 50), 2),
        "p95_ms": round(percentile(times, 95), 2),
        "max_ms": round(max(times), 2),
        "cpu_p50_ms": round(percentile(cpu, 50), 2),
        "cpu_p95_ms": round(percentile(cpu, 95), 2),
    }


def cold_start() -> dict[str, float]:
    """Import time and first-call time of the detector in a fresh interpreter."""
    code = (
        "import time, json; t = time.perf_counter(); import assistant.privacy as p; "
        "i = time.perf_counter() - t; t = time.perf_counter(); "
        "p.redact('Call Jane Whitaker on 07700 900461', 'en'); "
        "f = time.perf_counter() - t; print(json.dumps({'import_s': i, 'first_call_s': f}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return {k: round(v, 3) for k, v in json.loads(out.strip().splitlines()[-1]).items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=60, help="messages per language")
    parser.add_argument("--old-commit", default=OLD_COMMIT)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args()

    from assistant.privacy import engine, find_personal_data

    engine.remember_recent(0)  # time the analysis, not the memory of texts already masked
    cold = cold_start()
    old = old_detector(args.old_commit)
    rows = {}
    for code in languages.CODES:
        texts = messages(code, args.messages)
        rows[code] = {
            "new_language_given": timings(lambda t, c=code: find_personal_data(t, c), texts),
            "new_detected": timings(lambda t: find_personal_data(t), texts),
            "old_language_given": timings(lambda t, c=code: old.find_personal_data(t, c), texts),
        }
    everything = [t for code in languages.CODES for t in messages(code, args.messages)]
    rows["all"] = {
        "new_language_given": {},
        "new_detected": timings(lambda t: find_personal_data(t), everything),
        "old_language_given": {},
    }
    result: dict[str, object] = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
        "message_chars": SIZE,
        "messages_per_language": args.messages,
        "cold_start": cold,
        "per_language": rows,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "privacy_speed.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"{result['machine']}, load average {load:.1f} at the end of the run; "
        f"{args.messages} messages of ~{SIZE} characters per language.",
        f"Cold start: import {cold['import_s']} s, first redact {cold['first_call_s']} s.",
        "",
        "| language | new, language given: wall p50 / p95 (CPU p50 / p95), ms | "
        "new, detected: wall p50 / p95 | old: wall p50 / p95 (CPU p95) | ratio new/old, p95 wall |",
        "|---|---|---|---|---|",
    ]
    for code in languages.CODES:
        new, auto, before = (rows[code][k] for k in rows[code])
        ratio = new["p95_ms"] / before["p95_ms"] if before["p95_ms"] else float("nan")
        lines.append(
            f"| {code} | {new['p50_ms']} / {new['p95_ms']} ({new['cpu_p50_ms']} / "
            f"{new['cpu_p95_ms']}) | {auto['p50_ms']} / {auto['p95_ms']} | {before['p50_ms']} / "
            f"{before['p95_ms']} ({before['cpu_p95_ms']}) | {ratio:.0f}x |"
        )
    report = "\n".join(lines)
    (args.out / "privacy_speed.md").write_text(report + "\n", "utf-8")
    print(report)


if __name__ == "__main__":
    main()
