r"""Build the independent PII evaluation set from the annotated sources in ``src/``.

Source format (``src/<lang>.txt``): one message per line, ``<kind-code> <text>``
(kind codes: c, q, f, m).
Blank lines and lines starting with ``#`` are ignored. A literal ``\n`` in the text
becomes a newline. Personal data is marked inline as ``{CODE|value}`` where CODE is
one of P (PERSON), A (ADDRESS), PH (PHONE), E (EMAIL), C (CARD), IB (IBAN),
N (NATIONAL_ID) and IP (IP). Inside a span, ``$generator`` or ``$generator/format``
is replaced by a freshly generated value with a valid checksum (seeded per language,
so the output is deterministic).

Usage: ``python evals/golden/pii_independent/build.py`` (writes ``<lang>.jsonl``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "fr", "es", "pt", "ar")
KINDS = {
    "c": "citizen_message",
    "q": "chat_question",
    "f": "form",
    "m": "mixed_language",
}
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
SPAN_RE = re.compile(r"\{(P|A|PH|E|C|IB|N|IP)\|([^{}|]*)\}")
GEN_RE = re.compile(r"\$([a-z0-9_]+)(?:/([a-z]))?")


# --------------------------------------------------------------------------- checksums


def luhn_digit(partial: str) -> str:
    """Return the Luhn check digit to append to ``partial``."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_check(country: str, bban: str) -> str:
    """Return the two IBAN check digits for ``country`` and ``bban``."""
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def group(s: str, sizes: list[int], sep: str) -> str:
    """Split ``s`` into groups of the given sizes (last size repeats) joined by ``sep``."""
    out, i, k = [], 0, 0
    while i < len(s):
        size = sizes[min(k, len(sizes) - 1)]
        out.append(s[i : i + size])
        i += size
        k += 1
    return sep.join(out)


