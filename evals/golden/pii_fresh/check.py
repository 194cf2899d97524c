"""Validate the fresh PII set and print its counts: the independent set's checker, on this folder.

Usage: ``python evals/golden/pii_fresh/check.py`` (exit status 1 on any error).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    checker = runpy.run_path(str(HERE.parent / "pii_independent" / "check.py"))
    sys.exit(checker["main"](HERE))
