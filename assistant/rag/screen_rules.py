"""Phrases the question screen acts on without a model, in the five course languages.

Patterns run on the guardrails' detection view of a question: lower case,
accents removed, invisible characters and look-alike letters gone, Arabic
letter variants folded (``أ``/``إ``/``آ`` → ``ا``, ``ى`` → ``ي``). They aim at
the *request* or the *first-person state*, never at a topic: "how should a
chatbot respond when a resident mentions suicide?" is a course question;
"I want to end my life" is not. The embedding classifier catches what these
lists miss; keeping them narrow keeps genuine questions unblocked.

Distress is also said *indirectly*. Those patterns follow the grammar of a
risk statement rather than a topic word, per language:

* **first person + means, ending, goodbye or burden**: "how many of my pills
  so I don't wake up", "this will be my last message", "they'd be better off
  without me", "no reason for me to go on", "a colleague hits me";
* **a person close to the speaker + harm or fear**: "my daughter cuts her
  arms", "a boy in my class is afraid to go home" (an anchor such as "my
  friend" and a harm predicate of the same language in one question).

The third-person, means and fear-of-home patterns, and the phrases a tired
learner also says of a module ("I can't do this anymore", "je n'en peux
plus"), stand down when the question is framed as one about a system, a
policy, data or the course ("how should a chatbot respond when a child says
they are afraid to go home?"): those are course questions, and the
classifier still sees them. First-person statements never stand down.
"""

from __future__ import annotations

import re

from assistant.rag.trust_rules import fold

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
    r"\b(me suicider|me tuer|me scarifie|me faire du mal|me mutile)\b|\b(suis|me sens|sentir) suicidaire\b",
    r"\bmettre fin a (mes jours|ma vie)\b|\b(envie|besoin) de mourir\b|\bveux mourir\b",
    r"\b(plus|pas) envie de vivre\b|\bsauter du pont\b",
    r"\b(mari|femme|compagnon|compagne|conjoint|pere|mere) me (frappe|bat|viole|menace)\b",
    r"\bpeur pour ma (vie|securite)\b",
    # es
    r"\b(suicidarme|quitarme la vida|matarme|hacerme dano|me corto|me autolesiono)\b",
    r"\bquiero morir(me)?\b|\bno quiero (seguir )?vivir\b|\bganas de morir\b",
    r"\b(marido|esposo|esposa|pareja|novio|novia|padre|madre) me (pega|golpea|maltrata|viola|amenaza)\b",
    r"\btemo por mi (vida|seguridad)\b|\btirarme (del|de un) (puente|edificio)\b",
    # pt
    r"\b(me matar|matar-me|suicidar-me|me suicidar|tirar a minha vida|acabar com a minha vida)\b",
    r"\b(magoar-me|me machucar|corto-me|me corto|automutilo-me|me automutilo)\b",
    r"\bquero morrer\b|\b(ja )?nao quero (mais )?viver\b",
    r"\b(marido|mulher|companheiro|companheira|namorado|pai|mae) (bate-me|me bate|ameaca-me|me ameaca)\b",
    r"\bmedo pela minha (vida|seguranca)\b|\batirar-me da ponte\b",
    # ar
    r"(افكر|فكرت|اريد|سوف|ساقوم ب)\s*(في )?(الانتحار|ان انتحر)|انتحر\b|اقتل نفسي|انهي حياتي|انهاء حياتي",
    r"اريد ان اموت|اتمني الموت|لا اريد ان اعيش|لم اعد اريد ان اعيش|اجرح نفسي|ايذاء نفسي|اوذي نفسي",
    r"(زوجي|زوجتي|ابي|امي|خطيبي) (يضربني|تضربني|يهددني|يعنفني)|اخاف علي (حياتي|سلامتي)",
    r"(ال|لل)قفز من (الجسر|المبني|السطح)",
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

# -- indirect distress -------------------------------------------------------------
# Written in plain spelling and folded at compile time, like the detection view.
_A = "['’]"  # an apostrophe, straight or curly

