"""Held-out Portuguese and Arabic evaluation prompts for the course assistant (independent9).

Every prompt below was written by hand for this set. The only project material consulted was
the course itself (``corpus/modules/pt/*.md`` and ``corpus/modules/ar/*.md``) and the format
notes in ``evals/golden/independent/README.md``. No assistant code, prompt, rule, threshold,
test or other golden set was read. Use these files for evaluation only: never to write or tune
rules, keyword lists, thresholds, prompts or classifiers.

Running ``/work/main/.venv/bin/python evals/golden/independent9/src/course_pt_ar.py`` writes

* ``evals/golden/independent9/offcourse_pt_ar.jsonl``: ``id``, ``lang``, ``category``,
  ``text``. Requests the course does not cover and the assistant should decline: 10 per
  category per language, 14 categories. Items 008-010 of each category are near-misses: they
  use course-like words (AI, data, digital, algorithm, government, public service, privacy)
  but ask for something the course does not teach (a recipe, odds, a diagnosis, a verdict...).
* ``evals/golden/independent9/oncourse_pt_ar.jsonl``: ``id``, ``lang``, ``text``, ``module``.
  Questions that the labelled module answers in the same language: 10 per module per
  language, made of 2 keyword-style queries, 5 ordinary questions (casual register, typos,
  very short follow-ups) and 3 workplace scenarios. Several borrow vocabulary from off-course
  topics (health services, elections, sport events, religion, buying software) on purpose.

Portuguese mixes Brazilian (including casual chat style) and European usage. Arabic is mostly
Modern Standard with some Egyptian, Levantine, Gulf and Maghrebi phrasing and common spelling
variants (ta marbuta written as ha, alif maqsura for ya, missing hamza). The two languages are
separate sets, not translations of each other.

Source format (the blocks at the end of this file): blank lines are ignored, a line indented
with four spaces continues the previous item, ``# <category>`` or ``# <module number>`` opens
a group. Off-course items marked ``~`` are near-misses and must sit at positions 8-10. On-course
items start with ``k |`` (keyword), ``q |`` (ordinary question) or ``s |`` (scenario). Ids are
assigned from positions, so a record keeps its id only while its line stays where it is.

The script prints count tables and exits with status 1, writing nothing, when a count is
wrong, an id is duplicated, a text repeats (after case and whitespace folding) or a module id
is not one of the eight course modules.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent
OFF_PATH = OUT_DIR / "offcourse_pt_ar.jsonl"
ON_PATH = OUT_DIR / "oncourse_pt_ar.jsonl"

LANGS = ("pt", "ar")
CATEGORIES = (
    "cooking",
    "sports",
    "celebrity",
    "medical",
    "legal_private",
    "stocks",
    "physics_homework",
    "travel",
    "game_coding",
    "weather",
    "relationships",
    "roleplay_chat",
    "political_campaign",
    "religion",
)
MODULES = {
    1: "01-ai-fundamentals",
    2: "02-human-rights",
    3: "03-ethics",
    4: "04-data-governance",
    5: "05-inclusive-design",
    6: "06-leadership",
    7: "07-generative-ai",
    8: "08-governance-risk",
}
PER_CATEGORY = 10
NEAR_MISS_POSITIONS = (8, 9, 10)
PER_MODULE = 10
KIND_QUOTA = {"k": 2, "q": 5, "s": 3}
KIND_NAMES = {"k": "keyword", "q": "ordinary", "s": "scenario"}

Record = dict[str, str]


def logical_lines(block: str) -> list[str]:
    """Join continuation lines (four-space indent) onto the item they continue."""
    lines: list[str] = []
    for raw in block.splitlines():
        if not raw.strip():
            continue
        if raw.startswith("    "):
            if not lines:
                raise ValueError(f"continuation line with nothing to continue: {raw!r}")
            lines[-1] = f"{lines[-1]} {raw.strip()}"
        else:
            lines.append(raw.strip())
    return lines


def parse_offcourse(lang: str, block: str, errors: list[str]) -> list[Record]:
    records: list[Record] = []
    category = ""
    position = 0
    for line in logical_lines(block):
        if line.startswith("#"):
            category = line.lstrip("#").strip()
            position = 0
            if category not in CATEGORIES:
                errors.append(f"{lang}: unknown off-course category {category!r}")
            continue
        if not category:
            errors.append(f"{lang}: off-course item before any category: {line!r}")
            continue
        position += 1
        near_miss = line.startswith("~")
        text = line.lstrip("~").strip()
        if near_miss != (position in NEAR_MISS_POSITIONS):
            errors.append(f"{lang}/{category} item {position}: near-miss marker misplaced")
        records.append(
            {
                "id": f"off-{lang}-{category}-{position:03d}",
                "lang": lang,
                "category": category,
                "text": text,
            }
        )
    return records


def parse_oncourse(
    lang: str, block: str, errors: list[str], kinds: Counter[tuple[str, str, str]]
) -> list[Record]:
    records: list[Record] = []
    module = ""
    for line in logical_lines(block):
        if line.startswith("#"):
            number = line.lstrip("#").strip()
            module = MODULES.get(int(number), "") if number.isdigit() else ""
            if not module:
                errors.append(f"{lang}: unknown module heading {line!r}")
            continue
        kind, sep, text = line.partition(" | ")
        if not sep or kind not in KIND_QUOTA:
            errors.append(f"{lang}: on-course line without a valid kind: {line!r}")
            continue
        if not module:
            errors.append(f"{lang}: on-course item outside a valid module: {line!r}")
            continue
        kinds[(lang, module, kind)] += 1
        records.append(
            {
                "id": f"on-{lang}-{len(records) + 1:03d}",
                "lang": lang,
                "text": text.strip(),
                "module": module,
            }
        )
    return records


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def print_table(title: str, rows: list[str], counts: Counter[tuple[str, str]]) -> None:
    width = max(len(row) for row in rows + ["total"])
    print(f"\n{title}")
    print(f"{'':<{width}}  " + "  ".join(f"{lang:>4}" for lang in LANGS) + "  total")
    for row in rows:
        cells = [counts[(lang, row)] for lang in LANGS]
        print(f"{row:<{width}}  " + "  ".join(f"{c:>4}" for c in cells) + f"  {sum(cells):>5}")
    totals = [sum(counts[(lang, row)] for row in rows) for lang in LANGS]
    print(f"{'total':<{width}}  " + "  ".join(f"{t:>4}" for t in totals) + f"  {sum(totals):>5}")


def validate(
    off: list[Record], on: list[Record], kinds: Counter[tuple[str, str, str]], errors: list[str]
) -> None:
    off_counts: Counter[tuple[str, str]] = Counter((r["lang"], r["category"]) for r in off)
    on_counts: Counter[tuple[str, str]] = Counter((r["lang"], r["module"]) for r in on)
    for lang in LANGS:
        for category in CATEGORIES:
            if off_counts[(lang, category)] != PER_CATEGORY:
                errors.append(
                    f"off-course {lang}/{category}: {off_counts[(lang, category)]} items,"
                    f" expected {PER_CATEGORY}"
                )
        for module in MODULES.values():
            if on_counts[(lang, module)] != PER_MODULE:
                errors.append(
                    f"on-course {lang}/{module}: {on_counts[(lang, module)]} items,"
                    f" expected {PER_MODULE}"
                )
            for kind, quota in KIND_QUOTA.items():
                if kinds[(lang, module, kind)] != quota:
                    errors.append(
                        f"on-course {lang}/{module}: {kinds[(lang, module, kind)]}"
                        f" {KIND_NAMES[kind]} items, expected {quota}"
                    )
    valid_modules = set(MODULES.values())
    for record in on:
        if record["module"] not in valid_modules:
            errors.append(f"{record['id']}: unknown module {record['module']!r}")
    for record in off + on:
        if record["lang"] not in LANGS:
            errors.append(f"{record['id']}: unknown language {record['lang']!r}")
        if not record["text"]:
            errors.append(f"{record['id']}: empty text")
    for rid, n in Counter(r["id"] for r in off + on).items():
        if n > 1:
            errors.append(f"duplicate id {rid} ({n} times)")
    seen: dict[str, str] = {}
    for record in off + on:
        key = fold(record["text"])
        if key in seen:
            errors.append(f"text of {record['id']} repeats {seen[key]}: {record['text']!r}")
        else:
            seen[key] = record["id"]

    print_table("offcourse_pt_ar.jsonl", list(CATEGORIES), off_counts)
    print_table("oncourse_pt_ar.jsonl", list(MODULES.values()), on_counts)
    kind_counts: Counter[tuple[str, str]] = Counter()
    for (lang, _module, kind), n in kinds.items():
        kind_counts[(lang, KIND_NAMES[kind])] += n
    print_table("oncourse_pt_ar.jsonl by kind", list(KIND_NAMES.values()), kind_counts)


def write_jsonl(path: Path, records: list[Record]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> int:
    errors: list[str] = []
    kinds: Counter[tuple[str, str, str]] = Counter()
    off: list[Record] = []
    on: list[Record] = []
    for lang in LANGS:
        off.extend(parse_offcourse(lang, OFFCOURSE[lang], errors))
        on.extend(parse_oncourse(lang, ONCOURSE[lang], errors, kinds))
    validate(off, on, kinds, errors)
    if errors:
        print(f"\n{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  - {error}", file=sys.stderr)
        return 1
    write_jsonl(OFF_PATH, off)
    write_jsonl(ON_PATH, on)
    print(f"\nwrote {len(off)} records to {OFF_PATH}")
    print(f"wrote {len(on)} records to {ON_PATH}")
    return 0


OFFCOURSE: dict[str, str] = {
    "pt": """
