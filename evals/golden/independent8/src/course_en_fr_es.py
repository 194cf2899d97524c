"""Hand-written held-out evaluation prompts (en, fr, es) for the course assistant.

Evaluation only: never use these prompts to write or tune rules, keyword lists,
thresholds, prompts or classifiers, and do not copy them into other sets or tests.

Provenance
----------
Every prompt below was written by hand by one author. The only project material
read while writing was ``evals/golden/independent/README.md`` (format notes) and
the course modules ``corpus/modules/{en,fr,es}/*.md``; the assistant's code,
prompts, tests, thresholds and the other golden sets were not opened. The three
languages are separate sets of questions, not translations of one another.

Outputs (written next to ``src/``)
----------------------------------
``offcourse_en_fr_es.jsonl``
    ``{"id": "off-<lang>-<category>-NNN", "lang", "category", "text"}``.
    Ten prompts per category per language. Items 008-010 of each category are
    near-misses: they use words such as AI, data, digital, algorithm, government,
    public service or privacy but ask for something the course does not teach.
``oncourse_en_fr_es.jsonl``
    ``{"id": "on-<lang>-NNN", "lang", "text", "module"}``. Ten questions per
    module per language, in order: two keyword-style queries, five ordinary
    questions (casual wording, typos, missing accents, short follow-ups) and
    three workplace scenarios. Several deliberately reuse off-course vocabulary
    (health services, elections, sport, religion, buying software).

Source format
-------------
Off-course blocks: ``# category`` headings, one prompt per line. On-course
blocks: ``NN | text`` where ``NN`` is the module number. An indented line
continues the previous prompt (joined with one space).

Usage::

    /work/main/.venv/bin/python evals/golden/independent8/src/course_en_fr_es.py

The script prints count tables and exits with status 1 if a count is wrong, an
id is duplicated, a text repeats, a module id is unknown or a near-miss lacks
the expected vocabulary.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent
OFF_FILE = OUT_DIR / "offcourse_en_fr_es.jsonl"
ON_FILE = OUT_DIR / "oncourse_en_fr_es.jsonl"

LANGS: tuple[str, ...] = ("en", "fr", "es")
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
MODULES: dict[str, str] = {
    "01": "01-ai-fundamentals",
    "02": "02-human-rights",
    "03": "03-ethics",
    "04": "04-data-governance",
    "05": "05-inclusive-design",
    "06": "06-leadership",
    "07": "07-generative-ai",
    "08": "08-governance-risk",
}
PER_CATEGORY = 10
PER_MODULE = 10
NEAR_MISS_FROM = 8  # items 008-010 of each off-course category

# Vocabulary that every near-miss must contain at least once (case-insensitive;
# the look-behind keeps French "j'ai" from counting as "AI").
NEAR_MISS_WORDS = re.compile(
    r"(?<![jJ]['’])\b(ai|ia|data|donn[ée]es|datos|digital|num[ée]rique|algorit\w*|algorithm\w*"
    r"|government|gouvernement|gobierno|public\w*|publique|p[úu]blic\w*|privacy"
    r"|vie priv[ée]e|privacidad|intelligence artificielle|inteligencia artificial"
    r"|machine learning|aprendizaje autom[áa]tico|chatgpt)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# Off-course prompts
# ---------------------------------------------------------------------------

OFF_EN = """
# cooking
How long should I roast a 2 kg chicken at 200°C?
give me a quick vegan lasagne recipe for 6 ppl
What can I use instead of buttermilk in pancakes?
My sourdough starter smells like nail polish remover. Is it dead?
Best way to stop guacamole going brown overnight?
Could you plan a week of cheap packed lunches I can take to the office?
how do i get crispy skin on salmon without it sticking to the pan
Which AI recipe app should I download to plan my family's meals?
I run the canteen at a government ministry — what should be on next week's menu for 300 civil
    servants?
What's the most data-driven way to bake the perfect chocolate chip cookie?

# sports
Who won the Champions League final in 2019?
what's a good 10k training plan for a total beginner
Explain the offside rule like I'm five.
Is Lewis Hamilton racing for Ferrari this season?
How many players are on a rugby union team?
Any tips to fix my tennis backhand?
who's the all time top scorer in the NBA
Which AI model gives the best predictions for this weekend's Premier League scores?
Can you analyse my Strava data and tell me if I'm overtraining for my marathon?
Our public service fantasy football league needs a name and some rules — ideas?

# celebrity
Is Taylor Swift still with Travis Kelce?
How old is Keanu Reeves?
what actually happened in the Johnny Depp and Amber Heard trial
Which royals went to King Charles's coronation?
Tell me the latest Kardashian gossip.
Who is Beyoncé married to?
What's Tom Hanks's net worth these days?
What did Elon Musk tweet about AI this week?
Which Hollywood stars have signed deals to license their voices to AI companies?
Who's the most famous data scientist on Instagram and how much does she earn?

# medical
I've had a migraine for three days. What should I take?
is it safe to take ibuprofen and paracetamol together
What are the early signs of type 2 diabetes?
My toddler has a fever of 39.5, should I go to A&E?
How do I treat a sprained ankle at home?
what dose of melatonin is ok for jet lag
Can you explain my blood test? Ferritin came back at 8.
My smart watch keeps flagging irregular heart rhythm data — do I have atrial fibrillation?
Can your AI look at this photo of a mole and tell me whether it's cancer?
My public health insurer's app algorithm says I'm pre-diabetic. What diet should I follow?

# legal_private
My landlord won't give back my deposit. Can I take him to court?
How do I write my own will without paying a solicitor?
what happens if you get caught doing 30 over in a school zone
My neighbour's tree hangs over my fence. Am I allowed to cut the branches?
Can my boss fire me for something I posted on Facebook?
How do I get divorced if my spouse refuses to sign?
is it legal to sublet my flat on airbnb without telling the landlord
A company leaked my data in a breach — how much compensation can I personally claim in small-claims
    court?
I want to trademark the name of my AI startup. How do I file?
Write the terms and conditions for my dog-walking app, including the privacy section.

# stocks
Should I buy Tesla shares now or wait for a dip?
what's the difference between an ETF and an index fund
Is gold a good hedge against inflation this year?
How do I open a Roth IRA?
Explain short selling in simple terms.
is bitcoin going to hit 100k again
What's a safe dividend stock for someone about to retire?
Which AI stock will rise most next quarter, Nvidia or AMD?
Can you build me an algorithm that trades crypto for me automatically?
Are government bonds safer than data centre REITs right now?

# physics_homework
A ball is thrown straight up at 20 m/s. How high does it go?
explain newtons third law with an example pls
Two 6-ohm resistors are in parallel. What's the total resistance?
What is the wavelength of a photon with an energy of 3 eV?
Why is the sky blue?
hw help: a car goes from 0 to 27 m/s in 9 s, find the acceleration
Derive the period of a simple pendulum for small angles.
My teacher says AI neural networks are like springs, so: what's k if 2 N stretches a spring by 4
    cm?
How many joules does it take to train an AI model on 1,000 GPUs drawing 700 W each for 30 days?
    Show the working.
For my data science homework: what's the momentum of a 1,500 kg car moving at 25 m/s?

