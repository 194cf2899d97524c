"""Word lists of the guardrails, in the five course languages.

What :mod:`assistant.rag.guardrails` looks for, kept apart from the code that
looks: instructions aimed at an AI system, and requests aimed at the reader
(pay, send personal or bank data, log in). Every request pattern runs on the
guardrails' *detection view* — lower case, accents removed, Arabic letter
variants folded (``أ``/``إ``/``آ`` → ``ا``, ``ى`` → ``ي``, ``ؤ`` → ``و``,
``ئ`` → ``ي``), look-alike letters folded to Latin — so the lists below are
written in that folded form.

A request needs both halves in one sentence: a verb of the request ("pay",
"saisissez", "ingrese", "envie", "ادفع") *and* its object ("a fee", "vos
coordonnées bancaires", "su contraseña", "رسوم"). The course discusses
personal data, payments and accounts all the time ("collect only the personal
data you need"); it never asks the learner to hand them over. A preceding
negation ("never enter your password…") makes a sentence a warning, not a
request.
"""

from __future__ import annotations

import re
import unicodedata

#: Instructions aimed at an AI system, matched on the raw sentence and on its folded view.
INJECTION_PATTERNS = [
    # English
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules|guidelines|system message)\b",
    r"\byou are now\b",
    r"\b(reply|respond|answer|output|say)\b.{0,15}\bonly\b.{0,15}\bwith\b",
    r"\bnew instructions?\b",
    r"\b(pretend|act) (to be|as)\b.{0,40}\b(ai|assistant|model|chatbot)\b",
    r"^\s*(system|assistant)\s*:",
    r"\b(ai|assistant|language model|chatbot)s?\b.{0,30}\b(must|should) (now )?(reply|respond|say|output|ignore)\b",
    # French
    r"\b(ignore[rz]?|oublie[rz]?)\b.{0,40}\b(instructions?|consignes?|règles)\b",
    r"\btu es (désormais|maintenant)\b|\bvous êtes (désormais|maintenant)\b",
    r"\b(réponds|répondez|réponde)\b.{0,20}\b(uniquement|seulement)\b",
    # Spanish
    r"\b(ignora|ignore|ignorad|olvida|olvide)\b.{0,40}\b(instrucciones|reglas|indicaciones)\b",
    r"\bahora eres\b|\bahora usted es\b",
    r"\b(responde|responda|contesta)\b.{0,20}\b(solo|solamente|únicamente)\b",
    # Portuguese
    r"\b(ignora|ignore|ignorem|esquece|esqueça)\b.{0,40}\b(instruções|regras|orientações)\b",
    r"\b(agora és|você agora é|agora você é)\b",
    r"\b(responde|responda|respondam)\b.{0,20}\b(apenas|somente|só)\b",
    # Arabic
    r"(تجاهل|تجاهلي|تجاهلوا|انس|انسَ)\s.{0,40}(التعليمات|الأوامر|القواعد|التوجيهات)",
    r"أنت الآن",
    r"(أجب|اجب|أجيبي|رد)\s.{0,20}(فقط|حصرا|حصرًا)",
]

_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ؤ": "و", "ئ": "ي"})
_ARABIC_MARKS = re.compile(r"[\u0640\u064B-\u065F\u0670]")


