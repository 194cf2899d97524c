"""Citizen-feedback records: the Open311-style schema, loading and validation.

Files are CSV or JSON (a list of objects, or JSON Lines) whose columns follow
Open311 GeoReport v2 names (``service_request_id``, ``requested_datetime``,
``description``, ``service_code`` / ``service_name``, ``agency_responsible``,
``address``, ``status``, ``updated_datetime``) plus ``district``, ``language``
and the historical outcome (``priority``, ``hours_to_resolution``,
``escalated``). Other column names are mapped with ``mapping`` (our name ->
your column).

Validation never drops a row silently: every rejected row is returned as a
:class:`RowError` with its row number, column and reason.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant import languages, textnorm
from assistant.errors import ConfigError

PRIORITIES = ("low", "medium", "high", "critical")
URGENT = frozenset({"high", "critical"})
REQUIRED = ("description",)
#: Our field -> accepted aliases (first match wins), besides the field itself.
ALIASES: dict[str, tuple[str, ...]] = {
    "service_request_id": ("id", "request_id"),
    "requested_datetime": ("created", "created_at", "date"),
    "description": ("text", "message", "feedback"),
    "service_code": ("department", "label", "category"),
    "service_name": (),
    "agency_responsible": (),
    "address": (),
    "district": ("neighbourhood", "neighborhood", "zone"),
    "language": ("lang",),
    "status": (),
    "updated_datetime": ("updated", "updated_at", "closed_at"),
    "priority": ("urgency",),
    "hours_to_resolution": (),
    "escalated": (),
}
MAX_DESCRIPTION = 5000


@dataclass(frozen=True)
class FeedbackRecord:
    """One historical or new citizen request."""

    service_request_id: str
    description: str
    service_code: str = ""
    language: str = ""
    district: str = ""
    requested_datetime: str = ""
    priority: str = ""
    hours_to_resolution: float | None = None
    escalated: bool | None = None
    service_name: str = ""
    agency_responsible: str = ""
    address: str = ""
    status: str = ""
    updated_datetime: str = ""

    @property
    def urgent(self) -> bool:
        """True when the historical priority was high or critical."""
        return self.priority in URGENT


@dataclass(frozen=True)
class RowError:
    """Why one input row was rejected."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column!r}: {self.reason}"


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Raw rows of a CSV, JSON array or JSON Lines file."""
    if not path.exists():
        raise ConfigError.from_key("civicly_no_file", path=path)
    data = path.read_bytes()
    try:
        text = textnorm.clean(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ConfigError.from_key("civicly_not_utf8", name=path.name, byte=exc.start) from exc
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return list(csv.DictReader(io.StringIO(text)))
    if suffix in {".json", ".jsonl"}:
        stripped = text.lstrip()
        try:
            if stripped.startswith("["):
                rows = json.loads(text)
            else:
                rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise ConfigError.from_key(
                "civicly_bad_json", path=path, line=exc.lineno, reason=exc.msg
            ) from exc
        if not all(isinstance(row, dict) for row in rows):
            raise ConfigError.from_key("civicly_json_not_objects", path=path)
        return rows
    raise ConfigError.from_key("civicly_bad_format", path=path, suffix=suffix)


def _resolve_columns(header: set[str], mapping: Mapping[str, str]) -> dict[str, str]:
    unknown = sorted(set(mapping) - set(ALIASES))
    if unknown:
        raise ConfigError.from_key(
            "civicly_mapping_unknown_fields", unknown=", ".join(unknown), fields=", ".join(ALIASES)
        )
    resolved: dict[str, str] = {}
    for field, aliases in ALIASES.items():
        if field in mapping:
            if mapping[field] not in header:
                raise ConfigError.from_key(
                    "civicly_mapping_missing_column",
                    column=mapping[field], field=field, columns=", ".join(sorted(header)),
                )
            resolved[field] = mapping[field]
            continue
        for name in (field, *aliases):
            if name in header:
                resolved[field] = name
                break
    if "description" not in resolved:
        raise ConfigError.from_key("civicly_no_text_column", columns=", ".join(sorted(header)))
    return resolved


def _parse_bool(value: str) -> bool | None:
    lowered = value.strip().lower()
    if lowered in {"true", "1", "yes", "y"}:
        return True
    if lowered in {"false", "0", "no", "n"}:
        return False
    if lowered == "":
        return None
    raise ValueError(f"expected true/false, got {value!r}")


def _parse_row(number: int, raw: Mapping[str, Any], columns: dict[str, str]) -> FeedbackRecord:
    def get(field: str) -> str:
        name = columns.get(field)
        value = raw.get(name) if name else None
        return "" if value is None else textnorm.clean(str(value)).strip()

    def fail(field: str, reason: str) -> RowErrorException:
        return RowErrorException(RowError(number, columns.get(field, field), reason))

    description = get("description")
    if not description:
        raise fail("description", "empty text")
    if len(description) > MAX_DESCRIPTION:
        raise fail("description", f"longer than {MAX_DESCRIPTION} characters")
    language = get("language")
    if language:
        if not languages.is_supported(language):
            raise fail("language", f"{language!r} is not one of {', '.join(languages.CODES)}")
        language = languages.normalize(language)
    priority = get("priority").lower()
    if priority and priority not in PRIORITIES:
        raise fail("priority", f"{priority!r} is not one of {', '.join(PRIORITIES)}")
    for field in ("requested_datetime", "updated_datetime"):
        value = get(field)
        if value:
            try:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise fail(field, f"{value!r} is not an ISO 8601 date-time") from None
    hours_text = get("hours_to_resolution")
    try:
        hours = float(hours_text) if hours_text else None
    except ValueError:
        raise fail("hours_to_resolution", f"{hours_text!r} is not a number") from None
    if hours is not None and hours < 0:
        raise fail("hours_to_resolution", "negative duration")
    try:
        escalated = _parse_bool(get("escalated"))
    except ValueError as exc:
        raise fail("escalated", str(exc)) from None
    return FeedbackRecord(
        service_request_id=get("service_request_id") or f"row-{number}",
        description=description,
        service_code=get("service_code"),
        language=language,
        district=get("district"),
        requested_datetime=get("requested_datetime"),
        priority=priority,
        hours_to_resolution=hours,
        escalated=escalated,
        service_name=get("service_name"),
        agency_responsible=get("agency_responsible"),
        address=get("address"),
        status=get("status"),
        updated_datetime=get("updated_datetime"),
    )


class RowErrorException(Exception):
    """Internal: carries a RowError out of row parsing."""

    def __init__(self, error: RowError) -> None:
        super().__init__(str(error))
        self.error = error


def load_records(
    path: Path, mapping: Mapping[str, str] | None = None
) -> tuple[list[FeedbackRecord], list[RowError]]:
    """Read and validate a data file: (valid records, one error per rejected row)."""
    rows = read_rows(Path(path))
    if not rows:
        raise ConfigError.from_key("civicly_no_records", path=path)
    header: set[str] = set()
    for row in rows:
        header.update(row)
    columns = _resolve_columns(header, mapping or {})
    records, errors = [], []
    first_data_row = 2 if Path(path).suffix.lower() == ".csv" else 1  # CSV row 1 is the header
    for offset, raw in enumerate(rows):
        try:
            records.append(_parse_row(first_data_row + offset, raw, columns))
        except RowErrorException as exc:
            errors.append(exc.error)
    return records, errors


def data_hash(records: list[FeedbackRecord]) -> str:
    """Short content hash of the training data: the model's version."""
    digest = hashlib.sha256()
    for r in records:
        digest.update(f"{r.description}\x1f{r.service_code}\x1f{r.priority}\x1e".encode())
    return digest.hexdigest()[:12]


def parse_mapping(pairs: list[str] | None) -> dict[str, str]:
    """['description=text', 'service_code=dept'] -> {'description': 'text', ...}."""
    mapping = {}
    for pair in pairs or []:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ConfigError.from_key("civicly_bad_mapping", pair=pair)
        mapping[field.strip()] = column.strip()
    return mapping