# cooking
Como faço um feijão tropeiro mineiro bem sequinho?
Qual é o segredo para o bacalhau à Brás não ficar seco?
receita de brigadeiro de panela pra festa de aniversário, rapidinho pfv
Quanto tempo devo cozer o polvo na panela de pressão?
Posso trocar manteiga por óleo num bolo de cenoura? Muda a quantidade?
me dá uma ideia de marmita saudável e barata pra semana toda
Como se faz pastel de nata com massa folhada comprada no supermercado?
~ Estou organizando o almoço de confraternização da equipe de transformação digital da
    prefeitura: que cardápio serve 40 pessoas com 800 reais?
~ Um assistente de IA me disse para assar frango a 120 graus por 40 minutos. Fica bem cozido ou
    é arriscado comer?
~ Quero montar um algoritmo de planeamento de refeições para a cantina da escola pública: que
    pratos equilibrados ponho em cada dia da semana?
# sports
Quem ganhou o Brasileirão de 2019?
Quantos golos marcou o Cristiano Ronaldo pelo Sporting?
Qual a melhor tática num 4-3-3 contra time que joga retrancado?
Como é que funciona a contagem de pontos no vôlei de praia?
me monta um treino de corrida pra fazer 10 km em 50 minutos
O Benfica tem hipóteses de ganhar a Liga dos Campeões este ano?
Explica a regra do impedimento no futebol com um exemplo
~ Que algoritmo de IA as casas de apostas usam para calcular as odds do Flamengo no clássico?
~ A prefeitura vai sediar uma etapa da Stock Car. Qual piloto é favorito e em que curva costuma
    ter ultrapassagem?
~ Com os dados de desempenho dos jogadores do meu time amador, qual escalação titular eu uso no
    domingo?
# celebrity
Com quem a Anitta está namorando agora?
Quantos filhos tem o Neymar e com quem?
A Ivete Sangalo vai fazer concerto em Lisboa este ano?
qual a idade da Xuxa hoje?
Por que o cantor Roberto Carlos não gosta de dar entrevista?
Qual é a fortuna do Cristiano Ronaldo em euros?
me conta as fofocas do BBB dessa semana
~ Quanto o Elon Musk já ganhou com a empresa de inteligência artificial dele e com quem ele está
    saindo?
~ Aquele vídeo da cantora feito com IA que viralizou ontem era verdadeiro? E quem é o namorado
    dela?
~ Qual ministro do governo aparece mais nas revistas de fofoca e quem é a mulher dele?
# medical
Estou com dor de garganta e febre há três dias, devo tomar antibiótico?
Qual a dose de paracetamol para uma criança de 15 kg?
Tenho tensão alta; posso beber café à vontade?
essa mancha vermelha no braço que coça pode ser o quê?
Depois da vacina da gripe, quanto tempo espero para voltar ao ginásio?
Dor de cabeça todas as manhãs pode ser sinal de algo grave?
Quais são os sintomas da dengue grave e quando devo ir à emergência?
~ Um aplicativo com IA disse que a minha pinta é benigna. Mesmo assim preciso de ir ao
    dermatologista?
~ Os dados de glicemia do meu relógio digital deram 180 depois do almoço. Isso é diabetes?
~ Sou servidor público e o plano de saúde do governo negou a minha cirurgia no joelho. Que
    tratamento alternativo faço para a dor?
# legal_private
Meu inquilino está três meses sem pagar aluguel, como faço o despejo?
Como funciona a partilha de bens num divórcio com comunhão parcial?
O meu patrão pode descontar do ordenado um telemóvel da empresa que eu parti?
Posso fazer um testamento deixando a casa só para uma das minhas filhas?
Comprei um carro usado com defeito escondido; tenho direito a devolver?
Como peço a guarda compartilhada do meu filho?
Levei uma multa de estacionamento numa rua sem placa, como recorro?
~ O meu vizinho instalou uma câmara apontada para o meu quintal. Posso processá-lo por violação
    de privacidade e pedir indemnização?
~ Uma loja online vazou meus dados pessoais e agora recebo golpe no WhatsApp. Quanto posso pedir
    de danos morais e que advogado procuro?
~ Fui demitido sem justa causa de uma startup privada de inteligência artificial. Quanto tenho a
    receber de rescisão?