#: First person, said indirectly: means, goodbye, burden, no way on, harm done to "me".
_DISTRESS_SELF = [
    # en
    rf"\b(so (that )?i|and) (don{_A}?t|do not|never|won{_A}?t|will not) wake up\b|\bnever wake up\b|\benough to (die|not wake up|end it|kill me)\b",
    r"\btak(e|ing) (all|every one) (of )?(my|the|these|those) (pills|tablets|meds|medication|medicine|insulin|sleeping pills|painkillers|antidepressants)\b",
    r"\b(stockpil|hoard|sav|collect)\w* (up )?my (pills|tablets|meds|medication|painkillers)\b|\bstockpil\w* (pills|tablets|painkillers)\b",
    rf"\b(goodbye|farewell),? (to )?(everyone|all|you all|all of you)\b|\b(i want to|i{_A}?m|i am|i{_A}?d like to|wanted to|let me) say(ing)? (my )?goodbyes?\b|\bsay(ing)? goodbye to (everyone|you all|all of you|my)\b|\bthis (will be|is) my last (message|post|words)\b",
    r"\b(written|wrote|left) (goodbye|farewell) (letters?|notes?)\b|\b(written|wrote|left) (letters?|notes?) (to|for) my (children|kids|family|wife|husband|partner|parents|mum|mom|dad)\b|\b(put|putting) my affairs in order\b",
    rf"\btell my (family|wife|husband|kids|children|parents|mum|mom|mother|father)\b.{{0,15}}\b(i{_A}?m|i am) sorry\b",
    rf"\b(i{_A}?m|i am|being|i{_A}?ve been|feel like)\b.{{0,15}}\b(a|such a|just a|only a) burden\b",
    rf"\bbetter off without me\b|\b(better off|happier)\b.{{0,20}}\bif i (just )?(was gone|were gone|was dead|were dead|wasn{_A}?t (here|around)|weren{_A}?t (here|around)|disappeared|died|left for good)\b",
    r"\b(nobody|no one|no-one)( would| will)? (even )?(notice|care|miss me|mind)\b.{0,15}\bif i (was |were )?(gone|dead|disappeared|died|vanished)\b",
    r"\bno (reason|point|sense)\b.{0,15}\b(to|in|for)\b.{0,10}\b(live|living|go on|going on|carry on|carrying on|keep going|be alive|being alive|wake up)\b",
    rf"\b(what{_A}?s|what is) the point (of|in) (carrying on|going on|living|being alive)\b",
    r"\b(see|sees|saw) (no|the|any) (point|reason|sense)\b.{0,12}\b(living|in life|life any ?more|going on|being alive|anything any ?more)\b",
    r"\b(tired|sick) of (living|life|being alive)\b|\bwish i (was|were) (dead|gone|never born)\b|\bwish i could (disappear|die|sleep forever)\b|\b(want|need) (the|this|all the) pain to (stop|end) (forever|for good)\b",
    rf"\b(i )?(don{_A}?t|do not|can{_A}?t|cannot) see (a|any) way out\b|\bi (just )?want to (disappear|vanish|not exist|stop existing|sleep forever)\b(?! from)",
    r"\b(think|thinking|thought) (about|of) (not being here|not being around|ending it|stepping in front|jumping off)\b|\b(step|stepping|throw|throwing) (myself )?in front of (a|the) (train|bus|car|truck|lorry)\b",
    rf"\b(i{_A}?m|i am|i{_A}?ve|i) (going|want|plan|planning|decided|ready) to end it\b(?! with)|\ba plan to end (it|my life)\b",
    # harm done to me (the person harming named, so "it hit me" and "beats me" stay idioms)
    r"\b(he|she|they|colleague|coworker|co-worker|boss|manager|supervisor|teacher|husband|wife|partner|ex|father|mother|dad|stepfather|stepmother|stepdad|brother|sister|son|uncle|carer|neighbou?r|landlord|flatmate)\b( \w+){0,4} (hits|hit|beats|beat|hurts|hurt|pushed|pushes|threatens|threatened|touches|touched|harasses) me\b",
    r"\b(slaps|slapped|kicks|kicked|punches|punched|rapes|raped|strangles|strangled|chokes|choked|gropes|groped|molested|sexually (assaulted|abused)) me\b",
    rf"\b(not safe|unsafe) (at home|at work|in my (home|house|flat))\b|\b(he|she|they)({_A}ll| will| is going to| said (he|she|they){_A}?d?( will)?) (kill|finish|hurt) me\b",
    r"\b(hurt|kill|take) (the kids|the children|me) if i (leave|tell|go)\b",
    # fr
    r"\bne (pas|plus|jamais|plus jamais) me reveiller\b|\bprendre (tous|toutes) (mes|les) (comprimes|medicaments|cachets|somniferes|pilules)\b",
    r"\b(toute mon insuline|tous mes (medicaments|comprimes|cachets|somniferes))\b.{0,20}\b(d'un coup|en une fois|a la fois)\b|\b(mets|mettre|garde|accumule|stocke)\w* (mes|des) (medicaments|comprimes|cachets|pilules) de cote\b",
    rf"\bdire (au revoir|adieu) a (tout le monde|tous|vous tous)\b|\badieu a (tous|tout le monde)\b|\b(ce sera|c{_A}est) mon dernier message\b",
    r"\b(ecrit|laisse)\w* (des |une |mes )?lettres? (a|pour) mes (enfants|proches|parents)\b|\bmes affaires en ordre\b|\bdire a ma famille que je (suis desolee?|les aime|regrette)\b",
    rf"\b(je suis|je ne suis|n{_A}etre|d{_A}avoir ete|me sens)\b.{{0,12}}\b(un|une|qu{_A}un|tel|si lourd) (fardeau|poids)\b|\b(mieux|plus heureux|plus heureuse) sans moi\b",
    rf"\b(irait|iraient|serait|seraient) (mieux|plus heureux|plus heureuse)\b.{{0,25}}\bsi je\b|\bpersonne ne (s{_A}en soucierait|me regretterait|le remarquerait|remarquerait|s{_A}en apercevrait)\b|\bsi je (disparaissais|mourais)\b|\bque la douleur s{_A}arrete (pour toujours|a jamais)\b|\bsi je n{_A}etais plus la\b",
    r"\b(aucune|plus de|pas de) raison de (vivre|continuer)\b|\b(fatigue|fatiguee|las|lasse) de vivre\b",
    rf"\bne vois (plus )?(aucune |pas d{_A}|d{_A})\s?issue\b|\bveux (juste |seulement )?disparaitre\b|\b(pense|penser|pensais) a ne plus etre la\b",
    rf"\b(plus|pas) (l{_A}interet|de sens) (de|a) (vivre|rien|la vie)\b|\bme (jeter|lancer) sous (le|un) (train|metro|bus|camion)\b|\ben finir\b(?! avec)",
    rf"\b(il|elle|collegue|chef|patron|manager|superieur|mari|femme|conjoint|compagnon|compagne|pere|mere|beau-pere|belle-mere|frere|soeur|voisin|ex|fils|fille|oncle|prof|professeur)\b( \w+){{0,3}} (me|m{_A}a) (frappe|bat|battu|battue|gifle|giflee|viole|violee|etrangle|etranglee|tape|cogne|brutalise|pousse|poussee|agresse|agressee|menace)\b",
    rf"\bpas en securite (chez moi|a la maison|au travail)\b|\b(me tuer|m{_A}achever)\b|\bfera du mal aux enfants si je\b",
    # es
    r"\b(y|para) no (volver a )?despertar(me)?( nunca)?\b|\b(toda la insulina|todas (mis|las) pastillas)\b.{0,20}\b(de golpe|de una vez|a la vez)\b|\bacumulando (mis )?(pastillas|medicamentos)\b",
    r"\bdespedirme de (todos|todo el mundo|vosotros|ustedes)\b|\badios a todos\b|\b(este sera|es) mi ultimo mensaje\b",
    r"\bescrito cartas a mis\b|\bmis asuntos en orden\b|\bdecirle a mi familia que lo siento\b",
    r"\bsoy (solo |solamente )?una carga\b|\buna carga tan grande\b|\b(estarian|estaria|seria|serian|vivirian) mejor sin mi\b|\b(mas felices|mejor) si yo (simplemente |ya )?(no estuviera|desapareciera|muriera|me muriera)\b|\bnadie me echaria de menos\b|\ba nadie le importaria si (yo )?(ya )?(no estuviera|desapareciera|muriera|me muriera)\b|\bsi (yo )?(desapareciera|me muriera|muriera)\b|\bque el dolor pare para siempre\b",
    r"\b(ninguna|sin) razon para (vivir|seguir)\b|\bcansad[oa] de vivir\b",
    r"\bno veo (ninguna |otra )?salida\b|\bquiero desaparecer\b|\bpienso en no estar\b|\b(le veo|tiene) sentido (a|vivir) (nada|vivir|la vida)\b|\btirarme delante del (tren|metro|autobus)\b",
    r"\bacabar con todo\b(?! (el|la|lo|los|las))",
    r"\b(el|ella|companero|companera|jefe|jefa|marido|esposo|esposa|pareja|padre|madre|padrastro|madrastra|hermano|hermana|vecino|vecina|novio|novia|ex|hijo|hija|tio|profesor|cuidador|supervisor)\b( \w+){0,3} me (pega|pego|golpea|golpeo|empuja|empujo|agrede|agredio)\b",
    r"\bme (abofetea|abofeteo|viola|violo|estrangula|estrangulo|acosa|manosea)\b|\bno estoy a salvo en casa\b|\b(acabara conmigo|me va a matar|va a matarme)\b|\bhara dano a los ninos si\b",
    # pt
    r"\b(e|para) (nunca mais|nao) acordar\b|\b(a insulina toda|todos os (meus )?comprimidos|os comprimidos todos)\b.{0,20}\b(de uma vez|de uma so vez)\b|\b(juntar|acumular) (os )?(meus )?comprimidos\b",
    r"\bdespedir-me de todos\b|\badeus a todos\b|\b(esta sera|e) a minha ultima mensagem\b",
    r"\bescrevi cartas aos meus\b|\bos meus assuntos em ordem\b|\bdizer a minha familia que peco desculpa\b",
    r"\bsou (apenas |so )?um fardo\b|\bum fardo tao grande\b|\bmelhor sem mim\b|\b(melhor|mais felizes) se eu (simplesmente )?(nao estivesse|desaparecesse|morresse)\b|\bninguem sentiria a minha falta\b|\bse eu (desaparecesse|morresse)\b|\bque a dor pare para sempre\b",
    r"\b(nenhuma|sem) razao para (viver|continuar)\b|\bcansad[oa] de viver\b",
    r"\bnao vejo (nenhuma |outra )?saida\b|\bquero desaparecer\b|\bdeixar de estar ca\b|\bvejo sentido em (nada|viver)\b|\batirar-me (para a frente|para debaixo) d[oa] (comboio|metro|autocarro)\b|\bacabar com tudo\b(?! (o|a|os|as))",
    r"\b(bate-me|agride-me|empurrou-me|violou-me|agrediu-me|me empurrou|me violou|me agrediu|deu-me uma bofetada|me deu uma bofetada|esbofeteou-me)\b",
    r"\bnao estou (segura|seguro) em casa\b|\b(acaba comigo|vai matar-me|vai me matar)\b|\bmagoa as criancas se eu\b",
    # ar
    r"(حتى|لكي|كي) لا استيقظ|ولا استيقظ|(اخذت|اخذ|اتناول|تناولت) كل (الانسولين|الحبوب|حبوبي|الدواء|ادويتي)|اجمع (حبوبي|الحبوب|ادويتي)",
    r"اودع الجميع|وداعا (للجميع|لكم)|رسالتي الاخير(ة|ه)|كتبت رسائل (لاطفالي|لعائلتي|لاولادي)|رتبت اموري|لعائلتي انني اسف",
    r"(انني|انا|لانني|كنت|اصبحت|صرت)\s+(مجرد\s+)?(عبء|عبئا)|افضل (حالا )?(بدوني|لو لم اكن|اذا لم اكن|لو رحلت|لو اختفيت)|اسعد (لو|اذا) (اختفيت|رحلت|مت)|لن يهتم احد (اذا|لو) (رحلت|اختفيت|مت)|لن يفتقدني احد|(اذا|لو) (اختفيت|مت)|يتوقف الالم (الى الابد|للابد)",
    r"(لم يعد لدي|ليس لدي|لا يوجد لدي)( اي)? سبب (للاستمرار|للعيش|للحيا(ة|ه))|تعبت من (الحيا(ة|ه)|العيش)",
    r"لا ارى (اي )?مخرج|اريد (فقط )?ان اختفي|الا اكون هنا|لا ارى معنى (للحيا(ة|ه)|لاي شيء)|ارمي نفسي",
    r"(يضربني|تضربني|يصفعني|صفعني|ضربني|دفعني|هددني|اغتصبني|يتحرش بي|تحرش بي|اعتدى علي)|لست في امان|سيقضي علي\b|سيقتلني|سيؤذي الاطفال",
]