class Gen:
    """Deterministic generator of checksum-valid identifiers."""

    def __init__(self, seed: str) -> None:
        self.r = random.Random(seed)
        self.seen: set[str] = set()

    def digits(self, n: int) -> str:
        """Return ``n`` random digits."""
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def alnum(self, n: int) -> str:
        """Return ``n`` random upper-case letters or digits."""
        return "".join(self.r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    # ---- cards
    def card(self, prefix: str, length: int) -> str:
        """Return a Luhn-valid card number with the given prefix and length."""
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + luhn_digit(body)

    def make_card(self, name: str, fmt: str) -> str:
        """Return a formatted card number of brand ``name``."""
        brands = {
            "visa16": (["4"], 16),
            "visa13": (["4"], 13),
            "visa19": (["4"], 19),
            "mc16": (["51", "52", "53", "54", "55"], 16),
            "mc2": (["2221", "2300", "2511", "2720"], 16),
            "amex15": (["34", "37"], 15),
            "disc16": (["6011", "65"], 16),
            "jcb16": (["3528", "3541", "3589"], 16),
            "maestro19": (["6759", "5018", "6763"], 19),
            "up19": (["62"], 19),
            "diners14": (["36", "38"], 14),
            "mada16": (["588845", "440647", "968208"], 16),
            "elo16": (["636368", "504175", "438935"], 16),
        }
        prefixes, length = brands[name]
        num = self.card(self.r.choice(prefixes), length)
        if fmt == "n":
            return num
        sep = "-" if fmt == "d" else " "
        if length == 15:
            return group(num, [4, 6, 5], sep)
        if length == 14:
            return group(num, [4, 6, 4], sep)
        return group(num, [4], sep)

    # ---- IBAN
    def bban(self, country: str) -> str:
        """Return a BBAN for ``country`` (national check digits computed where known)."""
        d, r = self.digits, self.r
        if country == "FR":
            bank, branch, acct = d(5), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            return f"{bank}{branch}{acct}{key:02d}"
        if country == "ES":
            bank, branch, acct = d(4), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s: str) -> str:
                v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
                return "0" if v == 11 else "1" if v == 10 else str(v)

            return bank + branch + dc("00" + bank + branch) + dc(acct) + acct
        if country == "PT":
            body = r.choice(["0007", "0035", "0033", "0010", "0036"]) + d(4) + d(11)
            return body + f"{98 - int(body) * 100 % 97:02d}"
        if country == "BE":
            body = d(10)
            chk = int(body) % 97 or 97
            return f"{body}{chk:02d}"
        if country == "GB":
            return r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14)
        if country == "IE":
            return r.choice(["AIBK", "BOFI"]) + d(14)
        if country == "NL":
            return r.choice(["ABNA", "RABO", "INGB"]) + d(10)
        if country == "DE":
            return d(18)
        if country == "CH":
            return d(17)
        if country == "LU":
            return d(16)
        if country == "SA":
            return r.choice(["80", "10", "20", "45", "65"]) + d(18)
        if country == "AE":
            return r.choice(["033", "026", "030"]) + d(16)
        if country == "TN":
            return d(20)
        if country == "EG":
            return d(25)
        if country == "JO":
            return r.choice(["CBJO", "ARAB"]) + d(22)
        if country == "LB":
            return d(24)
        if country == "QA":
            return r.choice(["QNBA", "DOHB"]) + d(21)
        if country == "BR":
            return d(23) + "C1"
        if country == "MR":
            return d(23)
        raise KeyError(country)

    def make_iban(self, country: str, fmt: str) -> str:
        """Return a checksum-valid IBAN, grouped by four unless ``fmt`` is ``n``."""
        bban = self.bban(country)
        iban = country + iban_check(country, bban) + bban
        return iban if fmt == "n" else group(iban, [4], " ")

    # ---- national identifiers
    def nir(self, fmt: str) -> str:
        """French NIR (social security number) with its two-digit key."""
        r = self.r
        sex = r.choice("12")
        yy = f"{r.randint(40, 99) if r.random() < 0.8 else r.randint(0, 6):02d}"
        mm = f"{r.randint(1, 12):02d}"
        dept = f"{r.choice([d for d in range(1, 96) if d != 20]):02d}"
        commune = f"{r.randint(1, 500):03d}"
        order = f"{r.randint(1, 999):03d}"
        body = sex + yy + mm + dept + commune + order
        key = f"{97 - int(body) % 97:02d}"
        if fmt == "n":
            return body + key
        return " ".join([sex, yy, mm, dept, commune, order, key])

    def dni(self, fmt: str) -> str:
        """Spanish DNI: eight digits plus the mod-23 control letter."""
        n = self.r.randint(1_000_000, 79_999_999)
        num = f"{n:08d}"
        letter = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
        if fmt == "d":
            return f"{num}-{letter}"
        if fmt == "p":
            return f"{num[:2]}.{num[2:5]}.{num[5:]}-{letter}"
        if fmt == "s":
            return f"{num} {letter}"
        return num + letter

    def nie(self, fmt: str) -> str:
        """Spanish NIE: X/Y/Z, seven digits, control letter."""
        first = self.r.choice("XYZ")
        seven = self.digits(7)
        n = int(str("XYZ".index(first)) + seven)
        letter = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
        if fmt == "d":
            return f"{first}-{seven}-{letter}"
        return f"{first}{seven}{letter}"

    def nif(self, fmt: str) -> str:
        """Portuguese NIF: nine digits, mod-11 check digit (individuals start 1-3)."""
        body = self.r.choice("123") + self.digits(7)
        s = sum(int(c) * (9 - i) for i, c in enumerate(body))
        chk = 11 - s % 11
        num = body + ("0" if chk >= 10 else str(chk))
        return group(num, [3], " ") if fmt == "s" else num

    def cpf(self, fmt: str) -> str:
        """Brazilian CPF with its two check digits."""
        while True:
            base = self.digits(9)
            if len(set(base)) > 1:
                break
        d1 = sum(int(c) * (10 - i) for i, c in enumerate(base)) * 10 % 11 % 10
        d2 = sum(int(c) * (11 - i) for i, c in enumerate(base + str(d1))) * 10 % 11 % 10
        num = f"{base}{d1}{d2}"
        if fmt == "n":
            return num
        return f"{num[:3]}.{num[3:6]}.{num[6:9]}-{num[9:]}"

    def nino(self, fmt: str) -> str:
        """UK National Insurance number."""
        bad_prefix = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
        first_ok = "ABCEGHJKLMNOPRSTWXYZ"
        second_ok = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.r.choice(first_ok) + self.r.choice(second_ok)
            if pre not in bad_prefix:
                break
        num = self.digits(6)
        suf = self.r.choice("ABCD")
        if fmt == "s":
            return f"{pre} {num[:2]} {num[2:4]} {num[4:]} {suf}"
        return f"{pre}{num}{suf}"

    def ssn(self, fmt: str) -> str:
        """US Social Security number (valid area/group/serial ranges)."""
        r = self.r
        area = r.choice([a for a in range(1, 900) if a != 666])
        grp, ser = r.randint(1, 99), r.randint(1, 9999)
        if fmt == "n":
            return f"{area:03d}{grp:02d}{ser:04d}"
        if fmt == "s":
            return f"{area:03d} {grp:02d} {ser:04d}"
        return f"{area:03d}-{grp:02d}-{ser:04d}"

    def cin(self, fmt: str) -> str:
        """Moroccan CIN: one or two letters followed by digits."""
        r = self.r
        letters = r.choice(
            [
                "A",
                "B",
                "C",
                "D",
                "E",
                "F",
                "G",
                "H",
                "J",
                "K",
                "L",
                "M",
                "BE",
                "BH",
                "BJ",
                "BK",
                "CD",
                "EE",
                "JB",
                "JA",
                "AB",
                "AD",
                "BB",
                "PA",
                "Z",
                "U",
                "W",
                "X",
                "T",
                "S",
            ]
        )
        num = self.digits(6 if len(letters) == 2 else r.choice([5, 6]))
        if num[0] == "0":
            num = "1" + num[1:]
        return f"{letters} {num}" if fmt == "s" else letters + num

    def said(self, fmt: str) -> str:
        """Saudi national / iqama number: 10 digits, starts 1 or 2, Luhn check."""
        body = self.r.choice("12") + self.digits(8)
        return body + luhn_digit(body)

    def eid(self, fmt: str) -> str:
        """Emirati ID: 784-YYYY-NNNNNNN-C with a Luhn check digit."""
        body = "784" + str(self.r.randint(1960, 2005)) + self.digits(7)
        num = body + luhn_digit(body)
        if fmt == "n":
            return num
        return f"{num[:3]}-{num[3:7]}-{num[7:14]}-{num[14]}"

    def expand(self, name: str, fmt: str | None) -> str:
        """Expand one ``$name/fmt`` placeholder, never repeating a value."""
        fmt = fmt or "s"
        for _ in range(100):
            if name.startswith("iban_"):
                value = self.make_iban(name[5:].upper(), fmt)
            elif hasattr(self, name) and name not in {"card", "expand", "digits", "alnum"}:
                value = getattr(self, name)(fmt)
            else:
                value = self.make_card(name, fmt)
            if value not in self.seen:
                self.seen.add(value)
                return value
        raise RuntimeError(name)


