"""Validate personal-data training set 1 and print its counts: the third set's checks, on the languages written.

The later training sets call :func:`main` with their own folder and id prefix. A training
set need not hold every language; each language that has a ``src/<lang>.txt``
must have a valid ``<lang>.jsonl`` identical to a fresh build of it.

Usage: ``python evals/golden/pii_train1/check.py`` (exit status 1 on any error).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(folder: Path = HERE, id_prefix: str = "t1") -> int:
    """Check the languages written in ``folder``; 1 on any error."""
    checker = runpy.run_path(str(HERE.parent / "pii_fresh3" / "check.py"))
    builder = runpy.run_path(str(folder / "build.py"))
    langs = [lang for lang in checker["LANGS"] if (folder / "src" / f"{lang}.txt").exists()]
    errors: list[str] = []
    by_lang = {lang: checker["check_file"](folder, lang, errors, id_prefix) for lang in langs}
    for lang in langs:
        if builder["dump"](builder["build_lang"](lang)) != (folder / f"{lang}.jsonl").read_text(
            encoding="utf-8"
        ):
            errors.append(f"{lang}.jsonl: differs from a fresh build of src/{lang}.txt (run build.py)")
    print(checker["tables"](by_lang))
    for error in errors:
        print("  " + error, file=sys.stderr)
    print("\nOK" if not errors else f"\n{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
