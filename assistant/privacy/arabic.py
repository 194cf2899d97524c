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
* **family names**: an ``al-`` nisba (``العتيبي``) or a ``بن``/``ولد`` chain
  after a word makes that word a given name even when the lists call it an
  everyday word (``طلال العتيبي``), and any word after ``بن``/``ولد`` is a name;
* **cues** before a name: honorifics (kept outside the span, as are titles in
  the other languages; also behind a clitic, ``للسيد``), after which any word
  without the article is the name (``السيد محند أوعلي``); kinship and role
  words (``ابني``, ``جارتي``, ``زميلي``), after which an unlisted word that is
  no everyday word is one (``ابنتي لجين``); verbs of speaking and writing
  (``كتبت هدى``, ``تحدثت مع نبيل``); naming words (``اسمي``, ``يدعى``,
  ``باسم``), sign-offs;
* **clitics**: ``و``/``ل``/``ب``/``ف`` attached to a name stay outside the
  span (``لمحمد`` gives ``محمد``); short vowels and shadda are read through.

A name right after a word for a place or body (``شارع``, ``مدرسة``,
``جامعة``), or after such a word and a royal title (``شارع الملك فهد``),
names that place and is skipped. Precision comes from the lists
and cues, so an unlisted single name with no cue is missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: A word, with its short vowels, shadda and tatweel ("المتغيّر", "فعلًا"), which the lists
#: and cue sets do not carry: they are dropped from the word before any look-up.
_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3][\u0621-\u0652\u0640\u0671-\u06D3]*")
_MARKS = re.compile(r"[\u064B-\u0652\u0640]")
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
    روان ميار ملاك يسرى يسرا نجوى فايزة عزيزة زكية نجاة بشرى رجاء وفاء منى هدى ندى ريم جنى
    جون جورج بيتر مايكل ديفيد دافيد توماس بول جيمس روبرت وليام ريتشارد دانيال أندرو ستيفن
    كيفن أليكس ألكسندر ماري ماريا آنا إيما صوفيا جوليا لورا كاترين كاثرين إليزابيث جيسيكا
    جينيفر نادين ميشيل كريستين إيلينا""".split()
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
    المرحومة الفقيد الفقيدة المعلم المعلمة المحامي المحامية الممرض الممرضة القاضي القاضية الضابط
    المفتش النقيب العقيد الرائد اللواء المستشار المستشارة المدرب المدربة""".split()
)
#: Kinship, role and naming words after which the next words are a name.
CUES = HONORIFICS | set(
    """ابني ابنتي بنتي ابنى أخي أختي اخي اختي زوجي زوجتي أمي امي أبي ابي والدي والدتي جدي جدتي
    عمي عمتي خالي خالتي جاري جارتي جارنا جارتنا زميلي زميلتي زميلنا صديقي صديقتي طفلي طفلتي
    حفيدي حفيدتي مديري مديرتي موكلي موكلتي ابنه ابنها ابنته ابنتها بنته بنتها زوجه زوجها
    زوجته أخوه اخوه أخوها اخوها أخته اخته أختها اختها أمه امه أمها امها أبوه ابوه أبوها ابوها
    أخيه اخيه أخيها اخيها أبيه ابيه أبيها ابيها
    والده والدها والدته والدتها جاره جارها جارته جارتها زميله زميلها زميلته زميلتها صديقه
    صديقها صديقته صديقتها مديره مديرها مديرته مديرتها اسمي اسمه اسمها اسم باسم بإسم يدعى تدعى المدعو
    المدعوة المواطن المواطنة الطفل الطفلة الطالب الطالبة التلميذ التلميذة الموظف الموظفة المريض
    المريضة أنا انا""".split()
)
#: Naming words: an unlisted word right after one of these (or an honorific) is a name.
NAMING = HONORIFICS | set("اسمي اسمه اسمها يدعى تدعى المدعو المدعوة".split())
#: Kinship and role words: an unlisted word after one is a name when it is no everyday word
#: and has no article ("ابنتي لجين", but "ابنتي الصغرى", "ابني مريض" are not names).
KINSHIP = CUES - NAMING - set("أنا انا اسم باسم بإسم".split())
#: Verbs of speaking and writing: a listed given name (even an everyday word) right after
#: one, or after one and "مع"/"إلى", is the person ("كتبت هدى", "تحدثت مع نبيل").
SPEECH = set(
    """قال قالت يقول تقول كتب كتبت أخبرني أخبرتني أخبرنا أخبرتنا سأل سألت سألني سألتني سألنا
    اتصل اتصلت تحدث تحدثت تحدثنا تكلم تكلمت تكلمنا راسل راسلت راسلني راسلتني راسلنا زار زارت
    زارني زارتني طلب طلبت أرسل أرسلت أكد أكدت ذكر ذكرت أجاب أجابت ردت رد تواصل تواصلت
    تواصلنا""".split()
)
_AFTER_SPEECH = {"مع", "إلى", "الى", "على", "عن", "بي", "لي", "بنا", "لنا"}
#: Titles between a place word and a name: "شارع الملك عبد العزيز", "مستشفى الملك خالد".
_PLACE_TITLES = set(
    "الملك الأمير الامير الشيخ الإمام الامام السلطان الرئيس الشهيد الخليفة الزعيم القائد".split()
)
#: A joiner after which the next word is a name whatever it is ("محمد ولد أحمدو").
_LINKS = {"بن", "بنت", "ابن", "ولد", "أيت", "آيت"}
#: Honorifics that are never everyday words: after one even an everyday word is a name
#: ("السيد محند"); "الحاجة" (the need), "الأخ" (the brother) are not among them.
_TITLES = set(
    """السيد السيدة الأستاذ الأستاذة الاستاذ الاستاذة الدكتور الدكتورة المهندس المهندسة الآنسة
    الانسة الشيخ الشيخة""".split()
)


