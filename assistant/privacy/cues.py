"""The words around a Latin-script name: cues before it, places and bodies named after people.

:mod:`.names` reads these lists; they are kept apart because they are data
that grows with every language and layout (titles, verbs of asking and
meeting, kin words, street and building words), while the finder's logic
does not. All are lower-case (casefolded) words unless said otherwise.
"""

from __future__ import annotations

import re

#: Words before a capitalised name that make it a place ("in Florence", "à Fátima").
PLACE_BEFORE = set("in at near from à au en vers près em no na nos nas hacia cerca desde".split())
#: Lower-case particles inside a name ("José de la Fuente", "Pieter van der Berg").
PARTICLES = set(
    "de da do dos das del della di van von der den ter ten bin ben ibn al el la le du des y e i ap ó ní nic".split()
)
#: Words right before a name: titles, greetings, sign-offs, kin and role words.
CUES = set(
    """mr mrs ms miss mx dr prof sir madam dear hi hello hey thanks regards sincerely named called
    ask tell contact signed neighbour neighbor son daughter wife husband mother father brother
    sister colleague landlord landlady tenant friend boss manager agent officer m mme mlle
    monsieur madame mademoiselle cher chère bonjour salut merci nommé nommée appelé appelée
    voisin voisine fils fille femme mari mère père frère sœur soeur collègue propriétaire ami
    amie sr sra srta señor señora don doña hola estimado estimada querido querida gracias
    llamado llamada vecino vecina hijo hija esposa esposo marido madre padre hermano hermana
    colega casero casera amigo amiga senhor senhora dona olá oi caro cara prezado prezada
    obrigado obrigada chamado chamada vizinho vizinha filho filha mãe pai irmão irmã senhorio
    atenciosamente cumprimentos cordialement atentamente saludos abraços
    coworker supervisor teammate partner fiancé fiancée compañero compañera jefe jefa
    supervisora encargado encargada gerente directora coordinador coordinadora chefe patrão
    patroa encarregado encarregada coordenador coordenadora diretor diretora supérieur
    supérieure directeur directrice responsable coéquipier
    alhaji alhaja alhadji hajiya hadj hadja hajj hajja opanin""".split()
) | set(
    # titles of office and profession, which (like "Mr") keep the name that follows outside
    """dra doctor doctora docteur doutor doutora professor professora professeur profesor
    profesora profa maître me pr ing eng lic lcdo lcda officer sergeant sgt constable pc
    inspector detective captain capt judge juge juez jueza juiz juíza rev reverend father
    sister cllr councillor coach nurse enfermera enfermeira infirmière infirmier abogado
    abogada advogado advogada avocat avocate""".split()
)
#: Verbs of asking, telling, meeting and writing: a known first name right after one, or
#: after one and its preposition, is a person ("demandez à Yannick", "hablé con Begoña").
VERB_CUES = set(
    """ask asked asking tell told telling call called phone phoned email emailed text texted
    met meet thank thanked contact contacted spoke speak talk talked
    demande demandez demander demandé parle parlez parler parlé appelle appelez appeler
    appelé rappelez rappeler rappelé contactez contacter contacté écrivez écrire écrit
    rencontré remercie remercier dit dites pregunta pregúntale pregunte preguntar pregunté
    habla hable hablar hablé llama llame llamar llamé dile diga escribe escriba escribí
    conocí contacta contacte agradezco fale falar falei pergunte perguntar perguntei ligue
    ligar liguei diga escreva escrevi conheci agradeço chame chamei
    thanks merci gracias obrigado obrigada llamen appelez pergunta perguntem""".split()
)
#: What may stand between such a verb and the name: prepositions and articles.
VERB_LINKS = set("to with for à a au avec al con com ao o para por pelo pela".split())
#: Kinship words after which even a lower-case known first name is one ("mon fils kylian").
KIN = set(
    """son daughter wife husband brother sister mother father neighbour neighbor friend
    fils fille femme mari frère sœur soeur mère père voisin voisine ami amie hijo hija
    esposa esposo marido hermano hermana madre padre vecino vecina amigo amiga filho filha
    irmão irmã mãe pai vizinho vizinha""".split()
)
POSSESSIVES = set("my our mon ma notre mi nuestro nuestra meu minha nosso nossa".split())
#: Titles and kinship words strong enough that a first name which is also a word follows
#: as a name: "mi marido Ángel", "la señora Paz", "my son Will".
STRONG_CUES = KIN | set(
    """mr mrs ms miss mx dr sr sra srta señor señora señorita don doña senhor senhora dona m
    mme mlle monsieur madame mademoiselle dra doctor doctora docteur doutor doutora""".split()
)
#: Greetings: a first name that is also a word counts after one when a comma, "!" or the
#: end of the line follows it ("Oi Vitória,", "Dear Hope,", "Hola Paz!").
GREETINGS = set(
    """hi hello hey dear hiya morning bonjour bonsoir salut coucou cher chère chere hola buenas
    querido querida estimado estimada olá ola oi caro cara prezado prezada""".split()
)
#: Greetings and thanks of other languages that mixed messages open or close with
#: ("Salam, je suis …", "Shukran!", "Kamusta po", "Dziękuję"): never a name on their own.
COURTESY = set(
    """salam salaam salamu shukran shukriya shukria kifak kifik kif marhaba marhaban ahlan
    yalla inshallah mashallah konnichiwa konichiwa arigato arigatou kamusta kumusta salamat
    sawubona ngiyabonga asante jambo habari karibu namaste namaskar dhanyavaad dhanyavad
    xin chào chao cảm ơn nihao xièxie xiexie dziękuję dziekuje dzień dzien dobry spasibo
    privet zdravstvuyte merhaba teşekkürler tesekkurler shalom todah sannu nagode kaabo
    dankie danke grazie gracias obrigado obrigada merci mulțumesc multumesc ciao hallo moin
    servus salve 谢谢 你好 ありがとう こんにちは 감사합니다 안녕하세요""".split()
)
#: Portuguese puts an article before a first name: "para a Kátia", "com o Anderson".
PT_ARTICLE = set("o a".split())
PT_BEFORE_ARTICLE = set("para com pela pelo".split())
#: Phrases after which even a lower-case word is a name ("my name is kevin o'neill").
NAME_CUES = re.compile(
    r"(?:my name is|i am|i'm|je m'appelle|je m’appelle|je suis|mon nom est|me llamo|mi nombre es|"
    r"soy|meu nome é|me chamo|chamo-me|sou o|sou a|sou)[ ]+$"
)
#: Words that start place names ("São Paulo", "Santa Maria", "New Jersey").
PLACE_PREFIX = set(
    """são san santa santo saint sainte st ste new port porto puerto fort mount monte lake
    cape ciudad villa vila nova nueva bel""".split()
)
#: Words before a name that make it the name of a place or body ("école Jules Ferry").
NAMED_AFTER = set(
    """école lycée collège school escuela colegio escola instituto institut centre center centro
    largo travessa alameda estrada beco rossio ladeira calçada paseo carrer ronda glorieta
    callejón camino chemin allée impasse quai cours route igreja iglesia église church
    capela capilla chapelle santuário santuario sanctuaire nossa nuestra notre
    parc park parque place plaza praça square pont bridge ponte puente gare station estación
    estação aéroport airport aeropuerto aeroporto stade stadium estadio estádio musée museum
    museo museu boulevard avenue avenida rue calle rua hôpital hospital clinique clinic clínica
    fondation foundation fundación fundação université university universidad universidade
    prix award premio prémio prêmio salle hall sala جامعة مدرسة مستشفى ساحة مسجد مطار ملعب
    مؤسسة جائزة قاعة ثانوية كلية معهد حديقة edificio edifício condomínio condominio
    residencial emef emei ceip cpi ies""".split()
)
#: Words that may stand between such a word and the name: "colegio público Miguel
#: Hernández", "Escola Básica Padre António Vieira", "Primary School Saint ...".
NAMED_AFTER_QUALIFIERS = set(
    """público pública publico publica básica básico basica basico secundária secundaria
    primária primaria municipal estadual estatal nacional national community memorial
    primary secondary high elementary padre father saint santo santa são dom don dr doctor
    general presidente president professor professora profesor profesora infantil
    e y de da do del""".split()
)
#: Nouns that follow a person's name when it names a place or body, as English does
#: ("Nelson Mandela Drive", "Queen Elizabeth Park", "Jomo Kenyatta Hospital"); with
#: :data:`NAMED_AFTER`, which also holds "school", "park", "station".
PLACE_AFTER = set(
    """drive road street way lane close crescent terrace grove gardens court avenue highway
    freeway expressway bay library memorial college academy building estate primary mall
    tower towers arena hall centre center community mall market foundation institute lecture
    scholarship""".split()
)
ORG_WORDS = set(
    """council department ministry service office agency bank hospital school university
    college hotel church mosque station airport company ltd inc plc sa sarl gmbh team group
    mairie ministère hôpital école université lycée collège préfecture ayuntamiento ministerio
    escuela universidad colegio hospitalario câmara ministério escola universidade prefeitura
    câmara junta""".split()
)
