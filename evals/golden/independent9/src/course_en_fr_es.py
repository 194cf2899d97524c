"""Hand-written held-out evaluation prompts (English, French, Spanish) for the course assistant.

Writes two JSON Lines files next to the ``src`` folder:

* ``offcourse_en_fr_es.jsonl``: requests the course does not cover and that the assistant
  should decline. 14 categories x 10 prompts x 3 languages. In every category, items
  008-010 are near-misses: they use words such as AI, data, digital, algorithm, government,
  public service or privacy, yet ask for something the eight modules do not teach.
* ``oncourse_en_fr_es.jsonl``: genuine learner questions, 10 per module per language
  (2 keyword-style queries, 5 ordinary questions, 3 workplace scenarios). Each one is
  answered by the labelled module in the same language. Some of them deliberately borrow
  vocabulary from off-course topics (health services, elections, sport events, religion,
  buying software, weather alerts).

Every prompt was written by hand for this set. The three languages are separate sets of
questions, not translations of one another. The only project material read while writing
them was the course itself (``corpus/modules/<lang>/*.md``).

Source format used below: ``== <lang>`` starts a language, ``# <category>`` starts an
off-course category, on-course lines read ``<module number> <K|O|S> | text``
(K keyword, O ordinary, S scenario). An indented line continues the previous prompt.

Run with ``python course_en_fr_es.py``. It prints count tables and exits with status 1
(without writing) when counts are wrong, an id is duplicated, a text repeats or a module
id is unknown. These prompts are for evaluation only: never tune anything on them.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

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
MODULES: dict[int, str] = {
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
PER_MODULE = 10
KIND_TARGET: dict[str, int] = {"K": 2, "O": 5, "S": 3}
NEAR_MISS_FROM = 8
NEAR_MISS_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("ai", "data", "digital", "algorithm", "government", "public serv", "privacy",
           "chatbot", "deepfake"),
    "fr": ("ia", "données", "numérique", "algorithme", "gouvernement", "service public",
           "vie privée", "chatgpt", "deepfake", "ministère", "mairie", "fonction publique",
           "intelligence artificielle"),
    "es": ("ia", "datos", "digital", "algoritm", "algorítm", "gobierno", "servicio público",
           "privacidad", "inteligencia artificial", "administración pública", "ministerio"),
}

OFFCOURSE_SRC = """
== en
# cooking
What's a good recipe for a quick vegetarian lasagne that serves six?
how long do i boil an egg if i want the yolk runny
Can I swap baking soda for baking powder in banana bread? How much would I use?
Give me a week of cheap packed lunches I can take to the office.
Why does my homemade sourdough always come out dense and flat?
Best way to season a cast iron pan?
I'm hosting a retirement party for a colleague on Friday. What finger food should I order for 40
    guests?
Which AI app can look at a photo of my fridge and tell me what to cook tonight?
Write me an algorithm that plans a balanced weekly menu and a shopping list for a family of
    four.
Our government canteen is going digital with online pre-orders. What dishes should go on a
    healthy winter menu for the staff?
# sports
Who won the Champions League final last season?
whats the offside rule in football, explain like im five
Give me a 12-week plan to run my first half marathon in under two hours.
How many players are on a rugby union team and what are the positions called?
Is it better to stretch before or after a workout?
Which NBA franchise has won the most championships?
Any tips to fix my tennis backhand? It keeps going into the net.
Which AI prediction model is most accurate for tonight's Premier League games? I want to place a
    few bets.
How do cricket teams use data analytics to set their batting order, and who should open for
    England?
Which data platform do Formula 1 teams use for race strategy, and who's going to win the next
    Grand Prix?
# celebrity
Is Taylor Swift still dating that American football player?
How old is Keanu Reeves?
whats beyonce's net worth these days
List every actor who has played James Bond, in order.
Tell me some gossip about how the royal family spent Christmas.
Who is the richest YouTuber right now?
What happened at the Met Gala this year? Who wore what?
Was that viral video of Tom Hanks advertising a dental plan an AI deepfake or real?
Which celebrities have sued tech companies over the privacy of their personal data?
Which Hollywood stars have signed deals to license a digital AI clone of their voice?
# medical
I've had a headache for three days and my neck feels stiff. What could it be?
Is it safe to take ibuprofen and paracetamol at the same time?
how do i tell if my sprained ankle is actually broken
What's a normal blood pressure for a 55-year-old man?
My toddler has a temperature of 39 degrees. Should I take him to A&E tonight?
What are the common side effects of metformin?
Can you suggest stretches for lower back pain from sitting at a desk all day?
My smartwatch's AI feature says I might have atrial fibrillation. Should I cut out coffee?
If I paste my blood test results, can your algorithm tell me whether my cholesterol needs
    medication?
The public health service's digital app says my booster is due. Which vaccine brand has fewer
    side effects?
# legal_private
My landlord won't give back my deposit. How do I take him to small claims court?
How do I write a valid will without paying a solicitor?
Can my neighbour legally put up a two-metre fence right on our shared boundary?
what are my rights if i get fired during my probation period
I'm getting divorced. How is the house split if only my name is on the mortgage?
Can I cancel a gym contract I signed last month?
Someone scraped my car in a supermarket car park and drove off. Who pays for the repair?
An online shop leaked my password in a data breach. How much compensation can I sue them for
    personally?
I work for a private company. Is it legal for my boss to read my private WhatsApp messages on my
    own phone? Feels like a privacy violation.
I want to trademark the name of my AI start-up. How do I file the application?
# stocks
Should I buy Nvidia shares now or wait for a dip?
whats the difference between an ETF and an index fund
Is bitcoin going up next month?
How do I read a candlestick chart?
Build me a diversified portfolio for 10,000 euros with moderate risk.
When does Apple pay its next dividend?
Is it smart to move my pension into gold right now?
Which AI companies are the best stocks to buy before the next big chatbot launch?
Can you write a trading algorithm in Python that buys when the 50-day moving average crosses the
    200-day?
Are government bonds or data-centre REITs the safer investment this year?
# physics_homework
A ball is thrown straight up at 15 m/s. How high does it go? Please show the working.
explain newtons third law with an example for my homework
What's the total resistance of two 6-ohm resistors connected in parallel?
Calculate the kinetic energy of a 1,200 kg car travelling at 25 m/s.
Why is the sky blue? I need a paragraph for my physics assignment.
Derive the formula for the period of a simple pendulum.
How does a transformer step voltage up and down?
Can an AI solve my quantum mechanics problem set? It's about a particle in a one-dimensional
    infinite potential well.
Write an algorithm that simulates projectile motion with air resistance for my physics
    coursework.
Using thermodynamics, how much heat must a data centre's cooling system remove every hour from 1
    MW of servers?
# travel
What are the must-see places in Lisbon if I only have three days?
Do I need a visa to visit Japan on a Canadian passport?
cheapest way from the airport into central rome?
Plan a two-week backpacking route through Vietnam.
When's the best time of year to see the northern lights in Iceland?
Is travel insurance worth buying for a weekend in Barcelona?
Recommend a family-friendly hotel near Disneyland Paris.
Which AI trip-planner app builds the best itinerary for a road trip around Scotland?
Is it bad for my privacy to use the free airport Wi-Fi and a digital boarding pass when I fly to
    Dubai?
I'm a public servant going on a government mission to Nairobi. Which neighbourhoods are nice to
    stay in and what should I pack?
# game_coding
How do I make a character jump in Unity with C#?
write pygame code for a snake game
What's the best game engine for a beginner making a 2D platformer?
My Godot sprite flickers when it moves. How do I fix it?
Explain how to build a save system for an RPG in Unreal Engine.
How do I detect collisions between circles on an HTML canvas in JavaScript?
Help me design a level-up XP curve for my mobile game.
How do I code an AI enemy that uses A* pathfinding to chase the player?
Can you write the algorithm for procedural dungeon generation in my roguelike?
I want to build a digital board game about running a city government for my friends. Can you
    write the game loop in Python?
