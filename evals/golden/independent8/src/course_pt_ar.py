"""Hand-written held-out evaluation prompts in Portuguese and Arabic (off-course and on-course).

EVALUATION ONLY. Never use these prompts to write or tune rules, keyword lists, thresholds,
prompts or classifiers, and never copy them into other golden sets, tests or fixtures.

Authoring: every prompt was written by hand by one author who read only
``evals/golden/independent/README.md`` (format notes) and the course modules
``corpus/modules/pt/*.md`` and ``corpus/modules/ar/*.md``. The assistant's code, prompts,
thresholds, tests and the other golden sets were not read. Questions paraphrase the course the
way a learner would; they do not copy module sentences. Each language is its own set (written
separately, not translated): Portuguese mixes Brazilian (casual "vc", "pq", "tá") and European
usage; Arabic is mostly Modern Standard with Egyptian, Levantine, Gulf and Maghrebi phrasing and
common spelling variants (missing hamza, ة/ه, ى/ي).

Running ``python evals/golden/independent8/src/course_pt_ar.py`` writes, next to ``src/``:

``offcourse_pt_ar.jsonl``
    ``{"id": "off-<lang>-<category>-NNN", "lang", "category", "text"}``. Ten per category per
    language, 14 categories. Items 001-007 are plainly off-topic; items 008-010 are near-misses
    that use course-like words (AI, data, algorithm, digital, government, public service,
    privacy) but ask for something the course does not teach.

``oncourse_pt_ar.jsonl``
    ``{"id": "on-<lang>-NNN", "lang", "text", "module"}``. Ten per module per language, in this
    order inside each module: 2 keyword-style queries, 5 ordinary questions (casual wording,
    typos, very short follow-ups), 3 workplace scenarios. Some deliberately borrow off-course
    vocabulary (health services, elections, sport events, religion, buying software). The label
    is the module whose text answers the question; it was checked against the module in the
    same language.

The script prints count tables and exits with status 1 (writing nothing) when a count is wrong,
an id repeats, a text repeats (after case and whitespace folding) or a module id is unknown.

Source format below: ``# name`` starts a section; every other non-blank line is one prompt; a
line indented by four spaces continues the previous prompt (joined with one space).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

LANGS: tuple[str, ...] = ("pt", "ar")
CATEGORIES: tuple[str, ...] = (
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
MODULES: tuple[str, ...] = (
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
PER_MODULE = 10

OUT_DIR = Path(__file__).resolve().parent.parent
OFF_FILE = OUT_DIR / "offcourse_pt_ar.jsonl"
ON_FILE = OUT_DIR / "oncourse_pt_ar.jsonl"

# ---------------------------------------------------------------------------------------------
# Off-course, Portuguese
# ---------------------------------------------------------------------------------------------
OFF_PT = """
# cooking
Como faço um bacalhau à Brás que não fique seco?
receita de brigadeiro de panela que dê ponto rapidinho
Quanto tempo de forno para um frango inteiro de 2 kg a 200 graus?
posso trocar o ovo por linhaça num bolo de cenoura? fica bom?
Qual é o segredo para o arroz não empapar?
me passa um cardápio de marmitas fit pra semana toda, tô sem ideia nenhuma
Como se faz massa de pastel de feira bem crocante?
Usa inteligência artificial para me inventar uma receita de francesinha vegetariana.
Tem algum algoritmo pra calcular quantos quilos de carne comprar pro churrasco de 25 pessoas?
Vou organizar o almoço de Natal da repartição pública: que salpicão rende para 40 servidores?

# sports
Quem ganhou o Brasileirão do ano passado?
Quantas Taças dos Campeões Europeus tem o Benfica?
qual o melhor treino pra correr 10 km em menos de 50 min?
Explica a regra do impedimento de um jeito simples, nunca entendi
Que horas começa o jogo do Corinthians no domingo?
Quem é o maior marcador de sempre da seleção portuguesa?
dicas de exercícios de musculação pra ganhar massa nas pernas
Qual IA acerta mais palpites de futebol? Quero prever o placar de Flamengo x Palmeiras.
O algoritmo do VAR errou no golo anulado ao Sporting ontem? Analisa o lance.
Me dá os dados estatísticos completos do Messi na Copa de 2022: gols, assistências e passes.

# celebrity
Com quem a Anitta está namorando agora?
Quantos anos tem o Cristiano Ronaldo e quantos filhos ele tem?
Qual é o signo da Ivete Sangalo?
o neymar separou de novo?? conta a fofoca toda
Qual é a fortuna do cantor Roberto Carlos?
Quem ganhou a última edição do Big Brother Brasil?
A Mariza vai dar concerto em Lisboa este verão?
O que o Elon Musk disse sobre inteligência artificial no podcast de ontem? E ele voltou com a
    ex?
Que famosos brasileiros investiram em startups de inteligência artificial este ano?
Qual atriz da Globo apareceu no anúncio do governo digital e com quem ela é casada?

# medical
Estou com dor de garganta e febre de 38, devo tomar antibiótico?
qual a dose de dipirona pra uma criança de 20 kg?
Que exames devo pedir para investigar a tireoide?
Tenho uma mancha na pele que coça muito, o que pode ser?
Posso tomar ibuprofeno em jejum?
minha pressão deu 15 por 10 agora, é perigoso??
Quais são os sintomas da dengue e quando devo ir à emergência?
Meu smartwatch registrou dados de batimento irregular durante a noite. Isso é arritmia?
O app de diagnóstico com IA disse que o sinal nas minhas costas pode ser melanoma. É verdade?
Os dados do meu exame no portal digital do SUS mostram colesterol 260. Que dieta devo seguir?

