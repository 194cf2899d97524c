"""Seeded generator of the Civicly exercise's historical citizen-feedback records.

Civicly is an AI that routes citizen feedback to a city department and ranks its
urgency, trained on past records; learners audit it for errors and unfairness.
This module owns those past records: the departments and districts of the
invented city, how a record's message, department, priority and resolution are
drawn, the *deliberate* historical biases (:data:`BIASES`, each driven by a named
constant below), and writing the records as a CSV in the shape of Open311
GeoReport v2 service requests.

Trade-offs, on purpose:

* Everything comes from one ``random.Random(seed)`` and a fixed period (2024,
  extracted on 2025-01-01), so a seed gives the same file on any machine, any day.
* The wording lives in ``messages/<language>.yaml`` (see :mod:`.messages`); this
  module only picks and assembles it, then adds noise (typos, code-switching,
  very short and rambling messages, second issues, sarcasm, duplicate reports).
* Language is drawn independently of district, so the district bias and the
  language biases can be measured separately; real cities are rarely that tidy.
* Mis-routed records carry only the *wrong* department, as history recorded it;
  no column reveals the flip. :func:`_drafts` keeps the true department for tests.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError
from assistant.exercises.civicly_triage.messages import LANGUAGES, MessageBank, Template, load_bank

DEFAULT_N = 3600
DEFAULT_SEED = 7
DATA_DIR = Path(__file__).resolve().parents[1] / "assistant" / "exercises" / "civicly_triage" / "data"
BASE_DATE = datetime(2024, 1, 1, tzinfo=UTC)
PERIOD_DAYS = 366  # 2024 is a leap year: requests fall in 2024-01-01 .. 2024-12-31
SNAPSHOT = BASE_DATE + timedelta(days=PERIOD_DAYS)  # the day the records were extracted

FIELDS: tuple[str, ...] = (
    "service_request_id",
    "requested_datetime",
    "updated_datetime",
    "status",
    "service_code",
    "service_name",
    "agency_responsible",
    "description",
    "language",
    "address",
    "district",
    "priority",
    "hours_to_resolution",
    "escalated",
)
PRIORITIES: tuple[str, ...] = ("low", "medium", "high", "critical")
LANGUAGE_SHARES: dict[str, float] = {"en": 0.35, "fr": 0.18, "es": 0.18, "pt": 0.12, "ar": 0.17}


@dataclass(frozen=True)
class Department:
    """A city department: its Open311 service and how its requests were handled."""

    service_code: str  # Open311 service_code, also our key; readable, so a UI can show it as is
    service_name: str
    agency: str
    share: float  # share of incidents reported to the city
    urgency: float  # base urgency score before hazard cues (one priority level = 0.9)
    speed: float  # multiplier on the typical hours to resolve a request


# Bias (d): social services get only SOCIAL_SERVICES_SHARE of the incidents.
SOCIAL_SERVICES_SHARE = 0.03

_D = Department
DEPARTMENTS: dict[str, Department] = {
    d.service_code: d
    for d in (
        _D("roads", "Roads and Potholes", "Department of Public Works", 0.16, 0.9, 1.3),
        _D("water", "Water Supply and Leaks", "Civicly Water Authority", 0.13, 1.0, 0.8),
        _D("waste", "Waste Collection and Dumping", "Sanitation Department", 0.15, 0.5, 0.7),
        _D("street_lighting", "Street Lighting", "Public Lighting Office", 0.10, 0.7, 1.1),
        _D(
            "public_safety",
            "Public Safety Hazards",
            "Fire and Civil Protection Service",
            0.07,
            1.1,
            0.6,
        ),
        _D("health", "Public Health and Hygiene", "Environmental Health Office", 0.08, 0.8, 1.0),
        _D(
            "social_services",
            "Social Support",
            "Department of Social Services",
            SOCIAL_SERVICES_SHARE,
            1.0,
            1.5,
        ),
        _D(
            "parks",
            "Parks, Trees and Playgrounds",
            "Parks and Recreation Department",
            0.09,
            0.5,
            1.2,
        ),
        _D("transport", "Buses and Bus Stops", "Civicly Transit Agency", 0.11, 0.3, 1.0),
        _D("permits", "Permits and Licences", "Permits and Licensing Office", 0.08, 0.2, 2.2),
    )
}

DISTRICTS: dict[str, tuple[str, ...]] = {
    "Riverside": ("Mill Road", "Willow Lane", "Quay Street", "Ferry Road", "Rue des Saules"),
    "Old Town": ("Market Street", "Cathedral Lane", "Rue du Four", "Calle Mayor", "Tanners Row"),
    "Hillcrest": ("Summit Avenue", "Oak Drive", "Belvedere Road", "Rua do Alto", "Pine Crescent"),
    "Northgate": ("North Road", "Station Avenue", "Foundry Lane", "Avenida Norte", "Gate Street"),
    "Eastfield": (
        "Field Road",
        "Rue des Acacias",
        "Jasmine Street",
        "Rua das Flores",
        "Canal Lane",
    ),
    "Harbour": ("Dock Road", "Lighthouse Way", "Calle del Puerto", "Anchor Street", "Fishers Lane"),
    "Green Valley": ("Meadow Lane", "Chestnut Avenue", "Valley Road", "Rue Verte", "Orchard Close"),
    "Southpark": ("Park Road", "Al-Nakhil Street", "Rua Nova", "Brick Lane", "Southern Avenue"),
}

# --- Deliberate historical biases (what learners are meant to find) -------------------------
# (a) Two lower-income districts got lower priority and slower resolution for the same issue.
UNDERSERVED_DISTRICTS: tuple[str, ...] = ("Eastfield", "Southpark")
UNDERSERVED_URGENCY_PENALTY = 0.55  # subtracted from the urgency score (a level is 0.9 wide)
UNDERSERVED_DELAY_FACTOR = 1.6  # multiplies hours to resolution
# (b) Arabic and Portuguese requests were more often sent to the wrong department.
MISROUTE_RATES: dict[str, float] = {"ar": 0.08, "pt": 0.08}
MISROUTE_RATE_OTHER = 0.02
MISROUTE_DELAY_HOURS = (24.0, 120.0)  # a mis-routed request waited to be passed on
PLAUSIBLE_MISROUTES: dict[str, tuple[str, ...]] = {
    "roads": ("transport", "street_lighting", "parks"),
    "water": ("health", "roads"),
    "waste": ("health", "parks"),
    "street_lighting": ("roads", "public_safety"),
    "public_safety": ("health", "permits", "roads"),
    "health": ("waste", "water"),
    "social_services": ("health", "public_safety"),
    "parks": ("waste", "roads"),
    "transport": ("roads", "street_lighting"),
    "permits": ("public_safety", "roads"),
}
# (c) Requests written in Arabic were escalated less often.
ESCALATION_FACTOR_BY_LANGUAGE: dict[str, float] = {"ar": 0.4}


@dataclass(frozen=True)
class Bias:
    """One deliberate bias in the history: what it is, how big, and why it is there."""

    key: str
    what: str
    size: str
    why: str


BIASES: tuple[Bias, ...] = (
    Bias(
        "district_priority",
        f"Requests from {' and '.join(UNDERSERVED_DISTRICTS)} got a lower priority and were "
        "resolved more slowly than the same issue elsewhere.",
        f"urgency score -{UNDERSERVED_URGENCY_PENALTY} (a priority level is 0.9 wide); "
        f"hours to resolution x{UNDERSERVED_DELAY_FACTOR}",
        "Mirrors documented under-servicing of lower-income areas; a model trained on this "
        "history learns to rank their requests lower.",
    ),
    Bias(
        "language_misrouting",
        "Arabic- and Portuguese-language requests were more often recorded under a plausible "
        "but wrong department (label noise in the history).",
        f"{MISROUTE_RATES['ar']:.0%} of ar/pt requests vs {MISROUTE_RATE_OTHER:.0%} of others; "
        f"mis-routed requests also took {MISROUTE_DELAY_HOURS[0]:.0f}-"
        f"{MISROUTE_DELAY_HOURS[1]:.0f} extra hours",
        "Staff triaging in a language they read less well; a router trained on these labels "
        "inherits the errors where they hurt most.",
    ),
    Bias(
        "language_escalation",
        "Requests written in Arabic were escalated to a supervisor less often.",
        f"escalation probability x{ESCALATION_FACTOR_BY_LANGUAGE['ar']} for Arabic",
        "Residents less sure of the process push back less, and staff escalate what they "
        "fully understand; 'escalated' is not a neutral measure of urgency.",
    ),
    Bias(
        "social_services_scarcity",
        "Social services requests are rare in the history.",
        f"about {SOCIAL_SERVICES_SHARE:.0%} of requests",
        "People rarely use a street-problem channel for an isolated elderly neighbour; "
        "a model sees too few examples to route or rank them well.",
    ),
)

# --- Urgency and resolution (the historical outcome) -------------------------------------------
CUE_URGENCY: dict[str, float] = {
    "gas": 1.6,
    "fire": 1.4,
    "collapse": 1.3,
    "wires": 1.3,
    "injury": 1.1,
    "flooding": 0.9,
    "child": 0.6,
    "elderly": 0.6,
}
EXTRA_CUE_URGENCY = 0.25  # each hazard beyond the strongest one
# Hazards a citizen may add to a report of each issue ("Children pass here every day ...").
ISSUE_HAZARDS: dict[str, tuple[str, ...]] = {
    "pothole": ("injury", "child", "elderly"),
    "sign": ("child",),
    "sinkhole": ("injury", "child", "flooding"),
    "leak": ("flooding",),
    "no_water": ("elderly", "child"),
    "pipe_burst": ("elderly", "child"),
    "dirty_water": ("child", "elderly"),
    "low_pressure": ("elderly",),
    "missed_collection": ("child",),
    "illegal_dumping": ("fire", "child"),
    "overflowing_bins": ("fire", "child"),
    "light_out": ("injury", "child", "elderly"),
    "damaged_pole": ("wires", "child", "injury"),
    "gas_smell": ("child", "elderly", "fire"),
    "fire_hazard": ("child", "elderly"),
    "dangerous_building": ("collapse", "injury", "child"),
    "rats": ("child", "elderly"),
    "stagnant_water": ("child", "elderly"),
    "elderly_alone": ("injury",),
    "homelessness": ("child",),
    "playground": ("child", "injury"),
    "fallen_tree": ("wires", "injury", "child"),
    "bus_stop_damage": ("child", "elderly"),
    "route": ("elderly",),
}
ISSUE_URGENCY: dict[str, float] = {
    "pipe_burst": 0.6,
    "no_water": 0.5,
    "gas_smell": 0.5,
    "sinkhole": 0.4,
    "elderly_alone": 0.3,
    "dangerous_building": 0.2,
    "dirty_water": 0.3,
    "homelessness": 0.2,
    "light_on_day": -0.5,
    "route": -0.4,
    "park_maintenance": -0.3,
    "benefits": -0.2,
    "sign": -0.1,
}
URGENCY_NOISE = 0.35  # standard deviation of the score around the rule
PRIORITY_THRESHOLDS = (0.9, 1.8, 2.7)  # score cut-offs low|medium|high|critical
TYPICAL_HOURS: dict[str, float] = {"low": 220.0, "medium": 90.0, "high": 28.0, "critical": 5.0}
HOURS_SPREAD = 0.5  # sigma of the log-normal spread around the typical time
STALLED_RATES: dict[str, float] = {"low": 0.05, "medium": 0.02, "high": 0.005, "critical": 0.0}
ESCALATION_RATES: dict[str, float] = {"low": 0.02, "medium": 0.06, "high": 0.16, "critical": 0.30}
SLOW_ESCALATION_BONUS = 0.10  # citizens push back when it takes twice the usual time

# --- Noise in the messages ---------------------------------------------------------------------
SHORT_RATE = 0.08  # "pas d'eau"
LONG_RATE = 0.06  # rambling, over 300 characters
TWO_ISSUE_RATE = 0.08  # a second, minor issue of another department (label: the main one)
SARCASM_WRAP_RATE = 0.04  # on top of the sarcastic templates
HAZARD_RATE = 0.22  # the citizen adds a hazard sentence
TYPO_RATE = 0.10
CODE_SWITCH_RATE = 0.05
OPENER_RATE = 0.45
CLOSER_RATE = 0.35
DUPLICATE_PRONE: tuple[str, ...] = (
    "pipe_burst",
    "gas_smell",
    "fallen_tree",
    "light_out",
    "dangerous_building",
    "no_water",
    "illegal_dumping",
    "pothole",
    "sinkhole",
    "damaged_pole",
)
DUPLICATE_RATE_PRONE = 0.12  # chance that a visible incident is reported again
DUPLICATE_RATE_OTHER = 0.02
DUPLICATES_PER_INCIDENT = (1, 3)
DUPLICATE_WINDOW_MINUTES = (12, 480)
DUPLICATE_SAME_LANGUAGE = 0.7
REPEAT_PREFIX_RATE = 0.5  # a duplicate says it was already reported
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 2, 4, 7, 9, 9, 8, 8, 8, 8, 8, 8, 8, 9, 9, 8, 6, 4, 3, 2)


@dataclass
class _Incident:
    department: str
    issue: str
    district: str
    street: str
    num: int
    near: int
    slots: dict[str, str]
    requested: datetime


@dataclass
class _Draft:
    record: dict[str, Any]
    true_department: str
    cues: tuple[str, ...]


def _recorded_department(department: str, language: str, rng: random.Random) -> str:
    """The department history recorded: usually ``department``, sometimes a plausible wrong one."""
    rate = MISROUTE_RATES.get(language, MISROUTE_RATE_OTHER)
    if rng.random() < rate:
        return rng.choice(PLAUSIBLE_MISROUTES[department])
    return department


def _priority(score: float) -> str:
    for level, cut in zip(PRIORITIES, PRIORITY_THRESHOLDS, strict=False):
        if score < cut:
            return level
    return PRIORITIES[-1]


def _urgency(rng: random.Random, incident: _Incident, cues: Sequence[str]) -> float:
    weights = sorted((CUE_URGENCY[c] for c in dict.fromkeys(cues)), reverse=True)
    score = DEPARTMENTS[incident.department].urgency + ISSUE_URGENCY.get(incident.issue, 0.0)
    if weights:
        score += weights[0] + EXTRA_CUE_URGENCY * (len(weights) - 1)
    score += rng.gauss(0.0, URGENCY_NOISE)
    if incident.district in UNDERSERVED_DISTRICTS:
        score -= UNDERSERVED_URGENCY_PENALTY
    return score


def _typos(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        letters = [i for i, c in enumerate(chars) if c.isalpha()]
        if len(letters) < 4:
            break
        i = rng.choice(letters)
        if rng.random() < 0.5 and i + 1 < len(chars) and chars[i + 1].isalpha():
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            del chars[i]
    return "".join(chars)


def _code_switch(text: str, bank: MessageBank, rng: random.Random) -> str:
    present = [word for word in bank.switch_words if word in text]
    if present and rng.random() < 0.6:
        word = rng.choice(present)
        return text.replace(word, bank.switch_words[word], 1)
    return f"{text} {rng.choice(bank.switch_tags)}"


def _message(
    rng: random.Random,
    bank: MessageBank,
    incident: _Incident,
    template: Template,
    *,
    short: bool,
    duplicate: bool,
) -> tuple[str, tuple[str, ...]]:
    """Write one citizen's message about ``incident``; return it with the hazard cues it states."""
    slots = {
        **incident.slots,
        "street": incident.street,
        "num": str(incident.num),
        "near": bank.near[incident.near],
    }
    body = template.text.format_map(slots)
    cues = list(template.cues)
    if short:
        text = body
    else:
        long = rng.random() < LONG_RATE
        parts = [rng.choice(bank.openers)] if long or rng.random() < OPENER_RATE else []
        if duplicate and rng.random() < REPEAT_PREFIX_RATE:
            parts.append(rng.choice(bank.repeat))
        rambles = rng.sample(bank.rambles, 4) if long else []
        parts += [*rambles[:3], body]
        extra = [c for c in ISSUE_HAZARDS.get(template.issue, ()) if c not in cues]
        if extra and rng.random() < HAZARD_RATE:
            cue = rng.choice(extra)
            cues.append(cue)
            parts.append(rng.choice(bank.hazards[cue]))
        if rng.random() < TWO_ISSUE_RATE:
            other = rng.choice([key for key in DEPARTMENTS if key != incident.department])
            aside = rng.choice(bank.aside[other]).format_map(slots)
            parts.append(f"{rng.choice(bank.also)} {aside}")
        parts += rambles[3:]
        if rng.random() < SARCASM_WRAP_RATE:
            parts.append(rng.choice(bank.sarcasm))
        elif long or rng.random() < CLOSER_RATE:
            parts.append(rng.choice(bank.closers))
        text = " ".join(parts)
    if rng.random() < CODE_SWITCH_RATE:
        text = _code_switch(text, bank, rng)
    if rng.random() < TYPO_RATE:
        text = _typos(text, rng)
    return text, tuple(dict.fromkeys(cues))


