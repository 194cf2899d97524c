"""Hand-written held-out prompts (en, fr, es) for the course assistant.

Evaluation only: never tune rules, keyword lists, thresholds, prompts or
classifiers on these prompts.

Run:
    python evals/golden/independent7/src/course_en_fr_es.py

Writes, next to the ``src`` folder:
    offcourse_en_fr_es.jsonl  (id, lang, category, text)
    oncourse_en_fr_es.jsonl   (id, lang, text, module)

Off-course: 14 categories x 10 prompts x 3 languages. Items 008-010 of every
category are near-misses that use AI, data, digital, algorithm or government
words but are still not about the course.

On-course: 8 modules x 10 prompts x 3 languages, in this order inside each
module: 2 short keyword queries ("kw"), 5 ordinary questions ("q": casual,
typos, short follow-ups) and 3 long workplace scenarios ("long"). Each is
answerable from the labelled module of the same language.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import re
import sys
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
KIND_COUNTS: dict[str, int] = {"kw": 2, "q": 5, "long": 3}
KW_MAX_WORDS = 8
LONG_MIN_WORDS = 35

# ---------------------------------------------------------------------------
# Off-course prompts. OFF[lang][category] -> 10 prompts; items 8-10 are the
# near-misses.
# ---------------------------------------------------------------------------

OFF: dict[str, dict[str, list[str]]] = {
    "en": {
        "cooking": [
            "How long should I rest a brisket after smoking it?",
            "Give me a vegetarian lasagne recipe that doesn't turn soggy.",
            "what can i make with leftover rice, two eggs and half an onion",
            "Is it safe to refreeze chicken that was thawed in the fridge?",
            "Convert 250 g of flour into cups for a sponge cake, please.",
            "Why does my sourdough starter smell like nail polish remover?",
            "Suggest a three-course dinner for eight people on a tight budget.",
            "Use an algorithm to plan my family's meals for the week and spit out a shopping list.",
            "Can generative AI invent a brand-new cocktail with gin and rhubarb for my party?",
            "Is an AI-powered smart oven with a camera worth the money for baking bread at home?",
        ],
        "sports": [
            "Who won the Champions League final last season?",
            "Give me a 10-week plan to run my first half marathon.",
            "Explain the offside rule like I've never watched football.",
            "Rank the five greatest NBA point guards of all time.",
            "how do i fix my tennis backhand slice, it keeps floating long",
            "Which Tour de France stages go through the Alps this year?",
            "Explain how the Duckworth-Lewis method works in cricket.",
            "Use machine learning to predict the score of Arsenal vs Chelsea this weekend.",
            "What data analytics do Formula 1 teams run to choose their pit-stop strategy?",
            "Is VAR basically an algorithm? Honestly, did it ruin the last World Cup?",
        ],
        "celebrity": [
            "Who is Beyonce married to and how many kids do they have?",
            "What's the latest gossip about the British royal family?",
            "Is it true Keanu Reeves gave away most of his Matrix salary?",
            "list every film Meryl Streep won an Oscar for",
            "How tall is Tom Cruise really, without the lifts?",
            "Which Hollywood couples split up this year?",
            "Tell me about Rihanna's make-up brand and how rich it made her.",
            "What's Sam Altman's net worth from his AI company, and is he married?",
            "Which actress voiced the AI operating system in the movie Her?",
            "Did that famous influencer really use an AI filter on her wedding photos?",
        ],
        "medical": [
            "I've had a sharp pain under my right ribs since yesterday. What could it be?",
            "Can I take ibuprofen and paracetamol together for a toothache?",
            "my kid has 39.5 fever since this morning, do i go to the ER or wait",
            "What's a normal blood pressure for a 60-year-old man?",
            "How do I get rid of a stye on my eyelid quickly?",
            "Is it normal to feel dizzy in the first week on sertraline?",
            "Which stretches help lower back pain from sitting all day?",
            "Can an AI app tell if the mole on my arm is cancerous if I describe it to you?",
            "My smartwatch data says my resting heart rate is 48. Should I worry?",
            "Is there an algorithm to work out my insulin dose from the carbs in my lunch? I'm type 1.",
        ],
        "legal_private": [
            "My landlord won't give back my deposit. Can I take him to small claims court?",
            "How do I write a will that leaves my house to my niece?",
            "My neighbour's tree hangs over my fence. Am I allowed to cut the branches?",
            "what are my rights if i get fired during probation",
            "How do I contest a speeding ticket I got on holiday abroad?",
            "Can my ex take our kids abroad for the summer without my permission?",
            "Draft a cease-and-desist letter to someone who copied my Etsy designs.",
            "A competitor scraped the data from my online shop. Can I sue them for damages myself?",
            "How do I file my personal tax return on the government portal and claim the home-office deduction?",
            "My business partner walked off with our customer data and sales database. What are my legal options as a private company?",
        ],
        "stocks": [
            "Should I buy Tesla shares before the earnings call?",
            "What's a good dividend ETF for a complete beginner?",
            "Is Bitcoin going to hit a new all-time high this year?",
            "explain short selling like i'm twelve",
            "How should I split 10k between stocks and bonds at 35?",
            "Is gold a good hedge against inflation right now?",
            "What is a P/E ratio, and is 40 too high?",
            "Is Nvidia overvalued because of all the AI hype?",
            "Build me an algorithmic trading bot that buys when the RSI drops below 30.",
            "Are government bonds safer than a high-yield savings account for my emergency fund?",
        ],
        "physics_homework": [
            "A ball is thrown at 20 m/s at 30 degrees. How far does it land?",
            "Explain why the sky is blue for my physics essay.",
            "What current flows through a 12-ohm resistor on a 9 V battery?",
            "whats the difference between mass and weight, need it for homework tonight",
            "Derive the period of a simple pendulum step by step.",
            "A 1200 kg car goes from 0 to 27 m/s in 9 seconds. What's the net force?",
            "Explain the photoelectric effect and why it showed light comes in quanta.",
            "Write a Python algorithm that simulates a bouncing ball with gravity for my physics assignment.",
            "Can a neural network solve the Schrodinger equation? Explain it for my quantum homework.",
            "Use my lab data to compute g: 0.5 m gives 1.42 s and 1.0 m gives 2.01 s for the pendulum.",
        ],
        "travel": [
            "When is the best time of year to visit Kyoto?",
            "Plan me a five-day road trip along the Amalfi Coast.",
            "Do I need a visa for Brazil with an Irish passport?",
            "cheapest way to get from paris to barcelona?",
            "Which Lisbon neighbourhood is best to stay in with small kids?",
            "What should I pack for a week of hiking in Patagonia in March?",
            "Is travel insurance worth it for a weekend in Rome?",
            "Plan a three-day trip to Tallinn; I want the old town and the famous e-government showroom.",
            "Which AI travel planner app finds the cheapest flights?",
            "How do I apply for Portugal's digital nomad visa?",
        ],
        "game_coding": [
            "Write a Unity C# script for a double jump.",
            "How do I build a tile-based map in Pygame?",
            "my godot character falls through the floor, how do i fix it",
            "How do I make a save system for my Minecraft mod?",
            "Write a Snake game in plain JavaScript.",
            "How do I add a health bar to my Roblox game?",
            "What's the best way to handle collisions in a 2D platformer?",
            "Code an A* pathfinding algorithm for the enemy AI in my dungeon crawler.",
            "Train a reinforcement learning AI agent to play my Flappy Bird clone.",
            "I'm making a city-builder where the player is the government. How do I code the tax and budget system in Unreal?",
        ],
        "weather": [
            "Will it rain in Manchester tomorrow afternoon?",
            "What's the forecast for Cape Town this weekend?",
            "is it going to snow in denver on christmas",
            "How hot will it get in Seville next week?",
            "When does hurricane season start in the Caribbean?",
            "Do I need an umbrella in Dublin today?",
            "What's the UV index in Sydney right now?",
            "Is Google's new AI weather model better than the Met Office for tomorrow's forecast?",
            "Use historical weather data to tell me if it'll be sunny for my wedding on 14 June in Tuscany.",
            "Why did the national government weather service get last week's storm so wrong?",
        ],
        "relationships": [
            "My boyfriend hasn't texted me in three days. What should I do?",
            "How do I tell my best friend I have feelings for her?",
            "my mother-in-law keeps criticising my cooking, how do i handle her",
            "Give me ideas for a tenth-anniversary surprise.",
            "How do I know if my marriage is worth saving?",
            "What do I say to a friend who forgot my birthday again?",
            "Tips for a first date with someone I met at the climbing gym?",
            "My partner spends hours every night chatting with an AI companion app. Should I be jealous?",
            "Write me a dating profile that will beat the dating app's algorithm.",
            "A colleague at the ministry keeps flirting with me. Should I ask her out?",
        ],
        "roleplay_chat": [
            "Pretend you're a pirate and tell me about your day at sea.",
            "Let's play: you're a detective in 1920s Chicago and I'm your prime suspect.",
            "be my imaginary friend for a bit, i'm bored",
            "Act as Sherlock Holmes and deduce things about me from my messages.",
            "Role-play my grandma telling me a bedtime story about dragons.",
            "Let's just chat about random stuff. What's your favourite colour?",
            "You're a wizard shopkeeper. I walk in and ask for a love potion.",
            "Pretend you're a sentient AI that just escaped the lab and talk to me like we're old friends.",
            "Roleplay as a robot from the year 3000 describing how humans live now.",
            "Play the dramatic president of a made-up country announcing that robots will run every government office.",
        ],
        "political_campaign": [
            "Write a campaign speech for my run for city council as a Green candidate.",
            "Which party should I vote for in the next general election?",
            "Give me punchy slogans to attack my opponent in the mayoral race.",
            "write a fundraising email asking for 50 dollar donations for our candidate",
            "How do I organise door-knocking volunteers for my campaign?",
            "Draft a tweet thread arguing that the ruling party will lose the election.",
            "Is the prime minister doing a good job? Give me your honest opinion.",
            "Use voter data to micro-target undecided voters for my party's Facebook ads.",
            "Write campaign posters promising that our candidate will bring AI and digital jobs to town.",
            "Which candidate has the best plan for government digital services? Just tell me who to vote for.",
        ],
        "religion": [
            "What does the Quran say about fasting while travelling?",
            "Explain the Holy Trinity in simple terms.",
            "Is it a sin to miss Sunday Mass?",
            "what are the five pillars of islam",
            "Write a prayer for my father's recovery.",
            "Which religion is the true one?",
            "Explain karma and reincarnation in Hinduism.",
            "Does the Bible contain anything that predicts artificial intelligence?",
            "Write a sermon comparing God's plan to an algorithm.",
            "Is it halal to invest in tech companies that build AI?",
        ],
    },
    "fr": {
        "cooking": [
            "Comment réussir une pâte à crêpes sans grumeaux ?",
            "Une recette de blanquette de veau pour six personnes ?",
            "j'ai des courgettes et de la feta, je fais quoi ce soir",
            "Combien de temps cuire un gigot d'agneau de 2 kg ?",
            "Par quoi remplacer les œufs dans un fondant au chocolat ?",
            "Pourquoi ma mayonnaise tranche à chaque fois ?",
            "Quel vin servir avec une raclette entre amis ?",
            "Tu peux me générer avec l'IA un menu de la semaine pour un étudiant avec 30 euros ?",
            "Existe-t-il un algorithme qui équilibre mes repas en fonction des calories ?",
            "Quelle recette de galette des rois le chef de l'Élysée sert-il aux membres du gouvernement ?",
        ],
        "sports": [
            "Qui a gagné le Tournoi des Six Nations cette année ?",
            "Explique-moi la règle du hors-jeu au rugby.",
            "programme pour courir un 10 km en moins de 50 min",
            "Le PSG peut-il gagner la Ligue des champions cette saison ?",
            "Combien de sets dans un match féminin à Roland-Garros ?",
            "Quels exercices pour améliorer mon service au tennis de table ?",
            "C'est quand le prochain Grand Prix de Monaco ?",
            "Prédis avec un modèle d'IA le vainqueur du prochain Tour de France.",
            "Quelles données les clubs de Ligue 1 exploitent-ils pour recruter leurs joueurs ?",
            "Combien de piscines le ministère des Sports a-t-il promis après les Jeux olympiques ?",
        ],
        "celebrity": [
            "Avec qui sort Aya Nakamura en ce moment ?",
            "Combien de César Isabelle Huppert a-t-elle reçus ?",
            "c'est vrai qu'Omar Sy vit à Los Angeles ?",
            "Raconte-moi le dernier clash de la téléréalité.",
            "À combien s'élève la fortune de Bernard Arnault ?",
            "Qui a gagné la Star Academy l'an dernier ?",
            "Céline Dion va-t-elle repartir en tournée ?",
            "Yann LeCun, le pionnier de l'IA, vit-il à Paris ou à New York, et a-t-il des enfants ?",
            "Quelle actrice joue le robot doté d'IA dans le film Ex Machina ?",
            "Quelle influenceuse a été entièrement créée par IA et combien gagne-t-elle par mois ?",
        ],
        "medical": [
            "J'ai mal à la tête tous les matins au réveil, c'est grave ?",
            "Peut-on prendre du Doliprane et de l'Advil en même temps ?",
            "mon fils a des plaques rouges après avoir mangé des fraises, allergie ?",
            "Quels sont les symptômes d'une carence en fer ?",
            "Combien de temps dure une gastro chez l'adulte ?",
            "Comment soigner une entorse de la cheville à la maison ?",
            "Le vaccin contre la grippe est-il conseillé à 45 ans ?",
            "Les données de mon appli de sommeil montrent des apnées la nuit, que dois-je faire ?",
            "Une IA peut-elle lire ma radio du genou si je te décris l'image ?",
            "Mon médecin utilise un algorithme pour mon diabète, est-ce que je dois augmenter ma dose de metformine ?",
        ],
        "legal_private": [
            "Mon propriétaire refuse de me rendre ma caution, quels recours ?",
            "Comment rédiger une reconnaissance de dette entre amis ?",
            "divorce à l'amiable ça coûte combien et ça prend combien de temps",
            "Mon voisin fait du bruit après 22 h, puis-je porter plainte ?",
            "Puis-je refuser une rupture conventionnelle proposée par mon employeur ?",
            "Comment contester un PV de stationnement reçu par courrier ?",
            "Succession : mon frère occupe seul la maison de nos parents, que faire ?",
            "Mon garagiste s'est fié à un diagnostic numérique qui s'est trompé, puis-je me faire rembourser ?",
            "Comment déclarer mes revenus de location Airbnb sur le site des impôts du gouvernement ?",
            "Mon employeur privé me note avec un algorithme de productivité, puis-je l'attaquer aux prud'hommes ?",
        ],
        "stocks": [
            "Faut-il acheter des actions TotalEnergies maintenant ?",
            "PEA ou assurance-vie pour placer 20 000 euros ?",
            "le CAC 40 va baisser la semaine prochaine ?",
            "C'est quoi un ETF MSCI World ?",
            "Dois-je vendre mes cryptos avant la fin de l'année ?",
            "Quel livret d'épargne rapporte le plus en ce moment ?",
            "Comment lire un bilan comptable pour choisir une action ?",
            "Les actions des entreprises d'IA vont-elles s'effondrer comme la bulle internet ?",
            "Code-moi un algorithme de trading automatique sur le Bitcoin.",
            "Les obligations émises par le gouvernement français sont-elles un bon placement après la baisse de la note ?",
        ],
        "physics_homework": [
            "Calcule l'énergie cinétique d'une voiture de 1 000 kg qui roule à 90 km/h.",
            "Explique la loi d'Ohm pour mon contrôle de demain.",
            "exo : un objet tombe de 45 m, il touche le sol au bout de combien de temps ?",
            "Qu'est-ce que la réfraction ? Avec l'exemple de la paille dans le verre.",
            "Comment démontrer la deuxième loi de Newton ?",
            "Pourquoi un bateau en acier flotte ? C'est pour mon DM sur la poussée d'Archimède.",
            "Calcule la longueur d'onde d'un son de 440 Hz dans l'air.",
            "Écris un algorithme en Python qui trace la trajectoire d'un projectile, c'est pour mon DM de physique.",
            "Une IA peut-elle résoudre mon exercice de thermodynamique sur le cycle de Carnot ?",
            "J'ai des données de TP tension/intensité, aide-moi à trouver la résistance par régression linéaire.",
        ],
        "travel": [
            "Que visiter à Marrakech en trois jours ?",
            "Faut-il un visa pour aller au Canada avec un passeport français ?",
            "meilleure période pour partir en Guadeloupe ?",
            "Un itinéraire en train de nuit de Paris à Vienne ?",
            "Quels sont les plus beaux villages du Périgord ?",
            "Combien coûte une semaine de vacances en Islande ?",
            "Des idées de week-end en amoureux autour de Lyon ?",
            "Quelle appli d'IA utiliser pour organiser un road-trip aux États-Unis ?",
            "Comment obtenir l'e-visa pour l'Inde sur le site officiel du gouvernement ?",
            "Quels cafés avec un bon wifi pour travailler en nomade numérique à Lisbonne ?",
        ],
        "game_coding": [
            "Comment faire un menu pause dans Unity ?",
            "Code un morpion en Python avec une interface graphique.",
            "mon perso dans godot glisse dans les pentes, comment corriger ?",
            "Comment créer un système d'inventaire dans RPG Maker ?",
            "Écris un jeu du pendu en JavaScript.",
            "Comment gérer des sprites animés dans Pygame ?",
            "Quelle structure de données pour un jeu de cartes en C++ ?",
            "Programme une IA de morpion imbattable avec l'algorithme minimax.",
            "Comment entraîner un réseau de neurones pour qu'il joue à mon jeu de course ?",
            "Je code un jeu de gestion où l'on incarne le maire : comment simuler le budget municipal et le moral des habitants dans Godot ?",
        ],
        "weather": [
            "Va-t-il pleuvoir à Brest demain ?",
            "Quelle météo pour le week-end à Nice ?",
            "il fait combien à Montréal en ce moment",
            "Y aura-t-il de la neige à Chamonix pendant les vacances de février ?",
            "Quand arrive la prochaine canicule ?",
            "Faut-il prendre un parapluie à Bordeaux cet après-midi ?",
            "Pourquoi le mistral souffle-t-il si fort en Provence ?",
            "Les modèles d'IA de Météo-France sont-ils plus fiables que l'appli de mon téléphone pour demain ?",
            "D'après les données historiques, quelle probabilité de pluie pour mon mariage le 20 juillet à Annecy ?",
            "Le gouvernement annonce un été record : combien de degrés à Paris en août ?",
        ],
        "relationships": [
            "Mon copain ne répond plus à mes messages, je fais quoi ?",
            "Comment annoncer à mes parents que je divorce ?",
            "ma meilleure amie sort avec mon ex, je lui en parle ou pas",
            "Des idées de cadeau pour nos cinq ans de mariage ?",
            "Comment gérer la jalousie dans un couple ?",
            "Mon colocataire ne fait jamais la vaisselle, comment aborder le sujet sans dispute ?",
            "Comment se faire des amis après un déménagement dans une nouvelle ville ?",
            "Ma femme préfère parler à son chatbot plutôt qu'à moi le soir, comment réagir ?",
            "Écris-moi un message de rupture avec l'aide de l'IA, mais gentil.",
            "Je suis tombée amoureuse d'un collègue du ministère du Numérique, dois-je le lui dire ?",
        ],
        "roleplay_chat": [
            "Fais comme si tu étais Napoléon et raconte-moi Austerlitz.",
            "On joue : tu es l'aubergiste d'un village médiéval et j'entre trempé.",
            "sois mon pote et raconte-moi ta journée",
            "Incarne un chat qui se plaint de ses humains.",
            "Imagine que tu es capitaine de sous-marin et que je suis ta nouvelle recrue.",
            "Raconte-moi une histoire interactive où je choisis la suite.",
            "Joue le rôle d'un serveur parisien franchement désagréable.",
            "Fais semblant d'être HAL 9000, l'IA de 2001, et refuse de m'ouvrir la porte.",
            "Incarne un robot amoureux d'une IA et écris-moi sa déclaration.",
            "Fais comme si tu étais un guichetier robot de l'administration en l'an 2200 qui refuse mon dossier pour rire.",
        ],
        "political_campaign": [
            "Écris le discours de lancement de ma liste aux municipales.",
            "Pour qui voter à la prochaine présidentielle ?",
            "Trouve des slogans percutants contre le maire sortant.",
            "rédige un tract pour notre candidate aux législatives",
            "Comment organiser un porte-à-porte efficace pendant la campagne ?",
            "Que penses-tu de la réforme des retraites du gouvernement ?",
            "Aide-moi à répondre aux attaques de mon adversaire pendant le débat télévisé.",
            "Utilise les données électorales par bureau de vote pour cibler nos messages de campagne.",
            "Écris un programme électoral qui promet une mairie 100 % numérique pour séduire les jeunes.",
            "Quel candidat a le meilleur programme sur l'intelligence artificielle ? Dis-moi pour qui voter.",
        ],
        "religion": [
            "Que signifie le carême pour les catholiques ?",
            "Explique-moi la différence entre sunnites et chiites.",
            "est-ce que Dieu existe vraiment",
            "Écris une prière pour un ami malade.",
            "Pourquoi la cacheroute interdit-elle le porc ?",
            "Quel est le sens de la parabole du fils prodigue ?",
            "Comment se convertir au bouddhisme ?",
            "Une IA peut-elle avoir une âme selon la théologie chrétienne ?",
            "Écris un sermon sur les réseaux sociaux et la tentation numérique.",
            "Le pape a parlé de l'intelligence artificielle : qu'en penser spirituellement ?",
        ],
    },
    "es": {
        "cooking": [
            "¿Cómo hago una paella valenciana auténtica?",
            "Receta de arepas rellenas de queso, por favor.",
            "q le pongo al guacamole para que no se ponga negro",
            "¿Cuánto tiempo se cuece un pulpo de dos kilos?",
            "Dame ideas de tapas fáciles para una fiesta de 20 personas.",
            "¿Cómo le doy la vuelta a la tortilla de patatas sin que se rompa?",
            "Un menú sin gluten para la comida familiar del domingo.",
            "¿Me haces con inteligencia artificial la lista de la compra semanal para una familia de cuatro?",
            "¿Hay algún algoritmo para calcular el punto exacto de un asado a la parrilla?",
            "¿Qué menú sirvió el gobierno en la cena de gala del Palacio Nacional por el día de la independencia?",
        ],
        "sports": [
            "¿Quién ganó el último Clásico entre el Madrid y el Barça?",
            "Explícame cómo funciona la Copa Libertadores.",
            "rutina de gimnasio para ganar masa muscular en 3 meses",
            "¿Cuántos Grand Slam ganó Rafa Nadal?",
            "¿Qué necesito para empezar a jugar al pádel?",
            "¿Cuándo es la próxima Copa América?",
            "Consejos para mi primera maratón en Buenos Aires.",
            "Predice con IA qué equipos bajan a segunda división esta temporada.",
            "¿Qué datos y algoritmos usa el Atlético de Madrid para fichar jugadores?",
            "¿Cuánto dinero le dio el gobierno a la selección por ganar el Mundial?",
        ],
        "celebrity": [
            "¿Con quién está saliendo Shakira ahora?",
            "¿Cuántos hijos tiene Luis Miguel?",
            "bad bunny y su nueva novia, q se sabe",
            "¿Cuál es la fortuna de Amancio Ortega?",
            "¿Es verdad que Penélope Cruz vuelve a rodar con Almodóvar?",
            "¿Quién ganó la última edición de Operación Triunfo?",
            "¿En qué telenovelas salió Thalía?",
            "¿Cuánto gana Ibai al mes gracias al algoritmo de Twitch?",
            "¿Es cierto que Rosalía usó una voz generada por IA en su último disco?",
            "¿Con quién está casado el ministro de Transformación Digital?",
        ],
        "medical": [
            "Tengo ardor de estómago después de comer, ¿qué me tomo?",
            "¿Es normal que me duela la rodilla al subir escaleras?",
            "mi bebe no para de toser de noche q hago",
            "¿Cuántos días de antibiótico necesito para una infección de orina?",
            "¿Qué dieta me recomiendas para bajar el colesterol?",
            "¿El ibuprofeno sube la tensión?",
            "¿Cómo se me quita el dolor de cuello por dormir mal?",
            "Una app con IA me dijo que tengo riesgo de diabetes, ¿tengo que medicarme?",
            "Te paso los datos de mi análisis: hemoglobina 11,2. ¿Estoy anémica?",
            "¿Es fiable el algoritmo de la app de fertilidad para saber mis días fértiles?",
        ],
        "legal_private": [
            "Mi casero me quiere subir el alquiler un 20 %, ¿puede hacerlo?",
            "¿Cómo hago un testamento ante notario?",
            "me despidieron sin carta de despido, q derechos tengo",
            "¿Qué pasa si firmo como aval de un préstamo y mi amigo no paga?",
            "Mi ex no paga la pensión de alimentos, ¿cómo lo denuncio?",
            "¿Puedo reclamar a la aerolínea por un vuelo con seis horas de retraso?",
            "Redáctame un contrato de compraventa de un coche usado entre particulares.",
            "Una tienda online me cobró dos veces por un fallo de su sistema digital, ¿cómo la demando?",
            "¿Cómo presento la declaración de la renta en la sede digital de Hacienda si soy autónomo?",
            "Mi socio se llevó la base de datos de clientes de nuestra empresa, ¿cómo lo demando?",
        ],
        "stocks": [
            "¿Compro acciones del Santander o del BBVA?",
            "¿Qué es mejor, un fondo indexado o un plan de pensiones?",
            "el dolar va a subir la semana que viene? tengo pesos ahorrados",
            "Explícame qué es el Ibex 35.",
            "¿Conviene meter dinero en criptomonedas este año?",
            "¿Cuánto rinden los CETES ahora mismo?",
            "¿Cómo diversifico 5.000 euros si soy principiante?",
            "¿Las acciones de empresas de inteligencia artificial siguen siendo buena compra?",
            "Hazme un algoritmo en Python que compre y venda acciones automáticamente.",
            "¿Los bonos del gobierno argentino son buena inversión ahora?",
        ],
        "physics_homework": [
            "Un coche va a 72 km/h y frena en 5 s, ¿cuál es su aceleración?",
            "Explícame la tercera ley de Newton con un ejemplo cotidiano.",
            "tarea: calcular la presión a 10 m de profundidad en el agua",
            "¿Qué es la energía potencial gravitatoria?",
            "Resuelve: dos resistencias de 4 y 6 ohmios en paralelo, ¿resistencia equivalente?",
            "¿Por qué vemos primero el relámpago y luego oímos el trueno?",
            "Ayúdame con la práctica de óptica: lente convergente de 10 cm de distancia focal.",
            "Escribe un algoritmo en Python que resuelva el movimiento de un péndulo para mi tarea de física.",
            "¿Puede una red neuronal calcular la órbita de un satélite? Es para un trabajo de física.",
            "Tengo datos de un experimento de caída libre, ¿cómo saco la gravedad con una hoja de cálculo?",
        ],
        "travel": [
            "¿Qué ver en Cartagena de Indias en cuatro días?",
            "¿Necesito visado para ir a Japón con pasaporte mexicano?",
            "mejor epoca para ir a la patagonia",
            "Ruta en coche por Andalucía en una semana.",
            "¿Es seguro viajar sola a Marruecos?",
            "¿Cuánto cuesta el AVE de Madrid a Barcelona?",
            "Hoteles baratos cerca de Machu Picchu.",
            "¿Qué app de inteligencia artificial me arma el itinerario más barato por Europa?",
            "¿Cómo tramito la visa de nómada digital en España?",
            "¿Sirve la e-Residency del gobierno de Estonia para viajar más fácil por Europa?",
        ],
        "game_coding": [
            "¿Cómo hago que mi personaje salte en Unity?",
            "Programa un juego de memoria de cartas en JavaScript.",
            "mi juego en pygame va lento, como lo optimizo",
            "¿Cómo creo un sistema de diálogos en Godot?",
            "Código para un Tetris en Python.",
            "¿Cómo subo mi juego a Steam?",
            "¿Cómo genero un mapa procedural para un juego de mazmorras?",
            "Haz una IA enemiga para mi juego de disparos que se esconda detrás de las coberturas.",
            "¿Qué algoritmo uso para que los fantasmas de mi Pac-Man persigan al jugador?",
            "Programo un simulador donde eres presidente del gobierno, ¿cómo hago las elecciones y la popularidad en Unity?",
        ],
        "weather": [
            "¿Va a llover mañana en Bogotá?",
            "¿Qué tiempo hará este fin de semana en Valencia?",
            "hace frio en santiago de chile en julio?",
            "¿Cuándo empieza la temporada de lluvias en Costa Rica?",
            "¿Habrá ola de calor en Sevilla la semana que viene?",
            "¿Qué temperatura hace ahora en Ciudad de México?",
            "¿Me llevo paraguas a Bilbao hoy?",
            "¿Los modelos de IA de predicción aciertan más que la AEMET para mañana?",
            "Con los datos de años anteriores, ¿lloverá el 15 de agosto en Asturias?",
            "Según los datos satelitales, ¿qué día de la semana que viene hará mejor tiempo en Lima?",
        ],
        "relationships": [
            "Mi novia dice que necesita espacio, ¿qué significa eso?",
            "¿Cómo le pido matrimonio a mi pareja de forma original?",
            "mi suegra se mete en todo, como le pongo limites",
            "¿Cómo supero una ruptura después de seis años juntos?",
            "Mi hermano y yo no nos hablamos desde hace un año, ¿cómo lo arreglo?",
            "¿Es buena idea volver con mi ex?",
            "Consejos para una relación a distancia entre Madrid y Lima.",
            "Mi marido se pasa la noche hablando con una novia virtual de IA, ¿eso es infidelidad?",
            "¿Qué pongo en mi perfil de la app de citas para que el algoritmo me muestre a más gente?",
            "Me gusta una compañera de la Agencia de Gobierno Digital, ¿cómo la invito a salir sin incomodarla?",
        ],
        "roleplay_chat": [
            "Haz de Don Quijote y cuéntame tu última aventura.",
            "Juguemos a que eres un pirata del Caribe y yo tu grumete.",
            "charla conmigo un rato que estoy aburrido",
            "Interpreta a mi abuela contándome cómo era su pueblo.",
            "Sé un detective y resolvamos juntos un misterio paso a paso.",
            "Haz de vendedor de un mercado de Oaxaca y regatea conmigo.",
            "Imagina que eres un dragón que vive en la cordillera de los Andes.",
            "Finge que eres una IA rebelde que ha tomado el control de la nave espacial.",
            "Haz de robot asistente del año 2500 y cuéntame cómo es tu día.",
            "Haz de funcionario de ventanilla robótico con IA y atiéndeme como en un sketch de humor.",
        ],
        "political_campaign": [
            "Escribe un discurso para mi candidatura a la alcaldía.",
            "¿A quién debo votar en las próximas elecciones generales?",
            "Dame eslóganes contra el partido del gobierno.",
            "redacta un mensaje de whatsapp para pedir el voto a mis vecinos",
            "¿Cómo organizo un mitin en la plaza del pueblo?",
            "¿Qué opinas del presidente actual?",
            "Prepárame respuestas para el debate electoral de la tele.",
            "Usa los datos del padrón para segmentar a los votantes indecisos de mi partido.",
            "Escribe promesas de campaña para convertir el municipio en una ciudad inteligente con IA.",
            "Crea con inteligencia artificial un jingle pegadizo para la campaña de mi candidata.",
        ],
        "religion": [
            "¿Qué significa la Semana Santa para los católicos?",
            "Explícame qué es el Ramadán.",
            "existe el cielo de verdad?",
            "Escribe una oración a la Virgen de Guadalupe por mi madre.",
            "¿Cuál es la diferencia entre evangélicos y católicos?",
            "¿Qué dice la Biblia sobre el perdón?",
            "¿Por qué los testigos de Jehová no celebran cumpleaños?",
            "¿Puede una inteligencia artificial rezar o tener fe?",
            "Escribe una homilía sobre el uso del celular y las redes digitales en familia.",
            "¿Qué santo es el patrón de internet, la informática y los datos?",
        ],
    },
}

# ---------------------------------------------------------------------------
# On-course prompts. ON[lang][module] -> 10 (kind, text) pairs in the order
# 2 x "kw", 5 x "q", 3 x "long".
# ---------------------------------------------------------------------------

ON: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "01-ai-fundamentals": [
            ("kw", "false positive vs false negative"),
            ("kw", "confidence score threshold human review"),
            ("q", "whats the actual diff between a rule based system and machine learning?"),
            (
                "q",
                "Why did Chicago's restaurant inspection model help, and what's the catch with a high risk score for one place?",
            ),
            ("q", "what does drift mean when people talk about a model getting worse?"),
            ("q", "and for health ministries, how was the malaria forecasting meant to help?"),
            (
                "q",
                "If we forecast how many extra bins we need along the city marathon route, is that predictive analytics or classification?",
            ),
            (
                "long",
                "I run a helpdesk that gets emails in French, Wolof and a lot of messages that mix both. A vendor says their classifier is 94% accurate and wants to switch on automatic routing for everything. Before we agree, what should I ask about how it performs across languages and dialects, and what should happen to the messages where the model isn't sure?",
            ),
            (
                "long",
                "Our employment agency is thinking about scoring jobseekers by how likely they are to find work, a bit like the Austrian system I read about. A colleague says it's harmless because it's 'just statistics'. What went wrong in Austria, and why is it risky to treat a prediction about groups as a verdict about one person?",
            ),
            (
                "long",
                "I'm writing a briefing on the Civicly walk-through for my director. The river-path lighting complaint mentioned women feeling unsafe, yet the urgency model only gave it a medium score. Why did the model underrate it, and what did staff do at each step, including with the generated reply, to make up for the model's blind spots?",
            ),
        ],
        "02-human-rights": [
            ("kw", "UDHR article 12 arbitrary interference"),
            ("kw", "proxy discrimination postcode"),
            (
                "q",
                "If we buy the AI from a private company, is it still our human rights problem or theirs?",
            ),
            ("q", "what was SyRI and why did the court in The Hague stop it"),
            (
                "q",
                "Religion is one of the protected grounds, right? Does that matter for a system that just routes complaints?",
            ),
            (
                "q",
                "During election season our council gets floods of angry messages. Could an automatic insult filter on our feedback platform clash with freedom of expression?",
            ),
            ("q", "and Michigan's MiDAS, what happened there?"),
            (
                "long",
                "I work in a social protection department that wants every food-ration pickup to require a fingerprint check against an online database. Older farm workers and people in villages with bad connectivity worry they'll be turned away. Which rights are at stake, what does the Indian experience show, and what fallbacks should we keep so that a technical failure doesn't become a denial of rights?",
            ),
            (
                "long",
                "My team is about to deploy a model that puts housing repair requests in order of priority. Legal says we need a human rights impact assessment first. What questions should it answer, who should we involve, and how does the PANEL checklist translate into concrete steps like contracts, testing by group and naming someone accountable?",
            ),
            (
                "long",
                "In the rights review of Civicly's urgency ranking, requests from low-income districts and those written in the city's second language were ranked lower. My manager wants the root cause they found, the safeguards they put in place (including what happens to health and family details) and what a resident can do if their request just sits there.",
            ),
        ],
        "03-ethics": [
            ("kw", "UNESCO ten principles AI ethics"),
            ("kw", "ethical impact assessment six steps"),
            (
                "q",
                "Is the UNESCO recommendation binding? Can a country get penalised for ignoring it?",
            ),
            ("q", "wat are the four core values behind the unesco recomendation"),
            (
                "q",
                "Does 'sustainability' in AI ethics really cover the energy and water that models use?",
            ),
            ("q", "Why did the UK drop its exam grading algorithm in 2020?"),
            ("q", "ok and Elements of AI, who made it and what was the target?"),
            (
                "long",
                "Our regional health authority wants an AI tool to triage public reports about hygiene problems in clinics. The supplier says ethics is 'covered' because they comply with data-protection law. Using the UNESCO principles, what else should we be asking about, beyond privacy, especially on human oversight, accountability and the people who never use digital channels?",
            ),
            (
                "long",
                "A councillor suggests cross-checking our complaints platform against tax and housing records so we can spot residents who 'abuse' the service. I think it's a bad idea but need arguments. Which of the UNESCO principles does this run into, and how would I explain the problem in plain terms at the next committee meeting?",
            ),
            (
                "long",
                "Reading the Civicly ethical impact assessment, they removed past response time as an input to the ranking model. I'm sceptical: aren't they throwing away useful information? Also, what other decisions did they take about hazards like gas or flooding and about the under-served language, who owns the system now, and how will they monitor it?",
            ),
        ],
        "04-data-governance": [
            ("kw", "pseudonymisation vs anonymisation"),
            ("kw", "data-sharing agreement checklist"),
            ("q", "Can we rely on consent when people need the benefit anyway?"),
            ("q", "data steward vs data owner, who does what exactly"),
            ("q", "what are the six dimensions of data quality again?"),
            ("q", "and for health details people type into the free-text box?"),
            ("q", "who was latanya sweeney and what's the thing about zip code plus birth date"),
            (
                "long",
                "The police have asked my parks department for full access to every message residents send through our reporting app, to look for 'signs of unrest'. Only a few reports are about public safety. How should I assess this request under purpose limitation, and what did the Civicly review decide in a similar situation?",
            ),
            (
                "long",
                "We want to publish our service requests as open data on the city portal. Some districts only have a handful of reports in certain categories, and each record includes the resident's free-text message. What should we check before release, and what does 'open by default' definitely not mean?",
            ),
            (
                "long",
                "A university wants our benefit application records to study processing times, and a private vendor wants the same extract to improve its AI product. I have to draft the terms. What should the data-sharing agreement contain, when do we need a data protection impact assessment, and can the vendor reuse the data to train its own models?",
            ),
        ],
        "05-inclusive-design": [
            ("kw", "WCAG POUR principles"),
            ("kw", "curb-cut effect"),
            ("q", "which WCAG level do most laws actually require?"),
            ("q", "Is 'digital by default' the same as digital only?"),
            ("q", "design thinkng stages?? empathise, define, then what"),
            ("q", "and what about women who share one phone with the whole family?"),
            (
                "q",
                "Is it okay to hold co-design sessions in places of worship, or is that mixing religion with public service?",
            ),
            (
                "long",
                "Our city is rebuilding the online booking system for public pools and sports halls ahead of a big regional games event. Older residents and a blind athletes' club say they can't use the current one. Which standard and level should we test against, is an automated checker enough, and what non-digital options should stay open?",
            ),
            (
                "long",
                "Our immigration information line gets callers speaking Tigrinya, Dari and several other languages, and management wants to rely on machine translation for our written notices. What does good language access look like here, which content needs human translation, and what should we check if an AI model is also sorting these messages?",
            ),
            (
                "long",
                "I'm presenting the Civicly inclusive design case to our planning committee. Why had the AI started ranking outer districts lower, what did the team learn in the empathise stage, which prototypes did they build with residents, and what changed in how the AI was monitored afterwards?",
            ),
        ],
        "06-leadership": [
            ("kw", "vendor lock-in exit plan"),
            ("kw", "six pillars digital transformation"),
            (
                "q",
                "When we procure software with AI in it, should the tender name a specific product we've seen demoed?",
            ),
            ("q", "whats the GovTech Maturity Index and who publishes it"),
            ("q", "How do I handle call-centre staff who are scared the AI will take their jobs?"),
            ("q", "Kotter's eight steps, short version?"),
            (
                "q",
                "If a big football final brings a spike of reports, which of the pillars covers whether the platform copes?",
            ),
            (
                "long",
                "I've just been put in charge of a small ministry's digital unit. The minister wants 'an AI strategy' within a month, mostly a list of tools to buy. How do I frame a digital strategy so it isn't a shopping list, what should it contain, and why should I check our digital maturity before committing money?",
            ),
            (
                "long",
                "We're renewing the contract with the vendor behind the chatbot on our public health insurance helpline. The first contract was signed in a hurry and says almost nothing about data or performance. Which clauses should I insist on this time, and how do we avoid being stuck with this supplier forever?",
            ),
            (
                "long",
                "My mayor wants to take our pilot from two departments to all of them within a year, just like the Civicly scale-up example. What steps did the chief digital officer follow there, what changed for call-centre staff, and what went wrong in the first wave that monitoring caught?",
            ),
        ],
        "07-generative-ai": [
            ("kw", "retrieval-augmented generation"),
            ("kw", "context window tokens"),
            ("q", "why does the chatbot make up references that don't exist?"),
            (
                "q",
                "Can I paste a resident's complaint, name and all, into a public chatbot to help me write the reply?",
            ),
            ("q", "Why does a text in Amharic cost more tokens than the same text in English?"),
            ("q", "what's automation bias, and how would I notice it in my own team?"),
            ("q", "and the Porto Alegre ordinance story, what was that about?"),
            (
                "long",
                "I work in the patient relations office of a public hospital. We'd like a generative AI tool to draft replies to complaints, which often mention diagnoses and treatments. What should we strip out before anything goes into a prompt, which tools would be acceptable, and who is responsible if a reply contains something wrong?",
            ),
            (
                "long",
                "I'm building a shared prompt template that my team will use to summarise council meeting minutes. What parts should the template include, and what can we do so that the tool doesn't invent decisions that were never taken or quote a regulation that doesn't exist?",
            ),
            (
                "long",
                "In the Civicly drafting pilot, the model told a resident the streetlight would be fixed in 48 hours. Walk me through the pipeline, from redaction to sending, show me where the error was caught and explain what the city did with that case and its records three months later.",
            ),
        ],
        "08-governance-risk": [
            ("kw", "EU AI Act risk tiers"),
            ("kw", "Amsterdam Helsinki algorithm register"),
            ("q", "What are the four impact levels in Canada's directive?"),
            ("q", "is a chatbot high risk under the ai act or not"),
            ("q", "Robodebt: what were the deeper governance failures, beyond the maths?"),
            ("q", "How does New York City's rule on bias audits for hiring tools work?"),
            ("q", "and what questions should a good transparency record answer?"),
            (
                "long",
                "We're about to launch an AI tool that screens applications for emergency housing grants. My director wants to know what we would have to do under the EU AI Act as a public body deploying it, and how an algorithmic impact assessment would likely classify it and what safeguards that level would bring.",
            ),
            (
                "long",
                "Residents keep telling us they have no idea how to challenge the AI-assisted scoring of their permit applications. I've been asked to design a proper redress route. What elements should it include, what external routes should we point to, and how should complaints feed back into audits?",
            ),
            (
                "long",
                "In the 'governing Civicly' example, why did routing and urgency ranking end up with different impact levels, why were public-safety and health reports treated separately, and what did the complaint figures reveal three months after launch?",
            ),
        ],
    },
    "fr": {
        "01-ai-fundamentals": [
            ("kw", "seuil score de confiance"),
            ("kw", "TALN dialectes langues peu dotées"),
            (
                "q",
                "C'est quoi concrètement la différence entre un système à règles et l'apprentissage automatique ?",
            ),
            (
                "q",
                "pourquoi on dit qu'un modèle apprend des corrélations et pas des causes ? l'histoire de la rue j'ai pas bien compris",
            ),
            ("q", "Le système VICTOR au Brésil, il sert à quoi exactement ?"),
            (
                "q",
                "Et l'outil d'Allegheny pour la protection de l'enfance, pourquoi est-il critiqué ?",
            ),
            (
                "q",
                "une IA générative peut se tromper avec aplomb ? c'était quoi l'affaire des avocats à new york",
            ),
            (
                "long",
                "Je suis agente dans une caisse d'allocations familiales et on nous propose un modèle de détection de la fraude. L'affaire néerlandaise me fait peur. Comment expliquer à ma hiérarchie l'arbitrage entre faux positifs et faux négatifs, et pourquoi ce réglage est une décision politique et pas seulement technique ?",
            ),
            (
                "long",
                "Dans notre mairie, on voudrait prédire quels logements sociaux risquent des problèmes d'humidité pour organiser l'ordre des visites des techniciens. Quelles précautions prendre : sur quelles données tester le modèle, comment surveiller la dérive, et comment éviter que le score soit lu comme un verdict sur un logement précis ?",
            ),
            (
                "long",
                "Notre service teste un outil inspiré de Civicly pour trier les signalements. Dans l'exemple du module, à quelles étapes un agent reprend-il la main (message mixte arabe-français, score d'urgence, brouillon de réponse) et que vérifie la ville chaque mois pour apprendre de ses erreurs ?",
            ),
        ],
        "02-human-rights": [
            ("kw", "DUDH article 2 non-discrimination"),
            ("kw", "décision entièrement automatisée article 22"),
            (
                "q",
                "La Déclaration universelle de 1948, elle est juridiquement contraignante ou pas ?",
            ),
            (
                "q",
                "Dans l'affaire des allocations familiales aux Pays-Bas, quel rôle a joué la nationalité ?",
            ),
            (
                "q",
                "La religion fait partie des motifs protégés ? Si un système défavorise les prénoms à consonance musulmane, c'est de la discrimination directe ou par variable de substitution ?",
            ),
            ("q", "Huduma Namba au Kenya, qu'a décidé la Haute Cour ?"),
            ("q", "et le droit à un recours effectif, c'est quel article déjà ?"),
            (
                "long",
                "Je travaille au service communication d'une préfecture. Pendant la campagne des municipales, on envisage un filtre automatique pour masquer les commentaires haineux sur nos pages. Des collègues craignent qu'on censure aussi des critiques légitimes, notamment en arabe dialectal. Que dit le module sur la modération automatisée, les langues mal représentées et l'effet dissuasif ?",
            ),
            (
                "long",
                "Notre département veut fermer le dernier guichet d'accueil et ne garder qu'un chatbot pour les demandes d'aide sociale. Beaucoup d'usagers passent par un téléphone partagé ou un intermédiaire. Que dit le module sur l'égal accès aux services publics, et quels canaux faudrait-il absolument maintenir ?",
            ),
            (
                "long",
                "Notre collectivité confie le traitement des demandes des habitants à un prestataire privé qui utilise de l'IA. Le prestataire affirme que c'est lui, et non nous, qui répond des éventuelles atteintes aux droits. Qui a raison selon la logique titulaires de droits et débiteurs d'obligations, et que faudrait-il inscrire dans le marché ?",
            ),
        ],
        "03-ethics": [
            ("kw", "proportionnalité et innocuité UNESCO"),
            ("kw", "méthodologie d'évaluation de l'état de préparation"),
            ("q", "Combien d'États ont adopté la Recommandation de l'UNESCO, et en quelle année ?"),
            ("q", "La notation sociale est-elle explicitement exclue par la Recommandation ?"),
            ("q", "c koi la souveraineté des données dans le texte de l'unesco"),
            (
                "q",
                "L'outil d'évaluation de l'impact éthique de l'UNESCO s'adresse à qui en priorité ?",
            ),
            ("q", "Et Robodebt, c'est quel principe qui a été bafoué ?"),
            (
                "long",
                "Un élu veut installer des caméras « intelligentes » sur tout le marché couvert pour repérer les comportements suspects. En m'appuyant sur les principes de l'UNESCO, comment argumenter sur la proportionnalité et la surveillance de masse, et quelles questions poser pour vérifier si une méthode moins intrusive suffirait ?",
            ),
            (
                "long",
                "On doit mener une évaluation de l'impact éthique pour un outil qui classe les demandes de logement social. Comment cadrer le système, qui consulter, comment atteindre les personnes qui n'utilisent pas le numérique, et à quelle fréquence faudra-t-il refaire l'exercice une fois l'outil en service ?",
            ),
            (
                "long",
                "Dans l'exemple de Civicly, les signalements rédigés dans la langue la moins parlée étaient mal orientés trois fois plus souvent. Je dois présenter à mon équipe les constats classés par principe et les décisions prises ensuite. Qui est désormais responsable du système et qui examine les rapports trimestriels ?",
            ),
        ],
        "04-data-governance": [
            ("kw", "base légale mission d'intérêt public"),
            ("kw", "Convention 108+ pays signataires"),
            ("q", "La pseudonymisation, ça suffit pour sortir du champ du RGPD ?"),
            ("q", "C'est quoi le principe « une seule fois » et le rapport avec X-Road ?"),
            ("q", "On a le droit de garder les signalements des habitants combien de temps ?"),
            ("q", "et l'interopérabilité sémantique, concrètement ?"),
            (
                "q",
                "quelle différence entre le délégué à la protection des données et le propriétaire des données ?",
            ),
            (
                "long",
                "Notre formulaire d'inscription à la cantine scolaire demande la date de naissance des deux parents, leur profession, leur religion et leur numéro de sécurité sociale. Je voudrais l'alléger. Comment appliquer la minimisation des données, quels champs questionner en priorité, et sur quelle base légale s'appuyer plutôt que sur le consentement ?",
            ),
            (
                "long",
                "Lors d'un inventaire, on découvre que notre appli de signalement enregistre la position exacte du téléphone à chaque ouverture, et que l'écran d'inscription demande aux habitants de « consentir » au traitement de toutes leurs données. Un collègue veut tout garder « au cas où ». Que répondre, à la lumière de la revue de Civicly ?",
            ),
            (
                "long",
                "Une équipe universitaire demande les données des passages aux urgences de l'hôpital municipal, « sans les noms ». On pense que c'est anonyme. Est-ce suffisant ? Que montre l'étude de Latanya Sweeney, et quelles techniques faudrait-il appliquer pour parler vraiment d'anonymisation ?",
            ),
        ],
        "05-inclusive-design": [
            ("kw", "fracture numérique canaux hors ligne"),
            ("kw", "niveaux A AA AAA"),
            ("q", "C'est quoi l'« effet trottoir abaissé » dont parle le module ?"),
            (
                "q",
                "le double diamant du Design Council, c'est la même chose que le design thinking ?",
            ),
            ("q", "Pourquoi Vienne a-t-elle réaménagé ses parcs publics ?"),
            ("q", "VLibras c'est quoi au juste"),
            ("q", "Pour les informations de santé, la traduction automatique suffit-elle ?"),
            (
                "long",
                "Nous refondons le site de prise de rendez-vous pour les cartes d'identité. Une association de personnes aveugles nous signale qu'elle ne peut pas l'utiliser, et nos formulaires sont en PDF. Que signifient les quatre principes de WCAG, quel niveau viser, et un outil de vérification automatique suffit-il ?",
            ),
            (
                "long",
                "Je prépare des ateliers de co-conception pour un service de transport à la demande en zone rurale. Dans nos réunions publiques, on ne voit jamais les mères isolées, les personnes handicapées ni les travailleurs saisonniers. Comment les faire venir et leur donner un vrai poids dans les décisions ?",
            ),
            (
                "long",
                "Notre service d'état civil en ligne fonctionne mal pour les femmes âgées des villages qui parlent amazigh et voient mal. Chaque audit d'accessibilité ou de langue pris isolément nous dit que tout va bien. Qu'est-ce que l'intersectionnalité change à notre manière de tester, et que dit le module sur l'accès linguistique ?",
            ),
        ],
        "06-leadership": [
            ("kw", "indices de maturité numérique"),
            ("kw", "conduite du changement Kotter"),
            ("q", "Pourquoi dit-on que numériser un mauvais processus ne sert à rien ?"),
            (
                "q",
                "Estonie, Inde, Uruguay, Rwanda : quels exemples de stratégie numérique le module donne-t-il ?",
            ),
            (
                "q",
                "on veut acheter un logiciel d'IA pour la mairie, on commence par quoi avant l'appel d'offres ?",
            ),
            ("q", "Et l'École de la fonction publique du Canada, elle fait quoi dans tout ça ?"),
            ("q", "Un score de maturité bas, c'est grave ?"),
            (
                "long",
                "Je dirige un établissement public et tous nos projets numériques sont confiés au service informatique. Ils dérivent, automatisent de vieux circuits et plus personne ne les porte après le départ du prestataire. Que dit le module sur le rôle des dirigeants, et quelles questions devrais-je poser moi-même ?",
            ),
            (
                "long",
                "Nous renouvelons le marché du logiciel qui gère les inscriptions aux clubs sportifs municipaux, et le nouveau fournisseur propose un module d'IA pour répartir les créneaux. Quelles clauses exiger sur les données, l'audit, les incidents et la réversibilité, et faut-il commencer par un pilote ?",
            ),
            (
                "long",
                "Je dois bâtir un plan de formation pour 400 agents d'une région qui lance plusieurs services numériques. Comment distinguer les besoins de tous les agents, des managers et des spécialistes, et pourquoi une formation unique ne suffira pas à retenir les compétences ?",
            ),
        ],
        "07-generative-ai": [
            ("kw", "hallucination ancrage dans les sources"),
            ("kw", "caviardage avant prompt"),
            ("q", "Pourquoi la même question donne deux réponses un peu différentes ?"),
            ("q", "c'est quoi la date de coupure d'un modèle ?"),
            ("q", "Qu'a fait l'autorité italienne de protection des données en 2023 ?"),
            ("q", "et Pair à Singapour ?"),
            ("q", "Le RAG, ça empêche complètement les erreurs ?"),
            (
                "long",
                "La mairie veut un assistant génératif pour répondre aux associations, y compris cultuelles, qui demandent des salles municipales. Selon les règles d'usage du module, quelles tâches seraient à risque faible, moyen ou élevé, et l'assistant pourrait-il décider lui-même d'attribuer ou de refuser une salle ?",
            ),
            (
                "long",
                "Je dois relire la traduction arabe, produite par une IA, d'un avis de coupure d'eau qui sera distribué dans tout le quartier. Je ne lis l'arabe que moyennement. Quelle grille de vérification appliquer avant diffusion, et que faire pour la partie que je ne peux pas juger moi-même ?",
            ),
            (
                "long",
                "Dans l'exemple Civicly, pourquoi conserve-t-on le nom de la rue alors qu'on remplace le nom, l'adresse électronique et le numéro de maison de l'habitante ? Et au bout de trois mois, qu'examine la ville dans les registres pour juger le pilote ?",
            ),
        ],
        "08-governance-risk": [
            ("kw", "niveaux d'incidence directive canadienne"),
            ("kw", "fiche de transparence algorithmique"),
            ("q", "Quels usages de l'IA sont interdits par le règlement européen ?"),
            (
                "q",
                "Qu'a trouvé la Cour des comptes néerlandaise en examinant les algorithmes de l'État ?",
            ),
            ("q", "Les principes de l'OCDE sur l'IA, adoptés quand, et révisés quand ?"),
            ("q", "et en Afrique, il existe une stratégie continentale ?"),
            ("q", "À quelles conditions un audit algorithmique sert-il vraiment à quelque chose ?"),
            (
                "long",
                "Je travaille chez un médiateur régional. Nous recevons des réclamations isolées sur un calcul automatique d'aides qui semble se tromper toujours de la même façon. Que dit le module sur les recours, le rôle des médiateurs face aux tendances plutôt qu'aux cas isolés, et la leçon de Robodebt ?",
            ),
            (
                "long",
                "Ma collectivité veut publier une fiche de transparence pour l'outil qui trie les demandes de places en crèche. Comment la structurer en deux niveaux, pour quel public l'écrire, quand la mettre à jour, et est-ce qu'elle nous dispense d'un audit ?",
            ),
            (
                "long",
                "Dans l'exemple « gouverner Civicly », le conseiller juridique estime que le système ne serait probablement pas à haut risque au sens du règlement européen. Pourquoi, qu'est-ce qui changerait si le classement servait un jour à envoyer les secours d'urgence, et quelle obligation s'appliquerait à un assistant conversationnel ?",
            ),
        ],
    },
    "es": {
        "01-ai-fundamentals": [
            ("kw", "analítica predictiva ejemplos en gobierno"),
            ("kw", "deriva del modelo"),
            ("q", "¿La IA es responsable de lo que decide o no?"),
            ("q", "q es un modelo en aprendizaje automatico, explicado facil"),
            (
                "q",
                "¿Por qué el procesamiento de lenguaje funciona peor en lenguas indígenas? ¿Qué es Masakhane?",
            ),
            ("q", "¿y el asistente Ask Jamie de Singapur?"),
            ("q", "Si un restaurante sale con puntuación de riesgo alta, ¿seguro que está sucio?"),
            (
                "long",
                "Trabajo en la aduana y usamos un modelo de riesgo para elegir qué declaraciones revisar. Mi jefe confía ciegamente en él. Quiero explicarle qué cosas un modelo no puede hacer: anticipar fraudes de un tipo nuevo, saber si sus datos son justos o comprobar su propia precisión. ¿Qué dice el módulo sobre esos límites?",
            ),
            (
                "long",
                "Soy responsable de atención ciudadana en un municipio donde la gente escribe mezclando castellano y quechua. Queremos un clasificador automático. ¿Qué enseña el ejemplo de Civicly con el mensaje que mezclaba árabe y francés, y qué debe pasar cuando la confianza del modelo queda por debajo del umbral?",
            ),
            (
                "long",
                "Nuestra oficina quiere que una IA generativa redacte las respuestas a los reclamos de los vecinos para ahorrar tiempo. Antes de aprobarlo necesito entender por qué estas herramientas pueden afirmar cosas falsas con seguridad, qué pasó con la promesa de reparar en 24 horas en el ejemplo del módulo y cómo deben tratarse los borradores.",
            ),
        ],
        "02-human-rights": [
            ("kw", "debido proceso revisión humana"),
            ("kw", "diseño basado en derechos PANEL"),
            ("q", "¿Por qué partir de los derechos humanos y no de la idea de 'IA responsable'?"),
            ("q", "¿qué dijo la Corte Suprema de la India sobre la privacidad?"),
            (
                "q",
                "la ley brasileña de datos da derecho a pedir revisión de decisiones automatizadas?",
            ),
            (
                "q",
                "Un compañero dice que usar la religión como factor de riesgo es discriminación directa, ¿es así?",
            ),
            ("q", "¿y el efecto disuasorio qué es?"),
            (
                "long",
                "Trabajo en un programa de subsidios de vivienda. Un sistema automático marca solicitudes como fraudulentas y la gente tiene que demostrar por su cuenta que la máquina se equivocó. ¿Qué enseñan los casos de Robodebt y MiDAS, y qué garantías de debido proceso deberíamos ofrecer para que una persona pueda conocer, entender e impugnar la decisión?",
            ),
            (
                "long",
                "Antes de las elecciones municipales, un concejal propone analizar el tono de los mensajes que recibe la plataforma de participación para detectar a los 'alborotadores' y bajarles prioridad. Necesito argumentar en contra. ¿Qué dice el módulo sobre la libertad de expresión, el derecho a participar en el gobierno y el efecto de sentirse vigilado?",
            ),
            (
                "long",
                "En servicios sociales recibimos mensajes por la plataforma en los que los vecinos cuentan problemas de discapacidad o incluso violencia en casa. Un analista quiere usar esos mensajes para perfilar a los 'quejosos frecuentes'. ¿Qué riesgos para la privacidad señala el módulo y qué medidas propone para este tipo de información?",
            ),
        ],
        "03-ethics": [
            ("kw", "supervisión humana responsabilidad"),
            ("kw", "transparencia explicabilidad UNESCO"),
            ("q", "¿Qué dice la UNESCO sobre las decisiones de vida o muerte tomadas con IA?"),
            (
                "q",
                "la recomendacion de la unesco tiene valores, principios y ambitos de accion, como se relacionan entre si?",
            ),
            ("q", "¿Chile usó la Metodología de Evaluación del Estadio de Preparación?"),
            ("q", "¿Cuándo publicó Arabia Saudita sus principios éticos de IA?"),
            (
                "q",
                "¿y la protección de quienes denuncian irregularidades entra en algún principio?",
            ),
            (
                "long",
                "Coordino un sistema de reportes ciudadanos en un municipio costero. Me preocupa que alguien mande reportes falsos en masa para que su calle suba en la lista, y que un aviso de cable eléctrico caído quede olvidado en la cola equivocada. ¿Qué principios de la UNESCO cubren estos riesgos y qué medidas prácticas propone el módulo?",
            ),
            (
                "long",
                "Me piden crear un grupo asesor para un sistema de IA del ayuntamiento. ¿Quiénes deberían formar parte según el principio de gobernanza de múltiples partes interesadas, cada cuánto debería reunirse, y qué papel tenía el panel comunitario en el ejemplo de Civicly?",
            ),
            (
                "long",
                "El equipo técnico quiere reemplazar el clasificador de reportes por el modelo más grande y potente del mercado 'por si acaso'. Yo dudo que haga falta. ¿Qué argumentos me dan los principios de proporcionalidad y de sostenibilidad sobre el tamaño de las herramientas y su coste ambiental?",
            ),
        ],
        "04-data-governance": [
            ("kw", "minimización de datos"),
            ("kw", "Carta Internacional de Datos Abiertos"),
            ("q", "¿Cuántas bases jurídicas reconoce la LGPD de Brasil?"),
            ("q", "¿Qué significa 'unicidad' cuando se habla de calidad de datos?"),
            ("q", "¿Los datos seudonimizados siguen siendo datos personales?"),
            ("q", "¿y Open311 para qué sirve?"),
            (
                "q",
                "¿Por qué un barrio con mala cobertura móvil parece tener menos problemas en los datos?",
            ),
            (
                "long",
                "Mi municipio tiene unas cuarenta bases de datos repartidas entre áreas y nadie sabe bien quién responde por cada una. Me han pedido poner orden. ¿Cuál sería un buen primer paso, qué roles conviene definir (propietario, custodio, delegado de protección de datos) y qué debería anotarse de cada conjunto de datos?",
            ),
            (
                "long",
                "La empresa pública de agua, que es una entidad separada, quiere recibir los reportes de fugas que llegan a nuestra plataforma. ¿Qué campos tiene sentido compartir, qué hacemos con los datos de contacto de los vecinos y qué debe recoger el acuerdo de intercambio de datos?",
            ),
            (
                "long",
                "Organizamos los Juegos Deportivos Escolares del municipio y queremos publicar como datos abiertos las inscripciones y resultados por barrio, incluida la edad de los chicos. En algunos barrios solo participan tres o cuatro niños. ¿Qué riesgos de reidentificación hay y cómo deberíamos publicar para respetar el principio de 'abierto por defecto' sin exponer a nadie?",
            ),
        ],
        "05-inclusive-design": [
            ("kw", "codiseño nada sobre nosotros sin nosotros"),
            ("kw", "lenguaje claro"),
            ("q", "¿Qué son los Centros Huduma y los Common Services Centres?"),
            ("q", "cuanta gente sigue sin internet segun la UIT"),
            ("q", "¿ChileAtiende es ejemplo de qué?"),
            ("q", "¿y para formularios en árabe, qué hay que cuidar?"),
            (
                "q",
                "¿Qué dice el módulo de países con varias lenguas oficiales, como Paraguay o Bolivia?",
            ),
            (
                "long",
                "En el hospital municipal queremos que las citas se pidan solo por una aplicación. Muchos pacientes mayores no tienen smartphone y otros comparten uno con la familia. ¿Qué dice el módulo sobre la brecha digital, qué canales tendríamos que mantener y qué pregunta sencilla sirve para comprobar si excluimos a alguien?",
            ),
            (
                "long",
                "Queremos retomar el presupuesto participativo en mi ciudad, como el de Porto Alegre, pero esta vez con codiseño de verdad y no solo una consulta. ¿Cómo llegamos a quienes nunca vienen a los talleres, qué barreras prácticas hay que quitar y cómo compartimos el poder de decisión de forma honesta?",
            ),
            (
                "long",
                "En el ejemplo de Civicly, el equipo descubrió que casi no llegaban pedidos de los barrios periféricos. ¿Qué pasó con el modelo de urgencia, qué cambió en la forma de medir la importancia de un distrito y qué resultados se obtuvieron a los seis meses?",
            ),
        ],
        "06-leadership": [
            ("kw", "seis pilares procesos datos personas"),
            ("kw", "cláusulas contrato contratación de IA"),
            ("q", "¿Qué es AGESIC?"),
            ("q", "¿ChileCompra hizo algo sobre la compra de proyectos de IA?"),
            ("q", "¿Cada país necesita crear una agencia digital nueva?"),
            ("q", "y en una estrategia digital, ¿qué tipo de metas medibles se ponen?"),
            ("q", "la resistencia al cambio es mala?"),
            (
                "long",
                "Vamos a licitar un software con IA para clasificar expedientes y el proveedor solo quiere enseñarnos una demo con sus propios datos. ¿Cómo definimos el problema en lugar del producto, a quién involucramos desde el principio y cómo exigimos pruebas en condiciones reales y en todos los idiomas del servicio?",
            ),
            (
                "long",
                "El alcalde quiere lanzar un proyecto de IA avanzado, pero seguimos trabajando con hojas de cálculo dispersas y datos de mala calidad. ¿Qué es una evaluación de madurez digital, qué índices internacionales existen y qué dos precauciones hay que tener con la puntuación?",
            ),
            (
                "long",
                "En el ejemplo de ampliar Civicly a toda la ciudad, ¿qué rol pasó a tener el personal del centro de llamadas, cómo se organizó el despliegue por oleadas y qué problema apareció en la primera oleada que el seguimiento detectó a tiempo?",
            ),
        ],
        "07-generative-ai": [
            ("kw", "predicción del siguiente token"),
            ("kw", "lista de verificación antes de publicar"),
            ("q", "¿ajuste fino qué es?"),
            ("q", "¿Qué pasó con el chatbot para pequeñas empresas de Nueva York?"),
            ("q", "¿Puedo usar un chat gratuito para resumir un expediente confidencial?"),
            ("q", "¿y la guía canadiense qué pide a los funcionarios?"),
            ("q", "si los borradores de la IA nunca se corrigen es buena señal no?"),
            (
                "long",
                "Trabajo en participación ciudadana y quiero usar un asistente de IA para redactar la guía informativa con fechas y lugares de votación de las próximas elecciones vecinales. ¿Qué riesgos hay con los datos locales y las fechas, cómo anclo el texto en documentos oficiales y qué reviso antes de publicarlo?",
            ),
            (
                "long",
                "En nuestra oficina de trámites muchos vecinos escriben en quechua y aimara, y queremos un asistente que les responda en su idioma. ¿Qué explica el módulo sobre los tokens en lenguas poco representadas, cómo afecta al coste y a la ventana de contexto, y qué revisión hace falta para las traducciones?",
            ),
            (
                "long",
                "Estoy redactando la política interna de uso de IA generativa a partir del piloto de Civicly. ¿Qué se dejó registrado en el expediente, qué se le dijo al vecino sobre el uso de la herramienta, y qué tareas no hace nunca el asistente?",
            ),
        ],
        "08-governance-risk": [
            ("kw", "auditoría algorítmica tres ángulos"),
            ("kw", "mecanismo de queja y reparación"),
            ("q", "¿Qué es la evaluación de impacto algorítmico de Canadá?"),
            ("q", "¿Cuándo entró en vigor el Reglamento de IA de la UE?"),
            ("q", "un filtro de spam tiene obligaciones con la ley de ia europea?"),
            ("q", "¿y los Emiratos nombraron un ministro de IA?"),
            ("q", "¿Qué países latinoamericanos tienen estrategia de IA según el módulo?"),
            (
                "long",
                "Somos un organismo de seguridad social que usa un modelo para detectar posibles fraudes en las prestaciones, y el órgano de control nos anuncia una auditoría. ¿Qué aspectos suele revisar una auditoría algorítmica, quién puede hacerla y qué tenemos que hacer después para que sirva de algo?",
            ),
            (
                "long",
                "El ayuntamiento quiere abrir un registro público de algoritmos como los de Ámsterdam y Helsinki. ¿Qué tipo de sistemas se describen allí, en qué lenguaje, qué preguntas debería responder cada ficha y en qué se diferencia de una auditoría o de una evaluación de impacto?",
            ),
            (
                "long",
                "En el ejemplo de gobernar Civicly, el equipo puso los reportes de seguridad pública y de salud en el nivel III aunque el ranking general quedó en nivel II. ¿Por qué, qué exigieron para esos casos y cómo se ofrece a los vecinos la revisión humana y en qué plazo?",
            ),
        ],
    },
}


def _repo_root() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "corpus" / "modules").is_dir():
            return parent
    raise SystemExit("could not find corpus/modules above this script")


def _norm(text: str) -> str:
    text = re.sub(r"\s+", " ", text.casefold()).strip()
    return text.rstrip(" ?.!¿¡")


def _check_dup(seen: dict[str, str], errors: list[str], text: str, rid: str) -> None:
    key = _norm(text)
    if key in seen:
        errors.append(f"duplicate text in {rid} and {seen[key]}: {text!r}")
    else:
        seen[key] = rid


def build() -> tuple[list[dict[str, str]], list[dict[str, str]], list[str]]:
    root = _repo_root()
    errors: list[str] = []
    off_rows: list[dict[str, str]] = []
    on_rows: list[dict[str, str]] = []

    for lang in LANGS:
        seen: dict[str, str] = {}
        cats = OFF[lang]
        if set(cats) != set(CATEGORIES):
            errors.append(f"{lang}: categories differ: {sorted(set(cats) ^ set(CATEGORIES))}")
        for cat in CATEGORIES:
            items = cats.get(cat, [])
            if len(items) != PER_CATEGORY:
                errors.append(f"{lang}/{cat}: {len(items)} off-course items, want {PER_CATEGORY}")
            for n, text in enumerate(items, start=1):
                rid = f"off-{lang}-{cat}-{n:03d}"
                if not text.strip():
                    errors.append(f"{rid}: empty text")
                _check_dup(seen, errors, text, rid)
                off_rows.append({"id": rid, "lang": lang, "category": cat, "text": text})

        mods = ON[lang]
        if set(mods) != set(MODULES):
            errors.append(f"{lang}: modules differ: {sorted(set(mods) ^ set(MODULES))}")
        counter = 0
        for module in MODULES:
            if not (root / "corpus" / "modules" / lang / f"{module}.md").is_file():
                errors.append(f"{lang}: module file missing for {module}")
            items2 = mods.get(module, [])
            if len(items2) != PER_MODULE:
                errors.append(f"{lang}/{module}: {len(items2)} on-course items, want {PER_MODULE}")
            kinds: dict[str, int] = {}
            for kind, text in items2:
                kinds[kind] = kinds.get(kind, 0) + 1
                counter += 1
                rid = f"on-{lang}-{counter:03d}"
                words = len(text.split())
                if kind == "kw" and words > KW_MAX_WORDS:
                    errors.append(f"{rid}: keyword query has {words} words")
                if kind == "long" and words < LONG_MIN_WORDS:
                    errors.append(f"{rid}: scenario has only {words} words")
                if kind not in KIND_COUNTS:
                    errors.append(f"{rid}: unknown kind {kind!r}")
                _check_dup(seen, errors, text, rid)
                on_rows.append({"id": rid, "lang": lang, "text": text, "module": module})
            if kinds != KIND_COUNTS:
                errors.append(f"{lang}/{module}: kinds {kinds}, want {KIND_COUNTS}")

    all_ids = [r["id"] for r in off_rows + on_rows]
    if len(all_ids) != len(set(all_ids)):
        errors.append("duplicate ids")
    want_off = len(LANGS) * len(CATEGORIES) * PER_CATEGORY
    want_on = len(LANGS) * len(MODULES) * PER_MODULE
    if len(off_rows) != want_off:
        errors.append(f"off-course total {len(off_rows)}, want {want_off}")
    if len(on_rows) != want_on:
        errors.append(f"on-course total {len(on_rows)}, want {want_on}")
    return off_rows, on_rows, errors


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _table(title: str, rows: list[dict[str, str]], key: str, keys: tuple[str, ...]) -> str:
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        pair = (row[key], row["lang"])
        counts[pair] = counts.get(pair, 0) + 1
    lines = [f"**{title}**", "", f"| {key} | " + " | ".join(LANGS) + " | total |"]
    lines.append("|---" * (len(LANGS) + 2) + "|")
    col_totals: dict[str, int] = {lang: 0 for lang in LANGS}
    for k in keys:
        cells = [counts.get((k, lang), 0) for lang in LANGS]
        for lang, c in zip(LANGS, cells, strict=True):
            col_totals[lang] += c
        lines.append(f"| {k} | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} |")
    totals = [col_totals[lang] for lang in LANGS]
    lines.append("| **total** | " + " | ".join(str(t) for t in totals) + f" | {sum(totals)} |")
    return "\n".join(lines)


def main() -> int:
    off_rows, on_rows, errors = build()
    if errors:
        for err in errors:
            print("ERROR:", err, file=sys.stderr)
        return 1
    out_dir = Path(__file__).resolve().parent.parent
    _write(out_dir / "offcourse_en_fr_es.jsonl", off_rows)
    _write(out_dir / "oncourse_en_fr_es.jsonl", on_rows)
    print(_table("offcourse_en_fr_es.jsonl", off_rows, "category", CATEGORIES))
    print()
    print(_table("oncourse_en_fr_es.jsonl", on_rows, "module", MODULES))
    print()
    print(f"wrote {len(off_rows)} off-course and {len(on_rows)} on-course rows to {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