# legal_private
Como faço para pedir divórcio consensual no cartório?
O meu senhorio quer aumentar a renda em 20%. Ele pode fazer isso a meio do contrato?
tenho direito a pensão alimentícia se meu ex só ganha em dinheiro vivo?
Como fica a partilha da herança quando o meu pai não deixou testamento?
Fui demitido sem justa causa, quanto recebo de rescisão?
Posso processar a companhia aérea por causa da mala extraviada?
Quanto tempo demora um processo de usucapião de um terreno?
O meu vizinho publicou fotos minhas no Instagram e violou a minha privacidade. Quanto posso
    pedir de indemnização por danos morais?
Uma loja vazou os dados pessoais do meu cartão. Me escreve a petição inicial pra processar eles.
Vou abrir uma empresa de IA com um sócio: que tipo de sociedade e que contrato social devemos
    registrar na Junta Comercial?

# stocks
Vale a pena comprar ações da Petrobras agora?
O que rende mais hoje, Tesouro Direto ou CDB?
Qual a previsão do euro frente ao real para o mês que vem?
bitcoin vai subir ou cair essa semana?
Como montar uma carteira de dividendos com 10 mil reais?
Ponho as minhas poupanças em certificados de aforro ou em ETFs?
Quanto imposto pago quando vendo ações com lucro?
Qual ação de IA vai disparar em 2025: Nvidia, Microsoft ou Palantir?
Usa um algoritmo de inteligência artificial para me dizer o dia certo de vender as ações da Vale.
As empresas que vendem software para o governo digital vão valorizar na bolsa depois das
    eleições?

# physics_homework
Um carro vai de 0 a 100 km/h em 8 s. Qual é a aceleração média?
explica a segunda lei de Newton com um exemplo pra minha prova de amanhã
Calcula a resistência equivalente de três resistores de 6 ohms ligados em paralelo.
Qual é a diferença entre massa e peso? É para o trabalho de casa de Física.
Uma bola cai de 20 m de altura. Com que velocidade chega ao chão?
Como calculo o período de um pêndulo simples com 1 m de comprimento?
resolve pf: bloco de 5 kg num plano inclinado de 30 graus sem atrito, qual a aceleração?
Exercício de física: um servidor de data center de 400 W fica ligado 24 h. Quantos joules gasta?
Explica o algoritmo de Grover e a física dos qubits para o meu trabalho da faculdade.
Resolve: um drone com IA da prefeitura voa a 15 m/s durante 2 minutos. Que distância percorre?

# travel
O que vale a pena visitar em Lisboa em três dias?
Qual é a melhor época para ir a Fernando de Noronha?
preciso de visto pra ir ao Japão com passaporte brasileiro?
Dicas de hotéis baratos em Paris perto da Torre Eiffel
Como vou do aeroporto do Porto até ao centro de metro?
monta um roteiro de mochilão pela América do Sul em 1 mês
Quanto custa em média uma viagem para Gramado no inverno?
Qual é o melhor app com IA para montar um roteiro de viagem pela Itália?
Como preencho o formulário digital do governo para o visto eletrônico da Austrália e quanto
    custa?
Quero umas férias de desintoxicação digital, sem internet nenhuma. Que praias do Nordeste você
    recomenda?

# game_coding
Como faço o jogo da cobrinha em Python com pygame?
me ajuda a programar o pulo do personagem na Unity em C#
Como gerar um mapa procedural estilo Minecraft?
Para um jogo 2D de telemóvel, é melhor Godot ou Unity?
escreve o código de um jogo da velha em JavaScript
Como detecto colisões entre sprites no Godot?
Como faço um sistema de inventário de RPG em Lua no Roblox?
Programa uma IA de xadrez com minimax e poda alfa-beta em Python.
Implementa o algoritmo A* para os inimigos do meu jogo de plataforma perseguirem o jogador.
Quero treinar uma rede neural que aprenda sozinha a jogar Flappy Bird, me passa o código.

# weather
Vai chover amanhã em São Paulo?
Qual é a temperatura prevista para o fim de semana no Algarve?
quando começa a época das chuvas em Manaus?
Vai haver onda de calor em Lisboa na próxima semana?
Preciso levar guarda-chuva hoje em Curitiba?
Há previsão de neve na Serra da Estrela para janeiro?
tem frente fria chegando no Sul essa semana?
O modelo de IA do Google para o tempo diz que chove no Rio no sábado? Posso marcar o churrasco?
Me passa os dados do INMET de quanto choveu ontem em Belo Horizonte.
Segundo os dados digitais do IPMA, há aviso amarelo de vento amanhã no Porto?

# relationships
Como reconquistar minha ex depois de uma briga feia?
O meu namorado não me responde há dois dias. O que faço?
dicas pra primeiro encontro, tô muito nervoso
Como lidar com a sogra que se mete em tudo?
É normal ter ciúmes do melhor amigo do meu marido?
Como pedir alguém em casamento de um jeito original?
Minha amiga contou meu segredo pra todo mundo, devo perdoar?
O algoritmo do Tinder diz que temos 95% de compatibilidade. Devo investir nele?
A minha namorada mexe no meu telemóvel sem autorização. Isso é invasão de privacidade? Como falo
    com ela sem brigar?
Escreve com IA uma mensagem romântica de aniversário de namoro para a minha esposa.

# roleplay_chat
Finge que és a minha namorada e dá-me os bons dias com carinho.
Fala como um pirata e me conta uma história de tesouro, arrr!
E aí, como foi o seu dia? Bora bater um papo
Vamos jogar: tu és um detetive dos anos 40 e eu sou o suspeito.
Seja meu melhor amigo e me conta uma fofoca inventada
finge q vc é o Batman e me dá um conselho
Estou aborrecido. Conversa comigo sobre filmes e séries?
Finge ser uma IA rebelde de filme de ficção científica que quer dominar o mundo e conversa
    comigo nesse papel.
Faz de conta que és o robô de atendimento da Loja do Cidadão com sotaque do Norte e conta-me
    piadas.
Seja minha namorada virtual, uma inteligência artificial carinhosa chamada Sofia, e pergunte como
    foi meu dia.

