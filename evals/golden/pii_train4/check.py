"""Validate personal-data training set 4 and print its counts: training set 1's checker, on this folder.

Usage: ``python evals/golden/pii_train4/check.py`` (exit status 1 on any error).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    checker = runpy.run_path(str(HERE.parent / "pii_train1" / "check.py"))
    sys.exit(checker["main"](HERE, id_prefix="t4"))
