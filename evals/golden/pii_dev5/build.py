"""Build the dev5 PII development set from ``src/<lang>.txt`` (self-contained).

Source format (one message per line, UTF-8):

    <kind-code> <text>

* kind codes: ``c`` citizen_message, ``q`` chat_question, ``f`` form,
  ``m`` mixed_language; lines starting with ``#`` and blank lines are ignored;
* a literal ``\\n`` (backslash + n) in the text is a newline;
* personal data is marked inline as ``{TYPE|value}`` with TYPE one of
  ``P`` PERSON, ``A`` ADDRESS, ``PH`` PHONE, ``E`` EMAIL, ``C`` CARD, ``IB`` IBAN,
  ``N`` NATIONAL_ID, ``IP`` IP.  The markup is stripped and the span offsets
  (Python code points, ``end`` exclusive) are computed here, so they cannot drift;
* inside a value, ``$generator`` or ``$generator/mod`` is replaced by a checksum-valid
  value drawn from a random generator seeded with ``pii-dev5-2026-<lang>`` (the same
  source always gives the same output).  Generators:

  - cards (Luhn): ``visa16``, ``visa13``, ``mc16``, ``amex15``;
    mods ``s`` spaced groups, ``d`` dashed groups (default: no separators);
  - IBANs (ISO 13616 mod-97; French RIB key, Spanish DC, Portuguese NIB key and
    Belgian mod-97 key inside the BBAN): ``iban_<cc>`` for cc in ``IBAN_LAYOUT``;
    mod ``s`` groups of four (default: compact);
  - national ids: ``nir`` (FR, key 97 - n mod 97; ``s`` spaced), ``dni`` / ``nie``
    (ES, mod-23 letter; ``d`` dash before the letter), ``nif_pt`` (PT mod-11; ``s``
    spaced), ``cpf`` (BR, two check digits; formatted ``000.000.000-00``, ``c``
    compact), ``nino`` (UK; ``AB 12 34 56 C``, ``c`` compact), ``ssn`` (US;
    ``123-45-6789``, ``c`` compact), ``cin_ma`` (Morocco, 1-2 letters + 6 digits),
    ``sa_id`` / ``iqama`` (Saudi, 10 digits starting 1 / 2, Luhn), ``emirates_id``
    (784-YYYY-NNNNNNN-C, Luhn; ``c`` compact);
  - any generator accepts the extra mod ``ai`` (e.g. ``$sa_id/ai`` or ``$cpf/c,ai``)
    to write the digits as Arabic-Indic digits.

Usage: ``python evals/golden/pii_dev5/build.py [lang ...]`` (writes ``<lang>.jsonl``
next to this file; default: all languages).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "pii-dev5-2026"
LANGS = ("en", "fr", "es", "pt", "ar")
ID_PREFIX = "d5"

KINDS = {"c": "citizen_message", "q": "chat_question", "f": "form", "m": "mixed_language"}
TYPES = {
    "P": "PERSON",
    "A": "ADDRESS",
    "PH": "PHONE",
    "E": "EMAIL",
    "C": "CARD",
    "IB": "IBAN",
    "N": "NATIONAL_ID",
    "IP": "IP",
}
MARK = re.compile(r"\{(PH|IP|IB|P|A|E|C|N)\|([^{}|]*)\}")
PLACEHOLDER = re.compile(r"\$([a-z][a-z0-9_]*)(?:/([a-z,]+))?")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


class BuildError(Exception):
    pass


# --------------------------------------------------------------------------- helpers


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_check_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def group(s: str, sizes: list[int], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(s[pos : pos + size])
        pos += size
    if pos < len(s):
        out.append(s[pos:])
    return sep.join(x for x in out if x)


# --------------------------------------------------------------------------- cards


def _card(rng: random.Random, mods: set[str], prefix: str, length: int, sizes: list[int]) -> str:
    payload = prefix + digits(rng, length - len(prefix) - 1)
    number = payload + luhn_check_digit(payload)
    if "s" in mods:
        return group(number, sizes, " ")
    if "d" in mods:
        return group(number, sizes, "-")
    return number


def gen_visa16(rng, mods):
    return _card(rng, mods, "4", 16, [4, 4, 4, 4])


def gen_visa13(rng, mods):
    return _card(rng, mods, "4", 13, [4, 3, 3, 3])


def gen_mc16(rng, mods):
    prefix = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2300"])
    return _card(rng, mods, prefix, 16, [4, 4, 4, 4])


def gen_amex15(rng, mods):
    return _card(rng, mods, rng.choice(["34", "37"]), 15, [4, 6, 5])


# --------------------------------------------------------------------------- IBANs


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def _bban_fr(rng):
    bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    return f"{bank}{branch}{account}{key:02d}"


def _es_dc(ten: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=False)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def _bban_es(rng):
    bank, branch, account = digits(rng, 4), digits(rng, 4), digits(rng, 10)
    dc = _es_dc("00" + bank + branch) + _es_dc(account)
    return bank + branch + dc + account


def _bban_pt(rng):
    body = digits(rng, 4) + digits(rng, 4) + digits(rng, 11)
    key = 98 - (int(body) * 100) % 97
    return f"{body}{key:02d}"


def _bban_be(rng):
    body = digits(rng, 10)
    key = int(body) % 97 or 97
    return f"{body}{key:02d}"


IBAN_LAYOUT = {
    # cc: (total length, BBAN builder)
    "fr": (27, _bban_fr),
    "es": (24, _bban_es),
    "pt": (25, _bban_pt),
    "be": (16, _bban_be),
    "gb": (22, lambda r: rng_choice(r, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(r, 14)),
    "ie": (22, lambda r: rng_choice(r, ["AIBK", "BOFI", "IPBS"]) + digits(r, 14)),
    "de": (22, lambda r: digits(r, 18)),
    "ch": (21, lambda r: digits(r, 17)),
    "lu": (20, lambda r: digits(r, 16)),
    "ma": (28, lambda r: digits(r, 24)),
    "tn": (24, lambda r: digits(r, 20)),
    "sa": (24, lambda r: rng_choice(r, ["80", "10", "20", "45", "15", "05"]) + digits(r, 18)),
    "ae": (23, lambda r: rng_choice(r, ["033", "026", "035", "044", "050"]) + digits(r, 16)),
    "eg": (29, lambda r: digits(r, 25)),
    "jo": (30, lambda r: _letters(r, 4) + digits(r, 22)),
    "lb": (28, lambda r: digits(r, 24)),
    "qa": (29, lambda r: _letters(r, 4) + digits(r, 21)),
    "kw": (30, lambda r: _letters(r, 4) + digits(r, 22)),
    "br": (29, lambda r: digits(r, 23) + rng_choice(r, ["C", "P"]) + "1"),
}


def rng_choice(rng: random.Random, options: list[str]) -> str:
    return rng.choice(options)


def iban_check(cc: str, bban: str) -> str:
    moved = bban + cc.upper() + "00"
    numeric = "".join(str(int(ch, 36)) for ch in moved)
    return f"{98 - int(numeric) % 97:02d}"


def make_iban_gen(cc: str):
    length, builder = IBAN_LAYOUT[cc]

    def gen(rng, mods):
        bban = builder(rng)
        iban = cc.upper() + iban_check(cc, bban) + bban
        if len(iban) != length:
            raise BuildError(f"IBAN layout {cc}: built length {len(iban)} != {length}")
        if "s" in mods:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    return gen


# --------------------------------------------------------------------------- national ids


def gen_nir(rng, mods):
    sex = rng.choice("12")
    yy = f"{rng.randint(40, 99):02d}" if rng.random() < 0.8 else f"{rng.randint(0, 6):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dept = f"{rng.choice([d for d in range(1, 96) if d != 20]):02d}"
    commune = f"{rng.randint(1, 990):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dept + commune + order
    key = f"{97 - int(body) % 97:02d}"
    if "s" in mods:
        return " ".join([sex, yy, mm, dept, commune, order, key])
    return body + key


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def gen_dni(rng, mods):
    number = f"{rng.randint(1_000_000, 79_999_999):08d}"
    letter = DNI_LETTERS[int(number) % 23]
    return f"{number}-{letter}" if "d" in mods else number + letter


def gen_nie(rng, mods):
    first = rng.choice("XYZ")
    body = digits(rng, 7)
    letter = DNI_LETTERS[int(str("XYZ".index(first)) + body) % 23]
    return f"{first}{body}-{letter}" if "d" in mods else f"{first}{body}{letter}"


def gen_nif_pt(rng, mods):
    body = rng.choice("123") + digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=False))
    check = 11 - total % 11
    number = body + str(0 if check >= 10 else check)
    return group(number, [3, 3, 3], " ") if "s" in mods else number


def gen_cpf(rng, mods):
    while True:
        body = digits(rng, 9)
        if len(set(body)) > 1:
            break
    for n in (10, 11):
        total = sum(int(c) * w for c, w in zip(body, range(n, 1, -1), strict=False))
        d = (total * 10) % 11
        body += str(0 if d == 10 else d)
    if "c" in mods:
        return body
    return f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}"


NINO_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
NINO_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
NINO_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_nino(rng, mods):
    while True:
        prefix = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if prefix not in NINO_BAD_PREFIXES:
            break
    num = digits(rng, 6)
    suffix = rng.choice("ABCD")
    if "c" in mods:
        return prefix + num + suffix
    return f"{prefix} {num[:2]} {num[2:4]} {num[4:]} {suffix}"


def gen_ssn(rng, mods):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    grp, serial = rng.randint(1, 99), rng.randint(1, 9999)
    if "c" in mods:
        return f"{area:03d}{grp:02d}{serial:04d}"
    return f"{area:03d}-{grp:02d}-{serial:04d}"


CIN_PREFIXES = ["A", "B", "BE", "BH", "BJ", "BK", "C", "CD", "D", "EE", "F", "G", "H", "I",
                "J", "JC", "JE", "K", "L", "LA", "M", "N", "P", "Q", "R", "S", "T", "U",
                "UA", "V", "W", "X", "Y", "Z", "ZT"]


def gen_cin_ma(rng, mods):
    return rng.choice(CIN_PREFIXES) + f"{rng.randint(100000, 999999)}"


def _luhn_number(rng, prefix: str, length: int) -> str:
    payload = prefix + digits(rng, length - len(prefix) - 1)
    return payload + luhn_check_digit(payload)


def gen_sa_id(rng, mods):
    return _luhn_number(rng, "1", 10)


def gen_iqama(rng, mods):
    return _luhn_number(rng, "2", 10)


def gen_emirates_id(rng, mods):
    year = str(rng.randint(1960, 2006))
    number = _luhn_number(rng, "784" + year, 15)
    if "c" in mods:
        return number
    return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"


GENERATORS = {
    "visa16": gen_visa16,
    "visa13": gen_visa13,
    "mc16": gen_mc16,
    "amex15": gen_amex15,
    "nir": gen_nir,
    "dni": gen_dni,
    "nie": gen_nie,
    "nif_pt": gen_nif_pt,
    "cpf": gen_cpf,
    "nino": gen_nino,
    "ssn": gen_ssn,
    "cin_ma": gen_cin_ma,
    "sa_id": gen_sa_id,
    "iqama": gen_iqama,
    "emirates_id": gen_emirates_id,
}
GENERATORS.update({f"iban_{cc}": make_iban_gen(cc) for cc in IBAN_LAYOUT})


# --------------------------------------------------------------------------- building


class Filler:
    """Expands ``$generator/mod`` placeholders deterministically, never repeating a value."""

    def __init__(self, seed: str):
        self.rng = random.Random(seed)
        self.seen: set[str] = set()

    def __call__(self, match: re.Match) -> str:
        name, mod_text = match.group(1), match.group(2) or ""
        if name not in GENERATORS:
            raise BuildError(f"unknown generator ${name}")
        mods = set(filter(None, mod_text.split(",")))
        for _ in range(1000):
            value = GENERATORS[name](self.rng, mods)
            if value not in self.seen:
                break
        else:  # pragma: no cover - astronomically unlikely
            raise BuildError(f"${name}: could not draw a fresh value")
        self.seen.add(value)
        if "ai" in mods:
            value = value.translate(ARABIC_INDIC)
        return value


def parse_line(line: str, fill: Filler) -> tuple[str, str, list[dict]]:
    code, sep, body = line.partition(" ")
    if code not in KINDS or not sep or not body.strip():
        raise BuildError(f"bad line start {code!r} (expected one of {sorted(KINDS)} + space + text)")
    body = body.replace("\\n", "\n")
    out: list[str] = []
    spans: list[dict] = []
    length = 0
    pos = 0
    for m in MARK.finditer(body):
        chunk = body[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        value = PLACEHOLDER.sub(fill, m.group(2))
        if not value or value != value.strip():
            raise BuildError(f"empty value or value with outer whitespace: {m.group(0)!r}")
        if "\n" in value:
            raise BuildError(f"value spans a newline: {m.group(0)!r}")
        spans.append({"start": length, "end": length + len(value), "type": TYPES[m.group(1)]})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    for bad in ("{", "}"):
        if bad in text:
            raise BuildError(f"leftover markup {bad!r} in {text!r}")
    if PLACEHOLDER.search(text):
        raise BuildError(f"placeholder outside a span in {text!r}")
    if text != text.strip():
        raise BuildError("message has leading/trailing whitespace")
    return KINDS[code], text, spans


def build_lang(lang: str, folder: Path = HERE, seed: str = SEED) -> list[dict]:
    src = folder / "src" / f"{lang}.txt"
    fill = Filler(f"{seed}-{lang}")
    records: list[dict] = []
    for lineno, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        try:
            kind, text, spans = parse_line(line, fill)
        except BuildError as exc:
            raise BuildError(f"{src.name}:{lineno}: {exc}") from None
        records.append(
            {
                "id": f"{ID_PREFIX}-{lang}-{len(records) + 1:04d}",
                "lang": lang,
                "kind": kind,
                "text": text,
                "spans": spans,
            }
        )
    return records


def main(argv: list[str], folder: Path = HERE, seed: str = SEED) -> int:
    langs = argv or list(LANGS)
    for lang in langs:
        if lang not in LANGS:
            print(f"unknown language {lang!r}", file=sys.stderr)
            return 2
        try:
            records = build_lang(lang, folder, seed)
        except BuildError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        out = folder / f"{lang}.jsonl"
        with out.open("w", encoding="utf-8", newline="\n") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{out.name}: {len(records)} messages, {sum(len(r['spans']) for r in records)} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
