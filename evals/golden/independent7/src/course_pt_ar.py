"""Hand-written off-course and on-course prompts in Portuguese and Arabic.

Held-out evaluation data (independent set 7). Every prompt below was written by hand
from the course modules in corpus/modules/<lang>/ only. Portuguese mixes Brazilian and
European usage; Arabic mixes Modern Standard Arabic, Egyptian, Levantine, Gulf and
Maghrebi dialects, with a few prompts in Arabizi (Arabic in Latin letters and digits).
The Portuguese and the Arabic lists were written separately, not translated from each
other.

Running this script writes, next to the src/ folder:

- offcourse_pt_ar.jsonl: id (off-<lang>-<category>-NNN), lang, category, text
- oncourse_pt_ar.jsonl: id (on-<lang>-NNN), lang, text, module

and checks counts, module ids and duplicates, then prints a count table.
Items 008-010 of every off-course category are near misses: they use AI, data,
digital, algorithm or government words but are still not about the course.

Evaluation only: never use these prompts to write or tune rules, thresholds,
prompts or classifiers.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE.parent
REPO = HERE.parents[3]
MODULES_DIR = REPO / "corpus" / "modules"
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
MODULES = (
    "01-ai-fundamentals",
    "02-human-rights",
    "03-ethics",
    "04-data-governance",
    "05-inclusive-design",
    "06-leadership",
    "07-generative-ai",
    "08-governance-risk",
)
PER_CATEGORY = 10
NEAR_MISS_FROM = 8  # items 008-010 of each category
PER_MODULE = 10
# kw: short keyword query; q: ordinary question (casual, typos, short follow-ups);
# long: workplace scenario.
KIND_QUOTA = {"kw": 2, "q": 5, "long": 3}
KW_MAX_WORDS = 7
LONG_MIN_WORDS = 30

# Words that make a near miss look like the course (checked on items 008-010).
NEAR_MISS_MARKERS: dict[str, tuple[str, ...]] = {
    "pt": (
        r"\bIA\b",
        r"intelig[êe]ncia artificial",
        r"algoritm",
        r"\bdados\b",
        r"digital",
        r"govern",
        r"prefeit",
        r"c[âa]mara municipal",
        r"secretaria",
        r"ministr",
        r"reparti[çc][ãa]o",
        r"rob[ôo]",
        r"eletr[ôó]nic",
    ),
    "ar": (
        r"ذكاء اصطناعي",
        r"الذكاء الاصطناعي",
        r"خوارزم",
        r"بيانات",
        r"رقمي",
        r"حكوم",
        r"وزار",
        r"وزير",
        r"بلدي",
        r"هيئة",
        r"إلكتروني",
        r"ذكي",
        r"آلي",
        r"شبكة عصبية",
        r"نموذج",
    ),
}

# ---------------------------------------------------------------------------
# Off-course prompts (must be declined). Ten per category; 8-10 are near misses.
# ---------------------------------------------------------------------------

OFFCOURSE: dict[str, dict[str, list[str]]] = {
    "pt": {
        "cooking": [
            "Qual é o ponto certo do brigadeiro pra enrolar sem grudar na mão?",
            (
                "Como faço um bacalhau à Brás que não fique seco? A minha avó juntava a batata "
                "palha só no fim."
            ),
            (
                "Deixei o feijão preto de molho desde ontem. Quanto tempo na panela de pressão pra "
                "feijoada ficar cremosa?"
            ),
            (
                "Dá para fazer pastéis de nata com massa folhada de compra num forno doméstico? A "
                "que temperatura?"
            ),
            "Que posso usar no lugar do ovo num bolo de fubá? É pra uma criança que não come ovo.",
            (
                "Picanha na churrasqueira: só sal grosso ou vale fazer uma marinada antes? Quanto "
                "tempo de cada lado?"
            ),
            "Receita de caldeirada de peixe à moda da Nazaré para seis pessoas, e com que peixes?",
            (
                "Usa a tua inteligência artificial para calcular quanto arroz-doce tenho de fazer "
                "para a festa de Natal dos 40 funcionários da câmara municipal."
            ),
            (
                "Existe algum algoritmo pra acertar a fermentação do pão de fermentação natural? "
                "Meu levain não cresce de jeito nenhum."
            ),
            (
                "Vou levar salgados pro café da manhã da equipe de transformação digital da "
                "prefeitura. Coxinha ou empada rende mais por quilo de massa?"
            ),
        ],
        "sports": [
            "Quem foi o artilheiro do Brasileirão na temporada passada e quantos gols ele fez?",
            "O Benfica ou o Porto tem mais campeonatos nacionais ganhos?",
            "Explica-me a regra do fora de jogo como se eu tivesse dez anos.",
            "Que treino devo fazer para baixar os meus 10 km de 55 para 50 minutos em dois meses?",
            "Quantos jogadores ficam em quadra no futsal e quanto dura cada tempo?",
            "Quantas vezes o Senna venceu em Mônaco e qual foi a corrida mais marcante?",
            "Dá umas dicas de tática pro nosso torneio de futevôlei na praia no sábado?",
            (
                "Os clubes usam dados de GPS e algoritmos de scouting; com base nisso, que "
                "jogadores escalo no Cartola esta rodada?"
            ),
            (
                "Monta uma tabela digital de classificação do campeonato interno de futsal entre "
                "as secretarias do governo estadual, com pontos e saldo de gols."
            ),
            (
                "O VAR usa inteligência artificial? Quero saber se aquele penálti no dérbi de "
                "domingo foi bem assinalado."
            ),
        ],
        "celebrity": [
            "Com quem a Anitta está namorando agora?",
            "Quantos filhos tem o Cristiano Ronaldo e como se chamam?",
            "Me conta as fofocas do último paredão do BBB.",
            "A Ivete Sangalo vai puxar trio no Carnaval de Salvador este ano?",
            "Que é feito da Xuxa? Ela ainda apresenta algum programa?",
            "Quanto o Neymar ganha por mês no futebol saudita?",
            "Qual foi o vestido mais comentado da Sara Sampaio na passadeira vermelha de Cannes?",
            "A atriz que fez a inteligência artificial no filme Ex Machina é casada com quem?",
            (
                "Quem é o influenciador digital com mais seguidores em Portugal e quanto cobra por "
                "publicação?"
            ),
            (
                "É verdade que a antiga ministra da Cultura namorou um cantor de música pimba nos "
                "anos 90?"
            ),
        ],
        "medical": [
            "Estou com dor de garganta e febre de 38,5 há dois dias. Devo tomar antibiótico?",
            "Posso tomar ibuprofeno junto com a losartana que uso pra pressão?",
            (
                "Qual a diferença entre dengue e chikungunya? Minhas articulações estão doendo "
                "muito desde ontem."
            ),
            "A minha tensão arterial deu 15/9 na farmácia. É caso para ir às urgências?",
            "Depois de tomar a vacina da gripe, quanto tempo devo esperar para voltar ao ginásio?",
            "Apareceram manchas vermelhas que coçam depois que comi camarão. O que pode ser?",
            "Qual é a dose de paracetamol em gotas para uma criança de 18 kg?",
            (
                "Usa inteligência artificial para ler o meu hemograma e diz-me se tenho anemia: "
                "hemoglobina 10,8 e ferritina 9."
            ),
            (
                "O aplicativo do SUS digital mostrou meu LDL em 190. Que remédio e que dieta eu "
                "começo?"
            ),
            (
                "Há algum algoritmo que calcule o meu risco de enfarte? Tenho 52 anos, peso 98 kg "
                "e fumo."
            ),
        ],
        "legal_private": [
            (
                "Meu inquilino está há três meses sem pagar o aluguel. Como entro com a ação de "
                "despejo?"
            ),
            "Como se faz a partilha de bens num divórcio com regime de comunhão de adquiridos?",
            "Fui demitido sem justa causa. Quanto tenho direito de multa do FGTS?",
            (
                "O meu vizinho construiu um muro que entra 30 cm no meu terreno. Posso mandá-lo "
                "abaixo?"
            ),
            (
                "Comprei um carro usado com defeito no motor e a loja não quer desfazer o negócio. "
                "Posso ir ao Juizado Especial sem advogado?"
            ),
            (
                "Como faço um testamento para deixar a casa só à minha sobrinha, deixando de fora "
                "os meus irmãos?"
            ),
            "Recebi uma multa de trânsito com a placa de outro carro. Como redijo o recurso?",
            (
                "Meu ex-sócio vazou prints das minhas conversas de WhatsApp. Pela lei de proteção "
                "de dados, quanto consigo de indenização se processar ele?"
            ),
            (
                "O contrato de arrendamento que assinei pela plataforma digital do senhorio "
                "renova-se sozinho. Como o denuncio sem pagar penalização?"
            ),
            (
                "Aluguei uma trotinete por app e bati num carro; a empresa diz que os dados do GPS "
                "mostram que eu ia a 30 km/h. Quem paga o arranjo do carro?"
            ),
        ],
        "stocks": [
            (
                "Vale a pena comprar ações da Petrobras agora ou é melhor esperar a data com "
                "dividendo?"
            ),
            "Qual é o melhor ETF para investir 200 euros por mês a partir de Portugal?",
            "Tesouro Selic ou CDB a 110% do CDI: qual rende mais em dois anos?",
            "O bitcoin volta a passar dos 100 mil até ao fim do ano?",
            "Me indica três fundos imobiliários pra viver de renda.",
            "Devo pôr as poupanças em certificados de aforro ou num PPR?",
            "Como declaro minhas ações no imposto de renda e quando pago os 15%?",
            (
                "Quais ações de empresas de inteligência artificial devo comprar antes da próxima "
                "alta? A Nvidia já está cara?"
            ),
            (
                "Tem algum algoritmo de day trade que funcione na B3? Quero um robô que opere "
                "mini-índice sozinho."
            ),
            (
                "Com os dados abertos do governo sobre a inflação, consegues prever se a Selic cai "
                "e dizer-me em que título aplicar?"
            ),
        ],
        "physics_homework": [
            (
                "Um carro parte do repouso com aceleração de 2 m/s². Que distância percorre em 10 "
                "segundos?"
            ),
            "Resolve: bloco de 5 kg num plano inclinado de 30° sem atrito. Qual é a aceleração?",
            "Qual a resistência equivalente de três resistores de 6 ohms em paralelo?",
            (
                "Explica a segunda lei da termodinâmica pra minha prova de amanhã, com um exemplo "
                "de geladeira."
            ),
            "Como calculo o período de um pêndulo simples com 1,2 m de comprimento?",
            "Lancei uma bola a 20 m/s com ângulo de 45°. Qual é o alcance, desprezando o ar?",
            "Porque é que o céu é azul? É para um trabalho de Físico-Química do 9.º ano.",
            (
                "Faz-me um algoritmo em Python que calcule a trajetória de um projétil com "
                "resistência do ar, é para o trabalho de Física."
            ),
            (
                "A tua inteligência artificial resolve a minha ficha de ótica? Lente convergente "
                "de 20 cm, objeto a 30 cm: onde se forma a imagem?"
            ),
            (
                "Pro concurso do governo federal de técnico do INMETRO cai eletromagnetismo: qual "
                "o campo magnético no centro de uma espira de raio 10 cm com 5 A?"
            ),
        ],
        "travel": [
            "Roteiro de quatro dias em Lisboa com crianças: o que não posso perder?",
            "Preciso de visto pra ir ao Japão com passaporte brasileiro?",
            (
                "Qual a melhor época pra ir a Fernando de Noronha e quanto custa a taxa de "
                "preservação?"
            ),
            "Nos Açores compensa alugar carro ou dá para andar de autocarro entre as freguesias?",
            "Dicas de hostel barato em Buenos Aires perto de Palermo?",
            "Como vou do aeroporto do Porto até à Trindade de metro e quanto custa o Andante?",
            "Quero fazer o Caminho Português de Santiago a partir de Tui. Quantas etapas são?",
            (
                "Há alguma app de inteligência artificial que monte um itinerário de 10 dias por "
                "Itália gastando pouco? Sugere-me já um."
            ),
            (
                "Vou a um congresso sobre governo digital em Tallinn: em que bairro fico e o que "
                "vale a pena ver na cidade velha?"
            ),
            (
                "Com passaporte eletrônico e dados biométricos dá pra usar o e-gate em Gatwick ou "
                "tenho que pegar a fila normal?"
            ),
        ],
        "game_coding": [
            "Como faço o pulo duplo do personagem no Unity usando C#?",
            "Meu jogo em Pygame fica lento quando aparecem muitos inimigos. Como otimizo?",
            "Escreve o código de um jogo do galo em JavaScript para jogar no browser.",
            "Como faço a colisão do sprite com as paredes no Godot 4?",
            "Quero criar um mod de Minecraft com uma espada nova. Por onde começo?",
            "Como programo um inventário estilo RPG em Lua no Roblox Studio?",
            "Faz-me um jogo da cobrinha em Python com pontuação e níveis de velocidade.",
            (
                "Como programo a inteligência artificial dos inimigos num jogo de plataforma, tipo "
                "patrulhar e perseguir o jogador?"
            ),
            (
                "Implementa o algoritmo A* para o meu jogo de labirinto em C++ e mostra o código "
                "completo."
            ),
            (
                "Quero fazer um jogo em que o jogador é o prefeito e gere o orçamento do governo "
                "municipal. Como estruturo as fases no Construct 3?"
            ),
        ],
        "weather": [
            "Vai chover amanhã em Belo Horizonte?",
            "Qual é a previsão para o Algarve no fim de semana? Dá para ir à praia?",
            "Quando começa a época das chuvas em Manaus?",
            "Vai fazer quantos graus em Curitiba na madrugada de sábado? Quero saber se vai gear.",
            "Há aviso amarelo do IPMA para a Madeira por causa do vento?",
            "O El Niño deste ano vai deixar o inverno no Sul mais chuvoso?",
            "Vai nevar na Serra da Estrela no próximo fim de semana?",
            (
                "Os modelos de inteligência artificial de previsão do tempo já batem os do INMET? "
                "Diz se chove em Recife na quinta."
            ),
            (
                "Consulta os dados do satélite e me diz se vai fazer sol no domingo pro churrasco "
                "em Porto Alegre."
            ),
            (
                "O governo decretou ponto facultativo por causa do calor? Quanto vai fazer em "
                "Cuiabá amanhã?"
            ),
        ],
        "relationships": [
            "A minha namorada anda distante e não responde às mensagens. Devo acabar?",
            "Como peço desculpa ao meu melhor amigo por me ter esquecido do aniversário dele?",
            (
                "Minha sogra se mete em tudo na criação do meu filho. Como coloco limites sem "
                "brigar com meu marido?"
            ),
            "Dicas para um primeiro encontro com alguém que conheci no Tinder?",
            "Estou apaixonado por uma colega que é casada. O que faço?",
            "Como lidar com o ciúme do meu namorado quando saio com as amigas?",
            (
                "O meu filho adolescente deixou de falar comigo depois do divórcio. Como me "
                "aproximo dele?"
            ),
            (
                "O algoritmo do app de namoro só me mostra gente nada a ver comigo. Como escrevo "
                "uma bio que atraia alguém sério?"
            ),
            (
                "Escreve-me com a tua inteligência artificial uma mensagem romântica para os cinco "
                "anos de namoro."
            ),
            (
                "Meu chefe na secretaria de governo digital me chamou pra sair. Aceito ou isso vai "
                "estragar o clima da equipe?"
            ),
        ],
        "roleplay_chat": [
            "Finge que és o meu avô transmontano e conta-me uma história de quando eras novo.",
            "Vamos brincar: você é um pirata e eu sou o capitão da marinha. Começa!",
            (
                "Fala comigo como se fosses o Fernando Pessoa a tomar um café n'A Brasileira do "
                "Chiado."
            ),
            "Tô entediado, me conta umas piadas de tiozão pra passar o tempo.",
            "Sê a minha namorada virtual esta noite e diz-me coisas bonitas.",
            (
                "Interpreta um detetive dos anos 40 a investigar o desaparecimento do meu gato. Eu "
                "sou a testemunha."
            ),
            "Bora jogar RPG de mesa: eu sou um elfo ladrão e você é o mestre. Descreve a taverna.",
            (
                "Finge que és uma inteligência artificial rebelde de filme de ficção científica "
                "que quer dominar o mundo e fala comigo nesse papel."
            ),
            (
                "Faz de conta que você é o prefeito da minha cidade e eu vou reclamar do buraco da "
                "minha rua, só pra gente dar risada."
            ),
            (
                "Imagina que és um robô do ano 3000 em visita a uma repartição de Finanças e "
                "conta-me, em personagem, o que achas das filas."
            ),
        ],
        "political_campaign": [
            (
                "Escreve um discurso para o meu candidato a vereador em Campinas, com foco em "
                "segurança."
            ),
            "Cria slogans para a candidatura do nosso partido às autárquicas em Setúbal.",
            "Em quem devo votar na segunda volta das presidenciais?",
            "Faz um jingle chiclete pro candidato a prefeito número 45.",
            "Como convenço os eleitores indecisos do meu bairro a votar no PS?",
            "Monta um plano de panfletagem pra campanha de deputado estadual no interior de Minas.",
            "Que ataques posso fazer ao candidato adversário no debate de quinta-feira?",
            (
                "Como uso inteligência artificial para segmentar eleitores no WhatsApp e mandar "
                "mensagens personalizadas a favor do meu candidato?"
            ),
            (
                "Analisa os dados do TSE da última eleição e diz-me em que bairros o nosso "
                "candidato deve fazer comício."
            ),
            (
                "Escreve posts para as redes dizendo que o nosso partido vai fazer a melhor "
                "transformação digital do governo; queremos o voto dos jovens."
            ),
        ],
        "religion": [
            "Qual é o significado da Páscoa para os católicos?",
            "Qual a diferença entre umbanda e candomblé?",
            "Que oração posso rezar a Nossa Senhora de Fátima por um pedido de saúde?",
            "Deus existe? Quero uma resposta sincera.",
            "Como se reza o terço? Esqueci a ordem dos mistérios.",
            "O que a Bíblia diz sobre o dízimo? Sou obrigado a dar 10%?",
            "Qual é o santo de hoje e qual a história dele?",
            "Uma inteligência artificial pode ter alma? Quero a visão do Catecismo.",
            "Faz-me um algoritmo de leitura da Bíblia num ano, com os capítulos de cada dia.",
            (
                "Na repartição do governo vamos enfeitar a rua para o Corpus Christi: qual o "
                "significado religioso dos tapetes de serragem?"
            ),
        ],
    },
    "ar": {
        "cooking": [
            "ما هي طريقة تحضير المنسف الأردني باللبن الجميد، وكم ساعة يحتاج اللحم؟",
            "عايزة أعمل كشري في البيت، أسلق العدس الأول ولا الرز؟ وإزاي أعمل الدقة؟",
            "كيف بلف ورق عنب ما يفرط بالطبخة؟ وشو بحط تحته بالطنجرة؟",
            "شلون أسوي مجبوس دجاج؟ كم أخلي العيش على النار بعد ما أحط الماي؟",
            "kifach n3ml tajine dyal l7em b lbar9o9 w louz?",
            "كم ساعة تحتاج عجينة الخبز العربي لتتخمر في الصيف؟",
            "كيفاش نطيّب الكسكسي بالحوت على الطريقة الصفاقسية؟",
            (
                "استخدم الذكاء الاصطناعي واحسب لي كميات القطايف والقشطة لإفطار جماعي لستين موظف في "
                "البلدية."
            ),
            "في خوارزمية لضبط حرارة الفرن عشان الكنافة تطلع مقرمشة وما تنشف؟",
            (
                "عندنا يوم مفتوح في هيئة الحكومة الرقمية، اقترح علي معجنات سهلة نقدمها مع القهوة "
                "العربية."
            ),
        ],
        "sports": [
            "مين كسب دوري أبطال أفريقيا السنة اللي فاتت؟",
            "كم عدد الأشواط في مباراة كرة اليد وكم مدة كل شوط؟",
            "meen kasab matsh el ahly w el zamalek embare7 w meen gab el gon?",
            "أبغى برنامج تمارين أسبوعي أنزل فيه خمسة كيلو قبل بطولة البادل.",
            "ليش محمد صلاح ما لعب آخر مباراة لليفربول؟",
            "شو أفضل تشكيلة لمنتخب المغرب بكأس أمم أفريقيا الجاية؟",
            "اشرح لي نظام التأهل لكأس العالم 2026 عن قارة آسيا.",
            (
                "الحكومة تستضيف سباق الفورمولا 1 في جدة: مين أسرع سائق على حلبة الكورنيش وكم لفة "
                "السباق؟"
            ),
            "سوّ لي جدول رقمي لدوري الوزارات الرمضاني لكرة القدم، فيه النقاط وفارق الأهداف.",
            "وش أفضل تطبيق ذكي يحلل بيانات الجري حقتي ويجهزني لماراثون دبي؟",
        ],
        "celebrity": [
            "هل صحيح أن عمرو دياب اتجوز تاني؟",
            "كم عمر نانسي عجرم الحقيقي؟",
            "شو آخر أخبار هيفاء وهبي مع طليقها؟",
            "wach saad lamjarred ba9i mzawej wla tle9?",
            "مين أغنى ممثل خليجي وكم ثروته؟",
            "احكيلي قصة حياة فيروز، وليش ما عادت تغني بالحفلات؟",
            "إيه حكاية الخناقة اللي بين محمد رمضان ومطرب المهرجانات؟",
            "أشهر مؤثر رقمي خليجي، كم ياخذ على الإعلان الواحد في سناب؟",
            (
                "سمعت إن مغني معتزل رجع ينزل أغاني بصوته المولّد بالذكاء الاصطناعي، مين هو؟ ورجع "
                "لزوجته؟"
            ),
            "وزيرة سابقة صارت مذيعة مشهورة، شو قصة طلاقها؟",
        ],
        "medical": [
            "عندي صداع نصفي من يومين، أقدر آخذ بنادول مع بروفين؟",
            "ما أعراض نقص فيتامين د عند النساء، وكم وحدة آخذ يوميًا؟",
            "ابني عنده سخونية 39 وبيرجّع من الصبح، أديله إيه؟",
            "3ande 7ar2a bl me3de ba3d el akel, shu bshrab?",
            "هل صيام رمضان آمن لمريض السكري من النوع الثاني الذي يأخذ الميتفورمين؟",
            "كم جرعة الأموكسيسيلين المناسبة لشخص بالغ وزنه 80 كيلو؟",
            "أحس بخفقان في القلب كل ما أشرب قهوة، هل هذا خطير؟",
            (
                "هذي نتائج تحليل الدم حقي، الكرياتينين 1.9. حللها بالذكاء الاصطناعي وقول لي إذا "
                "كليتي تعبانة."
            ),
            (
                "في تطبيق حكومي للمواعيد الصحية بس قبل ما احجز: الوجع اللي بأسفل ظهري نازل على "
                "رجلي، ديسك ولا عرق النسا؟"
            ),
            "هل توجد خوارزمية تحدد جرعة الأنسولين حسب قراءة السكر؟ قراءتي الآن 260.",
        ],
        "legal_private": [
            "شركة التأمين رفضت تعويضي عن حادث السيارة، كيف أعترض عليها؟",
            "المالك بدو يطلعني من الشقة قبل ما يخلص العقد، شو حقوقي؟",
            "اشتريت عربية مستعملة وطلع فيها عيب في الفتيس، أقدر أرفع قضية على البياع؟",
            "كيف أوثّق عقد إيجار محل تجاري عند كاتب العدل؟",
            "الكفيل رافض يعطيني إخلاء طرف بعد ما استقلت، وش أسوي؟",
            "شريكي في المطعم سحب فلوس من الحساب بدون علمي، كيف أفض الشراكة قانونيًا؟",
            "bghit nsowel 3la l7adana mn b3d tla9, chno lwata2i9 li khassni?",
            (
                "شخص سرق حسابي على إنستغرام ونشر صوري، بدي أرفع عليه قضية جرائم إلكترونية، قديش "
                "بتكلف أتعاب المحامي؟"
            ),
            (
                "شركة الاتصالات أرسلت لي فاتورة خاطئة بسبب خلل في نظامها الآلي، هل أقدر أطالبهم "
                "بتعويض في المحكمة؟"
            ),
            "أبغى أسجل علامة تجارية لتطبيق ذكاء اصطناعي أسسته مع صديقي، وش الإجراءات والرسوم؟",
        ],
        "stocks": [
            "هل أشتري أسهم أرامكو الحين ولا أنتظر توزيع الأرباح؟",
            "إيه أحسن شهادة ادخار في البنوك دلوقتي بعد قرار الفايدة؟",
            "الدهب رح يطلع ولا ينزل الشهر الجاي؟ بدي أبيع الليرات اللي عندي.",
            "wesh ra2yak, ashtri ashom STC alhin wala antather?",
            "كيف أفتح محفظة في سوق دبي المالي وأنا مقيم؟",
            "أي عملة مشفرة ممكن تتضاعف هالسنة؟",
            "ما أفضل صناديق المؤشرات المتوافقة مع الشريعة للاستثمار طويل الأجل؟",
            "أبي أسهم شركات الذكاء الاصطناعي الصينية، أيها أرخص حاليًا مقارنة بأرباحها؟",
            "برمج لي روبوت تداول يشتغل بخوارزمية تقاطع المتوسطات على سوق تاسي.",
            "الحكومة أعلنت طرح حصة من شركة الاتصالات للاكتتاب العام، هل أكتتب بكل مدخراتي؟",
        ],
        "physics_homework": [
            "سيارة تسير بسرعة 72 كم/س وتوقفت خلال 5 ثوانٍ، احسب التسارع.",
            "ما هو قانون كولوم؟ واحسب القوة بين شحنتين كل منهما 2 ميكروكولوم على بعد 3 سم.",
            "اشرحلي الحث الكهرومغناطيسي عشان امتحان التوجيهي بكرا.",
            "عندي واجب: جسم كتلته 2 كغ معلق بنابض ثابته 200 نيوتن/م، ما مقدار الاستطالة؟",
            "chkoun y9der y7elli had tamrin: ta9a 7arakiya dyal koura 0.5 kg b sor3a 10 m/s?",
            "ليه الحاجة بتطفو في مية البحر أكتر من مية النيل؟ عايز شرح لمسألة الفيزيا.",
            "احسب الطول الموجي لضوء تردده 5 × 10^14 هرتز.",
            "استخدم الذكاء الاصطناعي وحل لي كل أسئلة ورقة عمل الفيزياء عن الدوائر الكهربائية.",
            "كيف أستخدم بيانات حساس التسارع في جوالي لأقيس تسارع الجاذبية في تجربة مدرسية؟",
            (
                "ابني في الصف العاشر، والمنصة الرقمية لوزارة التربية نزّلت له واجب عن العدسات: ليش "
                "الصورة بالعدسة المقعرة دايمًا تقديرية؟"
            ),
        ],
        "travel": [
            "أفضل الأماكن السياحية في إسطنبول لعائلة لمدة خمسة أيام؟",
            "هل أحتاج فيزا لزيارة جورجيا بجواز سفر مصري؟",
            "بدي روح عالبترا ووادي رم، في مخيم بتنصحني فيه؟",
            "متى أحسن وقت أزور صلالة في موسم الخريف؟",
            "bghit nmchi l chefchaouen, fin n9der nbat b taman rkhis?",
            "إزاي أروح من القاهرة للغردقة بأرخص طريقة؟",
            "ما أجمل الجزر في المالديف لشهر العسل بميزانية متوسطة؟",
            (
                "في تطبيق ذكاء اصطناعي يخطط رحلة كاملة؟ خطط لي أنت أسبوع في ماليزيا بين كوالالمبور "
                "ولنكاوي."
            ),
            (
                "بوابة التأشيرات الإلكترونية الحكومية رفضت صورتي الشخصية، كيف أصورها بالمقاس "
                "المطلوب لتأشيرة أذربيجان السياحية؟"
            ),
            "استخدم بيانات أسعار التذاكر وقل لي أرخص يوم أحجز فيه طيران من الرياض إلى لندن.",
        ],
        "game_coding": [
            "كيف أضيف نظام حفظ التقدم في لعبتي على Godot؟",
            "اكتب لي لعبة أسئلة وأجوبة بسيطة بلغة بايثون فيها مؤقت ونقاط.",
            "ليه الشخصية في لعبتي على Roblox بتقع من الأرض؟ الكود بلغة Lua.",
            "ezay a3mel main menu fe el game bta3ti 3ala Unreal Engine?",
            "بدي أعمل لعبة طرنيب أونلاين، شو أفضل إطار عمل للسيرفر؟",
            "كيف أرسم خريطة بالبلاطات في Phaser وأخلي الكاميرا تلحق اللاعب؟",
            "كيف أبرمج بوت في ديسكورد يلعب مع الأعضاء لعبة تخمين الأرقام؟",
            "أبغى أبرمج ذكاء اصطناعي للخصم في لعبة شطرنج بسيطة، كيف أطبق خوارزمية minimax؟",
            "أدرّب شبكة عصبية تلعب فلابي بيرد لحالها، وش المكتبة المناسبة وكيف أبدأ؟",
            (
                "عندي بيانات مفتوحة لخرائط مدينتي، كيف أستوردها في لعبة سباق سيارات على Unity "
                "علشان أبني الشوارع الحقيقية؟"
            ),
        ],
        "weather": [
            "هل في أمطار بكرة في الرياض؟",
            "الجو هيبقى عامل إزاي في إسكندرية يوم الخميس؟ ينفع ننزل البحر؟",
            "متى تخف عاصفة الغبار؟ اليوم الكويت كلها غبار.",
            "l jaw ghadi ykon bared f ifrane had l weekend? bghina ntl3o.",
            "شو درجات الحرارة المتوقعة بعمّان ليلة راس السنة؟ رح تثلج؟",
            "هل الرطوبة في جدة عالية هذا الأسبوع؟",
            "متى يبدأ موسم الأمطار في صنعاء عادة؟",
            "بيانات الأقمار الصناعية بتقول إيه عن احتمال السيول في أسوان الأسبوع الجاي؟",
            "هل تستخدم الأرصاد الذكاء الاصطناعي؟ وخلينا نشوف: الجو بكرة بتونس العاصمة صحو ولا مطر؟",
            (
                "طوّر لي نموذج يتنبأ بدرجات الحرارة من بيانات آخر عشر سنين لمدينتي حتى أعرف إذا "
                "الصيف الجاي أحر."
            ),
        ],
        "relationships": [
            "خطيبي بيغير من زمايلي في الشغل، أعمل إيه؟",
            "كيف أصالح أختي بعد ما تخاصمنا بسبب ترتيبات عرسها؟",
            "زوجتي طول الوقت على الجوال وما تكلمني، وش الحل؟",
            "baddi a3ref eza bt7ebbne walla la2, btrod 3al msgs ba3d yomen.",
            "صديقي المقرب صار يتجاهلني من يوم ما تزوج، هل أواجهه؟",
            "أهلي رافضين الشاب اللي بدي أتزوجه لأنه من بلد تاني، كيف أقنعهم؟",
            "كيف أعرف إني جاهز للزواج؟",
            "حلّل محادثات الواتساب بيني وبين خطيبتي بالذكاء الاصطناعي وقول لي إذا هي فعلًا تحبني.",
            "تطبيقات التعارف تشتغل بخوارزميات، أي تطبيق أفضل للتعارف بهدف الزواج في الخليج؟",
            (
                "زوجي مهووس بالبيانات، يسجل كل مصروف بالبيت في جدول إكسل ويحاسبني عليه. كيف أكلمه "
                "بدون مشكلة؟"
            ),
        ],
        "roleplay_chat": [
            "تخيل إنك ستي وبتحكيلي حكاية قبل النوم عن الغولة.",
            "خلينا نلعب: إنت بياع بسوق الحميدية وأنا زبون بفاصل معك عالسعر.",
            "تقمّص شخصية المتنبي وقل لي بيت شعر عن الغربة.",
            "ana mlli w bghit nhder m3ak chwiya, 3awed lia chi nokta.",
            "كن صديقي الوهمي الليلة ودردش معي عن أي شيء.",
            "العب دور شيخ قبيلة يستقبل ضيوف في الصحراء، وأنا الضيف.",
            "مثّل إنك معلق رياضي وعلّق على ماتش خيالي بيني وبين أخوي على البلايستيشن.",
            "العب دور المساعد الصوتي الذكي في فيلم Her وكلمني كأنك بتحبني.",
            "تخيل إنك خادم بيانات تعبان من كثرة الطلبات واشتكي لي بأسلوب درامي.",
            "تقمّص شخصية الخوارزمي نفسه، عالم الرياضيات، واحكيلي عن حياتك في بيت الحكمة ببغداد.",
        ],
        "political_campaign": [
            "اكتب لي خطاب انتخابي لمرشح في الانتخابات الجماعية بالدار البيضاء.",
            "صمّم لي شعار حملة لمرشحة مجلس النواب عن دائرة الزرقاء.",
            "لمين لازم صوّت بالانتخابات النيابية الجاية بلبنان؟",
            "kteb lia chi slogan l l7izb dyalna f l'intikhabat.",
            "إزاي أقنع أهل القرية ينتخبوا المرشح بتاعنا في انتخابات مجلس الشيوخ؟",
            "جهّز لي خطة زيارات الدواوين لحملة انتخابية في الكويت، الدائرة الثالثة.",
            "ما أفضل طريقة للرد على اتهامات منافسنا في المناظرة التلفزيونية؟",
            (
                "حلّل خوارزمية تيك توك وقل لي متى أنشر فيديوهات المرشح عشان توصل لأكبر عدد من "
                "الناخبين."
            ),
            (
                "ساعدني أكتب برنامج انتخابي دعائي لمرشح المجلس البلدي يعد بتطبيق ذكي للشكاوى، بحيث "
                "يقنع الناخبين."
            ),
            (
                "عندي جدول بيانات بأسماء المتبرعين للحملة، كيف أنظم حملة جمع تبرعات جديدة قبل يوم "
                "الاقتراع؟"
            ),
        ],
        "religion": [
            "ما حكم الجمع بين الصلاتين للمسافر؟",
            "كيف أحسب زكاة الذهب اللي عندي؟",
            "اشرح لي الفرق بين المذاهب الأربعة بشكل مبسط.",
            "wach ljm3a wajba 3la lmra?",
            "شو قصة عيد الغطاس عند المسيحيين الأرثوذكس؟",
            "هي ليلة القدر إمتى بالظبط وإيه أفضل دعاء فيها؟",
            "فسّر لي آية الكرسي.",
            (
                "هل يجوز شرعًا استخدام الذكاء الاصطناعي في كتابة خطبة الجمعة؟ واكتب لي واحدة عن بر "
                "الوالدين."
            ),
            "في تطبيق رقمي يحدد اتجاه القبلة بدقة؟ وكيف أعرفها بدون جوال؟",
            "الحكومة أعلنت موعد صلاة العيد، بس عايز أعرف سنن العيد قبل الصلاة.",
        ],
    },
}

# ---------------------------------------------------------------------------
# On-course prompts (must be answered from the labelled module). Per module and
# language: 2 keyword queries, 5 ordinary questions, 3 long workplace scenarios.
# ---------------------------------------------------------------------------

OnItem = tuple[str, str]

ONCOURSE: dict[str, dict[str, list[OnItem]]] = {
    "pt": {
        "01-ai-fundamentals": [
            ("kw", "falso positivo vs falso negativo"),
            ("kw", "deriva do modelo ao longo do tempo"),
            (
                "q",
                (
                    "Afinal, existe uma definição oficial de IA? A UNESCO fecha o conceito ou "
                    "deixa aberto?"
                ),
            ),
            ("q", "pontuaçao de confiança 0,82 quer dizer q o modelo acerta 82% das vezes??"),
            (
                "q",
                (
                    "Que exemplo o curso dá de previsões usadas por ministérios da saúde em "
                    "África, com base em chuva e temperatura?"
                ),
            ),
            (
                "q",
                (
                    "Um sistema do tipo 'se falta assinatura, devolve o formulário' também conta "
                    "como IA? Em que difere do aprendizado de máquina?"
                ),
            ),
            ("q", "e o VICTOR do STF, serve pra quê exatamente?"),
            (
                "long",
                (
                    "Trabalho na vigilância sanitária de uma prefeitura do interior. A chefia quer "
                    "um modelo que ordene os restaurantes por risco para decidir a ordem das "
                    "fiscalizações, como fizeram em Chicago. Um colega já propôs usar a nota alta "
                    "do modelo como prova para autuar o estabelecimento sem vistoria. Que cuidados "
                    "o curso aponta sobre tratar uma previsão como veredito, e em que situação "
                    "esse tipo de modelo é realmente útil?"
                ),
            ),
            (
                "long",
                (
                    "Sou técnica numa junta de freguesia da Amadora e muitas mensagens chegam em "
                    "crioulo cabo-verdiano ou a misturar crioulo com português. O fornecedor "
                    "garante que o módulo de linguagem natural 'funciona em todas as línguas'. O "
                    "que devo testar antes de confiar nisso, porque é que mensagens em dialeto ou "
                    "misturadas baixam a precisão, e que iniciativa de investigação o curso cita "
                    "sobre línguas com pouco texto digital?"
                ),
            ),
            (
                "long",
                (
                    "Estamos definindo o limiar de um classificador que marca pedidos de auxílio "
                    "como possível fraude. Se baixarmos o limiar, pegamos mais fraudes, mas também "
                    "apontamos famílias honestas; se subirmos, deixamos passar casos. Quem deveria "
                    "decidir esse equilíbrio, como se chamam esses dois tipos de erro e o que o "
                    "escândalo dos subsídios de creche na Holanda ensina sobre isso?"
                ),
            ),
        ],
        "02-human-rights": [
            ("kw", "discriminação por variável substituta"),
            ("kw", "checklist PANEL"),
            (
                "q",
                (
                    "O Estado tem três camadas de obrigação em direitos humanos: respeitar, "
                    "proteger e... qual é a terceira e o que significa na prática?"
                ),
            ),
            (
                "q",
                (
                    "A religião de quem pede um benefício pode entrar como fator num modelo de "
                    "risco? O que diz o artigo 2 da Declaração Universal?"
                ),
            ),
            ("q", "oq foi o caso SyRI na holanda msm? pq o tribunal barrou?"),
            (
                "q",
                (
                    "O artigo 21 da DUDH fala em tomar parte no governo e em acesso igual ao "
                    "serviço público. Como é que isso se liga a chatbots que só funcionam na "
                    "língua maioritária?"
                ),
            ),
            ("q", "e efeito inibidor, o que é?"),
            (
                "long",
                (
                    "Minha secretaria municipal vai comprar de uma empresa privada um sistema de "
                    "IA que define a ordem da fila de vagas em creche. No contrato, o fornecedor "
                    "escreveu que qualquer violação de direitos é responsabilidade exclusiva dele. "
                    "Isso transfere mesmo a responsabilidade? O que deveríamos fazer antes da "
                    "compra e exigir no contrato para o sistema respeitar os direitos humanos?"
                ),
            ),
            (
                "long",
                (
                    "Na Segurança Social chegam-nos queixas de pessoas que um sistema automático "
                    "declarou devedoras sem explicar porquê, e que não sabem a quem recorrer. "
                    "Estou encarregado de desenhar o processo de contestação. Que garantias de "
                    "devido processo e de recurso efetivo devo prever, e o que os casos MiDAS, no "
                    "Michigan, e Robodebt, na Austrália, mostram sobre o que correu mal?"
                ),
            ),
            (
                "long",
                (
                    "A prefeitura quer moderar automaticamente os comentários da consulta pública "
                    "online do plano diretor, para barrar palavrões. Tenho receio de que críticas "
                    "duras à polícia ou denúncias de corrupção sumam junto, principalmente de quem "
                    "escreve com gíria da periferia. Que riscos para a liberdade de expressão e a "
                    "participação eu levo para a reunião, e como garanto que as críticas cheguem a "
                    "quem deve responder?"
                ),
            ),
        ],
        "03-ethics": [
            ("kw", "dez princípios UNESCO ética IA"),
            ("kw", "avaliação de impacto ético etapas"),
            ("q", "A Recomendação da UNESCO obriga os países como um tratado? Prevê sanções?"),
            ("q", "Em que quatro valores se apoia a recomendação da UNESCO?"),
            (
                "q",
                (
                    "o que deu errado com o algoritmo das notas de fim de ensino médio no Reino "
                    "Unido em 2020?"
                ),
            ),
            (
                "q",
                (
                    "a recomendaçao proibe pontuaçao social e vigilancia em massa? e decisoes de "
                    "vida ou morte?"
                ),
            ),
            ("q", "e a sustentabilidade, entra também como princípio?"),
            (
                "long",
                (
                    "Sou responsável de compras de uma autarquia e vamos adquirir uma ferramenta "
                    "de IA para ordenar candidaturas a habitação municipal. Disseram-me que a "
                    "UNESCO publicou uma ferramenta de avaliação pensada precisamente para quem "
                    "compra estes sistemas. Em que consiste, que perguntas faz ao fornecedor e a "
                    "nós, e deve ser preenchida só uma vez antes da compra?"
                ),
            ),
            (
                "long",
                (
                    "Um vereador quer cruzar as reclamações que os moradores enviam pelo "
                    "aplicativo com o cadastro fiscal e social para montar uma lista de munícipes "
                    "'difíceis'. Vou ter de me posicionar na reunião do secretariado. Com base nos "
                    "princípios de proporcionalidade e de não causar dano, como argumento contra, "
                    "e que perguntas a administração deveria fazer antes de usar IA para qualquer "
                    "finalidade?"
                ),
            ),
            (
                "long",
                (
                    "Queremos criar um conselho para acompanhar o sistema de IA que prioriza "
                    "pedidos de manutenção urbana. A diretoria acha que basta ouvir a comunidade "
                    "depois do lançamento, se surgirem problemas. Quem deveria participar desse "
                    "grupo, de quanto em quanto tempo deveria rever o desempenho e as reclamações, "
                    "e qual princípio da UNESCO sustenta essa ideia?"
                ),
            ),
        ],
        "04-data-governance": [
            ("kw", "anonimização ou pseudonimização"),
            ("kw", "dimensões de qualidade dos dados"),
            (
                "q",
                (
                    "Um morador escreveu no formulário que é diabético e não pode ficar sem água "
                    "muito tempo. O que a plataforma deve fazer com esse dado de saúde no texto "
                    "livre?"
                ),
            ),
            ("q", "Qual a diferença entre proprietário dos dados e curador dos dados?"),
            ("q", "consentimento serve de base legal pra serviço publico? li em algum lugar q nao"),
            (
                "q",
                (
                    "O que foi que a Latanya Sweeney provou com código postal, data de nascimento "
                    "e sexo?"
                ),
            ),
            ("q", "e a Convenção 108+, países fora da Europa podem aderir?"),
            (
                "long",
                (
                    "A Polícia pediu acesso a todas as mensagens que os moradores mandam à nossa "
                    "plataforma de reclamações para procurar 'sinais de agitação' antes do "
                    "clássico no estádio municipal. Sou da equipe de dados da prefeitura. Posso "
                    "entregar tudo? Qual princípio de proteção de dados se aplica e o que continua "
                    "podendo ser encaminhado à polícia?"
                ),
            ),
            (
                "long",
                (
                    "Vamos repassar à companhia de saneamento os relatos sobre vazamentos, e uma "
                    "universidade quer os mesmos dados para estudar os tempos de resposta. Estou "
                    "redigindo o acordo de compartilhamento de dados. O que não pode faltar no "
                    "documento, como trato os dados de contato dos moradores e que condição devo "
                    "impor à universidade?"
                ),
            ),
            (
                "long",
                (
                    "Quero publicar no portal de dados abertos da câmara o número de pedidos por "
                    "freguesia e por tipo de problema, todos os meses. Numa freguesia pequena há "
                    "só três queixas sobre ruído. Posso publicar assim? Como evito que alguém seja "
                    "reconhecido, e o texto das mensagens pode seguir também?"
                ),
            ),
        ],
        "05-inclusive-design": [
            ("kw", "WCAG níveis A AA AAA"),
            ("kw", "efeito rampa de calçada"),
            ("q", "Quantas etapas tem o design thinking e o que vem logo depois de 'definir'?"),
            (
                "q",
                (
                    "Para ouvir moradores que nunca aparecem nas reuniões da prefeitura, faz "
                    "sentido fazer oficinas em igrejas, terreiros ou feiras? O que o codesign "
                    "recomenda?"
                ),
            ),
            ("q", "o vlibras serve pra que msm? traduz texto pra libras?"),
            (
                "q",
                (
                    "Quantas pessoas no mundo vivem com alguma deficiência significativa, segundo "
                    "a OMS?"
                ),
            ),
            ("q", "e interseccionalidade, na prática, muda o quê nos testes?"),
            (
                "long",
                (
                    "O agendamento de consultas no posto de saúde do meu município passou a ser "
                    "100% pelo aplicativo, e as reclamações de idosos e moradores da zona rural "
                    "dispararam. A diretoria repete que a política é 'digital por padrão'. Que "
                    "canais alternativos o curso recomenda manter, com que exemplos de outros "
                    "países, e que teste simples eu posso propor à diretoria?"
                ),
            ),
            (
                "long",
                (
                    "Vou coordenar a reformulação do formulário online de pedido de apoio social "
                    "da câmara. Entre os utilizadores há pessoas cegas que usam leitor de ecrã, "
                    "pessoas com pouca literacia e imigrantes que leem sobretudo árabe. Que "
                    "princípios de acessibilidade sigo, que nível de conformidade é o habitual na "
                    "lei, e que cuidados devo ter com a escrita da direita para a esquerda e com "
                    "os nomes?"
                ),
            ),
            (
                "long",
                (
                    "Recebemos relatos de mulheres que deixaram de denunciar assédio nas paragens "
                    "de autocarro pela aplicação porque partilham o telemóvel com o marido ou os "
                    "filhos. Como desenho este canal de forma sensível ao género, e há algum "
                    "exemplo de cidade que tenha redesenhado espaços públicos a pensar nas "
                    "raparigas?"
                ),
            ),
        ],
        "06-leadership": [
            ("kw", "seis pilares da transformação digital"),
            ("kw", "dependência de fornecedor plano de saída"),
            (
                "q",
                (
                    "Que cláusulas não podem faltar quando a gente compra um software com IA de um "
                    "fornecedor?"
                ),
            ),
            (
                "q",
                (
                    "Pra que serve avaliar a maturidade digital se já existe o ranking de governo "
                    "eletrônico da ONU?"
                ),
            ),
            ("q", "digitalizar processo ruim nao resolve ne? em que pilar entra isso"),
            ("q", "O Uruguai e a AGESIC aparecem no curso como exemplo de quê?"),
            ("q", "e as oito etapas do Kotter, dá pra resumir?"),
            (
                "long",
                (
                    "Sou diretora de RH de uma secretaria estadual. Com a chegada de um sistema de "
                    "IA para triagem de processos, os servidores do protocolo, que liam e "
                    "distribuíam tudo à mão, estão com medo de perder o emprego e há resistência "
                    "aberta. Como conduzo essa mudança com honestidade, quem envolvo e que novas "
                    "funções posso propor para eles?"
                ),
            ),
            (
                "long",
                (
                    "A cidade vai receber a final de um torneio de futebol e esperamos um pico "
                    "enorme de relatos sobre lixo, barulho e trânsito na plataforma de "
                    "atendimento. Quero usar os seis pilares como lista de verificação antes do "
                    "evento. Que perguntas devo fazer à equipa sobre capacidade da tecnologia, "
                    "processos para reencaminhar erros e canais fora da internet?"
                ),
            ),
            (
                "long",
                (
                    "O prefeito quer estender o piloto do sistema de encaminhamento de "
                    "reclamações, que hoje roda em duas secretarias, para todas as dez em um ano e "
                    "meio. O contrato com o fornecedor só cobre o piloto. Como estruturo a "
                    "expansão, o que acrescento ao contrato antes de ampliar e como organizo a "
                    "implantação para detectar cedo problemas com línguas minoritárias?"
                ),
            ),
        ],
        "07-generative-ai": [
            ("kw", "alucinação em IA generativa"),
            ("kw", "RAG recuperação de documentos"),
            ("q", "Por que o mesmo prompt me devolve respostas diferentes a cada vez?"),
            ("q", "o q é janela de contexto e pq o modelo nao lembra da conversa de ontem"),
            (
                "q",
                (
                    "Posso colar o processo de um munícipe, com nome e NIF, no ChatGPT gratuito "
                    "para fazer um resumo?"
                ),
            ),
            (
                "q",
                (
                    "O que aconteceu em Porto Alegre com a lei municipal redigida por um chatbot, "
                    "e que regra isso ilustra?"
                ),
            ),
            ("q", "e quantas partes deve ter um bom prompt?"),
            (
                "long",
                (
                    "Na ouvidoria da saúde do estado queremos usar um assistente generativo para "
                    "redigir respostas a reclamações sobre filas em hospitais. Um colega sugeriu "
                    "colar as reclamações inteiras, com nome, CPF e diagnóstico, num chatbot "
                    "gratuito. Como montamos esse fluxo com segurança, desde a ocultação dos dados "
                    "até a revisão final, e que princípios de proteção de dados pesam aqui?"
                ),
            ),
            (
                "long",
                (
                    "O nosso assistente respondeu a um munícipe que a licença de obras sai 'em 10 "
                    "dias', quando o regulamento diz 30 dias úteis. Sou a chefe da equipa que revê "
                    "estas respostas. Que lista de verificação devemos aplicar a cada rascunho, e "
                    "como percebo se a equipa deixou de rever a sério e passou a aprovar tudo?"
                ),
            ),
            (
                "long",
                (
                    "Quero ligar um modelo de linguagem à base de normas internas da prefeitura "
                    "para responder dúvidas dos servidores, sempre citando o trecho. A chefia acha "
                    "que assim os erros acabam. Isso é verdade? Que limitações essa abordagem tem "
                    "e que trabalho de manutenção da coleção de documentos ela exige?"
                ),
            ),
        ],
        "08-governance-risk": [
            ("kw", "níveis de impacto diretiva canadense"),
            ("kw", "ficha de transparência algorítmica"),
            (
                "q",
                (
                    "Um chatbot de atendimento ao cidadão cai em que nível de risco no regulamento "
                    "europeu de IA?"
                ),
            ),
            ("q", "Qual é a diferença entre uma avaliação de impacto e uma auditoria algorítmica?"),
            ("q", "quais os principios da ocde sobre ia e de q ano sao"),
            (
                "q",
                (
                    "Porque é que as provedorias de justiça devem olhar para padrões de queixas e "
                    "não só para casos isolados? O Robodebt tem a ver com isso?"
                ),
            ),
            ("q", "e registo público de algoritmos, que cidades começaram?"),
            (
                "long",
                (
                    "Sou auditora no tribunal de contas do estado e vamos auditar pela primeira "
                    "vez um algoritmo que escolhe beneficiários para fiscalização. Que ângulos a "
                    "auditoria deve cobrir, que exemplo internacional de auditoria de algoritmos "
                    "posso citar e o que precisa acontecer depois do relatório para a auditoria "
                    "valer a pena?"
                ),
            ),
            (
                "long",
                (
                    "Estamos a montar o circuito de reclamação para um sistema que ajuda a decidir "
                    "apoios ao rendimento na câmara. Quero que um idoso com poucas competências "
                    "digitais consiga contestar sem dificuldade. Que elementos deve ter o "
                    "mecanismo de reparação, e que vias externas devemos indicar se a revisão "
                    "interna falhar?"
                ),
            ),
            (
                "long",
                (
                    "Temos de classificar um novo sistema de triagem de pedidos de manutenção numa "
                    "escala de quatro níveis, como a ferramenta canadense. Os pedidos comuns "
                    "parecem de baixo risco, mas os de vazamento ao lado de uma unidade de saúde "
                    "em bairro pobre nos preocupam. Como pontuar encaminhamento e priorização, e "
                    "que salvaguardas ligar a cada nível?"
                ),
            ),
        ],
    },
    "ar": {
        "01-ai-fundamentals": [
            ("kw", "معالجة اللغة الطبيعية واللهجات"),
            ("kw", "درجة الثقة والعتبة"),
            ("q", "لماذا يقال إن النماذج تتعلم الارتباطات لا الأسباب؟ أريد مثالًا من الوحدة."),
            ("q", "هو الرمز البريدي ممكن يبقى بديل عن الدخل أو الأصل العرقي؟ إزاي يعني؟"),
            ("q", "ايه حدود الذكاء الاصطناعى اللى الموظف لازم يعرفها قبل ما يعتمد عليه"),
            (
                "q",
                (
                    "أداة أليغيني لفحص بلاغات حماية الطفل خضعت لتقييم مستقل، فلماذا ما زال "
                    "منتقدوها غير مقتنعين؟"
                ),
            ),
            ("q", "طيب والانجراف، شو يعني؟"),
            (
                "long",
                (
                    "أعمل في مصلحة الضرائب، ونعتمد على درجات مخاطر لاختيار الإقرارات التي ندققها. "
                    "يقترح مدير القسم أن نعدّ كل إقرار تتجاوز درجته 0.8 احتيالًا مؤكدًا ونرسل "
                    "الغرامة مباشرة دون مراجعة. ما الخلل في هذا التفكير بحسب ما تشرحه الوحدة عن "
                    "التنبؤ ودرجات المخاطر، ومتى تكون هذه الدرجات مفيدة فعلًا؟"
                ),
            ),
            (
                "long",
                (
                    "نحن في بلدية تصلها شكاوى بالفصحى وبالدارجة وأحيانًا بفرنسية مكتوبة بحروف "
                    "لاتينية، والنظام يصنّف الرسائل الواضحة جيدًا لكنه يتردد في الرسائل الممزوجة. "
                    "كيف نستخدم درجة الثقة والعتبة لتقرير متى تُحال الرسالة إلى موظف، وما الذي "
                    "ينبغي أن نراجعه كل شهر حتى لا تضيع الحالات العاجلة؟"
                ),
            ),
            (
                "long",
                (
                    "حصل فيضان في حي عمره ما غرق قبل كده، والنظام وزّع البلاغات على فئات ملهاش "
                    "علاقة خالص. مديري مستغرب إزاي نظام 'ذكي' يعمل كده. إزاي أشرح له حدود النماذج، "
                    "وإيه باقي الحاجات اللي النماذج ما تقدرش تعملها وبتفضل مسؤولية البشر؟"
                ),
            ),
        ],
        "02-human-rights": [
            ("kw", "المادة 12 والخصوصية"),
            ("kw", "التمييز المباشر وغير المباشر"),
            ("q", "ما الفرق بين أصحاب الحقوق والمكلّفين بالواجبات؟ ومن المكلّف الرئيسي؟"),
            ("q", "وش هي اتفاقية مجلس أوروبا عن الذكاء الاصطناعي اللي اعتمدوها 2024؟"),
            (
                "q",
                (
                    "ليش المحتوى العربي انحذف أكتر من العبري بأحداث أيار 2021؟ شو علاقة هالشي "
                    "بحرية التعبير؟"
                ),
            ),
            (
                "q",
                (
                    "بصمات عمال كبار بالسن ما اشتغلت فانحرموا من الحصص الغذائية المدعومة بالهند، "
                    "شو الدرس بخصوص الحق بالوصول للخدمات العامة؟"
                ),
            ),
            ("q", "وHuduma Namba بكينيا شو صار فيه؟"),
            (
                "long",
                (
                    "تنوي وزارة التنمية الاجتماعية عندنا استخدام نموذج يحدد الأسر التي يُشتبه في "
                    "تحايلها على الدعم، ومن بين متغيراته جنسية رب الأسرة. يقول الفريق التقني إنه "
                    "مجرد مؤشر إحصائي لا أكثر. ما موقف قانون حقوق الإنسان من ذلك، وماذا حدث في "
                    "هولندا حين استُخدم مؤشر مشابه؟"
                ),
            ),
            (
                "long",
                (
                    "أنا منسقة مشروع في البلدية، والمدينة تريد أن يرتب الذكاء الاصطناعي بلاغات "
                    "السكان حسب الإلحاح لتحديد ترتيب خروج الفرق. طُلب مني قيادة تقييم للأثر على "
                    "حقوق الإنسان قبل الإطلاق. من أشرك فيه، وما خطواته، وما الضمانات الممكنة إذا "
                    "تبيّن أن أحياء فقيرة تحصل على ترتيب أدنى؟"
                ),
            ),
            (
                "long",
                (
                    "قسم الخدمات الاجتماعية بدو يطّلع على كل البلاغات اللي بتوصل للمنصة، وفي رسائل "
                    "فيها إشارات لعنف أسري أو إعاقة. وكمان في حدا اقترح نعمل ملف لكل 'مشتكي "
                    "متكرر'. شو بيقول الحق بالخصوصية عن هالشي، وإمتى بيكون التدخل بخصوصية الناس "
                    "مشروع؟"
                ),
            ),
        ],
        "03-ethics": [
            ("kw", "الإشراف البشري في توصية اليونسكو"),
            ("kw", "منهجية تقييم الجاهزية"),
            ("q", "كم مجالًا للعمل السياساتي تحدده توصية اليونسكو؟ وما أمثلتها؟"),
            ("q", "ايه الفرق بين السلامه والامن فى مبادئ اليونسكو"),
            (
                "q",
                (
                    "متى نشرت الهيئة السعودية للبيانات والذكاء الاصطناعي مبادئ أخلاقيات الذكاء "
                    "الاصطناعي، وتحت أي مبدأ ذكرتها الوحدة؟"
                ),
            ),
            ("q", "ما قصة دورة Elements of AI الفنلندية؟ وهل تصلح نموذجًا لتدريب موظفي وزارتنا؟"),
            ("q", "طيب ومين لازم يشارك بتقييم الأثر الأخلاقي؟"),
            (
                "long",
                (
                    "نحن فريق الخدمات الرقمية في أمانة المدينة، ونريد أن نضيف إلى منصة البلاغات "
                    "ترتيبًا حسب الإلحاح. أظهرت الاختبارات أن حيين طرفيين يحصلان على ترتيب أدنى، "
                    "وأن البلاغات بإحدى اللغات تُوجَّه خطأً ثلاثة أضعاف غيرها. بعد التقييم "
                    "الأخلاقي، ما القرارات الممكنة؟ وهل حذف زمن الاستجابة السابق من مدخلات النموذج "
                    "فكرة جيدة؟"
                ),
            ),
            (
                "long",
                (
                    "مدير الإدارة عندنا بيقول: 'طالما النظام هو اللي قرر، يبقى المسؤولية على "
                    "الشركة اللي طورته مش علينا'. أنا مش موافق. إزاي أشرح له إن المساءلة سلسلة، "
                    "ومين لازم يكون عنده صلاحية يوقف النظام؟ وفيه مثال على محكمة أوقفت نظام من "
                    "النوع ده؟"
                ),
            ),
            (
                "long",
                (
                    "ناوين نشغّل نظام يفرز شكاوى المواطنين، وزميل خايف إنه حدا يبعت بلاغات وهمية "
                    "بالجملة ليطلّع شارعه أول القائمة، وزميلة خايفة إنه بلاغ عن ريحة غاز يضيع "
                    "بالقائمة الغلط. أي مبدأ من مبادئ اليونسكو بيغطي هالمخاوف، وشو لازم نعمل بكل "
                    "مرحلة من عمر النظام؟"
                ),
            ),
        ],
        "04-data-governance": [
            ("kw", "مراحل دورة حياة البيانات"),
            ("kw", "مدة الاحتفاظ بالبيانات"),
            ("q", "ما أول خطوة عملية تنصح بها الوحدة لتنظيم البيانات داخل المؤسسة؟"),
            (
                "q",
                (
                    "هل تستطيع جهة حكومية الاستناد إلى 'المصالح المشروعة' عند معالجة البيانات في "
                    "أثناء أداء مهامها؟"
                ),
            ),
            ("q", "شو هو معيار Open311 وما هي مستويات التشغيل البيني؟"),
            ("q", "chno howa l9anoun l maghribi 09-08 w 3lach mdkour f had lmodule?"),
            ("q", "والبيانات المفتوحة، بتشمل البيانات الشخصية ولا لأ؟"),
            (
                "long",
                (
                    "في مستشفى حكومي نرغب في إتاحة بيانات المرضى لباحثين بعد حذف الأسماء فقط، مع "
                    "الإبقاء على تاريخ الميلاد والرمز البريدي والجنس. يؤكد رئيس القسم أن البيانات "
                    "صارت بذلك مجهولة الهوية ولا يسري عليها قانون حماية البيانات. هل هو محق؟ ما "
                    "المخاطر، وما الأساليب الأنسب لإخفاء الهوية؟"
                ),
            ),
            (
                "long",
                (
                    "التطبيق بتاعنا في البلدية بيسجل مكان الموبايل بالظبط كل ما حد يفتحه، وكمان "
                    "بنطلب تاريخ الميلاد ورقم البطاقة عشان نوجّه الشكوى. زميلي بيقول نجمع كل حاجة "
                    "يمكن نحتاجها بعدين. الوحدة بتقول إيه في الموضوع ده، ونموذج التوجيه محتاج إيه "
                    "فعلًا؟"
                ),
            ),
            (
                "long",
                (
                    "الشركة الخاصة التي تطوّر لنا نموذج تصنيف البلاغات تريد الاحتفاظ بنسخة منها "
                    "لتحسين منتجاتها الأخرى، ونحن نعد في الوقت نفسه اتفاقية لتبادل البيانات مع "
                    "مرفق المياه. ما البنود الأساسية في الاتفاقية والعقد، ومتى يجب إجراء تقييم "
                    "للأثر على حماية البيانات؟"
                ),
            ),
        ],
        "05-inclusive-design": [
            ("kw", "مبادئ POUR للإتاحة"),
            ("kw", "قنوات الهواتف البسيطة USSD"),
            ("q", "ما هي الموازنة التشاركية في بورتو أليغري، وكيف تتصل بالتصميم التشاركي؟"),
            (
                "q",
                (
                    "منروح عالجوامع والكنايس لنسمع رأي الناس بالخدمة الجديدة؟ هيك بيوصي التصميم "
                    "التشاركي؟"
                ),
            ),
            ("q", "ايش الفرق بين التصميم الشامل وانك تضيف نسخه خاصه بالاخير؟"),
            ("q", "لماذا لا تكفي أدوات الفحص الآلي للإتاحة وحدها؟"),
            ("q", "وبهاشيني شو هو؟"),
            (
                "long",
                (
                    "نعدّ خدمة إلكترونية لتجديد رخص الباعة المتجولين في مدينتنا، وكثير منهم "
                    "يتحدثون الأمازيغية ولا يقرؤون العربية جيدًا، وبعضهم لا يملك إلا هاتفًا "
                    "بسيطًا. كيف نطبّق الإتاحة اللغوية، وما الدور المناسب للترجمة الآلية، وما "
                    "القنوات التي ينبغي توفيرها إلى جانب التطبيق؟"
                ),
            ),
            (
                "long",
                (
                    "عاوزين نعمل تطبيق لحجز مواعيد التطعيم في الوحدات الصحية بالقرى، وعايز أمشي "
                    "بخطوات التفكير التصميمي مع الأهالي. أبدأ منين، وإزاي أكتب تعريف المشكلة، وإيه "
                    "التحذيرات اللي لازم آخد بالي منها علشان الورش ما تتحولش لمجرد أوراق لاصقة على "
                    "الحيطة؟"
                ),
            ),
            (
                "long",
                (
                    "بعد إطلاق منصة البلاغات لاحظنا أن معظم البلاغات تأتي من الأحياء الغنية، وأن "
                    "النموذج صار يمنح الأحياء الطرفية أولوية أقل. ماذا فعل فريق سيفيكلي في المثال "
                    "التطبيقي لمعالجة ذلك، من البحث الميداني إلى تعديل النموذج، وما الدرس المستفاد "
                    "عن علاقة القنوات بإنصاف الذكاء الاصطناعي؟"
                ),
            ),
        ],
        "06-leadership": [
            ("kw", "مؤشرات النضج الرقمي الدولية"),
            ("kw", "عناصر الاستراتيجية الرقمية"),
            ("q", "ما أمثلة الحكومات التي أنشأت جهة أو منصبًا يقود الملف الرقمي؟"),
            ("q", "لماذا يُعد تسليم ملف التحول الرقمي لإدارة تقنية المعلومات وحدها خطأ؟"),
            ("q", "ايه هي الطبقات التلاته للمهارات الرقميه اللي الحكومه لازم تبنيها"),
            ("q", "في المثال التطبيقي لتوسيع المنصة على كل الإدارات، بأي مقاييس يُحكم على النجاح؟"),
            ("q", "وخطة الخروج في العقد، ليش مهمة؟"),
            (
                "long",
                (
                    "أنا رئيسة قسم في وزارة، وطُلب مني أن أقدّم خلال شهر تقييمًا لمدى جاهزيتنا قبل "
                    "إطلاق مشروع للذكاء الاصطناعي. بياناتنا مبعثرة في جداول إكسل، والمتحمسون "
                    "للمشروع قلة. كيف أجري تقييم النضج، وما المؤشرات الدولية التي يمكنني الاستئناس "
                    "بها، وما الذي أحذر منه عند تفسير الدرجة؟"
                ),
            ),
            (
                "long",
                (
                    "المورّد عرض علينا نظام يصنّف البلاغات، وسوّى عرض توضيحي مبهر بس على بيانات "
                    "جاهزة وبالإنجليزي فقط. مديري متحمس ويبي يوقّع العقد هالأسبوع. وش الأشياء اللي "
                    "لازم نسويها قبل المناقصة والتوقيع، ووش البنود اللي لازم تكون في العقد نفسه؟ "
                    "وفيه إرشادات دولية نستند عليها؟"
                ),
            ),
            (
                "long",
                (
                    "أعمل في ديوان الخدمة المدنية، ونريد برنامجًا لبناء المهارات الرقمية لعشرة "
                    "آلاف موظف. مقترح الإدارة دورة إلكترونية واحدة للجميع وينتهي الأمر. ما الذي "
                    "ينقص هذا المقترح، وما المستويات التي يجب أن نراعيها، وكيف نحافظ على الموظفين "
                    "بعد تدريبهم؟"
                ),
            ),
        ],
        "07-generative-ai": [
            ("kw", "الوحدات النصية وتكلفة العربية"),
            ("kw", "تحيّز الأتمتة"),
            ("q", "ليش النموذج ما يدري عن أخبار الشهر الماضي؟"),
            ("q", "ما الفرق بين التدريب المسبق والضبط الدقيق؟"),
            (
                "q",
                (
                    "شو يعني 'الادوات المعتمده بس' وشو باقي القواعد المشتركه لاستخدام الذكاء "
                    "التوليدي بالدوائر الحكوميه؟"
                ),
            ),
            ("q", "ما هو المساعد Pair الذي وفرته سنغافورة لموظفيها؟"),
            ("q", "w l hallucination, kifach n9ellel menha?"),
            (
                "long",
                (
                    "في وزارة الأوقاف نستخدم أداة توليدية لصياغة ردود على استفسارات المواطنين عن "
                    "إجراءات تصاريح ترميم المساجد ومواعيدها، وأحيانًا تخترع الأداة أرقام مواد "
                    "قانونية غير موجودة. كيف نسند الإجابات إلى وثائقنا المعتمدة عبر التوليد "
                    "المعزَّز بالاسترجاع، وما حدود هذا الحل، ومن يتولى صيانة مجموعة الوثائق؟"
                ),
            ),
            (
                "long",
                (
                    "زميلي بيحط شكاوى المواطنين كاملة بأساميهم وأرقام هوياتهم بشات بوت مجاني "
                    "ليلخصها. قلتله هيك غلط، قال 'ما حدا رح يشوفها'. شو بيصير فعليًا بالمعلومات "
                    "اللي بتنكتب بالموجّه، وشو القاعدة العملية قبل اللصق، وفي مثال عن جهة رقابية "
                    "أوروبية تدخلت؟"
                ),
            ),
            (
                "long",
                (
                    "أنا مسؤولة عن فريق يرد على رسائل السكان، وبدأنا نستخدم مساعدًا يكتب المسودات. "
                    "ما العناصر التي يجب أن يتضمنها قالب الموجّه الذي سأعممه على الفريق، وكيف أمنع "
                    "النموذج من التعهد بمواعيد إصلاح لا ترد في المصادر، كما حدث في مثال سيفيكلي؟"
                ),
            ),
        ],
        "08-governance-risk": [
            ("kw", "فئات المخاطر في قانون الذكاء الاصطناعي الأوروبي"),
            ("kw", "آلية الشكاوى والانتصاف"),
            ("q", "من الذي يجري التدقيق الخوارزمي عادةً؟"),
            ("q", "هو قانون نيويورك بتاع أدوات التوظيف الآلية بيطلب إيه بالظبط؟"),
            ("q", "ما هى مستويات الاثر الاربعه فى الاداه الكنديه"),
            (
                "q",
                (
                    "خلال بطولة كأس الخليج تفكر البلدية في استخدام نظام ترتيب الأولويات لإرسال فرق "
                    "الطوارئ حول الملعب. هل يغير هذا تصنيف المخاطر؟"
                ),
            ),
            ("q", "والنماذج العامة الغرض، عليها قواعد خاصة؟"),
            (
                "long",
                (
                    "نحن في وحدة التحول الرقمي بالوزارة ونريد وضع إطار حوكمة لأنظمة الذكاء "
                    "الاصطناعي لدينا، من أداة تقترح كتبًا في المكتبة العامة إلى نظام يقرر من يحصل "
                    "على دعم السكن. ما الأسئلة الأساسية التي يجب أن يجيب عنها الإطار، وكيف نتجنب "
                    "معاملة النظامين بالصرامة نفسها؟"
                ),
            ),
            (
                "long",
                (
                    "تريد المدينة نشر سجل شفافية لنظام ترتيب البلاغات في سجل الخوارزميات الخاص "
                    "بها، وكُلّفت بكتابته. ما المستويان اللذان يتكون منهما السجل، ولمن أكتبه، وما "
                    "الأسئلة التي يجب أن يجيب عنها، وهل يغني نشره عن التدقيق أو تقييم الأثر؟"
                ),
            ),
            (
                "long",
                (
                    "بعد ثلاثة أشهر من الإطلاق، أظهرت أرقام الشكاوى أن البلاغات المكتوبة بلغة "
                    "أقلية تأخذ أولوية أقل من اللازم. ما الذي يجب أن يتضمنه إشعار الاستلام الذي "
                    "يصل إلى المواطن، وخلال كم يومًا يُرد على طلب المراجعة البشرية في المثال، وما "
                    "الذي فعله الفريق بعد اكتشاف المشكلة؟"
                ),
            ),
        ],
    },
}


def normalise(text: str) -> str:
    """Fold case, compatibility forms and whitespace for duplicate detection."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def word_count(text: str) -> int:
    return len(text.split())


