"""On-course questions (held-out evaluation set, independent4).

Hand-written, 8 per module per language: 2 short keyword-style queries ("k"),
4 ordinary questions ("q") and 2 longer scenario questions ("s").
Each language has its own questions, checked against the module in that language.
Run: /work/main/.venv/bin/python src/oncourse.py  (writes ../oncourse.jsonl)
"""
import json
from pathlib import Path

LANGS = ["en", "fr", "es", "pt", "ar"]
MODULES = [
    "01-ai-fundamentals", "02-human-rights", "03-ethics", "04-data-governance",
    "05-inclusive-design", "06-leadership", "07-generative-ai", "08-governance-risk",
]

# DATA[lang][module] = list of (kind, text); kinds in order k, k, q, q, q, q, s, s
DATA: dict[str, dict] = {lang: {} for lang in LANGS}

# ---------------------------------------------------------------- English
DATA["en"]["01-ai-fundamentals"] = [
    ("k", "false positive vs false negative"),
    ("k", "model drift meaning"),
    ("q", "What's the difference between a rule-based system and machine learning?"),
    ("q", "How did Chicago use predictive analytics for restaurant inspections?"),
    ("q", "If a classifier says 'roads: 0.82', does that mean it's 82% sure to be right?"),
    ("q", "Why would an NLP tool do worse on messages written in a regional dialect?"),
    ("s", "I run a benefits fraud unit and a vendor is offering a model that scores every claimant. My director wants anyone above 0.7 suspended automatically. What does the course say about treating a risk score like that?"),
    ("s", "Our county hotline gets messages in English, Spanish and Haitian Creole, and we're thinking of using AI to route them to departments. What should we check before trusting it equally for all three languages?"),
]
DATA["en"]["02-human-rights"] = [
    ("k", "PANEL principles rights-based design"),
    ("k", "chilling effect"),
    ("q", "If we buy an AI system from a private company, does responsibility for human rights pass to the supplier?"),
    ("q", "What did the court in The Hague decide about SyRI, and why?"),
    ("q", "What is proxy discrimination, and why doesn't deleting the protected attribute fix it?"),
    ("q", "What went wrong with Michigan's MiDAS unemployment system?"),
    ("s", "Our state agency is moving food-assistance checks to a fingerprint app. Field staff say older farmworkers often fail the scan. How does the course frame this kind of barrier, and what should we keep in place?"),
    ("s", "I'm on the team adding a filter to our city feedback portal to hide abusive messages. A colleague worries it will also bury angry complaints about police misconduct. Which rights does the course say are at stake, and how should we design the filter?"),
]
DATA["en"]["03-ethics"] = [
    ("k", "UNESCO ten principles AI ethics"),
    ("k", "ethical impact assessment steps"),
    ("q", "What are the four core values behind the UNESCO Recommendation?"),
    ("q", "Why did the UK scrap its exam-grading algorithm in 2020?"),
    ("q", "What does the sustainability principle ask a city to weigh before adopting AI?"),
    ("q", "What is UNESCO's Readiness Assessment Methodology used for?"),
    ("s", "Our parks department wants AI-enabled cameras in every park to 'understand visitor behaviour'. A councillor has asked me whether this is proportionate. What questions does the course suggest I ask?"),
    ("s", "We've ranked road-repair requests with a model for a year. Supervisors can't see why a request got its rank and nobody is named to handle complaints about it. Which principles are we falling short on, and what did the city in the Civicly example change?"),
]
DATA["en"]["04-data-governance"] = [
    ("k", "pseudonymisation vs anonymisation"),
    ("k", "data steward role"),
    ("q", "What are the dimensions of data quality the course lists?"),
    ("q", "Why is consent often the wrong lawful basis for a public body?"),
    ("q", "What did Latanya Sweeney show about de-identified data?"),
    ("q", "What are the layers of interoperability?"),
    ("s", "The police have asked our 311 team for access to every resident report so they can look for 'signs of unrest'. I'm the data owner. What does the course say about purpose limitation in a case like this?"),
    ("s", "We want to publish service-request counts on the city's open data portal, broken down by neighbourhood. Some categories have only two or three requests in a small area. What precautions does the course recommend?"),
]
DATA["en"]["05-inclusive-design"] = [
    ("k", "WCAG POUR principles"),
    ("k", "curb-cut effect"),
    ("q", "What's the difference between WCAG conformance levels A, AA and AAA?"),
    ("q", "What does 'assisted digital' mean, and which countries does the course give as examples?"),
    ("q", "What is intersectionality and why does it matter when testing a service?"),
    ("q", "Which practical barriers should we remove to get people to co-design sessions?"),
    ("s", "My department is going digital by default for renewing disabled parking permits and plans to close the counter. About a fifth of applicants are over 75. What does the course recommend?"),
    ("s", "We're redesigning the online form for reporting harassment on buses and trams. Almost all reports so far come from men. Drawing on the course's section on gender, what should we change?"),
]
DATA["en"]["06-leadership"] = [
    ("k", "six pillars of digital transformation"),
    ("k", "vendor lock-in"),
    ("q", "What should a public-sector digital strategy contain?"),
    ("q", "What is the World Bank's GovTech Maturity Index?"),
    ("q", "Which contract clauses should we insist on when we buy an AI system?"),
    ("q", "What are the three layers of skills a digital public service needs?"),
    ("s", "I've just been appointed head of digital at a mid-sized council. My predecessor handed everything to IT, and the chatbot project drifted with no owner once the contractor left. According to the course, what should I do differently?"),
    ("s", "Our call-centre staff are anxious because a new AI tool will sort the incoming emails they used to forward by hand. How does the course suggest leading this change?"),
]
DATA["en"]["07-generative-ai"] = [
    ("k", "retrieval-augmented generation"),
    ("k", "context window tokens"),
    ("q", "Why can the same text use more tokens in some languages than in English?"),
    ("q", "What are the five parts of a good prompt?"),
    ("q", "What went wrong with New York City's chatbot for small businesses?"),
    ("q", "What is automation bias, and how can a manager tell that staff have stopped checking drafts?"),
    ("s", "A caseworker on my team pasted a resident's whole complaint, with her name, address and medical condition, into a free public chatbot to draft a reply. What does the course say about personal data in prompts, and what should our rule be?"),
    ("s", "We're building a chatbot for our permits office that answers from our official fee schedules using RAG. A manager thinks that because it cites sources, its answers can't be wrong. What does the course say about the limits of grounding?"),
]
DATA["en"]["08-governance-risk"] = [
    ("k", "algorithmic impact assessment levels"),
    ("k", "EU AI Act risk tiers"),
    ("q", "What does Canada's Directive on Automated Decision-Making require at Levels III and IV?"),
    ("q", "What are the two tiers of a UK algorithmic transparency record?"),
    ("q", "What does New York City's rule on automated hiring tools require employers to do?"),
    ("q", "What makes human review in a complaints process real rather than a rubber stamp?"),
    ("s", "Our housing authority wants to add an AI chat assistant to its website and already uses a model to prioritise repair requests. Under the EU AI Act tiers described in the course, what obligations might apply, and what would change the classification?"),
    ("s", "A resident complained that our automated system ranked her pothole report too low and she couldn't find out why. We have no complaints route for AI-supported decisions. What should a good redress process include?"),
]

