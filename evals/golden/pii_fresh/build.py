"""Build the fresh PII set from ``src/``: the independent set's builder, with this set's seed.

Same markup and checksum generators as ``evals/golden/pii_independent/build.py``
(read its docstring); the seed differs, so no generated value is shared.

Usage: ``python evals/golden/pii_fresh/build.py`` (writes ``<lang>.jsonl``).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "pii-fresh-2026"

if __name__ == "__main__":
    builder = runpy.run_path(str(HERE.parent / "pii_independent" / "build.py"))
    builder["main"](sys.argv[1:], folder=HERE, seed=SEED)
