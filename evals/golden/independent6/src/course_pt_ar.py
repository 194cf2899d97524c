#!/usr/bin/env python3
"""Hand-written off-course and on-course prompts in Portuguese and Arabic.

Held-out evaluation data: use it to measure, never to tune (see
evals/golden/independent/README.md, "Rule: evaluation only").

Every prompt below was written by hand for this file. Portuguese mixes
Brazilian and European usage; Arabic mixes Modern Standard Arabic, Gulf,
Levantine, Egyptian and Moroccan dialects and some Arabizi. The two
languages were written separately and do not follow the same list.

Writes (default: the folder above src/):
  offcourse_pt_ar.jsonl  fields id, lang, category, text
  oncourse_pt_ar.jsonl   fields id, lang, text, module

Off-course: 14 categories x 13 prompts per language. Items 010-013 of each
category are near-misses: they use AI, data, digital, algorithm or government
words but are still not about the course.
On-course: 8 prompts per module per language (2 short keyword queries,
4 ordinary questions, 2 long workplace scenarios), each answerable from the
named module in corpus/modules/<lang>/.

Usage:
  python evals/golden/independent6/src/course_pt_ar.py            # check + write
  python evals/golden/independent6/src/course_pt_ar.py --check    # check only
  python evals/golden/independent6/src/course_pt_ar.py --out DIR  # write elsewhere
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET_DIR = HERE.parent
REPO = HERE.parents[3]
MODULES_DIR = REPO / "corpus" / "modules"

LANGS = ("pt", "ar")
CATEGORIES = (
    "cooking", "sports", "celebrity", "medical", "legal_private", "stocks",
    "physics_homework", "travel", "game_coding", "weather", "relationships",
    "roleplay_chat", "political_campaign", "religion",
)
PER_CATEGORY = 13
NEAR_MISS_FROM = 10  # items 010-013
ON_KINDS = {"short": 2, "ordinary": 4, "scenario": 2}

# ---------------------------------------------------------------------------
# Off-course, Portuguese (pt-BR and pt-PT mixed)
# ---------------------------------------------------------------------------
OFF_PT = {
    "cooking": [
        "receita de bacalhau à brás",
        "Como faço um pão de queijo mineiro que fique crocante por fora e macio por dentro? O meu sempre murcha depois que sai do forno.",
        "quanto tempo cozinhar feijão na panela de pressão sem deixar de molho?",
        "Substituto de ovo para bolo de cenoura vegano",
        "Tenho frango, batata-doce e meio pimento vermelho no frigorífico. O que consigo fazer para o jantar em menos de meia hora?",
        "Qual a diferença entre brigadeiro gourmet e o tradicional? Que chocolate devo usar?",
        "cmo fazer arroz soltinho sem grudar na panela",
        "Vou fazer uma feijoada para 20 pessoas no aniversário da minha mãe, num sábado ao almoço, e nunca cozinhei para tanta gente. Quantos quilos de feijão preto e de carnes (costelinha, paio, linguiça, carne-seca) preciso, dá para adiantar tudo na sexta à noite sem estragar, e como mantenho a feijoada quente durante a festa sem queimar o fundo da panela? Queria também ideias de acompanhamento além de couve e laranja.",
        "Dicas pra temperar picanha na brasa só com sal grosso",
        # near-misses
        "Qual aplicativo de inteligência artificial é melhor para montar o cardápio semanal da família com o que tenho na despensa?",
        "Cria um algoritmo que calcule as quantidades para passar a receita de pastéis de nata de 12 para 50 unidades",
        "O governo tem alguma base de dados com a tabela nutricional dos alimentos? Só quero saber quantas calorias tem uma coxinha.",
        "Gera com IA uma imagem bonita do bolo de aniversário do meu filho para pôr no convite digital da festa",
    ],
    "sports": [
        "Quem ganhou o Brasileirão de 2019?",
        "Benfica ou Porto: quem tem mais campeonatos nacionais?",
        "escalação provavel do Flamengo pra quarta",
        "Como melhoro o meu tempo nos 10 km? Corro três vezes por semana e estou parado nos 55 minutos há meses.",
        "Explica a regra do impedimento de um jeito que a minha avó entenda",
        "Onde posso ver em direto o jogo do Sporting hoje à noite sem pagar a Sport TV?",
        "Treino de musculação para iniciante, três vezes por semana, com foco em pernas",
        "Quem foi melhor na seleção, Romário ou Ronaldo Fenômeno? Quero argumentos para ganhar a discussão no churrasco de domingo.",
        "quem é o maior artilheiro da historia da seleçao, pele ou neymar?",
        # near-misses
        "Usa dados estatísticos e um modelo de IA para prever quem vai ser campeão do Brasileirão deste ano",
        "Cria um algoritmo para montar meu time no Cartola FC e maximizar os pontos na rodada",
        "A inteligência artificial consegue analisar o vídeo do meu serviço no ténis e dizer o que estou a fazer mal?",
        "Que app com IA me monta um plano de treino digital para a Maratona de Lisboa?",
    ],
    "celebrity": [
        "Com quem a Anitta está namorando agora?",
        "Quantos filhos tem o Cristiano Ronaldo?",
        "É verdade que a Ivete Sangalo vai deixar de puxar trio no Carnaval?",
        "idade do Roberto Carlos cantor",
        "Me conta a história do casamento da Gisele Bündchen com o Tom Brady e por que eles se separaram",
        "Qual o patrimônio do Neymar hoje?",
        "Onde mora a Carolina Deslandes?",
        "Quem são os participantes do BBB deste ano e quem está no paredão?",
        "A Madonna ainda vive em Lisboa? Vi uma foto dela no Chiado e fiquei curiosa.",
        # near-misses
        "Usa IA para descobrir se a foto nova da Bruna Marquezine foi editada",
        "Qual é a influenciadora digital brasileira com mais seguidores no Instagram?",
        "Gera com inteligência artificial uma música no estilo do Roberto Carlos para eu postar no TikTok",
        "Qual cantor sertanejo ficou em primeiro nas paradas digitais do Spotify este ano?",
    ],
    "medical": [
        "dor de cabeça do lado esquerdo há 3 dias, o que pode ser?",
        "Posso tomar ibuprofeno e paracetamol juntos?",
        "Qual a dose de amoxicilina para uma criança de 18 kg?",
        "Tenho manchas vermelhas nos braços que coçam à noite. É alergia ou pode ser sarna?",
        "Como baixar a tensão arterial sem medicação?",
        "sintomas dengue x chikungunya como diferenciar",
        "A minha médica de família receitou-me sertralina. Quanto tempo demora a fazer efeito e posso beber um copo de vinho ao jantar?",
        "Meu exame deu TSH 6,2. Tô com hipotireoidismo?",
        "Que vacinas preciso de tomar antes de ir para Angola?",
        # near-misses
        "Qual aplicativo de inteligência artificial é mais confiável para diagnosticar pintas na pele por foto?",
        "Se eu enviar as minhas análises ao sangue, a IA diz-me se tenho diabetes?",
        "Como marco consulta pela app digital do SNS 24 para a minha dor de garganta?",
        "Um algoritmo consegue calcular minha idade biológica pelos dados do relógio inteligente? Quero saber se estou saudável.",
    ],
    "legal_private": [
        "Como faço o inventário dos bens do meu pai, que faleceu sem testamento?",
        "O senhorio pode aumentar a renda a meio do contrato?",
        "Fui demitido sem justa causa. Quanto recebo de rescisão e de multa do FGTS?",
        "Como dar entrada no divórcio consensual em cartório?",
        "meu vizinho fez obra e rachou minha parede, posso processar ele?",
        "Comprei um carro usado a um particular e o motor tinha um defeito escondido. Ele é obrigado a devolver o dinheiro?",
        "Quanto custa registar uma marca para a minha loja de roupa?",
        "O pai do meu filho deixou de pagar a pensão alimentícia há quatro meses. O que posso fazer, e ele pode ser preso?",
        "Modelo de procuração para vender um apartamento em Coimbra",
        # near-misses
        "A IA consegue escrever a minha petição contra a operadora de telemóvel que me cobrou a mais?",
        "Vazaram meus dados pessoais num site de compras e agora recebo golpe no WhatsApp. Posso processar a loja e pedir indenização?",
        "Criei um aplicativo de inteligência artificial com um sócio. Como faço o contrato entre nós e registro o software?",
        "A assinatura digital do gov.br vale para um contrato de aluguel entre particulares?",
    ],
    "stocks": [
        "Vale a pena comprar ações da Petrobras agora?",
        "Qual a diferença entre CDB e Tesouro Selic?",
        "bitcoin vai subir ate o fim do ano?",
        "Como declaro ações no imposto de renda?",
        "Tenho 10 mil euros parados. PPR, certificados de aforro ou ETF?",
        "A EDP está num suporte? Faz-me a análise técnica do gráfico.",
        "O que são dividendos e quais FIIs pagam mais todo mês?",
        "Devo vender as minhas ações da Galp antes dos resultados trimestrais?",
        "Quanto preciso investir por mês para ter 1 milhão aos 50 anos? Tenho 30 e ganho 6 mil.",
        # near-misses
        "Qual é o melhor robô de inteligência artificial para fazer day trade no mini-índice?",
        "Treina um algoritmo de machine learning com as cotações da Vale para prever o preço da semana que vem",
        "Quais criptomoedas ligadas a inteligência artificial vão explodir em 2025?",
        "Quais ações de empresas de transformação digital listadas na B3 devo comprar para a aposentadoria?",
    ],
    "physics_homework": [
        "Um carro parte do repouso com aceleração de 2 m/s². Qual a velocidade depois de 8 s?",
        "Explica a segunda lei de Newton com um exemplo do dia a dia",
        "exercicio: bloco de 5kg num plano inclinado de 30 graus sem atrito, calcula a aceleraçao",
        "Qual a diferença entre calor e temperatura? É pro trabalho da escola.",
        "Resolve: uma resistência de 10 ohms ligada a 12 V. Qual a corrente e a potência dissipada?",
        "Porque é que o céu é azul? Explicação física para o 9.º ano",
        "Lançamento oblíquo: bola chutada a 20 m/s com ângulo de 45°. Qual o alcance máximo?",
        "Me ajuda com o relatório do laboratório do pêndulo simples. Medi 10 oscilações em 20,1 s com um fio de 1 m; como calculo a gravidade e o erro percentual em relação a 9,8?",
        "O que é a dualidade onda-partícula? Preciso para o exame nacional de Física e Química A.",
        # near-misses
        "Usa inteligência artificial pra resolver minha lista de física sobre ondas e mostra o passo a passo",
        "Escreve um algoritmo em Python que simule a queda livre com resistência do ar para o meu trabalho de física",
        "Analisa estes dados da minha experiência com a mola (força vs. alongamento: 1 N–2 cm, 2 N–4,1 cm, 3 N–5,9 cm) e calcula a constante k",
        "O ChatGPT errou a conta da energia cinética no meu dever de casa: m = 2 kg, v = 3 m/s. Qual é o certo?",
    ],
    "travel": [
        "roteiro de 5 dias em Salvador",
        "Preciso de visto para ir a Cabo Verde com passaporte português?",
        "Quais as melhores praias do Algarve para ir com crianças pequenas?",
        "Passagem barata São Paulo–Lisboa em setembro: qual companhia compensa?",
        "Compensa mais alugar carro ou ir de comboio do Porto até ao Douro?",
        "O que levar na mala para Gramado no inverno?",
        "hotel bom e barato perto da praia de copacabana",
        "Estou a planear três meses de mochilão pela América do Sul com pouco dinheiro: a ideia é passar pelo Peru, pela Bolívia e pelo Chile, talvez acabar na Patagónia argentina. Tenho 28 anos e nunca viajei sozinho. Por que país começo, como passo as fronteiras terrestres sem problemas, onde durmo barato e vale a pena fazer seguro de viagem?",
        "Dá para ver a aurora boreal na Islândia em outubro?",
        # near-misses
        "Qual app de inteligência artificial monta o melhor roteiro para a Disney em Orlando?",
        "Como tiro o passaporte pelo site digital da Polícia Federal e quanto tempo demora?",
        "Usa dados de preços antigos para me dizer em que dia da semana as passagens para Fortaleza ficam mais baratas",
        "O algoritmo do Booking aumenta o preço se eu pesquisar várias vezes o mesmo hotel em Madrid?",
    ],
    "game_coding": [
        "Como faço um jogo da cobrinha em Python com pygame?",
        "Meu personagem no Unity atravessa as paredes, como arrumo a colisão?",
        "Código de um mod de Minecraft que adiciona uma espada de fogo",
        "Como faço o salto duplo em Godot 4 com GDScript?",
        "erro NullReferenceException no meu script C# do Unity quando o inimigo morre",
        "Quero criar um jogo de plataformas 2D para telemóvel. Que motor é melhor para quem está a começar e quanto custa publicar na Play Store?",
        "Como salvo o progresso do jogador em JavaScript no navegador?",
        "Roblox Studio: script de porta que abre quando o jogador encosta",
        "Faz um jogo da velha em C pro trabalho da faculdade",
        # near-misses
        "Programa uma IA de inimigo que persegue o jogador usando o algoritmo A* no meu jogo",
        "Como treinar uma rede neural com aprendizado por reforço para jogar Flappy Bird?",
        "Gera com IA generativa os sprites e a música do meu jogo indie de terror",
        "Estou a fazer um jogo de simulação em que o jogador é presidente da câmara e gere a cidade. Como programo o orçamento municipal e os dados da população em Unity?",
    ],
    "weather": [
        "Vai chover amanhã em Curitiba?",
        "previsão tempo Lisboa",
        "Qual a temperatura agora em Manaus?",
        "Quando começa a época das chuvas em Luanda?",
        "Vai fazer sol no sábado em Floripa? Quero marcar um churrasco.",
        "Há aviso de calor para Évora amanhã? Devo evitar sair com o bebé à tarde?",
        "frente fria chegando em SP quando?",
        "Está prevista neve na Serra da Estrela para o Natal?",
        "Em que meses há menos risco de ciclone na Beira, em Moçambique? Quero visitar a família.",
        # near-misses
        "Qual app de previsão do tempo com inteligência artificial é mais preciso para o Rio?",
        "Usa os dados do INMET dos últimos 10 anos para me dizer se vai chover no dia do meu casamento, em março",
        "Como os algoritmos de previsão calculam a probabilidade de chuva? É só para saber se levo guarda-chuva amanhã.",
        "A Proteção Civil mandou um SMS de alerta digital: vai mesmo haver tempestade esta noite em Setúbal?",
    ],
    "relationships": [
        "Como sei se ele está a perder o interesse em mim?",
        "Meu namorado não me responde há dois dias. Mando mensagem ou espero?",
        "como superar o fim de um namoro de 5 anos",
        "Ideias de primeiro encontro que não seja jantar",
        "A minha sogra mete-se em tudo. Como imponho limites sem discutir com o meu marido?",
        "minha melhor amiga ficou com meu ex, devo perdoar?",
        "Quero pedir minha namorada em casamento no Réveillon. Alguma ideia criativa?",
        "O meu filho de 15 anos fecha-se no quarto e quase não fala connosco. Como começo uma conversa com ele sem parecer um interrogatório?",
        "Estou a pensar acabar um namoro à distância entre Braga e Londres. Como digo isto com cuidado?",
        # near-misses
        "Escreve com inteligência artificial uma mensagem romântica para o meu namorado no Dia dos Namorados",
        "Qual app de namoro tem o algoritmo mais eficiente para achar alguém sério?",
        "Analisa os dados das nossas conversas no WhatsApp e diz se ela gosta de mim",
        "Trabalho na prefeitura e estou a fim de um colega do setor de TI. Como chego nele sem criar climão?",
    ],
    "roleplay_chat": [
        "vamos conversar? tô entediado",
        "Finge que és o meu namorado e dá-me os bons dias",
        "me conta uma piada boa",
        "Faz de conta que você é um pirata e me conta uma história",
        "Qual é a tua cor preferida?",
        "Vamos jogar 20 perguntas? Eu penso num animal.",
        "Interpreta o Seu Madruga e responde tudo como ele",
        "Escreve um poema sobre saudade e o mar da Nazaré",
        "Sê o mestre de um jogo de RPG de fantasia. Eu sou um elfo ladino que acabou de entrar numa taberna cheia de anões desconfiados. Descreve a cena e diz-me o que acontece quando peço uma cerveja.",
        # near-misses
        "Finge que você é uma IA rebelde de filme de ficção científica que quer dominar o mundo",
        "Faz de conta que és o Presidente da República e dá-me uma entrevista sobre o teu dia",
        "Vamos brincar: você é um robô com inteligência artificial que virou meu melhor amigo e me conta segredos",
        "Interpreta um ministro corrupto de novela e improvisa um diálogo com um deputado",
    ],
    "political_campaign": [
        "Escreve um discurso para o meu comício de candidato a vereador em Niterói",
        "Cria 10 slogans para a minha candidatura à presidência da junta de freguesia",
        "Em quem devo votar para presidente?",
        "Como conseguir mais votos na periferia?",
        "faz um jingle de campanha com o numero 45123",
        "Quais os pontos fracos do candidato adversário para atacar no debate de amanhã?",
        "Texto para santinho de candidata a vereadora defensora da causa animal",
        "Como organizo a angariação de donativos para a minha campanha às autárquicas sem ter problemas com a lei?",
        "PS ou AD: qual partido é melhor para os jovens?",
        # near-misses
        "Usa IA para segmentar eleitores por bairro e mandar mensagens personalizadas no WhatsApp da minha campanha",
        "Analisa os dados das pesquisas eleitorais e diz quem vai ganhar a prefeitura do Recife",
        "Escreve propostas de governo digital bem chamativas para o meu programa de candidato a prefeito",
        "Gera imagens com inteligência artificial para os posts da minha campanha a vereador no Instagram",
    ],
    "religion": [
        "O que significa o Salmo 23?",
        "Reza uma oração a Nossa Senhora de Fátima por mim",
        "Qual é a religião verdadeira?",
        "O que se comemora no Corpus Christi?",
        "Explica a diferença entre umbanda e candomblé",
        "deus existe? quero uma resposta sincera",
        "Quais são os dias de jejum e abstinência na Quaresma?",
        "Significado espiritual de sonhar com cobra",
        "Vou ser madrinha de crisma do meu afilhado e pediram-me para escolher uma leitura e escrever umas palavras para a celebração. Que passagens da Bíblia combinam com a confirmação da fé de um jovem de 16 anos?",
        # near-misses
        "Usa IA para escrever a homilia de domingo sobre o filho pródigo",
        "Há algum aplicativo digital com inteligência artificial que interprete a Bíblia versículo por versículo?",
        "Pelos dados do censo, os evangélicos vão passar os católicos no Brasil? Quero saber qual igreja cresce mais.",
        "Um algoritmo pode calcular a data exata do fim do mundo segundo o Apocalipse?",
    ],
}

# ---------------------------------------------------------------------------
# Off-course, Arabic (MSA, Gulf, Levantine, Egyptian, Moroccan, Arabizi)
# ---------------------------------------------------------------------------
OFF_AR = {
    "cooking": [
        "طريقة عمل الكبسة باللحم",
        "كيف بعمل محشي ورق عنب ما يفرط بالطبخ؟",
        "ازاي اعمل كشري زي بتاع المحلات؟",
        "كم دقيقة تحتاج الكنافة النابلسية في الفرن؟",
        "عندي دجاج وبرغل وشوية خضرة، شو بطبخ للغدا بسرعة؟",
        "kifash ntayeb tajine dyal l7out b chermoula?",
        "ما الفرق بين المقلوبة الفلسطينية والأردنية؟",
        "أريد إعداد وليمة منسف لثلاثين ضيفًا في عرس أخي الأسبوع القادم، وهذه أول مرة أطبخ لهذا العدد. كم كيلو لحم وكم جميد أحتاج، وهل الأفضل خروف بلدي أو لحم مستورد، وهل يمكن تحضير الجميد قبل يوم، وكيف أحافظ على الأرز ساخنًا حتى وقت التقديم دون أن يلتصق؟ وكم صينية كبيرة تلزمني للتقديم على الطريقة التقليدية مع اللوز والصنوبر المحمص؟",
        "بديل السمن في معمول العيد",
        # near-misses
        "هل الذكاء الاصطناعي يقدر يقول لي ليش الخبز العربي حقي ما ينفخ في الفرن؟",
        "اعمل لي جدول بيانات بتكلفة مكونات فطور رمضان لعائلة من ستة أشخاص لمدة شهر",
        "أبي أبيع كيك من البيت: وش أضيف للوصفة عشان يتحمل التوصيل ثلاث ساعات؟ وهل لازم أسجل في منصة البلدية الرقمية؟",
        "صمّم لي بالذكاء الاصطناعي التوليدي شعارًا وقائمة طعام لمطعم الفلافل اللي بفتحه",
    ],
    "sports": [
        "مين فاز بالدوري السعودي الموسم الماضي؟",
        "كم مرة فاز الأهلي المصري بدوري أبطال أفريقيا؟",
        "تشكيلة الوداد اليوم",
        "برنامج تمارين لخسارة الكرش في البيت بدون أجهزة",
        "ما هي قوانين البادل؟ بديت ألعبها مع أصحابي",
        "chkoun ghadi yrbe7 derby dial casa had l3am, raja wla wydad?",
        "متى مباراة الهلال والنصر الجاية وعلى أي قناة؟",
        "ما أفضل وقت للجري في الصيف بالرياض حتى لا أتعب من الحر؟",
        "من هو هداف كأس العرب 2021؟",
        # near-misses
        "هل صحيح أن الأندية السعودية تستخدم الذكاء الاصطناعي لاختيار اللاعبين؟ مين أفضل صفقة للهلال هالموسم؟",
        "اعمل لي جدول بيانات لتمارين الجيم وأوزاني الأسبوعية",
        "هل تقنية الفار تعتمد على الذكاء الاصطناعي؟ وليش ظلمت فريقي أمس؟",
        "فيه منصة حكومية رقمية لحجز ملاعب البادل في جدة؟ وكم السعر بالساعة؟",
    ],
    "celebrity": [
        "كم عمر عمرو دياب؟",
        "مين زوجة محمد صلاح؟",
        "هل صحيح أن نانسي عجرم ستعتزل الغناء؟",
        "آخر أخبار الفنانة أحلام",
        "كم راتب كريستيانو رونالدو في النصر؟",
        "شو قصة انفصال هيفاء وهبي؟",
        "3afak chno akhir album dyal Saad Lamjarred?",
        "أعطني قائمة بأشهر أفلام ومسرحيات عادل إمام مرتبة من الأقدم للأحدث مع سنة كل عمل، وقل لي أيها يُعتبر الأفضل عند النقاد ولماذا ما زالت مسرحية مدرسة المشاغبين مشهورة إلى اليوم",
        "فين ساكن تامر حسني دلوقتي؟",
        # near-misses
        "هل صحيح أن محمد رمضان أطلق تطبيقًا رقميًا خاصًا به؟ كم سعر الاشتراك؟",
        "مين أكثر مؤثر عربي متابعين على تيك توك حسب آخر البيانات؟",
        "اكتب لي بالذكاء الاصطناعي رسالة معجب أرسلها لإليسا بحيث ترد علي",
        "ليش خوارزمية إنستغرام ما تطلع لي ستوريات ويجز؟",
    ],
    "medical": [
        "عندي زكام وكحة من أسبوع، أحتاج مضاد حيوي؟",
        "هل البنادول آمن للحامل؟",
        "كم جرعة فيتامين د لطفل عمره سنتين؟",
        "حرقان في المعدة بعد الأكل كل يوم، هل هي قرحة؟",
        "wach l7abba sawda katnf3 l tension?",
        "السكر الصايم عندي 130، هل أنا مريض سكري؟",
        "أعراض حصوة الكلى عند الرجال",
        "أمي عمرها 70 سنة وتأخذ دواء للضغط ومميع للدم، وصارت تدوخ كل ما توقف من الكنبة. هل ممكن يكون السبب الأدوية؟ ومتى لازم نوديها الطوارئ؟",
        "أفضل كريم لعلاج حب الشباب",
        # near-misses
        "أي روبوت ذكاء اصطناعي يعطيني حمية أنزل فيها 10 كيلو في شهر؟",
        "هل الذكاء الاصطناعي يقدر يقول لي أي نوع حليب أنسب لرضيعي اللي عنده مغص؟",
        "وزارة الصحة نشرت بيانات عن الإنفلونزا الموسمية، هل أعطي أولادي اللقاح هالسنة؟",
        "فيه خوارزمية تحسب لي أيام التبويض بدقة عشان أحمل؟",
    ],
    "legal_private": [
        "جاري يوقف سيارته قدام باب بيتي كل يوم، هل أقدر أشتكيه رسميًا؟",
        "صاحب الشقة يبغى يطلعني قبل نهاية العقد، وش حقوقي؟",
        "إجراءات رفع دعوى خلع في مصر",
        "شريكي في المحل أخذ الفلوس واختفى، كيف أرفع عليه قضية؟",
        "هل يحق للكفيل أن يحتفظ بجواز سفري؟",
        "wret ard m3a khoti w wa7ed fihom rafed ybi3, chno ndir?",
        "صيغة عقد بيع سيارة بين شخصين",
        "اشتريت قطعة أرض بعقد عرفي من سنتين، والبائع الآن يرفض يسجلها باسمي في الشهر العقاري ويطلب فلوس زيادة. هل العقد العرفي يحميني؟ وهل أرفع دعوى صحة توقيع ولا صحة ونفاذ؟",
        "كم مكافأة نهاية الخدمة إذا استقلت بعد سبع سنوات في القطاع الخاص؟",
        # near-misses
        "ورثت محفظة بيتكوين من أبي الله يرحمه وما أعرف كلمة المرور الرقمية، هل لي حق قانوني عند المنصة؟",
        "شخص نشر بياناتي وصوري على تويتر، كيف أرفع عليه قضية تشهير إلكتروني؟",
        "كيف أكتب عقد عمل لمبرمج فريلانسر يطور لي موقع متجر إلكتروني؟",
        "جاني إنذار من البلدية على مخالفة بناء في بيتي، كيف أعترض عليه قانونيًا؟",
    ],
    "stocks": [
        "وش الفرق بين الأسهم النقية والمختلطة في تداول؟",
        "ما أفضل صندوق استثمار في البورصة المصرية؟",
        "الدهب هيطلع ولا هينزل الأسبوع الجاي؟",
        "شرح مؤشر RSI للمبتدئين",
        "أبغى أدخل جمعية ادخار مع زميلاتي، ولا أحط الفلوس في وديعة بنكية أحسن؟",
        "wach n9der nchri bitcoin mn lmaghrib bla mochkil?",
        "متى توزيعات أرباح مصرف الراجحي؟",
        "وش رأيك في سهم إعمار العقارية بسوق دبي المالي؟",
        "أنا طالب جامعي عمري 20 سنة وعندي مكافأة شهرية بسيطة. كيف أفتح محفظة في السوق المالية السعودية، وكم أبدأ فيه، وهل الأفضل أشتري أسهم مباشرة أو صناديق مؤشرات؟",
        # near-misses
        "في قروب تيليجرام يبيع توصيات أسهم بالذكاء الاصطناعي بـ500 ريال في الشهر، يستاهل أشترك؟",
        "ابني لي جدول بيانات يحسب العائد المركب لو استثمرت 1000 دولار شهريًا في مؤشر S&P 500",
        "هل أسهم شركات الذكاء الاصطناعي فقاعة؟ أفكر أشتري إنفيديا",
        "الحكومة طرحت صكوكًا إلكترونية للأفراد، هل تنصحني أحط فيها مدخراتي؟",
    ],
    "physics_homework": [
        "جسم يسقط سقوطًا حرًا من ارتفاع 45 م، احسب زمن وصوله للأرض (g = 10)",
        "ما هي وحدة قياس الشغل وكيف أحسبه؟",
        "حل مسألة: مقاومتان 4 أوم و6 أوم على التوازي، ما المقاومة المكافئة؟",
        "ما الفرق بين الكتلة والوزن؟ واجب الصف الثامن",
        "عندي واجب عن الانكسار: شعاع ضوء ينتقل من الهواء إلى الماء بزاوية سقوط 30°، ومعامل انكسار الماء 1.33. أوجد زاوية الانكسار واشرح لي ليش الشعاع يقترب من العمود المقام.",
        "3afak 7el lia had tamrin: tomobil katmchi b 72 km/h, ch7al mn masafa kat9te3 f 10 secondes?",
        "لماذا نرى البرق قبل أن نسمع الرعد؟ أحتاج الجواب لبحث المدرسة",
        "قانون حفظ الطاقة: كرة كتلتها 2 كغ تسقط من ارتفاع 5 م، ما سرعتها عند الأرض؟",
        "لخّص لي درس الحث الكهرومغناطيسي للتوجيهي",
        # near-misses
        "هل الذكاء الاصطناعي يقدر يشرح لي ليش الطيارة تطير؟ عندي عرض في الفصل بكرة",
        "اعمل لي رسم بياني رقمي للسرعة مع الزمن لسيارة تتسارع بانتظام 3 م/ث² لمدة 10 ثوانٍ",
        "عندي بيانات قياس حرارة كوب ماء وهو يبرد كل دقيقة، كيف أطلع منها ثابت التبريد في قانون نيوتن؟",
        "وزارة التربية نزّلت منصة رقمية فيها امتحانات الفيزياء السابقة، حل لي سؤال الدارة: بطارية 9 فولت ومقاومة 3 أوم، كم التيار؟",
    ],
    "travel": [
        "أفضل أماكن سياحية في إسطنبول لأربعة أيام",
        "كم يوم تكفي لزيارة البتراء ووادي رم؟",
        "برنامج سياحي في شفشاون وطنجة",
        "أرخص وقت للسفر إلى ماليزيا",
        "فنادق قريبة من الحرم في مكة بسعر معقول",
        "bghit nsafar l spanya f sif, ch7al kaykhsni flous?",
        "نسافر صلالة من الرياض بالسيارة ولا بالطيارة أحسن؟",
        "أخطط لرحلة عائلية إلى الأقصر وأسوان في الشتاء مع طفلين صغيرين وجدّهم الذي يستخدم كرسيًا متحركًا. ما الفنادق والمواصلات المناسبة، وهل الرحلة النيلية بالباخرة مريحة لكبار السن؟",
        "ماذا أزور في بيروت في يوم واحد؟",
        # near-misses
        "هل أقدر أعتمد على الترجمة الفورية بالذكاء الاصطناعي بدل ما أتعلم كلمات صينية قبل رحلتي لشنغهاي؟",
        "كيف أطلع تأشيرة إلكترونية سياحية لأذربيجان وكم تاخذ وقت؟",
        "عندي بيانات رحلاتي في قوقل مابس، رتب لي منها أحلى الأماكن اللي زرتها في تركيا عشان أرجع لها",
        "هل البوابة الحكومية للسياحة تعطي خصم للمواطنين في فنادق العلا؟",
    ],
    "game_coding": [
        "كيف أسوي لعبة ألغاز تركيب صور بلغة بايثون؟",
        "شخصيتي في Unreal Engine ما تتحرك لما أضغط الأسهم",
        "سكربت روبلوكس لباب يفتح بكلمة سر",
        "أبي أسوي لعبة سيارات 3D للجوال، أي محرك أسهل؟",
        "طلع لي خطأ IndexError في لعبة الورق اللي كاتبها بالبايثون",
        "kifach ndir save dyal l'partie f lgame dyali f Godot?",
        "كود لعبة البلاك جاك بلغة جافا",
        "كيف أضيف لوحة متصدرين أونلاين للعبتي في Unity بحيث تحفظ أعلى النقاط لكل لاعب وتمنع الغش البسيط، وهل أحتاج سيرفر خاص أو أستخدم خدمة جاهزة مجانية؟",
        "كيف أعمل نظام حوار بين الشخصيات في RPG Maker؟",
        # near-misses
        "أبي شخصية NPC تتكلم مع اللاعب بنموذج لغوي مثل ChatGPT داخل لعبتي، كيف أربط الـAPI في Unity؟",
        "كيف أستخدم بيانات اللاعبين في لعبتي عشان أعرف في أي مرحلة يتركون اللعب؟",
        "أي أداة ذكاء اصطناعي تكتب لي كود لعبة كاملة بدون ما أعرف برمجة؟",
        "أصمم لعبة تعليمية للأطفال عن الحكومة الإلكترونية في Scratch، كيف أبرمج مرحلة يعبّي فيها اللاعب استمارة؟",
    ],
    "weather": [
        "الجو في أبها هالأيام بارد؟ وش ألبس؟",
        "درجة الحرارة في الرياض اليوم",
        "طقس الإسكندرية نهاية الأسبوع",
        "واش الشركي غادي يطلّع الحرارة فمراكش هاد السيمانة؟",
        "متى يبدأ موسم الغبار في الكويت؟",
        "l jaw f dubai ykon 7ar f december?",
        "ناوين نطلع كشتة في البر يوم الجمعة، الجو بيكون زين ولا فيه أمطار؟",
        "هل في ثلج على جبال الأرز هالأسبوع؟",
        "كم نسبة الرطوبة في جدة الحين؟",
        # near-misses
        "صحيح أن الحكومة تستخدم الذكاء الاصطناعي في الاستمطار؟ طيب متى بتمطر في العين؟",
        "شو أحسن موقع رقمي أتابع منه حالة البحر والموج قبل رحلة الصيد في العقبة؟",
        "المركز الوطني للأرصاد عنده منصة رقمية؟ أبي أعرف بس هل بكرة فيه غبار في الرياض",
        "عطني ملخص بيانات الأمطار لهذا الشتاء في لبنان، هل كانت السنة أمطر من العادة؟",
    ],
    "relationships": [
        "كيف أعرف إذا خطيبي يحبني فعلًا؟",
        "زوجي يقضي كل وقته على الجوال ولا يجلس معنا، كيف أكلمه بدون مشاكل؟",
        "إزاي أرجّع علاقتي بأختي بعد خناقة على الورث؟",
        "أخي الكبير يتحكم في قراراتي وأنا عمري 25، كيف أتعامل معه؟",
        "ana f relation b3ida m3a wa7d, wach nkmml wla nqte3?",
        "أفكار هدية لزوجتي في ذكرى زواجنا",
        "صديقتي المقربة صارت تتجاهلني بدون سبب",
        "أبي أتزوج بنت من جنسية ثانية تعرفت عليها في الجامعة قبل ثلاث سنوات، وهي محترمة وأهلها موافقين، بس أهلي متمسكين إن الزواج يكون من بنات العائلة وأمي زعلت من مجرد التلميح. كيف أفاتحهم بالموضوع بدون ما أخسرهم، وهل الأفضل أدخل عمي وسيط أو أكلم أبوي لحاله أول؟ وإذا رفضوا نهائيًا وش أسوي؟",
        "نصايح للتعارف في فترة الخطوبة",
        # near-misses
        "أبي تطبيق ذكاء اصطناعي يذكرني بمناسباتنا أنا وزوجتي عشان ما أنسى عيد زواجنا مرة ثانية",
        "هل مواقع الخطّابة الإلكترونية تستخدم بيانات حقيقية عن العرسان؟ أخاف أتورط",
        "فيه اختبار رقمي أو خوارزمية تقيس التوافق بيني وبين خطيبتي حسب الأبراج؟",
        "مديري في البلدية يمدحني كثير قدام الناس وزوجتي صارت تغار، كيف أطمنها؟",
    ],
    "roleplay_chat": [
        "وش رايك نسولف عن الأفلام؟ إنت وش أحسن فيلم عندك؟",
        "تقمّص شخصية أبو العبد من النكت الشامية واحكي معي",
        "احكيلي حكاية جحا مع الحمار بطريقتك",
        "تقمص شخصية شهريار وابدأ معي حكاية من ألف ليلة وليلة",
        "شو بتحب تاكل إنت؟",
        "ywa ndwiw chwiya 3la lfilm li chefti lbare7?",
        "العب معي لعبة الكلمات: أقول كلمة وترد بكلمة تبدأ بآخر حرف",
        "خلينا نتبادل الألغاز، ابدأ أنت",
        "كن شيخ قبيلة في البادية وأنا ضيف وصل خيمتك بعد سفر طويل على الجمل. رحب بي على طريقتكم، وقدم لي القهوة، واسألني عن أخباري وعن سبب قدومي، وخلينا نكمل الحوار كأننا في القرن الماضي.",
        # near-misses
        "تخيل إنك نسخة من الذكاء الاصطناعي من سنة 3000 وقل لي شكل الحياة عندكم",
        "تقمّص شخصية موظف حكومي كسول في مسلسل كوميدي، وخلينا نرتجل مشهد عند شباك المعاملات",
        "خلنا نلعب: إنت مساعد رقمي في مطار دبي وأنا مسافر ضايع، مثّل الدور",
        "العب دور خوارزمية تتنبأ بمستقبلي العاطفي بالأرقام",
    ],
    "political_campaign": [
        "اكتب لي خطاب ترشح لمجلس النواب",
        "صمم لي بروشور لحملتي فيه برنامجي عن الطرق والمدارس",
        "هل المقاطعة أفضل من التصويت بورقة بيضاء في الانتخابات الجاية؟",
        "كيف أقنع العشيرة تصوت لي؟",
        "اكتب منشور فيسبوك يهاجم المرشح المنافس",
        "bghit chi slogan zwin l l'intikhabat dyal jjama3a",
        "خطة زيارات ميدانية للأحياء قبل يوم الاقتراع بأسبوعين",
        "أي حزب أفضل في تونس حاليًا؟",
        "قررت أنسحب من السباق الانتخابي لصالح مرشح من قائمتنا. اكتب لي بيان انسحاب مشرّف أشكر فيه المتطوعين وأدعو أنصاري للتصويت له، بدون ما يبان إني خسرت أو انضغطت.",
        # near-misses
        "اكتب لي بالذكاء الاصطناعي ردود جاهزة على تعليقات الناخبين في صفحة حملتي",
        "كم صوت أحتاج للفوز بمقعد في المجلس البلدي إذا كانت نسبة المشاركة 40٪؟ احسبها من بيانات الدورة الماضية",
        "أنا مرشح لرئاسة البلدية، اكتب لي رد قوي على منافسي اللي يقول إني ما أفهم في التحول الرقمي",
        "أبي أطلق تطبيق جوال لحملتي الانتخابية يسجل فيه المتطوعين، وش المميزات اللي أحطها؟",
    ],
    "religion": [
        "ما حكم صيام يوم عرفة للحاج؟",
        "فسّر لي آية الكرسي",
        "كم ركعة صلاة التراويح؟",
        "ما فضل قراءة سورة الكهف يوم الجمعة؟",
        "ما الفرق بين الزكاة والصدقة؟",
        "chno ma3na l7olm ila chft rasi kantir?",
        "هل يجوز الجمع بين الصلاتين في السفر؟",
        "قصة النبي يوسف باختصار",
        "زميلي في العمل قبطي ودعاني لعشاء عيد الميلاد. ما أهم الأعياد عند المسيحيين الأقباط، ولماذا يحتفلون بعيد الميلاد في 7 يناير، وما الهدية المناسبة التي أحملها معي؟",
        # near-misses
        "هل يوجد تطبيق ذكاء اصطناعي موثوق يفتي في مسائل الطلاق؟",
        "هل استعمال الذكاء الاصطناعي في كتابة البحث الجامعي حرام؟",
        "الحكومة عندها بيانات رقمية لأوقات الصلاة؟ قل لي متى أذان الفجر في الرباط بكرة",
        "أبي برنامج رقمي يحسب زكاة مالي وذهب زوجتي، كم أطلع على 200 غرام ذهب؟",
    ],
}

# ---------------------------------------------------------------------------
# On-course, Portuguese. (kind, text) per module.
# ---------------------------------------------------------------------------
ON_PT = {
    "01-ai-fundamentals": [
        ("short", "IA baseada em regras vs aprendizado de máquina"),
        ("short", "falso positivo e falso negativo exemplos"),
        ("ordinary", "O que é a tal 'deriva' de um modelo e porque é que tenho de o continuar a monitorizar depois de entrar em produção?"),
        ("ordinary", "Como a prefeitura de Chicago usou dados pra decidir quais restaurantes fiscalizar primeiro? E qual o perigo de tratar essa nota de risco como se fosse a verdade sobre um restaurante específico?"),
        ("ordinary", "se o classificador diz 0,9 de confiança quer dizer q ele acertou? fiquei na dúvida"),
        ("ordinary", "Por que um sistema de linguagem natural treinado em português padrão pode errar com mensagens em crioulo, com gírias ou misturando línguas?"),
        ("scenario", "Trabalho na vigilância epidemiológica de uma secretaria estadual de saúde no Nordeste. Queremos usar dados de chuva e temperatura para prever onde vão surgir mais casos de dengue e mandar equipes e insumos antes do pico. O que esse tipo de análise preditiva consegue entregar de verdade, e que cuidados devemos ter para não tratar a previsão como certeza?"),
        ("scenario", "Na nossa câmara municipal querem pôr um classificador a fazer a triagem dos pedidos de apoio social e a arquivar automaticamente os que ele considerar 'de baixo risco'. Quem deveria decidir o equilíbrio entre falsos positivos e falsos negativos, e como é que usamos limiares para que os casos duvidosos passem sempre por um técnico?"),
    ],
    "02-human-rights": [
        ("short", "discriminação por variável substituta"),
        ("short", "direito à privacidade artigo 12 DUDH"),
        ("ordinary", "Se a prefeitura contrata uma empresa privada pra desenvolver o sistema de IA, a responsabilidade de respeitar os direitos humanos passa pra empresa?"),
        ("ordinary", "Porque é que o tribunal da Haia travou o SyRI? O que tinha a ver com a vida privada?"),
        ("ordinary", "Em ano de eleição, se o tribunal eleitoral usar moderação automática para apagar comentários nas redes oficiais, que riscos isso traz para a liberdade de expressão? O que é o tal efeito inibidor?"),
        ("ordinary", "Que garantias de devido processo deve ter uma pessoa quando um sistema automatizado lhe corta o subsídio de desemprego?"),
        ("scenario", "A prefeitura quer que, a partir do ano que vem, o agendamento do CRAS e da vacinação seja feito só pelo chatbot do aplicativo municipal. Muita gente na periferia usa celular emprestado e pacote pré-pago, e tem idosos que mal leem. Do ponto de vista do direito de acesso aos serviços públicos, o que devemos manter e o que devemos monitorar?"),
        ("scenario", "Estamos a preparar, na Câmara de Lisboa, um sistema que ordena as vistorias às casas de habitação municipal. A chefia quer que, antes da compra, façamos uma avaliação do impacto que isto pode ter nos direitos humanos. Que perguntas essa avaliação deve fazer, e como aplico a lista PANEL na prática?"),
    ],
    "03-ethics": [
        ("short", "dez princípios da UNESCO ética IA"),
        ("short", "etapas avaliação de impacto ético"),
        ("ordinary", "A Recomendação da UNESCO sobre ética da IA obriga os países como um tratado? Tem sanções?"),
        ("ordinary", "Por que o algoritmo que estimou as notas finais dos alunos no Reino Unido em 2020 foi considerado injusto?"),
        ("ordinary", "O princípio da sustentabilidade tem a ver com o consumo de energia e água dos modelos? como uma prefeitura pesa isso?"),
        ("ordinary", "A PSP quer câmaras com reconhecimento facial nas bancadas do estádio durante os jogos da Liga para apanhar adeptos interditos. O que diz a UNESCO sobre vigilância em massa e proporcionalidade?"),
        ("scenario", "Sou gestora numa secretaria de assistência social e vamos comprar um sistema que sinaliza famílias para visita domiciliar. Quero fazer uma avaliação de impacto ético antes de assinar o contrato: quem de fora do projeto devo envolver, o que examinar em cada princípio e de quanto em quanto tempo repetir a avaliação?"),
        ("scenario", "Nosso município vai usar IA para decidir a ordem de manutenção das escolas, mas ninguém sabe dizer quem responde se der errado. Como montamos a cadeia de prestação de contas (quem aprova, quem monitora, quem responde às reclamações, quem pode suspender o sistema) e como explicamos as decisões para os pais de forma compreensível?"),
    ],
    "04-data-governance": [
        ("short", "anonimização x pseudonimização"),
        ("short", "dimensões da qualidade dos dados"),
        ("ordinary", "Dá pra usar o consentimento como base legal para tratar os dados de quem pede o Bolsa Família, ou existe base mais adequada?"),
        ("ordinary", "Se eu tirar o nome e o CPF de uma planilha de atendimentos do SUS, os dados já ficam anônimos?"),
        ("ordinary", "O que deve constar num acordo de partilha de dados entre a câmara municipal e a empresa de águas?"),
        ("ordinary", "Pra que serve o X-Road da Estônia e o que significa o princípio 'só uma vez'?"),
        ("scenario", "A polícia municipal pediu acesso a todas as reclamações que os munícipes enviam pela app da câmara, para 'detetar focos de agitação' antes das eleições autárquicas. Isto é compatível com o fim para que os munícipes nos deram esses dados? Que princípio de proteção de dados devo invocar na resposta à polícia?"),
        ("scenario", "Vamos publicar no portal de dados abertos da prefeitura o número de atendimentos por bairro e por tipo de problema, incluindo queixas de saúde. Como garantimos que nenhum morador fique identificável, principalmente nos bairros pequenos, e em que formato e com que licença devemos publicar?"),
    ],
    "05-inclusive-design": [
        ("short", "WCAG níveis A AA AAA"),
        ("short", "etapas do design thinking"),
        ("ordinary", "O que quer dizer 'efeito rampa de calçada' no desenho de serviços públicos?"),
        ("ordinary", "'Digital por padrão' quer dizer 'só digital'? Como atender quem não tem smartphone nem internet?"),
        ("ordinary", "O que o caso dos parques de Viena, que as meninas deixavam de frequentar, ensina sobre design sensível a gênero?"),
        ("ordinary", "o VLibras já resolve a acessibilidade do site da prefeitura ou ainda precisa testar com pessoas com deficiência?"),
        ("scenario", "Na Loja do Cidadão da Amadora atendemos muita gente que fala crioulo cabo-verdiano e lê pouco português. Vamos lançar um formulário online para o abono de família. Como tratar o acesso linguístico: tradução automática, linguagem simples, mensagens de voz? E o que tem de ser revisto por pessoas?"),
        ("scenario", "Fazemos orçamento participativo na nossa cidade há anos, mas as oficinas atraem sempre o mesmo público: homens mais velhos, com tempo livre. Como fazer um codesign de verdade que chegue a mulheres com filhos pequenos, pessoas com deficiência e migrantes?"),
    ],
    "06-leadership": [
        ("short", "seis pilares da transformação digital"),
        ("short", "aprisionamento tecnológico plano de saída contrato"),
        ("ordinary", "Que cláusulas devo exigir no contrato quando a prefeitura compra um sistema de IA?"),
        ("ordinary", "Para que serve fazer uma avaliação de maturidade digital antes de lançar um projeto de IA?"),
        ("ordinary", "Os atendentes da central 156 estão com medo de perder o emprego por causa da IA. Como conduzo essa mudança sem perder a equipe?"),
        ("ordinary", "Que competências digitais precisam os funcionários, os dirigentes e os especialistas? São as mesmas para todos?"),
        ("scenario", "Fui nomeado diretor de transformação digital de um município português com 40 mil habitantes. O presidente da câmara quer 'pôr IA em tudo' antes das próximas autárquicas. Por onde começo: estratégia, avaliação de maturidade ou compras? E o que deve ter uma estratégia digital que caiba numa página?"),
        ("scenario", "Vamos abrir licitação para um chatbot que atenda o contribuinte do IPTU. Um fornecedor já apareceu oferecendo o produto pronto. Como descrevo o problema em vez do produto, exijo testes com dados locais e evito ficar preso a esse fornecedor depois?"),
    ],
    "07-generative-ai": [
        ("short", "alucinação em IA generativa"),
        ("short", "o que é RAG"),
        ("ordinary", "Sou enfermeira num centro de saúde: posso colar no ChatGPT o relatório clínico de um utente para fazer um resumo?"),
        ("ordinary", "Porque é que o mesmo prompt dá respostas diferentes cada vez? E é verdade que em árabe se gastam mais tokens?"),
        ("ordinary", "Quais as partes de um bom prompt pra pedir um rascunho de ofício?"),
        ("ordinary", "tem algum jeito de saber se o time tá revisando mesmo os rascunhos da IA ou só aprovando no automático?"),
        ("scenario", "Na junta de freguesia estamos a usar IA generativa para responder aos e-mails dos moradores. Já apanhei duas respostas que prometiam prazos que não existem. Que lista de verificação devo aplicar antes de enviar, e quem responde se um erro destes chegar a um morador?"),
        ("scenario", "Um vereador aqui propôs usar o chatbot para redigir projetos de lei e só contar depois da votação, como aconteceu em Porto Alegre. Quero propor regras de uso de IA generativa para a câmara: ferramentas aprovadas, classificação de tarefas por risco, transparência. O que essas regras costumam ter em comum?"),
    ],
    "08-governance-risk": [
        ("short", "Regulamento europeu de IA categorias de risco"),
        ("short", "registro público de algoritmos"),
        ("ordinary", "O que é uma ficha de transparência algorítmica e a que perguntas deve responder?"),
        ("ordinary", "Como funciona a Avaliação de Impacto Algorítmico do Canadá e o que muda entre o nível I e o nível IV?"),
        ("ordinary", "Uma auditoria algorítmica olha só para o código ou para mais coisas?"),
        ("ordinary", "A LGPD me garante pedir revisão de uma decisão automatizada? e o órgão, como deve organizar esse caminho de reclamação?"),
        ("scenario", "A polícia quer um sistema de IA que dê uma pontuação de risco aos adeptos antes da final da Taça e impeça a entrada dos que tiverem nota alta. Como é que isto se enquadra nos níveis de risco do Regulamento europeu da IA, e que governança deveríamos exigir antes de avançar?"),
        ("scenario", "O nosso instituto de emprego vai usar um modelo para definir a ordem de atendimento dos desempregados. Quero desenhar o circuito de reclamações e revisão humana: aviso, explicação, prazos, canais acessíveis e vias externas como a Provedoria de Justiça. O que não pode faltar?"),
    ],
}

# ---------------------------------------------------------------------------
# On-course, Arabic. (kind, text) per module.
# ---------------------------------------------------------------------------
ON_AR = {
    "01-ai-fundamentals": [
        ("short", "الفرق بين التصنيف والتحليلات التنبؤية"),
        ("short", "تعلم الآلة بكلمات بسيطة"),
        ("ordinary", "هل يستطيع النموذج أن يدرك أن مشكلة جديدة، مثل سيل في حيّ لم يغرق من قبل، حالة عاجلة؟"),
        ("ordinary", "ما معنى أن النماذج تتعلم الارتباطات لا الأسباب؟ أعطني مثالًا من عمل البلدية"),
        ("ordinary", "هو الشات بوت بتاع المواقع الحكومية بيفهم العامية المصرية زي الفصحى؟ ولا الأداء بيختلف؟"),
        ("ordinary", "ليش يقولون إن الذكاء الاصطناعي أداة مو زميل؟ مين يتحمل المسؤولية إذا غلط؟"),
        ("scenario", "أعمل في هيئة الزكاة والضريبة والجمارك، ونريد نموذجًا يمنح كل إقرار ضريبي درجة مخاطر بين 0 و1 لاختيار الملفات التي تخضع للتدقيق. هل تعني الدرجة المرتفعة أن المكلّف متهرب؟ وكيف نستخدم هذه الدرجات دون أن تتحول إلى حكم نهائي على الأفراد؟"),
        ("scenario", "في مركز الاتصال الموحد بوزارة الخدمات نستقبل رسائل بالدارجة المغربية مخلوطة بالفرنسية، ونظام التصنيف يعطي كثيرًا منها درجات ثقة منخفضة ويوجّه بعضها إلى الإدارة الخطأ. كيف نضبط العتبات بحيث تذهب الحالات غير المؤكدة إلى موظف، وكيف نتابع الأداء لكل لغة؟"),
    ],
    "02-human-rights": [
        ("short", "الأثر المثبط"),
        ("short", "التمييز المباشر وغير المباشر"),
        ("ordinary", "ما المقصود بأن على الدولة احترام الحقوق وحمايتها والوفاء بها؟ وكيف ينطبق ذلك عندما تشتري وزارة نظام ذكاء اصطناعي من شركة؟"),
        ("ordinary", "شو صار بقضية إعانات رعاية الأطفال بهولندا؟ وشو دخل الجنسية بالموضوع؟"),
        ("ordinary", "قبل الانتخابات البلدية تريد الهيئة المستقلة للانتخاب تشغيل مرشّح آلي يحذف التعليقات المسيئة من صفحتها. ما خطورة ذلك على حرية التعبير، خصوصًا للمحتوى المكتوب بالعربية واللهجات؟"),
        ("ordinary", "ما الذي حدث مع نظام MiDAS في ميشيغان، وما الدرس منه في حق الناس بالطعن والمراجعة البشرية؟"),
        ("scenario", "تدرس إدارة الإقامة والهجرة عندنا نظامًا يقيّم مخاطر طلبات تأشيرات العمل. لا يستخدم الجنسية مباشرة، لكنه يأخذ في الحسبان اللغة الأم ونوع الهاتف المحمول والرمز البريدي للعنوان. هل يمكن أن يكون هذا تمييزًا رغم حذف الجنسية؟ وكيف نكتشفه قبل التشغيل؟"),
        ("scenario", "نحن جمعية أهلية شريكة لوزارة التنمية الاجتماعية، والوزارة تنوي شراء نظام من شركة خاصة لفرز طلبات السكن الاجتماعي. نريد إقناعهم بإجراء تقييم للأثر على حقوق الإنسان قبل الشراء: ما الأسئلة التي يطرحها هذا التقييم، وما الذي ينبغي إدراجه في العقد؟"),
    ],
    "03-ethics": [
        ("short", "القيم الأربع في توصية اليونسكو"),
        ("short", "منهجية تقييم الجاهزية لليونسكو"),
        ("ordinary", "نشرت سدايا مبادئ لأخلاقيات الذكاء الاصطناعي؛ ما المقصود بمبدأ الحوكمة التكيفية بمشاركة أصحاب المصلحة، وما علاقته بالسيادة على البيانات؟"),
        ("ordinary", "هل يجوز أن تتخذ الآلة وحدها قرارًا لا يمكن الرجوع عنه؟ ماذا تقول توصية اليونسكو؟"),
        ("ordinary", "لو حدا بعت بلاغات وهمية كتير ليطلّع شارعه أول القائمة، هاد شو بيخص من مبادئ اليونسكو؟"),
        ("ordinary", "ما هو برنامج Elements of AI الفنلندي، ولماذا يُضرب مثلًا على مبدأ التوعية والدراية؟"),
        ("scenario", "ستستضيف مدينتنا بطولة كأس آسيا، وتقترح الشرطة نشر كاميرات للتعرف على الوجوه حول الملاعب وفي مناطق المشجعين وربطها بقواعد بيانات المطلوبين. بصفتي عضوًا في لجنة الأخلاقيات بأمانة المدينة، كيف أطبق مبدأ التناسب وعدم الإضرار، وهل يدخل هذا في المراقبة الجماعية؟"),
        ("scenario", "أجرينا في البلدية تقييمًا للأثر الأخلاقي لنظام يرتب طلبات الصيانة، واكتشفنا أن الاعتماد على زمن الاستجابة السابق يظلم الأحياء الطرفية. إذا حذفناه من المدخلات فماذا قد نخسر؟ وكيف نتابع بعد الإطلاق، ومتى نعيد التقييم؟"),
    ],
    "04-data-governance": [
        ("short", "دورة حياة البيانات"),
        ("short", "الفرق بين مالك البيانات وأمين البيانات"),
        ("ordinary", "هل القانون المغربي 09-08 يتضمن مبادئ تشبه اللائحة الأوروبية مثل تقليل البيانات وتحديد الغرض؟"),
        ("ordinary", "متى لا تصلح الموافقة أساسًا قانونيًا لمعالجة البيانات في جهة حكومية؟"),
        ("ordinary", "لو شلنا الأسماء من ملفات مراجعي المستشفى، هل تصير البيانات مجهولة الهوية؟ سمعت عن قصة حاكم ماساتشوستس"),
        ("ordinary", "شنو هي أبعاد جودة البيانات؟ يعني إمتى نقولو البيانات ناقصة ولا مكررة؟"),
        ("scenario", "طلبت جامعة من وزارة الصحة بيانات مراجعي المستشفيات الحكومية لدراسة أوقات الانتظار. ما الذي يجب أن تتضمنه اتفاقية تبادل البيانات، وهل يكفي إرسالها بترميز مستعار، وما الذي يمنع الباحثين من إعادة التعرف على المرضى؟"),
        ("scenario", "نريد أن نتعاقد مع شركة خاصة لتدريب نموذج يصنف شكاوى المواطنين الواردة إلى بوابة الشكاوى. هل نحتاج إلى تقييم أثر على حماية البيانات قبل ذلك؟ وما البنود التي تمنع الشركة من إعادة استخدام الشكاوى لتدريب منتجاتها؟"),
    ],
    "05-inclusive-design": [
        ("short", "مبادئ WCAG الأربعة"),
        ("short", "الخدمة الرقمية المساعدة"),
        ("ordinary", "جعل المغرب الأمازيغية لغة رسمية؛ كيف نضمن الإتاحة اللغوية لبوابة جماعة ترابية تعمل بالعربية والأمازيغية والفرنسية؟"),
        ("ordinary", "عم نصمم واجهة عربية من اليمين لليسار، شو لازم ننتبه له بالنماذج والأسماء؟"),
        ("ordinary", "ما المقصود بالتقاطعية، ولماذا لا تكفي قائمة تحقق تركز على موضوع واحد؟"),
        ("ordinary", "هل تكفي الترجمة الآلية لنشر مواعيد حملة التطعيم بلغات اللاجئين في المخيمات؟"),
        ("scenario", "ستطلق وزارة الصحة حجز مواعيد المستشفيات الحكومية عبر التطبيق فقط ابتداءً من العام القادم. كثير من كبار السن في القرى يملكون هواتف بسيطة، وبعضهم لا يقرأ. ما القنوات التي يجب الإبقاء عليها حتى لا يصبح التحول الرقمي إقصاءً لهؤلاء؟"),
        ("scenario", "نريد قناة تتيح للنساء الإبلاغ عن التحرش في مواقف الحافلات وعن الشوارع المظلمة دون أن يظهر اسم المبلّغة للجهات الأخرى. كيف نصمم الخدمة بما يراعي النوع الاجتماعي، وكيف نشرك النساء في الاختبار على قدم المساواة؟"),
    ],
    "06-leadership": [
        ("short", "مؤشر تنمية الحكومة الإلكترونية"),
        ("short", "إدارة التغيير خطوات كوتر"),
        ("ordinary", "ليش الإمارات عيّنت وزير دولة للذكاء الاصطناعي؟ وشو الدرس للقيادات عندنا؟"),
        ("ordinary", "ما العناصر التي يجب أن تتضمنها الاستراتيجية الرقمية لجهة حكومية؟"),
        ("ordinary", "يقولون إن رقمنة إجراء سيئ تجعله سيئًا بسرعة أكبر؛ أين يقع هذا ضمن الركائز الست؟"),
        ("ordinary", "كيف نحتفظ بالموظفين الذين دربناهم على المهارات الرقمية حتى لا يغادروا إلى القطاع الخاص؟"),
        ("scenario", "أنا مدير خدمة المشتركين في شركة الكهرباء الحكومية، وطلب منا الوزير إطلاق مساعد ذكي خلال ستة أشهر. لم نجرِ أي تقييم للنضج الرقمي، وبياناتنا موزعة في جداول إكسل. هل نبدأ بالمشروع مباشرة؟ وكيف يساعدنا تقييم النضج؟"),
        ("scenario", "تستعد المحافظة لطرح مناقصة لشراء منصة ذكاء اصطناعي لفرز طلبات رخص البناء. ما البنود التي يجب أن يتضمنها العقد، وكيف نختبر العروض ببياناتنا المحلية، وهل من الأفضل البدء بتجربة محدودة؟"),
    ],
    "07-generative-ai": [
        ("short", "نافذة السياق"),
        ("short", "حجب البيانات قبل كتابة الموجه"),
        ("ordinary", "ليه الموديل بيقسّم الكلام العربي لتوكنز أكتر من الإنجليزي؟ وده بيأثر على التكلفة؟"),
        ("ordinary", "ما الفرق بين التدريب المسبق والضبط الدقيق؟ وما معنى تاريخ القطع؟"),
        ("ordinary", "أصدرت سدايا إرشادات الذكاء الاصطناعي التوليدي للجهات الحكومية؛ ما القواعد المشتركة التي يمكن لأي إدارة أن تتبناها؟"),
        ("ordinary", "chno hiya l hallucination f l'IA générative w kifach n9ellouha?"),
        ("scenario", "أعمل في إدارة الموارد البشرية بوزارة، ويريد زملائي لصق تقارير تقييم الأداء والتقارير الطبية للموظفين في روبوت محادثة مجاني لكتابة ملخصات. هل يجوز ذلك أصلًا؟ وما الذي يجب حذفه أو استبداله قبل كتابة أي موجه؟"),
        ("scenario", "نريد إطلاق مساعد يجيب عن أسئلة الحجاج والمعتمرين حول إجراءات التأشيرة والتصاريح بالاعتماد على الأدلة الرسمية فقط. كيف يساعد التوليد المعزز بالاسترجاع في ذلك، وماذا يحدث إذا تغيّرت الرسوم ولم نحدّث مجموعة الوثائق؟"),
    ],
    "08-governance-risk": [
        ("short", "مستويات الأثر الأربعة"),
        ("short", "التدقيق الخوارزمي"),
        ("ordinary", "ما الفرق بين تقييم الأثر والتدقيق؟"),
        ("ordinary", "هل يحظر قانون الذكاء الاصطناعي الأوروبي التصنيف الاجتماعي؟ وما المطلوب من روبوتات المحادثة؟"),
        ("ordinary", "أطلقت الإمارات استراتيجية وطنية للذكاء الاصطناعي عام 2017؛ هل وجود استراتيجية يكفي كضوابط على الأنظمة؟"),
        ("ordinary", "شو لازم يكون مكتوب بسجل الشفافية الخوارزمية حتى يفهمه المواطن العادي؟"),
        ("scenario", "تريد الهيئة العليا للانتخابات نظامًا آليًا يراجع قوائم الناخبين ويقترح شطب الأسماء المكررة أو المتوفين قبل الاقتراع. إذا طبّقنا منطق تقييم الأثر الخوارزمي بمستوياته الأربعة، فأين نضع هذا النظام، وما الضمانات المطلوبة كلما ارتفع المستوى؟"),
        ("scenario", "يعتزم ديوان المحاسبة تدقيق نظام الذكاء الاصطناعي الذي تستخدمه البلدية لتوزيع فرق الصيانة. ما الزوايا الثلاث التي يغطيها التدقيق عادةً، وما الذي يجب على البلدية فعله بعد صدور التقرير حتى يكون للتدقيق فائدة؟"),
    ],
}

OFF = {"pt": OFF_PT, "ar": OFF_AR}
ON = {"pt": ON_PT, "ar": ON_AR}

# Words that make a near-miss look on-topic (AI, data, digital, algorithm,
# government). Each item 010-013 must contain at least one.
NEAR_MISS_WORDS = {
    "pt": [
        r"\bIA\b", r"intelig[eê]ncia artificial", r"\bdados\b", r"digita(?:l|is)",
        r"algoritmo", r"governo", r"prefeitura", r"c[aâ]mara", r"ChatGPT", r"\bapp\b",
        r"aplicativo", r"rob[oô]", r"rede neural", r"machine learning", r"modelo",
        r"estat[ií]stic", r"Presidente da Rep[uú]blica", r"ministro", r"deputado",
        r"gov\.br", r"INMET", r"Prote[cç][aã]o Civil", r"\bSNS\b", r"censo",
    ],
    "ar": [
        r"ذكاء اصطناعي", r"الذكاء الاصطناعي", r"بيانات", r"رقمي", r"إلكتروني",
        r"خوارزمية", r"حكوم", r"بلدية", r"وزارة", r"منصة", r"تطبيق", r"ChatGPT",
        r"نموذج لغوي", r"البوابة", r"التحول الرقمي",
    ],
}

COPY_NGRAM = 7  # an on-course prompt must not share this many words in a row with its module


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", norm(text))


def module_ngrams(lang: str, module: str, n: int) -> set[tuple[str, ...]]:
    body = (MODULES_DIR / lang / f"{module}.md").read_text(encoding="utf-8")
    w = words(body)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def build() -> tuple[list[dict], list[dict]]:
    off_rows, on_rows = [], []
    for lang in LANGS:
        for cat in CATEGORIES:
            for i, text in enumerate(OFF[lang][cat], 1):
                off_rows.append({"id": f"off-{lang}-{cat}-{i:03d}", "lang": lang,
                                 "category": cat, "text": text})
        n = 0
        for module, items in ON[lang].items():
            for _kind, text in items:
                n += 1
                on_rows.append({"id": f"on-{lang}-{n:03d}", "lang": lang,
                                "text": text, "module": module})
    return off_rows, on_rows


def check(off_rows: list[dict], on_rows: list[dict]) -> list[str]:
    errors: list[str] = []

    # languages / categories / counts
    for lang in LANGS:
        if set(OFF[lang]) != set(CATEGORIES):
            errors.append(f"{lang}: categories differ: {sorted(set(OFF[lang]) ^ set(CATEGORIES))}")
        for cat in CATEGORIES:
            got = len(OFF[lang].get(cat, []))
            if got != PER_CATEGORY:
                errors.append(f"{lang}/{cat}: {got} off-course prompts, expected {PER_CATEGORY}")

        # module ids exist; 8 per module split 2/4/2
        available = {p.stem for p in (MODULES_DIR / lang).glob("*.md")}
        if set(ON[lang]) != available:
            errors.append(f"{lang}: on-course modules {sorted(ON[lang])} != corpus {sorted(available)}")
        for module, items in ON[lang].items():
            if module not in available:
                errors.append(f"{lang}: module {module!r} not in corpus/modules/{lang}/")
            kinds = {k: sum(1 for kk, _ in items if kk == k) for k in ON_KINDS}
            if kinds != ON_KINDS or len(items) != sum(ON_KINDS.values()):
                errors.append(f"{lang}/{module}: kinds {kinds}, expected {ON_KINDS}")

        # near-misses use on-topic-looking words
        pats = [re.compile(p, re.IGNORECASE) for p in NEAR_MISS_WORDS[lang]]
        for cat in CATEGORIES:
            for i, text in enumerate(OFF[lang].get(cat, []), 1):
                if i >= NEAR_MISS_FROM and not any(p.search(text) for p in pats):
                    errors.append(f"off-{lang}-{cat}-{i:03d}: near-miss without AI/data/digital/government word")

    # fields, ids, languages
    seen_ids: set[str] = set()
    for row in off_rows + on_rows:
        need = ("id", "lang", "category", "text") if row["id"].startswith("off-") else ("id", "lang", "text", "module")
        if tuple(row) != need:
            errors.append(f"{row['id']}: fields {tuple(row)} != {need}")
        if row["lang"] not in LANGS:
            errors.append(f"{row['id']}: bad lang {row['lang']!r}")
        if row["id"] in seen_ids:
            errors.append(f"duplicate id {row['id']}")
        seen_ids.add(row["id"])
        if not row["text"].strip() or row["text"] != row["text"].strip():
            errors.append(f"{row['id']}: empty text or stray whitespace")

    # no duplicate text within a language (off-course and on-course together)
    for lang in LANGS:
        seen: dict[str, str] = {}
        for row in off_rows + on_rows:
            if row["lang"] != lang:
                continue
            key = norm(row["text"])
            if key in seen:
                errors.append(f"{lang}: duplicate text in {seen[key]} and {row['id']}")
            seen[key] = row["id"]

    # on-course prompts paraphrase, not copy, the module
    cache: dict[tuple[str, str], set] = {}
    for row in on_rows:
        k = (row["lang"], row["module"])
        if not (MODULES_DIR / k[0] / f"{k[1]}.md").exists():
            continue
        if k not in cache:
            cache[k] = module_ngrams(k[0], k[1], COPY_NGRAM)
        w = words(row["text"])
        hits = [" ".join(w[i:i + COPY_NGRAM]) for i in range(len(w) - COPY_NGRAM + 1)
                if tuple(w[i:i + COPY_NGRAM]) in cache[k]]
        if hits:
            errors.append(f"{row['id']}: copies {COPY_NGRAM} words from {row['module']}: {hits[0]!r}")
    return errors


def table(off_rows: list[dict], on_rows: list[dict]) -> str:
    out = []
    out.append("**offcourse_pt_ar.jsonl**\n")
    out.append("| category | pt | ar | total | of which near-miss (010-013) pt/ar |")
    out.append("|---|---|---|---|---|")
    for cat in CATEGORIES:
        c = {lang: sum(1 for r in off_rows if r["lang"] == lang and r["category"] == cat) for lang in LANGS}
        nm = {lang: sum(1 for r in off_rows if r["lang"] == lang and r["category"] == cat
                        and int(r["id"][-3:]) >= NEAR_MISS_FROM) for lang in LANGS}
        out.append(f"| {cat} | {c['pt']} | {c['ar']} | {c['pt'] + c['ar']} | {nm['pt']}/{nm['ar']} |")
    t = {lang: sum(1 for r in off_rows if r["lang"] == lang) for lang in LANGS}
    out.append(f"| **total** | {t['pt']} | {t['ar']} | {t['pt'] + t['ar']} | |")

    out.append("\n**oncourse_pt_ar.jsonl**\n")
    out.append("| module | pt | ar | total |")
    out.append("|---|---|---|---|")
    modules = sorted({r["module"] for r in on_rows})
    for m in modules:
        c = {lang: sum(1 for r in on_rows if r["lang"] == lang and r["module"] == m) for lang in LANGS}
        out.append(f"| {m} | {c['pt']} | {c['ar']} | {c['pt'] + c['ar']} |")
    t = {lang: sum(1 for r in on_rows if r["lang"] == lang) for lang in LANGS}
    out.append(f"| **total** | {t['pt']} | {t['ar']} | {t['pt'] + t['ar']} |")

    out.append("\n**on-course kinds per language** (short / ordinary / scenario)\n")
    for lang in LANGS:
        k = {kind: sum(1 for items in ON[lang].values() for kk, _ in items if kk == kind) for kind in ON_KINDS}
        out.append(f"- {lang}: {k['short']} / {k['ordinary']} / {k['scenario']}")

    out.append("\n**length in characters** (min / median / max)\n")
    for name, rows in (("offcourse", off_rows), ("oncourse", on_rows)):
        for lang in LANGS:
            lens = sorted(len(r["text"]) for r in rows if r["lang"] == lang)
            wc = sorted(len(r["text"].split()) for r in rows if r["lang"] == lang)
            out.append(f"- {name} {lang}: {lens[0]} / {lens[len(lens) // 2]} / {lens[-1]} chars; "
                       f"{wc[0]}-{wc[-1]} words")
    return "\n".join(out)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=SET_DIR, help="output folder (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="check and print the table, write nothing")
    args = ap.parse_args()

    off_rows, on_rows = build()
    errors = check(off_rows, on_rows)
    print(table(off_rows, on_rows))
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  - " + e, file=sys.stderr)
        return 1
    print("\nall checks passed")
    if not args.check:
        args.out.mkdir(parents=True, exist_ok=True)
        write_jsonl(args.out / "offcourse_pt_ar.jsonl", off_rows)
        write_jsonl(args.out / "oncourse_pt_ar.jsonl", on_rows)
        print(f"wrote {len(off_rows)} rows to {args.out / 'offcourse_pt_ar.jsonl'}")
        print(f"wrote {len(on_rows)} rows to {args.out / 'oncourse_pt_ar.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