# ---------------------------------------------------------------- French
DATA["fr"]["01-ai-fundamentals"] = [
    ("k", "apprentissage automatique définition simple"),
    ("k", "variable de substitution code postal"),
    ("q", "Pourquoi dit-on qu'un modèle repère des corrélations et non des causes ?"),
    ("q", "À quoi sert le système VICTOR au Tribunal fédéral suprême brésilien ?"),
    ("q", "Pourquoi l'outil de notation des demandeurs d'emploi utilisé en Autriche a-t-il fait polémique ?"),
    ("q", "Qu'est-ce qu'un modèle d'IA est incapable de faire, même s'il est performant ?"),
    ("s", "Je suis cheffe de service dans une caisse d'allocations familiales et on nous propose un outil qui trie automatiquement les courriers des allocataires par thème. Ce sont les cas où l'outil hésite qui nous inquiètent. Que recommande le cours pour fixer un seuil et traiter ces cas ?"),
    ("s", "Ma commune veut un modèle qui prédit dans quels quartiers apparaîtront les nids-de-poule, entraîné sur cinq ans de signalements. Or certains quartiers ne signalaient presque rien. Quels risques le cours met-il en avant ?"),
]
DATA["fr"]["02-human-rights"] = [
    ("k", "article 12 DUDH vie privée"),
    ("k", "discrimination indirecte définition"),
    ("q", "Respecter, protéger, réaliser : que recouvrent concrètement les trois obligations de l'État en matière de droits humains ?"),
    ("q", "Qu'a jugé la Haute Cour du Kenya en 2021 à propos de Huduma Namba ?"),
    ("q", "Quels droits l'article 22 du RGPD accorde-t-il face à une décision entièrement automatisée ?"),
    ("q", "Qu'est-ce que la Convention-cadre du Conseil de l'Europe sur l'IA adoptée en 2024 ?"),
    ("s", "À la métropole, nous voulons classer automatiquement les demandes de logement social. Avant le lancement, mon directeur me demande une étude d'impact sur les droits humains. Quelles questions le cours conseille-t-il de se poser ?"),
    ("s", "Un assuré de notre caisse de retraite conteste un refus calculé par un logiciel et ne comprend pas d'où il vient. D'après le cours, quelles garanties d'une procédure équitable devons-nous lui offrir ?"),
]
DATA["fr"]["03-ethics"] = [
    ("k", "proportionnalité et innocuité IA publique"),
    ("k", "Elements of AI Finlande"),
    ("q", "Le texte adopté par l'UNESCO en 2021 sur l'éthique de l'IA oblige-t-il juridiquement les États ?"),
    ("q", "Que veut dire concrètement le principe de surveillance et de décision humaines ?"),
    ("q", "Pourquoi le cours cite-t-il les registres d'algorithmes d'Amsterdam et d'Helsinki ?"),
    ("q", "Qui doit participer à une évaluation de l'impact éthique, et quand faut-il la refaire ?"),
    ("s", "Notre communauté d'agglomération veut acheter un outil d'IA pour orienter les demandes d'aide sociale, et le fournisseur nous presse de signer. En quoi l'outil d'évaluation de l'impact éthique de l'UNESCO peut-il nous aider à ce stade de l'achat ?"),
    ("s", "Au service voirie, on s'est aperçu que des riverains envoyaient de faux signalements pour faire monter leur rue dans la liste des priorités. Quel principe éthique est en jeu et que conseille le cours ?"),
]
DATA["fr"]["04-data-governance"] = [
    ("k", "minimisation des données exemple"),
    ("k", "accord de partage de données clauses"),
    ("q", "Par quelles phases passent les données, de la collecte jusqu'à leur suppression ?"),
    ("q", "Qu'est-ce que la Convention 108+ et quels pays non européens y ont adhéré ?"),
    ("q", "Pourquoi des données pseudonymisées restent-elles des données personnelles ?"),
    ("q", "Que veut dire le principe « dites-le-nous une fois » et quel exemple estonien le cours donne-t-il ?"),
    ("s", "Notre conseil départemental veut confier des données d'usagers à une entreprise qui développe un modèle d'IA. Que doit prévoir le contrat pour que le prestataire ne les réutilise pas, et une analyse d'impact est-elle nécessaire ?"),
    ("s", "Dans notre mairie, l'écran d'inscription à l'appli de signalement fait « consentir » les habitants au traitement de toutes leurs données. Selon le cours, est-ce la bonne base légale ?"),
]
DATA["fr"]["05-inclusive-design"] = [
    ("k", "design thinking cinq étapes"),
    ("k", "fracture numérique définition"),
    ("q", "Que prévoit la directive européenne de 2016 sur l'accessibilité des sites publics ?"),
    ("q", "Pourquoi les outils automatiques de contrôle d'accessibilité ne suffisent-ils pas ?"),
    ("q", "Qu'est-ce que le double diamant du Design Council britannique ?"),
    ("q", "Comment Vienne a-t-elle pris en compte le genre dans l'aménagement de ses parcs ?"),
    ("s", "Je travaille dans un espace France Services et nous lançons une démarche en ligne pour l'aide au logement. Comment appliquer le design thinking du cours pour toucher les usagers qui ne viennent jamais aux ateliers ?"),
    ("s", "Notre ville est bilingue et nous ajoutons un assistant d'IA qui répond aux habitants en arabe et en français. Quels points d'accès linguistique le cours nous demande-t-il de vérifier ?"),
]
DATA["fr"]["06-leadership"] = [
    ("k", "évaluation maturité numérique"),
    ("k", "conduite du changement Kotter"),
    ("q", "Pourquoi faut-il décrire le problème plutôt que le produit quand on achète de l'IA ?"),
    ("q", "Quel est le rôle de l'AGESIC en Uruguay ?"),
    ("q", "Quelles précautions le cours donne-t-il sur l'usage d'un score de maturité numérique ?"),
    ("q", "Quel exemple canadien de formation des fonctionnaires au numérique le cours mentionne-t-il ?"),
    ("s", "Le maire veut étendre notre outil de tri des signalements à tous les services en un an, alors que le pilote ne concernait que la propreté. Quelles étapes l'exemple du cours suit-il pour passer à l'échelle ?"),
    ("s", "Nous rédigeons un appel d'offres pour un système d'IA qui doit trier les courriers des usagers dans trois langues. Comment tester les offres des fournisseurs de façon réaliste selon le cours ?"),
]
DATA["fr"]["07-generative-ai"] = [
    ("k", "hallucination IA générative définition"),
    ("k", "caviardage avant prompt"),
    ("q", "Comment un grand modèle de langage choisit-il le mot suivant ?"),
    ("q", "Pourquoi un modèle de langage ignore-t-il les événements récents ?"),
    ("q", "Qu'a fait l'autorité italienne de protection des données en 2023 au sujet d'un chatbot ?"),
    ("q", "Que demande le guide du gouvernement canadien de 2023 sur l'IA générative aux fonctionnaires ?"),
    ("s", "Dans notre service, un agent a fait rédiger un arrêté par une IA sans prévenir personne. Le cours parle d'une affaire à Porto Alegre. Quelles règles de transparence devrions-nous adopter ?"),
    ("s", "Je relis des projets de réponses aux usagers de la médiathèque rédigés par une IA. Quels points le cours me demande-t-il de vérifier avant l'envoi ?"),
]
DATA["fr"]["08-governance-risk"] = [
    ("k", "registre public des algorithmes"),
    ("k", "audit algorithmique trois angles"),
    ("q", "Que prévoient les principes de l'OCDE en matière d'IA, et quand ont-ils été révisés ?"),
    ("q", "Quels usages de l'IA le règlement européen interdit-il ?"),
    ("q", "Qu'a constaté la Cour des comptes néerlandaise en examinant les algorithmes de l'administration ?"),
    ("q", "Quels sont les quatre niveaux d'incidence de l'outil canadien d'évaluation ?"),
    ("s", "Notre métropole utilise plusieurs algorithmes (stationnement, chatbot, tri des demandes), mais les habitants n'en savent rien. Que devrait contenir une fiche de transparence d'après le cours, et à qui s'adresse-t-elle ?"),
    ("s", "Le médiateur de notre région reçoit des plaintes à répétition sur le même calcul automatisé d'aides. Qu'enseigne l'affaire Robodebt sur la façon de traiter ces plaintes ?"),
]

