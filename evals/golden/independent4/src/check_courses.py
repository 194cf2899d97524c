"""Validate independent4 offcourse.jsonl and oncourse.jsonl.

Checks
- JSON parses, exact field sets, lang in the five languages
- offcourse: 14 categories x 5 languages x 13 items, ids off-<lang>-<category>-NNN (001-013)
- offcourse: near-miss slots 010-013 contain AI/data/digital/government vocabulary (heuristic)
- oncourse: 8 items per module per language, ids on-<lang>-NNN consecutive,
  kind pattern k,k,q,q,q,q,s,s (from src/oncourse.py), short queries short,
  scenarios 2-3 sentences and longer than ordinary questions
- module ids exist in corpus/modules/<lang>/
- ids unique; no duplicate text (normalised) in either file or across files
- no lowercased word 8-gram shared with any course module (all languages)
- JSONL files are in sync with the generator scripts
Run: /work/main/.venv/bin/python src/check_courses.py
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REPO = ROOT.parents[2]          # /work/main
MODULE_DIR = REPO / "corpus" / "modules"
sys.path.insert(0, str(HERE))

import offcourse  # noqa: E402
import oncourse  # noqa: E402

LANGS = ["en", "fr", "es", "pt", "ar"]
CATEGORIES = offcourse.CATEGORIES
N_PER_CAT = 13
NEAR_MISS = range(10, 14)
N_PER_MODULE = 8
KIND_PATTERN = ["k", "k", "q", "q", "q", "q", "s", "s"]
NGRAM = 8

# vocabulary that marks a near-miss (AI / data / digital / government)
NEAR_VOCAB = {
    "en": r"online|virtual|smartwatch|\bai\b|artificial intelligence|machine learning|algorithm|data|digital|government|ministry|department|council|civil service|neural|model|chatgpt|llm|language model|app\b|smart|python|code|software|it project|reinforcement|predict|neuralink|youtube|thumbnails|start-ups",
    "fr": r"tablette|[ée]cran tactile|commission europ[ée]enne|wi-fi|r[ée]seaux|\bai\b|en ligne|[ée]lectroni|virtuel|site officiel|\bia\b|intelligence artificielle|apprentissage|algorithme|donn[ée]es|num[ée]rique|d[ée]mat[ée]rialis|pr[ée]fecture|minist[èe]re|mairie|[ée]tat|mod[èe]le|r[ée]seau de neurones|chatgpt|appli|connect[ée]|python|jupyter|api|logiciel|serveur|robo|whatsapp|instagram|hinge|replika|midjourney|google|youtube|s[ée]cu|centres de donn",
    "es": r"autom[áa]tic|siri|alexa|chatbot|youtuber|internet|hacienda|criptomoneda|inteligente|l[áa]ser|c[óo]digos|online|virtual|electr[óo]nic|java\b|p[áa]gina oficial|\bia\b|inteligencia artificial|aprendizaje|algoritmo|datos|digital|gobierno|ayuntamiento|ministerio|secretar[íi]a|machine learning|modelo|red neuronal|chatgpt|\bapp\b|wifi|python|matlab|npc|api|fintech|suno|instagram|twitch|bumble|servidor|robot|funcionarios|tiktok|en l[íi]nea|terminator|trámites|pulsera",
    "pt": r"youtube|holograma|chatgpt|whatsapp|chatbot|gps|facebook|videochamada|reparti[çc][ãa]o|ifood|online|virtual|smartwatch|tecnologia|startups|site\b|\bia\b|intelig[êe]ncia artificial|aprendizado|algoritmo|dados|digital|governo|prefeitura|secretaria|machine learning|modelo|rede neural|\bapp\b|aplicativo|wi-fi|planilha|python|arduino|api|datacenter|data center|midjourney|icloud|netflix|instagram|tinder|celular|sus\b|servidor|rob[ôo]|tse|inss|sistema",
    "ar": r"أونلاين|إنترنت|واتساب|اتهكر|حساب|الكمبيوتر|sms|ذكي|الإلكتروني|افتراضي|ذكاء اصطناعي|الذكاء الاصطناعي|بالذكاء الاصطناعي|تعلم آلي|خوارزم|بيانات|رقمي|الرقمية|حكوم|وزارة|بلدية|نموذج|شبكة عصبية|تطبيق|الذكي|بايثون|كود|برمج|روبوت|آيكلاود|تيك توك|سناب|الجوال|الإلكترونية|الفار|موظف|ذكاء",
}

errors: list[str] = []
warnings: list[str] = []


def err(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(t.split())


def words(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return re.findall(r"\w+", t)


def ngrams(ws, n=NGRAM):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def load(path, fields):
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{path.name}:{i}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            err(f"{path.name}:{i}: bad JSON ({exc})")
            continue
        if set(row) != set(fields):
            err(f"{path.name}:{i}: fields {sorted(row)} != {sorted(fields)}")
        if row.get("lang") not in LANGS:
            err(f"{path.name}:{i}: bad lang {row.get('lang')}")
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            err(f"{path.name}:{i}: empty text")
        rows.append(row)
    return rows


def check_sync(path, rows_expected):
    lines = [json.dumps(r, ensure_ascii=False) for r in rows_expected]
    actual = path.read_text(encoding="utf-8").splitlines()
    if lines != actual:
        err(f"{path.name} is out of sync with its generator script; rerun it")


def sentences(text):
    parts = [p for p in re.split(r"(?<=[.!?؟])\s+", text.strip()) if p.strip()]
    return len(parts)


def main():
    off_path = ROOT / "offcourse.jsonl"
    on_path = ROOT / "oncourse.jsonl"
    off = load(off_path, ["id", "lang", "category", "text"])
    on = load(on_path, ["id", "lang", "text", "module"])
    check_sync(off_path, offcourse.build())
    check_sync(on_path, oncourse.build())

    # ---------------- ids
    for name, rows in (("offcourse", off), ("oncourse", on)):
        dup = [k for k, v in Counter(r["id"] for r in rows).items() if v > 1]
        if dup:
            err(f"{name}: duplicate ids {dup[:5]}")

    # ---------------- offcourse counts and id format
    counts = Counter((r["lang"], r["category"]) for r in off)
    for lang in LANGS:
        for cat in CATEGORIES:
            if counts[(lang, cat)] != N_PER_CAT:
                err(f"offcourse: {lang}/{cat} has {counts[(lang, cat)]} items, expected {N_PER_CAT}")
    for r in off:
        m = re.fullmatch(r"off-([a-z]{2})-([a-z_]+)-(\d{3})", r["id"])
        if not m or m.group(1) != r["lang"] or m.group(2) != r["category"] or not 1 <= int(m.group(3)) <= N_PER_CAT:
            err(f"offcourse: bad id {r['id']}")
            continue
        if r["category"] not in CATEGORIES:
            err(f"offcourse: unknown category {r['category']}")
        if int(m.group(3)) in NEAR_MISS:
            if not re.search(NEAR_VOCAB[r["lang"]], r["text"].lower()):
                err(f"offcourse: near-miss {r['id']} lacks AI/data/digital/government vocabulary: {r['text']}")

    # ---------------- oncourse counts, ids, kinds, modules
    mcounts = Counter((r["lang"], r["module"]) for r in on)
    for lang in LANGS:
        available = {p.stem for p in (MODULE_DIR / lang).glob("*.md")}
        for mod in oncourse.MODULES:
            if mod not in available:
                err(f"oncourse: module {mod} missing from corpus/modules/{lang}")
            if mcounts[(lang, mod)] != N_PER_MODULE:
                err(f"oncourse: {lang}/{mod} has {mcounts[(lang, mod)]} items, expected {N_PER_MODULE}")
        ids = [r["id"] for r in on if r["lang"] == lang]
        expected = [f"on-{lang}-{i:03d}" for i in range(1, len(ids) + 1)]
        if ids != expected:
            err(f"oncourse: ids for {lang} are not consecutive on-{lang}-001..")
    for r in on:
        if r["module"] not in {p.stem for p in (MODULE_DIR / r["lang"]).glob("*.md")}:
            err(f"oncourse: {r['id']} module {r['module']} not in corpus/modules/{r['lang']}")

    kind_len = defaultdict(list)
    for lang in LANGS:
        for mod in oncourse.MODULES:
            items = oncourse.DATA[lang][mod]
            kinds = [k for k, _ in items]
            if kinds != KIND_PATTERN:
                err(f"oncourse: {lang}/{mod} kinds {kinds} != {KIND_PATTERN}")
            for kind, text in items:
                n = len(words(text))
                kind_len[(lang, kind)].append(n)
                if kind == "k" and (n > 9 or text.strip().endswith(("?", "؟"))):
                    err(f"oncourse: keyword query too long or phrased as a question ({lang}/{mod}): {text}")
                if kind == "q" and n > 30:
                    warnings.append(f"ordinary question rather long ({lang}/{mod}, {n} words): {text}")
                if kind == "s":
                    s = sentences(text)
                    if not 2 <= s <= 3:
                        err(f"oncourse: scenario should have 2-3 sentences, has {s} ({lang}/{mod}): {text}")
                    if n < 20:
                        err(f"oncourse: scenario too short ({lang}/{mod}): {text}")

    # ---------------- duplicate texts
    seen = {}
    for _name, rows in (("offcourse", off), ("oncourse", on)):
        for r in rows:
            key = norm(r["text"])
            if key in seen:
                err(f"duplicate text: {r['id']} and {seen[key]}: {r['text']}")
            else:
                seen[key] = r["id"]

    # ---------------- 8-gram overlap with any module (all languages)
    module_grams = {}
    for path in sorted(MODULE_DIR.glob("*/*.md")):
        for g in ngrams(words(path.read_text(encoding="utf-8"))):
            module_grams.setdefault(g, f"{path.parent.name}/{path.name}")
    for name, rows in (("offcourse", off), ("oncourse", on)):
        for r in rows:
            for g in ngrams(words(r["text"])):
                if g in module_grams:
                    err(f"{name}: {r['id']} copies an {NGRAM}-word run from {module_grams[g]}: '{' '.join(g)}'")
                    break

    # ---------------- report
    print("offcourse.jsonl:", len(off), "rows")
    header = "category".ljust(20) + "".join(code.rjust(5) for code in LANGS) + "  total"
    print(header)
    for cat in CATEGORIES:
        row = [counts[(code, cat)] for code in LANGS]
        print(cat.ljust(20) + "".join(str(x).rjust(5) for x in row) + str(sum(row)).rjust(7))
    print()
    print("oncourse.jsonl:", len(on), "rows")
    print("module".ljust(20) + "".join(code.rjust(5) for code in LANGS) + "  total")
    for mod in oncourse.MODULES:
        row = [mcounts[(code, mod)] for code in LANGS]
        print(mod.ljust(20) + "".join(str(x).rjust(5) for x in row) + str(sum(row)).rjust(7))
    print()
    print("mean words per kind (k / q / s):")
    for lang in LANGS:
        means = [sum(kind_len[(lang, k)]) / len(kind_len[(lang, k)]) for k in "kqs"]
        print(f"  {lang}: " + " / ".join(f"{m:.1f}" for m in means))
    for w in warnings:
        print("WARNING:", w)
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