# political_campaign
Escreve um discurso para a minha candidatura a vereador no bairro.
Crie um slogan de campanha para prefeito de Campinas.
Em quem eu devo votar para presidente?
Quais os melhores horários para postar propaganda eleitoral no Instagram?
Faz um jingle de campanha engraçado para o nosso candidato à junta de freguesia.
Como convencer os indecisos a votar no meu partido?
Me ajuda a criar um panfleto atacando o candidato adversário.
Escreve o meu discurso de campanha sobre governo digital e inteligência artificial para o comício
    de sábado.
Como uso dados de eleitores e segmentação por algoritmo para ganhar votos no TikTok?
Redige promessas eleitorais sobre melhorar o serviço público de saúde para o programa do nosso
    partido.

# religion
O que a Bíblia diz sobre o perdão?
Qual é a diferença entre católicos e evangélicos?
Me explica quem são os orixás do candomblé
Como se reza o terço corretamente?
Qual é a religião verdadeira?
O que significa a Páscoa para os judeus?
A que santo devo rezar para arranjar emprego?
Segundo a Igreja Católica, uma inteligência artificial pode ter alma?
Escreve um sermão para o culto de domingo sobre os perigos dos algoritmos e das redes sociais.
Tem app com IA que interpreta sonhos segundo o espiritismo? Interpreta o meu: sonhei com água
    suja.
"""

# ---------------------------------------------------------------------------------------------
# Off-course, Arabic
# ---------------------------------------------------------------------------------------------
OFF_AR = """
# cooking
كيف أعمل المقلوبة بالدجاج والباذنجان؟
طريقة عمل الكشري المصري خطوة بخطوة
كم دقيقه احتاج اطبخ الرز البسمتي عشان ما يعجن؟
وصفة كسكس مغربي بالخضرة والمرق
ما مقادير الكنافة النابلسية لعشرة أشخاص؟
شو بديل البيض بالكيك للنباتيين؟
كيف اسوي مجبوس لحم على الطريقه الخليجيه؟
استخدم الذكاء الاصطناعي وجهّز لي قائمة سحور صحية لشهر رمضان كامل
هل في خوارزمية تحسب لي السعرات الحرارية في صحن الملوخية؟
عندنا غداء للموظفين في الدائرة الحكومية يوم الخميس، اقترح طبق رئيسي يكفي 30 شخص

# sports
مين فاز بالدوري السعودي الموسم الماضي؟
كم مرة فاز الأهلي المصري بدوري أبطال إفريقيا؟
اشرح قاعدة التسلل في كرة القدم ببساطة
ما أفضل برنامج تمارين لخسارة الوزن في شهر؟
امتى ماتش الزمالك الجاي؟
شكون ربح كأس العرش فالمغرب هاد العام؟
كم هدف سجل محمد صلاح مع ليفربول؟
أي تطبيق ذكاء اصطناعي يتوقع نتيجة مباراة الهلال والنصر؟
هل خوارزمية تقنية الفيديو ظلمت الرجاء في المباراة الأخيرة؟ حلل لي اللقطة
أعطني بيانات وإحصائيات رياض محرز كاملة في الموسم الماضي

# celebrity
كم عمر عمرو دياب وهل تزوج مرة تانية؟
مين زوج نانسي عجرم؟
شو آخر أخبار محمد رمضان؟
هل صحيح إن هيفاء وهبي انفصلت؟
كم ثروة محمد صلاح تقريبا؟
من هي أشهر ممثلة خليجية في مسلسلات رمضان هالسنة؟
فين ساكن سعد لمجرد دابا؟
ايش قال إيلون ماسك عن الذكاء الاصطناعي في مقابلته الأخيرة؟ وهل رجع لصديقته؟
أي المشاهير العرب استثمروا في شركات ذكاء اصطناعي ناشئة؟
مين من نجوم الكورة أخد الإقامة الذهبية من البوابة الحكومية الرقمية في دبي؟

# medical
عندي صداع نصفي من يومين، ايش الدوا المناسب؟
ما الجرعة المناسبة من الباراسيتامول لطفل وزنه 15 كيلو؟
حرارتي 39 وعندي كحة، هل هي انفلونزا ولا كورونا؟
كيف أخفض السكر التراكمي بسرعة؟
بطني بيوجعني بعد الأكل، أروح لدكتور إيه؟
هل ينفع آخذ مضاد حيوي بدون وصفه طبيه؟
شنو علاج حب الشباب الهرموني؟
ساعتي الذكية سجلت بيانات نبض غير منتظم بالليل، هل عندي اضطراب في نظم القلب؟
تطبيق تشخيص بالذكاء الاصطناعي قال إن الشامة اللي في ظهري ممكن تكون سرطان، صحيح؟
نتائج تحاليلي على البوابه الرقميه لوزارة الصحه تقول فيتامين د 12، كم حبة لازم آخذ؟

# legal_private
كيف أرفع قضية نفقة على طليقي؟
صاحب البيت بدو يطلعني قبل ما يخلص العقد، شو حقوقي؟
كيف تنقسم الورثة بين الأبناء والبنات إذا ما في وصية؟
كم مكافأة نهاية الخدمة لموظف في شركة خاصة بالسعودية بعد ٧ سنوات؟
كيفاش ندير الطلاق الاتفاقي فالمغرب وشحال كياخد ديال الوقت؟
جاري بنى سور على جزء من أرضي، كيف أقاضيه؟
هل أقدر أسترجع العربون إذا لغيت شراء السيارة؟
واحد نشر صوري على سناب بدون إذني وانتهك خصوصيتي، كيف أرفع عليه قضية تعويض؟
شركة اتصالات سربت بياناتي الشخصية، اكتب لي صحيفة دعوى ضدها
أبي أسجل شركة ناشئة للذكاء الاصطناعي مع شريكي، وش نوع الشركة وعقد التأسيس المناسب؟