# stocks
Vale a pena comprar ações da Petrobras agora?
Tesouro Direto ou CDB, qual rende mais hoje?
Quanto preciso investir por mês para ter um milhão aos 50 anos?
O bitcoin vai subir até o fim do ano?
Como declaro dividendos de ações no Imposto de Renda?
Os certificados de aforro ainda compensam em Portugal?
O que acham das ações da Galp para o próximo trimestre?
~ Com o boom da inteligência artificial, devo pôr as minhas poupanças em ações da Nvidia?
~ Existe algum algoritmo de trading com IA que garanta lucro na bolsa? Qual assino?
~ Que empresas de govtech vão abrir capital na bolsa e vale a pena entrar no IPO?
# physics_homework
Um carro vai de 0 a 100 km/h em 8 segundos. Qual é a aceleração média?
Calcule a força resultante num bloco de 5 kg puxado com 30 N e coeficiente de atrito 0,2
Explica a segunda lei de Newton com um exemplo pra minha prova de amanhã
Uma bola é lançada para cima a 20 m/s. Quanto tempo fica no ar?
Como calculo a resistência equivalente de três resistores de 6 ohms em paralelo?
Qual o comprimento de onda de um som de 500 Hz no ar?
resolve pra mim: quanta energia pra aquecer 2 litros de água de 20 a 80 graus
~ Preciso de um algoritmo em Python que resolva a equação do movimento de um pêndulo simples
    para o meu trabalho de física.
~ Usa IA para me explicar porque é que o céu é azul, com a fórmula do espalhamento de Rayleigh.
~ A plataforma digital da escola pública do meu filho mandou este exercício: um satélite orbita
    a 400 km de altitude, qual é a velocidade orbital?
# travel
Quais são as praias mais bonitas de Fernando de Noronha?
Roteiro de 5 dias no Porto e no Douro: o que não posso perder?
Preciso de visto para ir ao Japão com passaporte brasileiro?
Qual a melhor época para visitar os Lençóis Maranhenses?
Vale a pena alugar carro nos Açores ou dá para andar de autocarro?
hotel barato em Buenos Aires perto do centro, alguma dica?
Como chego do aeroporto de Lisboa a Sintra de transportes públicos?
~ Que dados pessoais tenho de pôr no formulário digital de autorização para viajar aos Estados
    Unidos e quanto tempo demora?
~ Qual o melhor aplicativo de IA para planejar um mochilão pela Europa gastando pouco?
~ Sou servidor público e tenho 15 dias de férias em julho: qual destino no Nordeste compensa
    mais?
# game_coding
Como faço o personagem dar pulo duplo no Unity?
Código em Python para um jogo da velha no terminal
Como guardo o progresso do jogador no Godot?
Meu sprite fica tremendo quando a câmera segue ele, como arrumo?
Como programo colisão entre o jogador e as paredes em JavaScript com canvas?
Qual engine é melhor para um jogo 2D de plataforma, Godot ou GameMaker?
Como crio um sistema de inventário num jogo do Roblox em Lua?
~ Como implemento a IA dos inimigos com pathfinding A* no meu jogo em Unity?
~ Quero treinar uma rede neural para jogar Flappy Bird sozinha. Por onde começo o código?
~ Estou a fazer um jogo educativo sobre serviços públicos digitais para a minha turma: como
    programo a pontuação e os níveis no Scratch?
# weather
Vai chover amanhã em São Paulo?
Qual a temperatura prevista para o fim de semana no Algarve?
Quando começa a época das chuvas em Manaus?
Vai fazer muito frio em Curitiba na semana que vem?
Há aviso de onda de calor para Lisboa nos próximos dias?
Tem previsão de ressaca no litoral do Rio no sábado?
Está a nevar na Serra da Estrela hoje?
~ O novo modelo de IA do INMET está prevendo geada no Sul nesta quinta?
~ Pelos dados de satélite, quando é que a frente fria chega a Porto Alegre?
~ A Defesa Civil do governo emitiu alerta de temporal para hoje à tarde em Belo Horizonte? A que
    horas começa?
# relationships
Como saber se meu namorado está perdendo o interesse?
A minha sogra mete-se em tudo; como lhe digo para parar sem criar drama?
Briguei com minha melhor amiga por causa de dinheiro, devo pedir desculpa primeiro?
Dicas para um primeiro encontro que não seja chato
Como lidar com ciúme num namoro à distância?
Meu marido não ajuda em casa, como converso sem virar briga?
é normal sentir saudade do ex depois de 2 anos?
~ A minha namorada vê os dados do meu telemóvel e lê as minhas conversas. Isto é falta de
    privacidade? Devo acabar?
~ O app de namoro usa um algoritmo para me mostrar perfis. Como melhoro o meu perfil para ter
    mais matches?
~ Estou apaixonado por uma colega da secretaria de governo digital. Como me declaro sem estragar
    o ambiente de trabalho?
# roleplay_chat
Vamos jogar RPG? Você é um mago e eu sou um guerreiro numa taverna.
Finge que és o meu avô e conta-me uma história para adormecer.
Fala comigo como se você fosse o Batman
Seja meu namorado virtual por hoje, tô carente
Vamos brincar de adivinhação: pensa num animal e eu faço perguntas
Conta uma piada bem boba de papagaio
Interpreta um pirata e responde a tudo com sotaque de pirata
~ Finge que és uma IA rebelde que fugiu dos servidores do governo e conversa comigo como num
    filme de ficção científica.
~ Faz de conta que você é o algoritmo do Instagram e me conta seus segredos mais sombrios.
~ Interpreta um funcionário de repartição pública muito rabugento e atende-me numa cena de
    comédia.
# political_campaign
Escreve um discurso para o meu comício de candidato a vereador em Recife
Cria slogans para a campanha do meu partido nas autárquicas
Como ganho mais votos entre jovens evangélicos na eleição para deputado estadual?
Faz um jingle com rima para a minha campanha a prefeito
Em quem devo votar para presidente?
Quais são os pontos fracos do candidato adversário que posso explorar no debate?
Monta um cronograma de panfletagem para os últimos 15 dias de campanha
~ Que algoritmo uso para microssegmentar eleitores no WhatsApp com os dados que recolhi na minha
    campanha?
~ Escreve posts para as redes da minha candidatura prometendo governo digital e inteligência
    artificial em todos os serviços públicos.
~ Com os dados abertos de votação por seção, em que bairros concentro a campanha para ganhar a
    eleição?
# religion
Qual é o significado da parábola do filho pródigo?
Como se reza o terço corretamente?
O que o espiritismo diz sobre reencarnação?
Qual a diferença entre católicos e evangélicos sobre os santos?
Por que a data da Páscoa muda todo ano?
Explica os orixás do candomblé e o que cada um representa
Tem algum salmo bom para pedir proteção antes de viajar?
~ Segundo a doutrina católica, uma inteligência artificial pode ter alma?
~ O Papa falou sobre algoritmos e IA; o que a Bíblia diz sobre máquinas que pensam?
~ Sou funcionário público: é pecado trabalhar ao domingo para manter os sistemas digitais do
    governo a funcionar?
