"""Reading golden files: JSON Lines whose errors name the file, the line and the field.

Every golden-set loader (retrieval, off-course, injection, personal data)
starts here, so a malformed line reads the same whichever file it is in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class GoldenFileError(ValueError):
    """A malformed golden file; the message names the file, line and field."""


def json_objects(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(where, object)`` for each non-blank line; ``where`` is "<file>, line <n>"."""
    if not path.is_file():
        raise GoldenFileError(f"{path}: no such golden file")
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldenFileError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise GoldenFileError(f"{where}: each line must be a JSON object")
        yield where, row