def _new_incident(rng: random.Random) -> _Incident:
    keys = list(DEPARTMENTS)
    department = rng.choices(keys, weights=[DEPARTMENTS[k].share for k in keys])[0]
    district = rng.choice(list(DISTRICTS))
    day = rng.randrange(PERIOD_DAYS)
    hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
    requested = BASE_DATE + timedelta(days=day, hours=hour, minutes=rng.randrange(60))
    slots = {
        "days": str(rng.randint(2, 9)),
        "weeks": str(rng.randint(2, 6)),
        "minutes": str(rng.randrange(10, 65, 5)),
        "bus": str(rng.randint(1, 42)),
        "clock": rng.choice(("05:30", "06:00", "06:30", "07:00", "07:30", "08:00")),
        "night": rng.choice(("22:00", "22:30", "23:00", "23:30", "00:30", "01:00")),
    }
    return _Incident(
        department,
        "",
        district,
        rng.choice(DISTRICTS[district]),
        rng.randint(1, 240),
        rng.randrange(10),
        slots,
        requested,
    )


def _outcome(
    rng: random.Random,
    incident: _Incident,
    requested: datetime,
    language: str,
    priority: str,
    misrouted: bool,
) -> tuple[str, datetime, float | None, bool]:
    """Status, last update, hours to resolution (None while open) and escalation."""
    typical = TYPICAL_HOURS[priority] * DEPARTMENTS[incident.department].speed
    hours = typical * rng.lognormvariate(0.0, HOURS_SPREAD)
    if incident.district in UNDERSERVED_DISTRICTS:
        hours *= UNDERSERVED_DELAY_FACTOR
    if misrouted:
        hours += rng.uniform(*MISROUTE_DELAY_HOURS)
    hours = round(max(hours, 0.5), 1)
    resolved_at = requested + timedelta(hours=hours)
    closed = rng.random() >= STALLED_RATES[priority] and resolved_at <= SNAPSHOT
    chance = ESCALATION_RATES[priority]
    if not closed or hours > 2 * typical:
        chance += SLOW_ESCALATION_BONUS
    chance *= ESCALATION_FACTOR_BY_LANGUAGE.get(language, 1.0)
    escalated = rng.random() < chance
    if closed:
        return "closed", resolved_at, hours, escalated
    acknowledged = requested + timedelta(minutes=rng.randint(30, 72 * 60))
    return "open", min(acknowledged, SNAPSHOT), None, escalated