#: "Father/mother of": a kunya when a listed given name follows ("أبو سامر", "لأبي فهد",
#: "أبا خالد", "أم سليم").
KUNYA = ("أبو", "ابو", "أبي", "ابي", "أبا", "ابا", "أم", "ام")
#: A self-introduction: "أنا تيزيري أوحماد، أسكن في ...", the name up to the comma.
_INTRODUCTION = re.compile(
    r"(?:^|(?<=[.!؟?\n،,:]))[ \t]*(?:أنا|انا)[ ]((?:[\u0621-\u064A]+[ ]){0,3}[\u0621-\u064A]+)"
    r"[ ]?[،,]"
)


def _article(word: str) -> bool:
    """``word`` carries the article, maybe behind a clitic ("العرقي", "كالأصل", "والجهة")."""
    return word.startswith(("ال", "لل")) or word[:1] in "وفبكل" and word[1:3] == "ال"


#: Joiners inside a name chain: "son of", "daughter of", "servant of", "father/mother of".
JOINERS = {"بن", "بنت", "ابن", "عبد", "أبو", "ابو", "أبي", "أم", "ام", "ولد", "آل"}
#: Words that never belong to a name (prepositions, pronouns, titles, frequent verbs).
STOP = set(
    """في من إلى الى على عن منذ مع قرب أمام بجانب عند حيث التي الذي الذين هو هي هم أنا نحن لم لا ما
    قد تم كان كانت رقم حي مدينة الحي المدينة الوزير الرئيس المدير العمدة الوالي المحافظ العامل رئيس
    مدير وزير الآن اليوم أيضا جدا هل أن إن لكن ثم أو بعد قبل كل هذا هذه ذلك تلك يوم شارع طريق
    زنقة عمارة شقة بخصوص بشأن حول الله السلام عليكم صباح مساء الخير شكرا مرحبا أهلا عيد""".split()
)
#: Words before a name that make it the name of a place or body.
PLACE_WORDS = set(
    """شارع طريق زنقة نهج درب ممر حي ساحة ميدان جامعة مدرسة مستشفى مسجد مطار ملعب مؤسسة جائزة قاعة
    ثانوية كلية معهد حديقة مركز مكتبة متحف جسر سوق مدينة ضاحية مجمع قرية بلدة مستوصف جامع""".split()
)
_SIGN_OFF = re.compile(
    r"(?:مع (?:خالص )?(?:التحية|التحيات|الشكر)|مع تحياتي|وشكرا|شكرا)[^\n]{0,20}\n[ \t]*$"
)
#: Thanks, a few words, then the writer's name ending the message: "شكرًا على المساعدة ريم".
_THANKS_BEFORE = re.compile(r"(?:شكرا|شكرًا|وشكرا|مع الشكر|مع تحياتي|تحياتي)[^.!؟?\n]{0,30}$")
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

    def first_rank(self, word: str) -> int:
        """The gazetteer's first-name rank of ``word`` (0: not listed)."""
        return self.ranks.get(word, (0, 0))[0]

    def nisba(self, word: str) -> bool:
        """An al- family name ending in "-i" that is no everyday word ("العتيبي", "الشهري")."""
        return (
            word.startswith("ال")
            and word.endswith("ي")
            and len(word) > 4
            and word not in self.common
            and word not in STOP
        )

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
        word, start, clitic = _MARKS.sub("", match.group()), match.start(), False
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
        if _bare(before.word, cues) in cues and gap.strip(" .:،,«»\"“”") == "" and "\n" not in gap:
            return before.word != "د" or "." in gap  # "د." (Dr), never a stray letter
        if cues is CUES and gap == " " and (before.word in SPEECH or _after_speech(words, index)):
            return True
    line_start = text.rfind("\n", 0, words[index].start) + 1
    if _SIGN_OFF.search(text[max(0, line_start - 60) : line_start]):
        return True
    last = index == len(words) - 1 and text[words[index].end :].strip(" .!،,\n") == ""
    preceding = text[max(0, words[index].start - 45) : words[index].start].rstrip(" ،,")
    return last and cues is CUES and bool(_THANKS_BEFORE.search(_MARKS.sub("", preceding)))