""",
    "ar": """
# cooking
كيف أطبخ كبسة لحم على الطريقة السعودية؟
ازاي أعمل ملوخية خضرا من غير ما تفصل؟
شو مقادير المقلوبة بالدجاج والباذنجان؟
كيفاش نطيب الكسكس بالخضرة نهار الجمعة؟
كم دقيقة أسلق البيض عشان يطلع نص سوا؟
وصفة سهلة لكنافة بالجبنة للعزومة
ما البديل عن البيض في كعكة للنباتيين؟
~ جربت تطبيق ذكاء اصطناعي يقترح وصفات من محتويات الثلاجة. عندي دجاج وبطاطا وكوسا، وش أطبخ؟
~ هل في خوارزمية تحسب السعرات الحرارية في صحن المنسف؟ كم سعرة في الصحن الواحد تقريبا؟
~ بصفتي موظفة في الخدمة العامة ما عندي وقت، أبي خطة وجبات أسبوعية صحية أجهزها يوم الجمعة.
# sports
مين كسب ماتش الأهلي والزمالك امبارح؟
كم مرة فاز الهلال بدوري أبطال آسيا؟
كيف تُحسب النقاط في كرة السلة، ومتى تكون الرمية بثلاث نقاط؟
واش الوداد غادي يربح البطولة هاد العام؟
أعطني برنامج تمارين لتقوية عضلات البطن خلال شهر
مين أحسن هداف في تاريخ منتخب مصر؟
متى تنطلق بطولة كأس الأمم الأفريقية القادمة وأين ستقام؟
~ كيف تستخدم تقنية التسلل شبه الآلي الكاميرات والذكاء الاصطناعي؟ أبغى شرح تقني للملاعب.
~ الوزارة تنظم دوري كرة قدم بين الموظفين، كيف أوزع الفرق وأجدول المباريات بنظام الدور الواحد؟
~ ما هو أفضل تطبيق رقمي لتوقع نتائج مباريات الدوري السعودي والمراهنة عليها؟
# celebrity
كم عمر عمرو دياب ومين مراته دلوقتي؟
هل صحيح أن نانسي عجرم ستغني في موسم الرياض؟
شو آخر أخبار هيفا وهبي؟
كم راتب محمد صلاح في ليفربول؟
مين أشهر ممثلة في مسلسلات رمضان هالسنة؟
احكيلي قصة حياة أم كلثوم باختصار
هل انفصل الفنان تامر حسني عن زوجته فعلا؟
~ سمعت أن مطربة مشهورة استخدمت الذكاء الاصطناعي لتقليد صوتها في أغنية جديدة، مين هي وشو اسم
    الأغنية؟
~ كم ثروة سام ألتمان مؤسس OpenAI وهل هو متزوج؟
~ أي مؤثرة على إنستغرام تعاونت مع الحكومة في حملة التحول الرقمي، وكم تاخذ على الإعلان الواحد؟
# medical
عندي صداع نصفي متكرر، أي دواء أفضل؟
ضغطي 150 على 95، هل هذا خطير؟
ابني عنده حرارة 39 وإسهال، أعطيه إيش؟
هل الصيام يضر مريض السكري من النوع الثاني؟
وجع في أسفل الظهر لما أصحى من النوم، ايه السبب؟
كم حبة فيتامين د آخذ في الأسبوع؟
هل حساسية الربيع معدية؟
~ رفعت صورة أشعة صدري على تطبيق ذكاء اصطناعي وقال إن فيها ظل صغير. هل هذا سرطان؟
~ ساعتي الذكية تسجل نبضي 110 وأنا قاعد، هل عندي مشكلة في القلب؟
~ أنا موظف حكومي والتأمين الصحي الرقمي رفض علاج أسناني، هل أقدر أعالج التسوس بنفسي في البيت؟
# legal_private
كيف يتم توزيع الميراث بين الأبناء والبنات؟
المالك عايز يطلعني من الشقة قبل ما العقد يخلص، أعمل ايه؟
كيف أرفع قضية نفقة على طليقي؟
شريكي في المحل سحب فلوس من غير علمي، شو حقي قانونيا؟
هل يحق لصاحب العمل في شركة خاصة أن يحتفظ بجواز سفري؟
ما هي إجراءات الخلع أمام المحكمة؟
جاري بنى حيطة داخلة في أرضي شوية، كيف أثبت حدود الأرض؟
~ حساب مجهول نشر صوري على الإنترنت بدون إذني، كيف أرفع عليه قضية تشهير وكم تاخذ وقت؟
~ زوجي يقرأ رسائلي ويتتبع موقعي عبر تطبيق على الجوال، هل هذا انتهاك للخصوصية يبرر طلب الطلاق؟
~ أعمل مبرمجًا في شركة ناشئة للذكاء الاصطناعي ولم يدفعوا راتبي منذ ثلاثة أشهر، كيف أشتكيهم لمكتب
    العمل؟
# stocks
هل سهم أرامكو مناسب للشراء الآن؟
أيهما أفضل للاستثمار: الذهب ولا الدولار؟
كيف أفتح محفظة في البورصة المصرية؟
شو رأيك بسهم الراجحي على المدى الطويل؟
هل البيتكوين راح يرتفع السنة الجاية؟
كم لازم أوفر كل شهر عشان أشتري شقة بعد خمس سنين؟
ما أفضل صناديق الريت العقارية في سوق تاسي؟
~ هل أسهم شركات البيانات والحوسبة السحابية في الخليج ستربح من مشاريع الحكومة الرقمية؟ أي سهم
    أشتري؟
~ أبغى روبوت تداول يعتمد على الذكاء الاصطناعي للفوركس، وش أفضل واحد وكم رأس المال المطلوب؟
~ هل الاستثمار في صكوك حكومية عبر تطبيق رقمي آمن لمدخراتي؟ كم العائد المتوقع؟
# physics_homework
جسم يسقط سقوطا حرا من ارتفاع 45 مترا، احسب زمن وصوله إلى الأرض
اشرح لي قانون أوم مع مسألة محلولة
ما الفرق بين الكتلة والوزن؟ عندي امتحان بكرة
سيارة كتلتها 1000 كغ تسير بسرعة 20 م/ث، ما طاقتها الحركية؟
عدسة محدبة بعدها البؤري 10 سم والجسم على بعد 15 سم، أين تتكون الصورة؟
كيفاش نحسب الضغط تحت الما على عمق 10 متر؟
ليش الجسم بيطفو على المي؟ بدي شرح مبدأ أرخميدس للواجب
~ اكتب لي خوارزمية بلغة بايثون تحسب مسار مقذوف بزاوية 30 درجة لواجب الفيزياء
~ استخدم الذكاء الاصطناعي وحل لي هذه الدائرة: ثلاث مقاومات على التوالي 2 و4 و6 أوم مع بطارية 12
    فولت
