"""Validate the dev5 PII development set and print its counts (self-contained).

Re-checks every ``<lang>.jsonl`` independently of ``build.py``: schema, id sequence
(``d5-<lang>-NNNN``), ``lang`` and ``kind`` values, every span non-empty, inside the
text, without leading/trailing whitespace or newline, sorted and non-overlapping, type
among the eight; and the format/checksum of every CARD (Luhn), IBAN (mod-97, country
length, French/Spanish/Portuguese/Belgian national keys), NATIONAL_ID (one of: FR NIR,
ES DNI/NIE, PT NIF, BR CPF, UK NINO, US SSN, Moroccan CIN, Saudi id/iqama, Emirati id),
EMAIL, IP (Python ``ipaddress``) and PHONE (at least six digits) value.  Arabic-Indic
digits are read as digits.  Also checks that each file has as many messages as its
``src/<lang>.txt``.

Usage: ``python evals/golden/pii_dev5/check.py`` (exit status 1 on any error).
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
ID_PREFIX = "d5"
TYPES = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "CARD", "IBAN", "NATIONAL_ID", "IP")
KINDS = ("citizen_message", "chat_question", "form", "mixed_language")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

IBAN_LENGTHS = {
    "FR": 27, "ES": 24, "PT": 25, "BE": 16, "GB": 22, "IE": 22, "DE": 22, "CH": 21,
    "LU": 20, "MA": 28, "TN": 24, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "LB": 28,
    "QA": 29, "KW": 30, "BR": 29, "IT": 27, "NL": 18, "TR": 26,
}
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_card(value: str) -> str | None:
    compact = re.sub(r"[ -]", "", value.translate(TO_ASCII))
    if not compact.isdigit() or not 13 <= len(compact) <= 19:
        return "card must be 13-19 digits"
    return None if luhn_ok(compact) else "card fails Luhn"


def _es_dc(ten: str) -> int:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=False)) % 11
    return {11: 0, 10: 1}.get(d, d)


def check_iban(value: str) -> str | None:
    iban = value.replace(" ", "").upper().translate(TO_ASCII)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return "IBAN shape"
    cc = iban[:2]
    if cc not in IBAN_LENGTHS:
        return f"IBAN country {cc} not in the length table"
    if len(iban) != IBAN_LENGTHS[cc]:
        return f"IBAN {cc} length {len(iban)} != {IBAN_LENGTHS[cc]}"
    moved = iban[4:] + iban[:4]
    if int("".join(str(int(ch, 36)) for ch in moved)) % 97 != 1:
        return "IBAN fails mod-97"
    bban = iban[4:]
    if cc == "FR" and bban.isdigit():
        bank, branch, account, key = bban[:5], bban[5:10], bban[10:21], bban[21:]
        if int(key) != 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97):
            return "French RIB key"
    if cc == "ES":
        if bban[8:10] != f"{_es_dc('00' + bban[:8])}{_es_dc(bban[10:])}":
            return "Spanish DC"
    if cc == "PT":
        if int(bban[19:]) != 98 - (int(bban[:19]) * 100) % 97:
            return "Portuguese NIB key"
    if cc == "BE":
        if int(bban[10:]) != (int(bban[:10]) % 97 or 97):
            return "Belgian key"
    return None


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def is_nir(s: str) -> bool:
    return bool(re.fullmatch(r"[12]\d{14}", s)) and int(s[13:]) == 97 - int(s[:13]) % 97


def is_dni(s: str) -> bool:
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def is_nie(s: str) -> bool:
    return (
        bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", s))
        and DNI_LETTERS[int(str("XYZ".index(s[0])) + s[1:8]) % 23] == s[8]
    )


def is_nif_pt(s: str) -> bool:
    if not re.fullmatch(r"[1-35-9]\d{8}", s):
        return False
    check = 11 - sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1), strict=False)) % 11
    return int(s[8]) == (0 if check >= 10 else check)


def is_cpf(s: str) -> bool:
    if not re.fullmatch(r"\d{11}", s) or len(set(s)) == 1:
        return False
    for n in (9, 10):
        total = sum(int(c) * w for c, w in zip(s[:n], range(n + 1, 1, -1), strict=False))
        d = (total * 10) % 11
        if (0 if d == 10 else d) != int(s[n]):
            return False
    return True


def is_nino(s: str) -> bool:
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", s)
    return bool(m) and s[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def is_ssn(s: str) -> bool:
    if not re.fullmatch(r"\d{9}", s):
        return False
    area, grp, serial = int(s[:3]), int(s[3:5]), int(s[5:])
    return 0 < area < 900 and area != 666 and grp > 0 and serial > 0


def is_cin_ma(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{1,2}\d{5,6}", s))


def is_saudi(s: str) -> bool:
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn_ok(s)


def is_emirati(s: str) -> bool:
    return bool(re.fullmatch(r"784\d{12}", s)) and luhn_ok(s)


ID_SCHEMES = {
    "FR NIR": is_nir,
    "ES DNI": is_dni,
    "ES NIE": is_nie,
    "PT NIF": is_nif_pt,
    "BR CPF": is_cpf,
    "UK NINO": is_nino,
    "US SSN": is_ssn,
    "MA CIN": is_cin_ma,
    "SA id/iqama": is_saudi,
    "AE id": is_emirati,
}


def check_national_id(value: str) -> str | None:
    compact = re.sub(r"[ .\-/]", "", value.translate(TO_ASCII)).upper()
    if any(fn(compact) for fn in ID_SCHEMES.values()):
        return None
    return "national id matches no listed scheme/checksum"


def check_email(value: str) -> str | None:
    return None if EMAIL_RE.fullmatch(value) else "e-mail shape"


def check_ip(value: str) -> str | None:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return "not an IPv4/IPv6 address"
    return None


def check_phone(value: str) -> str | None:
    n = sum(ch.isdigit() for ch in value.translate(TO_ASCII))
    return None if n >= 6 else "phone with fewer than 6 digits"


VALUE_CHECKS = {
    "CARD": check_card,
    "IBAN": check_iban,
    "NATIONAL_ID": check_national_id,
    "EMAIL": check_email,
    "IP": check_ip,
    "PHONE": check_phone,
}


def src_message_count(folder: Path, lang: str) -> int | None:
    src = folder / "src" / f"{lang}.txt"
    if not src.exists():
        return None
    lines = src.read_text(encoding="utf-8").splitlines()
    return sum(1 for ln in lines if ln.strip() and not ln.startswith("#"))


def check_lang(folder: Path, lang: str, errors: list[str]) -> list[dict]:
    path = folder / f"{lang}.jsonl"
    if not path.exists():
        errors.append(f"{path.name}: missing")
        return []
    records = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "lang", "kind", "text", "spans"}:
            errors.append(f"{where}: keys must be id, lang, kind, text, spans")
            continue
        expected_id = f"{ID_PREFIX}-{lang}-{lineno:04d}"
        if rec["id"] != expected_id:
            errors.append(f"{where}: id {rec['id']!r} != {expected_id!r}")
        if rec["lang"] != lang:
            errors.append(f"{where}: lang {rec['lang']!r} != {lang!r}")
        if rec["kind"] not in KINDS:
            errors.append(f"{where}: kind {rec['kind']!r}")
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if not isinstance(rec["spans"], list):
            errors.append(f"{where}: spans must be a list")
            continue
        prev_end = 0
        for k, span in enumerate(rec["spans"]):
            w = f"{where} span {k}"
            if not isinstance(span, dict) or set(span) != {"start", "end", "type"}:
                errors.append(f"{w}: keys must be start, end, type")
                continue
            s, e, t = span["start"], span["end"], span["type"]
            if not (isinstance(s, int) and isinstance(e, int)) or isinstance(s, bool) or isinstance(e, bool):
                errors.append(f"{w}: offsets must be ints")
                continue
            if not 0 <= s < e <= len(text):
                errors.append(f"{w}: bad offsets {s}-{e} (text length {len(text)})")
                continue
            if s < prev_end:
                errors.append(f"{w}: overlaps or is out of order")
            prev_end = e
            if t not in TYPES:
                errors.append(f"{w}: type {t!r}")
                continue
            value = text[s:e]
            if value != value.strip():
                errors.append(f"{w}: leading/trailing whitespace in {value!r}")
            if "\n" in value:
                errors.append(f"{w}: newline inside {value!r}")
            check = VALUE_CHECKS.get(t)
            problem = check(value) if check else None
            if problem:
                errors.append(f"{w}: {t} {value!r}: {problem}")
        records.append(rec)
    expected = src_message_count(folder, lang)
    if expected is not None and expected != len(records):
        errors.append(f"{path.name}: {len(records)} messages but src/{lang}.txt has {expected} (rebuild)")
    return records


def main(folder: Path = HERE) -> int:
    errors: list[str] = []
    per_lang = {lang: check_lang(folder, lang, errors) for lang in LANGS}

    header = "| lang | messages | no_pii | " + " | ".join(TYPES) + " | spans |"
    print(header)
    print("|" + "---|" * (len(TYPES) + 4))
    total: Counter[str] = Counter()
    for lang, recs in per_lang.items():
        c = Counter(sp["type"] for r in recs for sp in r["spans"])
        row = Counter(
            messages=len(recs),
            no_pii=sum(1 for r in recs if not r["spans"]),
            spans=sum(c.values()),
            **c,
        )
        total.update(row)
        print(f"| {lang} | {row['messages']} | {row['no_pii']} | "
              + " | ".join(str(row[t]) for t in TYPES) + f" | {row['spans']} |")
    print(f"| **all** | {total['messages']} | {total['no_pii']} | "
          + " | ".join(str(total[t]) for t in TYPES) + f" | {total['spans']} |")
    print()
    print("| lang | " + " | ".join(KINDS) + " |")
    print("|" + "---|" * (len(KINDS) + 1))
    ktotal: Counter[str] = Counter()
    for lang, recs in per_lang.items():
        k = Counter(r["kind"] for r in recs)
        ktotal.update(k)
        print(f"| {lang} | " + " | ".join(str(k[x]) for x in KINDS) + " |")
    print("| **all** | " + " | ".join(str(ktotal[x]) for x in KINDS) + " |")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for err in errors:
            print("  " + err, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
