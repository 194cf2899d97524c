"""Validate the pii_fresh2 set and print its counts (self-contained checker).

Checks, independently of ``build.py``: JSON schema, id sequence ``f2-<lang>-NNNN``, lang,
kind, every span's ``text[start:end]`` non-empty with no leading/trailing whitespace,
spans sorted and not overlapping, type among the eight, and the checksum/format of every
CARD (Luhn, 13-19 digits), IBAN (length per country, mod-97), NATIONAL_ID (one of the
listed schemes), EMAIL and IP value.

Usage: ``python evals/golden/pii_fresh2/check.py`` (exit status 1 on any error).
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
KINDS = ("citizen_message", "chat_question", "form", "mixed_language")
TYPES = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "CARD", "IBAN", "NATIONAL_ID", "IP")
IBAN_LEN = {"FR": 27, "ES": 24, "PT": 25, "GB": 22, "IE": 22, "DE": 22, "BE": 16, "LU": 20,
            "CH": 21, "MA": 28, "TN": 24, "SA": 24, "AE": 23, "JO": 30, "EG": 29}
EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card_ok(v: str) -> bool:
    if not re.fullmatch(r"[0-9 \-]+", v):
        return False
    d = re.sub(r"[ \-]", "", v)
    return 13 <= len(d) <= 19 and luhn_ok(d)


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def nir_ok(d):
    return re.fullmatch(r"[12][0-9]{14}", d) is not None and 97 - int(d[:13]) % 97 == int(d[13:])


def dni_ok(v):
    return re.fullmatch(r"[0-9]{8}[A-Z]", v) is not None and DNI_LETTERS[int(v[:8]) % 23] == v[8]


def nie_ok(v):
    if not re.fullmatch(r"[XYZ][0-9]{7}[A-Z]", v):
        return False
    return DNI_LETTERS[int(str("XYZ".index(v[0])) + v[1:8]) % 23] == v[8]


def nif_ok(v):
    if not re.fullmatch(r"[0-9]{9}", v):
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(v[:8]))
    c = 11 - s % 11
    return (0 if c >= 10 else c) == int(v[8])


def cpf_ok(v):
    if not re.fullmatch(r"[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}", v):
        return False
    d = re.sub(r"\D", "", v)
    if len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(int(c) * (n + 1 - i) for i, c in enumerate(d[:n]))
        r = (s * 10) % 11
        if (0 if r == 10 else r) != int(d[n]):
            return False
    return True


def ssn_ok(v):
    m = re.fullmatch(r"([0-9]{3})-([0-9]{2})-([0-9]{4})", v)
    return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" \
        and m.group(2) != "00" and m.group(3) != "0000"


def nino_ok(v):
    s = v.replace(" ", "")
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])[0-9]{6}[A-D]", s)
    return bool(m) and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def cin_ok(v):
    return re.fullmatch(r"[A-Z]{1,2}[0-9]{5,6}", v) is not None


def saudi_ok(v):
    return re.fullmatch(r"[12][0-9]{9}", v) is not None and luhn_ok(v)


def emirati_ok(v):
    return re.fullmatch(r"784-[0-9]{4}-[0-9]{7}-[0-9]", v) is not None and luhn_ok(v.replace("-", ""))


def national_id_ok(v: str) -> bool:
    compact = v.replace(" ", "")
    return any((nir_ok(compact), dni_ok(v), nie_ok(v), nif_ok(v), cpf_ok(v), ssn_ok(v),
                nino_ok(v), cin_ok(v), saudi_ok(v), emirati_ok(v)))


def ip_ok(v: str) -> bool:
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False


VALUE_CHECKS = {"CARD": card_ok, "IBAN": iban_ok, "NATIONAL_ID": national_id_ok,
                "EMAIL": lambda v: EMAIL.match(v) is not None, "IP": ip_ok}


def check_file(lang: str, path: Path, errors: list):
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if set(rec) != {"id", "lang", "kind", "text", "spans"}:
            errors.append(f"{where}: keys {sorted(rec)}")
            continue
        if rec["id"] != f"f2-{lang}-{lineno:04d}":
            errors.append(f"{where}: id {rec['id']!r}")
        if rec["lang"] != lang:
            errors.append(f"{where}: lang {rec['lang']!r}")
        if rec["kind"] not in KINDS:
            errors.append(f"{where}: kind {rec['kind']!r}")
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        counts["messages"] += 1
        kinds[rec["kind"]] += 1
        if not rec["spans"]:
            counts["no_pii"] += 1
        prev_end = 0
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys {sorted(sp)}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in TYPES:
                errors.append(f"{where}: type {t!r}")
                continue
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: bad offsets {s}-{e}")
                continue
            if s < prev_end:
                errors.append(f"{where}: overlapping or unsorted span at {s}")
            prev_end = e
            value = text[s:e]
            if value != value.strip():
                errors.append(f"{where}: whitespace at span edge {value!r}")
            check = VALUE_CHECKS.get(t)
            if check and not check(value):
                errors.append(f"{where}: invalid {t} value {value!r}")
            counts[t] += 1
            counts["spans"] += 1
    return counts, kinds


def main(folder: Path = HERE) -> int:
    errors: list = []
    rows = {}
    for lang in LANGS:
        path = folder / f"{lang}.jsonl"
        if not path.exists():
            errors.append(f"missing {path.name}")
            continue
        rows[lang] = check_file(lang, path, errors)
    cols = ["messages", "no_pii", *TYPES, "spans"]
    print("| lang | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    total: Counter[str] = Counter()
    total_k: Counter[str] = Counter()
    for lang, (c, k) in rows.items():
        total.update(c)
        total_k.update(k)
        print(f"| {lang} | " + " | ".join(str(c[x]) for x in cols) + " |")
    print("| **all** | " + " | ".join(str(total[x]) for x in cols) + " |")
    print()
    print("| lang | " + " | ".join(KINDS) + " |")
    print("|---" * (len(KINDS) + 1) + "|")
    for lang, (_c, k) in rows.items():
        print(f"| {lang} | " + " | ".join(str(k[x]) for x in KINDS) + " |")
    print("| **all** | " + " | ".join(str(total_k[x]) for x in KINDS) + " |")
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(HERE))