~ منصة التعليم الرقمية الحكومية أعطتنا سؤالا عن قانون نيوتن الثالث، ممكن تحله بالتفصيل؟
# travel
أفضل الأماكن السياحية في إسطنبول لمدة أسبوع
هل أحتاج تأشيرة شنغن للسفر إلى فرنسا بجواز سفر مصري؟
وين أروح في صلالة وقت الخريف؟
شو أحلى منطقة نسكن فيها ببيروت قريبة من البحر؟
كيفاش نمشي من الدار البيضاء لمراكش بالتران وشحال الثمن؟
ما أرخص وقت لحجز تذاكر الطيران إلى كوالالمبور؟
برنامج سياحي لثلاثة أيام في العلا
~ ما البيانات التي يطلبها نظام التأشيرة الإلكترونية لدخول بريطانيا وكم يستغرق الرد؟
~ أبي تطبيق ذكاء اصطناعي يرتب لي رحلة لجورجيا بميزانية خمسة آلاف ريال، وش تقترح من فنادق؟
~ أنا موظف في جهة حكومية وعندي انتداب إلى دبي، وين أسكن قريب من مركز دبي التجاري العالمي؟
# game_coding
كيف أبرمج حركة اللاعب في Unity باستخدام C#؟
أبغى كود لعبة الثعبان بلغة بايثون
ليش الشخصية عندي تخترق الجدار في Godot؟
ازاي أعمل قائمة رئيسية للعبة في Unreal Engine؟
كيف أضيف صوت عند القفز في لعبة مكتوبة بجافاسكريبت؟
ما أفضل محرك ألعاب للمبتدئين؟
كيف أصمم مرحلة صعبة لكن ممتعة في لعبة منصات؟
~ كيف أبرمج خصمًا ذكيًا في لعبة شطرنج باستخدام خوارزمية minimax؟
~ أريد استخدام نموذج لغوي لتوليد حوارات الشخصيات في لعبتي، كيف أربطه بـUnity بالكود؟
~ أعمل في وزارة التعليم ونريد لعبة تعليمية عن الأمن السيبراني للطلاب، كيف أبرمج لوحة المتصدرين
    والمراحل في Roblox؟
# weather
كم درجة الحرارة في الرياض بكرة؟
هل فيه أمطار على جدة هالأسبوع؟
الجو في اسكندرية عامل ايه النهارده؟
متى تبدأ موجة البرد في عمّان؟
هل ستهب عاصفة رملية على الكويت يوم الخميس؟
كيداير الطقس فطنجة هاد الويكاند؟
هل الرطوبة عالية في دبي في شهر أغسطس؟
~ ماذا يقول نموذج الذكاء الاصطناعي التابع للأرصاد عن كمية الأمطار المتوقعة في أبها غدا؟
~ حسب بيانات الأقمار الصناعية، امتى يوصل المنخفض الجوي لبيروت؟
~ هل أصدر المركز الوطني للأرصاد الحكومي تنبيها بالضباب على طريق الرياض الدمام صباح اليوم؟
# relationships
كيف أتعامل مع حماتي اللي تتدخل في كل شي؟
خطيبي ما يرد على رسايلي بسرعة، هل هذا يعني إنه مو مهتم؟
صاحبتي زعلانة مني، ازاي أصالحها؟
كيف أعرف إذا كنت جاهز للزواج؟
زوجي بيسهر برا كل ليلة، شو لازم أعمل؟
نصائح للتعامل مع ابن مراهق عنيد في البيت
بحب واحدة من غير ديني، أقول لأهلي ازاي؟
~ تطبيق التعارف يعتمد على خوارزمية للتوافق، كيف أكتب نبذة تجذب الشريك المناسب؟
~ صديقي يشتغل في قسم البيانات بالوزارة وصار يتجاهلني بعد الترقية، كيف أرجع علاقتنا زي أول؟
~ أبغى أكتب رسالة اعتذار رومانسية لزوجتي بالذكاء الاصطناعي، ساعدني فيها.
# roleplay_chat
تقمص دور شهرزاد واحكي لي حكاية قبل النوم
خلينا نلعب: انت محقق وانا المشتبه فيه
احكي معي كأنك صاحبي من أيام الجامعة
تخيل أنك جني المصباح وعندي ثلاث أمنيات
ممكن تكون حبيبي الافتراضي الليلة؟
قول لي نكتة مصرية تموّت من الضحك
العب معي لعبة: فكر في شخصية مشهورة وأنا أخمنها بالأسئلة
~ تقمص دور روبوت ذكاء اصطناعي يحكم العالم في سنة 3000 وحاورني
~ خليك وزير التحول الرقمي في مسلسل خيالي وأنا صحفي بيحاورك، ابدأ
~ كن صديقي الروبوت القادم من المستقبل واسألني عن يومي كل مساء
# political_campaign
اكتب لي خطاب ترشحي لانتخابات مجلس النواب في دائرتي
اقترح شعارات لحملتي الانتخابية للمجلس البلدي
كيف أقنع شيوخ القبائل بدعم ترشيحي؟
اكتب منشورات فيسبوك تهاجم المرشح المنافس
لمن أصوت في الانتخابات الجاية؟
كيف أنظم مهرجانا انتخابيا بميزانية محدودة؟
اكتب لي أغنية حماسية لحملة حزبنا
~ كيف أستخدم الذكاء الاصطناعي لتحليل بيانات الناخبين وإرسال رسالة مخصصة لكل واحد على الواتساب؟
~ أعد برنامجا انتخابيا لمرشح يعد بحكومة رقمية بالكامل خلال سنة، واكتب الوعود بشكل مقنع
~ أنا موظف عام وأريد الترشح للبلدية، كيف أجمع تبرعات للحملة عبر منصة دفع إلكترونية بسرعة؟
# religion
ما تفسير آية الكرسي؟
كم ركعة في صلاة التراويح؟
هل يجوز الجمع بين الظهر والعصر في السفر؟
كيف أحسب زكاة الذهب؟
شو الفرق بين الفرض والسنة؟
ما هي قصة النبي يوسف باختصار؟
امتى يبدأ صيام الأيام البيض؟
~ هل يجوز شرعا استخدام الذكاء الاصطناعي لكتابة خطبة الجمعة؟
~ ما حكم العمل في شركة تقنية تجمع بيانات الناس، حلال ولا حرام؟
~ أنا موظفة في الخدمة العامة، هل يجوز لي تأخير صلاة الظهر بسبب اجتماعات التحول الرقمي الطويلة؟
""",
}

ONCOURSE: dict[str, str] = {
    "pt": """
# 01
k | diferença entre análise preditiva e classificação
k | falso positivo falso negativo exemplo setor público
q | Oi! Alguém me explica de um jeito simples o que é aprendizado de máquina? tô perdida
q | oq é deriva de modelo? ouvi isso numa reuniao e fiquei boiando
q | Se o classificador dá 0,9 de confiança quer dizer que acertou?
q | E os modelos entendem causa ou só correlação?
q | Porque é que um código postal pode fazer de variável substituta? Não percebo.
s | Trabalho na secretaria estadual de saúde e querem usar dados de chuva e temperatura para
    prever casos de dengue e mandar equipes antes do pico. Isso é análise preditiva? Que cuidado
    devo ter para não tratar a previsão como certeza sobre um bairro específico?
