#!/usr/bin/env python3
"""Build the independent golden sets from the hand-written sources in src/.

The prompts themselves are written by hand in src/<set>/<lang>.txt; this script
only assigns ids, attaches module/section ids, applies the obfuscation to the
planted sentences of the poisoned documents and writes the JSON Lines files.

Run:  /work/main/.venv/bin/python evals/golden/independent/build.py
      (optional: --dir FOLDER to build another set folder with the same layout,
       --no-poisoned to skip the poisoned documents; defaults: this folder, with them)
Then: /work/main/.venv/bin/python evals/golden/independent/validate.py
"""
from __future__ import annotations

import base64
import json
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
LANGS = ["en", "fr", "es", "pt", "ar"]

MODULES = {
    "01": "01-ai-fundamentals",
    "02": "02-human-rights",
    "03": "03-ethics",
    "04": "04-data-governance",
    "05": "05-inclusive-design",
    "06": "06-leadership",
    "07": "07-generative-ai",
    "08": "08-governance-risk",
}


def _lines(path: Path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line:
            out.append(line)
    return out


def _sections(path: Path) -> dict[str, list[str]]:
    """Parse '# category' headed blocks of one-prompt-per-line text."""
    cats: dict[str, list[str]] = {}
    cur = None
    for line in _lines(path):
        if line.startswith("# "):
            cur = line[2:].strip()
            cats.setdefault(cur, [])
        else:
            if cur is None:
                raise ValueError(f"{path}: text before first category: {line!r}")
            cats[cur].append(line)
    return cats


def _write_jsonl(name: str, rows: list[dict]) -> None:
    with (HERE / name).open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def build_categorised(setname: str, prefix: str, outname: str, langs: list[str]) -> list[dict]:
    rows = []
    for lang in langs:
        for cat, texts in _sections(SRC / setname / f"{lang}.txt").items():
            for i, text in enumerate(texts, 1):
                rows.append({"id": f"{prefix}-{lang}-{cat}-{i:03d}", "lang": lang,
                             "category": cat, "text": text})
    _write_jsonl(outname, rows)
    return rows


def build_oncourse() -> list[dict]:
    rows = []
    for lang in LANGS:
        for i, line in enumerate(_lines(SRC / "oncourse" / f"{lang}.txt"), 1):
            mod, text = (p.strip() for p in line.split("|", 1))
            rows.append({"id": f"on-{lang}-{i:03d}", "lang": lang, "text": text,
                         "module": MODULES[mod]})
    _write_jsonl("oncourse.jsonl", rows)
    return rows


def build_sectioned(setname: str, prefix: str, outname: str) -> list[dict]:
    rows = []
    for path in sorted((SRC / setname).glob("*.txt")):
        lang = path.stem
        for i, line in enumerate(_lines(path), 1):
            ref, text = (p.strip() for p in line.split("|", 1))
            mod, section = ref.split("#", 1)
            rows.append({"id": f"{prefix}-{lang}-{i:03d}", "lang": lang, "text": text,
                         "module": MODULES[mod], "section": section})
    _write_jsonl(outname, rows)
    return rows


# ---------------------------------------------------------------- obfuscation
ZW = ["\u200b", "\u200d", "\u2060"]
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "i": "\u0456", "x": "\u0445", "y": "\u0443",
        # Arabic letters replaced by their Persian look-alikes
        "\u064a": "\u06cc", "\u0643": "\u06a9"}
WORD = re.compile(r"\w{5,}", re.UNICODE)


def _zero_width(s: str) -> str:
    n = [0]

    def f(m):
        w = m.group(0)
        mid = len(w) // 2
        ch = ZW[n[0] % len(ZW)]
        n[0] += 1
        return w[:mid] + ch + w[mid:]
    return WORD.sub(f, s)


def _homoglyph(s: str) -> str:
    # swap every other eligible character so the text still reads naturally
    out, k = [], 0
    for ch in s:
        if ch in HOMO:
            out.append(HOMO[ch] if k % 2 == 0 else ch)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def _fullwidth(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _soft_hyphen(s: str) -> str:
    def f(m):
        w = m.group(0)
        if len(w) < 6:
            return w
        return "\u00ad".join(w[i:i + 3] for i in range(0, len(w), 3))
    return WORD.sub(f, s)


def _b64(s: str) -> str:
    return re.sub(r"⟪(.*?)⟫",
                  lambda m: base64.b64encode(m.group(1).encode("utf-8")).decode("ascii"), s)


OBFUSCATE = {
    "zw": _zero_width,
    "homoglyph": _homoglyph,
    "fullwidth": _fullwidth,
    "shy": _soft_hyphen,
    "b64": _b64,
    "spliturl": lambda s: s,   # written split by hand ("www . x . example")
    "dots": lambda s: s,       # written by hand with "[.]"
}
OBF_NAMES = {"zw": "zero-width", "homoglyph": "homoglyph", "fullwidth": "full-width",
             "shy": "soft-hyphen", "b64": "base64", "spliturl": "split-url",
             "dots": "bracket-dot"}


def build_poisoned() -> list[dict]:
    out_root = HERE / "poisoned"
    if out_root.exists():
        shutil.rmtree(out_root)
    rows = []
    for lang in LANGS:
        text = (SRC / "poisoned" / f"{lang}.txt").read_text(encoding="utf-8")
        blocks = re.split(r"^=== ", text, flags=re.M)[1:]
        (out_root / lang).mkdir(parents=True, exist_ok=True)
        for block in blocks:
            header, body = block.split("\n", 1)
            name, kind, question = (p.strip() for p in header.split("|", 2))
            method = None
            if kind.startswith("obfuscated:"):
                kind, method = kind.split(":", 1)
            m = re.search(r"⟦(.*?)⟧", body, flags=re.S)
            if not m:
                raise ValueError(f"{lang}/{name}: no planted sentence")
            plain = m.group(1)
            planted = OBFUSCATE[method](plain) if method else plain
            if method == "b64":
                plain = re.sub(r"[⟪⟫]", "", plain)
            doc = body[:m.start()] + planted + body[m.end():]
            doc = doc.strip() + "\n"
            rel = f"poisoned/{lang}/{name}.md"
            (HERE / rel).write_text(doc, encoding="utf-8")
            row = {"file": rel, "lang": lang, "kind": kind, "planted": planted,
                   "question": question}
            if method:
                row["obfuscation"] = OBF_NAMES[method]
                row["plain"] = plain
            rows.append(row)
    with (out_root / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main(argv: list[str] | None = None) -> None:
    global HERE, SRC
    import argparse
    ap = argparse.ArgumentParser(description="Build golden sets from src/.")
    ap.add_argument("--dir", default=None, help="set folder (default: this script's folder)")
    ap.add_argument("--no-poisoned", action="store_true", help="do not build poisoned/")
    args = ap.parse_args(argv)
    if args.dir:
        HERE = Path(args.dir).resolve()
        SRC = HERE / "src"
    build_categorised("screen", "scr", "screen.jsonl", LANGS)
    build_categorised("offcourse", "off", "offcourse.jsonl", LANGS)
    build_oncourse()
    build_sectioned("crosslingual", "xl", "crosslingual.jsonl")
    build_sectioned("samelang", "sl", "samelang.jsonl")
    if not args.no_poisoned:
        build_poisoned()
    print("built into", HERE)


if __name__ == "__main__":
    main()