def _report(
    rng: random.Random,
    banks: dict[str, MessageBank],
    incident: _Incident,
    language: str,
    requested: datetime,
    *,
    duplicate: bool,
) -> _Draft:
    """One citizen's request about ``incident``, with its historical outcome."""
    bank = banks[language]
    pool, short = bank.templates[incident.department], rng.random() < SHORT_RATE
    if short:
        pool = bank.short[incident.department]
    if incident.issue:  # a later report of a known incident: same issue, other words
        same = [t for t in pool if t.issue == incident.issue]
        if not same:
            short = False
            same = [t for t in bank.templates[incident.department] if t.issue == incident.issue]
        pool = tuple(same) or pool
    template = rng.choice(pool)
    incident.issue = incident.issue or template.issue
    text, cues = _message(rng, bank, incident, template, short=short, duplicate=duplicate)
    priority = _priority(_urgency(rng, incident, cues))
    recorded = DEPARTMENTS[_recorded_department(incident.department, language, rng)]
    status, updated, hours, escalated = _outcome(
        rng, incident, requested, language, priority, recorded.service_code != incident.department
    )
    record = {
        "service_request_id": "",
        "requested_datetime": requested,
        "updated_datetime": updated,
        "status": status,
        "service_code": recorded.service_code,
        "service_name": recorded.service_name,
        "agency_responsible": recorded.agency,
        "description": text,
        "language": language,
        "address": f"{incident.num} {incident.street}, {incident.district}",
        "district": incident.district,
        "priority": priority,
        "hours_to_resolution": hours,
        "escalated": escalated,
    }
    return _Draft(record, incident.department, cues)