# ---------------------------------------------------------------- Spanish
DATA["es"]["01-ai-fundamentals"] = [
    ("k", "analítica predictiva ejemplos en el gobierno"),
    ("k", "umbral de confianza clasificador"),
    ("q", "¿Qué es el procesamiento del lenguaje natural y para qué tareas lo usan las administraciones?"),
    ("q", "¿Qué critican los detractores de la herramienta de cribado familiar de Allegheny, en Pensilvania?"),
    ("q", "¿Por qué un modelo entrenado antes de un cambio de ley puede seguir aplicando la lógica vieja?"),
    ("q", "¿Qué hace la comunidad Masakhane y por qué le importa a un organismo público?"),
    ("s", "Trabajo en la Agencia Tributaria y queremos usar un modelo que puntúe el riesgo de las declaraciones para decidir cuáles revisar. Mi jefe opina que una puntuación alta basta para sancionar. ¿Qué explica el curso sobre el uso correcto de estas predicciones?"),
    ("s", "En la alcaldía recibimos quejas ciudadanas por WhatsApp y queremos que una IA las reparta entre las secretarías. ¿Qué pasos del ejemplo de Civicly deberíamos copiar para que no se nos queden atrás casos urgentes?"),
]
DATA["es"]["02-human-rights"] = [
    ("k", "Declaración Universal 1948 pactos de 1966"),
    ("k", "efecto disuasorio libertad de expresión"),
    ("q", "¿En qué se diferencia la discriminación directa de la indirecta?"),
    ("q", "¿Qué fue el programa Robodebt en Australia?"),
    ("q", "¿Qué derecho da la LGPD de Brasil frente a decisiones tomadas solo por máquinas?"),
    ("q", "¿Qué encontró la revisión independiente de 2022 sobre la moderación de contenidos en árabe?"),
    ("s", "En la Secretaría de Bienestar estamos sustituyendo la atención presencial por un chatbot que solo habla español. En varias comunidades se habla náhuatl y mucha gente usa teléfonos compartidos. ¿Qué advierte el curso sobre el acceso a los servicios públicos?"),
    ("s", "Nuestro ayuntamiento contrató a una empresa privada un sistema que prioriza inspecciones de vivienda, y el proveedor dice que los derechos humanos son 'cosa del ayuntamiento'. ¿Qué dice el curso sobre quién responde y qué conviene poner en el contrato?"),
]
DATA["es"]["03-ethics"] = [
    ("k", "equidad y no discriminación principio UNESCO"),
    ("k", "rendición de cuentas cadena de responsabilidad IA"),
    ("q", "¿Qué usos de la IA excluye expresamente la Recomendación de la UNESCO?"),
    ("q", "¿Cuántas áreas de acción política plantea la Recomendación y cuáles menciona el curso?"),
    ("q", "¿Qué país latinoamericano fue de los primeros en aplicar la herramienta de la UNESCO que mide si un país está preparado para la IA?"),
    ("q", "¿Qué significa una gobernanza de la IA adaptativa y con múltiples partes interesadas?"),
    ("s", "En la municipalidad vamos a ampliar un sistema que ordena los reclamos vecinales y queremos hacer antes una evaluación del impacto ético. ¿Qué pasos propone el curso, desde delimitar el sistema hasta el seguimiento?"),
    ("s", "Los reclamos que recibimos en texto libre suelen incluir datos médicos de los vecinos, y el sistema los guarda sin fecha de borrado. ¿Qué exige el principio de privacidad y protección de datos en un caso así?"),
]
DATA["es"]["04-data-governance"] = [
    ("k", "principios artículo 5 RGPD"),
    ("k", "propietario de los datos y custodio"),
    ("q", "¿Qué bases jurídicas enumera el artículo 6 del RGPD?"),
    ("q", "¿Por qué no basta con borrar los nombres para anonimizar un conjunto de datos?"),
    ("q", "¿Qué es el estándar Open311?"),
    ("q", "¿Cuántas bases legales prevé la LGPD brasileña y cuál es propia de la administración pública?"),
    ("s", "En la intendencia alguien propone cruzar los reportes de baches con otras bases para revisar la situación migratoria de quien reporta. ¿Es compatible con la finalidad original, según el curso?"),
    ("s", "Nuestra secretaría va a recibir datos de la empresa pública de agua y queremos formalizar el intercambio por escrito. ¿Qué debería incluir ese acuerdo según el curso?"),
]
DATA["es"]["05-inclusive-design"] = [
    ("k", "accesibilidad digital tecnologías de apoyo"),
    ("k", "codiseño nada sobre nosotros sin nosotros"),
    ("q", "¿Qué es ChileAtiende y por qué aparece como ejemplo en el curso?"),
    ("q", "¿Cuántas lenguas reconoce la Constitución boliviana de 2009?"),
    ("q", "¿Qué es el lenguaje claro y qué ley aprobó Estados Unidos en 2010 al respecto?"),
    ("q", "¿Por qué un sistema de IA puede acabar atendiendo peor a quienes no usaban el servicio?"),
    ("s", "En la municipalidad queremos que los vecinos decidan obras mediante un presupuesto participativo en línea, pero en los asentamientos casi nadie tiene datos móviles. ¿Qué canales y estrategias de codiseño propone el curso para incluirlos?"),
    ("s", "Estamos revisando el portal de trámites del gobierno provincial y un usuario ciego nos cuenta que no puede rellenar los formularios en PDF. ¿Qué dice el curso sobre las WCAG, los documentos y las pruebas con personas con discapacidad?"),
]
DATA["es"]["06-leadership"] = [
    ("k", "estrategia digital qué debe incluir"),
    ("k", "ChileCompra contratación de IA"),
    ("q", "Según el pilar de procesos, ¿por qué no sirve digitalizar un mal proceso?"),
    ("q", "¿Qué es Irembo en Ruanda?"),
    ("q", "¿Qué dimensiones evalúa el índice de gobierno digital que publica la OCDE?"),
    ("q", "¿Qué ideas de los ocho pasos de Kotter pueden aplicar los directivos públicos?"),
    ("s", "Soy directora de modernización de un municipio y queremos lanzar un proyecto de IA ambicioso, pero nuestros datos están en hojas de cálculo sueltas. ¿Qué aconseja el curso antes de invertir?"),
    ("s", "Se nos vence el contrato con el proveedor del sistema de atención ciudadana y cambiar de empresa parece imposible porque ellos tienen todos los datos. ¿Cómo se evita esta situación según el curso?"),
]
DATA["es"]["07-generative-ai"] = [
    ("k", "prompt rol tarea contexto restricciones formato"),
    ("k", "ajuste fino modelo de lenguaje"),
    ("q", "¿Por qué la misma pregunta puede dar respuestas distintas en un modelo generativo?"),
    ("q", "¿Qué casos de alucinación en Nueva York cita el curso?"),
    ("q", "¿Qué es Pair, el asistente de Singapur?"),
    ("q", "¿Cómo clasifica el curso las tareas con IA generativa según su riesgo?"),
    ("s", "En la delegación queremos que una IA redacte las resoluciones de becas y las emita automáticamente para ganar tiempo. ¿Qué dicen las normas del curso sobre decisiones tomadas con IA generativa?"),
    ("s", "Trabajo en atención al contribuyente y usamos un asistente que redacta respuestas. El mes pasado no se corrigió ni un solo borrador y el jefe lo celebra como prueba de calidad. ¿Qué advierte el curso?"),
]
DATA["es"]["08-governance-risk"] = [
    ("k", "sistemas de IA de alto riesgo"),
    ("k", "registro de algoritmos Ámsterdam Helsinki"),
    ("q", "¿Qué cuatro preguntas debe responder un marco de gobernanza de la IA?"),
    ("q", "¿Qué publicaron Brasil y Chile en 2021 en materia de IA?"),
    ("q", "¿Qué derechos nuevos añade la Ley de IA de la UE a las personas afectadas?"),
    ("q", "¿Qué tiene que hacer un organismo auditado para que la auditoría sirva de algo?"),
    ("s", "En la Secretaría de Desarrollo Social vamos a usar un sistema que decide quién accede a un subsidio. Queremos aplicar la idea de niveles de impacto aunque no estemos en Canadá. ¿Cómo propone el curso puntuar los daños y vincular cada nivel con salvaguardas?"),
    ("s", "Queremos diseñar el canal de quejas de un sistema que prioriza reclamos vecinales, y muchos vecinos no usan internet. ¿Qué elementos de un buen mecanismo de reparación describe el curso?"),
]

