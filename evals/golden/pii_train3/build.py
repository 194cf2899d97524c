"""Build the personal-data training set 3 from ``src/<lang>.txt``: the third set's builder, with this set's seed.

Same markup and checksum generators as ``evals/golden/pii_fresh3/build.py`` (read its
docstring); the seed and the id prefix differ, so no generated value or id is shared.

Usage: ``python evals/golden/pii_train3/build.py [lang ...]`` (writes ``<lang>.jsonl``).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = "pii-train3-2026"
ID_PREFIX = "t3"
_BUILDER = runpy.run_path(str(HERE.parent / "pii_fresh3" / "build.py"))
dump = _BUILDER["dump"]


def build_lang(lang: str, folder: Path = HERE) -> Any:
    """The records of ``lang`` (``check.py`` compares them with the written file)."""
    return _BUILDER["build_lang"](lang, folder, SEED, ID_PREFIX)


if __name__ == "__main__":
    sys.exit(_BUILDER["main"](sys.argv[1:], folder=HERE, seed=SEED, id_prefix=ID_PREFIX))