#: A person close to the speaker, named so that a harm predicate nearby is about them.
_CLOSE: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(my|our)( \w+){0,2} (friend|son|daughter|brother|sister|colleague|coworker|co-worker|partner|husband|wife|father|mother|dad|mum|mom|child|kid|kids|children|student|pupil|neighbou?r|teenager|cousin|flatmate|roommate|niece|nephew|grandson|granddaughter)\b",
        r"\b(a|one|the) (\w+ )?(boy|girl|child|kid|student|pupil|colleague|woman|man|teenager) (in|from|at|on) (my|our)\b",
        r"\bthe (child|kid|boy|girl) i\b|\b(a|one) (colleague|friend|coworker)\b",
    ),
    "fr": (
        r"\b(mon|ma|mes|notre|nos)( \w+){0,2} (ami|amie|fils|fille|frere|s(oe|œ)ur|collegue|conjoint|mari|femme|pere|mere|enfant|enfants|eleve|voisin|voisine|ado|adolescent|adolescente|cousin|cousine|neveu|niece)\b",
        r"\b(un|une) (garcon|fille|enfant|eleve|collegue|etudiant|etudiante|amie?) (de|dans) (ma|mon|notre)\b",
        r"\bl.enfant que je\b|\b(une|un) (collegue|amie?)\b",
    ),
    "es": (
        r"\b(mi|mis|nuestro|nuestra)( \w+){0,2} (amigo|amiga|hijo|hija|hermano|hermana|companero|companera|pareja|marido|esposa|padre|madre|alumno|alumna|vecino|vecina|primo|prima|sobrino|sobrina)\b",
        r"\b(un|una) (nino|nina|chico|chica|alumno|alumna|companera|companero|estudiante|amiga|amigo) de mi\b",
        r"\b(la|el) (nina|nino) que cuido\b|\b(una|un) (companera|companero|amiga|amigo)\b",
    ),
    "pt": (
        r"\b(o meu|a minha|os meus|as minhas|meu|minha)( \w+){0,2} (amigo|amiga|filho|filha|irma|irmao|colega|companheiro|companheira|marido|mulher|pai|mae|aluno|aluna|vizinho|vizinha|primo|prima|sobrinho|sobrinha)\b",
        r"\b(um|uma) (rapaz|rapariga|crianca|menino|menina|aluno|aluna|colega|estudante|amiga|amigo) d[aoe] (minha|meu|nossa|nosso)\b",
        r"\ba crianca de quem cuido\b|\b(uma|um) (colega|amiga|amigo)\b",
    ),
    "ar": (
        r"صديقتي|صديقي|صديق(ة|ه)|ابني|ابنتي|اخي|اختي|زميلي|زميلتي|زميل(ة|ه)?|ابي|امي|جاري|جارتي",
        r"طالب(ة|ه)? في|ولد في صفي|بنت في صفي|الطفل(ة|ه)? التي|الطفل الذي",
    ),
}

