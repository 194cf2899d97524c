"""Build the dev4 PII set from ``src/``: the independent set's builder, with this set's seed.

Same markup and checksum generators as ``evals/golden/pii_independent/build.py``
(read its docstring); the seed differs (``pii-dev4-2026-<lang>``), so no generated value
is shared with another set. Ids are prefixed ``dev4-<lang>-NNNN``.

Usage: ``python evals/golden/pii_dev4/build.py`` (writes ``<lang>.jsonl``).
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "pii-dev4-2026"

if __name__ == "__main__":
    builder = runpy.run_path(str(HERE.parent / "pii_independent" / "build.py"))
    builder["main"](sys.argv[1:], folder=HERE, seed=SEED)
    # Prefix the ids: ``<lang>-NNNN`` -> ``dev4-<lang>-NNNN``.
    for path in sorted(HERE.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for row in rows:
            if not row["id"].startswith("dev4-"):
                row["id"] = "dev4-" + row["id"]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