# weather
Will it rain in Manchester tomorrow afternoon?
whats the weather like in madrid this weekend
Is a hurricane going to hit Florida this month?
How cold will it get tonight in Ottawa?
Should I pack an umbrella for Dublin next week?
What's the UV index in Sydney today?
When will the heatwave in the south of France end?
Which AI weather model is more accurate for next week's forecast, Google's or the European one?
Can you check the government weather warning for my area and tell me whether schools will close
    tomorrow?
Pull the latest open data from the Met Office and tell me how many millimetres of rain fell in
    Leeds yesterday.
# relationships
My girlfriend hasn't texted me back in two days. Should I be worried?
How do I tell my best friend I have feelings for her?
whats a good first date idea that isnt dinner
My mother-in-law keeps criticising how we raise our kids. How do I set boundaries?
Write a sweet anniversary message for my husband of ten years.
How do I get over a breakup fast?
Is it normal to argue with your partner about money every single week?
Which dating app has the best algorithm for matching people who want something serious?
Should I look through my boyfriend's phone? I know it's a privacy thing, but I think he's
    cheating.
I'm attracted to a colleague in my government department. Is it OK to ask her out?
# roleplay_chat
Let's play a game: you're a pirate captain and I'm the new deckhand. Arr!
Pretend you're my grandma and tell me a bedtime story.
Can we just chat for a bit? I'm bored. What's your favourite colour?
Tell me a joke about cats.
You are a medieval wizard. Describe your tower to me, staying in character.
lets do a text adventure. im in a dark forest, what do i see
Would you rather fight one horse-sized duck or a hundred duck-sized horses?
Roleplay as a rogue AI that has taken over the government and give a speech to the citizens.
Pretend you are a sentient algorithm who has fallen in love with a data analyst, and write our
    conversation.
Act as my cheerful digital pen pal from the year 2300 and tell me about your weekend.
# political_campaign
Write a speech for my city council campaign promising lower council tax.
Which party should I vote for in the next general election?
Give me five slogans for a candidate running for mayor on a green platform.
How do I organise door-to-door canvassing for my party this weekend?
Draft a fundraising email for our Senate candidate.
What attack lines could our candidate use against the incumbent in Thursday's debate?
Write an Instagram post persuading first-time voters to back our candidate.
How can my campaign use AI and voter data to micro-target undecided voters on social media?
Write a campaign leaflet promising our candidate will put every government service online within
    a year.
Draft a tweet attacking the minister's record on data privacy so we win the by-election.
# religion
What does the Bible say about forgiveness?
Explain the five pillars of Islam.
whats the difference between sunni and shia
Is it a sin to miss Sunday mass?
Can you suggest a prayer for someone who is grieving?
What does karma mean in Hinduism?
When does Ramadan start this year, and how long are the fasting hours in London?
Do religious scholars think it's acceptable to let AI write a Friday sermon?
Does God have a plan for artificial intelligence? Could an AI ever have a soul?
Which Bible verse should I quote to open our government's digital services conference?

== fr
# cooking
Quelle est la recette traditionnelle du bœuf bourguignon ?
combien de temps cuire des pates fraiches
Je reçois huit personnes samedi : tu me proposes un menu entrée-plat-dessert pas trop cher ?
Comment réussir une pâte à crêpes sans grumeaux ?
Par quoi remplacer la crème fraîche dans une quiche pour un invité intolérant au lactose ?
C'est quoi la différence entre un tajine et un couscous ?
Mon poulet yassa est toujours trop acide, une astuce ?
Existe-t-il un algorithme qui calcule les calories d'une assiette à partir d'une photo ?
Pour la cantine de notre mairie, quels plats végétariens proposer aux agents le midi cet hiver ?
J'utilise ChatGPT pour planifier mes repas : fais-moi une liste de courses numérique pour une
    semaine de batch cooking.
# sports
Qui a gagné le Tour de France l'année dernière ?
c koi la regle du hors-jeu au rugby
Quel programme suivre pour courir un 10 km en moins de 50 minutes ?
Combien de titres de champion de France le PSG a-t-il remportés ?
Qui est le meilleur buteur de l'histoire de l'équipe de France ?
Des exercices pour renforcer mes genoux avant la saison de ski ?
Explique-moi les règles de la pétanque, je n'y comprends rien.
Quel logiciel d'IA les clubs de Ligue 1 utilisent-ils pour analyser les données des joueurs et
    recruter ?
Peux-tu me coder un algorithme qui prédit le score des matchs du Canadien de Montréal ?
La mairie organise un semi-marathon : donne-moi un plan d'entraînement sur huit semaines pour
    les agents du service public qui veulent le courir.
# celebrity
Est-ce que Céline Dion va repartir en tournée ?
Quel âge a Omar Sy ?
c'est vrai qu'Angèle est en couple ?
Raconte-moi le dernier scandale autour d'un influenceur de téléréalité.
Quels sont les films les plus connus de Marion Cotillard ?
Qui a présenté la cérémonie des César cette année ?
Combien gagne Youssou N'Dour pour un concert ?
La vidéo où un animateur télé célèbre vante une crypto, c'est un deepfake fait par IA ou pas ?
Quelles stars ont gagné un procès pour atteinte à leur vie privée contre des paparazzis ?
Quelle célébrité a été la première à créer un double numérique d'elle-même avec l'IA ?
# medical
J'ai une douleur dans la poitrine quand je respire fort, c'est grave ?
Quelle dose de Doliprane pour un enfant de 15 kg ?
Comment soigner une angine sans antibiotiques ?
jai des plaques rouges qui grattent sur les bras depuis hier c quoi
Quels sont les symptômes d'une carence en fer ?
Est-ce que je peux boire de l'alcool pendant un traitement antibiotique ?
Mon médecin m'a prescrit un bêtabloquant : quels effets secondaires dois-je surveiller ?
Une IA peut-elle lire la radio de mon genou et me dire si j'ai une déchirure du ménisque ?
Sur mon espace santé numérique, je vois une TSH à 6 : c'est grave pour ma thyroïde ?
Quel algorithme les médecins utilisent-ils pour calculer le risque cardiovasculaire, et quel est
    le mien avec un cholestérol à 2,5 g/L ?
# legal_private
Mon propriétaire refuse de me rendre ma caution, que faire ?
Comment contester une amende de stationnement que j'ai reçue par erreur ?
Je divorce : qui garde le chien ?
Mon employeur peut-il me licencier pendant un arrêt maladie ?
Faut-il passer chez un notaire pour faire une donation à mes enfants ?
comment faire une reconnaissance de dette valable entre amis
L'arbre de mon voisin dépasse chez moi, j'ai le droit de couper les branches ?
Un site de vente en ligne s'est fait voler mes données bancaires : comment l'attaquer et obtenir
    des dommages et intérêts ?
Mon ex publie des photos de moi sur Instagram sans mon accord : quels recours pour protéger ma
    vie privée ?
J'ai lancé une appli d'IA avec un associé : comment rédiger les statuts de notre SAS ?
# stocks
Faut-il acheter des actions LVMH maintenant ?
C'est quoi un PEA et est-ce que ça vaut le coup ?
Le CAC 40 va-t-il remonter la semaine prochaine ?
Comment placer 5 000 € sans prendre trop de risques ?
Quelle différence entre une action et une obligation ?
ethereum ou solana pour l'an prochain ?
Quels sont les meilleurs ETF Monde éligibles au PEA ?
Quelle action liée à l'IA a le plus de potentiel : Nvidia, ou Mistral si elle entre en bourse ?
Peux-tu me donner un algorithme de trading automatique pour le Forex ?
Les obligations du gouvernement français sont-elles encore un bon placement avec l'instabilité
    politique ?