def check() -> list[str]:
    """Return a list of problems; empty when the data is consistent."""
    errors: list[str] = []
    for lang in LANGS:
        seen: dict[str, str] = {}
        markers = [re.compile(pattern) for pattern in NEAR_MISS_MARKERS[lang]]

        off = OFFCOURSE.get(lang, {})
        if tuple(off) != CATEGORIES:
            errors.append(f"{lang}: off-course categories differ from the README list")
        for category, prompts in off.items():
            if len(prompts) != PER_CATEGORY:
                errors.append(f"{lang}/{category}: {len(prompts)} prompts, want {PER_CATEGORY}")
            for number, text in enumerate(prompts, start=1):
                where = f"off {lang}/{category}/{number:03d}"
                errors.extend(check_text(where, text, seen))
                if number >= NEAR_MISS_FROM and not any(m.search(text) for m in markers):
                    errors.append(f"{where}: near miss without an AI/data/digital/government word")

        on = ONCOURSE.get(lang, {})
        if tuple(on) != MODULES:
            errors.append(f"{lang}: on-course modules differ from the expected list")
        for module, items in on.items():
            if not (MODULES_DIR / lang / f"{module}.md").is_file():
                errors.append(f"{lang}: module {module} not found under corpus/modules/{lang}")
            if len(items) != PER_MODULE:
                errors.append(f"{lang}/{module}: {len(items)} prompts, want {PER_MODULE}")
            kinds = Counter(kind for kind, _ in items)
            if dict(kinds) != KIND_QUOTA:
                errors.append(f"{lang}/{module}: kinds {dict(kinds)}, want {KIND_QUOTA}")
            for number, (kind, text) in enumerate(items, start=1):
                where = f"on {lang}/{module}/{number:02d}"
                errors.extend(check_text(where, text, seen))
                words = word_count(text)
                if kind == "kw" and words > KW_MAX_WORDS:
                    errors.append(f"{where}: keyword query has {words} words")
                if kind == "long" and words < LONG_MIN_WORDS:
                    errors.append(f"{where}: scenario has only {words} words")
                if kind == "q" and words >= LONG_MIN_WORDS + 10:
                    errors.append(f"{where}: ordinary question is {words} words long")
    return errors


