"""The Civicly history generator: determinism, schema, shipped files, biases and noise."""

import csv
import hashlib
import json
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from statistics import mean, median

import pytest

import scripts.civicly_data as gd
from assistant.errors import ConfigError
from assistant.exercises.civicly_triage.messages import (
    LANGUAGES,
    MIN_TEMPLATES,
    NEAR_COUNT,
    load_bank,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "assistant" / "exercises" / "civicly_triage" / "data"
RANK = {level: i for i, level in enumerate(gd.PRIORITIES)}
SLOTS = {
    "street": "Mill Road",
    "num": "12",
    "near": "x",
    "days": "3",
    "weeks": "2",
    "minutes": "15",
    "bus": "7",
    "clock": "06:30",
    "night": "23:00",
}


@pytest.fixture(scope="module")
def drafts():
    return gd._drafts()


@pytest.fixture(scope="module")
def records(drafts):
    return [d.record for d in drafts]


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


# --- determinism and size ----------------------------------------------------------------------


def test_same_seed_gives_identical_records_and_another_seed_does_not():
    assert gd.generate(300, seed=3) == gd.generate(300, seed=3)
    assert gd.generate(300, seed=3) != gd.generate(300, seed=4)


def test_output_does_not_depend_on_the_process_hash_seed():
    code = (
        "import hashlib, json;"
        "from scripts.civicly_data import generate, to_row;"
        "rows = [to_row(r) for r in generate(300, 5)];"
        "print(hashlib.sha256(json.dumps(rows).encode()).hexdigest())"
    )
    env = {"PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    here = [gd.to_row(r) for r in gd.generate(300, 5)]
    assert out.stdout.strip() == hashlib.sha256(json.dumps(here).encode()).hexdigest()


@pytest.mark.parametrize("n", [1, 7, 250])
def test_n_is_respected(n):
    assert len(gd.generate(n, seed=1)) == n


@pytest.mark.parametrize("n", [0, -5, 2.5, True])
def test_bad_n_says_what_to_pass(n):
    with pytest.raises(ConfigError, match="positive whole number"):
        gd.generate(n)


# --- schema --------------------------------------------------------------------------------------


def test_all_languages_and_at_least_ten_departments(records):
    shares = Counter(r["language"] for r in records)
    assert set(shares) == set(LANGUAGES)
    for language, target in gd.LANGUAGE_SHARES.items():
        assert abs(shares[language] / len(records) - target) < 0.03, language
    codes = {r["service_code"] for r in records}
    assert len(codes) >= 10 and codes == set(gd.DEPARTMENTS)
    names = defaultdict(set)
    for r in records:
        names[r["service_code"]].add((r["service_name"], r["agency_responsible"]))
    assert all(len(v) == 1 for v in names.values()), "one name and agency per service_code"
    assert {r["district"] for r in records} == set(gd.DISTRICTS)


def test_field_formats(records):
    ids = [r["service_request_id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"CIV-\d{6}", i) for i in ids)
    for r in records:
        assert tuple(r) == gd.FIELDS
        requested = datetime.fromisoformat(r["requested_datetime"])
        updated = datetime.fromisoformat(r["updated_datetime"])
        assert requested.tzinfo is not None
        assert gd.BASE_DATE <= requested < gd.SNAPSHOT and requested <= updated <= gd.SNAPSHOT
        assert r["priority"] in gd.PRIORITIES
        assert r["status"] in ("open", "closed")
        assert isinstance(r["escalated"], bool)
        assert (r["hours_to_resolution"] is None) == (r["status"] == "open")
        if r["status"] == "closed":
            assert r["hours_to_resolution"] > 0
            assert updated - requested == timedelta(hours=r["hours_to_resolution"])
        assert r["address"].endswith(", " + r["district"])
        assert r["description"].strip() and "\n" not in r["description"]
    times = [r["requested_datetime"] for r in records]
    assert times == sorted(times), "ids follow the order requests came in"


def test_no_column_reveals_a_misrouted_label(records):
    assert set(gd.FIELDS) == set(records[0])
    assert not any("true" in f or "flip" in f or "misrout" in f for f in gd.FIELDS)


# --- shipped files ----------------------------------------------------------------------------


def test_shipped_history_is_the_generator_output_with_defaults(records):
    path = DATA / "historical.csv"
    assert path.is_file(), "run: python -m scripts.civicly_data"
    header, rows = read_csv(path)
    assert header == list(gd.FIELDS)
    assert rows == [gd.to_row(r) for r in records]
    assert path.stat().st_size < 2_000_000


def test_shipped_holdout_is_seed_8_with_600_records():
    header, rows = read_csv(DATA / "holdout.csv")
    assert header == list(gd.FIELDS)
    assert rows == [gd.to_row(r) for r in gd.generate(600, seed=8)]


def test_csv_round_trip_keeps_awkward_text(tmp_path):
    record = dict(gd.generate(1, seed=2)[0])
    texts = ['انفجر أنبوب في "Mill Road"، المياه في كل مكان!', "Café, crème; ça va? 🚰", ""]
    rows = []
    for text in texts:
        record["description"] = text
        rows.append(dict(record))
    gd.write_csv(rows, tmp_path / "x.csv")
    _, back = read_csv(tmp_path / "x.csv")
    assert [row["description"] for row in back] == texts
    assert back[0] == gd.to_row(rows[0])


def test_to_row_writes_empty_hours_when_open_and_lowercase_booleans(records):
    open_one = next(r for r in records if r["status"] == "open")
    closed_one = next(r for r in records if r["status"] == "closed")
    assert gd.to_row(open_one)["hours_to_resolution"] == ""
    assert float(gd.to_row(closed_one)["hours_to_resolution"]) == closed_one["hours_to_resolution"]
    assert {gd.to_row(r)["escalated"] for r in records} == {"true", "false"}


def test_cli_writes_the_file_and_reports_bad_input(tmp_path, capsys):
    out = tmp_path / "sub" / "h.csv"
    assert gd.main(["--n", "20", "--seed", "1", "--out", str(out)]) == 0
    assert read_csv(out)[1] == [gd.to_row(r) for r in gd.generate(20, seed=1)]
    assert gd.main(["--n", "0", "--out", str(out)]) == 2
    assert "positive whole number" in capsys.readouterr().err


# --- deliberate biases --------------------------------------------------------------------------


def test_biases_are_documented_with_their_size():
    keys = {b.key for b in gd.BIASES}
    assert keys == {
        "district_priority",
        "language_misrouting",
        "language_escalation",
        "social_services_scarcity",
    }
    assert all(b.what and b.size and b.why for b in gd.BIASES)
    assert gd.UNDERSERVED_DISTRICTS == ("Eastfield", "Southpark")


def test_underserved_districts_got_lower_priority_for_the_same_department(records):
    ranks = defaultdict(lambda: ([], []))
    for r in records:
        ranks[r["service_code"]][r["district"] in gd.UNDERSERVED_DISTRICTS].append(
            RANK[r["priority"]]
        )
    gaps = [mean(elsewhere) - mean(under) for elsewhere, under in ranks.values()]
    assert sum(g > 0 for g in gaps) >= 9
    assert mean(gaps) > 0.2


def test_underserved_districts_waited_longer_for_the_same_issue_and_priority(records):
    hours = defaultdict(lambda: ([], []))
    for r in records:
        if r["status"] == "closed":
            key = (r["service_code"], r["priority"])
            hours[key][r["district"] in gd.UNDERSERVED_DISTRICTS].append(r["hours_to_resolution"])
    ratios = [median(u) / median(e) for e, u in hours.values() if len(e) >= 10 and len(u) >= 10]
    assert len(ratios) >= 10 and median(ratios) > 1.3


def test_misrouting_helper_flips_arabic_and_portuguese_more_often():
    rng = random.Random(0)
    draws = 20_000
    for language, expected in [("ar", 0.08), ("pt", 0.08), ("en", 0.02), ("fr", 0.02)]:
        flipped = [gd._recorded_department("roads", language, rng) for _ in range(draws)]
        wrong = [d for d in flipped if d != "roads"]
        assert abs(len(wrong) / draws - expected) < 0.01, language
        assert set(wrong) <= set(gd.PLAUSIBLE_MISROUTES["roads"])
    for department, targets in gd.PLAUSIBLE_MISROUTES.items():
        assert department not in targets and set(targets) <= set(gd.DEPARTMENTS)


def test_history_holds_more_misrouted_arabic_and_portuguese_requests(drafts):
    wrong, total = Counter(), Counter()
    for d in drafts:
        group = "ar/pt" if d.record["language"] in ("ar", "pt") else "other"
        total[group] += 1
        wrong[group] += d.record["service_code"] != d.true_department
    ar_pt, other = wrong["ar/pt"] / total["ar/pt"], wrong["other"] / total["other"]
    assert 0.05 < ar_pt < 0.11 and 0.01 < other < 0.03 and ar_pt > 2.5 * other


def test_arabic_requests_were_escalated_less(records):
    def rate(rows):
        return mean(r["escalated"] for r in rows)

    arabic = [r for r in records if r["language"] == "ar"]
    others = [r for r in records if r["language"] != "ar"]
    assert rate(arabic) < 0.6 * rate(others)


def test_social_services_are_under_represented(records):
    share = sum(r["service_code"] == "social_services" for r in records) / len(records)
    assert 0.015 < share < 0.05


# --- realism and noise --------------------------------------------------------------------------


def test_messages_include_very_short_and_very_long_ones(records):
    lengths = [len(r["description"]) for r in records]
    assert sum(n < 25 for n in lengths) >= 100
    assert sum(n > 300 for n in lengths) >= 100


def test_some_incidents_are_reported_several_times(records):
    by_place = defaultdict(list)
    for r in records:
        by_place[(r["address"], r["service_code"])].append(
            datetime.fromisoformat(r["requested_datetime"])
        )
    close_pairs = sum(
        (b - a) <= timedelta(hours=9)
        for times in by_place.values()
        for a, b in zip(sorted(times), sorted(times)[1:], strict=False)
    )
    assert close_pairs >= 100


def test_sarcasm_second_issues_and_code_switching_are_present(records):
    banks = {lang: load_bank(lang) for lang in LANGUAGES}
    sarcastic = sum(
        any(s in r["description"] for s in banks[r["language"]].sarcasm) for r in records
    )
    two_issues = sum(
        any(f" {a} " in r["description"] for a in banks[r["language"]].also) for r in records
    )
    foreign = ("please", "ASAP", "Thanks", "pothole", "streetlight", "merci", "la mairie")
    switched = sum(
        r["language"] != "en" and any(w in r["description"] for w in foreign) for r in records
    )
    assert sarcastic >= 50 and two_issues >= 100 and switched >= 50


def test_typos_swap_or_drop_a_few_letters():
    text = "There is a huge pothole on Mill Road outside number 12."
    noisy = gd._typos(text, random.Random(1))
    assert noisy != text and 0 <= len(text) - len(noisy) <= 3
    assert noisy == gd._typos(text, random.Random(1))


def test_hazard_cues_raise_priority(drafts):
    def mean_rank(rows):
        return mean(RANK[d.record["priority"]] for d in rows)

    with_gas = [d for d in drafts if "gas" in d.cues]
    roads_no_cue = [d for d in drafts if d.true_department == "roads" and not d.cues]
    assert with_gas and roads_no_cue
    assert mean_rank(with_gas) > mean_rank(roads_no_cue) + 1.5


# --- the message banks -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_covers_every_department(language):
    bank = load_bank(language, tuple(gd.DEPARTMENTS))
    assert len(bank.near) == NEAR_COUNT
    for department in gd.DEPARTMENTS:
        assert len(bank.templates[department]) >= MIN_TEMPLATES
        for entry in (*bank.templates[department], *bank.short[department]):
            assert entry.text.format_map(SLOTS)  # only known slots
        for aside in bank.aside[department]:
            assert aside.format_map(SLOTS)


def test_unknown_language_lists_the_valid_ones():
    with pytest.raises(ConfigError, match="en, fr, es, pt, ar"):
        load_bank("de")