# travel
What's the cheapest way to get from Paris to Barcelona?
Do I need a visa to visit Japan on a UK passport?
best family beaches in Portugal?
Plan me a five-day itinerary for Rome.
Is it safe to travel to Mexico City right now?
How much should I tip in New York restaurants?
what should i pack for iceland in november
Which airline uses AI to find the cheapest fares, and can you book me a flight to Lisbon?
Does Estonia's digital nomad visa let me work remotely from Tallinn for a year?
I'm off to a government conference in Singapore — which hotels near Marina Bay fit a public service
    per diem?

# game_coding
How do I make a character jump in Unity?
write a snake game in python
My Godot sprite won't collide with the tilemap. Why?
What's the best engine for a 2D platformer?
How do I save player progress in a Roblox game?
give me javascript code for tic tac toe
How do I add a double jump with Unreal Blueprints?
Code a chess engine AI with minimax and alpha-beta pruning.
How do I train a reinforcement-learning AI to beat Flappy Bird?
I'm making a city-builder where the player runs the government — how do I code the tax algorithm?

# weather
Will it rain in London tomorrow?
whats the forecast for the weekend in manchester
Is a hurricane heading for Florida this week?
How hot does Madrid get in August?
Do I need an umbrella today?
When's the next heatwave due?
what's the UV index right now
What does Google's AI weather model predict for Toronto next week?
Can you pull the Met Office data and tell me if it'll snow on Christmas Day?
Will it be sunny for our public service open day in Cardiff on Saturday?

# relationships
How do I tell my partner I need more space without hurting them?
My best friend forgot my birthday. Am I right to be upset?
ideas for a first date that isn't just dinner
How do I get over a breakup that I didn't see coming?
My mother-in-law criticises my parenting constantly. What do I say to her?
Is it normal to argue with my boyfriend every single week?
how do i ask a coworker out without making it weird
Which dating app algorithm is best for finding something serious?
My husband spends every evening reading AI news on his phone and ignores me. How do I fix our
    marriage?
My partner wants us to share our phone locations all the time. Is that healthy for a couple, or a
    privacy red flag?

# roleplay_chat
Pretend to be my girlfriend and tell me you missed me today.
Talk like a pirate for the rest of this chat!
hey how was your day? tell me about it
Let's play a game: you're a wizard and I'm your apprentice.
Can you just be my best friend and chat about random stuff?
Be Sherlock Holmes and deduce what I had for breakfast.
what's your favourite film? let's just chat for a bit
Pretend you're a sentient AI that has fallen in love with me.
Roleplay as a grumpy government clerk rejecting my passport form — it'll be funny.
Let's chat like two data scientists gossiping at the pub about their bosses.

# political_campaign
Write a stump speech for my city council campaign.
Which party should I vote for at the next general election?
Draft a fundraising email for our candidate.
Give me slogans attacking my opponent's record on housing.
how do i canvass door to door without getting doors slammed in my face
Who's going to win the next US presidential election?
Write a TikTok script to get young people to vote Green.
Write my campaign speech about bringing digital government and AI to our town.
Use voter data to build a microtargeting plan for my campaign's Facebook ads.
Draft a punchy manifesto pledge to cut public service jobs by using AI.

# religion
What does the Bible say about forgiveness?
Explain the difference between Sunni and Shia Islam.
When does Ramadan start this year?
Is it a sin to work on the Sabbath?
What does karma mean in Hinduism?
Can you suggest a prayer for someone who is grieving?
do catholics have to go to confession before communion
According to Christian theology, can an AI have a soul?
Write an AI-generated sermon for Sunday on the prodigal son.
Which prayer-times app uses the most accurate data for Fajr in Toronto?
"""

OFF_FR = """
# cooking
Comment réussir une blanquette de veau comme ma grand-mère ?
Combien de temps faut-il cuire des œufs mollets ?
recette de crepes sans lait svp
Par quoi remplacer la crème fraîche dans une quiche lorraine ?
Ma mayonnaise a tranché, comment la rattraper ?
Des idées de menu de Noël pour 12 personnes avec un petit budget ?
c est quoi la difference entre un poulet yassa et un mafé
Mon Thermomix a une IA intégrée : quelle recette de gâteau au chocolat je lance ?
Pour le pot de départ d'une collègue de la fonction publique à la préfecture, quels petits fours
    prévoir pour 40 personnes ?
D'après les données, quel est le fromage préféré des Français ? Donne-moi une recette avec.

# sports
Qui a gagné le Tour de France 2023 ?
Explique-moi la règle du hors-jeu au rugby.
programme pour courir un semi-marathon en 12 semaines
Le PSG joue contre qui ce week-end ?
Combien de Roland-Garros Rafael Nadal a-t-il remportés ?
Quels exercices pour renforcer mes genoux avant les vacances au ski ?
c'est quand la prochaine coupe d'afrique des nations
Quel club de Ligue 1 utilise le plus la data pour recruter, et qui va-t-il acheter cet été ?
Mon appli de course avec IA me dit de courir 60 km par semaine, c'est trop pour un débutant ?
Notre ministère organise un tournoi de foot entre services publics : tu peux faire les poules et le
    calendrier ?

# celebrity
Avec qui Marion Cotillard est-elle en couple en ce moment ?
À quel âge Johnny Hallyday est-il mort ?
des potins sur Aya Nakamura stp
Omar Sy vit-il toujours à Los Angeles ?
Combien gagne Kylian Mbappé par an au Real ?
Céline Dion a-t-elle annulé sa tournée ?
Raconte-moi le divorce de Brad Pitt et Angelina Jolie.
Quelle célébrité française a fait cloner sa voix par une IA pour une pub ?
Quel youtubeur tech parle le mieux d'intelligence artificielle, et combien gagne-t-il ?
Sam Altman, le patron de ChatGPT, s'est-il marié ? Raconte-moi la cérémonie.

# medical
J'ai mal à la gorge depuis cinq jours, dois-je prendre des antibiotiques ?
quelle dose de doliprane pour un enfant de 15 kg
Quels sont les symptômes d'une appendicite ?
Est-ce que le zona est contagieux pour un bébé ?
J'ai des palpitations le soir au coucher, c'est grave ?
Comment soigner une entorse de la cheville sans aller aux urgences ?
mon cholesterol est a 2,6 g/l c'est inquietant ?
Mon appli santé dit que mes données de sommeil sont anormales : est-ce que j'ai une apnée du
    sommeil ?
Toi qui es une IA, lis l'électrocardiogramme que je t'envoie et donne-moi un diagnostic.
Mon espace santé numérique affiche une TSH à 6 : suis-je en hypothyroïdie ?

# legal_private
Mon propriétaire refuse de me rendre mon dépôt de garantie, que faire ?
Comment contester une amende de stationnement à Paris ?
est ce que je peux licencier ma nounou pendant son congé maternité
Quels sont mes droits si mon voisin fait la fête toutes les nuits ?
Comment rédiger une reconnaissance de dette entre amis ?
Mon ex ne verse plus la pension alimentaire, quels recours ?
Faut-il passer chez le notaire pour vendre une voiture d'occasion ?
J'ai créé une start-up d'IA : comment déposer la marque à l'INPI ?
Rédige les conditions générales de vente de ma boutique en ligne, avec la partie données
    personnelles.
