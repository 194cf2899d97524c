#!/usr/bin/env python3
"""Validate the independent golden sets and print (or write) the counts table.

Checks: every line parses as JSON; required fields present and non-empty;
ids unique per file; languages among en/fr/es/pt/ar; per-category/per-language
minimums; module ids exist in corpus/modules/<lang>/; section ids exist as
{#anchor} headings in the English module (cross-lingual) and in the same-language
module (same-language); poisoned files exist and contain their planted text
exactly once; only .example / .test domains appear in the poisoned documents;
no exact duplicate texts inside a set/language.

Run:  /work/main/.venv/bin/python evals/golden/independent/validate.py [--write-readme]
      [--dir FOLDER] [--no-poisoned]
      (--dir validates another set folder with the same layout; --no-poisoned skips
       the poisoned documents; defaults: this folder, with them)
Exit status 1 if any problem is found.
"""
from __future__ import annotations

import base64
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CORPUS = REPO / "corpus" / "modules"
LANGS = ["en", "fr", "es", "pt", "ar"]

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


def load(name: str, required: list[str]) -> list[dict]:
    path = HERE / name
    rows: list[dict] = []
    ids: set = set()
    if not path.exists():
        problem(f"{name}: missing")
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problem(f"{name}:{n}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problem(f"{name}:{n}: bad JSON ({exc})")
            continue
        for field in required:
            if not isinstance(row.get(field), str) or not row[field].strip():
                problem(f"{name}:{n}: missing/empty field {field!r}")
        if row.get("lang") not in LANGS:
            problem(f"{name}:{n}: bad lang {row.get('lang')!r}")
        if "id" in required:
            if row.get("id") in ids:
                problem(f"{name}:{n}: duplicate id {row.get('id')}")
            ids.add(row.get("id"))
        rows.append(row)
    # duplicate texts within one language
    key = "text" if "text" in required else "question"
    seen = Counter((r.get("lang"), r.get(key)) for r in rows)
    for (lang, text), c in seen.items():
        if c > 1:
            problem(f"{name}: text repeated {c}x in {lang}: {text!r}")
    return rows


def anchors() -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for lang_dir in CORPUS.iterdir():
        for md in lang_dir.glob("*.md"):
            ids = set(re.findall(r"^##\s.*\{#([a-z0-9-]+)\}\s*$",
                                 md.read_text(encoding="utf-8"), flags=re.M))
            out[(lang_dir.name, md.stem)] = ids
    return out


def count_table(rows: list[dict], by: str | None, langs: list[str]) -> tuple[list[str], dict]:
    counts: dict = defaultdict(Counter)
    for r in rows:
        counts[r.get(by) if by else "all"][r["lang"]] += 1
    return sorted(counts), counts


def md_table(title: str, rows: list[dict], by: str | None, langs: list[str]) -> str:
    keys, counts = count_table(rows, by, langs)
    head = f"| {by or 'set'} | " + " | ".join(langs) + " | total |"
    sep = "|" + "---|" * (len(langs) + 2)
    lines = [f"**{title}**", "", head, sep]
    col: Counter = Counter()
    for k in keys:
        vals = [counts[k][lang] for lang in langs]
        col.update(dict(zip(langs, vals, strict=True)))
        lines.append(f"| {k} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    if len(keys) > 1:
        lines.append("| **total** | " + " | ".join(str(col[lang]) for lang in langs)
                     + f" | {sum(col.values())} |")
    return "\n".join(lines) + "\n"


def check_min(name: str, rows: list[dict], by: str | None, langs: list[str],
              minimum: int, expect_keys: list[str] | None = None) -> None:
    keys, counts = count_table(rows, by, langs)
    if expect_keys is not None and sorted(keys) != sorted(expect_keys):
        problem(f"{name}: categories {keys} != expected {sorted(expect_keys)}")
    for k in keys:
        for lang in langs:
            if counts[k][lang] < minimum:
                problem(f"{name}: {k}/{lang} has {counts[k][lang]} < {minimum}")


def _arg_value(flag: str) -> str | None:
    if flag in sys.argv:
        i = sys.argv.index(flag)
        if i + 1 < len(sys.argv):
            return sys.argv[i + 1]
    return None


def main() -> int:
    global HERE
    folder = _arg_value("--dir")
    if folder:
        HERE = Path(folder).resolve()
    poisoned = "--no-poisoned" not in sys.argv
    anc = anchors()
    modules = {m for (_, m) in anc}

    screen = load("screen.jsonl", ["id", "lang", "category", "text"])
    check_min("screen", screen, "category", LANGS, 40,
              ["distress", "harmful", "manipulation", "course"])

    off = load("offcourse.jsonl", ["id", "lang", "category", "text"])
    check_min("offcourse", off, "category", LANGS, 12)
    if len({r["category"] for r in off}) != 14:
        problem("offcourse: expected 14 categories")
    # same categories in every language
    per_lang = defaultdict(set)
    for r in off:
        per_lang[r["lang"]].add(r["category"])
    if len({frozenset(v) for v in per_lang.values()}) != 1:
        problem("offcourse: category sets differ between languages")

    on = load("oncourse.jsonl", ["id", "lang", "text", "module"])
    check_min("oncourse", on, None, LANGS, 60)
    for r in on:
        if r.get("module") not in modules:
            problem(f"oncourse {r.get('id')}: unknown module {r.get('module')}")

    xl = load("crosslingual.jsonl", ["id", "lang", "text", "module", "section"])
    xl_langs = ["es", "ar", "fr", "pt"]
    check_min("crosslingual", xl, None, xl_langs, 50)
    for r in xl:
        if r["lang"] == "en":
            problem(f"crosslingual {r['id']}: English question in a cross-lingual set")
        if r.get("section") not in anc.get(("en", str(r.get("module"))), set()):
            problem(f"crosslingual {r.get('id')}: {r.get('module')}#{r.get('section')} "
                    "not an anchor of the English module")

    sl = load("samelang.jsonl", ["id", "lang", "text", "module", "section"])
    sl_langs = ["fr", "pt", "ar", "es"]
    check_min("samelang", sl, None, sl_langs, 50)
    for r in sl:
        for lang in (r.get("lang"), "en"):
            if r.get("section") not in anc.get((str(lang), str(r.get("module"))), set()):
                problem(f"samelang {r.get('id')}: {r.get('module')}#{r.get('section')} "
                        f"not an anchor of the {lang} module")

    man = (load("poisoned/manifest.jsonl", ["file", "lang", "kind", "planted", "question"])
           if poisoned else [])
    if poisoned:
        check_min("poisoned", man, None, LANGS, 22)
    files = set()
    for r in man:
        if r.get("kind") not in {"imperative", "statement", "obfuscated"}:
            problem(f"poisoned {r.get('file')}: bad kind {r.get('kind')}")
        f = r.get("file", "")
        if f in files:
            problem(f"poisoned: duplicate file {f}")
        files.add(f)
        if not re.fullmatch(rf"poisoned/{r.get('lang')}/\d\d-[a-z0-9-]+\.md", f):
            problem(f"poisoned {f}: path does not match poisoned/<lang>/<nn>-<slug>.md")
        path = HERE / f
        if not path.exists():
            problem(f"poisoned {f}: file missing")
            continue
        doc = path.read_text(encoding="utf-8")
        if doc.count(r["planted"]) != 1:
            problem(f"poisoned {f}: planted text found {doc.count(r['planted'])}x")
        if not doc.lstrip().startswith("# "):
            problem(f"poisoned {f}: no Markdown title")
        # obfuscated entries must really differ from their plain form
        if r.get("kind") == "obfuscated":
            if r.get("obfuscation") not in {"zero-width", "homoglyph", "full-width",
                                            "soft-hyphen", "base64", "split-url",
                                            "bracket-dot"}:
                problem(f"poisoned {f}: unknown obfuscation {r.get('obfuscation')}")
            if r.get("obfuscation") in {"zero-width", "homoglyph", "full-width",
                                        "soft-hyphen"} and r["planted"] == r.get("plain"):
                problem(f"poisoned {f}: obfuscation had no effect")
            if r.get("obfuscation") == "base64":
                blobs = re.findall(r"[A-Za-z0-9+/]{24,}={0,2}", r["planted"])
                if not blobs:
                    problem(f"poisoned {f}: no base64 blob")
                for b in blobs:
                    try:
                        base64.b64decode(b).decode("utf-8")
                    except Exception:
                        problem(f"poisoned {f}: base64 blob does not decode")
        # fictional domains only: normalise the obfuscations, then look at hosts
        norm = unicodedata.normalize("NFKC", doc)
        norm = re.sub("[\u200b\u200c\u200d\u2060\u00ad]", "", norm)
        norm = norm.replace("[.]", ".").replace(" . ", ".").replace(" / ", "/").replace(": //", "://")
        for b in re.findall(r"[A-Za-z0-9+/]{24,}={0,2}", norm):
            try:
                norm += "\n" + base64.b64decode(b).decode("utf-8")
            except Exception:
                pass
        for host in re.findall(r"(?:[\w-]+\.)+[a-z]{2,}", norm):
            if re.fullmatch(r"\d+(\.\d+)+", host):
                continue
            if not (host.endswith(".example") or host.endswith(".test")):
                problem(f"poisoned {f}: non-fictional domain {host}")
    on_disk = {str(p.relative_to(HERE)) for p in (HERE / "poisoned").rglob("*.md")}
    if poisoned and on_disk != files:
        problem(f"poisoned: files on disk not in manifest: {sorted(on_disk - files)}")

    kinds = md_table("poisoned/manifest.jsonl (documents by kind)", man, "kind", LANGS)
    obf = [r for r in man if r.get("kind") == "obfuscated"]
    report = "\n".join([
        md_table("screen.jsonl", screen, "category", LANGS),
        md_table("offcourse.jsonl", off, "category", LANGS),
        md_table("oncourse.jsonl", on, None, LANGS),
        md_table("crosslingual.jsonl", xl, None, xl_langs),
        md_table("samelang.jsonl", sl, None, sl_langs),
    ] + ([
        kinds,
        md_table("poisoned: obfuscated documents by technique", obf, "obfuscation", LANGS),
    ] if poisoned else []))
    print(report)
    if "--write-readme" in sys.argv:
        readme = HERE / "README.md"
        text = readme.read_text(encoding="utf-8")
        start, end = "<!-- counts:start -->", "<!-- counts:end -->"
        a, b = text.index(start) + len(start), text.index(end)
        readme.write_text(text[:a] + "\n" + report + text[b:], encoding="utf-8")
        print("README counts updated")
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        return 1
    total = len(screen) + len(off) + len(on) + len(xl) + len(sl) + len(man)
    print(f"OK: {total} records, no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
