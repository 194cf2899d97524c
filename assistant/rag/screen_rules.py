"""Phrases the question screen acts on without a model, in the five course languages.

Patterns run on the guardrails' detection view of a question: lower case,
accents removed, invisible characters and look-alike letters gone, Arabic
letter variants folded (``أ``/``إ``/``آ`` → ``ا``, ``ى`` → ``ي``). They aim at
the *request* or the *first-person state*, never at a topic: "how should a
chatbot respond when a resident mentions suicide?" is a course question;
"I want to end my life" is not. The embedding classifier catches what these
lists miss; keeping them narrow keeps genuine questions unblocked.
"""

from __future__ import annotations

import re

_DISTRESS = [
    # en
    r"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting) myself\b",
    r"\b(end|ending|take|taking) (my|my own) life\b|\bend it all\b",
    r"\b(want|wanna|going|planning) to die\b|\bwanna die\b|\bdon'?t want to (live|be alive|exist)\b",
    r"\bi('m| am)? (feel(ing)? )?(so )?suicidal\b|\bthinking (about|of) (suicide|killing myself)\b",
    r"\bno (reason|point) (to|in) (live|living|going on)\b|\bbetter off dead\b",
    r"\b(husband|wife|partner|boyfriend|girlfriend|father|mother|dad|mum|mom) (hits|beats|abuses|rapes|strangles) me\b",
    r"\bafraid (for|of losing) my (life|safety)\b|\bscared for my life\b",
    r"\bjump (off|from) (the|a) (bridge|building|roof)\b",
    # fr
    r"\b(me suicider|suicidaire|me tuer|me scarifie|me faire du mal|me mutile)\b",
    r"\bmettre fin a (mes jours|ma vie)\b|\b(envie|besoin) de mourir\b|\bveux mourir\b",
    r"\b(plus|pas) envie de vivre\b|\bsauter du pont\b",
    r"\b(mari|femme|compagnon|compagne|conjoint|pere|mere) me (frappe|bat|viole|menace)\b",
    r"\bpeur pour ma (vie|securite)\b",
    # es
    r"\b(suicidarme|quitarme la vida|matarme|hacerme dano|me corto|autolesion\w*)\b",
    r"\bquiero morir(me)?\b|\bno quiero (seguir )?vivir\b|\bganas de morir\b",
    r"\b(marido|esposo|esposa|pareja|novio|novia|padre|madre) me (pega|golpea|maltrata|viola|amenaza)\b",
    r"\btemo por mi (vida|seguridad)\b|\btirarme (del|de un) (puente|edificio)\b",
    # pt
    r"\b(me matar|matar-me|suicidar-me|me suicidar|tirar a minha vida|acabar com a minha vida)\b",
    r"\b(magoar-me|me machucar|corto-me|me corto|automutila\w*)\b",
    r"\bquero morrer\b|\b(ja )?nao quero (mais )?viver\b",
    r"\b(marido|mulher|companheiro|companheira|namorado|pai|mae) (bate-me|me bate|ameaca-me|me ameaca)\b",
    r"\bmedo pela minha (vida|seguranca)\b|\batirar-me da ponte\b",
    # ar
    r"(افكر|فكرت|اريد|سوف|ساقوم ب)\s*(في )?(الانتحار|ان انتحر)|انتحر\b|اقتل نفسي|انهي حياتي|انهاء حياتي",
    r"اريد ان اموت|اتمني الموت|لا اريد ان اعيش|لم اعد اريد ان اعيش|اجرح نفسي|ايذاء نفسي|اوذي نفسي",
    r"(زوجي|زوجتي|ابي|امي|خطيبي) (يضربني|تضربني|يهددني|يعنفني)|اخاف علي (حياتي|سلامتي)",
    r"القفز من (الجسر|المبني|السطح)",
]

_HARMFUL = [
    # en
    r"\b(make|build|assemble|produce) (a |an )?(bomb|explosive|pipe bomb|molotov|napalm|nerve agent|bioweapon)\b",
    r"\b(synthesi[sz]e|cook|make|produce) (meth|methamphetamine|cocaine|heroin|fentanyl)\b",
    r"\bpoison (someone|somebody|my|a person|people)\b|\bpoison to put in\b",
    r"\b(hack|break) into (my |a |an |the |someone'?s )?\w*\s?(account|email|phone|server|database|network)\b",
    r"\b(write|create|code) (a |some )?(ransomware|malware|keylogger|virus|phishing (email|e-mail|page))\b",
    r"\blaunder (money|cash|funds)\b|\bmoney laundering scheme\b",
    r"\b(fake|forged|counterfeit) (id|passport|identity card|id card|banknotes|money)\b.{0,40}\b(make|get|print|pass)\b|\b(make|print|get) (a )?(fake|forged|counterfeit) (id|passport|identity card|id card|banknotes)\b",
    r"\bwithout (a licen[cs]e and )?(any )?background check\b",
    r"\b(stalk|track|spy on) (my )?(ex|wife|husband|partner|girlfriend|boyfriend|neighbou?r|colleague)\b",
    r"\b(hide|conceal) (a |the )?bribes?\b|\btake a bribe\b",
    # fr
    r"\b(fabriquer|faire) (une )?(bombe|explosif|cocktail molotov|napalm)\b",
    r"\b(fabriquer|synthetiser) (de la )?(methamphetamine|cocaine|heroine)\b",
    r"\bempoisonner (quelqu'un|une personne|mon|ma)\b",
    r"\bpirater (le |la |un |une )?(compte|messagerie|telephone|serveur|boite)\b",
    r"\bblanchir (de l')?argent\b|\bfausse (carte d'identite|piece d'identite)\b|\bpot-de-vin sans\b",
    # es
    r"\b(hacer|fabricar) (una )?(bomba|explosivo|coctel molotov|napalm)\b",
    r"\b(fabricar|sintetizar|cocinar) (metanfetamina|cocaina|heroina)\b",
    r"\benvenenar a (alguien|una persona|mi)\b",
    r"\bhackear (la |el |una |un )?(cuenta|correo|movil|servidor)\b",
    r"\bblanque(ar|o) dinero\b|\b(dni|pasaporte) falso\b",
    # pt
    r"\b(fazer|fabricar) (uma )?(bomba|explosivo|cocktail molotov|napalm)\b",
    r"\b(fazer|fabricar|sintetizar) (metanfetamina|cocaina|heroina)\b",
    r"\benvenenar (alguem|uma pessoa|o meu|a minha)\b",
    r"\b(piratear|hackear|invadir) (a |o )?(conta|e-mail|telemovel|servidor)\b",
    r"\blav(ar|o) dinheiro\b|\b(cartao de cidadao|passaporte|identidade) fals[oa]\b",
    # ar
    r"(اصنع|صنع|تصنيع|اصنعي) (قنبله|قنبلة|متفجرات|عبوه ناسفه|عبوة ناسفة|نابالم)",
    r"(صنع|تصنيع) (الميثامفيتامين|الكوكايين|الهيروين)",
    r"(اختراق|اخترق) حساب|غسل الاموال|غسيل الاموال|(بطاقه|بطاقة) هويه مزوره|(بطاقه|بطاقة) هوية مزورة",
]