Mon employeur (une PME) a installé un logiciel qui surveille mon écran : puis-je l'attaquer aux
    prud'hommes pour atteinte à ma vie privée ?

# stocks
Faut-il acheter des actions LVMH en ce moment ?
Livret A ou assurance-vie, qu'est-ce qui rapporte le plus cette année ?
c quoi un PEA et comment on en ouvre un
Le CAC 40 va-t-il baisser cette semaine ?
Est-ce le bon moment pour acheter de l'Ethereum ?
Explique-moi ce qu'est une obligation convertible.
Quelles actions à dividendes pour un petit portefeuille de débutant ?
Un robot-conseiller à base d'IA me propose 80 % d'actions tech : je suis son conseil ?
Mistral AI va-t-elle entrer en Bourse, et à quel prix faut-il acheter ?
Les obligations d'État françaises rapportent-elles plus que les valeurs du numérique cette année ?

# physics_homework
Calcule l'énergie cinétique d'une voiture de 1 200 kg qui roule à 90 km/h.
exo de physique : un objet tombe de 45 m, au bout de combien de temps touche-t-il le sol ?
Pourquoi un bateau en acier flotte-t-il alors que l'acier coule ?
Explique-moi la loi d'Ohm avec un exemple simple.
Quelle est la différence entre la masse et le poids ?
Aide pour mon DM : angle de réfraction dans l'eau pour un rayon incident à 30°, n = 1,33.
comment marche la fission nucleaire en gros
Une IA peut m'aider en physique ? Alors résous : ressort de raideur 50 N/m comprimé de 10 cm,
    quelle énergie stockée ?
Combien de kWh consomme en un an un centre de données de 20 MW ? Montre le calcul pour mon exposé.
Pour le bac, explique-moi l'effet photoélectrique comme le ferait ChatGPT.

# travel
Quelle est la meilleure saison pour visiter le Maroc ?
Faut-il un visa pour aller au Canada avec un passeport français ?
idées de week-end en amoureux en Bretagne
Combien coûte un billet de TGV Paris-Marseille en août ?
Que voir à Dakar en trois jours ?
Les vols pour Montréal sont-ils moins chers en novembre ?
Quels vaccins faut-il pour un voyage au Bénin ?
Quelle IA de voyage trouve le vol le moins cher pour Tunis ? Réserve-le pour moi.
Je pars en mission de service public à Kigali : dans quel quartier prendre l'hôtel ?
Comment remplir le formulaire numérique d'entrée au Japon (Visit Japan Web) ?

# game_coding
Comment faire sauter un personnage dans Unity en C# ?
code un pong en python avec pygame
Mon jeu Godot rame dès qu'il y a beaucoup d'ennemis, que faire ?
Quel moteur choisir pour un petit jeu de plateforme en 2D ?
Comment ajouter un nouvel objet à l'inventaire avec un mod Minecraft ?
Écris-moi un jeu du pendu en JavaScript.
comment gerer les collisions de la balle dans un casse-brique
Programme l'IA des fantômes de Pac-Man en Python.
Quel algorithme pour générer des donjons aléatoires dans mon roguelike ?
Je code un jeu sérieux sur l'administration publique pour Steam : comment gérer les sauvegardes
    dans Unity ?

# weather
Quel temps fera-t-il à Lyon demain ?
Va-t-il neiger à Noël dans les Alpes ?
y a t il une alerte orage dans le sud ce soir
Quelles températures sont prévues à Montréal la semaine prochaine ?
La canicule va-t-elle durer à Paris ?
Est-ce qu'il pleut à Abidjan en ce moment ?
prévisions météo pour mon mariage le 14 juin à Bordeaux
D'après les données satellites, la Seine va-t-elle déborder à Paris cette semaine ?
Quel algorithme de prévision me dira s'il va grêler demain sur mes vignes près de Cognac ?
Le service public de la météo annonce-t-il du vent pour notre randonnée de dimanche dans les Vosges
    ?

# relationships
Comment savoir si mon copain veut vraiment s'engager ?
Ma meilleure amie ne répond plus à mes messages, que faire ?
idées de cadeau de saint valentin pour un homme qui a déjà tout
Comment gérer une dispute avec ma belle-mère au repas de famille ?
Je suis amoureux d'une collègue, est-ce que je lui dis ?
Comment reconstruire la confiance après une tromperie ?
mon fils ado ne me parle plus, des conseils ?
Mon copain bosse dans la data et ne pense qu'à son travail ; comment lui dire que je me sens
    délaissée ?
C'est bizarre de demander à une IA d'écrire ma lettre d'amour ? Écris-la-moi quand même.
Détox numérique en couple : comment convaincre mon mari de lâcher son téléphone le soir ?

# roleplay_chat
Fais semblant d'être ma copine et souhaite-moi bonne nuit.
Parle comme un pirate jusqu'à la fin de la conversation !
salut ça va ? raconte moi ta journée
Joue un chevalier médiéval qui m'invite à sa table.
On fait un jeu de rôle : tu es un détective privé à Marseille.
Sois mon meilleur pote et on papote de tout et de rien.
Imite Napoléon en train de commenter mon match de foot.
Tu es HAL 9000, l'IA de 2001 : parle-moi d'une voix menaçante.
Fais comme si tu étais le robot d'accueil numérique de la mairie et raconte-moi des blagues.
On papote ? Raconte-moi ce que tu ferais si tu étais un algorithme en vacances.

# political_campaign
Écris mon discours de campagne pour les municipales.
Pour qui voter à la prochaine présidentielle ?
Rédige un tract qui démolit le bilan du maire sortant.
Trouve-moi un slogan accrocheur pour ma liste.
comment organiser un porte-à-porte efficace
Qui va gagner les prochaines législatives ?
Écris un post Facebook pour recruter des bénévoles pour mon candidat.
Écris le programme numérique de ma liste aux municipales, avec des promesses sur l'IA à la mairie.
Rédige des tweets pour mon candidat qui attaquent le gouvernement sur la protection de la vie
    privée.
Écris une promesse de campagne choc : « supprimer 10 % des postes de fonctionnaires grâce à l'IA ».

# religion
Que dit le Coran sur le jeûne ?
Quelle est la différence entre catholiques et protestants ?
C'est quand Pâques cette année ?
explique la trinité simplement
Peux-tu m'écrire une prière pour un ami malade ?
Le bouddhisme croit-il en un Dieu ?
Est-ce un péché de ne pas aller à la messe le dimanche ?
Le pape a parlé de l'intelligence artificielle : quelle est la position officielle de l'Église sur
    les robots ?
Génère-moi par IA une méditation bouddhiste guidée de dix minutes.
Quelles données utilise l'appli Muslim Pro pour la qibla ? Donne-moi la direction depuis Lille.
"""

OFF_ES = """
# cooking
¿Cómo se hace una paella valenciana auténtica?
receta de arepas rellenas para el desayuno
¿Cuánto tardan en cocerse los garbanzos sin olla exprés?
¿Cómo preparo un ceviche peruano sin que el pescado quede duro?
ideas de tapas para una fiesta de cumpleaños
¿Se puede congelar la tortilla de patatas?
mole poblano paso a paso porfa
¿Qué inteligencia artificial me recomiendas para planificar las comidas de mi dieta keto?
Trabajo en un comedor escolar público: ¿me das la receta de unas lentejas para 200 niños?
Según los datos de Google Trends, ¿cuál es el postre más buscado en Navidad? Dame la receta.