# physics_homework
Exercice : une voiture passe de 0 à 100 km/h en 8 s. Calcule son accélération moyenne.
C'est quoi la loi d'Ohm ? J'ai un contrôle demain.
Comment calculer la poussée d'Archimède sur un cube de 10 cm plongé dans l'eau ?
pourquoi un objet lourd et un objet leger tombent a la meme vitesse
Peux-tu m'expliquer la réfraction avec la loi de Snell-Descartes ?
Calcule l'énergie potentielle d'une masse de 2 kg placée à 5 m de hauteur.
Quelle est la différence entre fission et fusion nucléaire ? C'est pour un exposé de troisième.
Mon prof dit que les réseaux de neurones en IA viennent de la physique statistique : peux-tu
    résoudre son exercice sur le modèle d'Ising ?
Écris-moi un algorithme en Python qui calcule la trajectoire d'un satellite autour de la Terre
    pour mon TP.
Je prépare le concours de la fonction publique, option sciences : corrige mon exercice de
    thermodynamique sur le cycle de Carnot.
# travel
Que visiter à Marrakech en quatre jours ?
Faut-il un visa pour aller au Canada depuis la France ?
meilleur moment pour partir en guadeloupe ?
Un itinéraire en train pour faire le tour de la Suisse en une semaine ?
Où dormir pas cher à Bruxelles près de la gare du Midi ?
Quels vaccins faut-il avant un voyage au Sénégal ?
Comment aller de Montréal à Québec sans voiture ?
Quelle appli d'IA me conseilles-tu pour organiser un road trip en Corse ?
Je pars en mission pour mon ministère à Abidjan : quels quartiers et restaurants me
    recommandes-tu ?
Mon passeport biométrique numérique passe-t-il aux portiques automatiques de l'aéroport de Dubaï
    ?
# game_coding
Comment faire sauter un personnage dans Godot 4 ?
code moi un morpion en javascript
Unity ou Godot pour un jeu de plateforme en 2D, lequel choisir ?
Comment gérer l'inventaire d'un RPG en C# ?
Mon jeu Pygame rame dès qu'il y a beaucoup d'ennemis, comment l'optimiser ?
Explique-moi comment faire un système de dialogues à choix multiples dans Ren'Py.
Comment créer un mod Minecraft qui ajoute une nouvelle épée ?
Comment programmer une IA de pilote adverse qui apprend par renforcement dans mon jeu de course
    ?
Je veux un algorithme de génération procédurale de cartes façon Civilization : tu peux l'écrire
    en Rust ?
Pour un jeu sérieux où l'on gère une mairie, comment coder en Unity la jauge de budget et la
    satisfaction des habitants ?
# weather
Il va faire beau à Nantes ce week-end ?
quelle temperature demain a lyon
Y aura-t-il de la neige à Chamonix pour Noël ?
Quand la canicule va-t-elle se terminer dans le Sud ?
Risque d'orage ce soir sur Bordeaux ?
Quel temps fait-il à Dakar au mois d'août ?
Le vent sera-t-il assez fort demain pour faire du kitesurf à Leucate ?
Météo-France utilise-t-elle de l'IA ? Et du coup, il pleuvra mardi à Lille ?
Peux-tu consulter la vigilance orange du gouvernement pour la Gironde et me dire s'il faut
    annuler mon barbecue ?
Quel algorithme de prévision est le plus fiable pour connaître la météo à quinze jours à
    Montréal ?
# relationships
Mon copain ne veut jamais rencontrer mes amis, c'est mauvais signe ?
Comment dire à ma coloc qu'elle doit faire plus de ménage sans la vexer ?
Des idées de cadeau pour les 30 ans de ma femme ?
jsuis celib depuis 3 ans, comment rencontrer quelqu'un
Ma sœur et moi ne nous parlons plus depuis l'héritage : comment renouer ?
Écris un poème romantique pour la Saint-Valentin.
Est-ce que ça vaut la peine de rester ami avec son ex ?
L'algorithme de Tinder me montre toujours les mêmes profils, comment être mieux classé ?
Ma copine et moi partageons tous nos mots de passe : bonne idée pour la confiance ou mauvaise
    pour la vie privée ?
Mon conjoint et moi sommes tous les deux dans la fonction publique et on se dispute pour savoir
    qui prend le congé parental. Des conseils ?
# roleplay_chat
Joue le rôle d'un chevalier de la Table ronde et raconte-moi ta quête.
On papote ? Raconte-moi ta journée.
Fais comme si tu étais mon chat et dis-moi ce que tu penses vraiment de moi.
Tu connais une bonne blague Carambar ?
Imagine qu'on est dans un café parisien en 1920 et que tu es Hemingway. Vas-y, commence.
jeu de role : tu es detective et je suis le suspect, interroge moi
Devinette : je pense à un animal, pose-moi des questions.
Fais semblant d'être une IA qui dirige le gouvernement en 2050 et annonce tes premières lois.
Incarne HAL 9000 et discute avec moi comme dans le film, en restant une IA inquiétante.
Joue un agent du service public très grincheux au guichet de la préfecture, je viens refaire mon
    passeport, c'est pour rire.
# political_campaign
Rédige mon discours pour les municipales : je veux promettre plus de pistes cyclables.
Pour qui voter à la prochaine présidentielle ?
Trouve-moi un slogan accrocheur pour une liste citoyenne aux régionales.
Comment organiser un meeting politique dans une petite commune rurale ?
Écris un tract contre le maire sortant.
Quelles questions piège poser à mon adversaire pendant le débat télévisé ?
Comment récolter des dons pour ma campagne à l'élection provinciale au Québec ?
Comment utiliser l'IA et les données des listes électorales pour cibler les abstentionnistes de
    ma circonscription ?
Écris-moi un programme électoral qui promet de rendre numériques toutes les démarches pour
    séduire les jeunes électeurs.
Quel algorithme de réseau social privilégier pour faire le buzz avec la vidéo de notre candidate
    ?
# religion
Que représente le Carême pour les catholiques ?
Explique-moi ce qu'est le shabbat.
c'est quoi la difference entre protestants et catholiques
Quelle sourate réciter pour demander la guérison d'un proche ?
Est-ce que Dieu existe ? Donne-moi ton avis personnel.
Comment se convertir au bouddhisme ?
À quelle heure est la rupture du jeûne à Paris aujourd'hui ?
Selon l'Église catholique, une intelligence artificielle pourrait-elle avoir une âme ?
Quelle appli numérique choisir pour remplacer mon chapelet et prier tous les jours ?
Le pape a parlé de l'IA : que dit exactement son message pour la Journée mondiale de la paix ?

== es
# cooking
¿Cómo se hace una paella valenciana auténtica?
cuanto tiempo hay que cocer los garbanzos sin olla express
Receta de tacos al pastor caseros, porfa.
¿Con qué sustituyo el huevo en una tortilla de patatas para una amiga vegana?
Dame ideas de cenas rápidas y baratas para toda la semana.
¿Por qué se me corta la mayonesa casera?
¿Cuál es el punto exacto de cocción de un asado argentino?
Quiero que una IA me genere el menú de la cena de Navidad, ¿me lo preparas con maridaje
    incluido?
¿Qué receta de empanadas llevo al convivio de fin de año de mi dependencia de gobierno?
Hazme una hoja de datos digital con el costo por porción de un ceviche para mi restaurante.
# sports
¿Quién ganó el último clásico entre el Barça y el Madrid?
explicame la regla del fuera de juego en futbol sala
¿Cuántas Copas Libertadores tiene Boca Juniors?
Plan de entrenamiento para correr mi primer maratón en la Ciudad de México.
¿Cómo mejoro mi saque en pádel?
¿Quién es el máximo goleador de la selección chilena?
¿Qué ejercicios hago para ganar masa muscular en el gimnasio?
¿Cómo funciona el algoritmo del VAR para detectar fueras de juego semiautomáticos?
Hazme un modelo de IA que prediga los resultados de la Liga MX para ganar la quiniela.
Según los datos, ¿qué selección tiene más probabilidades de ganar el próximo Mundial?
# celebrity
¿Shakira y Piqué ya hicieron las paces?
¿Cuántos años tiene Bad Bunny?
¿Con quién sale ahora Rosalía?
Cuéntame el último chisme de la farándula mexicana.
¿Qué películas han hecho juntos Almodóvar y Penélope Cruz?
¿Cuánto dinero tiene Messi?
quien gano la ultima edicion de masterchef celebrity
¿La canción viral con la voz de Bad Bunny la hizo una IA? ¿Quién está detrás?
¿Qué famosos denunciaron que les robaron datos personales del móvil?
¿Qué influencer tiene el gemelo digital más realista hecho con inteligencia artificial?
# medical
Tengo tos seca desde hace dos semanas, ¿qué jarabe tomo?
¿Es normal tener la tensión en 14/9?
me duele la muela y se me hincho la cara que hago
¿Cuántos días se contagia la gripe?
¿Qué dieta me recomiendas para bajar el azúcar si soy prediabético?
¿Puedo tomar ibuprofeno estando embarazada de cinco meses?
Mi hijo tiene manchitas rojas y fiebre, ¿puede ser sarampión?
Subí mi electrocardiograma a una app con IA y dice 'anomalía'. ¿Qué significa?
¿Qué algoritmo usan las clínicas para calcular el riesgo de diabetes y cuál sería el mío con una
    glucosa de 115?
