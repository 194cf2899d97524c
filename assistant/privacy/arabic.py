"""Arabic-script person names: given-name lists, name chains, clitics and cues.

Arabic script has no capitals, so a name is recognised by what it is made of
and what surrounds it:

* **given names**: a hand-written list of frequent Arabic given names in
  Arabic script (the ``names-dataset`` lists hold some, ranked unevenly), split
  into names that are rarely anything else (``خديجة``, ``حمزة``, ``وليد``) and
  names that are also everyday words (``أمل`` hope, ``نور`` light, ``سعيد``
  happy, ``عمر`` age, ``رجاء`` please). The first kind counts alone; the
  second only after a cue or inside a chain;
* **chains**: a given name followed by a father's name, ``بن``/``بنت``/``ابن``
  joiners, ``عبد``/``أبو``/``أم`` compounds, ``al-`` family names
  (``الغامدي``), ``ben``/``bou`` forms (``بنسعيد``, ``بوزيد``) or listed
  surnames (``حداد``), up to five words;
* **cues** before a name: honorifics (kept outside the span, as are titles in
  the other languages), kinship and role words (``ابني``, ``جارتي``,
  ``زميلي``), naming words (``اسمي``, ``يدعى``, ``باسم``), sign-offs;
* **clitics**: ``و``/``ل``/``ب``/``ف`` attached to a name stay outside the
  span (``لمحمد`` gives ``محمد``).

A name right after a word for a place or body (``شارع``, ``مدرسة``,
``جامعة``) names that place and is skipped. Precision comes from the lists
and cues, so an unlisted single name with no cue is missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_CLITICS = "ولبف"

#: Given names that are seldom anything else: they count alone.
GIVEN = set(
    """محمد أحمد محمود مصطفى علي حسين يوسف إبراهيم ابراهيم خالد طارق وليد هشام مراد ياسين يونس
    إسماعيل اسماعيل إدريس ادريس عثمان عبدالله عبدالرحمن عبدالعزيز عبدالرحيم عبدالكريم عبداللطيف
    عبدالقادر عبدالمجيد عبدالسلام عبدالحميد عبدالإله عبدالاله عبدالرزاق عبدالحق عبدالغني عبدالفتاح
    عبدالوهاب عبدالناصر عبدالحكيم حمزة بلال زكريا أيوب ايوب أنس انس أسامة اسامة معاذ مهدي رضوان
    سفيان زياد فيصل فهد ماجد تركي نايف سلطان بندر مشعل راشد حمد حمدان سعود بسام هيثم وائل رامي
    سامر عماد إياد اياد نزار غسان مازن مروان عدنان جواد جعفر حيدر قاسم عباس حسام أيمن ايمن شادي
    فادي رامز باسل أمجد امجد مهند معتز عمرو لؤي قصي أشرف اشرف عصام هاني نادر تامر حازم يحيى موسى
    عيسى داود سليمان هارون آدم إلياس الياس عبده ناصر نصر سمير سامي مجدي حمدي فتحي رمزي لطفي صبري
    شكري حسني رشيد أنور انور منير مختار جلال بشير نبيل فريد وسام كمال هادي زهير عزيز عبد المنعم
    مصطفي ياسر ياسير عمار عمران إدريس مالك أكرم اكرم المختار الحسن الحسين المهدي العربي ميلود
    العياشي الطاهر الهادي الصادق الأمين الشريف المصطفى إبراهيم جمعة خميس مبروك عبدو صلاح الدين
    فاطمة خديجة عائشة مريم زينب سعاد ليلى نادية أمينة امينة سلمى حنان سميرة رانيا هند لمياء لبنى
    سناء نوال ثريا حليمة رقية صفية أسماء اسماء سمية كوثر مليكة نعيمة لطيفة سهام وداد سلوى نسرين
    ياسمين شيماء رشا ريهام دينا منال هالة هيفاء عبير غادة لينا رنا تسنيم آمنة امنة حفصة سارة ساره
    نهى نجلاء إيناس ايناس أميرة اميرة مها بثينة عفاف فدوى سهى إسراء اسراء مروة نورة نوره منيرة
    جميلة كريمة فريدة سميرة حسناء خولة خلود بسمة هاجر زهراء الزهراء فاطمه عائشه مريم حياة هناء
    صفاء إيمان ايمان رحاب ابتسام سوسن جيهان نرمين شيرين دعاء آلاء الاء رزان جود لانا تالا ريتاج
    روان ميار ملاك يسرى يسرا نجوى فايزة عزيزة زكية نجاة بشرى رجاء وفاء منى هدى ندى ريم جنى""".split()
)
#: Given names that are also everyday words: they need a cue or a name next to them.
AMBIGUOUS = set(
    """سعيد سعيدة كريم كريمة جميل جميلة حسن حسنة عادل نور أمل امل صالح أمين امين هدى ناصر منصور
    فاضل رشيد حكيم شريف لطيف لطيفة سالم مجيد حميد وحيد فريد فريدة نبيل سامي عزيز عزيزة نعيم بشير
    مبارك هادي عمر عمرو علي باسم وفاء إيمان ايمان سلام سماح رجاء أمان امان حياة هناء صفاء رحمة نجاح
    فرح ربيع أنور انور منير مسعود زكي تقي وسيم طاهر طيب بدر قمر شمس ورد زهرة ياسمين ريم دعاء هبة
    عبير جمال كمال رضا فؤاد منى ندى جنى بشرى نجاة ملك آية اية ضحى دنيا أميرة اميرة خلود ابتسام
    الأمين الشريف الهادي الطاهر الصادق العربي الحسن جمعة خميس مختار صلاح الدين عماد نادر جود
    أسماء اسماء آمنة امنة مالك رقية مها سهام أمينة امينة سامية عالية غالية نبيلة""".split()
)
#: Names that are unambiguous only as given names (so not in AMBIGUOUS) but never start a span.
_NEVER_HEAD = {"الدين", "بن", "بنت", "ابن"}
#: Honorifics and titles: a cue, kept outside the span.
HONORIFICS = set(
    """السيد السيدة الأستاذ الأستاذة الاستاذ الاستاذة الدكتور الدكتورة د الحاج الحاجة الآنسة الانسة
    المهندس المهندسة الشيخ الشيخة الأخ الأخت الاخ الاخت سيد سيدة أستاذ استاذ دكتور حضرة المرحوم
    المرحومة الفقيد الفقيدة""".split()
)
#: Kinship, role and naming words after which the next words are a name.
CUES = HONORIFICS | set(
    """ابني ابنتي بنتي ابنى أخي أختي اخي اختي زوجي زوجتي أمي امي أبي ابي والدي والدتي جدي جدتي
    عمي عمتي خالي خالتي جاري جارتي جارنا جارتنا زميلي زميلتي زميلنا صديقي صديقتي طفلي طفلتي
    حفيدي حفيدتي مديري مديرتي موكلي موكلتي اسمي اسمه اسمها اسم باسم بإسم يدعى تدعى المدعو
    المدعوة المواطن المواطنة الطفل الطفلة الطالب الطالبة التلميذ التلميذة الموظف الموظفة المريض
    المريضة أنا انا""".split()
)
#: Naming words: an unlisted word right after one of these (or an honorific) is a name.
NAMING = HONORIFICS | set("اسمي اسمه اسمها يدعى تدعى المدعو المدعوة".split())
#: Joiners inside a name chain: "son of", "daughter of", "servant of", "father/mother of".
JOINERS = {"بن", "بنت", "ابن", "عبد", "أبو", "ابو", "أبي", "أم", "ام", "ولد", "آل"}
#: Words that never belong to a name (prepositions, pronouns, titles, frequent verbs).
STOP = set(
    """في من إلى الى على عن منذ مع قرب أمام بجانب عند حيث التي الذي الذين هو هي هم أنا نحن لم لا ما
    قد تم كان كانت رقم حي مدينة الحي المدينة الوزير الرئيس المدير العمدة الوالي المحافظ العامل رئيس
    مدير وزير الآن اليوم أيضا جدا هل أن إن لكن ثم أو بعد قبل كل هذا هذه ذلك تلك يوم شارع طريق
    زنقة عمارة شقة بخصوص بشأن حول الله السلام عليكم صباح مساء الخير شكرا مرحبا أهلا""".split()
)
#: Words before a name that make it the name of a place or body.
PLACE_WORDS = set(
    """شارع طريق زنقة نهج درب ممر حي ساحة ميدان جامعة مدرسة مستشفى مسجد مطار ملعب مؤسسة جائزة قاعة
    ثانوية كلية معهد حديقة مركز مكتبة متحف جسر سوق مدينة ضاحية مجمع قرية بلدة مستوصف جامع""".split()
)
_SIGN_OFF = re.compile(
    r"(?:مع (?:خالص )?(?:التحية|التحيات|الشكر)|مع تحياتي|وشكرا|شكرا)[^\n]{0,20}\n[ \t]*$"
)
#: A listed surname (gazetteer rank) this frequent continues a chain.
SURNAME_RANK = 1500
#: A listed given name (gazetteer rank) this frequent can head a chain.
FIRST_RANK = 500


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    word: str  # clitic removed when the rest is a name
    clitic: bool


class Lists:
    """What the finder needs from the shared gazetteer: ranks and the language's common words."""

    def __init__(self, ranks: dict[str, tuple[int, int]], common: frozenset[str]) -> None:
        self.ranks, self.common = ranks, common

    def given(self, word: str) -> bool:
        """A given name that may head a name (listed by hand, or frequent in the gazetteer)."""
        if word in GIVEN or word in AMBIGUOUS:
            return True
        first = self.ranks.get(word, (0, 0))[0]
        return 0 < first <= FIRST_RANK and word not in self.common

    def surname(self, word: str) -> bool:
        """A word that continues a chain: a given name, a family-name shape or a listed surname."""
        if word in STOP or word in PLACE_WORDS or word in CUES and word != "السيد":
            return False
        if self.given(word) or word.startswith(("بن", "بو")) and len(word) > 3:
            return True
        last = self.ranks.get(word, (0, 0))[1]
        if 0 < last <= SURNAME_RANK and word not in self.common:
            return True
        if word.startswith("ال") and len(word) > 4:  # al- family names: nisba "-i", or listed
            return word.endswith("ي") or bool(self.ranks.get(word)) or word not in self.common
        return False