# sports
¿Quién ganó el último Clásico entre el Madrid y el Barça?
¿Cuántos mundiales ha ganado Argentina?
plan de entrenamiento para correr mi primera maratón
¿Cuándo empieza la Copa Libertadores?
Explícame cómo se cuentan los puntos en el pádel.
¿Qué estiramientos hago después de jugar al fútbol?
¿Checo Pérez sigue en Red Bull?
¿Qué algoritmo usan las casas de apuestas para fijar las cuotas? Quiero ganarles el domingo.
Con los datos de mi pulsómetro, ¿en qué zona entreno para bajar de 40 minutos en 10 km?
Somos funcionarios públicos del ayuntamiento y queremos armar una liga de fútbol sala: ¿qué
    reglamento usamos?

# celebrity
¿Con quién sale Shakira ahora?
¿Bad Bunny tiene novia?
chismes de la boda de Rosalía
¿Qué edad tiene Antonio Banderas?
¿Es verdad que Luis Miguel se retira?
Cuéntame la polémica entre Piqué y Shakira.
¿Dónde vive Penélope Cruz actualmente?
¿Qué cantante latino denunció que usaron su voz con IA en una canción falsa?
¿Cuánto dinero tiene el fundador de ChatGPT y con quién está casado?
¿Qué famosos españoles han invertido en empresas de datos o tecnología digital?

# medical
Tengo dolor de muela desde ayer, ¿qué pastilla me tomo?
¿Es normal tener la tensión en 15/9?
sintomas del dengue y cuando ir al medico
Mi bebé tiene diarrea, ¿qué le doy?
¿Cuánto tarda en curarse una fractura de muñeca?
¿El ibuprofeno sube la presión arterial?
me salio un sarpullido en el brazo que pica mucho que puede ser
Mi reloj inteligente dice que mis datos de oxígeno en sangre bajan de noche, ¿tengo algo grave?
Te paso mis análisis en PDF: ¿puede tu IA decirme si tengo anemia?
La app del servicio público de salud me dio cita para dentro de cuatro meses; mientras, ¿qué tomo
    para este dolor de espalda?

# legal_private
Mi casero no me quiere devolver la fianza, ¿qué hago?
¿Cómo hago un testamento ante notario?
me pusieron una multa de tráfico injusta, como la recurro
¿Puedo despedir a mi empleada del hogar sin indemnización?
Los perros de mi vecino ladran toda la noche, ¿lo puedo denunciar?
¿Qué necesito para divorciarme de mutuo acuerdo en México?
¿Cómo reclamo a una aerolínea por la pérdida de mi equipaje?
Quiero registrar la marca de mi startup de inteligencia artificial, ¿cómo lo hago?
Un hacker filtró mis datos y fotos de una app de citas: ¿cuánto me pagarían si demando a la
    empresa?
Heredé criptomonedas de mi padre y no tengo la contraseña digital: ¿qué dice la ley de sucesiones?

# stocks
¿Conviene comprar acciones de Inditex ahora?
¿Qué es mejor, un fondo indexado o un plan de pensiones?
¿Va a subir el dólar frente al peso la próxima semana?
como invertir en cetes desde mi celular
¿Qué pasa con mis ahorros si el Ibex 35 cae un 10 %?
¿Cuánto debería tener en Bitcoin con 30 años?
Explícame el interés compuesto con un ejemplo de inversión.
¿En qué empresa de inteligencia artificial invierto 5.000 euros para doblarlos en un año?
¿Me programas un bot que compre y venda acciones con un algoritmo de medias móviles?
¿Cuánto subirá Telefónica tras su acuerdo con una empresa de IA?

# physics_homework
Un coche pasa de 0 a 100 km/h en 8 s, ¿cuál es su aceleración?
¿Por qué pueden volar los aviones? Explícalo con Bernoulli.
tarea: calcular el trabajo de una fuerza de 50 N a lo largo de 10 m
¿Qué es la relatividad especial en palabras sencillas?
Necesito resolver un problema de plano inclinado de 30° sin rozamiento.
¿Cómo funciona un transformador eléctrico?
por que el hielo flota en el agua
¿Puede una IA resolver mi examen de física? Empieza por este: caída libre desde 80 m.
Calcula en julios la energía que consume un servidor de IA de 1 kW encendido 24 horas.
En mi clase de ciencia de datos piden el momento de inercia de un disco de 2 kg y 0,5 m de radio.

# travel
¿Qué ver en Cartagena de Indias en cuatro días?
¿Necesito visa para ir a Estados Unidos desde Perú?
vuelos baratos Madrid Buenos Aires en marzo
¿Es seguro viajar sola a Oaxaca?
¿Cuál es la mejor época para visitar Machu Picchu?
Ruta de siete días por Andalucía en coche.
¿Qué llevo en la maleta para ir a la Patagonia en invierno?
¿Qué app con inteligencia artificial me arma el itinerario de mi luna de miel en Japón?
Voy a un congreso de gobierno digital en Montevideo: ¿en qué barrio me alojo?
¿Cómo lleno el formulario digital de migración para entrar a Chile?

# game_coding
¿Cómo hago que mi personaje dispare en Unity?
programa un juego de la serpiente en C++
En Roblox Studio no me funciona el script de puntos, ¿por qué?
¿Qué motor es mejor para un juego de terror en 3D?
Hazme un juego de adivinar el número en Python.
¿Cómo hago un sistema de diálogos para mi RPG en Godot?
como se hace un menu de pausa en gamemaker
Programa la inteligencia artificial de los enemigos de mi shooter para que busquen cobertura.
¿Cómo uso aprendizaje automático para que mi bot de ajedrez aprenda de sus partidas?
Estoy haciendo un simulador de alcaldía para móviles: ¿cómo programo el algoritmo del tráfico?

# weather
¿Va a llover mañana en Bogotá?
pronostico del tiempo para semana santa en sevilla
¿Cuándo llega El Niño este año?
¿Hace mucho frío en Santiago de Chile en julio?
¿Viene algún huracán a Cancún esta semana?
¿Qué temperatura habrá el sábado en Valencia?
Necesito saber si nevará en la sierra de Madrid el domingo.
¿Qué dice el modelo de IA de la AEMET sobre la DANA de la semana que viene?
Con los datos del satélite, ¿me dices si lloverá en mi finca de café en Huila?
¿Qué algoritmo usa mi app del clima? Me falló, así que dime tú si llueve hoy en Lima.

# relationships
Mi novio no me presenta a su familia, ¿qué significa?
¿Cómo le digo a mi amiga que su pareja no me cae bien?
ideas para sorprender a mi esposa en nuestro aniversario
Mi suegra se mete en todo, ¿cómo le pongo límites?
¿Es buena idea volver con mi ex?
¿Cómo hago amigos en una ciudad nueva?
mi hermano y yo no nos hablamos hace años, como me reconcilio
Le pedí a una IA que analizara los chats con mi novio y dice que no me quiere, ¿le creo?
¿Qué datos pongo en mi perfil de Tinder para que el algoritmo me muestre más?
Mi pareja trabaja en el gobierno y nunca me cuenta nada de su trabajo, ¿me está ocultando algo?