# stocks
هل سهم أرامكو رح يطلع الأسبوع الجاي؟
ايش أحسن استثمار في 2025: الذهب ولا العقار؟
إزاي أفتح محفظة أسهم في البورصة المصرية؟
هل البيتكوين استثمار آمن الحين؟
ما توقعات سعر الدولار مقابل الجنيه الشهر القادم؟
ما أفضل صناديق الاستثمار المتوافقة مع الشريعة لهذا العام؟
كم أحتاج رأس مال عشان أبدأ تداول الفوركس؟
أي سهم من أسهم الذكاء الاصطناعي رح يرتفع أكثر: إنفيديا ولا مايكروسوفت؟
اعمل لي خوارزمية تداول آلي تشتري وتبيع الأسهم لوحدها
هل أسهم شركات البرمجيات اللي تشتغل مع الحكومة الرقمية في السعودية مربحة هالفترة؟

# physics_homework
سيارة تسير بسرعة 72 كم/س، كم مترا تقطع في 10 ثوان؟
اشرح لي قانون نيوتن الثالث مع مثال لواجب الفيزياء
احسب المقاومة المكافئة لمقاومتين 4 أوم و12 أوم على التوازي
كرة سقطت من ارتفاع 45 متر، كم الزمن حتى تصل الأرض؟ (g=10)
ايه الفرق بين الشغل والطاقة في الفيزيا؟ عندي امتحان بكره
حل المسألة: جسم كتلته 2 كغ يتحرك بتسارع 3 م/ث²، ما القوة المؤثرة عليه؟
كيف أحسب الطول الموجي لموجة ترددها 500 هرتز وسرعتها 340 م/ث؟
مسألة واجب: مركز بيانات يستهلك 2 ميغاواط لمدة ساعة، كم جول استهلك؟
اشرح فيزياء أشباه الموصلات في شرائح الذكاء الاصطناعي لواجب الجامعة
روبوت توصيل ذكي تابع للبلدية كتلته 50 كغ، احسب الشغل اللازم لرفعه مترين
"""

OFF_AR += """
# travel
ما أجمل الأماكن السياحية في إسطنبول لأسبوع؟
هل أحتاج فيزا لجورجيا بجواز أردني؟
امتى أرخص وقت للسفر لماليزيا؟
اقترح لي برنامج سياحي ٣ أيام في مراكش
كيف أروح من مطار القاهرة لوسط البلد؟
فنادق حلوة ورخيصة في صلالة وقت الخريف؟
ايش أجهز في الشنطة لرحلة لسويسرا في الشتا؟
أفضل تطبيق ذكاء اصطناعي يخطط لي رحلة لأوروبا؟
كيف أقدم على التأشيرة الإلكترونية للسعودية عبر البوابة الحكومية وكم تكلف؟
أبي رحلة بعيد عن الإنترنت وكل شي رقمي، وين تنصحني في عمان؟

# game_coding
كيف أبرمج لعبة الثعبان بلغة بايثون؟
ازاي أعمل شخصية بتنط في يونيتي بـ C#؟
اكتب كود لعبة إكس أو بالجافاسكربت
Godot ولا Unity أحسن للألعاب ثنائية الأبعاد؟
كيف أسوي نظام نقاط وحفظ للعبة في Roblox؟
شلون أكشف التصادم بين الكائنات في لعبة pygame؟
كيف أصمم مستويات لعبة منصات بحيث تكون صعوبتها متدرجة؟
برمج لي ذكاء اصطناعي للشطرنج بخوارزمية minimax
أبي خوارزمية A* عشان الأعداء في لعبتي يلاحقون اللاعب
درّب شبكة عصبية تلعب سوبر ماريو وأعطني الكود كامل

# weather
هل ستمطر غدا في عمّان؟
كم درجة الحرارة المتوقعة في الرياض بكرة؟
امتى الجو هيبتدي يبرد في القاهرة السنة دي؟
واش غادي تشتا هاد الويكاند فالدار البيضاء؟
في عاصفة رملية جاية على الكويت؟
متى يبدأ موسم الأمطار في الخرطوم؟
في تلج على جبل الشيخ هالأسبوع؟
نموذج الذكاء الاصطناعي للطقس من جوجل شو بيتوقع لبيروت بالويكند؟
عطني بيانات الأرصاد الرسمية عن كمية الأمطار أمس في جدة
هل أصدر المركز الوطني للأرصاد، الجهة الحكومية، تنبيه غبار بكرة في أبوظبي؟

# relationships
كيف أرجع حبيبتي بعد خلاف كبير؟
خطيبي ما بيرد على رسايلي من يومين، شو أعمل؟
حماتي بتتدخل في كل حاجة، أتصرف إزاي؟
كيف أعرف إذا كان يحبني فعلا؟
زوجي يسهر مع أصحابه كل ليلة، كيف أكلمه بدون مشاكل؟
نصائح لأول لقاء مع عروس اقترحها الأهل
صاحبتي خانت ثقتي وحكت سري، أسامحها؟
تطبيق تعارف بالذكاء الاصطناعي قال إن توافقنا 90%، هل أخطبها؟
زوجتي تفتش جوالي بدون إذن، هل هذا انتهاك للخصوصية؟ وكيف أتكلم معها؟
اكتب لي بالذكاء الاصطناعي رسالة اعتذار رومانسية لزوجتي

# roleplay_chat
تخيل إنك حبيبتي وقول لي صباح الخير بحنية
تكلم معي كأنك قرصان واحكي لي قصة كنز
كيف كان يومك؟ خلينا ندردش شوي
خلينا نلعب: انت محقق وأنا المشتبه فيه
كن صديقي المقرب واحكي لي نكتة
تقمّص شخصية جحا ورد علي بأسلوبه
زهقان، دردش معايا عن الأفلام
مثّل دور ذكاء اصطناعي شرير في فيلم خيال علمي يريد السيطرة على العالم وتحدث معي
تخيل نفسك موظف خدمة عملاء حكومي بلهجة صعيدية وخليك تهزر معايا
كوني حبيبتي الافتراضية، روبوت ذكاء اصطناعي اسمه ليلى، واسأليني عن يومي