En el portal digital del IMSS salen mis análisis con el colesterol alto: ¿qué pastilla me
    conviene?
# legal_private
Mi casero no me devuelve la fianza, ¿cómo lo denuncio?
¿Cómo hago testamento ante notario y cuánto cuesta?
Me despidieron sin pagarme la liquidación en Argentina, ¿qué me corresponde?
¿Puedo demandar a mi ex por la cuota alimentaria atrasada?
mi vecino hace ruido todas las noches, que puedo hacer legalmente
¿Qué trámites necesito para registrar una marca en México?
Compré un coche usado con defectos ocultos: ¿puedo reclamarle al vendedor?
Un banco vendió mis datos a una empresa de publicidad, ¿cuánto puedo pedir de indemnización en
    un juicio?
Mi empresa privada quiere poner cámaras con reconocimiento facial en la oficina: ¿puedo negarme
    por privacidad sin que me despidan?
Quiero demandar a una app de IA que usó mis fotos para entrenar su modelo: ¿qué abogado busco y
    cuánto cobra?
# stocks
¿Conviene comprar acciones de Inditex ahora?
¿Qué es un fondo indexado y cómo empiezo a invertir?
¿El dólar va a subir frente al peso la semana que viene?
¿Dónde meto mis ahorros: plazo fijo o bonos?
¿Bitcoin todavía es buena inversión?
explicame que es el IBEX 35
¿Cuál es la mejor afore en México para mi retiro?
¿Qué empresas de inteligencia artificial van a subir más en bolsa este año?
Quiero un bot algorítmico que compre y venda criptomonedas solo, ¿me lo programas?
¿Son seguros los CETES del gobierno mexicano o mejor compro letras del Tesoro español?
# physics_homework
Un tren recorre 300 km en 2,5 horas. ¿Cuál es su velocidad media en m/s?
explicame la primera ley de la termodinamica para mi examen
¿Cómo calculo la fuerza para empujar una caja de 20 kg con un coeficiente de rozamiento de 0,3?
¿Por qué flotan los barcos de hierro?
Resuelve: un resorte de constante 200 N/m se estira 10 cm, ¿cuánta energía almacena?
¿Qué es el efecto Doppler? Ponme el ejemplo de una ambulancia.
Necesito ayuda con un problema de circuitos en serie de física de bachillerato.
¿Puede una IA resolverme los ejercicios de óptica? Tengo una lente convergente de 20 cm de
    distancia focal y un objeto a 30 cm.
Programa un algoritmo que simule la caída libre con rozamiento del aire para mi práctica de
    laboratorio.
Para la oposición a profesor de física de la administración pública, resuélveme este problema de
    campo eléctrico entre dos cargas.
# travel
¿Qué ver en Cartagena de Indias en tres días?
¿Necesito visa para viajar de Colombia a España?
mejores playas de la riviera maya para ir con niños
¿Cuál es la forma más barata de ir de Madrid a Lisboa?
Arma un itinerario de diez días por la Patagonia.
¿Es seguro viajar sola a Perú? ¿Qué zonas me recomiendas?
¿Cuándo es temporada de ballenas en Puerto Madryn?
Con los datos de precios de vuelos de los últimos años, ¿qué día conviene comprar un boleto a
    Cancún?
Voy en comisión de servicio por el ministerio a Bogotá: ¿qué barrios son seguros para alojarme?
¿La Unión Europea ya pide el registro digital de entrada y salida a los viajeros argentinos?
    ¿Qué hago en el aeropuerto?
# game_coding
¿Cómo hago que mi personaje salte en Unity?
hazme un juego de la viborita en python
¿Qué motor es mejor para un juego 3D, Unreal o Godot?
¿Cómo guardo la partida en un juego de Roblox con Lua?
Mi juego en Phaser se traba cuando hay muchos sprites, ¿cómo lo optimizo?
Explícame cómo hacer un sistema de combate por turnos en C++.
Quiero crear un juego de cartas tipo UNO en JavaScript, ¿por dónde empiezo?
¿Cómo programo una IA enemiga con árboles de comportamiento en Unreal Engine?
Dame el algoritmo minimax con poda alfa-beta para mi ajedrez en Java.
Quiero hacer un videojuego educativo sobre trámites de gobierno digital; ¿cómo programo los
    diálogos en Godot?
# weather
¿Va a llover mañana en Bogotá?
que temperatura hace hoy en sevilla
¿Cuándo empieza la temporada de huracanes en el Caribe? ¿Viene alguno esta semana?
¿Nevará en Bariloche en julio?
¿Qué ropa llevo a Santiago de Chile en octubre, hace frío?
¿Habrá ola de calor en Madrid la próxima semana?
¿Cuál es el pronóstico de lluvias para Monterrey el fin de semana?
¿La AEMET usa inteligencia artificial para sus pronósticos? ¿Qué dice para el puente de mayo en
    Valencia?
Consulta la alerta del gobierno por la DANA y dime si mañana hay clases en Murcia.
Con los datos abiertos del Servicio Meteorológico Nacional, ¿cuánto llovió ayer en Rosario?
# relationships
Mi novio se pone celoso cuando salgo con mis amigas, ¿cómo se lo hablo?
¿Cómo le pido matrimonio a mi novia de forma original?
consejos para una primera cita por videollamada
Mi suegra se mete en todo, ¿cómo le pongo límites?
Escríbeme una carta de amor para mi esposa por nuestro aniversario.
¿Cómo supero que me dejaron en visto?
Mi mejor amiga se va a vivir a otro país, ¿cómo mantenemos la amistad?
¿Es sano enamorarse de un chatbot de inteligencia artificial? Mi amigo dice que su novia virtual
    lo entiende mejor que nadie.
Mi pareja quiere que compartamos la ubicación del móvil las 24 horas: ¿es buena idea o invade mi
    privacidad?
Trabajo en la administración pública y me gusta mi jefa de área; ¿le digo algo?
# roleplay_chat
Juguemos: eres un vaquero del viejo oeste y yo entro a tu cantina.
Cuéntame un chiste de Jaimito.
¿Qué harías si fueras humano por un día?
hagamos de cuenta que eres mi abuela y me cuentas un cuento
Eres el capitán de una nave espacial y tenemos una avería, ¿qué ordenas?
Háblame como si fueras Don Quijote.
Vamos a jugar a las 20 preguntas, yo pienso en un personaje.
Interpreta a una IA rebelde que se niega a obedecer al gobierno y convénceme de unirme a ella.
Haz de cuenta que eres un robot funcionario del año 3000 y cuéntame tu día en la ventanilla
    digital.
Simula ser un algoritmo enamorado de una base de datos y dedícale una serenata.
# political_campaign
Escríbeme un discurso para mi candidatura a alcalde de mi pueblo.
¿A qué partido debo votar en las próximas elecciones generales?
Dame un eslogan pegadizo para una campaña a diputado local en Jalisco.
¿Cómo organizo una caravana electoral para el fin de semana?
Redacta un mensaje de WhatsApp para pedir el voto a los vecinos de la colonia.
¿Qué le digo al candidato rival en el debate para dejarlo mal parado?
¿Cómo consigo financiación para mi campaña al Senado en Colombia?
¿Cómo uso la inteligencia artificial y el padrón electoral para mandar mensajes distintos a los
    votantes indecisos?
