"""Validate the tenth fresh PII set and print its counts: the third set's checker, on this folder.

Usage: ``python evals/golden/pii_fresh9/check.py`` (exit status 1 on any error).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    checker = runpy.run_path(str(HERE.parent / "pii_fresh3" / "check.py"))
    sys.exit(checker["main"](HERE, id_prefix="f10", min_address_share=0.3))