# --------------------------------------------------------------------------- parsing


def parse_line(line: str, gen: Gen) -> tuple[str, str, list[dict]]:
    """Parse one source line into (kind, text, spans)."""
    code, sep, marked = line[:1], line[1:2], line[2:]
    if code not in KINDS or sep != " " or not marked.strip():
        raise ValueError(f"bad line: {line!r}")
    marked = marked.replace("\\n", "\n")
    out, spans, pos = [], [], 0
    length = 0
    for m in SPAN_RE.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        value = GEN_RE.sub(lambda g: gen.expand(g.group(1), g.group(2)), m.group(2))
        spans.append({"start": length, "end": length + len(value), "type": TYPES[m.group(1)]})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(f"unparsed markup: {line!r}")
    return KINDS[code], text, spans


def build(lang: str, folder: Path = HERE, seed: str = "pii-independent") -> int:
    """Build ``folder/<lang>.jsonl`` from ``folder/src/<lang>.txt``; the records written.

    Another set (``pii_fresh``) uses this builder on its own folder with its own ``seed``.
    """
    gen = Gen(f"{seed}-{lang}")
    records: list[dict] = []
    for raw in (folder / "src" / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, text, spans = parse_line(raw, gen)
        records.append(
            {
                "id": f"{lang}-{len(records) + 1:04d}",
                "lang": lang,
                "kind": kind,
                "text": text,
                "spans": spans,
            }
        )
    with (folder / f"{lang}.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


def main(argv: list[str], folder: Path = HERE, seed: str = "pii-independent") -> None:
    """Build every language given on the command line (default: all)."""
    for lang in argv or LANGS:
        print(lang, build(lang, folder, seed))


if __name__ == "__main__":
    main(sys.argv[1:])