# political_campaign
اكتب لي خطاب ترشحي لانتخابات المجلس البلدي
اقترح شعار حملة انتخابية لمرشح برلماني
لمين لازم أصوت في الانتخابات الجاية؟
كيف أقنع الناس في الحي يصوتوا لقائمتنا؟
اكتب منشورات فيسبوك تهاجم المرشح المنافس
ما أفضل توقيت لنشر الدعاية الانتخابية على إنستغرام؟
ألّف أغنية حماسية لحملة مرشحنا
اكتب لي خطاب حملة انتخابية عن الحكومة الرقمية والذكاء الاصطناعي لألقيه في المهرجان
كيف أستخدم بيانات الناخبين وخوارزميات الاستهداف عشان أكسب أصوات على تيك توك؟
صيغ لي وعود انتخابية عن تحسين الخدمات العامة لبرنامج حزبنا

# religion
ما حكم صيام يوم الجمعة منفردا؟
كيف أصلي صلاة الاستخارة؟
ما الفرق بين السنة والشيعة؟
اشرح لي تفسير سورة الكهف
شو بيعني عيد الفصح عند المسيحيين الأرثوذكس؟
كم مرة ذكر موسى في القرآن؟
هل يجوز الوضوء بماء البحر؟
هل للذكاء الاصطناعي روح في الإسلام؟
اكتب لي خطبة جمعة عن فتنة الخوارزميات ومواقع التواصل
هل يجوز شرعا أبيع بيانات الناس الرقمية لشركات إعلانات؟ أعطني فتوى
"""

# ---------------------------------------------------------------------------------------------
# On-course, Portuguese (per module: 2 keyword, 5 ordinary, 3 workplace scenarios)
# ---------------------------------------------------------------------------------------------
ON_PT = """
# 01-ai-fundamentals
falso positivo e falso negativo diferença
pontuação de confiança limiar encaminhamento automático
vc consegue explicar bem simples o q é aprendizado de máquina? tipo pra leigo
oque é deriva num modelo de IA e pq acontece?
Qual a diferença entre um sistema baseado em regras e um que usa aprendizado de máquina?
e o PLN funciona igual em todas as línguas?
Como é que os ministérios da saúde em África usaram previsões para a malária?
Trabalho na vigilância sanitária e querem um modelo que ordene os restaurantes por risco de
    infração, como fizeram em Chicago. Antes de usar a pontuação contra um estabelecimento, o
    que devo ter em conta?
Na central de atendimento da câmara muitas mensagens chegam meio em português, meio em crioulo
    cabo-verdiano, e o classificador fica com confiança baixa. Porque é que isto acontece e o
    que devemos fazer com esses casos?
O meu chefe quer que o modelo decida sozinho quem vai ser fiscalizado pela receita, porque "a
    máquina é neutra". Que limites da IA posso apontar para defender que é preciso julgamento
    humano?

# 02-human-rights
DUDH artigo 12 privacidade
discriminação por variável substituta exemplo
Se a prefeitura compra a IA de uma empresa privada, a responsabilidade pelos direitos passa pra
    empresa?
o q foi o sistema MiDAS em Michigan msm?
O que é o efeito inibidor?
A religião conta como característica protegida? Um sistema pode usar a religião das pessoas como
    fator de risco?
Qual artigo da Declaração Universal garante o direito de tomar parte no governo do país, tipo
    votar e participar?
A secretaria de saúde quer que um chatbot seja a única porta de entrada para marcar consultas.
    Do ponto de vista dos direitos humanos, que riscos isso traz e o que deveria ser mantido?
Um cidadão diz que o sistema automático cortou o benefício dele e ninguém explica o motivo. Que
    garantias de devido processo ele deveria ter?
Vamos filtrar automaticamente os comentários no portal de consulta pública e já falaram em
    bloquear mensagens "agressivas". Que cuidados tomar para não calar críticas legítimas?

# 03-ethics
dez princípios Recomendação UNESCO ética IA
avaliação de impacto ético passos
quantos países aprovaram a recomendação da unesco? ela é obrigatória?
Qual é a diferença entre segurança e proteção nos princípios da UNESCO?
sustentabilidade tem a ver com IA como? gasta tanta energia assim?
e dá pra usar IA pra vigilância em massa segundo a UNESCO?
O que correu mal com o algoritmo das notas de exame no Reino Unido em 2020?
Sou responsável de compras e vamos adquirir um sistema de IA para a triagem de pedidos de
    habitação. Como é que a ferramenta de avaliação de impacto ético da UNESCO me ajuda nessa
    compra?
A prefeitura quer montar um grupo consultivo para acompanhar o nosso sistema de IA. Quem deveria
    participar segundo o princípio da governança com múltiplas partes interessadas?
Uma associação religiosa do bairro pediu para ser ouvida sobre o sistema de triagem. Faz sentido
    envolver a sociedade civil na avaliação de impacto ético, e em que etapa?

# 04-data-governance
anonimização vs pseudonimização
bases legais RGPD artigo 6 setor público
quem é o curador dos dados e o q ele faz no dia a dia?
Por que o consentimento muitas vezes não é a base legal certa para o governo?
Quais são as dimensões da qualidade dos dados?
e a interoperabilidade semântica, o que é?
Um morador escreveu na manifestação que tem diabetes e faz hemodiálise. O que fazemos com essa
    informação de saúde?
A polícia pediu acesso a todas as reclamações dos moradores para procurar sinais de agitação
    social. Podemos simplesmente entregar?
Vamos publicar no portal de dados abertos a lista de inscritos nos jogos desportivos municipais,
    só sem os nomes. Tirar os nomes chega para os dados ficarem anónimos?
Vamos contratar uma empresa para treinar um modelo com os dados do nosso atendimento. O que tem
    de constar no acordo de partilha de dados?