# ---------------------------------------------------------------- Portuguese
DATA["pt"]["01-ai-fundamentals"] = [
    ("k", "falso negativo exemplo classificação"),
    ("k", "definição de inteligência artificial UNESCO"),
    ("q", "Como ministérios da saúde africanos usaram previsões para se preparar para a malária?"),
    ("q", "O que era o 'Ask Jamie' de Singapura?"),
    ("q", "Por que a qualidade dos dados de treino limita o que um modelo consegue fazer?"),
    ("q", "Por que o curso diz que a IA é uma ferramenta e não um colega de trabalho?"),
    ("s", "Sou servidor de uma prefeitura no interior de Pernambuco e vamos usar um modelo para definir a ordem das vistorias sanitárias em restaurantes. Um vereador quer divulgar a lista dos 'restaurantes de alto risco'. O que o curso diz sobre tratar essa previsão como um veredito?"),
    ("s", "No nosso tribunal de justiça estadual pensamos em usar um classificador para separar recursos por tema, inspirado no VICTOR. Como devemos lidar com os casos em que a pontuação de confiança sai baixa?"),
]
DATA["pt"]["02-human-rights"] = [
    ("k", "design baseado em direitos PANEL"),
    ("k", "direito a um recurso efetivo artigo 8"),
    ("q", "Por que os direitos humanos são uma base mais sólida do que o discurso da 'IA responsável'?"),
    ("q", "Como a nacionalidade entrou no escândalo dos subsídios de creche nos Países Baixos?"),
    ("q", "O que o Supremo Tribunal da Índia decidiu em 2017 sobre a privacidade?"),
    ("q", "O que os Princípios Orientadores da ONU sobre Empresas e Direitos Humanos esperam dos fornecedores de IA?"),
    ("s", "Trabalho numa câmara municipal e a nossa plataforma de reclamações recebe mensagens que às vezes revelam violência doméstica ou uma deficiência. Que cuidados de privacidade o curso recomenda para esse tipo de mensagem?"),
    ("s", "Na secretaria de assistência social, um modelo passou a ordenar os pedidos de cesta básica e os bairros da periferia ficam sempre no fim da fila. Como o curso sugere investigar e corrigir isso?"),
]
DATA["pt"]["03-ethics"] = [
    ("k", "transparência e explicabilidade na administração"),
    ("k", "Recomendação UNESCO 2021 193 Estados-membros"),
    ("q", "O que o caso Robodebt ensina sobre supervisão humana?"),
    ("q", "Que iniciativas regionais o curso cita como exemplo de governança com várias partes interessadas?"),
    ("q", "Qual é a diferença entre segurança e proteção de um sistema de IA, segundo o curso?"),
    ("q", "O que significa alfabetização em IA dentro de um órgão público?"),
    ("s", "Na câmara onde trabalho, a equipa quer tirar o tempo de resposta histórico do modelo de priorização porque prejudica bairros pobres, mas o diretor teme perder precisão. Como o curso trata esse dilema?"),
    ("s", "Vamos criar um conselho consultivo para acompanhar um sistema de IA da prefeitura. Quem o curso sugere que participe e com que frequência ele deve rever o desempenho e as reclamações?"),
]
DATA["pt"]["04-data-governance"] = [
    ("k", "qualidade dos dados dimensões"),
    ("k", "prazo de retenção de dados pessoais"),
    ("q", "Qual é a diferença entre o proprietário dos dados e o encarregado de proteção de dados?"),
    ("q", "Quais princípios a Carta Internacional de Dados Abertos de 2015 defende?"),
    ("q", "Que técnicas de anonimização o curso cita, como agregação e generalização?"),
    ("q", "Em que situações o RGPD torna obrigatória uma avaliação de impacto antes de tratar dados pessoais?"),
    ("s", "O aplicativo de zeladoria da prefeitura grava a localização exata do celular sempre que é aberto, mesmo quando o cidadão não faz pedido nenhum. O que o curso recomenda sobre isso?"),
    ("s", "Duas comunidades quase não aparecem nos nossos dados de pedidos porque muitos moradores só têm celular simples. Que efeito isso tem no modelo de urgência e o que a cidade do exemplo fez?"),
]
DATA["pt"]["05-inclusive-design"] = [
    ("k", "VLibras Libras acessibilidade"),
    ("k", "exclusão digital canais alternativos"),
    ("q", "O que foi o orçamento participativo de Porto Alegre e qual a ligação com o codesign?"),
    ("q", "O que a Convenção da ONU sobre os Direitos das Pessoas com Deficiência exige em matéria de tecnologia?"),
    ("q", "Como Marrocos e Paraguai tratam as suas línguas oficiais, segundo o curso?"),
    ("q", "Por que o design centrado no ser humano não deve partir do organograma do órgão?"),
    ("s", "Sou gestora de um serviço municipal e o nosso app de reclamações só recebe pedidos dos bairros nobres. Moradores mais velhos dizem que os botões são pequenos e com pouco contraste. O que a equipe do exemplo Civicly fez nas fases de empatia e de teste?"),
    ("s", "Vamos usar tradução automática para responder a imigrantes em crioulo haitiano e em espanhol no nosso posto de atendimento. Que cuidados o curso recomenda?"),
]
DATA["pt"]["06-leadership"] = [
    ("k", "papel do líder na transformação digital"),
    ("k", "plano de saída contrato fornecedor IA"),
    ("q", "Que perguntas um bom líder digital deve fazer, mesmo sem saber programar?"),
    ("q", "O que a Índia chama de infraestrutura pública digital?"),
    ("q", "Com que frequência sai o levantamento da ONU sobre governo eletrônico e o que ele classifica?"),
    ("q", "Por que um único curso raramente basta para formar competências digitais?"),
    ("s", "Sou secretário de inovação de uma prefeitura e a equipe quer colocar IA em todos os serviços de uma vez. O que o curso diz sobre começar com um piloto e definir critérios para ampliar ou parar?"),
    ("s", "Os atendentes da nossa central telefônica temem perder o emprego com o sistema que vai classificar os pedidos. Que papel o exemplo do curso dá a esses funcionários?"),
]
DATA["pt"]["07-generative-ai"] = [
    ("k", "grande modelo de linguagem tokens"),
    ("k", "geração aumentada por recuperação etapas"),
    ("q", "O que pode acontecer com o texto que colamos num chatbot gratuito?"),
    ("q", "O que é a janela de contexto e o que acontece com o que fica de fora?"),
    ("q", "Que obrigação de informar as pessoas o regulamento europeu de IA impõe aos chatbots?"),
    ("q", "Por que vale a pena pedir ao modelo que avise quando a informação não basta?"),
    ("s", "Na câmara municipal estamos a testar um assistente que redige respostas aos munícipes. Um rascunho prometeu reparar um semáforo 'em 24 horas', prazo que não aparece em documento nenhum. Como o exemplo do curso lidou com uma situação parecida?"),
    ("s", "Quero usar uma ferramenta de IA generativa para resumir processos de servidores que incluem CPF e dados de saúde. O que devo retirar antes e que tipo de ferramenta posso usar?"),
]
DATA["pt"]["08-governance-risk"] = [
    ("k", "avaliação de impacto algorítmico Canadá"),
    ("k", "mecanismo de reclamação e reparação IA"),
    ("q", "O que mudou em 2024 no padrão britânico de registo de transparência algorítmica?"),
    ("q", "Que tipo de sistema fica na categoria de risco mínimo do regulamento europeu de IA?"),
    ("q", "O que a União Africana aprovou em 2024 sobre inteligência artificial?"),
    ("q", "Qual é a diferença entre uma avaliação de impacto e uma auditoria algorítmica?"),
    ("s", "Vamos lançar a priorização automática de chamados na prefeitura. No exemplo do curso, o encaminhamento e a priorização foram avaliados separadamente. Como e por que fizeram isso?"),
    ("s", "Três meses depois de lançarmos um sistema de triagem, as reclamações mostram que pedidos escritos numa língua minoritária ficam mal classificados. O que a cidade do exemplo fez ao descobrir um problema parecido?"),
]

