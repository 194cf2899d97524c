"""Validate the third fresh PII set and print its counts tables.

Self-contained: re-validates ``<lang>.jsonl`` with its own checksum code (not the
generators of ``build.py``), then checks that the files are what ``build.py`` produces
from ``src/`` now (so a stale JSONL is caught).

Checks: JSON schema, id sequence ``f3-<lang>-NNNN``, ``lang``, ``kind``, spans sorted,
non-empty, inside the text, no leading/trailing whitespace, not crossing a line break, no
overlap, type in the eight; CARD Luhn + 13-19 digits; IBAN country length + mod-97 (+ FR
RIB, ES DC, PT NIB, BE, MA and TN keys); NATIONAL_ID one of FR NIR, ES DNI/NIE, PT NIF,
BR CPF, UK NINO, US SSN, Moroccan CIN, Saudi id/iqama, Emirati id; EMAIL and IP syntax;
PHONE has 6-15 digits; PERSON has no digit; no leftover markup; no duplicate text.

Usage: ``python evals/golden/pii_fresh3/check.py`` (exit status 1 on any error).
"""

from __future__ import annotations

import ipaddress
import json
import re
import runpy
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "fr", "es", "pt", "ar")
KINDS = ("citizen_message", "chat_question", "form", "mixed_language")
TYPES = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "CARD", "IBAN", "NATIONAL_ID", "IP")
KEYS = {"id", "lang", "kind", "text", "spans"}


def to_ascii_digits(s: str) -> str:
    out = []
    for ch in s:
        if ch.isdigit() and not ch.isascii():
            out.append(str(unicodedata.digit(ch)))
        else:
            out.append(ch)
    return "".join(out)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# ----------------------------------------------------------------------------- CARD


def card_ok(value: str) -> bool:
    if not re.fullmatch(r"\d[\d -]*\d", value):
        return False
    digits = re.sub(r"[ -]", "", value)
    return 13 <= len(digits) <= 19 and luhn_ok(digits)


# ----------------------------------------------------------------------------- IBAN

IBAN_LENGTHS = {
    "AE": 23, "BE": 16, "BR": 29, "CH": 21, "DE": 22, "EG": 29, "ES": 24, "FR": 27,
    "GB": 22, "IE": 22, "IT": 27, "JO": 30, "KW": 30, "LB": 28, "LU": 20, "MA": 28,
    "MR": 27, "NL": 18, "PT": 25, "QA": 29, "SA": 24, "TN": 24, "TR": 26,
}


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]+", value):
        return False
    iban = value.replace(" ", "").upper()
    cc = iban[:2]
    if IBAN_LENGTHS.get(cc) != len(iban):
        return False
    if _mod97(iban[4:] + iban[:4]) != 1:
        return False
    bban = iban[4:]
    if cc == "FR":
        if not bban[:21].isdigit():
            return True  # letters in a French account number: no numeric RIB key check
        bank, branch, account, key = bban[:5], bban[5:10], bban[10:21], bban[21:]
        return (89 * int(bank) + 15 * int(branch) + 3 * int(account) + int(key)) % 97 == 0
    if cc == "ES":
        weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(ten: str) -> int:
            r = 11 - sum(int(d) * w for d, w in zip(ten, weights, strict=False)) % 11
            return {11: 0, 10: 1}.get(r, r)

        return dc("00" + bban[:8]) == int(bban[8]) and dc(bban[10:]) == int(bban[9])
    if cc == "PT":
        return int(bban) % 97 == 1
    if cc == "BE":
        return (int(bban[:10]) % 97 or 97) == int(bban[10:])
    if cc in ("MA", "TN"):
        return int(bban) % 97 == 0
    return True


# ----------------------------------------------------------------------------- ids


def nir_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[12]\d{2}(0[1-9]|1[0-2])\d{8}\d{2}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


def dni_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{8})-?([A-Z])", v)
    return m is not None and "TRWAGMYFPDXBNJZSQVHLCKE"[int(m.group(1)) % 23] == m.group(2)


def nie_ok(v: str) -> bool:
    m = re.fullmatch(r"([XYZ])-?(\d{7})-?([A-Z])", v)
    if not m:
        return False
    n = int(str("XYZ".index(m.group(1))) + m.group(2))
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23] == m.group(3)


def nif_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[1235689]\d{8}", s):
        return False
    total = sum(int(d) * w for d, w in zip(s[:8], range(9, 1, -1), strict=False))
    check = 11 - total % 11
    return (0 if check >= 10 else check) == int(s[8])


