"""Validate the independent PII set and print its counts as a Markdown table.

Checks, for every record: schema, id sequence, language, kind, and for every span:
offsets inside the text, non-empty, no leading/trailing whitespace, no overlap,
a known type, and a valid checksum/format for CARD, IBAN and NATIONAL_ID values.

Usage: ``python evals/golden/pii_independent/check.py`` (exit status 1 on any error).
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "fr", "es", "pt", "ar")
TYPES = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "CARD", "IBAN", "NATIONAL_ID", "IP")
KINDS = ("citizen_message", "chat_question", "form", "mixed_language")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def luhn_ok(num: str) -> bool:
    """Return True when ``num`` passes the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_ok(value: str) -> bool:
    """Card: 13-19 digits (spaces/dashes allowed) passing Luhn."""
    digits = re.sub(r"[ \-]", "", value)
    return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)


def iban_ok(value: str) -> bool:
    """IBAN: country, check digits, BBAN; mod-97 remainder must be 1."""
    s = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    numeric = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(numeric) % 97 == 1


def national_id_ok(value: str) -> str | None:
    """Return the recognised id scheme of ``value`` or None when it is invalid."""
    v = value.strip()
    compact = re.sub(r"[ .\-]", "", v)
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if re.fullmatch(r"\d{8}[A-Z]", compact):
        return "ES-DNI" if letters[int(compact[:8]) % 23] == compact[8] else None
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", compact):
        n = int(str("XYZ".index(compact[0])) + compact[1:8])
        return "ES-NIE" if letters[n % 23] == compact[8] else None
    if re.fullmatch(r"[12]\d{14}", compact) and not compact.startswith("784"):
        return "FR-NIR" if 97 - int(compact[:13]) % 97 == int(compact[13:]) else None
    if re.fullmatch(r"784\d{12}", compact):
        return "AE-EID" if luhn_ok(compact) else None
    if re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", v) or (
        re.fullmatch(r"\d{11}", compact) and "." not in v and " " not in v
    ):
        base = compact[:9]
        d1 = sum(int(c) * (10 - i) for i, c in enumerate(base)) * 10 % 11 % 10
        d2 = sum(int(c) * (11 - i) for i, c in enumerate(base + str(d1))) * 10 % 11 % 10
        return "BR-CPF" if compact[9:] == f"{d1}{d2}" else None
    if re.fullmatch(r"\d{9}|\d{3} \d{3} \d{3}", v):
        s = sum(int(c) * (9 - i) for i, c in enumerate(compact[:8]))
        chk = 11 - s % 11
        if int(compact[8]) == (0 if chk >= 10 else chk):
            return "PT-NIF"
    if re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}", v):
        area, grp, ser = int(compact[:3]), int(compact[3:5]), int(compact[5:])
        ok = 0 < area < 900 and area != 666 and grp > 0 and ser > 0
        return "US-SSN" if ok else None
    if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", compact):
        return "UK-NINO"
    if re.fullmatch(r"[12]\d{9}", compact):
        return "SA-ID" if luhn_ok(compact) else None
    if re.fullmatch(r"[A-Z]{1,2} ?\d{4,6}", v):
        return "MA-CIN"
    return None


def value_ok(kind: str, value: str) -> bool:
    """Type-specific sanity check of a span value."""
    if kind == "CARD":
        return card_ok(value)
    if kind == "IBAN":
        return iban_ok(value)
    if kind == "NATIONAL_ID":
        return national_id_ok(value) is not None
    if kind == "EMAIL":
        return bool(EMAIL_RE.match(value))
    if kind == "IP":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if kind == "PHONE":
        return sum(ch.isdigit() for ch in value) >= 6
    return True


def check(lang: str, folder: Path = HERE) -> tuple[list[str], list[dict]]:
    """Validate ``folder/<lang>.jsonl``; return (errors, records)."""
    errors, records = [], []
    path = folder / f"{lang}.jsonl"
    lines = path.read_text(encoding="utf-8").split("\n")
    for lineno, line in enumerate([ln for ln in lines if ln], 1):
        rec = json.loads(line)
        records.append(rec)
        where = f"{lang}:{lineno} {rec.get('id')}"
        if set(rec) != {"id", "lang", "kind", "text", "spans"}:
            errors.append(f"{where}: keys {sorted(rec)}")
        if rec["id"] != f"{lang}-{lineno:04d}" or rec["lang"] != lang:
            errors.append(f"{where}: id/lang")
        if rec["kind"] not in KINDS:
            errors.append(f"{where}: kind {rec['kind']}")
        text = rec["text"]
        prev_end = -1
        for sp in sorted(rec["spans"], key=lambda s: s["start"]):
            s, e, t = sp["start"], sp["end"], sp["type"]
            frag = text[s:e] if isinstance(s, int) and isinstance(e, int) else ""
            if t not in TYPES:
                errors.append(f"{where}: type {t}")
            if not (0 <= s < e <= len(text)) or not frag:
                errors.append(f"{where}: offsets {s}-{e}")
                continue
            if frag != frag.strip():
                errors.append(f"{where}: whitespace around {frag!r}")
            if s < prev_end:
                errors.append(f"{where}: overlap at {s}")
            prev_end = e
            if not value_ok(t, frag):
                errors.append(f"{where}: invalid {t} {frag!r}")
    return errors, records


def main(folder: Path = HERE) -> int:
    """Validate all files of ``folder`` and print the counts table."""
    all_errors: list[str] = []
    per_lang: dict[str, Counter] = {}
    kinds: dict[str, Counter] = {}
    for lang in LANGS:
        if not (folder / f"{lang}.jsonl").exists():
            all_errors.append(f"{lang}.jsonl missing")
            continue
        errors, records = check(lang, folder)
        all_errors += errors
        c: Counter = Counter()
        k: Counter = Counter()
        for rec in records:
            c["messages"] += 1
            c["no_pii"] += not rec["spans"]
            k[rec["kind"]] += 1
            for sp in rec["spans"]:
                c[sp["type"]] += 1
                c["spans"] += 1
        per_lang[lang], kinds[lang] = c, k
    cols = ["messages", "no_pii", *TYPES, "spans"]
    total = sum(per_lang.values(), Counter())
    print("| lang | " + " | ".join(cols) + " |")
    print("|" + "---|" * (len(cols) + 1))
    for lang in per_lang:
        print(f"| {lang} | " + " | ".join(str(per_lang[lang][c]) for c in cols) + " |")
    print("| **all** | " + " | ".join(str(total[c]) for c in cols) + " |")
    print()
    print("| lang | " + " | ".join(KINDS) + " |")
    print("|" + "---|" * (len(KINDS) + 1))
    for lang in kinds:
        print(f"| {lang} | " + " | ".join(str(kinds[lang][k]) for k in KINDS) + " |")
    ktot = sum(kinds.values(), Counter())
    print("| **all** | " + " | ".join(str(ktot[k]) for k in KINDS) + " |")
    for err in all_errors:
        print("ERROR", err, file=sys.stderr)
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main())
