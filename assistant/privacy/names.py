"""Person names from a multi-country gazetteer, checked against each language's common words.

A capitalised run of words is a person when it holds a known first name and
the rest are known first names, known surnames or unknown capitalised words,
and none of them is a common word of the message's language ("Victoria
Station", "Santa Monica", "Green Park" are not people). A single known name
needs a cue before it ("Mr", "Dear", "Hola", "my neighbour", a verb of asking
or meeting and its preposition — "demandez à", "hablé con" —, a Portuguese
article after "para"/"com"); after a title or kin word even a name that is
also a word counts ("mi marido Ángel"); spaCy's
NER (English and French) finds single names and names no list knows.
Lower-case ("john smith") and all-capitals runs count when both words are
frequent names and neither is a common word, or after a kin word ("mon fils
kylian"). Arabic script has no capitals:
its names are found by :mod:`.arabic` (given-name lists, chains, cues).

The cue, place and body words live in :mod:`.cues`. The lists
(``data/names.tsv.gz``, ``data/common.tsv.gz``) are derived from
the ``names-dataset`` and ``wordfreq`` packages by
``scripts/build_privacy_lists.py``; they load in about half a second on first
use, not at import.
"""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.privacy import arabic, cues
from assistant.privacy.rules import NOT_NAMES, STREET_WORDS, keep_name

DATA = Path(__file__).parent / "data"
#: A first name this frequent somewhere (rank in a country) can start a person.
FIRST_RANK = 1000
#: A common word continues a name after a first name when it is a name this frequent.
CONTINUE_RANK = 200
#: A place noun that is a surname this frequent may end a one-word name ("Ji-ho Park").
SURNAME_AFTER_RANK = 100
#: Lower-case and all-capitals names need more: both words this frequent.
PLAIN_RANK = 400

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_AR_CLITICS = "ولبف"
_IRISH = re.compile(
    r"(?:O|D|Mc|Mac)['’]?[A-Z]"
)  # O'Sullivan, McCarthy: names, whatever wordfreq says
_QUOTES = ('"', "“", "”", "«", "»", "'", "‘", "’")
#: A well-known first name alone, mid-sentence and with no cue, still counts from this rank up.
ALONE_RANK = 300
_INITIALS = re.compile(r"(?:\b(?![MD]\.)[A-ZÀ-Þ]\.[ ]?){1,2}$")  # not "M." or "D." (titles)


@dataclass(frozen=True)
class Gazetteer:
    """First-name and surname ranks by casefolded name; common words by language."""

    ranks: dict[str, tuple[int, int]]
    common: dict[str, frozenset[str]]

    def first(self, key: str) -> int:
        """Best rank as a first name (0: not one)."""
        return self.ranks.get(key, (0, 0))[0]

    def last(self, key: str) -> int:
        """Best rank as a surname (0: not one)."""
        return self.ranks.get(key, (0, 0))[1]