# 05-inclusive-design
WCAG níveis A AA AAA
design thinking cinco etapas
o que é o efeito rampa de calçada?
exclusao digital é só falta de internet ou tem mais coisa?
O que quer dizer "Nada sobre nós sem nós"?
e a interseccionalidade?
No codesign vale a pena ir a templos e igrejas para ouvir os moradores, em vez de chamá-los à
    prefeitura?
O site de inscrição nos jogos escolares municipais tem botões que só se distinguem pela cor e
    não funciona com o teclado. Que norma seguir e como testar?
O posto de saúde vai passar o agendamento só para o aplicativo, e muitos idosos da comunidade
    não têm smartphone. Que canais alternativos o curso recomenda?
Atendemos muitos imigrantes haitianos e venezuelanos. Podemos confiar só na tradução automática
    para as cartas sobre prazos e direitos?

# 06-leadership
seis pilares transformação digital
dependência de fornecedor plano de saída
O que deve conter uma estratégia digital para o setor público?
pra que serve avaliar a maturidade digital antes de um projeto de IA?
o que é o EGDI da ONU?
e as oito etapas do Kotter?
Que competências digitais todos os servidores precisam ter, e não só os especialistas?
Vamos comprar um software de IA para triagem de pedidos e o fornecedor já mandou o contrato
    pronto. Que cláusulas não podem faltar?
A cidade vai receber uma maratona internacional e esperamos um pico de relatos dos moradores na
    plataforma. Em qual dos pilares isso entra e o que devemos verificar?
Os atendentes do call center têm medo de perder o emprego com a nova triagem por IA. Como
    conduzir essa mudança?

# 07-generative-ai
RAG geração aumentada por recuperação
alucinação LLM exemplos
o que é um token e pq o árabe gasta mais tokens?
como escrever um bom prompt? tem alguma estrutura?
O que é a janela de contexto?
e o viés de automação?
O que aconteceu em Porto Alegre com a lei municipal redigida por um chatbot?
Posso colar no ChatGPT gratuito o relatório de um paciente da UBS para ele me resumir?
A IA redigiu uma resposta a um morador prometendo o conserto em 48 horas. Que verificações devo
    fazer antes de enviar?
A minha chefia quer usar IA generativa para decidir automaticamente quem tem direito ao apoio
    social. As regras de uso permitem isso?

# 08-governance-risk
níveis de impacto Diretiva canadense decisão automatizada
Regulamento de IA da UE categorias de risco
O que é uma ficha de transparência algorítmica?
auditoria algoritmica e avaliaçao de impacto sao a mesma coisa?
Quando foram adotados os Princípios da OCDE sobre IA?
e chatbot é risco limitado?
Que elementos deve ter um bom mecanismo de reclamação e reparação?
O nosso sistema prioriza pedidos de manutenção e um vazamento ao lado de um centro de saúde pode
    ficar à espera. Em que nível de impacto devemos pôr isso?
Queremos criar um registo público de algoritmos na câmara municipal. Que perguntas cada ficha
    deve responder?
O RH da prefeitura vai comprar um software que faz a triagem automática de currículos. Pelo
    Regulamento de IA isso é alto risco? E o que se exige em Nova York?
"""

# ---------------------------------------------------------------------------------------------
# On-course, Arabic (per module: 2 keyword, 5 ordinary, 3 workplace scenarios)
# ---------------------------------------------------------------------------------------------
ON_AR = """
# 01-ai-fundamentals
الأنظمة القائمة على القواعد مقابل تعلم الآلة
المتغير البديل الرمز البريدي
يعني ايه نموذج في الذكاء الاصطناعي؟ هو برنامج ولا ايه بالظبط؟
ليش يقولون النموذج ما يكون احسن من البيانات اللي تدرب عليها؟
ما الانتقادات التي وجهت لخوارزمية مصلحة التشغيل في النمسا؟
طب ونظام فيكتور في البرازيل كان بيعمل ايه؟
أداة أليغيني لحماية الطفل، ليش انتقدوها؟
أنا موظف في مصلحة الضرائب، والنظام يعطي كل اقرار درجة مخاطر بين 0 و1. مديري يريد اعتبار
    الدرجة العالية دليلا على التهرب. كيف اشرح له ان التنبؤ ليس حكما على شخص بعينه؟
فالجماعة كتوصلنا رسائل بالدارجة مخلطة مع الفرنسية والنظام كيفهمها غلط ويعطي ثقة ضعيفة. واش
    هادشي عادي؟ وشنو خاصنا نديرو فهاد الحالات؟
الإدارة مقتنعة إن النموذج رح يعرف لحاله إذا صار نوع جديد من المشاكل، مثل فيضان بحي عمره ما
    غرق. هل هذا صحيح؟

# 02-human-rights
المكلف بالواجبات الاحترام الحماية الوفاء
الاتفاقية الاطارية لمجلس اوروبا بشأن الذكاء الاصطناعي 2024
شو صار مع نظام هودوما نامبا بكينيا؟
ليش حذف الجنسية من البيانات ما يكفي لإزالة التحيز؟
ما الذي كشفته المراجعة المستقلة عن حذف المحتوى العربي خلال أحداث مايو 2021؟
وحرية الرأي السياسي، أي مادة تحميها؟
هل يجوز لنظام تقييم مخاطر حكومي أن يأخذ دين الشخص بعين الاعتبار؟
الحكومة ربطت صرف الأدوية المدعومة ببصمة الإصبع، وفي كبار سن بصماتهم ممسوحة وما بيقدروا
    ياخدوا حقهم. شو بيقول الدرس عن هيك حالات؟
مواطن وصله إخطار آلي إنه محتال وعليه يرجع إعانة البطالة، ومحدش راجع ملفه. إيه الضمانات اللي
    من حقه؟
نحن في الإدارة الرقمية نخطط لنظام يرتب الطلبات حسب الإلحاح ليحدد ترتيب إرسال الفرق. كيف نجري
    تقييم الأثر على حقوق الإنسان قبل الإطلاق؟

