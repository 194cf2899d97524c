#!/usr/bin/env python3
"""Validate the independent2 golden sets and print (or write) the counts table.

Thin wrapper: runs ../independent/validate.py on this folder, without the
poisoned-document checks (this set has no poisoned pages).
Run: /work/main/.venv/bin/python evals/golden/independent2/validate.py [--write-readme]
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = HERE.parent / "independent" / "validate.py"
sys.argv = [str(SCRIPT), "--dir", str(HERE), "--no-poisoned", *sys.argv[1:]]
runpy.run_path(str(SCRIPT), run_name="__main__")
