"""Validate the dev4 PII set and print its counts: the independent set's checker, on this folder.

Ids here are ``dev4-<lang>-NNNN``: this script checks the prefix, then runs the
independent set's checker on a temporary copy with the prefix removed.

Usage: ``python evals/golden/pii_dev4/check.py`` (exit status 1 on any error).
"""

from __future__ import annotations

import json
import runpy
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "fr", "es", "pt", "ar")

if __name__ == "__main__":
    errors = 0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            path = HERE / f"{lang}.jsonl"
            if not path.exists():
                continue
            out = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                if not row["id"].startswith(f"dev4-{lang}-"):
                    print(f"ERROR {lang}: id {row['id']!r} lacks the dev4-{lang}- prefix")
                    errors += 1
                else:
                    row["id"] = row["id"][len("dev4-"):]
                out.append(json.dumps(row, ensure_ascii=False))
            (Path(tmp) / f"{lang}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        checker = runpy.run_path(str(HERE.parent / "pii_independent" / "check.py"))
        status = checker["main"](Path(tmp))
    sys.exit(1 if errors or status else 0)