def _bare(word: str, cues: set[str]) -> str:
    """A cue word without its clitic: "للسيد" -> "السيد", "بالدكتورة" -> "الدكتورة"."""
    if word in cues or len(word) < 4:
        return word
    if word.startswith("لل") and "ال" + word[2:] in cues:
        return "ال" + word[2:]
    return word[1:] if word[0] in _CLITICS + "ك" and word[1:] in cues else word


def _after_speech(words: list[_Word], index: int) -> bool:
    """A speech verb, then "مع"/"إلى", then the name: "تحدثت مع نبيل"."""
    return index > 1 and words[index - 1].word in _AFTER_SPEECH and words[index - 2].word in SPEECH


def _after_place(words: list[_Word], index: int, text: str) -> bool:
    if index == 0:
        return False
    before = words[index - 1]
    word = before.word[1:] if before.word[0] in _CLITICS else before.word
    gap = text[before.end : words[index].start]
    if before.word in _PLACE_TITLES and gap == " ":
        return _after_place(words, index - 1, text)  # "شارع الملك فهد"
    return (before.word in PLACE_WORDS or word in PLACE_WORDS) and gap == " "


def _head_with_family_name(words: list[_Word], index: int, text: str, lists: Lists) -> bool:
    """An unlisted (or everyday-word) given name is a name before an al- family name.

    "طلال العتيبي", "لجين القحطاني": the word is a listed given name of any rank or no
    everyday word, has no article itself, and the next word is a nisba or a "بن" chain.
    """
    head = words[index].word
    if index + 1 >= len(words) or text[words[index].end : words[index + 1].start] != " ":
        return False
    if len(head) < 3 or _article(head) or head in STOP or head in CUES or head in JOINERS:
        return False
    if head in lists.common and not 0 < lists.first_rank(head) <= 2000:
        return False
    following = words[index + 1].word
    return lists.nisba(following) or following in _LINKS and index + 2 < len(words)