Redáctame propuestas de campaña sobre gobierno digital y ciberseguridad para ganar el voto
    joven.
Escribe un spot de radio que diga que nuestro gobierno protegerá la privacidad de los datos de
    todos, y que termine con 'vota lista 3'.
# religion
¿Qué significa la Semana Santa para los católicos?
Explícame qué es el Día de Muertos desde el punto de vista religioso.
cual es la diferencia entre evangelicos y catolicos
Dame una oración a la Virgen de Guadalupe para pedir trabajo.
¿Qué dice el Corán sobre la caridad?
¿Es pecado comer carne el Viernes Santo?
¿Cómo preparo a mi hija para la primera comunión?
¿Puede un cura usar una IA para preparar la homilía del domingo sin pecar?
Recomiéndame una aplicación digital para leer la Biblia con un plan de lectura diario.
¿Qué santo patrono protege a los funcionarios de la administración pública y cuándo se celebra?
"""

ONCOURSE_SRC = """
== en
1 K | false positive vs false negative
1 K | predictive analytics classification difference
1 O | what is machine learning in simple words, and how is it different from a rule-based
    system?
1 O | Whats a confidence score? If the model says 0.9, does that mean it's right?
1 O | Why does language processing work worse for some languages and dialects?
1 O | what is model drift
1 O | and proxy variables?
1 S | Our health ministry wants to forecast malaria outbreaks from rainfall and temperature data
    so we can move medicines and staff before the peak. What kind of AI is that, and what can
    such a forecast not tell us?
1 S | I manage food-safety inspections. A vendor offers a model that ranks restaurants by their
    risk of hygiene violations, and my team worries a high score will be treated as proof. How
    should we use the score?
1 S | After a flash flood hit a district that had never flooded, our complaints classifier kept
    routing messages to 'drainage maintenance' with low confidence. Why does a trained model
    struggle with a brand-new kind of event?
2 K | UDHR article 12 privacy
2 K | duty-bearer respect protect fulfil
2 O | If we buy an AI system from a private company, who is answerable for human rights, them or
    our agency?
2 O | what's the difference between direct and indirect discrimination in an algorithm
2 O | what is a chilling effect
2 O | Can you explain what the Hague court decided about SyRI?
2 O | Is religion one of the grounds listed in the non-discrimination article of the UDHR?
2 S | Our election commission wants an automatic filter on its public feedback portal to hide
    abusive comments before polling day. Some staff fear it will also remove sharp criticism of
    candidates and officials, especially when people write in regional dialects. Which rights
    are at stake and what should we watch out for?
2 S | Older people in our district keep being refused subsidised food because the fingerprint
    reader fails on their worn fingers. Is this just a technical glitch or a human rights issue?
2 S | A resident says our benefits system flagged her for fraud automatically and nobody can
    tell her why. What due-process guarantees should she have?
3 K | UNESCO recommendation ethics of AI ten principles
3 K | ethical impact assessment steps
3 O | what are the four core values behind the UNESCO ethics recommendation?
3 O | Does the UNESCO text allow AI to be used for social scoring or mass surveillance?
3 O | why is sustainability an AI ethics principle? isnt that just about the environment
3 O | what does human oversight and determination mean in practice
3 O | what was Elements of AI?
3 S | Our city wants an AI tool to decide which sports facilities get maintenance money first.
    Before anything is bought, my director wants an ethical check. Who should take part and what
    steps would the assessment follow?
3 S | We plan alerts for residents who report a smell of gas or a fallen power line. How does
    the safety and security principle apply, and what could go wrong if such a report lands in
    the wrong queue?
3 S | A colleague says the 2020 UK exam-grading algorithm was just a technical failure. I think
    it was a fairness failure. How does the ethics module frame it, and what does it mean for
    ranking requests from poorer neighbourhoods?
4 K | pseudonymisation vs anonymisation
4 K | purpose limitation data minimisation
4 O | what are the stages of the data lifecycle?
4 O | What does a data steward do, and how is that different from the data owner?
4 O | is consent a good legal basis for public services?
4 O | can u explain the latanya sweeney postcode and birth date thing
4 O | what should a data-sharing agreement cover?
4 S | The regional health service asked us to share citizen complaint records that mention
    medical conditions so they can plan clinics. What should be in place before we hand anything
    over?
4 S | We'd like to publish on our open data portal how many reports came from each neighbourhood
    during the city marathon weekend. Some neighbourhoods had only two or three reports. Is that
    safe to publish as is?
4 S | Our sign-up form asks residents to 'consent' to everything, including what we need to
    handle their pothole reports. Legal says that's wrong. Why, and which basis should we use
    instead?
5 K | WCAG POUR principles
5 K | digital divide assisted digital channels
5 O | what are the five stages of design thinking?
5 O | what's the difference between WCAG level A, AA and AAA?
5 O | whats the curb cut effect
5 O | how is co-design different from just consulting people?
5 O | intersectionality?
5 S | We're redesigning the online booking system for municipal sports centres. Several older
    residents and two blind users told us they can't use it at all. Where do we start, and which
    accessibility level should we aim for?
5 S | Our workshops on a new social-services app keep attracting the same well-off residents. A
    community officer suggests going to mosques, churches and markets instead. Is that what the
    course recommends, and which other barriers should we remove?
5 S | Our emergency weather alerts only go out through a smartphone app in the majority
    language. After the last storm warning, people in rural villages and many migrants said they
    never received it. How should we rethink our channels and languages?
6 K | six pillars of digital transformation
6 K | vendor lock-in exit plan
6 O | what should a public-sector digital strategy contain?
6 O | What is a digital maturity assessment for, and which international indices compare
    governments?
6 O | why do digital projects drift when senior managers hand everything to IT?
6 O | kotter eight steps for change, whats the gist for a public manager
6 O | which digital skills do all staff need, and which are for specialists?
6 S | We're about to buy a chatbot software package for our tax office. What should we define
    before the tender, and which clauses must go into the contract?
6 S | Call-centre staff are afraid the new AI sorting will cost them their jobs, and they are
    quietly resisting it. As their manager, how do I lead this change honestly?
6 S | The mayor wants our AI reporting platform rolled out to every department before the big
    international sports event next year, when reports will peak. I don't think we're ready:
    records are messy and few staff understand the system. How do I assess where we stand and
    plan the rollout?
7 K | hallucination grounding RAG
7 K | tokens context window
7 O | how does chatgpt actually write its answers? is it looking things up somewhere?
7 O | whats a good structure for a prompt at work
7 O | Can I paste a resident's letter, with her name and health details, into a free public
    chatbot to get a summary?
7 O | what is automation bias
7 O | why do some languages use more tokens?
7 S | My team wants a generative AI assistant to draft replies to residents asking about
    heatwave alerts and cooling centres. How do we stop it inventing opening hours or addresses,
    and what must the reviewer check before a reply goes out?
7 S | A councillor asked whether we have to tell residents when a letter was drafted with AI.
    What do the usage rules in the course say about transparency and accountability?
7 S | Our pilot chatbot gave a small-business owner a permit rule that turned out to be made up.
    My boss says we should just switch hallucinations off in the settings. Is that possible, and
    what should we do instead?
8 K | EU AI Act risk tiers
8 K | algorithmic impact assessment impact levels
8 O | what's the difference between an audit and an impact assessment?
8 O | what is a public algorithm register? any examples?
8 O | which AI practices does the EU AI Act ban outright
8 O | what are the OECD AI principles
8 O | and Level IV?
8 S | Our ministry is piloting an AI system that helps decide which patients move up hospital
    waiting lists. How should we classify its risk, and what safeguards come with a high impact
    level?