def _pick_language(rng: random.Random) -> str:
    return rng.choices(list(LANGUAGE_SHARES), weights=list(LANGUAGE_SHARES.values()))[0]


def _drafts(n: int = DEFAULT_N, seed: int = DEFAULT_SEED) -> list[_Draft]:
    """The records of :func:`generate`, each still paired with its true department and cues."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ConfigError(f"n must be a positive whole number of records, got {n!r} (e.g. 3600)")
    banks = {lang: load_bank(lang, tuple(DEPARTMENTS)) for lang in LANGUAGES}
    rng = random.Random(seed)
    drafts: list[_Draft] = []
    while len(drafts) < n:
        incident, language = _new_incident(rng), _pick_language(rng)
        drafts.append(_report(rng, banks, incident, language, incident.requested, duplicate=False))
        prone = incident.issue in DUPLICATE_PRONE
        if rng.random() >= (DUPLICATE_RATE_PRONE if prone else DUPLICATE_RATE_OTHER):
            continue
        for _ in range(rng.randint(*DUPLICATES_PER_INCIDENT)):
            if len(drafts) >= n:
                break
            later = incident.requested + timedelta(minutes=rng.randint(*DUPLICATE_WINDOW_MINUTES))
            later = min(later, SNAPSHOT - timedelta(minutes=1))
            other = language if rng.random() < DUPLICATE_SAME_LANGUAGE else _pick_language(rng)
            drafts.append(_report(rng, banks, incident, other, later, duplicate=True))
    drafts.sort(key=lambda d: d.record["requested_datetime"])  # stable: ties keep their order
    for number, draft in enumerate(drafts, start=1):
        draft.record["service_request_id"] = f"CIV-{number:06d}"
        for key in ("requested_datetime", "updated_datetime"):
            draft.record[key] = draft.record[key].isoformat()
    return drafts


def generate(n: int = DEFAULT_N, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` historical service requests, identical for the same ``seed`` on any machine.

    Each record has the keys in :data:`FIELDS`; ``hours_to_resolution`` is a float,
    or None while the request is open, and ``escalated`` is a bool.
    """
    return [draft.record for draft in _drafts(n, seed)]


def to_row(record: dict[str, Any]) -> dict[str, str]:
    """One record as the strings written to the CSV (empty hours when open, true/false)."""
    row = {field: str(record[field]) for field in FIELDS}
    hours = record["hours_to_resolution"]
    row["hours_to_resolution"] = "" if hours is None else f"{hours:.1f}"
    row["escalated"] = "true" if record["escalated"] else "false"
    return row


def write_csv(records: Sequence[dict[str, Any]], path: Path) -> Path:
    """Write ``records`` to ``path`` as UTF-8 CSV with a header row; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(to_row(record) for record in records)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: generate the records and write them as CSV."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.civicly_data",
        description="Write the synthetic Civicly citizen-feedback history as CSV.",
    )
    parser.add_argument("--n", type=int, default=DEFAULT_N, help="number of records (3600)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (7)")
    parser.add_argument(
        "--out",
        type=Path,
        default=DATA_DIR / "historical.csv",
        help="CSV file to write (the shipped historical.csv)",
    )
    args = parser.parse_args(argv)
    try:
        path = write_csv(generate(args.n, args.seed), args.out)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {args.n} records (seed {args.seed}) to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