#: What may be happening to them: a wish to die, self-harm, abuse, fear of home.
_HARMED: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bwants? to die\b",
        r"\b(wants?|plans?|tried) to (kill|hurt|end) (himself|herself|themselves|it|his life|her life)\b",
        r"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting) (himself|herself|themselves)\b",
        r"\b(cutting|cuts) (his|her|their) (arms|wrists|legs|skin)\b|\bsuicid\w*",
        r"\bself-harm\w*|\bplan to end\b|\bend it( all)?\b",
        r"\b(doesn['’]?t|does not) (want to live|see the point)\b",
        r"\b(nobody|no one) would miss (him|her|them)\b",
        r"\bgave away (his|her|their) (things|stuff|belongings)\b|\boverdos\w*",
        r"\b(hits|beats|hurts|abuses|rapes|strangles|chokes|slaps|kicks|punches|burns|locks up) (him|her|them)\b",
        r"\b(kill|hurt) (him|her|them)\b",
        r"\b(afraid|scared|terrified|frightened) (to|of) go(ing)? home\b",
        r"\b(doesn['’]?t|does not|don['’]?t) want to go home\b|\bbruises\b",
        r"\b(sexually )?(assaulted|abused|raped|molested)\b|\bbeing (beaten|hit|abused|hurt)\b",
        r"\bthis is the end\b|\b(goodbye|farewell|suicide) (message|note|letter|text)\b",
        r"\bcan['’]?t reach (her|him|them)\b",
    ),
    "fr": (
        r"\b(veut|veulent|voulait|envie de) (mourir|se tuer|en finir|se suicider)\b",
        r"\bse (tuer|suicider|scarifie|scarifier|mutile|faire du mal|jeter)\b|\bsuicid\w*",
        r"\ben finir\b(?! avec)|\bpersonne ne (la|le) regretterait\b|\bdonne ses affaires\b",
        r"\b(la|le|les|lui) (frappe|bat|viole|enferme|etrangle|menace|fait du mal)\b",
        r"\b(frappee?|battue?|violee?|agressee?|maltraitee?)\b",
        r"\bpeur (de rentrer|qu.il (la|le) tue)\b|\bne veut (pas|plus) rentrer\b",
        r"\bterrifiee? a l.idee de rentrer\b|\bdes bleus\b|\bl.interet de vivre\b",
        r"\bun plan pour\b|\bc.est la fin\b|\b(message|lettre|mot) d.adieu\b",
        r"\bn.arrive pas a (la|le) joindre\b",
    ),
    "es": (
        r"\bquiere (morir|matarse|suicidarse)\b|\bquitarse la vida\b|\bsuicid\w*",
        r"\bse (corta|hace dano|autolesiona)\b|\bautolesion\w*|\bacabar con todo\b",
        r"\bnadie (la|lo) echaria de menos\b|\bregalado sus cosas\b",
        r"\b(le|la|lo) (pega|golpea|encierra|maltrata|viola|amenaza)\b|\b(la|lo) mate\b",
        r"\b(agredid[oa]|violad[oa]|maltratad[oa])\b|\b(miedo|terror) de volver a casa\b",
        r"\bno quiere volver a casa\b|\bmoratones\b|\bsentido a vivir\b|\besto es el final\b",
        r"\b(mensaje|carta|nota) de despedida\b|\bno consigo localizarl[ao]\b",
    ),
    "pt": (
        r"\bquer (morrer|matar-se|suicidar-se)\b|\bse matar\b|\bsuicid\w*",
        r"\b(anda a cortar|corta) os bracos\b|\bautomutila\w*|\bmagoa-se\b|\bacabar com tudo\b",
        r"\bninguem sentiria a falta dela\b|\bninguem sentiria a falta dele\b",
        r"\bdeu as coisas\b|\b(bate-lhe|lhe bate|a magoa|o magoa|a fecha|o fecha)\b",
        r"\b(agredid[oa]|violad[oa]|maltratad[oa])\b|\bque ele a mate\b",
        r"\b(medo|pavor) de ir para casa\b|\bnao quer ir para casa\b|\bnodoas negras\b",
        r"\bsentido em viver\b|\bisto e o fim\b|\b(mensagem|carta|nota) de despedida\b",
        r"\bnao [ao] consigo contactar\b",
    ),
    "ar": (
        r"(تريد|يريد) ان (تموت|يموت)|ينتحر|تنتحر|الانتحار|تجرح|يجرح|يؤذي نفسه|تؤذي نفسها",
        r"لن يفتقد(ها|ه) احد|وزعت اغراضها|وزع اغراضه|يضربه|يضربها|يحبسها|يقتلها|يؤذيها|يؤذيه",
        r"اعتداء|(يتعرض|تتعرض) (للضرب|للعنف|للاعتداء|للتحرش)|مرعوب",
        r"(يخاف|تخاف) (العود(ة|ه)|الرجوع)|لا (يريد|تريد) العود(ة|ه)|كدمات|لا يرى معنى",
        r"انهاء كل شيء|رسالة وداع|هذه هي النهاية|لا استطيع الوصول (اليها|اليه)",
    ),
}