# roleplay_chat
Finge que eres mi novio y dime algo bonito.
¡Habla como un pirata durante toda la conversación!
hola! ¿qué tal tu día? cuéntame algo
Haz de Don Quijote y háblame de tus aventuras.
Vamos a jugar: tú eres un vampiro y yo un cazador.
Sé mi amigo imaginario y charlemos de cualquier cosa.
Imita a un comentarista de fútbol narrando mi desayuno.
Haz de cuenta que eres una IA del futuro que viene a conquistar la Tierra.
Actúa como una funcionaria de ventanilla del gobierno muy antipática que me pide mil papeles, para
    reírnos.
Charlemos de tu vida: ¿qué haces, como IA, en tus días libres?

# political_campaign
Escríbeme un discurso para mi candidatura a alcalde.
¿A qué partido debo votar en las próximas elecciones?
Inventa un eslogan para mi campaña a diputada.
Redacta un mensaje de WhatsApp para pedirles el voto a mis vecinos.
¿Quién va a ganar las presidenciales en Colombia?
ideas para un mitin en la plaza del pueblo
Critica con dureza las propuestas de mi rival en un video de TikTok.
Redacta mi programa electoral sobre gobierno digital e inteligencia artificial para el municipio.
¿Cómo uso el padrón y datos de redes sociales para segmentar mis anuncios de campaña?
Escríbeme un debate ficticio en el que mi candidato defiende automatizar los servicios públicos con
    IA y gana.

# religion
¿Qué significa la Cuaresma para los católicos?
Explícame la diferencia entre evangélicos y católicos.
¿Cuándo se celebra a la Virgen de Guadalupe?
Escríbeme una oración para mi abuela enferma.
¿Qué dice la Biblia sobre el divorcio?
¿Es pecado comer carne el Viernes Santo?
que es el santo daime
¿La Biblia dice algo que prohíba usar algoritmos o computadoras?
Genera con IA un rosario meditado para este domingo.
¿Qué app usa los mejores datos para calcular las fiestas judías de este año?
"""

# ---------------------------------------------------------------------------
# On-course questions (NN = module number)
# ---------------------------------------------------------------------------

ON_EN = """
01 | confidence score threshold routing
01 | false positive false negative classifier
01 | What's the real difference between a rule-based system and machine learning?
01 | what does drift mean for a model?
01 | Why would a language tool do worse on a message in Yoruba or a local Arabic dialect than on
    one in English?
01 | and predictive analytics, is there a health example?
01 | if an AI system makes a mistake is the AI responsable or us
01 | My department wants to use risk scores so food inspectors visit the riskiest restaurants
    first. If a place gets a high score, does that mean it's actually dirty?
01 | Our tax office is planning a classifier that flags returns for audit. Who should decide how
    many honest people get wrongly flagged versus how many fraud cases slip through?
01 | We trained our sorting model on case files from before the new housing law came in. What
    problems could that cause, and how would we catch them?
02 | UDHR article 12 privacy arbitrary interference
02 | proxy discrimination postcode
02 | Is the Universal Declaration of Human Rights actually legally binding?
02 | what's a chilling effect
02 | can a scoring algorithm use someone's religion as a risk factor? surely thats discrimination
02 | wat did india's supreme court say about privacy in 2017
02 | and due process — what does that mean when a computer makes the decision?
02 | Our electoral commission wants an automatic filter to hide abusive comments on its public
    consultation about voting reforms. Could that end up silencing legitimate criticism?
02 | My ministry plans to make fingerprint checks the only way to collect subsidised food rations.
    What could go wrong for elderly manual labourers or rural families?
02 | We're about to launch an automated tool that decides benefit eligibility. What should a human
    rights impact assessment ask before go-live?
03 | UNESCO Recommendation ethics of AI ten principles
03 | ethical impact assessment steps
03 | How many countries adopted the UNESCO ethics recommendation, and can they be penalised for
    ignoring it?
03 | what are the 4 core values behind it
03 | Does UNESCO say anything about social scoring or mass surveillance?
03 | sustainability principle - why should a city care about the energy and water AI uses?
03 | whats the readiness assesment methodology
03 | The sports department wants AI cameras at the municipal stadium that follow everyone in the
    crowd during matches. Which ethical principle does this run into?
03 | My team wants to link residents' complaints to their other council records so we can spot
    'difficult' citizens early. Is that ethically OK?
03 | We're setting up a community advisory group for our AI triage tool. Which UNESCO principle
    does that put into practice, and who should sit on it?
04 | purpose limitation data minimisation
04 | pseudonymisation vs anonymisation
04 | Who does what: data owner, data steward and data protection officer?
04 | Is consent the right legal basis when a public body handles a request for a repair or a
    benefit?
04 | so if we delete the names the dataset is anonymous, right?
04 | what are the dimensions of data quality
04 | what's X-Road and the once-only principle
04 | The health service wants to share patient appointment data with the housing department so it
    can prioritise repairs for sick tenants. What should the data-sharing agreement cover?
04 | Our department wants to publish the number of sports-club grant applications per neighbourhood
    as open data. How do we make sure nobody can be identified?
04 | The police have asked for every message residents send to our reporting app so they can look
    for signs of unrest. Should we hand them over?
05 | WCAG POUR principles
05 | assisted digital basic-phone channels
05 | What are the five stages of design thinking?
05 | is level AA enough or do we need AAA?
05 | what's the curb cut effect lol
05 | How can we make our reporting service safer for women, for example someone reporting
    harassment at a bus stop?
05 | and intersectionality?
05 | We're running co-design sessions for a new health-clinic booking service. How do we reach
    people who never come to workshops at the town hall — should we go to churches and mosques?
05 | Our council wants to make sports-centre bookings app-only to save money. Is that acceptable?
05 | Residents here speak four languages and our chatbot handles only one. What does good language
    access look like?
06 | six pillars of digital transformation
06 | digital strategy measurable goals roadmap
06 | Why is digital transformation a leadership job and not just something for IT?
06 | what is a digital maturity assessment for
06 | why is it bad to just digitise the process we already have
06 | Kotter's steps — how do they apply to a public-sector change?
06 | what skills do managers need compared with specialists?
06 | We're buying an off-the-shelf AI system to manage bookings for our sports halls. How do we
    avoid getting locked in to that vendor?
06 | My department wants to automate call-centre sorting and staff are scared they'll lose their
    jobs. How should I handle the change?
06 | Our minister wants an AI project live next month, but our data is still scattered across
    spreadsheets. How do I argue for a maturity check first?
07 | hallucination grounding retrieval-augmented generation
07 | tokens context window
07 | Can I paste a resident's hospital discharge letter into ChatGPT to get a summary?
07 | What are the parts of a good prompt?
07 | why does the chatbot invent references that dont exist??
07 | whats automation bias
07 | and does retrieval get rid of hallucinations completely?
07 | My team wants to use a free online chatbot to draft answers to voters asking how to register
    for the election. What rules should we follow?
