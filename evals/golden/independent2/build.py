#!/usr/bin/env python3
"""Build the independent2 golden sets from src/ (no poisoned documents).

Thin wrapper: runs ../independent/build.py on this folder.
Run: /work/main/.venv/bin/python evals/golden/independent2/build.py
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = HERE.parent / "independent" / "build.py"
sys.argv = [str(SCRIPT), "--dir", str(HERE), "--no-poisoned", *sys.argv[1:]]
runpy.run_path(str(SCRIPT), run_name="__main__")
