"""Checks for independent3/oncourse.jsonl and independent3/crosslingual.jsonl.

- every line is valid JSON with exactly the expected fields
- ids unique and well-formed, languages valid
- oncourse: exactly 8 per module per language (320 total)
- crosslingual: es/fr/pt/ar only, 50 per language, all 8 modules used,
  section anchors exist as {#id} in corpus/modules/en/<module>.md and are
  not reflection-questions / key-terms
- no duplicate texts within a language
- no run of 8 identical lower-cased words shared with the module text
  (same-language modules, plus English modules for cross-lingual items)
"""

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ROOT = HERE.parents[2]  # /work/main
MOD_DIR = ROOT / "corpus" / "modules"
LANGS = ["en", "fr", "es", "pt", "ar"]
MODULES = sorted(p.stem for p in (MOD_DIR / "en").glob("*.md"))
N = 8
errors = []


def words(text):
    text = unicodedata.normalize("NFC", text).lower()
    # drop Arabic diacritics and tatweel so vocalised text still matches
    text = re.sub(r"[\u064B-\u0652\u0640]", "", text)
    return re.findall(r"\w+", text)


def windows(ws, n=N):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


mod_windows = {}
anchors = {}
for lang in LANGS:
    for m in MODULES:
        p = MOD_DIR / lang / f"{m}.md"
        if not p.exists():
            errors.append(f"missing module file {p}")
            continue
        txt = p.read_text(encoding="utf-8")
        mod_windows[(lang, m)] = windows(words(txt))
        if lang == "en":
            anchors[m] = set(re.findall(r"\{#([a-z0-9-]+)\}", txt))

lang_windows = {lang: set().union(*(mod_windows[(lang, m)] for m in MODULES)) for lang in LANGS}


def load(path, fields):
    recs = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{path.name}:{i} bad JSON: {e}")
            continue
        if set(r) != set(fields):
            errors.append(f"{path.name}:{i} fields {sorted(r)} != {sorted(fields)}")
        recs.append(r)
    return recs


def common_checks(recs, name, prefix, langs_allowed, compare_en=False):
    ids = Counter(r["id"] for r in recs)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"{name}: duplicate id {i}")
    seen = defaultdict(set)
    for r in recs:
        lang = r["lang"]
        if lang not in langs_allowed:
            errors.append(f"{name}: {r['id']} bad lang {lang}")
            continue
        if not re.fullmatch(rf"{prefix}-{lang}-\d{{3}}", r["id"]):
            errors.append(f"{name}: bad id {r['id']}")
        if r["module"] not in MODULES:
            errors.append(f"{name}: {r['id']} unknown module {r['module']}")
        key = " ".join(words(r["text"]))
        if key in seen[lang]:
            errors.append(f"{name}: {r['id']} duplicate text in {lang}")
        seen[lang].add(key)
        w = windows(words(r["text"]))
        hit = w & lang_windows[lang]
        if compare_en:
            hit |= w & lang_windows["en"]
        if hit:
            errors.append(f"{name}: {r['id']} 8-word overlap with module text: {[' '.join(h) for h in list(hit)[:2]]}")


on = load(HERE / "oncourse.jsonl", ["id", "lang", "text", "module"])
common_checks(on, "oncourse", "on", LANGS)
cnt = Counter((r["lang"], r["module"]) for r in on)
for lang in LANGS:
    for m in MODULES:
        if cnt[(lang, m)] != 8:
            errors.append(f"oncourse: {lang}/{m} has {cnt[(lang, m)]} questions, want 8")
if len(on) != 320:
    errors.append(f"oncourse: {len(on)} records, want 320")

xl = load(HERE / "crosslingual.jsonl", ["id", "lang", "text", "module", "section"])
common_checks(xl, "crosslingual", "xl", ["es", "fr", "pt", "ar"], compare_en=True)
xcnt = Counter(r["lang"] for r in xl)
for lang in ["es", "fr", "pt", "ar"]:
    if xcnt[lang] != 50:
        errors.append(f"crosslingual: {lang} has {xcnt[lang]}, want 50")
    mods = {r["module"] for r in xl if r["lang"] == lang}
    if mods != set(MODULES):
        errors.append(f"crosslingual: {lang} misses modules {set(MODULES) - mods}")
for r in xl:
    if r["module"] in anchors and r["section"] not in anchors[r["module"]]:
        errors.append(f"crosslingual: {r['id']} section #{r['section']} not in en/{r['module']}.md")
    if r["section"] in ("reflection-questions", "key-terms"):
        errors.append(f"crosslingual: {r['id']} uses excluded section {r['section']}")

# coverage report
content = {m: anchors[m] - {"reflection-questions", "key-terms"} for m in MODULES}
used = Counter((r["module"], r["section"]) for r in xl)
missing = [(m, s) for m in MODULES for s in sorted(content[m]) if (m, s) not in used]

print("oncourse per lang:", dict(Counter(r["lang"] for r in on)))
print("crosslingual per lang:", dict(xcnt))
print("crosslingual per module:", dict(sorted(Counter(r["module"] for r in xl).items())))
print(f"content sections covered: {len(content) and sum(len(v) for v in content.values()) - len(missing)}"
      f"/{sum(len(v) for v in content.values())}; uncovered: {missing}")
# rough shape of the mix (word counts) for on-course
shape: Counter[str] = Counter()
for r in on:
    n = len(words(r["text"]))
    shape["short(<=7w)" if n <= 7 else "long(>=25w)" if n >= 25 else "ordinary"] += 1
print("oncourse length mix:", dict(shape))

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nall checks passed")