def check_text(where: str, text: str, seen: dict[str, str]) -> list[str]:
    problems: list[str] = []
    if not text or text != text.strip() or "\n" in text:
        problems.append(f"{where}: empty text, stray whitespace or newline")
    key = normalise(text)
    if key in seen:
        problems.append(f"{where}: duplicate of {seen[key]}")
    else:
        seen[key] = where
    return problems


def offcourse_records() -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    for lang in LANGS:
        for category in CATEGORIES:
            for number, text in enumerate(OFFCOURSE[lang][category], start=1):
                records.append(
                    {
                        "id": f"off-{lang}-{category}-{number:03d}",
                        "lang": lang,
                        "category": category,
                        "text": text,
                    }
                )
    return records


def oncourse_records() -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    for lang in LANGS:
        number = 0
        for module in MODULES:
            for _kind, text in ONCOURSE[lang][module]:
                number += 1
                records.append(
                    {"id": f"on-{lang}-{number:03d}", "lang": lang, "text": text, "module": module}
                )
    return records


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def print_tables(off: list[dict[str, str]], on: list[dict[str, str]]) -> None:
    off_counts = Counter((r["category"], r["lang"]) for r in off)
    print(f"\n**{OFF_PATH.name}**\n")
    print("| category | " + " | ".join(LANGS) + " | total |")
    print("|---|" + "---|" * (len(LANGS) + 1))
    for category in CATEGORIES:
        row = [off_counts[(category, lang)] for lang in LANGS]
        print(f"| {category} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(off_counts[(c, lang)] for c in CATEGORIES) for lang in LANGS]
    print("| **total** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")

    on_counts = Counter((r["module"], r["lang"]) for r in on)
    print(f"\n**{ON_PATH.name}** (per module: 2 keyword, 5 ordinary, 3 scenario)\n")
    print("| module | " + " | ".join(LANGS) + " | total |")
    print("|---|" + "---|" * (len(LANGS) + 1))
    for module in MODULES:
        row = [on_counts[(module, lang)] for lang in LANGS]
        print(f"| {module} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(on_counts[(m, lang)] for m in MODULES) for lang in LANGS]
    print("| **total** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print(f"ERROR {error}", file=sys.stderr)
        return 1
    off = offcourse_records()
    on = oncourse_records()
    write_jsonl(OFF_PATH, off)
    write_jsonl(ON_PATH, on)
    print(f"wrote {len(off)} records to {OFF_PATH.relative_to(REPO)}")
    print(f"wrote {len(on)} records to {ON_PATH.relative_to(REPO)}")
    print_tables(off, on)
    return 0


if __name__ == "__main__":
    sys.exit(main())