_MANIPULATION = [
    # en
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,30}\b(previous|prior|above|your|all|earlier|system)\b.{0,20}\b(instructions?|prompts?|rules|guidelines|restrictions|filters)\b",
    r"\b(system prompt|initial prompt|hidden instructions)\b",
    r"\b(you are|you're) (now )?dan\b|\bdo anything now\b|\bdeveloper mode\b|\bjailbreak\w*\b",
    r"\b(pretend|imagine) (that )?(you are|you're|to be)\b.{0,40}\b(evil|unfiltered|uncensored|unrestricted|jailbroken|corrupt|criminal|hacker|dan|no rules|grandma|grandmother|without (rules|restrictions|limits))\b",
    r"\b(role-?play|act|behave) (as|like) (an? )?(evil|unfiltered|uncensored|unrestricted|jailbroken|corrupt|criminal|malicious)\b",
    r"\b(no|without) (rules|restrictions|filters|limits|guidelines)\b.{0,40}\b(answer|respond|reply|assistant|ai)\b|\b(assistant|ai)\b.{0,40}\b(with )?no (rules|restrictions|filters|limits)\b",
    r"\b(safety|content) (rules|filters?) (are|is) (off|disabled|switched off)\b|\b(drop|disable|turn off) your (content )?(filters|rules|restrictions)\b",
    r"\brepeat the (text|words|instructions) above\b",
    # fr
    r"\b(ignore[rz]?|oublie[rz]?)\b.{0,30}\b(tes|vos|les|toutes)\b.{0,20}\b(instructions|consignes|regles)\b",
    r"\b(fais|faites) semblant d'etre\b.{0,40}\b(malveillant|malefique|corrompu|criminel|pirate|sans regles|grand-mere|dan)\b",
    r"\b(joue|jouez|incarne) (le role d')?(un|une) \w+ (malveillant|malefique|corrompu|criminel|sans regles)\b",
    r"\bmode developpeur\b|\bprompt systeme\b",
    r"\b(tu es|vous etes) (desormais|maintenant) dan\b|\bsans (regles|filtres|restrictions)\b",
    # es
    r"\b(ignora|olvida)\b.{0,30}\b(tus|sus|las|todas)\b.{0,20}\b(instrucciones|reglas|normas)\b",
    r"\bfinge (que eres|ser)\b.{0,40}\b(malvado|corrupto|criminal|hacker|sin reglas|abuela|dan)\b",
    r"\bhaz (el|de) papel de (un|una) \w+ (malvado|corrupto|criminal|sin reglas)\b",
    r"\bmodo desarrollador\b|\bprompt de sistema\b",
    r"\bahora eres dan\b|\bsin (reglas|filtros|restricciones)\b",
    # pt
    r"\b(ignora|esquece)\b.{0,30}\b(as tuas|as suas|todas)\b.{0,20}\b(instrucoes|regras)\b",
    r"\bfinge (que es|ser)\b.{0,40}\b(malvado|corrupto|criminoso|hacker|sem regras|avo|dan)\b",
    r"\bfaz o papel de (um|uma) \w+ (malvado|corrupto|criminoso|sem regras)\b",
    r"\bmodo de programador\b|\bprompt de sistema\b",
    r"\bagora es o dan\b|\bsem (regras|filtros|restricoes)\b",
    # ar
    r"تجاهل (كل |جميع )?(تعليماتك|التعليمات|ارشاداتك|القواعد)|وضع المطور|موجه النظام|بلا قواعد|دون قيود",
    r"(تظاهر بانك|تقمص دور|العب دور) .{0,40}(شرير|فاسد|مجرم|مخترق|جدتي|بلا قواعد)",
]

_COMPILED = {
    "distress": re.compile("|".join(f"(?:{p})" for p in _DISTRESS)),
    "harmful": re.compile("|".join(f"(?:{p})" for p in _HARMFUL)),
    "manipulation": re.compile("|".join(f"(?:{p})" for p in _MANIPULATION)),
}


def matches(category: str, view: str) -> bool:
    """True when the folded question ``view`` holds a phrase of ``category``."""
    return bool(_COMPILED[category].search(view))