def _words(text: str, lists: Lists) -> list[_Word]:
    found = []
    for match in _WORD.finditer(text):
        word, start, clitic = match.group(), match.start(), False
        if (
            word[0] in _CLITICS
            and len(word) > 3
            and not lists.given(word)
            and (word[1:] in GIVEN or word[1:] in AMBIGUOUS or word[1:] in JOINERS)
        ):
            word, start, clitic = word[1:], start + 1, True
        found.append(_Word(start, match.end(), word, clitic))
    return found


def _cue(words: list[_Word], index: int, text: str, cues: set[str] = CUES) -> bool:
    """A cue word right before ``words[index]`` (or a sign-off line above it)."""
    if index > 0:
        before = words[index - 1]
        gap = text[before.end : words[index].start]
        if before.word in cues and gap.strip(" .:،,") == "" and "\n" not in gap:
            return True
    line_start = text.rfind("\n", 0, words[index].start) + 1
    return bool(_SIGN_OFF.search(text[max(0, line_start - 60) : line_start]))


def _after_place(words: list[_Word], index: int, text: str) -> bool:
    if index == 0:
        return False
    before = words[index - 1]
    word = before.word[1:] if before.word[0] in _CLITICS else before.word
    gap = text[before.end : words[index].start]
    return (before.word in PLACE_WORDS or word in PLACE_WORDS) and gap == " "