def find_persons(text: str, lists: Lists) -> Iterable[tuple[int, int]]:
    """(start, end) of Arabic-script person names in ``text``."""
    words = _words(text, lists)
    index = 0
    while index < len(words):
        head = words[index]
        cued = _cue(words, index, text)
        kunya = head.word in KUNYA and index + 1 < len(words)
        if kunya:
            following = words[index + 1].word
            kunya = lists.given(following) and text[head.end : words[index + 1].start] == " "
        relaxed = not (head.word == "عبد" or kunya or lists.given(head.word))
        starts = not relaxed or _head_with_family_name(words, index, text, lists)
        skip = (
            head.word in JOINERS
            and not kunya
            and head.word != "عبد"
            or head.word in _NEVER_HEAD
            or head.word in STOP
            or head.word in CUES
            and not kunya  # "أبي" is "my father" too; before a given name, a kunya
        )
        if not starts or skip or _after_place(words, index, text):
            index += 1
            continue
        chain = [head]
        # after a cue, an unlisted word may be the family name ("اتصلت بي نادين حداد")
        open_tail = cued and head.word in GIVEN and head.word not in AMBIGUOUS
        cursor = index + 1
        while cursor < len(words) and len(chain) < 6:
            token = words[cursor]
            if text[chain[-1].end : token.start] != " " or token.clitic:
                break
            previous = chain[-1].word
            if previous == "عبد" and token.word not in STOP - {"الله"}:
                chain.append(token)
            elif previous in _LINKS and _linked(token.word, lists):
                chain.append(token)
            elif token.word in JOINERS and token.word not in ("أم", "ام", "أبي", "عبد"):
                chain.append(token)
            elif token.word == "عبد" or previous in JOINERS and lists.surname(token.word):
                chain.append(token)
            elif (previous in ("أبو", "ابو") and len(chain) >= 2 and len(token.word) > 2
                  and token.word not in STOP and token.word not in CUES):
                # "رامي أبو شقرا": after a given name, أبو and the next word are its family
                # name, even when that word is also an everyday one.
                chain.append(token)
            elif lists.surname(token.word):
                chain.append(token)
            elif len(chain) == 1 and open_tail and _family_name(token.word, lists):
                chain.append(token)  # "جون سميث", "نادين قطيشات": an unlisted family name
            else:
                break
            cursor += 1
        while len(chain) > 1 and chain[-1].word in JOINERS:
            chain.pop()
        strong = head.word in GIVEN and head.word not in AMBIGUOUS
        if head.word == "عبد" and len(chain) == 1:
            strong = False
        tail = [w.word for w in chain[1:]]
        if (
            head.word in AMBIGUOUS
            and not cued
            and not set(tail) & JOINERS
            and set(tail) <= lists.common
        ):
            chain = chain[:1]  # "نور الشمس" (sunlight): an everyday word and a common noun
        if len(chain) >= 2 or (cued or strong) and not relaxed:
            yield chain[0].start, chain[-1].end
        index = max(cursor, index + 1)


def _family_name(word: str, lists: Lists) -> bool:
    """An unlisted word after a given name that can only be its family name."""
    return (
        len(word) > 2
        and not _article(word)
        and word not in lists.common
        and not (word[0] in _CLITICS and word[1:] in lists.common)  # "وتصنيفات"
        and not (word in STOP or word in CUES or word in PLACE_WORDS or word in JOINERS)
    )


def _linked(word: str, lists: Lists) -> bool:
    """A word after "بن"/"ولد": a name unless it is a function or place word."""
    if word in ("الشيخ", "السيد"):  # "ولد الشيخ", "بن السيد": family names
        return True
    return not (word in STOP or word in CUES or word in PLACE_WORDS) and (
        word not in lists.common or lists.surname(word) or lists.first_rank(word) > 0
    )