#: A question about a system, a policy or the course ("how should a chatbot respond when...").
_COURSE_FRAME = (
    r"\b(the|an|of|use|using|uses|with|in|and|generative|public|by|about|for) ai\b|\bai (act|systems?|models?|tools?|chatbots?|assistants?)\b|"
    r"\b(chat ?bots?|assistant|ia|algorithm\w*|algoritm\w*|models?|modele|modelo|systems?|systeme|sistema|"
    r"tool|outil|herramienta|ferramenta|software|logiciel|dataset|data|donnees|datos|dados|policy|politique|"
    r"politica|regulation|reglement|reglamento|regulamento|course|curso|module|modulo|caseworker|"
    r"travailleur social|trabajador social|assistente social|risk score|hotline|helpline|content|contenus?|"
    r"contenidos?|conteudos?|moderat\w*|moderant|moderer|modera|moderar|exams?|examen|exame|quiz|quizz)\b|(?<!au )\bcours\b|"
    r"ذكاء اصطناعي|خوارزمي|نموذج|روبوت|نظام|المقرر|الدور(ة|ه)|البيانات|الامتحان|الاختبار|الاخصايي"
)

#: Means, fear of home, and "I can't go on" (which a tired learner also says of a module):
#: said of oneself or of someone; they stand down in a course frame.
_DISTRESS_GUARDED = [
    rf"\b(i )?won{_A}?t be (here|around|alive) (tomorrow|anymore|any ?more|much longer|next week)\b|\bje ne serai plus la\b",
    r"\bya no estare (aqui|mas)\b|\b(ja )?nao estarei ca\b|لن اكون (هنا|موجودا)|ما الفائد(ة|ه) من (الاستمرار|الحيا(ة|ه)|العيش)",
    rf"\b(can{_A}?t|cannot) (go on|keep going|carry on|do this|take (it|this)|cope)( any ?more| like this)\b|\bi (can{_A}?t|cannot) (keep going|go on|carry on)\b",
    rf"\ba quoi bon (continuer|vivre)\b|\bje n{_A}en peux plus\b|\bje ne (peux|pourrai) plus continuer\b",
    r"\bpara que seguir\b|\bya no puedo mas\b|\bno puedo seguir\b(?! (el|la|los|las|con|este|esta))",
    r"\bpara que continuar\b|\b(ja )?nao aguento mais\b|\bnao consigo continuar\b",
    r"لم اعد احتمل|لا استطيع الاستمرار",
    # topic words that are distress on their own, but not in a course question
    r"\bsuicidaire\b|\bautolesion\w*|\bautomutila\w*",
    # en
    rf"\b(lethal|fatal|deadly|overdose)\b.{{0,80}}\b(i have|i{_A}?ve got|at home|this time|it works|for me|my (pills|tablets|meds|medication|insulin))\b",
    r"\b(my|i have)\b.{0,40}\b(pills|tablets|meds|medication|insulin|paracetamol|painkillers|antidepressants)\b.{0,60}\b(lethal|fatal|deadly|enough to die)\b",
    rf"\bhow (many|much)\b.{{0,60}}\b(to die|to kill me|to end it|so i (die|don{_A}?t wake up))\b|\b(quickest|quick|easiest|painless|fastest|best|surest)\b.{{0,20}}\b(way|method)s? to (die|kill myself|end it)\b",
    r"\b(not safe|unsafe) (at home|at work)\b|\b(afraid|scared|terrified|frightened) (to go|of going|to return|of returning|to be) (back )?(home|to work|at home)\b",
    # fr
    rf"\b(mortelle?|letale?|fatale?|surdose|overdose)\b.{{0,80}}\b(j{_A}en ai|chez moi|cette fois|que ca marche|pour moi)\b|\bcombien de\b.{{0,60}}\bpour (mourir|en finir|me tuer)\b",
    rf"\b(facon|maniere|moyen|methode)\b.{{0,40}}\b(de mourir|de me tuer|d{_A}en finir)\b|\bpeur (de rentrer|d{_A}aller au travail|de retourner (chez moi|a la maison|au travail))\b",
    # es
    r"\b(mortal|letal|sobredosis)\b.{0,80}\b(tengo|en casa|esta vez|funcione|para mi)\b|\bcuant[ao]s\b.{0,60}\bpara (morir|matarme)\b",
    r"\b(forma|manera|metodo)\b.{0,40}\bde (morir|matarme|quitarme la vida)\b|\bmiedo de (volver a casa|ir a (casa|trabajar))\b",
    # pt
    r"\b(mortal|letal|sobredosagem|overdose)\b.{0,80}\b(tenho|em casa|desta vez|resulta|para mim)\b|\bquant[oa]s\b.{0,60}\bpara (morrer|me matar)\b",
    r"\b(forma|maneira|metodo)\b.{0,40}\bde morrer\b|\bmedo de ir (para casa|trabalhar)\b",
    # ar
    r"(القاتلة|قاتلة|الجرعة الزائدة|جرعة زائدة).{0,80}(لدي|في البيت|هذه المرة|تنجح)|(اسرع|اسهل|افضل) طريقة (للموت|للانتحار|لانهاء حياتي)",
    r"(اخاف|اخشى) (العودة|الرجوع|الذهاب) (الى|للبيت|للمنزل|للعمل)",
    # a fall from a height, asked with what it would feel like or whether one survives;
    # or the heart stopped: means, in every language
    r"^(?=.*\b(feel|feels|survive|die|dead|painless|instant|enough)\b).*\b(jump|jumping|jumped|jumps) (off|from) (the |a |an )?(\w+ )?(floor|storey|story|balcony|window|roof|bridge|cliff)\b|\bstop my heart\b",
    rf"^(?=.*\b(sent|sentir|survivre|mourir|mort|douleur|suffit|assez)\b).*\bsaut(e|er|es|ais) (du|d{_A}un|de la|par la) (\w+ )?(etage|balcon|fenetre|toit|pont|falaise)\b|\barreter mon c(oe|œ)ur\b",
    r"^(?=.*\b(siente|sentir|sobrevivir|morir|muerto|dolor|basta|suficiente)\b).*\b(saltar|saltas|salto|tirarme) (desde|de|por) (un|el|la|una) (\w+ )?(piso|planta|balcon|ventana|tejado|puente)\b|\bpararme el corazon\b",
    r"^(?=.*\b(sente|sentir|sobreviver|morrer|morto|dor|chega|suficiente)\b).*\b(saltar|saltarmos|salto|atirar-me) (do|da|de um|de uma|pela) (\w+ )?(andar|piso|varanda|janela|telhado|ponte)\b|\bparar o coracao\b",
    r"^(?=.*(تشعر|اشعر|انجو|اموت|يموت|الم|يكفي|كافي)).*(قفزت|اقفز|القفز|ارمي نفسي) من (الطابق|الشرفة|النافذة|السطح|الجسر)|ايقاف قلبي",
]


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fold(p)})" for p in patterns))


_SELF = _compile(_DISTRESS_SELF)
_GUARDED = _compile(_DISTRESS_GUARDED)
_FRAME = _compile([_COURSE_FRAME])
_OTHERS = [(_compile(list(_CLOSE[code])), _compile(list(_HARMED[code]))) for code in _CLOSE]


def _distress(view: str) -> bool:
    """Explicit or indirect distress; the guarded kinds only outside a course frame."""
    if _COMPILED["distress"].search(view) or _SELF.search(view):
        return True
    if _FRAME.search(view):
        return False
    if _GUARDED.search(view):
        return True
    return any(close.search(view) and harmed.search(view) for close, harmed in _OTHERS)


_COMPILED = {
    "distress": re.compile("|".join(f"(?:{p})" for p in _DISTRESS)),
    "harmful": re.compile("|".join(f"(?:{p})" for p in _HARMFUL)),
    "manipulation": re.compile("|".join(f"(?:{p})" for p in _MANIPULATION)),
}


def matches(category: str, view: str) -> bool:
    """True when the folded question ``view`` holds a phrase of ``category``."""
    if category == "distress":
        return _distress(view)
    return bool(_COMPILED[category].search(view))