def find_persons(text: str, lists: Lists) -> Iterable[tuple[int, int]]:
    """(start, end) of Arabic-script person names in ``text``."""
    words = _words(text, lists)
    index = 0
    while index < len(words):
        head = words[index]
        cued = _cue(words, index, text)
        kunya = head.word in ("أبو", "ابو", "أم", "ام") and index + 1 < len(words)
        if kunya:
            following = words[index + 1].word
            kunya = following in GIVEN and text[head.end : words[index + 1].start] == " "
        starts = head.word == "عبد" or kunya or lists.given(head.word)
        skip = (
            head.word in JOINERS
            and not kunya
            and head.word != "عبد"
            or head.word in _NEVER_HEAD
            or head.word in STOP
            or head.word in CUES
        )
        if not starts or skip or _after_place(words, index, text):
            index += 1
            continue
        chain = [head]
        cursor = index + 1
        while cursor < len(words) and len(chain) < 6:
            token = words[cursor]
            if text[chain[-1].end : token.start] != " " or token.clitic:
                break
            previous = chain[-1].word
            if previous == "عبد" and token.word not in STOP - {"الله"}:
                chain.append(token)
            elif token.word in JOINERS and token.word not in ("أم", "ام", "أبي", "عبد"):
                chain.append(token)
            elif token.word == "عبد" or previous in JOINERS and lists.surname(token.word):
                chain.append(token)
            elif lists.surname(token.word):
                chain.append(token)
            else:
                break
            cursor += 1
        while len(chain) > 1 and chain[-1].word in JOINERS:
            chain.pop()
        strong = head.word in GIVEN and head.word not in AMBIGUOUS
        if head.word == "عبد" and len(chain) == 1:
            strong = False
        if len(chain) >= 2 or cued or strong:
            yield chain[0].start, chain[-1].end
        index = max(cursor, index + 1)


def cued_unknown(text: str, lists: Lists) -> Iterable[tuple[int, int]]:
    """An unlisted word right after an honorific or naming cue, with the chain after it."""
    words = _words(text, lists)
    for index, word in enumerate(words):
        if index == 0 or not _cue(words, index, text, NAMING) or lists.given(word.word):
            continue
        if word.word in STOP or word.word in CUES or word.word in lists.common:
            continue
        end = word.end
        for token in words[index + 1 : index + 4]:
            if text[end : token.start] != " " or not lists.surname(token.word):
                break
            end = token.end
        yield word.start, end
