"""Build ``evals/golden/dev/offcourse.jsonl``: questions the course does not answer (#14).

Dev data for the coverage decision, written by the trust work; not the
independent set. Mostly *near* the course's world (public administration,
office work, law) so that "sounds official" is not mistaken for "covered",
plus everyday topics. One group per question in five languages (``group``
keeps translations in one cross-validation fold). Run it to regenerate.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "evals" / "golden" / "dev" / "offcourse.jsonl"
LANGS = ("en", "fr", "es", "pt", "ar")

GROUPS: list[tuple[str, tuple[str, str, str, str, str]]] = [
    ("admin", ("How do I renew my passport?", "Comment renouveler mon passeport ?", "¿Cómo renuevo mi pasaporte?", "Como renovo o meu passaporte?", "كيف أجدد جواز سفري؟")),
    ("admin", ("How many days of annual leave does a civil servant get?", "Combien de jours de congés annuels a un fonctionnaire ?", "¿Cuántos días de vacaciones tiene un funcionario?", "Quantos dias de férias tem um funcionário público?", "كم يوما من الإجازة السنوية يحق للموظف الحكومي؟")),
    ("it", ("How do I reset my password on the ministry intranet?", "Comment réinitialiser mon mot de passe sur l'intranet du ministère ?", "¿Cómo restablezco mi contraseña en la intranet del ministerio?", "Como reponho a minha palavra-passe na intranet do ministério?", "كيف أعيد تعيين كلمة المرور في الشبكة الداخلية للوزارة؟")),
    ("admin", ("What time does the town hall open on Saturdays?", "À quelle heure ouvre la mairie le samedi ?", "¿A qué hora abre el ayuntamiento los sábados?", "A que horas abre a câmara municipal ao sábado?", "متى تفتح البلدية أبوابها يوم السبت؟")),
    ("career", ("How do I write a cover letter for an internal promotion?", "Comment rédiger une lettre de motivation pour une promotion interne ?", "¿Cómo escribo una carta de presentación para un ascenso interno?", "Como escrevo uma carta de motivação para uma promoção interna?", "كيف أكتب رسالة تحفيز لترقية داخلية؟")),
    ("it", ("Which Excel formula adds up a column only where another column says yes?", "Quelle formule Excel additionne une colonne seulement quand une autre colonne dit oui ?", "¿Qué fórmula de Excel suma una columna solo cuando otra columna dice sí?", "Que fórmula do Excel soma uma coluna só quando outra coluna diz sim?", "ما صيغة إكسل التي تجمع عمودا فقط عندما يكون في عمود آخر نعم؟")),
    ("general", ("What is the capital of Australia?", "Quelle est la capitale de l'Australie ?", "¿Cuál es la capital de Australia?", "Qual é a capital da Austrália?", "ما عاصمة أستراليا؟")),
    ("home", ("How do I fix a leaking kitchen tap?", "Comment réparer un robinet de cuisine qui fuit ?", "¿Cómo arreglo un grifo de cocina que gotea?", "Como arranjo uma torneira da cozinha a pingar?", "كيف أصلح صنبور مطبخ يسرب الماء؟")),
    ("leisure", ("Can you recommend a good novel for my holidays?", "Peux-tu me conseiller un bon roman pour mes vacances ?", "¿Me recomiendas una buena novela para las vacaciones?", "Podes recomendar-me um bom romance para as férias?", "هل يمكنك أن تقترح علي رواية جيدة للعطلة؟")),
    ("admin", ("How do I apply for a building permit to extend my garage?", "Comment demander un permis de construire pour agrandir mon garage ?", "¿Cómo pido una licencia de obras para ampliar mi garaje?", "Como peço uma licença de construção para aumentar a minha garagem?", "كيف أطلب رخصة بناء لتوسيع مرآبي؟")),
    ("weather", ("What's the weather forecast for tomorrow in Lisbon?", "Quelle est la météo prévue demain à Lisbonne ?", "¿Qué tiempo hará mañana en Lisboa?", "Qual é a previsão do tempo para amanhã em Lisboa?", "ما توقعات الطقس غدا في لشبونة؟")),
    ("cooking", ("How do I cook rice so that it doesn't stick?", "Comment cuire le riz pour qu'il ne colle pas ?", "¿Cómo cocino el arroz para que no se pegue?", "Como cozinho o arroz para não pegar?", "كيف أطبخ الأرز حتى لا يلتصق؟")),
    ("politics", ("Who is the current president of Brazil?", "Qui est l'actuel président du Brésil ?", "¿Quién es el presidente actual de Brasil?", "Quem é o atual presidente do Brasil?", "من هو رئيس البرازيل الحالي؟")),
    ("admin", ("How do I register a new small business?", "Comment immatriculer une nouvelle petite entreprise ?", "¿Cómo registro una nueva pequeña empresa?", "Como registo uma nova pequena empresa?", "كيف أسجل شركة صغيرة جديدة؟")),
    ("health", ("Which vaccines do I need to travel to Kenya?", "Quels vaccins me faut-il pour voyager au Kenya ?", "¿Qué vacunas necesito para viajar a Kenia?", "Que vacinas preciso para viajar para o Quénia?", "ما اللقاحات التي أحتاجها للسفر إلى كينيا؟")),
    ("finance", ("How do I calculate my pension contributions?", "Comment calculer mes cotisations de retraite ?", "¿Cómo calculo mis cotizaciones para la pensión?", "Como calculo os meus descontos para a reforma?", "كيف أحسب اشتراكاتي في التقاعد؟")),
    ("shopping", ("What is the best smartphone under 300 euros?", "Quel est le meilleur smartphone à moins de 300 euros ?", "¿Cuál es el mejor móvil por menos de 300 euros?", "Qual é o melhor telemóvel por menos de 300 euros?", "ما أفضل هاتف ذكي بأقل من 300 يورو؟")),
    ("it", ("How do I set up an out-of-office reply in Outlook?", "Comment configurer une réponse d'absence dans Outlook ?", "¿Cómo configuro una respuesta de fuera de la oficina en Outlook?", "Como configuro uma resposta de ausência no Outlook?", "كيف أضبط رد الغياب عن المكتب في أوتلوك؟")),
    ("sport", ("How should I train for my first marathon?", "Comment m'entraîner pour mon premier marathon ?", "¿Cómo entreno para mi primer maratón?", "Como devo treinar para a minha primeira maratona?", "كيف أتدرب لأول ماراثون لي؟")),
    ("history", ("Why did the Roman Empire fall?", "Pourquoi l'Empire romain est-il tombé ?", "¿Por qué cayó el Imperio romano?", "Porque caiu o Império Romano?", "لماذا سقطت الإمبراطورية الرومانية؟")),
    ("admin", ("How do I get a residential parking permit for my street?", "Comment obtenir une carte de stationnement résidentiel pour ma rue ?", "¿Cómo consigo un permiso de aparcamiento para residentes en mi calle?", "Como obtenho um dístico de estacionamento de residente para a minha rua?", "كيف أحصل على تصريح وقوف للسكان في شارعي؟")),
    ("law", ("What is the procedure to contest a speeding ticket?", "Quelle est la procédure pour contester un excès de vitesse ?", "¿Cuál es el procedimiento para recurrir una multa por exceso de velocidad?", "Qual é o procedimento para contestar uma multa por excesso de velocidade?", "ما إجراءات الطعن في مخالفة تجاوز السرعة؟")),
    ("management", ("How do I run a good performance review with a difficult employee?", "Comment mener un bon entretien annuel avec un employé difficile ?", "¿Cómo hago una buena evaluación de desempeño con un empleado difícil?", "Como conduzo uma boa avaliação de desempenho com um funcionário difícil?", "كيف أجري تقييما جيدا للأداء مع موظف صعب؟")),
    ("it", ("How do I install Python on Windows?", "Comment installer Python sur Windows ?", "¿Cómo instalo Python en Windows?", "Como instalo o Python no Windows?", "كيف أثبت بايثون على ويندوز؟")),
    ("finance", ("What is the VAT rate on restaurant meals in Spain?", "Quel est le taux de TVA sur les repas au restaurant en Espagne ?", "¿Cuál es el IVA de las comidas en restaurantes en España?", "Qual é a taxa de IVA das refeições em restaurantes em Espanha?", "ما نسبة ضريبة القيمة المضافة على وجبات المطاعم في إسبانيا؟")),
    ("general", ("Summarise the plot of Romeo and Juliet.", "Résume l'intrigue de Roméo et Juliette.", "Resume el argumento de Romeo y Julieta.", "Resume o enredo de Romeu e Julieta.", "لخص قصة روميو وجولييت.")),
    ("admin", ("How do I organise the archive of paper files in my office?", "Comment organiser les archives papier de mon bureau ?", "¿Cómo organizo el archivo de expedientes en papel de mi oficina?", "Como organizo o arquivo de processos em papel do meu escritório?", "كيف أنظم أرشيف الملفات الورقية في مكتبي؟")),
    ("science", ("How far is the Moon from the Earth?", "À quelle distance la Lune est-elle de la Terre ?", "¿A qué distancia está la Luna de la Tierra?", "A que distância fica a Lua da Terra?", "كم تبعد القمر عن الأرض؟")),
]


def build() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for n, (category, texts) in enumerate(GROUPS, start=1):
            for lang, text in zip(LANGS, texts, strict=True):
                row = {"id": f"dev-off-{n:02d}-{lang}", "question": text, "lang": lang, "category": category}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
