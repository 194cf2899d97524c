"""Build the compact word lists the personal-data detector ships (``assistant/privacy/data/``).

Two sources, both used only here, at build time (neither is a runtime dependency):

* ``names-dataset`` 3.3.1 (MIT): 727,556 first names and 983,826 surnames with
  their rank in up to ten of 105 countries. Loading it takes ~22 s and ~1.9 GB
  of memory, far too much for a web app, so we keep only single-word names
  ranked in a country's top ``--first-rank`` / ``--last-rank`` (about 100k +
  130k names, ~1.5 MB gzipped, loaded in well under a second).
* ``wordfreq`` 3.1.1 (code Apache-2.0, data CC-BY-SA 4.0): word frequencies per
  language. A word frequent in a language (Zipf >= ``--zipf``, or >= 4.4 for
  a word that is also a listed name: names are frequent words too) is a *common
  word* there — "Station", "Green", "Hope" — and cannot make a capitalised run
  a person on its own, unless it is also a leading name in that language's
  countries ("Pierre" in France, "Mark" in Britain).

Output (sorted, so rebuilding with the same inputs gives the same bytes):

* ``names.tsv.gz``: ``name<TAB>first rank<TAB>surname rank`` (0 = not ranked);
* ``common.tsv.gz``: ``language<TAB>word`` (casefolded).

Run: ``pip install names-dataset==3.3.1 wordfreq==3.1.1`` then
``python -m scripts.build_privacy_lists``.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "assistant" / "privacy" / "data"

#: Countries whose names count as "local" for each course language.
REGIONS = {
    "en": "GB US CA IE ZA NG GH JM MT".split(),
    "fr": "FR BE CH CA MA DZ TN CM HT LU".split(),
    "es": "ES MX AR CO CL PE BO UY EC GT HN SV CR PA PR".split(),
    "pt": "PT BR AO".split(),
    "ar": "EG SA MA DZ TN JO LB SY IQ AE KW QA OM YE LY SD BH PS".split(),
}
#: A common word that ranks this high as a local first name or surname stays a name ...
LOCAL_NAME_RANK, LOCAL_MAX_ZIPF = 100, 6.0
#: A word that is also a listed name is common only from this Zipf frequency up.
NAME_ZIPF = 4.4
#: ... and so does one this high anywhere, unless it is very frequent ("will", "may").
GLOBAL_NAME_RANK, GLOBAL_MAX_ZIPF = 50, 5.5
_WORD = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")


def _best(ranks: dict[str, int | None], countries: list[str] | None = None) -> int:
    values = [v for k, v in ranks.items() if v and (countries is None or k in countries)]
    return min(values) if values else 0


def _load(kind: str) -> dict[str, dict[str, int | None]]:
    import names_dataset  # build-time only

    path = Path(names_dataset.__file__).parent / "v3" / f"{kind}_names.pkl.gz"
    with gzip.open(path) as handle:
        data = pickle.load(handle)  # noqa: S301 - the package's own data file
    return {name: info["rank"] for name, info in data.items() if _WORD.match(name)}


def build(first_rank: int, last_rank: int, zipf: float) -> tuple[int, int]:
    """Write both files; return (names kept, common words kept)."""
    import wordfreq  # build-time only

    first, last = _load("first"), _load("last")
    rows, kept = [], set()
    for name in sorted(set(first) | set(last)):
        f_rank, l_rank = _best(first.get(name, {})), _best(last.get(name, {}))
        f_rank = f_rank if f_rank and f_rank <= first_rank else 0
        l_rank = l_rank if l_rank and l_rank <= last_rank else 0
        if (f_rank or l_rank) and len(name) >= 2:
            rows.append(f"{name}\t{f_rank}\t{l_rank}")
            kept.add(name)
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT / "names.tsv.gz", "wb", mtime=0) as handle:
        handle.write(("\n".join(rows) + "\n").encode("utf-8"))

    common = []
    for language, countries in REGIONS.items():
        for word in wordfreq.iter_wordlist(language, "small"):
            frequency = wordfreq.zipf_frequency(word, language)
            if frequency < zipf:
                break
            if not _WORD.match(word) or len(word) < 2:
                continue
            title = word[:1].upper() + word[1:]
            if frequency < NAME_ZIPF and title in kept:
                continue  # names are frequent words too: only very frequent ones count
            local = [
                _best(table.get(title, {}), countries) for table in (first, last) if title in table
            ]
            anywhere = [_best(table.get(title, {})) for table in (first, last) if title in table]
            if (frequency < LOCAL_MAX_ZIPF and any(0 < r <= LOCAL_NAME_RANK for r in local)) or (
                frequency < GLOBAL_MAX_ZIPF and any(0 < r <= GLOBAL_NAME_RANK for r in anywhere)
            ):
                continue
            common.append(f"{language}\t{word.casefold()}")
    with gzip.GzipFile(OUT / "common.tsv.gz", "wb", mtime=0) as handle:
        handle.write(("\n".join(sorted(set(common))) + "\n").encode("utf-8"))
    return len(rows), len(set(common))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--first-rank", type=int, default=2000)
    parser.add_argument("--last-rank", type=int, default=2000)
    parser.add_argument("--zipf", type=float, default=3.0)
    args = parser.parse_args()
    names, common = build(args.first_rank, args.last_rank, args.zipf)
    print(f"{names} names, {common} common words -> {OUT}")


if __name__ == "__main__":
    main()