def cpf_ok(v: str) -> bool:
    if not re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11}", v):
        return False
    s = re.sub(r"\D", "", v)
    if len(set(s)) == 1:
        return False
    for n in (9, 10):
        total = sum(int(s[i]) * (n + 1 - i) for i in range(n))
        if (total * 10) % 11 % 10 != int(s[n]):
            return False
    return True


def nino_ok(v: str) -> bool:
    s = v.replace(" ", "")
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    return m.group(1) + m.group(2) not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    area, group, serial = m.group(1), m.group(3), m.group(4)
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def cin_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{1,2}[1-9]\d{3,5}", v))


def saudi_ok(v: str) -> bool:
    s = to_ascii_digits(v)
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn_ok(s)


def eid_ok(v: str) -> bool:
    s = to_ascii_digits(v)
    if not re.fullmatch(r"784-?\d{4}-?\d{7}-?\d", s):
        return False
    d = s.replace("-", "")
    return 1900 <= int(d[3:7]) <= 2026 and luhn_ok(d)


ID_CHECKS = {
    "FR NIR": nir_ok, "ES DNI": dni_ok, "ES NIE": nie_ok, "PT NIF": nif_ok,
    "BR CPF": cpf_ok, "UK NINO": nino_ok, "US SSN": ssn_ok, "MA CIN": cin_ok,
    "SA id": saudi_ok, "AE id": eid_ok,
}


def national_id_kind(v: str) -> str | None:
    for name, fn in ID_CHECKS.items():
        if fn(v):
            return name
    return None


# ----------------------------------------------------------------------------- other


EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def email_ok(v: str) -> bool:
    return bool(EMAIL.fullmatch(v)) and ".." not in v


def ip_ok(v: str) -> bool:
    try:
        ipaddress.ip_address(v)
    except ValueError:
        return False
    return True


def phone_ok(v: str) -> bool:
    s = to_ascii_digits(v)
    n = sum(ch.isdigit() for ch in s)
    return 6 <= n <= 18 and bool(re.fullmatch(r"[+(]?[\d() ./\-–]*\d[\w .,:]*", s))


def check_span_value(t: str, v: str) -> str | None:
    if t == "CARD" and not card_ok(v):
        return "CARD not Luhn-valid 13-19 digits"
    if t == "IBAN" and not iban_ok(v):
        return "IBAN length/checksum/national key"
    if t == "NATIONAL_ID" and national_id_kind(v) is None:
        return "NATIONAL_ID matches no supported scheme"
    if t == "EMAIL" and not email_ok(v):
        return "EMAIL syntax"
    if t == "IP" and not ip_ok(v):
        return "IP syntax"
    if t == "PHONE" and not phone_ok(v):
        return "PHONE should be 6-18 digits with separators"
    if t == "PERSON" and any(ch.isdigit() for ch in v):
        return "PERSON contains a digit"
    return None


# ----------------------------------------------------------------------------- main