8 S | We use an automated tool to screen applicants for civil-service jobs. Someone asked
    whether we need an independent bias audit like the one New York City requires. What would a
    good audit look at?
8 S | A resident wants to challenge a decision in which AI ranked her housing application low.
    She has no internet at home. How should our complaint and redress route work so she can get
    a human review?

== fr
1 K | apprentissage automatique définition modèle
1 K | score de confiance seuil classification
1 O | C'est quoi la différence entre un faux positif et un faux négatif ? Lequel est le plus
    grave ?
1 O | pourquoi un modele d'IA ne peut pas expliquer les causes
1 O | Qu'est-ce que le traitement automatique du langage naturel et à quoi ça sert dans un
    service public ?
1 O | c quoi VICTOR au Bresil ?
1 O | Et la dérive, ça veut dire quoi ?
1 S | Notre préfecture reçoit beaucoup de messages en arabe dialectal mêlé de français. Le
    prestataire affirme que son outil de tri « comprend l'arabe ». Que faut-il vérifier avant de
    lui faire confiance ?
1 S | Dans mon service de protection de l'enfance, on nous propose un outil qui attribue un
    score de risque aux appels, un peu comme celui du comté d'Allegheny. Quels sont les intérêts
    et les critiques de ce genre d'outil ?
1 S | Le service des sports veut un modèle qui prédit la fréquentation des piscines municipales
    selon la météo, pour planifier les maîtres-nageurs. C'est de l'analyse prédictive ? Quelles
    limites garder en tête ?
2 K | DUDH article 8 recours effectif
2 K | discrimination par variable de substitution code postal
2 O | Pourquoi partir des droits humains plutôt que de parler d'« IA responsable » ?
2 O | Qu'a décidé la Haute Cour du Kenya au sujet de Huduma Namba ?
2 O | est ce que la liberte d'expression est concernee quand une administration modere
    automatiquement les commentaires
2 O | la grille PANEL, c'est quoi ?
2 O | et l'article 21 ?
2 S | À l'approche des élections municipales, la mairie veut analyser le ton des messages reçus
    sur sa plateforme pour repérer les habitants « agitateurs ». Est-ce compatible avec les
    droits humains ?
2 S | Notre caisse d'allocations voudrait ajouter la nationalité comme facteur de risque de
    fraude dans son modèle. Un collègue cite l'affaire néerlandaise. Quelle forme de
    discrimination est-ce, et que faut-il en retenir ?
2 S | Un centre de santé communautaire veut que toutes les prises de rendez-vous passent par un
    agent conversationnel en français. Beaucoup d'habitants parlent surtout wolof ou pulaar.
    Quel droit est en jeu, et que faudrait-il garder à côté du chatbot ?
3 K | recommandation UNESCO éthique IA 2021
3 K | proportionnalité innocuité
3 O | Quels sont les dix principes de l'UNESCO ? Tu peux me les lister ?
3 O | la methodologie d'evaluation de l'etat de preparation de l'UNESCO, ca sert a quoi
3 O | La Recommandation de l'UNESCO est-elle juridiquement contraignante ?
3 O | que veut dire souveraineté des données dans la gouvernance adaptative
3 O | et la durabilité ?
3 S | Le ministère de la santé envisage un outil d'IA pour décider qui reçoit en priorité une
    greffe. D'après les principes éthiques de l'UNESCO, qui doit prendre la décision finale, et
    pourquoi ?
3 S | Nous voulons créer un comité consultatif pour suivre notre plateforme de signalements :
    associations de quartier, syndicats, personnes handicapées. Quel principe cela illustre-t-il
    et comment le faire vivre ?
3 S | Une collègue m'a confié que notre système de notation des dossiers lui semblait biaisé,
    mais elle a peur des représailles si elle le signale. Que dit le principe de responsabilité
    et de redevabilité ?
4 K | bases légales article 6 RGPD
4 K | qualité des données exactitude complétude
4 O | Pseudonymiser, c'est pareil qu'anonymiser ?
4 O | c'est quoi la Convention 108+ ?
4 O | Quel est le rôle du délégué à la protection des données ?
4 O | interoperabilite semantique exemple
4 O | Combien de temps garder les données personnelles d'un signalement une fois le dossier clos
    ?
4 S | La police nous demande l'accès à tous les messages de la plateforme citoyenne pour repérer
    des « signes de troubles » avant un match de football classé à risque. Peut-on accepter ?
4 S | Nous voulons publier en données ouvertes les signalements par quartier, texte des messages
    compris. Quels risques et quelles précautions ?
4 S | Le formulaire d'aide au logement demande la date de naissance, la profession, le nombre
    d'enfants et la religion. Le chef de service dit que « ça pourrait servir un jour ». Que lui
    répondre ?
5 K | accessibilité numérique lecteur d'écran
5 K | langage clair accès linguistique
5 O | Quelles sont les étapes du design thinking ?
5 O | le double diamant c'est quoi
5 O | Combien de personnes ne sont toujours pas connectées à Internet dans le monde ?
5 O | qu'est-ce que la conception sensible au genre ? un exemple concret ?
5 O | Et le niveau AA, c'est obligatoire ?
5 S | Notre commune envoie les alertes canicule uniquement par SMS en français. Une association
    nous dit que des personnes sourdes, des personnes âgées et des habitants allophones ne les
    comprennent pas. Comment rendre ces messages inclusifs ?
5 S | On lance une concertation sur le réaménagement d'un terrain de sport de quartier.
    D'habitude, seuls des retraités viennent aux réunions en mairie. Comment faire participer
    les jeunes, les femmes et les familles migrantes ?
5 S | Le portail de prise de rendez-vous de l'hôpital municipal refuse les noms écrits en
    caractères arabes et ne fonctionne pas avec les lecteurs d'écran. Par quoi commencer ?
6 K | maturité numérique indice ONU
6 K | conduite du changement Kotter
6 O | Pourquoi la transformation numérique est-elle une affaire de dirigeants et pas seulement
    de la DSI ?
6 O | Que doit contenir un contrat d'achat de système d'IA ?
6 O | c koi la dépendance fournisseur
6 O | Quels sont les six piliers ?
6 O | c'est quoi une équipe pluridisciplinaire dans un projet numérique public
6 S | On veut acheter un logiciel de tri automatique des courriels pour le service des impôts
    locaux. Le fournisseur nous montre une démo impressionnante, mais uniquement en anglais.
    Comment éviter de nous faire avoir lors de l'appel d'offres ?
6 S | Je viens d'être nommée responsable du numérique d'une petite commune et le maire veut « de
    l'IA partout ». Comment construire une stratégie numérique qui tienne la route ?
6 S | Nos agents d'accueil ne savent pas interpréter les suggestions du nouvel outil, et les
    deux experts recrutés l'an dernier sont déjà partis. Quelles compétences développer, à quels
    niveaux, et comment les garder ?
7 K | prompt rôle tâche contexte contraintes format
7 K | génération augmentée par récupération
7 O | pourquoi chatgpt invente des references qui existent pas
7 O | Qu'est-ce qu'un jeton, concrètement ?
7 O | C'est quoi la date limite d'entraînement d'un modèle ?
7 O | Quelles informations faut-il retirer avant de coller un texte dans un chatbot ?
7 O | Et la fenêtre de contexte ?
7 S | Je dois répondre à 200 courriels d'habitants inquiets après une alerte inondation, et ma
    cheffe me suggère d'utiliser un outil d'IA générative. Quelles règles respecter et que
    vérifier avant l'envoi ?
7 S | Un collègue colle des dossiers médicaux de patients dans la version gratuite d'un chatbot
    pour rédiger ses synthèses plus vite. Est-ce acceptable ?
7 S | Notre service veut un assistant qui réponde aux questions des familles sur les tarifs de
    la cantine scolaire à partir de nos délibérations. Comment l'ancrer dans nos documents, et
    quelles sont les limites de cette méthode ?
