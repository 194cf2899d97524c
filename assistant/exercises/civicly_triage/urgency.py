"""Urgency: a learned score from historical outcomes, combined with safety rules.

Every part is visible. The model's probability that a request is urgent
(historical priority high or critical) and each matched safety rule are
combined as a noisy-OR::

    score = 1 - (1 - model_weight * p_model) * prod(1 - rule.weight for matched rules)

so a rule can only raise urgency, never lower it, and the score stays in
[0, 1]. Levels come from fixed, printed thresholds. The rules are the safety
net for what history may have under-rated (see the data card's biases).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Score thresholds for each level, checked from the top.
LEVELS = (("critical", 0.85), ("high", 0.6), ("medium", 0.35), ("low", 0.0))


@dataclass(frozen=True)
class SafetyRule:
    """A hazard and the words that signal it in the five languages."""

    id: str
    weight: float
    terms: dict[str, tuple[str, ...]]


RULES: tuple[SafetyRule, ...] = (
    SafetyRule(
        "injury",
        0.6,
        {
            "en": ("injured", "injury", "hurt", "bleeding", "ambulance", "fell"),
            "fr": ("blessé", "blessure", "saigne", "ambulance", "tombé"),
            "es": ("herido", "herida", "lesión", "sangra", "ambulancia", "se cayó"),
            "pt": ("ferido", "ferida", "lesão", "sangrando", "ambulância", "caiu"),
            "ar": ("مصاب", "إصابة", "جريح", "ينزف", "إسعاف", "سقط"),
        },
    ),
    SafetyRule(
        "fire",
        0.7,
        {
            "en": ("fire", "smoke", "burning", "flames"),
            "fr": ("incendie", "feu", "fumée", "brûle", "flammes"),
            "es": ("incendio", "fuego", "humo", "quema", "llamas"),
            "pt": ("incêndio", "fogo", "fumaça", "fumo", "chamas"),
            "ar": ("حريق", "نار", "دخان", "لهب"),
        },
    ),
    SafetyRule(
        "gas",
        0.7,
        {
            "en": ("gas leak", "smell of gas", "gas smell"),
            "fr": ("fuite de gaz", "odeur de gaz"),
            "es": ("fuga de gas", "olor a gas"),
            "pt": ("vazamento de gás", "fuga de gás", "cheiro de gás"),
            "ar": ("تسرب غاز", "تسرب الغاز", "رائحة غاز", "رائحة الغاز"),
        },
    ),
    SafetyRule(
        "flooding",
        0.5,
        {
            "en": ("flood", "flooding", "burst pipe", "water everywhere"),
            "fr": ("inondation", "inondé", "canalisation éclatée"),
            "es": ("inundación", "inundado", "tubería rota", "caño roto"),
            "pt": ("inundação", "alagamento", "alagado", "cano estourado"),
            "ar": ("فيضان", "غمرت المياه", "تغمر", "غرق", "غرقان", "انفجار أنبوب", "ماسورة"),
        },
    ),
    SafetyRule(
        "electrical",
        0.6,
        {
            "en": ("live wire", "exposed wire", "electric shock", "sparks"),
            "fr": ("fil dénudé", "câble électrique", "électrocution", "étincelles"),
            "es": ("cable pelado", "cables sueltos", "descarga eléctrica", "chispas"),
            "pt": ("fio desencapado", "fios soltos", "choque elétrico", "faíscas"),
            "ar": ("سلك مكشوف", "أسلاك مكشوفة", "صعق كهربائي", "شرارات"),
        },
    ),
    SafetyRule(
        "collapse",
        0.6,
        {
            "en": ("collapse", "collapsed", "about to fall", "sinkhole"),
            "fr": ("effondrement", "effondré", "menace de tomber"),
            "es": ("derrumbe", "derrumbó", "a punto de caer", "socavón"),
            "pt": ("desabamento", "desabou", "prestes a cair", "cratera"),
            "ar": ("انهيار", "انهار", "على وشك السقوط", "حفرة عميقة"),
        },
    ),
    SafetyRule(
        "vulnerable-person",
        0.4,
        {
            "en": ("child", "children", "elderly", "disabled", "alone for days"),
            "fr": ("enfant", "enfants", "personne âgée", "handicapé", "seule depuis"),
            "es": ("niño", "niños", "anciano", "anciana", "discapacitado", "sola desde"),
            "pt": ("criança", "crianças", "idoso", "idosa", "deficiente", "sozinha há"),
            "ar": ("طفل", "أطفال", "مسن", "مسنة", "ذوي الإعاقة", "وحيدة منذ"),
        },
    ),
)


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


_PATTERNS = [
    (
        rule,
        re.compile(
            r"(?<!\w)("
            + "|".join(re.escape(_fold(t)) for ts in rule.terms.values() for t in ts)
            + r")(?!\w)"
        ),
    )
    for rule in RULES
]


@dataclass(frozen=True)
class UrgencyAssessment:
    """Urgency score, level and every ingredient that produced them."""

    score: float
    level: str
    model_probability: float
    model_weight: float
    matched_rules: tuple[tuple[str, float, str], ...]


def matched_rules(text: str) -> list[tuple[SafetyRule, str]]:
    """Rules whose terms occur in ``text`` (any of the five languages), with the term found."""
    folded = _fold(text)
    found = []
    for rule, pattern in _PATTERNS:
        match = pattern.search(folded)
        if match:
            found.append((rule, match.group(1)))
    return found


def level_for(score: float) -> str:
    """The level whose threshold the score reaches."""
    for name, threshold in LEVELS:
        if score >= threshold:
            return name
    return "low"


def combine(model_probability: float, text: str, model_weight: float = 0.9) -> UrgencyAssessment:
    """Noisy-OR of the model probability and the matched safety rules."""
    rules = matched_rules(text)
    remaining = 1.0 - model_weight * model_probability
    for rule, _ in rules:
        remaining *= 1.0 - rule.weight
    score = 1.0 - remaining
    return UrgencyAssessment(
        score=round(score, 4),
        level=level_for(score),
        model_probability=round(model_probability, 4),
        model_weight=model_weight,
        matched_rules=tuple((rule.id, rule.weight, term) for rule, term in rules),
    )


class UrgencyModel:
    """P(urgent) learned from historical priorities (high/critical = urgent)."""

    def __init__(self, c: float = 2.0) -> None:
        self.c = c
        self.model: Any = None

    def fit(self, features: Any, urgent: np.ndarray) -> UrgencyModel:
        """Train on features and 0/1 urgency labels."""
        from sklearn.linear_model import LogisticRegression

        if len(set(urgent.tolist())) < 2:
            self.model = float(urgent.mean()) if len(urgent) else 0.0
            return self
        self.model = LogisticRegression(C=self.c, max_iter=3000, class_weight="balanced").fit(
            features, urgent
        )
        return self

    def probability(self, features: Any) -> np.ndarray:
        """P(urgent) per row."""
        if isinstance(self.model, float):
            return np.full(features.shape[0], self.model)
        return np.asarray(self.model.predict_proba(features)[:, 1])