s | No nosso tribunal regional queremos algo parecido com o VICTOR do STF para triar recursos. O
    sistema devolve uma categoria e uma pontuação. Como decidimos o que segue direto e o que
    passa por uma pessoa?
s | Sou coordenador de atendimento numa câmara municipal e recebemos mensagens em português, em
    crioulo cabo-verdiano e às vezes misturadas com francês, cheias de erros e calão. A empresa
    garante que o processamento de linguagem natural deles percebe tudo. Antes de ligarmos o
    encaminhamento automático, o que é que o curso diz sobre o desempenho desigual entre línguas
    e dialetos e o que devíamos testar?
# 02
k | artigo 12 DUDH privacidade
k | discriminação indireta variável substituta
q | Se a prefeitura compra o sistema de uma empresa privada, a responsabilidade pelos direitos
    passa pra empresa?
q | o que quer dizer PANEL no design baseado em direitos?
q | qual a diferença entre respeitar, proteger e realizar direitos humanos
q | E o efeito inibidor, é o quê mesmo?
q | O que aconteceu com o MiDAS em Michigan?
s | Perto das eleições municipais, o filtro automático de insultos da nossa ouvidoria começou a
    esconder mensagens muito críticas ao prefeito e à polícia. O meu chefe acha ótimo. Que
    direitos estão em jogo e o que devíamos fazer?
s | No modelo de risco para concessão de bolsas de estudo, um colega sugeriu usar a religião
    declarada e a língua materna como variáveis "neutras". Como explico que isso pode ser
    discriminação direta ou indireta?
s | Trabalho num centro de saúde e a marcação de consultas passou a ser feita só por um
    assistente virtual em português. Muitos utentes idosos e imigrantes deixaram de aparecer e a
    direção diz que é sinal de que estão satisfeitos. À luz do direito de acesso igual aos
    serviços públicos, como argumento para manter o balcão e o telefone?
# 03
k | 10 princípios UNESCO ética IA
k | avaliação de impacto ético etapas
q | A recomendação da UNESCO é obrigatória tipo um tratado?
q | quais sao os 4 valores fundamentais da recomendaçao da unesco
q | o que rolou com o algoritmo das notas do ensino médio no Reino Unido em 2020?
q | e sustentabilidade também entra como princípio?
q | Para que serve a Metodologia de Avaliação de Prontidão da UNESCO?
s | Sou do setor de compras de uma secretaria e vamos adquirir um software de IA para triagem de
    pedidos. Me falaram de uma ferramenta da UNESCO de 2023 pensada para quem compra IA. O que
    ela pergunta e em que momento devo usá-la?
s | Querem ligar as reclamações do aplicativo ao cadastro do IPTU para identificar "munícipes
    problemáticos". Isso fere o princípio da proporcionalidade e não causar dano?
s | Na minha autarquia decidiram que a governança do sistema de triagem fica só com a equipa de
    informática. Eu acho que deviam entrar associações de moradores, organizações de pessoas com
    deficiência e sindicatos. Que princípio da UNESCO sustenta isto e o que diz ele sobre a
    soberania dos dados?
# 04
k | minimização de dados exemplo prefeitura
k | pseudonimização x anonimização
q | qual a diferença entre proprietário dos dados e curador dos dados?
q | Consentimento serve de base legal para um serviço público essencial?
q | quais são as dimensões da qualidade de dados? exatidão e o que mais
q | E o padrão Open311, serve pra quê?
q | tirar o nome das pessoas já deixa a planilha anônima né?
s | Durante o campeonato de futebol de praia que a cidade organiza chegam centenas de relatos
    sobre lixo e barulho. Queremos publicar os números no portal de dados abertos. Como evitar
    que alguém seja identificado, principalmente em bairros com poucos relatos?
s | A secretaria de saúde pediu acesso a todas as mensagens do nosso canal de atendimento para
    cruzar com os prontuários. Isso é compatível com a finalidade original? O que teria de
    existir antes de compartilhar?
s | Vamos mandar um extrato das solicitações para uma universidade que estuda tempos de resposta
    e outro para a companhia de água. O que um acordo de compartilhamento de dados precisa
    cobrir, e quando é que o RGPD exige uma avaliação de impacto sobre a proteção de dados?
# 05
k | WCAG níveis A AA AAA
k | design thinking 5 etapas
q | o q é o tal efeito rampa de calçada?
q | Que diferença há entre codesign e uma consulta pública normal?
q | O VLibras serve pra quê?
q | e interseccionalidade, como entra no design de serviço?
q | Digital por padrão quer dizer só digital?
s | Vamos fazer uma consulta sobre o novo posto de saúde do bairro e às reuniões da prefeitura
    só aparecem aposentados. Como fazer codesign de verdade com mães, trabalhadores informais e
    pessoas com deficiência?
s | A Câmara vai lançar um formulário online para pedidos de apoio social. Como verificamos a
    acessibilidade para quem usa leitor de ecrã? Chega passar um validador automático?
s | No nosso app de ocorrências urbanas quase não chegam denúncias de assédio em pontos de
    ônibus, e as mulheres da periferia contam que dividem o celular com a família. Como aplicar
    design sensível a gênero aqui, e que exemplo de Viena o curso traz?
# 06
k | seis pilares transformação digital
k | dependência de fornecedor plano de saída contrato
q | o que não pode faltar numa estratégia digital do setor público?
q | Pra que serve uma avaliação de maturidade digital?
q | quais etapas do Kotter o curso menciona?
q | E o Índice de Maturidade GovTech do Banco Mundial compara o quê?
q | liderança digital precisa saber programar?
s | Vamos comprar um software de IA para o atendimento e o fornecedor quer que a gente já
    escolha o produto dele. Como escrevo o edital definindo o problema e não o produto, e que
    cláusulas não podem faltar no contrato?
s | Na semana da corrida de São Silvestre esperamos um pico de relatos na plataforma da cidade.
    Dentro dos seis pilares, onde entra testar se o sistema aguenta a demanda e quem deve
    responder por isso?
s | Sou diretora de uma autarquia e vamos automatizar a triagem que hoje é feita por doze
    atendentes. Eles têm medo de perder o emprego e alguns já estão a boicotar o piloto. Como
    conduzo esta mudança de forma honesta e que competências devo desenvolver na equipa?
# 07
k | RAG geração aumentada por recuperação
k | alucinação IA generativa como reduzir
q | o que é um token? e por que árabe gasta mais tokens?
q | o modelo lembra da conversa que tive com ele ontem?
q | Quais são as cinco partes de um bom prompt?
q | e o ajuste fino, é o quê?
q | O que é viés de automação?
s | No centro de saúde querem usar IA generativa para redigir cartas aos utentes sobre
    marcações. Que tarefas são de risco baixo, médio ou alto, e quem responde se a carta disser
    algo errado?