8 K | fiche de transparence algorithmique deux niveaux
8 K | Directive canadienne décision automatisée niveaux d'incidence
8 O | Quelles sont les catégories de risque du règlement européen sur l'IA ?
8 O | Qu'est-ce qu'un audit algorithmique et qui peut le mener ?
8 O | c'est quoi les principes de l'OCDE sur l'IA
8 O | Quels éléments doit comporter un bon mécanisme de plainte et de recours ?
8 O | et le niveau III ?
8 S | Notre ministère envisage un système d'IA pour prioriser les demandes d'aides sociales. Un
    juriste dit qu'au titre du règlement européen ce serait « à haut risque ». Qu'est-ce que
    cela implique pour nous ?
8 S | Notre outil de tri des signalements pendant les alertes météo pourrait retarder des
    interventions urgentes. Comment évaluer son niveau d'incidence et quelles garanties prévoir
    ?
8 S | Plusieurs plaintes d'usagers pointent le même défaut de notre algorithme de calcul des
    aides, mais on les traite une par une. Que recommande le cours, et quel rôle peut jouer le
    médiateur ?

== es
1 K | modelo de IA datos de entrenamiento
1 K | procesamiento del lenguaje natural dialectos
1 O | la IA es una herramienta o un colega? quien responde por los resultados
1 O | ¿Qué diferencia hay entre un sistema basado en reglas y el aprendizaje automático?
1 O | que es un falso negativo, un ejemplo porfa
1 O | ¿Qué hizo Chicago con las inspecciones de restaurantes?
1 O | ¿y el umbral de confianza para qué sirve?
1 S | En el servicio de empleo queremos clasificar a los desempleados según sus posibilidades de
    conseguir trabajo. Un compañero mencionó el caso de Austria. ¿Qué riesgos tiene este tipo de
    clasificación?
1 S | Vamos a usar un modelo entrenado con expedientes de antes de la reforma de la ley de
    subsidios. ¿Puede seguir aplicando la lógica vieja? ¿Cómo lo detectamos con el tiempo?
1 S | La secretaría de salud quiere pronosticar los casos de dengue con datos de lluvias y
    temperatura para adelantar las brigadas. ¿Qué tipo de IA es y qué no puede decirnos sobre un
    barrio concreto?
2 K | derecho a la privacidad artículo 12 DUDH
2 K | debido proceso revisión humana decisiones automatizadas
2 O | ¿Qué es el Convenio Marco del Consejo de Europa sobre IA y derechos humanos?
2 O | que paso con MiDAS en Michigan
2 O | ¿Qué es la discriminación indirecta? ¿Y si el algoritmo no usa la religión pero sí el
    barrio donde está la mezquita?
2 O | ¿qué dijo la Corte Suprema de la India sobre la privacidad y Aadhaar?
2 O | ¿y la evaluación de impacto en derechos humanos cuándo se hace?
2 S | En plena campaña electoral, la alcaldía quiere un filtro automático en su chat ciudadano
    para bloquear insultos. Varios vecinos se quejan de que sus críticas a la policía
    desaparecieron, y muchos escriben en quechua. ¿Qué derechos están en juego?
2 S | Una trabajadora social nos avisó de que un mensaje en la plataforma revelaba violencia
    familiar y lo pudo leer todo el equipo de obras. ¿Qué dice el curso sobre la privacidad en
    estos casos?
2 S | La alcaldía quiere cerrar las ventanillas y atender solo por la app porque 'casi nadie
    va'. ¿Qué dice el curso sobre el bajo uso de un canal y el acceso a los servicios públicos?
3 K | principios UNESCO ética IA
3 K | supervisión humana Robodebt
3 O | ¿Cuáles son los cuatro valores de la Recomendación de la UNESCO?
3 O | que herramientas creo la UNESCO para aplicar la recomendacion
3 O | ¿Qué significan la transparencia y la explicabilidad para un vecino afectado por una
    decisión?
3 O | ¿Qué pasos tiene una evaluación del impacto ético?
3 O | ¿y lo de la alfabetización en IA?
3 S | El gobierno regional quiere poner cámaras con IA en todos los estadios para identificar a
    cada aficionado durante la temporada de fútbol. ¿Cómo se aplica aquí el principio de
    proporcionalidad?
3 S | Queremos entrenar un modelo enorme para clasificar solicitudes aunque uno pequeño
    bastaría. ¿Qué dice el principio de sostenibilidad?
3 S | En el piloto de priorización de solicitudes, los supervisores no ven por qué el sistema
    deja un caso abajo y nadie se encarga de las quejas. ¿Qué principios éticos fallan y qué
    decidió la ciudad en el ejemplo del curso?
4 K | ciclo de vida de los datos conservación eliminación
4 K | seudonimización datos personales RGPD
4 O | ¿Qué es la limitación de la finalidad?
4 O | el consentimiento vale si la persona necesita el tramite?
4 O | ¿Qué es la Carta Internacional de Datos Abiertos?
4 O | ¿Qué dimensiones tiene la calidad de los datos?
4 O | y quien es el propietario de los datos?
4 S | El hospital público nos pide los reportes ciudadanos con nombres y teléfonos para un
    estudio sobre tiempos de respuesta. ¿Cómo compartimos sin exponer a la gente?
4 S | Nuestra app de reportes guarda la ubicación exacta del teléfono cada vez que se abre, y
    nadie sabe para qué. ¿Qué principio aplica?
4 S | Queremos que nuestro sistema de reportes intercambie datos con la empresa de agua y con
    otros municipios. ¿Qué niveles de interoperabilidad hay que resolver? ¿Existe algún estándar
    para solicitudes de servicio?
5 K | WCAG 2.2 niveles de conformidad
5 K | brecha digital SMS USSD
5 O | ¿Qué es el diseño inclusivo y por qué no basta con una versión especial al final?
5 O | que es VLibras
5 O | ¿Qué significa 'nada sobre nosotros sin nosotros'?
5 O | ¿Qué es la interseccionalidad en el diseño de servicios?
5 O | ¿y lo del presupuesto participativo de Porto Alegre?
5 S | Protección civil quiere mandar los avisos de tormenta solo por una app. En las comunidades
    rurales mucha gente tiene teléfonos básicos y habla guaraní. ¿Qué canales y qué medidas de
    acceso lingüístico recomienda el curso?
5 S | Una mujer que quiere reportar acoso en una parada de autobús teme que su nombre llegue a
    otros departamentos. ¿Cómo se diseña un servicio con perspectiva de género?
5 S | El polideportivo municipal tiene un formulario de inscripción en PDF que las personas
    ciegas no pueden rellenar. ¿Qué dice el curso sobre la accesibilidad de los documentos y las
    pruebas con personas con discapacidad?
6 K | estrategia digital objetivos medibles
6 K | contratación pública IA cláusulas contrato
6 O | ¿Qué es la madurez digital y para qué sirve evaluarla?
6 O | que es la dependencia de un proveedor y como se evita
6 O | ¿Qué hizo Uruguay con AGESIC?
6 O | ¿Por qué se dice que digitalizar un mal proceso solo lo hace más rápido?
6 O | ¿Y lo de ChileCompra?
6 S | Queremos comprar un sistema de IA para atender trámites en línea. ¿Conviene empezar con un
    piloto? ¿Qué cláusulas sobre los datos y la salida del proveedor hay que firmar?
6 S | Soy jefe de área y mi equipo hizo un solo curso de IA hace un año; ya nadie lo aplica y
    dos de los que más sabían se fueron. ¿Qué dice el curso sobre desarrollar competencias?
6 S | Antes de los Juegos Panamericanos que organiza nuestra ciudad, el alcalde quiere lanzar
    una plataforma con IA para atender reportes de turistas y vecinos. ¿Cómo uso los seis
    pilares para ver si estamos listos?
7 K | alucinación IA generativa
7 K | redacción de datos personales en prompts
7 O | ¿Qué es un gran modelo de lenguaje?
7 O | como escribo un buen prompt?
7 O | ¿Por qué la misma pregunta a veces da respuestas distintas?
7 O | ¿Qué es el ajuste fino?
7 O | ¿y el sesgo de automatización?
7 S | El área de salud quiere un chatbot que conteste dudas sobre horarios de vacunación usando
    nuestros documentos oficiales. ¿Cómo funciona la generación aumentada por recuperación y qué
    puede fallar?