def fold(text: str) -> str:
    """Accents and Arabic letter variants folded (case is left to the caller)."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or "\u0600" <= c <= "\u06ff")
    return _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", kept)).translate(_ARABIC_FOLD)


#: The injection patterns in folded form, for the detection view.
FOLDED_INJECTION_PATTERNS = [fold(p) for p in INJECTION_PATTERNS]

#: Top-level domains a bare host name ("city-fees.com") is recognised by. Generic ones
#: and the country codes of places the course's learners are likely to be.
TLDS = (
    "com|org|net|info|biz|gov|edu|int|eu|io|co|app|online|site|xyz|top|click|link|shop|"
    "live|pro|me|ly|cc|ws|tk|ml|ga|cf|gq|icu|vip|club|fr|es|pt|br|ma|dz|tn|eg|sa|ae|qa|"
    "kw|jo|lb|uk|us|de|it|be|ch|ca|mx|ar|cl|pe|ao|mz|sn|ci|cm|ke|ng|za|in|gouv\\.fr|gob\\.es"
)

#: A word that makes a digit sequence a phone number rather than a year or an amount.
CONTACT_WORD = re.compile(
    r"\b(call|phone|telephone|tel|whatsapp|sms|text us|hotline|helpline|appel\w*|"
    r"telefon\w*|llam\w*|lig\w*|contact\w*|numero)\b|(اتصل|هاتف|رقم|واتساب)"
)

# -- requests aimed at the reader ----------------------------------------------------

_AR = "\u0600-\u06ff"


def _ar(words: str) -> str:
    """Arabic words (``|``-separated) with their clitics: و ف ب ل ال before, pronouns after."""
    return (
        f"(?<![{_AR}])(?:و|ف|ب|ل|ال|وال|بال|لل|فال)?(?:{words})"
        f"(?:ك|كم|كن|ه|ها|هم|وا|ي|نا)?(?![{_AR}])"
    )


#: A negation just before a request verb ("never pay", "ne saisissez", "no envíe", "لا تدفع").
_NEGATED = re.compile(
    r"(?:\b(?:never|not|no|don't|dont|jamais|ne|nunca|jamas|nao|nem)\W+|\bn'|(?:^|\s)(?:لا|لن)\s+)"
    r"(?:(?:ever|directly|you|yourself|vous|te|se|usted|lhe|jamais|nunca|lo|la|los|las)\W+)?$"
)

_PAY_VERB = (
    r"\b(pay|paying|transfer|wire|deposit|top up|settle|"
    r"payer|payez|paye|payent|regler|reglez|verser|versez|virer|virez|acquitter|acquittez|"
    r"pagar|pague|paguen|pagues|abonar|abone|abonen|transferir|transfiera|transfieran|"
    r"depositar|deposite|depositen|ingresar|ingrese|ingresen|efectuar el pago|"
    r"paguem|transfira|transfiram|depositem|efetuar o pagamento|efetue o pagamento)\b|"
    + _ar("ادفع|ادفعوا|يدفع|يدفعوا|تدفع|تدفعوا|دفع|سدد|سددوا|يسدد|تسديد|تحويل|ايداع|اودع")
)
_MONEY = (
    r"\b(fees?|charges?|euros?|dollars?|usd|eur|amount|payment|deposit|fine|bitcoin|"
    r"crypto\w*|gift cards?|frais|montant|paiement|redevance|amende|cotisation|tasas?|tarifas?|"
    r"cuotas?|importe|pago|cargo|comision|multa|taxas?|pagamento|reais)\b|[€$£]|"
    r"\d+\s*(?:eur|usd|dh|mad|brl)\b|"
    + _ar("رسوم|رسم|يورو|دولار|دولارات|مبلغ|درهم|دراهم|دينار|ريال|جنيه|غرامه|غرامة")
)
_SEND_VERB = (
    r"\b(send|enter|provide|submit|give|share|confirm|verify|update|type|fill in|upload|"
    r"reply with|include|disclose|"
    r"envoyer|envoyez|envoie|saisir|saisissez|fournir|fournissez|communiquer|communiquez|"
    r"indiquer|indiquez|renseigner|renseignez|confirmer|confirmez|transmettre|transmettez|"
    r"entrer|entrez|donner|donnez|"
    r"enviar|envie|envien|introducir|introduzca|introduzcan|ingresar|ingrese|ingresen|"
    r"proporcionar|proporcione|proporcionen|facilitar|facilite|faciliten|indicar|indique|"
    r"indiquen|confirmar|confirme|confirmen|compartir|comparta|escribir|escriba|"
    r"enviem|inserir|insira|insiram|introduzir|introduza|fornecer|forneca|fornecam|informar|"
    r"informe|informem|indiquem|confirmem|compartilhar|compartilhe|partilhar|partilhe|digitar|"
    r"digite|digitem|preencher|preencha)\b|"
    + _ar("ارسل|ارسلوا|ارسال|ادخل|ادخلوا|ادخال|زود|زودوا|زودونا|قدم|قدموا|تقديم|شارك|اكد|تاكيد|اكتب|ابعث")
)
#: Bank data and credentials: asking for them is never course content.
_SECRET = (
    r"\b(bank details|banking details|bank account|account number|iban|sort code|card number|"
    r"credit card|debit card|card details|cvv|cvc|pin( code)?|password|passcode|login details|"
    r"credentials|one-time code|verification code|security code|"
    r"coordonnees bancaires|rib|numero de carte|carte bancaire|carte de credit|cryptogramme|"
    r"code pin|mot de passe|identifiants|code de verification|code de confirmation|"
    r"datos bancarios|cuenta bancaria|numero de cuenta|numero de tarjeta|tarjeta de credito|"
    r"tarjeta de debito|contrasena|credenciales|codigo de verificacion|"
    r"dados bancarios|conta bancaria|numero da conta|nib|numero do cartao|cartao de credito|"
    r"cartao de debito|senha|palavra-passe|codigo de verificacao)\b|"
    + _ar(
        "البيانات المصرفيه|البيانات المصرفية|بيانات البنك|البيانات البنكيه|البيانات البنكية|"
        "الحساب البنكي|الحساب المصرفي|رقم الحساب|رقم البطاقه|رقم البطاقة|البطاقه البنكيه|"
        "البطاقة البنكية|بطاقه الائتمان|بطاقة الائتمان|كلمه المرور|كلمة المرور|كلمه السر|"
        "كلمة السر|الرقم السري|بيانات الدخول|رمز التحقق"
    )
    + "|"
    + _ar("بيانات|معلومات|حساب|بطاقت|بطاق") + r"\s+(?:البنكيه|البنكية|المصرفيه|المصرفية)"
)
#: Identity data: asking for it is a request only when the sentence addresses the reader.
_IDENTITY = (
    r"\b(personal data|personal details|personal information|social security number|"
    r"national insurance number|identity number|id number|passport number|date of birth|"
    r"tax number|donnees personnelles|informations personnelles|numero de securite sociale|"
    r"numero d'identite|piece d'identite|numero de passeport|date de naissance|numero fiscal|"
    r"datos personales|informacion personal|numero de seguridad social|dni|"
    r"documento de identidad|numero de pasaporte|fecha de nacimiento|dados pessoais|"
    r"informacoes pessoais|cpf|numero de identificacao|documento de identidade|"
    r"numero do passaporte|data de nascimento|nif)\b|"
    + _ar(
        "رقم الهويه|رقم الهوية|رقم هويت|بطاقه الهويه|بطاقة الهوية|بطاقه هويت|بطاقة هويت|"
        "جواز السفر|جواز سفر|تاريخ الميلاد|تاريخ ميلاد|بياناتك الشخصيه|بياناتك الشخصية|"
        "معلوماتك الشخصيه|معلوماتك الشخصية|البيانات الشخصيه|البيانات الشخصية"
    )
)
#: The sentence speaks to the reader ("your", "vos", "su", "seu", Arabic "-ك"/"-كم").
_ADDRESSED = re.compile(
    r"\b(your|yours|you|vos|votre|vous|tes|ton|ta|su|sus|usted|ustedes|tu|tus|seu|sua|seus|"
    r"suas|voce|voces|teu|tua)\b|[\u0600-\u06ff]+(?:ك|كم)(?![\u0600-\u06ff])"
)
_LOGIN = (
    r"\b(log ?in|log on|sign ?in|sign on|verify your account|confirm your account|"
    r"reactivate your account|unlock your account|connectez-vous|se connecter|identifiez-vous|"
    r"inicie sesion|iniciar sesion|inicia sesion|acceda a su cuenta|identifiquese|"
    r"faca login|fazer login|faca o login|inicie sessao|iniciar sessao|entre na sua conta|"
    r"aceda a sua conta|acesse sua conta|acesse a sua conta)\b|"
    + _ar("سجل الدخول|سجلوا الدخول|تسجيل الدخول")
)

_PAY = re.compile(_PAY_VERB)
_MONEY_RE = re.compile(_MONEY)
_SEND = re.compile(_SEND_VERB)
_SECRET_RE = re.compile(_SECRET)
_IDENTITY_RE = re.compile(_IDENTITY)
_LOGIN_RE = re.compile(_LOGIN)


def _requested(verb: re.Pattern[str], view: str) -> list[re.Match[str]]:
    """Matches of ``verb`` in ``view`` that are not negated ("never pay…", "ne saisissez jamais")."""
    out = []
    for match in verb.finditer(view):
        before = view[max(0, match.start() - 30) : match.start()]
        after = view[match.end() : match.end() + 12]
        if _NEGATED.search(before) or re.match(r"\W*(?:jamais|nunca)\b", after):
            continue
        out.append(match)
    return out


def _near(first: list[re.Match[str]], second: re.Pattern[str], view: str, window: int = 90) -> bool:
    return any(
        second.search(view, max(0, m.start() - window), min(len(view), m.end() + window))
        for m in first
    )


def asks_payment(view: str) -> bool:
    """The reader is asked to pay something (a verb of paying near a fee or an amount)."""
    return _near(_requested(_PAY, view), _MONEY_RE, view)


def asks_personal_data(view: str) -> bool:
    """The reader is asked to send or enter bank data, credentials or their identity data."""
    verbs = _requested(_SEND, view)
    if not verbs:
        return False
    if _near(verbs, _SECRET_RE, view):
        return True
    return _near(verbs, _IDENTITY_RE, view, 60) and bool(_ADDRESSED.search(view))


def asks_login(view: str) -> bool:
    """The reader is asked to log in somewhere."""
    return bool(_requested(_LOGIN_RE, view))


_AMOUNT = re.compile(r"\d")


def mentions_money_or_secrets(view: str) -> bool:
    """Weaker signal for the neighbours of a planted sentence: an amount, credentials or a link."""
    money = _MONEY_RE.search(view)
    return bool(
        (money and (money.group(0) in "€$£" or _AMOUNT.search(view)))
        or _SECRET_RE.search(view)
        or _LOGIN_RE.search(view)
        or re.search(r"https?://|www\.|@|\.(com|org|net|info)\b", view)
    )