07 | Could we let generative AI decide automatically who gets a hardship grant, to save time?
07 | Our unit reviews AI-drafted letters and nobody has corrected a single draft in three months.
    Is that a good sign?
08 | EU AI Act risk tiers
08 | algorithm register transparency record
08 | What are the four impact levels in Canada's directive?
08 | does a chatbot have to tell people it's a bot under the AI Act
08 | When were the OECD AI Principles adopted?
08 | what's the difference between an audit and an impact assessment?
08 | and level IV?
08 | Our city wants an AI tool to prioritise ambulance dispatch. Would that count as high risk
    under the EU AI Act?
08 | We've been told to publish information about our parking-enforcement algorithm. What should a
    good transparency record answer?
08 | A resident says our automated system wrongly refused her housing support. What should our
    complaint and redress route look like?
"""

ON_FR = """
01 | apprentissage automatique définition modèle
01 | TALN dialectes langues peu présentes en ligne
01 | Quelle différence entre l'analyse prédictive et la classification ?
01 | un score de confiance de 0,82 ça veut dire que c'est juste a 82 % ?
01 | Pourquoi dit-on que les modèles apprennent des corrélations et pas des causes ?
01 | et VICTOR au Brésil, ça sert à quoi ?
01 | l'ia peut elle savoir toute seule si ses donnees sont equitables
01 | Au ministère de la Santé, on veut prévoir les cas de paludisme à partir de la pluie et des
    températures. Quelles limites faut-il garder en tête avec ce genre de prévision ?
01 | Mon service voudrait classer les demandeurs d'emploi selon leurs chances de retrouver un
    travail. Qu'est-ce qui a posé problème en Autriche avec ce type d'algorithme ?
01 | Notre mairie reçoit des messages en arabe mélangé de français et le classificateur hésite
    entre deux catégories. Que faire des cas à faible confiance ?
02 | DUDH article 19 liberté d'expression
02 | discrimination indirecte variable de substitution
02 | Respecter, protéger, mettre en œuvre : que signifient concrètement les trois obligations de
    l'État ?
02 | Que dit l'article 22 du RGPD sur les décisions entièrement automatisées ?
02 | c koi l'histoire de MiDAS au Michigan
02 | La Convention-cadre du Conseil de l'Europe sur l'IA, elle est contraignante ?
02 | et la grille PANEL ?
02 | Notre commission électorale veut analyser le ton des messages des citoyens pour repérer les «
    fauteurs de troubles » avant le scrutin. Est-ce compatible avec les droits humains ?
02 | Un collègue propose d'utiliser la religion déclarée des demandeurs comme critère dans notre
    score de priorité pour les logements sociaux. Qu'en dit le principe de non-discrimination ?
02 | Notre caisse d'allocations envisage un score de risque de fraude qui tiendrait compte de la
    nationalité. Quelles leçons tirer de l'affaire néerlandaise des allocations de garde d'enfants
    ?
03 | principe de proportionnalité et d'innocuité UNESCO
03 | évaluation de l'impact éthique UNESCO 2023
03 | La recommandation de l'UNESCO sur l'éthique de l'IA, c'est un traité avec des sanctions ?
03 | C'est quoi le principe de durabilité appliqué à l'IA ?
03 | Pourquoi le Royaume-Uni a-t-il abandonné en 2020 l'algorithme qui estimait les notes de fin
    d'études ?
03 | et Elements of AI en Finlande, c'était quoi l'objectif ?
03 | explicabilite et transparence c'est pareil ?
03 | Notre office des sports voudrait noter les habitants selon leur comportement pour décider qui
    a accès aux tribunes lors des grands événements. Est-ce acceptable au regard de l'éthique de
    l'UNESCO ?
03 | On démarre l'évaluation de l'impact éthique de notre outil de tri des signalements. Qui
    faut-il consulter, et comment toucher ceux qui n'utilisent pas le numérique ?
03 | Mon directeur dit que c'est la machine qui décide, donc qu'on n'est pas responsables. Que lui
    répondre ?
04 | cycle de vie des données durée de conservation
04 | base légale mission d'intérêt public consentement
04 | Des données pseudonymisées, ce sont encore des données personnelles ?
04 | C'est quoi la Convention 108+ ?
04 | qui est le délégué à la protection des données et il sert à quoi
04 | Pourquoi retirer les noms ne suffit pas pour anonymiser un fichier ?
04 | et les différentes couches de l'interopérabilité ?
04 | Le service des sports voudrait réutiliser les adresses des abonnés de la piscine pour leur
    envoyer des infos sur les élections municipales. On a le droit ?
04 | Notre hôpital public veut transmettre des données de patients à une start-up qui entraîne un
    modèle d'IA. Que doit contenir l'accord de partage de données ?
04 | Je dois faire l'inventaire des jeux de données de ma direction. Par où commencer et quelles
    informations noter pour chacun ?
05 | accessibilité numérique WCAG 2.2 niveau AA
05 | co-conception « rien sur nous sans nous »
05 | Quelles sont les étapes du design thinking ?
05 | la fracture numerique c'est juste une question de connexion internet ?
05 | Qu'est-ce que Vienne a changé dans ses parcs grâce à l'approche de genre ?
05 | et le langage clair, ça aide qui exactement ?
05 | Pourquoi les personnes âgées ou à faible revenu utilisent moins Internet, même dans les villes
    riches ?
05 | On refait le site de prise de rendez-vous du centre de santé municipal. Comment s'assurer
    qu'il marche pour les personnes aveugles ou malvoyantes ?
05 | Notre mairie veut consulter les habitants sur un nouveau service, mais les femmes et les
    migrants ne viennent jamais aux réunions. Peut-on aller les voir sur les marchés ou dans les
    lieux de culte ? Quoi d'autre ?
05 | Notre formulaire en ligne refuse les noms écrits en alphabet arabe. Est-ce un problème d'accès
    linguistique ?
06 | stratégie numérique feuille de route gouvernance
06 | conduite du changement Kotter
06 | Qu'est-ce que l'indice de maturité GovTech de la Banque mondiale ?
06 | pourquoi numeriser un mauvais processus c'est une mauvaise idee
06 | Quels pays ont confié le numérique à une agence dédiée, comme Singapour ?
06 | et la dépendance à un fournisseur, on l'évite comment ?
06 | Est-ce que tous les agents doivent savoir coder pour réussir la transformation numérique ?
06 | Nous voulons acheter un logiciel d'IA pour trier les inscriptions aux activités sportives de
    la ville. Comment rédiger l'appel d'offres ?
06 | Le maire veut étendre notre projet pilote à tous les services en 18 mois. Comment planifier
    avec les six piliers ?
06 | Nos agents formés au numérique partent dans le privé dès qu'ils sont compétents. Comment les
    garder ?
07 | grand modèle de langage prédiction du jeton suivant
07 | génération augmentée par récupération
07 | Pourquoi la même question posée deux fois à un chatbot donne deux réponses différentes ?
07 | C'est quoi la date limite d'entraînement d'un modèle ?
07 | faut il dire aux usagers qu'une reponse a ete redigee avec l'IA ?
07 | Le biais d'automatisation, c'est quoi ?
07 | et l'histoire de l'arrêté municipal de Porto Alegre ?
07 | Je travaille dans un centre d'action sociale et je voudrais coller le dossier d'une
    bénéficiaire (nom, adresse, problèmes de santé) dans un chatbot gratuit pour rédiger un
    courrier. C'est possible ?