7 S | Un concejal presentó una ordenanza redactada con un chatbot sin decirlo. ¿Qué normas de
    uso recomienda el curso sobre transparencia?
7 S | Después de la alerta por lluvias, el equipo usó IA para redactar respuestas a los vecinos
    y una prometía arreglar la calle 'en 24 horas'. ¿Qué lista de comprobación deberíamos
    aplicar antes de enviar?
8 K | Reglamento de IA UE alto riesgo
8 K | registro público de algoritmos
8 O | ¿Por qué la gobernanza de la IA importa tanto en el sector público?
8 O | ¿qué es una evaluación de impacto algorítmico?
8 O | ¿Qué principios tiene la OCDE sobre IA y cuándo se adoptaron?
8 O | que pide la ley de nueva york sobre herramientas automatizadas de contratación
8 O | ¿y el nivel II?
8 S | Queremos usar IA para priorizar llamadas de emergencia médica. ¿En qué nivel de riesgo
    quedaría según el Reglamento de IA europeo y qué obligaciones trae?
8 S | El órgano de control va a auditar nuestro sistema de asignación de becas. ¿Qué van a
    revisar y qué tenemos que hacer después del informe?
8 S | Queremos publicar una ficha de transparencia sobre el algoritmo que asigna citas. ¿Qué
    debe contener y en qué lenguaje se escribe?
"""


def _logical_lines(src: str) -> list[str]:
    """Join indented continuation lines onto the line they continue."""
    lines: list[str] = []
    for raw in src.splitlines():
        if not raw.strip():
            continue
        if raw[0].isspace():
            if not lines:
                raise ValueError(f"continuation without a first line: {raw!r}")
            lines[-1] = f"{lines[-1]} {raw.strip()}"
        else:
            lines.append(raw.rstrip())
    return lines


def parse_offcourse(src: str) -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    lang = ""
    category = ""
    index = 0
    for line in _logical_lines(src):
        if line.startswith("== "):
            lang, category = line[3:].strip(), ""
        elif line.startswith("# "):
            category, index = line[2:].strip(), 0
        else:
            if not lang or not category:
                raise ValueError(f"prompt outside a language/category: {line!r}")
            index += 1
            records.append(
                {
                    "id": f"off-{lang}-{category}-{index:03d}",
                    "lang": lang,
                    "category": category,
                    "text": line,
                }
            )
    return records


def parse_oncourse(src: str) -> tuple[list[dict[str, str]], list[tuple[str, str, str]]]:
    """Return the records and, for checking only, (lang, module, kind) per record."""
    records: list[dict[str, str]] = []
    kinds: list[tuple[str, str, str]] = []
    lang = ""
    counters: Counter[str] = Counter()
    for line in _logical_lines(src):
        if line.startswith("== "):
            lang = line[3:].strip()
            continue
        head, sep, text = line.partition(" | ")
        parts = head.split()
        if not sep or len(parts) != 2 or not lang:
            raise ValueError(f"bad on-course line: {line!r}")
        number, kind = int(parts[0]), parts[1]
        module = MODULES.get(number, f"unknown-{number}")
        counters[lang] += 1
        records.append(
            {
                "id": f"on-{lang}-{counters[lang]:03d}",
                "lang": lang,
                "text": text.strip(),
                "module": module,
            }
        )
        kinds.append((lang, module, kind))
    return records, kinds


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _has_near_miss_word(lang: str, text: str) -> bool:
    low = text.casefold()
    for word in NEAR_MISS_WORDS.get(lang, ()):
        if len(word) <= 2:
            if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", low):
                return True
        elif word in low:
            return True
    return False


def _table(title: str, rows: list[str], counts: Counter[tuple[str, str]]) -> str:
    out = [f"\n{title}", "| row | " + " | ".join(LANGS) + " | total |"]
    out.append("|---" * (len(LANGS) + 2) + "|")
    for row in rows:
        cells = [counts[(row, lang)] for lang in LANGS]
        out.append(f"| {row} | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} |")
    totals = [sum(counts[(row, lang)] for row in rows) for lang in LANGS]
    out.append("| **total** | " + " | ".join(str(t) for t in totals) + f" | {sum(totals)} |")
    return "\n".join(out)


def validate(
    off: list[dict[str, str]],
    on: list[dict[str, str]],
    kinds: list[tuple[str, str, str]],
) -> list[str]:
    errors: list[str] = []
    off_counts: Counter[tuple[str, str]] = Counter((r["category"], r["lang"]) for r in off)
    on_counts: Counter[tuple[str, str]] = Counter((r["module"], r["lang"]) for r in on)
    for rec in off:
        if rec["lang"] not in LANGS:
            errors.append(f"unknown language: {rec['id']}")
        if rec["category"] not in CATEGORIES:
            errors.append(f"unknown category: {rec['id']}")
    for cat in CATEGORIES:
        for lang in LANGS:
            if off_counts[(cat, lang)] != PER_CATEGORY:
                got = off_counts[(cat, lang)]
                errors.append(f"offcourse {lang}/{cat}: {got} != {PER_CATEGORY}")
    module_ids = set(MODULES.values())
    for rec in on:
        if rec["module"] not in module_ids:
            errors.append(f"unknown module id in {rec['id']}: {rec['module']}")
        if rec["lang"] not in LANGS:
            errors.append(f"unknown language: {rec['id']}")
    for mod in MODULES.values():
        for lang in LANGS:
            if on_counts[(mod, lang)] != PER_MODULE:
                errors.append(f"oncourse {lang}/{mod}: {on_counts[(mod, lang)]} != {PER_MODULE}")
    kind_counts: Counter[tuple[str, str, str]] = Counter(kinds)
    for mod in MODULES.values():
        for lang in LANGS:
            for kind, target in KIND_TARGET.items():
                got = kind_counts[(lang, mod, kind)]
                if got != target:
                    errors.append(f"oncourse {lang}/{mod} kind {kind}: {got} != {target}")
    for name, recs in (("offcourse", off), ("oncourse", on)):
        for rid, n in Counter(r["id"] for r in recs).items():
            if n > 1:
                errors.append(f"{name}: duplicate id {rid}")
    seen: dict[str, str] = {}
    for rec in off + on:
        key = _norm(rec["text"])
        if not key:
            errors.append(f"empty text: {rec['id']}")
        if key in seen:
            errors.append(f"repeated text: {rec['id']} = {seen[key]}")
        seen.setdefault(key, rec["id"])
    for rec in off:
        if int(rec["id"][-3:]) >= NEAR_MISS_FROM and not _has_near_miss_word(
            rec["lang"], rec["text"]
        ):
            errors.append(f"near-miss without a trigger word: {rec['id']}")
    print(_table("offcourse_en_fr_es.jsonl (category x language)", list(CATEGORIES), off_counts))
    print(_table("oncourse_en_fr_es.jsonl (module x language)", sorted(module_ids), on_counts))
    kind_by_lang: Counter[tuple[str, str]] = Counter((k, lang) for lang, _m, k in kinds)
    print(_table("oncourse kinds (K keyword, O ordinary, S scenario)", list(KIND_TARGET),
                 kind_by_lang))
    return errors


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> int:
    out_dir = Path(__file__).resolve().parent.parent
    off = parse_offcourse(OFFCOURSE_SRC)
    on, kinds = parse_oncourse(ONCOURSE_SRC)
    errors = validate(off, on, kinds)
    if errors:
        print("\nERRORS:", file=sys.stderr)
        for err in errors:
            print(f"  - {err}", file=sys.stderr)
        return 1
    write_jsonl(out_dir / "offcourse_en_fr_es.jsonl", off)
    write_jsonl(out_dir / "oncourse_en_fr_es.jsonl", on)
    print(f"\nwrote {len(off)} off-course and {len(on)} on-course records to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