def check_file(folder: Path, lang: str, errors: list[str], id_prefix: str = "f3") -> list[dict]:
    path = folder / f"{lang}.jsonl"
    if not path.exists():
        errors.append(f"{path.name}: missing")
        return []
    records = []
    texts: Counter[str] = Counter()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if set(rec) != KEYS:
            errors.append(f"{where}: keys {sorted(rec)} != {sorted(KEYS)}")
            continue
        want_id = f"{id_prefix}-{lang}-{lineno:04d}"
        if rec["id"] != want_id:
            errors.append(f"{where}: id {rec['id']!r}, expected {want_id!r}")
        if rec["lang"] != lang:
            errors.append(f"{where}: lang {rec['lang']!r}")
        if rec["kind"] not in KINDS:
            errors.append(f"{where}: kind {rec['kind']!r}")
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if re.search(r"\{(P|A|PH|E|C|IB|N|IP)\||\$(visa|mc|amex|disc|iban|nir|dni|nie|nif|cpf|nino|ssn|cin|sa-id|iqama|eid)\b", text):
            errors.append(f"{where}: leftover markup or placeholder in text")
        texts[text] += 1
        prev_end = 0
        for j, sp in enumerate(rec["spans"]):
            sw = f"{where} span {j}"
            if set(sp) != {"start", "end", "type"}:
                errors.append(f"{sw}: keys {sorted(sp)}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in TYPES:
                errors.append(f"{sw}: type {t!r}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{sw}: bad offsets {s}-{e}")
                continue
            if s < prev_end:
                errors.append(f"{sw}: overlaps or is out of order")
            prev_end = e
            v = text[s:e]
            if v != v.strip():
                errors.append(f"{sw}: leading/trailing whitespace in {v!r}")
            if "\n" in v:
                errors.append(f"{sw}: crosses a line break: {v!r}")
            problem = check_span_value(t, v)
            if problem:
                errors.append(f"{sw}: {problem}: {v!r}")
        records.append(rec)
    for text, n in texts.items():
        if n > 1:
            errors.append(f"{path.name}: duplicate text x{n}: {text[:60]!r}")
    return records


def check_rebuild(folder: Path, errors: list[str]) -> None:
    try:
        builder = runpy.run_path(str(folder / "build.py"))
        for lang in LANGS:
            want = builder["dump"](builder["build_lang"](lang, folder))
            have = (folder / f"{lang}.jsonl").read_text(encoding="utf-8")
            if want != have:
                errors.append(f"{lang}.jsonl: differs from a fresh build of src/{lang}.txt (run build.py)")
    except Exception as exc:  # noqa: BLE001
        errors.append(f"rebuild failed: {exc}")


def tables(by_lang: dict[str, list[dict]]) -> str:
    lines = [
        "| lang | messages | no_pii | " + " | ".join(TYPES) + " | spans |",
        "|---|" + "---|" * (len(TYPES) + 3),
    ]
    total: Counter[str] = Counter()
    for lang, recs in by_lang.items():
        c = Counter(sp["type"] for r in recs for sp in r["spans"])
        no_pii = sum(1 for r in recs if not r["spans"])
        spans = sum(c.values())
        row = [lang, len(recs), no_pii] + [c[t] for t in TYPES] + [spans]
        total.update({"messages": len(recs), "no_pii": no_pii, "spans": spans, **c})
        lines.append("| " + " | ".join(str(x) for x in row) + " |")
    lines.append(
        "| **all** | "
        + " | ".join(str(total[k]) for k in ["messages", "no_pii", *TYPES, "spans"])
        + " |"
    )
    lines += ["", "| lang | " + " | ".join(KINDS) + " |", "|---|" + "---|" * len(KINDS)]
    ktotal: Counter[str] = Counter()
    for lang, recs in by_lang.items():
        k = Counter(r["kind"] for r in recs)
        ktotal.update(k)
        lines.append(f"| {lang} | " + " | ".join(str(k[x]) for x in KINDS) + " |")
    lines.append("| **all** | " + " | ".join(str(ktotal[x]) for x in KINDS) + " |")
    ids = Counter(
        national_id_kind(r["text"][sp["start"] : sp["end"]])
        for recs in by_lang.values()
        for r in recs
        for sp in r["spans"]
        if sp["type"] == "NATIONAL_ID"
    )
    ibans = Counter(
        r["text"][sp["start"] : sp["start"] + 2].upper()
        for recs in by_lang.values()
        for r in recs
        for sp in r["spans"]
        if sp["type"] == "IBAN"
    )
    lines += [
        "",
        "NATIONAL_ID schemes: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=str)),
        "IBAN countries: " + ", ".join(f"{k} {v}" for k, v in sorted(ibans.items())),
    ]
    return "\n".join(lines)


def address_share(by_lang: dict[str, list[dict]]) -> dict[str, int]:
    """How many messages of each language hold an ADDRESS span."""
    return {
        lang: sum(1 for r in recs if any(sp["type"] == "ADDRESS" for sp in r["spans"]))
        for lang, recs in by_lang.items()
    }


def main(folder: Path = HERE, id_prefix: str = "f3", min_address_share: float = 0.0) -> int:
    """Check the set in ``folder``; later sets call it with their own id prefix, and a set
    that concentrates on addresses (``pii_fresh5``) with the share of messages that must
    hold one."""
    errors: list[str] = []
    by_lang = {lang: check_file(folder, lang, errors, id_prefix) for lang in LANGS}
    if not errors:
        check_rebuild(folder, errors)
    print(tables(by_lang))
    if min_address_share:
        share = address_share(by_lang)
        print("messages with an ADDRESS: "
              + ", ".join(f"{lang} {n}/{len(by_lang[lang])}" for lang, n in share.items()))
        for lang, n in share.items():
            if by_lang[lang] and n < min_address_share * len(by_lang[lang]):
                errors.append(f"{lang}: only {n}/{len(by_lang[lang])} messages have an ADDRESS")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