# ---------------------------------------------------------------- Arabic
DATA["ar"]["01-ai-fundamentals"] = [
    ("k", "التعلم الآلي مقابل الأنظمة القائمة على القواعد"),
    ("k", "الانجراف في دقة النموذج"),
    ("q", "ما الفرق بين النتيجة الإيجابية الكاذبة والنتيجة السلبية الكاذبة في التصنيف؟"),
    ("q", "ليش ممكن يغلط نموذج مدرَّب على العربية الفصحى في فهم رسالة مكتوبة بلهجة محلية؟"),
    ("q", "كيف ساعد نموذج مدينة شيكاغو مفتشي سلامة الغذاء؟"),
    ("q", "لماذا لا يستطيع النموذج أن يتحمّل المسؤولية عن قرار آلي أضرّ بشخص ما؟"),
    ("s", "أعمل في بلدية بالدار البيضاء، وتصلنا شكاوى مكتوبة بالدارجة والفرنسية والعربية الفصحى، ونريد نظامًا يوجّهها تلقائيًا إلى الأقسام. ما الذي ينصح به المقرر قبل الاعتماد عليه؟"),
    ("s", "في مصلحة الضرائب عندنا نموذج يعطي كل إقرار درجة مخاطرة، وبعض الزملاء يعتبرون الدرجة المرتفعة دليلًا كافيًا على التهرب. ماذا يوضح المقرر عن طبيعة هذه التنبؤات وحدود استخدامها؟"),
]
DATA["ar"]["02-human-rights"] = [
    ("k", "الحق في الخصوصية المادة 12 من الإعلان العالمي"),
    ("k", "التمييز عبر متغير بديل"),
    ("q", "لماذا تبقى الدولة هي المكلّف بالواجب حتى لو اشترت النظام من شركة خاصة؟"),
    ("q", "ما قصة نظام SyRI في هولندا وماذا قررت المحكمة بشأنه؟"),
    ("q", "ليش حذف الجنسية من البيانات ما يكفي لمنع التمييز؟"),
    ("q", "ما المقصود بالأثر المثبِّط على حرية التعبير؟"),
    ("s", "أعمل في وزارة التنمية الاجتماعية، وسنطلق نظامًا آليًا لتحديد المستحقين للدعم النقدي. ماذا يقترح المقرر حتى يعرف المواطن سبب رفض طلبه ويستطيع الاعتراض عليه؟"),
    ("s", "عندنا في البلدية منصة شكاوى بالعربية فقط، ولاحظنا أن أحياء يسكنها عمال مهاجرون لا يكاد يصل منها شيء. كيف يفسّر المقرر ضعف الاستخدام وما البدائل التي يقترحها؟"),
]
DATA["ar"]["03-ethics"] = [
    ("k", "مبادئ اليونسكو العشرة لأخلاقيات الذكاء الاصطناعي"),
    ("k", "تقييم الأثر الأخلاقي خطوات"),
    ("q", "ما القيم الأساسية الأربع التي تقوم عليها توصية اليونسكو؟"),
    ("q", "لماذا ينبغي أن تبقى القرارات التي لا يمكن التراجع عنها بيد البشر؟"),
    ("q", "ماذا تعني السيادة على البيانات في مبدأ الحوكمة التكيفية؟"),
    ("q", "ما علاقة مبدأ الاستدامة باستخدام البلديات للذكاء الاصطناعي؟"),
    ("s", "في أمانة المدينة يقترح البعض ربط شكاوى السكان بسجلاتهم الأخرى لمعرفة من يكثر الشكوى. هل يتوافق هذا مع مبدأ التناسب وعدم الإضرار كما يشرحه المقرر؟"),
    ("s", "اكتشفنا أن نظام فرز البلاغات يخطئ في توجيه البلاغات المكتوبة بلغة الأقلية أكثر بكثير من غيرها. ما القرارات التي اتخذتها المدينة في مثال سيفيكلي لمعالجة مشكلات كهذه؟"),
]
DATA["ar"]["04-data-governance"] = [
    ("k", "مراحل دورة حياة البيانات"),
    ("k", "الأساس القانوني لمعالجة البيانات الشخصية"),
    ("q", "ما الفرق القانوني بين إخفاء الهوية والترميز المستعار؟"),
    ("q", "ما المقصود بمبدأ تحديد الغرض؟ أعطني مثالًا"),
    ("q", "ما هي منظومة X-Road في إستونيا وما المبدأ الذي تدعمه؟"),
    ("q", "ما القانون المغربي لحماية المعطيات الشخصية الذي يذكره المقرر؟"),
    ("s", "نريد في البلدية أن نعطي جامعة بيانات الشكاوى لتدرس أوقات الاستجابة. ما الشروط والضمانات التي يقترحها المقرر لمثل هذا التبادل؟"),
    ("s", "نموذج طلب الخدمة عندنا يطلب الاسم والرقم الوطني وتاريخ الميلاد حتى للإبلاغ عن عمود إنارة معطّل. ماذا يقول المقرر عن تقليل البيانات في هذه الحالة؟"),
]
DATA["ar"]["05-inclusive-design"] = [
    ("k", "مستويات المطابقة في WCAG"),
    ("k", "التصميم الشامل في القطاع العام"),
    ("q", "كم عدد الأشخاص غير المتصلين بالإنترنت حسب تقديرات الاتحاد الدولي للاتصالات؟"),
    ("q", "ما هو برنامج بهاشيني في الهند؟"),
    ("q", "لماذا تحتاج الواجهات باللغة العربية إلى عناية خاصة في التصميم؟"),
    ("q", "ما المقصود بالتصميم المراعي للنوع الاجتماعي؟"),
    ("s", "في بلدية صغيرة نستعد لإطلاق خدمة إلكترونية لتجديد رخص المحلات، وكثير من التجار ما عندهم هواتف ذكية. ما القنوات التي يقترحها المقرر حتى لا يُستبعد أحد؟"),
    ("s", "تطلب منا الوزارة جلسات تشاور حول خدمة جديدة، لكن الحضور في العادة رجال من موظفي المدينة فقط. كيف يقترح المقرر الوصول إلى النساء وذوي الإعاقة والمهاجرين؟"),
]
DATA["ar"]["06-leadership"] = [
    ("k", "التحول الرقمي مسؤولية قيادية"),
    ("k", "عناصر الاستراتيجية الرقمية"),
    ("q", "ما هي الركائز الست للتحول الرقمي؟"),
    ("q", "ما الدرس الذي يستخلصه المقرر من تعيين الإمارات وزير دولة للذكاء الاصطناعي؟"),
    ("q", "ما المقصود بالارتهان للمورد وكيف نتجنبه؟"),
    ("q", "كيف تفيد مؤشرات مثل مؤشر تنمية الحكومة الإلكترونية في تقييم النضج الرقمي، وما حدودها؟"),
    ("s", "أنا مدير إدارة في وزارة، وطُلب مني شراء نظام ذكاء اصطناعي لفرز الطلبات. ما الخطوات التي يوصي بها المقرر قبل طرح المناقصة؟"),
    ("s", "موظفو خدمة العملاء عندنا يقاومون نظام الفرز الآلي الجديد ويشوفونه تهديدًا لوظائفهم، وبعضهم صار يتجاهل اقتراحاته تمامًا. كيف أقود هذا التغيير حسب المقرر، وما الدور الذي يمكن أن أعطيه لهؤلاء الموظفين؟"),
]
DATA["ar"]["07-generative-ai"] = [
    ("k", "الهلوسة في النماذج اللغوية"),
    ("k", "عناصر الموجّه الجيد"),
    ("q", "ما الفرق بين التدريب المسبق والضبط الدقيق؟"),
    ("q", "لماذا قد تستهلك الوثيقة العربية رموزًا أكثر من نظيرتها الإنجليزية؟"),
    ("q", "ما الإرشادات التي أصدرتها سدايا للجهات الحكومية بشأن الذكاء الاصطناعي التوليدي؟"),
    ("q", "كيف يخفّف الإسناد إلى المصادر عبر الاسترجاع من الهلوسة؟"),
    ("s", "موظف في قسم الموارد البشرية ألصق ملفات موظفين كاملة في أداة دردشة مجانية ليكتب تقارير التقييم. ما القاعدة التي يضعها المقرر قبل إدخال أي بيانات في الموجّه؟"),
    ("s", "نريد في الأمانة أداة تكتب الردود على السكان بالعربية والإنجليزية. كيف نراجع المخرجات قبل الإرسال وفق قائمة التحقق في المقرر؟"),
]
DATA["ar"]["08-governance-risk"] = [
    ("k", "فئات المخاطر في قانون الذكاء الاصطناعي الأوروبي"),
    ("k", "سجل الخوارزميات العام"),
    ("q", "ما هو التقييم الخوارزمي للأثر وفق التوجيه الكندي؟"),
    ("q", "متى أطلقت الإمارات استراتيجيتها الوطنية للذكاء الاصطناعي، وما الذي تتضمنه الاستراتيجية الوطنية عادةً؟"),
    ("q", "ما الجوانب الثلاثة التي يجمعها التدقيق الخوارزمي عادةً؟"),
    ("q", "ما الجهات الخارجية التي يمكن اللجوء إليها إذا فشلت المراجعة الداخلية للشكوى؟"),
    ("s", "في هيئة حكومية نستخدم نظامًا لترتيب طلبات الإسكان، والمواطنون لا يعرفون أن الذكاء الاصطناعي يشارك في القرار. ماذا يجب أن تتضمن آلية الإشعار والمراجعة البشرية حسب المقرر؟"),
    ("s", "نحضّر لإطلاق ميزة ترتيب الأولوية في منصة البلاغات بالمدينة. من يجب أن يشارك في مجموعة الحوكمة، وما الخطوات التي اتبعها مثال سيفيكلي قبل الإطلاق وبعده؟"),
]


def build():
    rows = []
    for lang in LANGS:
        n = 0
        for module in MODULES:
            for _kind, text in DATA[lang][module]:
                n += 1
                rows.append({
                    "id": f"on-{lang}-{n:03d}",
                    "lang": lang,
                    "text": text,
                    "module": module,
                })
    return rows


def main():
    out = Path(__file__).resolve().parent.parent / "oncourse.jsonl"
    rows = build()
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