@functools.cache
def gazetteer() -> Gazetteer:
    """The shipped lists, read once (about half a second)."""
    ranks: dict[str, tuple[int, int]] = {}
    with gzip.open(DATA / "names.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            name, first, last = line.rstrip("\n").split("\t")
            key = name.casefold()
            old = ranks.get(key, (0, 0))
            ranks[key] = (_better(old[0], int(first)), _better(old[1], int(last)))
    common: dict[str, set[str]] = {}
    with gzip.open(DATA / "common.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            language, word = line.rstrip("\n").split("\t")
            common.setdefault(language, set()).add(word)
    return Gazetteer(ranks, {k: frozenset(v) for k, v in common.items()})


def _better(a: int, b: int) -> int:
    return min(x for x in (a, b) if x) if a or b else 0


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str
    key: str
    first: int
    last: int
    common: bool

    @property
    def shape(self) -> str:
        if self.word.isupper() and len(self.word) > 1:
            return "upper"
        if self.word[0].isupper():
            return "title"
        return "lower" if self.word.islower() else "other"

    @property
    def arabic(self) -> bool:
        return "\u0600" <= self.word[0] <= "\u06ff"

    @property
    def known(self) -> bool:
        return bool(self.first or self.last)


def _fold(key: str) -> str:
    """``key`` without accents ("nguyễn" -> "nguyen"), for names listed unaccented."""
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _tokens(text: str, languages: Sequence[str]) -> list[_Token]:
    lists = gazetteer()
    common = _common(languages)
    found = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        key = word.casefold()
        ranks = lists.ranks.get(key) or lists.ranks.get(_fold(key))
        if ranks is None and "\u0600" <= word[0] <= "\u06ff" and word[0] in _AR_CLITICS:
            ranks = lists.ranks.get(key[1:])  # "لمحمد" (for Mohamed): the name is "محمد"
            if ranks is not None and ranks[0]:
                word, key, start = word[1:], key[1:], start + 1
            else:
                ranks = None
        if ranks is None and "-" in key:
            ranks = _hyphenated_ranks(lists, key)
        first, last = ranks or (0, 0)
        is_common = (key in common or word in NOT_NAMES) and not _IRISH.match(word)
        found.append(_Token(start, match.end(), word, key, first, last, is_common))
    return found


#: Pronouns joined to a verb by a hyphen in Portuguese and French.
_CLITICS = frozenset(
    "me te se lhe lhes nos vos o a os as lo la los las no na moi toi vous nous il ils elle "
    "elles je tu on y en t là ci ce".split()
)


def _hyphenated_ranks(lists: Gazetteer, key: str) -> tuple[int, int] | None:
    """Ranks for a hyphenated word the lists lack.

    A given name ("ji-ho", "jean-baptiste") ranks by its first part as a given name, a
    double-barrelled surname by its last part.
    """
    parts = key.split("-")
    if parts[-1] in _CLITICS:
        return None  # "chamo-me", "appelle-moi": a verb and its pronoun
    head = lists.ranks.get(parts[0])
    tail = lists.ranks.get(parts[-1])
    if head is None or not head[0]:
        return (0, tail[1]) if tail is not None and tail[1] and len(parts[-1]) > 2 else None
    return head[0], tail[1] if tail is not None else 0


def _runs(text: str, tokens: list[_Token]) -> Iterable[list[_Token]]:
    """Tokens joined by one space (or a particle), of one script, split elsewhere."""
    run: list[_Token] = []
    for token in tokens:
        if run:
            gap = text[run[-1].end : token.start]
            joined = gap == " " and token.arabic == run[-1].arabic
            if not joined:
                yield run
                run = []
        run.append(token)
    if run:
        yield run


def _cue_before(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start]
    words = re.findall(r"[^\W\d_]+", before.casefold())
    if words and words[-1] in cues.CUES:
        return True
    if (
        words
        and words[-1] in cues.VERB_CUES
        or len(words) >= 2
        and (
            words[-1] in cues.VERB_LINKS
            and words[-2] in cues.VERB_CUES
            or words[-1] in cues.PT_ARTICLE
            and words[-2] in cues.PT_BEFORE_ARTICLE
        )
    ):
        return True
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in (
        "my name",
        "mon nom",
        "mi nombre",
        "meu nome",
    ):
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-—–,")
    if re.match(r"[^\W\d_]*\s*:", text[start:]):
        return False  # "Domicilio:" is a form label, not a signature
    return line == "" and text.rfind("\n", 0, start) > 0 and text.count("\n", start) == 0


def _cued_word(text: str, token: _Token) -> bool:
    """A frequent first name that is also a common word, right after a title or kin word."""
    if not (token.common and token.shape == "title" and 0 < token.first <= FIRST_RANK):
        return False
    if token.word in NOT_NAMES or token.word in STREET_WORDS or token.key in cues.ORG_WORDS:
        return False
    words = re.findall(r"[^\W\d_]+", text[max(0, token.start - 25) : token.start].casefold())
    if not words or text[token.start - 1] not in " .":
        return False
    if words[-1] in cues.GREETINGS:  # "Oi Vitória,": a greeting, the name, then a pause
        return re.match(r"[ ]*(?:[,!:]|$)", text[token.end :].split("\n", 1)[0]) is not None
    return words[-1] in cues.STRONG_CUES


def _before_place_word(text: str, end: int) -> bool:
    """A capitalised common word follows: "Victoria Station", "Lei de Proteção de Dados"."""
    particle = re.match(r"[ ](?:de la|de|da|do|du|del|des|of)(?= )", text[end:])
    end += particle.end() if particle else 0
    after = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is None or not after.group()[0].isupper():
        return False
    return after.group().casefold() in _everyday()


_PLACE_NOUN = re.compile(r"\.?(?:,?[ ](?:Jr|Sr|Jnr|Snr)\b\.?)?[ ]([A-ZÀ-Þ][^\W\d_]+)")


def _place_after(text: str, end: int, words: int = 2) -> bool:
    """A place noun follows: "Nelson Mandela Drive", "Martin Luther King Jr. Boulevard".

    A place noun that is also a frequent surname ("Park", "Hall") follows a one-word name
    as its surname ("Ji-ho Park"); it names a place only after a full name.
    """
    after = _PLACE_NOUN.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if not (word in STREET_WORDS or word.casefold() in cues.NAMED_AFTER | cues.PLACE_AFTER):
        return False
    return words >= 2 or not 0 < gazetteer().last(word.casefold()) <= SURNAME_AFTER_RANK


#: Lower-case words between a field label's first word and its colon ("Cardholder name:",
#: "Domicilio de la persona dependiente:", "Devis n° :").
_LABEL_TAIL = re.compile(r"(?:[ ]+(?:[^\W\d_A-ZÀ-Þ][^\W\d_]*|n[°º]\.?)){0,4}[ \t]*[:：]")


def form_label(text: str, start: int, end: int) -> bool:
    """One word opening a line or a "|" cell and followed by a colon: a field's label.

    "Cardholder name: …", "Expiry: 09/27", "Segundo apellido: …" label a field. A known
    first name right before the colon stays a name: a chat transcript's "Maria: …".
    """
    value = text[start:end]
    if not re.fullmatch(r"[^\W\d_]+", value):
        return False
    opening = max(text.rfind("\n", 0, start), text.rfind("|", 0, start), text.rfind("/ ", 0, start))
    if text[opening + 1 : start].strip(" \t/"):
        return False
    tail = _LABEL_TAIL.match(text, end)
    if tail is None:
        return False
    between = tail.group(0).rstrip(" \t:：")
    return bool(between.strip()) or not gazetteer().first(value.casefold())


def everyday_alone(text: str, start: int, end: int) -> bool:
    """One capitalised everyday word after "I'm"/"je suis"/"soy": "I'm Deaf", "Soy Colombiana".

    Not a name unless it is also a frequent first name ("I'm Grace").
    """
    value = text[start:end]
    if not re.fullmatch(r"[^\W\d_]+", value) or not cues.NAME_CUES.search(
        text[max(0, start - 20) : start].casefold()
    ):
        return False
    key = value.casefold()
    return key in _everyday() and not 0 < gazetteer().first(key) <= FIRST_RANK


def _quoted(text: str, start: int, end: int) -> bool:
    """The word stands between quotes, with or without the French inner spaces (« Dupont »)."""
    before, after = text[max(0, start - 2) : start].rstrip(), text[end : end + 2].lstrip()
    return before[-1:] in _QUOTES and after[:1] in _QUOTES


def _kin_before(text: str, start: int) -> bool:
    """A possessive and a kin word right before ``start``: "my son", "mon fils", "minha mãe"."""
    words = re.findall(r"[^\W\d_]+", text[max(0, start - 25) : start].casefold())
    return len(words) >= 2 and words[-1] in cues.KIN and words[-2] in cues.POSSESSIVES


def _named_after(text: str, start: int) -> bool:
    """After "école", "Rua", "São", "جامعة": a place or body named after someone, or a town."""
    words = re.findall(r"[^\W\d_]+", text[max(0, start - 35) : start].casefold())
    if not words or text[start - 1 : start] not in (" ", "-"):
        return False
    while len(words) > 1 and words[-1] in cues.PARTICLES:
        words.pop()  # "Largo do Carmo", "Parc de la Tête d'Or"
    last = words[-1]
    if last in cues.PLACE_PREFIX or last[1:] in cues.NAMED_AFTER and last[0] == "و":
        return True
    # "colegio público Miguel Hernández": up to two qualifiers after the place word
    for word in reversed(words[-3:]):
        if word in cues.NAMED_AFTER:
            return True
        if word not in cues.NAMED_AFTER_QUALIFIERS:
            return False
    return False


def _name_word(token: _Token, after_first: bool) -> bool:
    """Whether this word can be part of a person's name here."""
    if token.word in STREET_WORDS or token.key in cues.ORG_WORDS:
        return False
    if token.common:  # after a first name, a word that is also a leading name ("Ana Clara")
        return after_first and token.shape == "title" and _rank(token) <= CONTINUE_RANK
    if token.known:
        return True
    return after_first and token.shape in ("title", "upper") and len(token.word) > 1


def _bridges(run: list[_Token], cursor: int) -> bool:
    """A common word inside a name, between name words: "Juan de Dios Quispe", "Tran Van Nam"."""
    token = run[cursor]
    following = run[cursor + 1] if cursor + 1 < len(run) else None
    return (
        following is not None
        and token.shape == "title"
        and following.shape == "title"
        and following.known
        and not following.common
        and following.key not in cues.PARTICLES
        and token.key not in cues.ORG_WORDS
        and token.word not in STREET_WORDS
        and token.word not in NOT_NAMES
    )


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in '.!?:\n"“«(-'


def _alone_ok(text: str, token: _Token) -> bool:
    """A frequent first name alone: not at a sentence start, not after 'in'/'à'/'em'."""
    if not 0 < token.first <= ALONE_RANK or 0 < token.last < token.first:
        return False  # "King", "Pierre": as often a surname or a word as a first name
    if _sentence_start(text, token.start):
        return False
    after = _TOKEN.match(text, token.end + 1) if text[token.end : token.end + 1] == " " else None
    if after and after.group()[0].isupper():
        return False  # "Maria Street", "Victoria Station": part of a longer proper noun
    before = text[: token.start].rstrip()
    words = re.findall(r"[^\W\d_]+", before[-20:].casefold())
    return not (words and words[-1] in cues.PLACE_BEFORE)


def _rank(token: _Token) -> int:
    ranks = [r for r in (token.first, token.last) if r]
    return min(ranks) if ranks else 1 << 30


def _latin_persons(text: str, run: list[_Token]) -> Iterable[tuple[int, int, int]]:
    everyday = _everyday()
    index = 0
    while index < len(run):
        head = run[index]
        named = _name_word(head, False) or _cued_word(text, head)
        if head.key in cues.PARTICLES or not named or head.shape == "other":
            index += 1
            continue
        if head.key in cues.CUES and index + 1 < len(run) and head.shape == run[index + 1].shape:
            index += 1  # a title before the name ("Alhaji Musa", "Hajiya Binta Sule")
            continue
        if _sentence_start(text, head.start) and head.key in everyday:
            index += 1  # "Ask Maria": a capital at a sentence start says nothing, in any language
            continue
        shape = "title" if head.shape == "upper" else head.shape
        words, has_first = [head], 0 < head.first <= FIRST_RANK
        unknown = 0
        cursor = index + 1
        while cursor < len(run) and len(words) < 5:
            token = run[cursor]
            if token.key in cues.PARTICLES and token.shape == "lower" and cursor + 1 < len(run):
                cursor += 1
                continue
            token_shape = "title" if token.shape == "upper" else token.shape
            if token_shape != shape:
                break
            if not _name_word(token, has_first):
                if not (has_first and _bridges(run, cursor)):
                    break
                unknown -= not token.known  # a word inside a name: not counted as unknown
            unknown += not token.known
            if unknown > 1:
                break
            words.append(token)
            has_first = has_first or 0 < token.first <= FIRST_RANK
            cursor += 1
        start, end = words[0].start, words[-1].end
        plain = shape == "lower" or all(w.shape == "upper" for w in words)
        cued = cues.NAME_CUES.search(text[max(0, start - 20) : start].casefold()) is not None
        cued = cued or plain and _kin_before(text, start) and head.key not in cues.CUES
        if _named_after(text, start):
            pass
        elif plain and cued and head.known and not (
            shape == "lower" and (head.key in everyday or head.key in cues.KIN)
        ):
            # a lower-case word after a cue is a name only when it is no everyday word of any
            # course language: messages mix them ("je suis étudiant ici", "sou o filho")
            # ... and a surname may follow it at once ("nadia benali"), never across a word
            tail = [
                t
                for t in run[index + 1 : index + 2]
                if not t.common and t.key not in everyday and t.shape == "lower" and len(t.word) > 2
            ]
            following = [w for w in tail if text[w.start - 1] == " "][: 1 if len(words) == 1 else 0]
            yield start, (following[-1].end if following else end), 3
        elif len(words) >= 2 and has_first:
            strong = unknown == 0 and _rank(words[0]) <= PLAIN_RANK
            # "LLAMEN A PURIFICACIÓN LÓPEZ": capitals after a title, greeting or verb cue.
            strong = strong or shape == "title" and _cue_before(text, start)
            if shape == "lower" and any(w.key in everyday or w.key in cues.KIN for w in words):
                pass  # "quería saber si": words of another course language, not a name
            elif (strong or not plain) and keep_name(text, start, end) and not _place_after(
                text, end, len(words)
            ):
                initials = _INITIALS.search(text[max(0, start - 6) : start])
                yield start - (len(initials.group()) if initials else 0), end, 3
        elif len(words) == 1 and head.shape == "title":
            initials = _INITIALS.search(text[max(0, start - 6) : start]) if head.known else None
            if initials:
                start -= len(initials.group())
            quoted = _quoted(text, start, end)
            cued = bool(initials) or _cue_before(text, start) or quoted and head.known
            cued = cued and not _before_place_word(text, end)
            cued = cued and not _place_after(text, end, 1)
            if (cued or _alone_ok(text, head)) and keep_name(text, start, end):
                yield start, end, 3
        index = cursor if cursor > index + 1 else index + 1


#: "MARTÍNEZ, Alba", "VAN DER BERG, Sanne": a surname in capitals, a comma, then given
#: names, as forms and lists write a person. The given name must be a known first name.
_SURNAME_FIRST = re.compile(
    r"(?<![\w'’-])((?:[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+[ ]){0,3}[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+),[ ]?"
    r"([A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:[ ][A-ZÀ-Þ][a-zß-ÿ'’\-]+)?)(?![\w'’-])"
)


def _surname_first(text: str, languages: Sequence[str]) -> Iterable[tuple[int, int, int]]:
    common = _common(tuple(languages))
    names = gazetteer()
    for match in _SURNAME_FIRST.finditer(text):
        surname = match.group(1).split()
        given = match.group(2).split()[0].casefold()
        if not 0 < names.first(given) <= FIRST_RANK:
            continue
        # "URGENT, Maria", "NOTE, Ana": a word of the language in capitals is no surname.
        if any(word.casefold() in common and not names.last(word.casefold())
               for word in surname if word.casefold() not in cues.PARTICLES):
            continue
        if keep_name(text, match.start(), match.end()):
            yield match.start(), match.end(), 3


def _hyphenated_place(value: str) -> bool:
    """True for a French place named after someone ("Léo-Lagrange", "Georges-Brassens").

    French joins a person's names with a hyphen when they name a street, school or gym;
    a compound given name ("Jean-Pierre", "Fatima-Zahra") has a given name on both sides.
    """
    parts = value.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return False
    names = gazetteer()
    first, second = (p.casefold() for p in parts)
    return 0 < names.first(first) <= FIRST_RANK and not 0 < names.first(second) <= FIRST_RANK


def find_persons(text: str, languages: Sequence[str]) -> list[tuple[int, int, int]]:
    """(start, end, rank) of person names in ``text`` (already normalised)."""
    found: list[tuple[int, int, int]] = []
    for run in _runs(text, _tokens(text, languages)):
        if not run[0].arabic:
            found.extend(
                span for span in _latin_persons(text, run)
                if not ("fr" in languages and _hyphenated_place(text[span[0] : span[1]]))
            )
    found.extend(_surname_first(text, languages))
    if _ARABIC_LETTER.search(text):
        lists = arabic_lists()
        spans = {
            *arabic.find_persons(text, lists),
            *arabic.cued_unknown(text, lists),
            *arabic.introduced(text, lists),
        }
        spans.update(arabic.coordinated(text, lists, spans))
        found.extend((start, end, 3) for start, end in sorted(spans))
    return found


_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


@functools.cache
def arabic_lists() -> arabic.Lists:
    """The gazetteer as the Arabic name finder reads it."""
    lists = gazetteer()
    return arabic.Lists(lists.ranks, lists.common.get("ar", frozenset()))


def plausible_person(
    text: str, start: int, end: int, languages: Sequence[str]
) -> tuple[int, int] | None:
    """Trim a span spaCy's NER called a person to its name words, or None if none are."""
    tokens = [t for t in _tokens(text[start:end], languages) if t.shape in ("title", "upper")]
    everyday = _everyday()

    def word(token: _Token) -> bool:
        # a word of the message's language, or of another course language that is no frequent
        # name ("Necesito", "Bom" in a French message: the surname lists are noisy)
        return token.common or (
            token.key in everyday
            and not 0 < token.first <= FIRST_RANK
            and not 0 < token.last <= CONTINUE_RANK
            and not _IRISH.match(token.word)
        )

    while tokens and (word(tokens[0]) or tokens[0].key in cues.CUES):
        tokens.pop(0)
    while tokens and word(tokens[-1]):
        tokens.pop()
    if not tokens or len(tokens) == 1 and word(tokens[0]) or any(
        t.common or t.key in cues.ORG_WORDS or t.word in STREET_WORDS for t in tokens
    ):
        return None
    if len(tokens) == 1 and tokens[0].shape != "title":
        return None
    span = start + tokens[0].start, start + tokens[-1].end
    if _named_after(text, span[0]):
        return None
    if "fr" in languages and _hyphenated_place(text[span[0] : span[1]]):
        return None
    after = _TOKEN.match(text, span[1] + 1) if text[span[1] : span[1] + 1] == " " else None
    if after and after.group()[0].isupper() and after.group().casefold() in _common(languages):
        return None  # "Victoria Station", "Jules Ferry School": part of a longer proper noun
    if _place_after(text, span[1], len(tokens)):
        return None
    return span if keep_name(text, *span) else None


def _everyday() -> frozenset[str]:
    """The common words of every course language (mixed messages borrow them)."""
    return _common(tuple(gazetteer().common))


def _common(languages: Sequence[str]) -> frozenset[str]:
    return _common_of(tuple(languages))


@functools.cache
def _common_of(languages: tuple[str, ...]) -> frozenset[str]:
    lists = gazetteer().common
    return frozenset().union(*(lists.get(code, frozenset()) for code in languages))


_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def unexplained_sentences(
    text: str, languages: Sequence[str], found: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentences (merged when adjacent) holding a capitalised word no list explains.

    These are where spaCy's NER can still add a person: a word that is not a
    common word of the language and not inside a name already found. Sentences
    of common words only, or whose names the gazetteer found, skip the model.
    """
    common = _common(languages)
    windows: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(text):
        for word in _TOKEN.finditer(sentence.group()):
            start = sentence.start() + word.start()
            value = word.group()
            if not value[0].isupper() or len(value) < 2 or value.casefold() in common:
                continue
            if value in NOT_NAMES or any(s <= start < e for s, e in found):
                continue
            if windows and windows[-1][1] == sentence.start():
                windows[-1] = (windows[-1][0], sentence.end())
            else:
                windows.append(sentence.span())
            break
    return windows


def tagged_person(text: str, start: int, end: int, languages: Sequence[str]) -> bool:
    """Whether a span the learned tagger called a person passes the finder's place checks.

    The tagger learns names from their words and neighbours; what it has seen too few
    times are the look-alikes the rules know: a school or street named after someone
    ("Escola Padre Manuel Nóbrega", "Nelson Mandela Drive"), an organisation, a run of
    common words ("عيد سعيد"). An Arabic span opens with no common word, and a kunya's
    head with a listed name ("أبو خالد"; "أم لطفلين" is "mother of two").
    """
    value = text[start:end]
    if _named_after(text, start):
        return False
    if _ARABIC_LETTER.search(value):
        lists = arabic_lists()
        words = re.findall(r"[\u0621-\u064A]+", value)
        if len(words) == 1 and words[0].startswith(("ال", "لل")):
            return False  # "التظلمات", "للتعبئة": one word with the article is rarely a name
        if words and words[0] in arabic.KUNYA:
            return len(words) > 1 and _arabic_listed(words[1], lists)
        head = words[0] if words else ""
        return bool(head) and head not in arabic.STOP and (head not in lists.common or lists.given(head))
    tokens = _tokens(value, languages)
    if not tokens or all(t.common and not t.known for t in tokens):
        return False
    if len(tokens) == 1 and tokens[0].common:
        return False  # "every Sunday", "Prezada Ouvidoria": one word of the language
    if len(tokens) == 1 and tokens[0].word.islower() and not tokens[0].known:
        return False  # "mon fils est asthmatique": a lower-case word no list knows
    if any(t.key in cues.ORG_WORDS or t.word in STREET_WORDS for t in tokens):
        return False
    if _place_after(text, end, len(tokens)):
        return False
    return not _before_place_word(text, end)


def _arabic_listed(word: str, lists: arabic.Lists) -> bool:
    """A given name, or a listed name that is no common word."""
    if word in lists.common or word in arabic.STOP:
        return False
    return lists.given(word) or any(lists.ranks.get(word, (0, 0)))


def clear_first_name(value: str, language: str) -> bool:
    """Some word of ``value`` is a leading first name and no common word of ``language``."""
    common = _common((language,))
    for word in _TOKEN.findall(value):
        key = word.casefold()
        if 0 < gazetteer().first(key) <= FIRST_RANK and key not in common:
            return True
    return False