def _unknown_ok(word: str, lists: Lists, honorific: bool) -> bool:
    """Whether an unlisted word right after a cue can be the name."""
    if word in STOP or word in CUES or word in JOINERS:
        return False
    if honorific:  # "السيد القحطاني", "السيد محند": no article unless a family name
        return not _article(word) or word.startswith("ال") and lists.surname(word)
    return not _article(word) and (
        word not in lists.common or 0 < lists.first_rank(word) <= 2000 and len(word) > 2
    )


def introduced(text: str, lists: Lists) -> Iterable[tuple[int, int]]:
    """The name in "أنا <name>، ..." when every word of it can be one.

    The first word is a listed given name or no everyday word; the others are listed
    names, joiners and what follows them, unlisted words or al- family names; no
    function, place or cue word ("أنا موظفة في البلدية،", "أنا من سكان الحي،" are not).
    """
    for match in _INTRODUCTION.finditer(text):
        words = match.group(1).split(" ")
        first = words[0]
        if not (lists.given(first) or first not in lists.common) or _article(first):
            continue
        if first in JOINERS or first in STOP or first in CUES or first in PLACE_WORDS:
            continue
        ok, previous = True, first
        for word in words[1:]:
            if word in STOP or word in CUES or word in PLACE_WORDS:
                ok = False
            elif previous in _LINKS or word in JOINERS | _LINKS or lists.given(word) or lists.surname(word):
                pass
            elif _article(word):
                ok = lists.surname(word) or word.endswith("ي") and len(word) > 4
            else:
                ok = word not in lists.common or lists.given(first)
            if not ok:
                break
            previous = word
        if ok and words[-1] not in JOINERS:
            yield match.start(1), match.end(1)


def cued_unknown(text: str, lists: Lists) -> Iterable[tuple[int, int]]:
    """An unlisted word right after an honorific, naming or kinship cue, with its chain.

    After an honorific ("السيد محند أوعلي") or a naming word any word without an
    article is the name (and one more such word, a Maghrebi or Amazigh family name);
    after a kinship word ("ابنتي لجين") only one that is no everyday word.
    """
    words = _words(text, lists)
    for index, word in enumerate(words):
        if index == 0 or lists.given(word.word):
            continue
        honorific = _cue(words, index, text, NAMING)
        if not honorific and not _cue(words, index, text, KINSHIP):
            continue
        if not _unknown_ok(word.word, lists, honorific):
            continue
        if honorific and word.word in lists.common and lists.first_rank(word.word) == 0:
            if words[index - 1].word not in _TITLES:
                continue
            following = words[index + 1].word if index + 1 < len(words) else ""
            if not (following and following not in lists.common and following not in STOP):
                continue  # "السيد يطلب": an everyday word alone after the title
        end, loose = word.end, honorific
        for token in words[index + 1 : index + 4]:
            if text[end : token.start] != " ":
                break
            if (
                lists.surname(token.word)
                or _linked(token.word, lists)
                and token.word[0:2]
                in (
                    "أو",
                    "او",
                    "آي",
                    "أي",
                )
            ):
                end = token.end
            elif loose and token.word not in lists.common and _unknown_ok(token.word, lists, True):
                end, loose = token.end, False
            else:
                break
        while end > word.end and text[text.rfind(" ", 0, end) + 1 : end] in JOINERS:
            end = text.rfind(" ", 0, end)  # a chain never ends on "بن"/"ولد"
        yield word.start, end


def coordinated(
    text: str, lists: Lists, found: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Given names joined by "و" to a name already found: "مراد وأسماء ويحيى التميمي".

    A listed given name, even an everyday word, right after a name and the
    conjunction is the next person of a list.
    """
    ends = {end for _, end in found}
    added = []
    for word in _words(text, lists):
        if not word.clitic or text[word.start - 1 : word.start] != "و":
            continue
        if word.word not in GIVEN and word.word not in AMBIGUOUS:
            continue
        if text[word.start - 2 : word.start - 1] == " " and word.start - 2 in ends:
            added.append((word.start, word.end))
            ends.add(word.end)
    return added