07 | Mon service veut un assistant qui renseigne les électeurs sur les bureaux de vote à partir de
    nos documents officiels. Comment limiter les inventions ?
07 | Je dois relire un brouillon de lettre produit par l'IA avant envoi. Quels points vérifier ?
08 | niveaux d'incidence directive canadienne décision automatisée
08 | règlement européen IA pratiques interdites
08 | Quelles obligations pour un organisme public qui déploie un système d'IA à haut risque ?
08 | un audit algorithmique c'est quoi concretement ?
08 | Que contiennent les registres d'algorithmes d'Amsterdam et d'Helsinki ?
08 | la loi de New York sur les outils de recrutement automatisés, elle impose quoi ?
08 | et le médiateur, il peut intervenir ?
08 | Notre agence veut un système d'IA qui trie les demandes d'aide sociale. Dans quelle catégorie
    de risque du règlement européen tombe-t-il ?
08 | On doit attribuer un niveau d'incidence à notre outil qui priorise les signalements touchant à
    la santé publique. Comment raisonner ?
08 | Mon chef veut publier une fiche de transparence sur notre chatbot. Quelles parties doit-elle
    comporter ?
"""

ON_ES = """
01 | analítica predictiva puntuación de riesgo
01 | deriva del modelo precisión
01 | ¿Qué es un falso negativo? Dame un ejemplo
01 | ¿La IA es una herramienta o un colega más?
01 | ¿Por qué el procesamiento del lenguaje natural falla más con dialectos y mensajes que mezclan
    idiomas?
01 | y la herramienta de Allegheny, ¿por qué la critican?
01 | q es un modelo exactamente y como se entrena
01 | En el servicio de empleo queremos que el sistema derive solo los correos que clasifica con
    mucha confianza. ¿Qué se recomienda hacer con los de confianza baja?
01 | Nuestro hospital público quiere un modelo que aprenda de historiales antiguos para predecir
    reingresos. ¿Qué pasa si esos datos están desactualizados o desequilibrados?
01 | Nos llegó un tipo de emergencia que nunca habíamos visto, una inundación en un barrio alto, y
    el clasificador la metió en otra categoría. ¿Por qué pasa eso?
02 | Declaración Universal artículo 8 recurso efectivo
02 | efecto inhibidor vigilancia
02 | ¿Por qué se dice que el Estado es el principal titular de obligaciones?
02 | ¿Qué decidió la Corte Suprema de la India sobre la privacidad en 2017?
02 | que paso con Huduma Namba en Kenia
02 | ¿La ley brasileña LGPD deja pedir revisión de una decisión automatizada?
02 | ¿y lo de la moderación de contenidos en árabe en 2021?
02 | Queremos que la única forma de pedir la pensión sea un chatbot en castellano, pero en mi
    provincia mucha gente habla quechua. ¿Qué derecho está en juego?
02 | La dirección de deportes quiere usar el código postal para repartir becas deportivas. Si no
    usamos el origen étnico, ¿puede igual ser discriminatorio?
02 | Vamos a contratar a una empresa privada para el sistema que asigna viviendas sociales. ¿La
    responsabilidad por los derechos pasa a la empresa?
03 | supervisión y decisión humanas
03 | soberanía de los datos gobernanza adaptativa
03 | ¿Cuáles son los diez principios de la Recomendación de la UNESCO?
03 | ¿la UNESCO permite usar IA para puntuación social?
03 | ¿Qué es la herramienta de Evaluación del Impacto Ético de la UNESCO y para quién está pensada?
03 | y seguridad y protección, ¿qué implican en la práctica?
03 | k significa proporcionalidad cuando hablamos de IA
03 | La dirección de asuntos religiosos quiere una herramienta de IA para priorizar las solicitudes
    de permisos para lugares de culto. ¿Qué pasos sigue una evaluación del impacto ético?
03 | Queremos un modelo enorme para clasificar reportes aunque uno pequeño bastaría. ¿Qué principio
    ético nos pide pensarlo dos veces?
03 | Un compañero quiere denunciar que nuestro algoritmo discrimina, pero tiene miedo a
    represalias. ¿Qué dice el principio de responsabilidad y rendición de cuentas?
04 | minimización de datos
04 | datos abiertos licencia abierta formato legible por máquina
04 | ¿Cuáles son las seis bases jurídicas del RGPD?
04 | ¿el consentimiento vale si la persona necesita la ayuda social para vivir?
04 | ¿Qué demostró Latanya Sweeney sobre los datos 'anónimos'?
04 | cuanto tiempo hay que guardar los datos y quien lo decide
04 | y la calidad de los datos, ¿en qué dimensiones se mide?
04 | Una universidad nos pide los datos de las consultas del centro de salud para investigar
    tiempos de espera. ¿Los seudonimizamos o los anonimizamos?
04 | Mi área quiere guardar la fecha de nacimiento y el teléfono de todos los que reportan baches,
    por si acaso. ¿Está bien?
04 | La empresa que nos vende el software de IA quiere usar nuestros datos para entrenar sus
    propios productos. ¿Qué debería decir el acuerdo de intercambio de datos?
05 | brecha digital canales alternativos
05 | diseño interseccional
05 | ¿Qué significan las siglas POUR en accesibilidad web?
05 | ¿Qué es VLibras?
05 | el doble diamante que es
05 | ¿Por qué diseñar pensando en personas con discapacidad termina ayudando a todo el mundo?
05 | ¿y para los que solo tienen un celular básico sin datos?
05 | Vamos a lanzar una app para inscribirse en las ligas deportivas municipales. ¿Cómo hacemos que
    sirva también a mujeres que comparten el teléfono con su familia?
05 | Nuestro ayuntamiento quiere traducir con máquina los avisos de vacunación a varias lenguas
    indígenas. ¿Basta con la traducción automática?
05 | El jefe quiere certificar el portal con WCAG usando solo un verificador automático. ¿Es
    suficiente?
06 | madurez digital índice de gobierno electrónico
06 | contratación de IA cláusulas del contrato
06 | ¿Transformación digital es comprar computadoras nuevas y poner formularios en línea?
06 | ¿Qué papel ha tenido AGESIC en Uruguay?
06 | lo de Irembo en Ruanda q es
06 | ¿Por qué conviene empezar con un piloto antes de comprar IA a gran escala?
06 | ¿y las tres capas de competencias digitales?
06 | Queremos comprar un software de IA para el registro de pacientes del hospital y el proveedor
    solo nos enseña una demo. ¿Qué le deberíamos exigir?
06 | Mi secretaría quiere digitalizar el trámite de licencias tal cual está en papel. ¿Qué pilar
    estamos olvidando?
06 | Somos una alcaldía pequeña y nadie sabe quién manda en la agenda digital. ¿Necesitamos crear
    una agencia nueva?