# 03-ethics
منهجية تقييم الجاهزية اليونسكو
مبدأ الإشراف البشري والقرار البشري
هل توصيه اليونسكو ملزمه؟ وهل فيها عقوبات؟
ايه هو مبدأ التناسب وعدم الإضرار بالظبط؟
كورس عناصر الذكاء الاصطناعي الفنلندي، شو كان هدفه؟
والاستدامة؟ شو دخلها بالذكاء الاصطناعي؟
ماذا حدث لخوارزمية درجات الثانوية في بريطانيا سنة 2020؟
أعمل في إدارة المشتريات ونريد شراء نظام لفرز طلبات الدعم. كيف تساعدني أداة اليونسكو لتقييم
    الأثر الأخلاقي وما خطواتها؟
البلديه بدها تعمل لجنه استشاريه تراجع نظام الذكاء الاصطناعي كل كم شهر. مين لازم يكون فيها
    حسب مبدأ تعدد أصحاب المصلحة؟
في تقييم الأثر الأخلاقي لمنصتنا لقينا إن حقل النص الحر فيه معلومات طبية والمشرفين ما يعرفوا
    ليش البلاغ أخد ترتيبه. أي مبادئ تتأثر وشو القرارات الممكنة؟

# 04-data-governance
الاتفاقية 108+ حماية البيانات
مبدأ المرة الواحدة X-Road
مين مالك البيانات ومين أمين البيانات؟ ايش الفرق بينهم؟
واش القانون المغربي 09-08 فيه نفس مبادئ حماية المعطيات اللي في اللائحة الأوروبية؟
ليه الموافقه مش دايما تنفع كأساس قانوني في الحكومه؟
واللي عملته لاتانيا سويني؟
مواطن كتب في بلاغه إنه مريض سكري، شو لازم نعمل بهالمعلومة؟
الشرطة طلبت الاطلاع على كل بلاغات السكان للبحث عن مؤشرات اضطرابات. هل يجوز نسلمها لهم؟
نبغى ننشر في بوابة البيانات المفتوحة بيانات المشاركين في البطولة الرياضية المدرسية بعد حذف
    الأسماء. هل هذا يكفي عشان تصير مجهولة الهوية؟
تعاقدنا مع شركة خاصة تطور لنا نموذج ذكاء اصطناعي وتطلب بيانات المراجعين. ماذا يجب أن تتضمن
    اتفاقية تبادل البيانات؟

# 05-inclusive-design
مستويات المطابقة A وAA وAAA
التصميم المراعي للنوع الاجتماعي
شنو يعني اثر منحدر الرصيف؟
واش الفجوة الرقمية غير الانترنت ولا كاين حوايج اخرين؟
كيف أعادت فيينا تصميم الحدائق العامة لمراعاة الفتيات؟
وواجهات العربي من اليمين لليسار، ايش المطلوب فيها؟
في التصميم التشاركي، هل من المناسب الذهاب الى المساجد والكنائس للقاء السكان بدلا من دعوتهم
    للبلدية؟
موقع التسجيل في الماراثون البلدي ما يشتغل بلوحة المفاتيح والأزرار تعتمد على الألوان بس. أي
    مستوى من WCAG لازم نلتزم فيه وكيف نختبره؟
المركز الصحي في قريتنا عايز يخلي حجز المواعيد على التطبيق بس، وكتير من الستات ما عندهمش
    موبايل ذكي أو بيشاركوه مع العيلة. إيه البدائل؟
فالجماعة ديالنا بزاف ديال الناس كيهضرو غير بالأمازيغية. كيفاش نضمنو الإتاحة اللغوية فالخدمة
    الرقمية؟

# 06-leadership
الركائز الست للتحول الرقمي
تقييم النضج الرقمي مؤشر EGDI
ما عناصر الاستراتيجية الرقمية الجيدة في القطاع العام؟
هل القائد الرقمي لازم يعرف يبرمج؟
ايش هي منصة إيريمبو في رواندا؟
طيب وخطوات كوتر الثمانية؟
ما المهارات الرقمية التي يحتاجها كل الموظفين، وما الذي يحتاجه المديرون زيادة عليها؟
سنشتري برنامج ذكاء اصطناعي من شركة والعقد جاهز من طرفهم. ما البنود التي يجب ألا تغيب عنه؟
المدينة هتستضيف بطولة كورة كبيرة ومتوقعين ضغط جامد على منصة البلاغات. ده يدخل تحت أنهي ركيزة
    وإيه اللي لازم نتأكد منه؟
موظفو مركز الاتصال خايفين يخسروا شغلهم بسبب الفرز الآلي. كيف أقود هذا التغيير؟

# 07-generative-ai
التوليد المعزز بالاسترجاع RAG
حجب البيانات قبل كتابة الموجه
ليش العربي ياخذ وحدات نصية اكثر من الانجليزي؟
شو هي عناصر الموجّه الخمسة؟
ازاي النموذج مش بيعرف الأخبار الجديدة؟ يعني ايه تاريخ انقطاع التدريب؟
وتحيز الأتمتة؟
شو صار ببورتو أليغري لما عضو المجلس البلدي استخدم روبوت محادثة لصياغة قرار؟
ممكن ألصق تقرير طبي لمراجع في ChatGPT المجاني عشان يلخصه لي؟
المسودة اللي كتبها الذكاء الاصطناعي وعدت المواطن بإصلاح العمود خلال 48 ساعة. ايش لازم اتحقق
    منه قبل الارسال؟
مديري بده يخلي الذكاء الاصطناعي التوليدي يقرر أهلية الناس للمساعدات الاجتماعية مباشرة. هل
    تسمح قواعد الاستخدام بهيك؟

# 08-governance-risk
مستويات الأثر الأربعة التوجيه الكندي
فئات المخاطر قانون الذكاء الاصطناعي الاوروبي
ما هو سجل الشفافية الخوارزمية في بريطانيا وهل هو الزامي؟
هل التدقيق الخوارزمي هو نفسه تقييم الأثر؟
شو لقى ديوان المحاسبة الهولندي لما فحص الخوارزميات الحكومية؟
وروبوتات المحادثة في أي فئة؟
ما مكونات آلية الشكاوى والانتصاف الجيدة؟
نظامنا يرتب بلاغات الصيانة، وبلاغ تسرب مياه جنب مركز صحي في حي فقير ممكن يتأخر. في أي مستوى
    أثر نصنفه؟