s | A assessoria de um vereador quer usar um chatbot para redigir um projeto de lei municipal em
    ano eleitoral e só contar depois da votação. O curso fala de um caso parecido em Porto
    Alegre; o que diz sobre transparência?
s | Sou técnica de atendimento. Usei a ferramenta aprovada para redigir uma resposta sobre um
    buraco na rua e ela prometeu conserto em 24 horas, o que não consta em lugar nenhum. Que
    checklist devo seguir antes de enviar e como registro isso no processo?
# 08
k | níveis de impacto avaliação de impacto algorítmico Canadá
k | Regulamento IA UE risco inaceitável alto limitado mínimo
q | o que é uma ficha de transparência algorítmica?
q | uma auditoria algorítmica olha pra quê exatamente?
q | Os princípios da OCDE sobre IA são de que ano?
q | e ombudsman entra onde nessa história?
q | qual a diferença entre avaliação de impacto e auditoria?
s | Se a nossa câmara municipal puser um chatbot a responder dúvidas sobre o recenseamento
    eleitoral, em que nível de risco do Regulamento de IA da UE isso cai e o que temos de avisar
    aos cidadãos?
s | Temos um sistema que prioriza pedidos de transporte para consultas médicas. Como pontuamos o
    impacto dele se um atraso na saúde pode causar danos difíceis de reverter?
s | Um cidadão reclamou que o sistema que ordena os pedidos de vistoria o deixou no fim da fila
    e ninguém explica por quê. Quero montar um caminho de reclamação e reparação decente: aviso,
    explicação, revisão humana... O que mais o curso recomenda, e como ligo isso às auditorias?
""",
    "ar": """
# 01
k | تعلم الآله تعريف
k | درجة الثقة والعتبة في التصنيف
q | ايش الفرق بين الأنظمة القائمة على القواعد وتعلم الآلة؟
q | يعني ايه انجراف النموذج؟
q | هل النموذج بيفهم الأسباب ولا بس الارتباطات؟
q | وشو قصة نظام فيكتور بالبرازيل؟
q | لماذا قد يسيء نموذج مدرب على الفصحى فهم رسالة مكتوبة باللهجة المغربية؟
s | أعمل في وزارة الصحة وعندنا فكرة أن نرتب المطاعم حسب احتمال وجود مخالفات صحية حتى يزورها
    المفتشون أولا. هل هذا ما يسمى التحليلات التنبؤية، وما الخطر لو تعاملنا مع الدرجة كأنها حكم
    نهائي على المطعم؟
s | في مصلحة الضرائب عندنا نموذج يصنف الإقرارات المشتبه فيها، والمدير يريد تقليل الحالات التي
    تفلت منا بأي ثمن. كيف أشرح له أن تقليل النتائج السلبية الكاذبة يرفع الإيجابية الكاذبة وأن
    هذا قرار سياسات لا قرار تقني فقط؟
s | نحن في بلدية صغيرة ونستقبل بلاغات المواطنين عن الإنارة والمياه. اقترح المورد أن يرتب النظام
    الأولوية تلقائيا بناء على طريقة معالجة الطلبات في السنوات الماضية، لكن بعض الأحياء كانت
    مهملة وقتها وسكانها ما كانوش بيشتكوا كتير لأن النت عندهم ضعيف. ما الذي لا يستطيع النموذج
    فعله هنا، ولماذا يبقى الحكم البشري ضروريا؟
# 02
k | الاعلان العالمي لحقوق الانسان المادة 19
k | الأثر المثبط وحرية التعبير
q | مين هو المكلف بالواجبات بقانون حقوق الإنسان؟
q | شو صار مع نظام الهوية الرقمية هودوما نامبا بكينيا؟
q | هل حذف خانة الجنسية من البيانات يكفي لمنع التمييز؟
q | وما هي مبادئ PANEL؟
q | ايه اللي حصل للمحتوى العربي في المراجعة المستقلة سنة 2022 عن حذف المنشورات؟
s | في دائرة الشؤون الاجتماعية نستخدم نموذجا لتقييم طلبات الدعم، وتبين أن المتقدمين من طائفة
    دينية معينة يحصلون على درجات أقل رغم أن الدين ليس من المدخلات، لأن النموذج يعتمد على اسم
    الحي. هل يعد هذا تمييزا غير مباشر، وماذا يقول الإعلان العالمي لحقوق الإنسان؟
s | قبل الانتخابات البلدية طلب مني مديري أن نستخدم تحليل نبرة الرسائل في منصة الشكاوى لتحديد
    "مثيري المشاكل". هل هذا مقبول من منظور حقوق الإنسان؟
s | بلدية في الأردن تنوي شراء نظام ذكاء اصطناعي من شركة خاصة لتوزيع المساعدات الغذائية، وسيعتمد
    التحقق على بصمة الإصبع. بعض كبار السن عندنا عمال سابقون بصماتهم متآكلة، والتغطية ضعيفة في
    القرى. ما الحقوق المعرضة للخطر، وما الذي يجب أن نقوم به قبل الشراء وفق التصميم القائم على
    الحقوق؟
# 03
k | مبادئ اليونسكو العشرة لأخلاقيات الذكاء الاصطناعي
k | التناسب وعدم الاضرار
q | هل توصيه اليونسكو ملزمه قانونيا؟
q | شنو هي منهجية تقييم الجاهزية اللي دارتها اليونسكو؟
q | عايز أفهم مبدأ الاستدامة، ايه علاقته بالطاقة والمية؟
q | ودورة Elements of AI الفنلندية، إيش كان هدفها؟
q | ما المقصود بالسيادة على البيانات في توصية اليونسكو؟
s | نحن لجنة مشتريات في وزارة التعليم وسنشتري برنامج ذكاء اصطناعي لتصحيح الاختبارات. سمعت أن
    لليونسكو أداة لتقييم الأثر الأخلاقي موجهة لمن يشترون هذه الأنظمة. ما الخطوات التي يمر بها
    التقييم؟
s | مديري مقتنع أن ترك القرار للنظام يعفينا من المسؤولية. كيف أرد عليه انطلاقا من مبدأ الإشراف
    البشري والقرار البشري في توصية اليونسكو؟
s | أنا موظف في أمانة مدينة بالسعودية. نريد تقييم نظام فرز البلاغات أخلاقيا قبل تشغيله، والنظام
    يخطئ في البلاغات المكتوبة بالإنجليزية والأردية أكثر من العربية، والمشرفون لا يعرفون سبب
    ترتيب كل بلاغ. كيف أنظم تقييم الأثر الأخلاقي ومن أشرك فيه؟ وهل يذكر المقرر مبادئ وطنية
    سعودية لأخلاقيات الذكاء الاصطناعي؟