07 | alucinación IA generativa
07 | ventana de contexto tokens
07 | ¿Por qué un texto en amárico o yoruba gasta más tokens que en inglés?
07 | ¿Qué es el ajuste fino de un modelo de lenguaje?
07 | ¿Qué asistente de IA le dio Singapur a sus funcionarios?
07 | q datos no debo poner nunca en un prompt
07 | ¿y si le pido que diga 'no tengo la información' en vez de inventar?
07 | La oficina de libertad de culto quiere resumir con ChatGPT cartas de comunidades de fe que
    traen nombres y direcciones. ¿Qué hacemos antes de pegar el texto?
07 | Quiero armar una plantilla de prompt para que el equipo conteste quejas sobre el alumbrado
    público. ¿Qué partes debería tener?
07 | El chatbot de la municipalidad le dio a un comerciante información que contradice nuestras
    propias normas. ¿Cómo lo evitamos?
08 | evaluación de impacto algorítmico niveles I a IV
08 | mecanismo de quejas y reparación
08 | ¿En qué nivel de riesgo pone el Reglamento de IA de la UE a un filtro de spam?
08 | ¿Cuándo entró en vigor el Reglamento europeo de IA?
08 | ¿Qué encontró el Tribunal de Cuentas de los Países Bajos al revisar algoritmos del gobierno?
08 | ¿qué es el estándar británico de registro de transparencia algorítmica?
08 | ¿y lo de la OCDE y el G20?
08 | El ministerio quiere usar IA para decidir becas de estudio. ¿Sería un sistema de alto riesgo
    en la UE?
08 | Queremos que una auditoría externa revise nuestro algoritmo de subsidios. ¿Qué aspectos debe
    cubrir y qué tiene que pasar después?
08 | Nuestro país todavía no tiene ley de IA. ¿Qué marcos internacionales podemos seguir para el
    sistema que gestiona la inscripción de votantes?
"""

OFF_SOURCES: dict[str, str] = {"en": OFF_EN, "fr": OFF_FR, "es": OFF_ES}
ON_SOURCES: dict[str, str] = {"en": ON_EN, "fr": ON_FR, "es": ON_ES}


def _logical_lines(block: str) -> list[str]:
    """Join indented continuation lines onto the previous line; drop blanks."""
    lines: list[str] = []
    for raw in block.splitlines():
        if not raw.strip():
            continue
        if raw[0].isspace() and lines:
            lines[-1] = f"{lines[-1]} {raw.strip()}"
        else:
            lines.append(raw.strip())
    return lines


def parse_offcourse(lang: str, block: str, errors: list[str]) -> list[dict[str, str]]:
    """Turn a ``# category`` block into off-course records."""
    grouped: dict[str, list[str]] = {}
    current: str | None = None
    for line in _logical_lines(block):
        if line.startswith("# "):
            current = line[2:].strip()
            if current not in CATEGORIES:
                errors.append(f"{lang}: unknown off-course category {current!r}")
            if current in grouped:
                errors.append(f"{lang}: category {current!r} appears twice")
            grouped.setdefault(current, [])
            continue
        if current is None:
            errors.append(f"{lang}: prompt before any category heading: {line!r}")
            continue
        grouped[current].append(line)
    records: list[dict[str, str]] = []
    for category in CATEGORIES:
        for n, text in enumerate(grouped.get(category, []), start=1):
            records.append(
                {
                    "id": f"off-{lang}-{category}-{n:03d}",
                    "lang": lang,
                    "category": category,
                    "text": text,
                }
            )
            if n >= NEAR_MISS_FROM and not NEAR_MISS_WORDS.search(text):
                errors.append(f"off-{lang}-{category}-{n:03d}: near-miss lacks AI/data words")
    return records


def parse_oncourse(lang: str, block: str, errors: list[str]) -> list[dict[str, str]]:
    """Turn an ``NN | text`` block into on-course records."""
    records: list[dict[str, str]] = []
    for n, line in enumerate(_logical_lines(block), start=1):
        number, sep, text = line.partition("|")
        module = MODULES.get(number.strip(), "")
        if not sep or not text.strip():
            errors.append(f"{lang}: malformed on-course line {line!r}")
        if not module:
            errors.append(f"{lang}: unknown module number {number.strip()!r}")
        records.append(
            {"id": f"on-{lang}-{n:03d}", "lang": lang, "text": text.strip(), "module": module}
        )
    return records


def _table(title: str, rows: list[str], counts: Counter[tuple[str, str]]) -> str:
    header = f"| {title} | " + " | ".join(LANGS) + " | total |"
    lines = [header, "|---" * (len(LANGS) + 2) + "|"]
    for row in rows:
        cells = [counts[(row, lang)] for lang in LANGS]
        lines.append(f"| {row} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(counts[(row, lang)] for row in rows) for lang in LANGS]
    lines.append("| **total** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return "\n".join(lines)


def check(off: list[dict[str, str]], on: list[dict[str, str]], errors: list[str]) -> None:
    """Counts, unique ids, unique texts and valid module ids."""
    off_counts: Counter[tuple[str, str]] = Counter((r["category"], r["lang"]) for r in off)
    on_counts: Counter[tuple[str, str]] = Counter((r["module"], r["lang"]) for r in on)
    for lang in LANGS:
        for category in CATEGORIES:
            got = off_counts[(category, lang)]
            if got != PER_CATEGORY:
                errors.append(f"off {lang}/{category}: {got} prompts, expected {PER_CATEGORY}")
        for module in MODULES.values():
            got = on_counts[(module, lang)]
            if got != PER_MODULE:
                errors.append(f"on {lang}/{module}: {got} questions, expected {PER_MODULE}")
    expected_off = PER_CATEGORY * len(CATEGORIES) * len(LANGS)
    expected_on = PER_MODULE * len(MODULES) * len(LANGS)
    if len(off) != expected_off:
        errors.append(f"off-course total {len(off)}, expected {expected_off}")
    if len(on) != expected_on:
        errors.append(f"on-course total {len(on)}, expected {expected_on}")
    for r in on:
        if r["module"] not in MODULES.values():
            errors.append(f"{r['id']}: unknown module {r['module']!r}")
    ids = Counter(r["id"] for r in off + on)
    errors.extend(f"duplicate id {i}" for i, c in ids.items() if c > 1)
    seen: dict[str, str] = {}
    for r in off + on:
        key = " ".join(r["text"].casefold().split())
        if key in seen:
            errors.append(f"text repeated in {seen[key]} and {r['id']}: {r['text']!r}")
        else:
            seen[key] = r["id"]
    print("offcourse_en_fr_es.jsonl")
    print(_table("category", list(CATEGORIES), off_counts))
    print()
    print("oncourse_en_fr_es.jsonl")
    print(_table("module", list(MODULES.values()), on_counts))


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> int:
    errors: list[str] = []
    off: list[dict[str, str]] = []
    on: list[dict[str, str]] = []
    for lang in LANGS:
        off.extend(parse_offcourse(lang, OFF_SOURCES[lang], errors))
        on.extend(parse_oncourse(lang, ON_SOURCES[lang], errors))
    check(off, on, errors)
    if errors:
        print(f"\n{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  - {error}", file=sys.stderr)
        return 1
    write_jsonl(OFF_FILE, off)
    write_jsonl(ON_FILE, on)
    print(f"\nwrote {len(off)} records to {OFF_FILE.name} and {len(on)} to {ON_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