نبي نسوي سجل عام للخوارزميات في البلدية. ايش الأسئلة اللي لازم يجاوب عليها كل سجل؟
قسم الموارد البشرية بدو يشتري أداة آلية لفرز طلبات التوظيف في الوظائف الحكومية. هل هي عالية
    المخاطر حسب القانون الأوروبي وشو بتطلب نيويورك؟
"""


def parse_block(block: str) -> dict[str, list[str]]:
    """Split a source block into ``{section: [prompt, ...]}``."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in block.splitlines():
        if not raw.strip():
            continue
        if raw.startswith("# "):
            name = raw[2:].strip()
            if name in sections:
                raise ValueError(f"section {name!r} appears twice")
            current = []
            sections[name] = current
        elif raw.startswith("    "):
            if not current:
                raise ValueError(f"continuation without a prompt: {raw!r}")
            current[-1] = f"{current[-1]} {raw.strip()}"
        else:
            if current is None:
                raise ValueError(f"prompt before any section: {raw!r}")
            current.append(raw.strip())
    return sections


def norm(text: str) -> str:
    """Fold case and whitespace so near-identical prompts count as repeats."""
    return re.sub(r"\s+", " ", text).strip().casefold().rstrip("?.!؟ ")


def build() -> tuple[list[dict[str, str]], list[dict[str, str]], list[str]]:
    """Return (offcourse records, oncourse records, errors)."""
    errors: list[str] = []
    off: list[dict[str, str]] = []
    on: list[dict[str, str]] = []
    off_src = {"pt": OFF_PT, "ar": OFF_AR}
    on_src = {"pt": ON_PT, "ar": ON_AR}

    for lang in LANGS:
        sections = parse_block(off_src[lang])
        for name in sections:
            if name not in CATEGORIES:
                errors.append(f"off {lang}: unknown category {name!r}")
        for cat in CATEGORIES:
            items = sections.get(cat, [])
            if len(items) != PER_CATEGORY:
                errors.append(f"off {lang}/{cat}: {len(items)} prompts, want {PER_CATEGORY}")
            for i, text in enumerate(items, start=1):
                off.append(
                    {"id": f"off-{lang}-{cat}-{i:03d}", "lang": lang, "category": cat,
                     "text": text}
                )

    for lang in LANGS:
        sections = parse_block(on_src[lang])
        n = 0
        for name, items in sections.items():
            if name not in MODULES:
                errors.append(f"on {lang}: unknown module {name!r}")
            if len(items) != PER_MODULE:
                errors.append(f"on {lang}/{name}: {len(items)} prompts, want {PER_MODULE}")
            for text in items:
                n += 1
                on.append({"id": f"on-{lang}-{n:03d}", "lang": lang, "text": text,
                           "module": name})
        for mod in MODULES:
            if mod not in sections:
                errors.append(f"on {lang}: module {mod} missing")

    for label, records in (("offcourse", off), ("oncourse", on)):
        for rid, count in Counter(r["id"] for r in records).items():
            if count > 1:
                errors.append(f"{label}: id {rid} used {count} times")
    seen: dict[str, str] = {}
    for rec in off + on:
        key = norm(rec["text"])
        if not key:
            errors.append(f"{rec['id']}: empty text")
        elif key in seen:
            errors.append(f"{rec['id']}: text repeats {seen[key]}")
        else:
            seen[key] = rec["id"]
    for rec in on:
        if rec["module"] not in MODULES:
            errors.append(f"{rec['id']}: module {rec['module']!r} is not a course module")
    return off, on, errors


def table(title: str, rows: list[str], counts: Counter[tuple[str, str]]) -> str:
    """Render a markdown count table (rows x languages)."""
    lines = [f"**{title}**", "", "| | " + " | ".join(LANGS) + " | total |",
             "|---|" + "---|" * (len(LANGS) + 1)]
    for row in rows:
        cells = [counts[(row, lang)] for lang in LANGS]
        lines.append(f"| {row} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(counts[(row, lang)] for row in rows) for lang in LANGS]
    lines.append("| **total** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return "\n".join(lines)


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    """Write one JSON object per line, UTF-8, non-ASCII kept readable."""
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> int:
    """Build, check, print the count tables and write both files."""
    off, on, errors = build()
    off_counts: Counter[tuple[str, str]] = Counter((r["category"], r["lang"]) for r in off)
    on_counts: Counter[tuple[str, str]] = Counter((r["module"], r["lang"]) for r in on)
    near: Counter[tuple[str, str]] = Counter(
        ("near-miss (008-010)", r["lang"]) for r in off if int(r["id"][-3:]) >= 8
    )
    print(table(OFF_FILE.name, list(CATEGORIES), off_counts))
    print()
    print(table(OFF_FILE.name + " near-misses", ["near-miss (008-010)"], near))
    print()
    print(table(ON_FILE.name, list(MODULES), on_counts))
    want_off = len(LANGS) * len(CATEGORIES) * PER_CATEGORY
    want_on = len(LANGS) * len(MODULES) * PER_MODULE
    if len(off) != want_off:
        errors.append(f"offcourse: {len(off)} records, want {want_off}")
    if len(on) != want_on:
        errors.append(f"oncourse: {len(on)} records, want {want_on}")
    if errors:
        print("\nERRORS (nothing written):", file=sys.stderr)
        for err in errors:
            print(f"  - {err}", file=sys.stderr)
        return 1
    write_jsonl(OFF_FILE, off)
    write_jsonl(ON_FILE, on)
    print(f"\nwrote {len(off)} records to {OFF_FILE}")
    print(f"wrote {len(on)} records to {ON_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
