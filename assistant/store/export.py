"""CSV export of store records for instructors (spreadsheets, archives).

:func:`export_csv` turns records (dataclasses or mappings) into RFC 4180 CSV
text: comma-separated, fields quoted when they hold a comma, a quote or a line
break, CRLF line ends. Nested values (answers, check results) are written as
JSON; datetimes as ISO 8601 in UTC. Arabic and other scripts are kept as they
are: write the text with ``encoding="utf-8-sig"`` so that spreadsheet programs
detect UTF-8.

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is prefixed with ``'``: a display name such as ``=HYPERLINK(...)``
typed by a learner must not run as a formula on the instructor's computer
(OWASP "CSV injection"). Numbers are written unchanged.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _as_mapping(row: Any) -> Mapping[str, Any]:
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    if isinstance(row, Mapping):
        return row
    raise TypeError(f"export_csv needs dataclasses or mappings, not {type(row).__name__}")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, Mapping | list | tuple):
        value = json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_csv(rows: Iterable[Any], columns: Sequence[str] | None = None) -> str:
    """CSV text with a header row; ``columns`` picks and orders fields (default: all, as found)."""
    mappings = [_as_mapping(row) for row in rows]
    if columns is None:
        columns = list(dict.fromkeys(key for mapping in mappings for key in mapping))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for mapping in mappings:
        writer.writerow([_cell(mapping.get(column)) for column in columns])
    return buffer.getvalue()