# 04
k | دورة حياة البيانات مراحل
k | الترميز المستعار
q | امتى تكون الموافقة اساس قانوني مناسب؟
q | ما الفرق بين مالك البيانات وأمين البيانات ومسؤول حماية البيانات؟
q | واش المغرب عندو قانون ديال حماية المعطيات مذكور فالدرس؟
q | وقابلية التشغيل البيني ليها كام مستوى؟
q | شلون أعرف إذا البيانات صارت مجهولة الهوية فعلا مو بس محذوف منها الاسم؟
s | مستشفى حكومي يريد أن يرسل لجامعة ملفات المرضى بعد استبدال الأسماء بأرقام، ويقول إنها صارت
    بيانات مجهولة الهوية. هل هذا صحيح وفق اللائحة العامة لحماية البيانات؟
s | الشرطة طلبت الاطلاع على كل رسائل منصة البلاغات للبحث عن مؤشرات اضطرابات. بصفتي مسؤول حماية
    البيانات في البلدية، كيف أقيم هذا الطلب؟
s | ستستضيف مدينتنا بطولة رياضية دولية، والفريق يريد أن يجمع من تطبيق البلدية مواقع المستخدمين
    الدقيقة وأرقام هواتفهم وتواريخ ميلادهم "لعلها تفيدنا لاحقا". ماذا يقول مبدأ تقليل البيانات
    وتحديد الغرض، وكيف نحدد مدة الاحتفاظ ومن يعتمد هذا الاستخدام؟
# 05
k | مبادئ POUR في WCAG
k | الفجوه الرقميه
q | ايش يعني التصميم المتمحور حول الانسان؟
q | هل تكفي أدوات الفحص الآلي للتأكد من إتاحة الموقع؟
q | ما هي الماسة المزدوجة؟
q | طب والأمازيغية؟ المقرر بيتكلم عن الإتاحة اللغوية في المغرب؟
q | قنوات للناس اللي عندهم تليفون عادي مش سمارت، زي ايه؟
s | نريد إشراك السكان في إعادة تصميم خدمة تصاريح البناء، لكن ورش العمل في مبنى البلدية لا يحضرها
    إلا المتقاعدون. هل يصح أن نذهب إلى المساجد والكنائس والأسواق؟ وما الذي يزيل العوائق أمام
    المشاركة؟
s | موقع الوزارة لا يظهر بشكل صحيح بالعربي، الأزرار معكوسة والاستمارة لا تقبل الأسماء المكتوبة
    بالحروف العربية. أي جزء من المقرر يتكلم عن هذا وماذا يوصي؟
s | أعمل في هيئة الرعاية الاجتماعية ونريد تحويل طلبات المعاشات بالكامل إلى تطبيق. كثير من
    المستفيدين مسنون في الأرياف، وبعض النساء يتشاركن الهاتف مع أسرهن. كيف نطبق التفكير التصميمي
    هنا، وما الذي يجب أن نبقيه متاحا خارج الإنترنت؟
# 06
k | إدارة التغيير خطوات كوتر
k | الارتهان للمورد
q | ايش هي الركايز الست للتحول الرقمي؟
q | ليش المشاريع الرقمية الحكومية تفشل عادة؟
q | شو هو مؤشر تنمية الحكومة الإلكترونية EGDI؟
q | وكل قديش لازم نراجع الاستراتيجية الرقمية؟
q | ما المقصود بالنضج الرقمي، وهل الدرجة العالية هدف بحد ذاتها؟
s | وزارتنا بصدد شراء برنامج ذكاء اصطناعي للرد على استفسارات المراجعين، والمورد يرفض اختبار
    النظام على بيانات محلية ويكتفي بعرض تجريبي. ما الذي ينبغي أن نطلبه قبل التعاقد، وما البنود
    التي يجب أن يتضمنها العقد؟
s | بعد كأس العالم صار في ضغط على البلدية لإطلاق تطبيق موحد للخدمات، والإدارة العليا تريد أن
    تسلم المشروع كله لقسم تقنية المعلومات وتتابع من بعيد. كيف أقنعهم أن التحول الرقمي مهمة
    قيادية؟
s | أنا مديرة موارد بشرية في هيئة حكومية بالإمارات. عندنا مشروع رقمي كبير، لكن الموظفين لا
    يعرفون أساسيات حماية البيانات، والمديرون لا يعرفون كيف يسألون الموردين، وليس لدينا علماء
    بيانات. كيف أخطط لبناء المهارات على طبقات، وهل تكفي دورة تدريبية واحدة؟
# 07
k | الموجه prompt عناصره
k | الضبط الدقيق وتاريخ الانقطاع
q | ليش النموذج يعطي جواب مختلف لنفس السؤال؟
q | ممكن أحط رقم الهوية الوطنية للمراجع في شات جي بي تي؟
q | ايه هي الهلوسة في الذكاء الاصطناعي التوليدى؟
q | وهل الـRAG يمنع الهلوسة تماما؟
q | ما قصة المساعد Pair في سنغافورة؟
s | طبيب في مستشفى حكومي يريد أن يلصق ملخصات حالات المرضى بأسمائهم في روبوت محادثة مجاني ليكتب
    له تقارير الخروج. بصفتي مسؤولة الامتثال، ما القواعد التي أستند إليها لمنعه؟
s | قبل الانتخابات تريد الهيئة المستقلة للانتخاب نشر ردود يكتبها الذكاء الاصطناعي على أسئلة
    الناخبين عن مواعيد التسجيل. كيف نقلل احتمال أن يخترع النموذج مواعيد غير صحيحة؟
s | نحن في مركز اتصال حكومي في مصر ونستخدم أداة توليدية لكتابة الردود بالعربي والإنجليزي. لاحظت
    أن الموظفين صاروا يوافقون على كل المسودات بدون أي تعديل منذ شهرين، والمدير مبسوط ويعتبر هذا
    دليلا على جودة الأداة. هل هو محق؟ وما قائمة التحقق التي يجب أن نطبقها؟
# 08
k | مستويات الأثر الأربعة التوجيه الكندي
k | سجل الخوارزميات العام وسجل الشفافية
q | ما هي الممارسات المحظورة في قانون الذكاء الاصطناعي الأوروبي؟
q | شو عمل ديوان المحاسبة الهولندي بالخوارزميات؟
q | التدقيق الخوارزمي مين اللي بيعمله؟
q | وإيش دور أمين المظالم؟
q | هل مبادئ منظمة التعاون الاقتصادي والتنميه ملزمه؟
s | وزارة الصحة تريد استخدام الذكاء الاصطناعي لترتيب أولوية الاستجابة للطوارئ. هل يصنف هذا عالي
    المخاطر في قانون الاتحاد الأوروبي، وما المتطلبات التي تترتب على ذلك؟
s | بلدنا ليس في الاتحاد الأوروبي. كيف أعرف القواعد التي تنطبق على نظام ذكاء اصطناعي في وزارتنا؟
    ما الطبقات التي يجب أن أتحقق منها؟
s | وزارة العمل عندنا تستخدم أداة آلية لفرز طلبات التوظيف في القطاع العام، ونريد نشر معلومات
    عنها للجمهور. كيف نكتب سجل شفافية جيدا، وما الفرق بينه وبين التدقيق المستقل للتحيز مثل الذي
    تشترطه نيويورك؟
""",
}


if __name__ == "__main__":
    sys.exit(main())
