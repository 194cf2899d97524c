"""Build the third fresh PII set from ``src/<lang>.txt`` into ``<lang>.jsonl``.

Self-contained: no other set's tooling is imported.

Source format (one message per line)::

    <kind-code> <text with {TYPE|value} markup>

* kind codes: ``c`` citizen_message, ``q`` chat_question, ``f`` form,
  ``m`` mixed_language;
* a literal ``\\n`` in the text is a newline; blank lines and lines starting with
  ``#`` are ignored;
* ``{TYPE|value}`` marks personal data; TYPE is one of ``P`` PERSON, ``A`` ADDRESS,
  ``PH`` PHONE, ``E`` EMAIL, ``C`` CARD, ``IB`` IBAN, ``N`` NATIONAL_ID, ``IP`` IP.
  The markup is stripped and the span offsets are computed here, so they cannot drift;
* a value written as ``$generator`` or ``$generator:format`` is replaced by a
  checksum-valid number drawn deterministically from ``random.Random(SEED + "-" + lang)``
  (values are drawn in file order and never repeat within a language).

Generators (format codes after the colon; the first is the default)::

    visa  mc  amex  disc            CARD, Luhn; c compact, s spaced, d dashed
    visa13                          CARD, 13-digit Visa, compact
    iban-XX                         IBAN of country XX, mod-97; c compact, s groups of 4
                                    (FR RIB key, ES DC digits, PT NIB key, BE key,
                                    MA and TN RIB key are computed too)
    nir                             FR NIR with key; c, s "1 85 07 75 116 238 42"
    dni   nie                       ES DNI / NIE, mod-23 letter; c, d (dash before letter)
    nif                             PT NIF, mod-11; c, s "123 456 789"
    cpf                             BR CPF, two check digits; f "123.456.789-09", c
    nino                            UK NINO prefix/suffix rules; c, s "AB 12 34 56 C"
    ssn                             US SSN area/group/serial rules; d, s, c
    cin                             Moroccan CIN (1-2 letters + 5-6 digits)
    sa-id  iqama                    Saudi national id (1...) / iqama (2...), Luhn;
                                    c, ar (Arabic-Indic digits)
    eid                             Emirati id 784-YYYY-NNNNNNN-C, Luhn; d, c, ar

Usage: ``python evals/golden/pii_fresh3/build.py [lang ...]`` (writes ``<lang>.jsonl``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "pii-fresh3-2026"
LANGS = ("en", "fr", "es", "pt", "ar")
ID_PREFIX = "f3"
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
MARK = re.compile(r"\{([A-Z]{1,2})\|([^{}|]*)\}")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


class BuildError(Exception):
    pass


# --------------------------------------------------------------------------- helpers


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def _group(value: str, sizes: list[int], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(value[pos : pos + size])
        pos += size
    if pos < len(value):
        out.append(value[pos:])
    return sep.join(part for part in out if part)


def _luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# --------------------------------------------------------------------------- cards


def _card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + _luhn_digit(body)


def _card_gen(kind: str):
    def gen(rng: random.Random, fmt: str) -> str:
        if kind == "visa":
            number, sizes = _card(rng, "4", 16), [4, 4, 4, 4]
        elif kind == "visa13":
            number, sizes = _card(rng, "4", 13), [13]
        elif kind == "mc":
            prefix = rng.choice([str(rng.randint(51, 55)), str(rng.randint(2221, 2720))])
            number, sizes = _card(rng, prefix, 16), [4, 4, 4, 4]
        elif kind == "amex":
            number, sizes = _card(rng, rng.choice(["34", "37"]), 15), [4, 6, 5]
        elif kind == "disc":
            number, sizes = _card(rng, "6011", 16), [4, 4, 4, 4]
        else:  # pragma: no cover
            raise BuildError(kind)
        if fmt == "c":
            return number
        if fmt == "s":
            return _group(number, sizes, " ")
        if fmt == "d":
            return _group(number, sizes, "-")
        raise BuildError(f"card format {fmt!r}")

    return gen


# --------------------------------------------------------------------------- IBAN


def _iban_from_bban(cc: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(numeric) % 97:02d}{bban}"


_ES_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten: str) -> str:
    r = 11 - sum(int(d) * w for d, w in zip(ten, _ES_WEIGHTS, strict=False)) % 11
    return str({11: 0, 10: 1}.get(r, r))


def _key97(number: str) -> str:
    """RIB-style key: 97 - (number * 100 mod 97)."""
    return f"{97 - int(number + '00') % 97:02d}"


def _bban(rng: random.Random, cc: str) -> str:
    if cc == "FR":
        bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return f"{bank}{branch}{account}{key:02d}"
    if cc == "ES":
        bank, branch, account = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(account) + account
    if cc == "PT":
        body = rng.choice(["0035", "0033", "0007", "0010", "0018", "0036", "0045"]) + _digits(rng, 15)
        return body + f"{98 - int(body + '00') % 97:02d}"
    if cc == "BE":
        first = _digits(rng, 10)
        key = int(first) % 97 or 97
        return f"{first}{key:02d}"
    if cc == "MA":
        body = _digits(rng, 22)
        return body + _key97(body)
    if cc == "TN":
        body = _digits(rng, 18)
        return body + _key97(body)
    if cc == "DE":
        return _digits(rng, 18)
    if cc == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(rng, 14)
    if cc == "IE":
        return rng.choice(["AIBK", "BOFI"]) + _digits(rng, 14)
    if cc == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + _digits(rng, 10)
    if cc == "LU":
        return _digits(rng, 16)
    if cc == "CH":
        return _digits(rng, 17)
    if cc == "IT":
        raise BuildError("IT (CIN letter) is not generated")
    if cc == "SA":
        return rng.choice(["80", "10", "20", "45", "55", "65"]) + _digits(rng, 18)
    if cc == "AE":
        return _digits(rng, 19)
    if cc == "EG":
        return _digits(rng, 25)
    if cc == "JO":
        return rng.choice(["ARAB", "CBJO", "HBHO", "JONB"]) + _digits(rng, 22)
    if cc == "LB":
        return _digits(rng, 24)
    if cc == "QA":
        return rng.choice(["QNBA", "DOHB", "CBQA"]) + _digits(rng, 21)
    if cc == "KW":
        return rng.choice(["NBOK", "CBKU", "GULB"]) + _digits(rng, 22)
    if cc == "BR":
        return _digits(rng, 23) + "C" + rng.choice("12")
    if cc == "TR":
        return _digits(rng, 5) + "0" + _digits(rng, 16)
    if cc == "MR":
        return _digits(rng, 23)
    raise BuildError(f"no IBAN generator for {cc}")


def _iban_gen(cc: str):
    def gen(rng: random.Random, fmt: str) -> str:
        iban = _iban_from_bban(cc, _bban(rng, cc))
        if fmt == "c":
            return iban
        if fmt == "s":
            return _group(iban, [4] * 10, " ")
        raise BuildError(f"IBAN format {fmt!r}")

    return gen


# --------------------------------------------------------------------------- national ids


def _nir(rng: random.Random, fmt: str) -> str:
    sex = rng.choice("12")
    yy = f"{rng.randint(40, 99) if rng.random() < 0.8 else rng.randint(0, 8):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dept = f"{rng.choice([n for n in range(1, 96) if n != 20]):02d}"
    commune = f"{rng.randint(1, 990):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dept + commune + order
    key = f"{97 - int(body) % 97:02d}"
    if fmt == "c":
        return body + key
    if fmt == "s":
        return " ".join([sex, yy, mm, dept, commune, order, key])
    raise BuildError(f"nir format {fmt!r}")


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni(rng: random.Random, fmt: str) -> str:
    number = f"{rng.randint(1_000_000, 99_999_999):08d}"
    letter = _DNI_LETTERS[int(number) % 23]
    if fmt == "c":
        return number + letter
    if fmt == "d":
        return f"{number}-{letter}"
    raise BuildError(f"dni format {fmt!r}")


def _nie(rng: random.Random, fmt: str) -> str:
    prefix = rng.choice("XYZ")
    digits = _digits(rng, 7)
    letter = _DNI_LETTERS[int(str("XYZ".index(prefix)) + digits) % 23]
    if fmt == "c":
        return prefix + digits + letter
    if fmt == "d":
        return f"{prefix}-{digits}-{letter}"
    raise BuildError(f"nie format {fmt!r}")


def _nif(rng: random.Random, fmt: str) -> str:
    body = rng.choice("123") + _digits(rng, 7)
    r = 11 - sum(int(d) * (9 - i) for i, d in enumerate(body)) % 11
    number = body + str(0 if r >= 10 else r)
    if fmt == "c":
        return number
    if fmt == "s":
        return _group(number, [3, 3, 3], " ")
    raise BuildError(f"nif format {fmt!r}")


def _cpf(rng: random.Random, fmt: str) -> str:
    while True:
        base = _digits(rng, 9)
        if len(set(base)) > 1:
            break
    d1 = sum(int(d) * (10 - i) for i, d in enumerate(base)) * 10 % 11 % 10
    d2 = sum(int(d) * (11 - i) for i, d in enumerate(base + str(d1))) * 10 % 11 % 10
    number = f"{base}{d1}{d2}"
    if fmt == "f":
        return f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}"
    if fmt == "c":
        return number
    raise BuildError(f"cpf format {fmt!r}")


_NINO_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
_NINO_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def _nino(rng: random.Random, fmt: str) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BAD:
            break
    digits = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    if fmt == "c":
        return prefix + digits + suffix
    if fmt == "s":
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    raise BuildError(f"nino format {fmt!r}")


def _ssn(rng: random.Random, fmt: str) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    if fmt == "d":
        return f"{a}-{g}-{s}"
    if fmt == "s":
        return f"{a} {g} {s}"
    if fmt == "c":
        return a + g + s
    raise BuildError(f"ssn format {fmt!r}")


_CIN_PREFIXES = ["A", "B", "BE", "BH", "BJ", "BK", "C", "CD", "D", "EE", "F", "G", "H",
                 "I", "J", "JB", "JC", "JT", "K", "L", "M", "N", "P", "PA", "Q", "R",
                 "S", "T", "U", "UA", "V", "W", "X", "Y", "Z"]


def _cin(rng: random.Random, fmt: str) -> str:
    if fmt != "c":
        raise BuildError(f"cin format {fmt!r}")
    prefix = rng.choice(_CIN_PREFIXES)
    n = rng.choice([5, 6]) if len(prefix) == 2 else 6
    return prefix + str(rng.randint(1, 9)) + _digits(rng, n - 1)


def _saudi(first: str):
    def gen(rng: random.Random, fmt: str) -> str:
        body = first + _digits(rng, 8)
        number = body + _luhn_digit(body)
        if fmt == "c":
            return number
        if fmt == "ar":
            return number.translate(ARABIC_INDIC)
        raise BuildError(f"saudi id format {fmt!r}")

    return gen


def _eid(rng: random.Random, fmt: str) -> str:
    body = "784" + str(rng.randint(1960, 2006)) + _digits(rng, 7)
    number = body + _luhn_digit(body)
    dashed = f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"
    if fmt == "d":
        return dashed
    if fmt == "c":
        return number
    if fmt == "ar":
        return dashed.translate(ARABIC_INDIC)
    raise BuildError(f"eid format {fmt!r}")


# name -> (markup type, default format, generator)
GENERATORS: dict[str, tuple[str, str, object]] = {
    "visa": ("C", "c", _card_gen("visa")),
    "visa13": ("C", "c", _card_gen("visa13")),
    "mc": ("C", "c", _card_gen("mc")),
    "amex": ("C", "c", _card_gen("amex")),
    "disc": ("C", "c", _card_gen("disc")),
    "nir": ("N", "c", _nir),
    "dni": ("N", "c", _dni),
    "nie": ("N", "c", _nie),
    "nif": ("N", "c", _nif),
    "cpf": ("N", "f", _cpf),
    "nino": ("N", "c", _nino),
    "ssn": ("N", "d", _ssn),
    "cin": ("N", "c", _cin),
    "sa-id": ("N", "c", _saudi("1")),
    "iqama": ("N", "c", _saudi("2")),
    "eid": ("N", "d", _eid),
}
for _cc in ("FR ES PT BE MA TN DE GB IE NL LU CH SA AE EG JO LB QA KW BR TR MR").split():
    GENERATORS[f"iban-{_cc.lower()}"] = ("IB", "c", _iban_gen(_cc))


def _generate(spec: str, code: str, rng: random.Random, seen: set[str], where: str) -> str:
    name, _, fmt = spec[1:].partition(":")
    if name not in GENERATORS:
        raise BuildError(f"{where}: unknown generator {spec!r}")
    want, default, gen = GENERATORS[name]
    if want != code:
        raise BuildError(f"{where}: generator {name!r} is for {TYPES[want]}, not {TYPES[code]}")
    for _ in range(1000):
        value = gen(rng, fmt or default)  # type: ignore[operator]
        if value not in seen:
            seen.add(value)
            return value
    raise BuildError(f"{where}: could not draw a fresh value for {spec!r}")


# --------------------------------------------------------------------------- parsing


def parse_line(raw: str, rng: random.Random, seen: set[str], where: str) -> tuple[str, str, list[dict]]:
    code, sep, body = raw.partition(" ")
    if not sep or code not in KINDS:
        raise BuildError(f"{where}: line must start with a kind code {sorted(KINDS)} and a space")
    body = body.strip().replace("\\n", "\n")
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(body):
        before = body[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        code_t, value = m.group(1), m.group(2)
        if code_t not in TYPES:
            raise BuildError(f"{where}: unknown type code {code_t!r}")
        if value.startswith("$"):
            value = _generate(value, code_t, rng, seen, where)
        if not value or value != value.strip():
            raise BuildError(f"{where}: empty value or value with outer whitespace: {value!r}")
        if "\n" in value:
            raise BuildError(f"{where}: a span may not cross a line break: {value!r}")
        spans.append({"start": length, "end": length + len(value), "type": TYPES[code_t]})
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    for ch in "{}":
        if ch in MARK.sub("", body):
            raise BuildError(f"{where}: stray {ch!r} (broken markup?)")
    return KINDS[code], text, spans


def build_lang(
    lang: str, folder: Path = HERE, seed: str = SEED, id_prefix: str = ID_PREFIX
) -> list[dict]:
    rng = random.Random(f"{seed}-{lang}")
    seen: set[str] = set()
    records: list[dict] = []
    src = folder / "src" / f"{lang}.txt"
    for lineno, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, text, spans = parse_line(raw, rng, seen, f"{src.name}:{lineno}")
        records.append(
            {
                "id": f"{id_prefix}-{lang}-{len(records) + 1:04d}",
                "lang": lang,
                "kind": kind,
                "text": text,
                "spans": spans,
            }
        )
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(
    argv: list[str], folder: Path = HERE, seed: str = SEED, id_prefix: str = ID_PREFIX
) -> int:
    """Build the languages in ``argv`` (all when empty); later sets call it with their own
    folder, seed and id prefix (``pii_fresh4/build.py``, ``pii_fresh5/build.py``)."""
    langs = argv or list(LANGS)
    for lang in langs:
        if lang not in LANGS:
            print(f"unknown language {lang!r}", file=sys.stderr)
            return 2
    try:
        for lang in langs:
            records = build_lang(lang, folder, seed, id_prefix)
            (folder / f"{lang}.jsonl").write_text(dump(records), encoding="utf-8")
            n_spans = sum(len(r["spans"]) for r in records)
            print(f"{lang}: {len(records)} messages, {n_spans} spans")
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
