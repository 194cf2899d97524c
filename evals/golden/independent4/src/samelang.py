"""Same-language questions: asked in fr/es/pt/ar, answered by the module in the SAME language.

Each entry: (kind, text, module, section, evidence)
  kind      S = short keyword query, O = ordinary question, L = longer scenario
  evidence  a string that must occur in the labelled section of that language's module
            (used only to sanity-check the label; not written to the JSONL).
Written by hand; different questions from crosslingual.py.
"""
from common import build
from samelang_ar import AR
from samelang_es import ES
from samelang_pt import PT

FR = [
    # 01
    ("O", "Pourquoi un filtre anti-spam et un agent conversationnel n'exigent-ils pas les mêmes garde-fous ?",
     "01", "what-is-ai", "anti-spam"),
    ("S", "prévision paludisme pluie température", "01", "predictive-analytics", "paludisme"),
    ("O", "À quoi sert le système VICTOR mis au point par le Tribunal fédéral suprême du Brésil ?",
     "01", "classification", "VICTOR"),
    ("O", "Quelles tâches le traitement automatique du langage naturel prend-il en charge dans les services publics ?",
     "01", "natural-language-processing", "reconnaître la parole"),
    ("O", "Pourquoi un modèle qui a appris sur des demandes passées range-t-il un problème inédit dans des catégories qu'il connaît déjà ?",
     "01", "limits-of-ai", "jamais été inondé"),
    ("L", "Je relis l'exemple Civicly du premier module. Le modèle prédictif a donné une urgence moyenne au signalement des lampadaires éteints, alors que des femmes disaient avoir peur de passer par là. D'où vient ce score, et qu'ont fait les agents ?",
     "01", "worked-example", "priorité"),
    # 02
    ("S", "titulaires de droits et débiteurs d'obligations", "02", "why-human-rights", "débiteurs d'obligations"),
    ("O", "Pourquoi le mot « arbitraire » est-il si important dans l'article 12 de la Déclaration universelle ?",
     "02", "privacy", "arbitraire"),
    ("O", "Quelle différence y a-t-il entre discrimination directe et indirecte quand un système automatisé trie des dossiers ?",
     "02", "non-discrimination", "discrimination directe"),
    ("O", "Quels articles de la DUDH protègent la liberté d'expression, la réunion pacifique et la participation aux affaires publiques ?",
     "02", "expression-participation", "article 19"),
    ("O", "Qu'est-ce que le système MiDAS du Michigan, et qu'a révélé l'examen mené ensuite par l'État ?",
     "02", "due-process", "MiDAS"),
    ("S", "évaluation d'impact droits humains", "02", "rights-based-design", "évaluation d'impact sur les droits humains"),
    # 03
    ("S", "Recommandation UNESCO 193 États membres", "03", "unesco-recommendation", "193"),
    ("L", "Notre plateforme de signalement a reçu des dizaines de faux signalements destinés à faire remonter une rue en tête de liste, et une alerte pour odeur de gaz est restée dans la mauvaise file. Quels principes de l'UNESCO sont en jeu ?",
     "03", "harm-and-safety", "gaz"),
    ("L", "Dans notre académie, un algorithme d'orientation s'appuie sur les résultats passés de chaque lycée. Des parents craignent que leurs enfants soient pénalisés à cause de leur établissement. Le précédent britannique de 2020 est-il comparable ?",
     "03", "fairness-and-sustainability", "2020"),
    ("O", "Selon la Recommandation de l'UNESCO, comment les données doivent-elles être recueillies et partagées pendant toute la durée de vie d'un système d'IA ?",
     "03", "privacy-and-oversight", "vie privée"),
    ("L", "La région veut acheter un logiciel d'IA pour orienter les demandeurs d'emploi. Qui faut-il associer à l'évaluation de l'impact éthique, et faut-il commencer par vérifier qu'on a réellement besoin d'IA ?",
     "03", "ethical-impact-assessment", "société civile"),
    ("O", "Dans l'exemple Civicly du module d'éthique, qui examine chaque trimestre les rapports sur l'équité et les plaintes ?",
     "03", "worked-example", "comité citoyen"),
    # 04
    ("O", "Quels principes l'article 5 du RGPD énumère-t-il ?", "04", "purpose-and-minimisation", "article 5"),
    ("O", "À quelles conditions un consentement est-il valable au sens du RGPD ?", "04", "lawful-bases", "univoque"),
    ("O", "Qu'a démontré Latanya Sweeney à propos de la réidentification ?", "04", "anonymisation-pseudonymisation", "Sweeney"),
    ("S", "principe dites-le-nous une fois", "04", "open-data-interoperability", "dites-le-nous une fois"),
    ("S", "article 35 RGPD analyse d'impact", "04", "data-sharing-agreements", "article 35"),
    ("L", "Une université veut étudier les délais de réponse de notre plateforme de signalements. Dans l'exemple Civicly, sous quelle forme et à quelles conditions lui a-t-on transmis les données ?",
     "04", "worked-example", "université"),
    # 05
    ("O", "Pourquoi ajouter une version adaptée en toute fin de projet ne suffit-il pas à rendre un service inclusif ?",
     "05", "why-inclusive-design", "version"),
    ("O", "Quelles sont les cinq étapes de la démarche de design thinking ?", "05", "design-thinking", "Prototyp"),
    ("L", "Notre mairie publie tous ses formulaires en PDF et s'est contentée de passer un vérificateur automatique sur le site. Peut-on se dire accessibles ? Quelle directive européenne s'applique aux sites publics ?",
     "05", "accessibility", "PDF"),
    ("L", "Le département veut fermer ses guichets et faire passer toutes les demandes d'aide en ligne. Dans nos villages, beaucoup de gens n'ont pas de smartphone. Quelles autres voies d'accès le cours recommande-t-il ?",
     "05", "digital-divide", "guichets"),
    ("O", "Un habitant dont le signalement de nid-de-poule a été classé en priorité basse peut-il exiger qu'on lui montre le code du modèle ? Sinon, à quoi a-t-il droit ?", "03", "transparency-and-accountability", "nid-de-poule"),
    ("O", "Que fait le programme indien Bhashini ?", "05", "language-access", "Bhashini"),
    ("L", "Nous voulons co-concevoir un service avec des habitants des quartiers prioritaires, mais ils ne viennent jamais à l'hôtel de ville. Comment lever les obstacles pratiques et partager réellement le pouvoir ?",
     "05", "co-design", "garde d'enfants"),
    ("O", "Dans l'exemple Civicly, pourquoi la carte des urgences a-t-elle été revue ?", "05", "worked-example", "couleur"),
    # 06
    ("S", "Government Digital Service 2011 Royaume-Uni", "06", "why-leadership", "2011"),
    ("S", "six piliers transformation numérique", "06", "six-pillars", "piliers"),
    ("O", "Pourquoi vaut-il mieux commencer par un projet pilote quand on achète un système d'IA ?",
     "06", "procuring-ai", "pilote"),
    ("L", "Dans mon service, l'arrivée d'un outil d'IA suscite beaucoup de résistance chez les agents, et la direction veut passer en force. Que recommande le module pour conduire ce changement ?",
     "06", "change-management", "résistance"),
    ("O", "Que propose l'école canadienne de la fonction publique pour former les agents au numérique ?",
     "06", "skills", "Canada"),
    ("L", "Le maire veut étendre notre plateforme de signalements à tous les services en un an et demi. Dans l'exemple Civicly, quelles étapes le directeur du numérique a-t-il suivies ?",
     "06", "worked-example", "dix-huit mois"),
    # 07
    ("O", "Qu'est-ce qu'un jeton (token) pour un modèle de langage ?", "07", "how-llms-work", "jeton"),
    ("S", "cinq éléments d'un bon prompt", "07", "prompting", "Rôle"),
    ("O", "Qu'est-il arrivé avec le chatbot officiel de New York destiné aux petites entreprises ?",
     "07", "hallucination", "petites entreprises"),
    ("S", "génération augmentée par récupération", "07", "grounding-rag", "RAG"),
    ("L", "Un agent de préfecture colle dans un chatbot gratuit un dossier contenant le nom, l'adresse et l'état de santé d'un usager. Quelles règles de protection des données s'appliquent, et que fallait-il faire avant ?",
     "07", "personal-data", "minimisation"),
    ("O", "Qu'appelle-t-on le biais d'automatisation ?", "07", "checking-outputs", "biais d'automatisation"),
    ("O", "Après trois mois de pilote Civicly, qu'a examiné la ville dans les registres ?", "07", "worked-example", "trois mois"),
    # 08
    ("L", "Notre ministère voudrait utiliser un système d'IA pour trier les demandes de visa. Dans quelle catégorie du règlement européen sur l'IA tomberait-il, et quelles obligations en découleraient ?",
     "08", "regulatory-landscape", "migration"),
    ("S", "audit de biais recrutement New York", "08", "audits", "New York"),
    ("O", "Depuis quand la norme britannique de transparence algorithmique est-elle obligatoire, et pour qui ?",
     "08", "transparency-records", "2024"),
    ("O", "Quel rôle peut jouer un médiateur face aux erreurs d'une IA publique ?", "08", "redress", "médiateur"),
    ("L", "Dans l'exemple Civicly, le classement par urgence n'est pas jugé à haut risque. Mais si un jour il servait à envoyer les pompiers ou le SAMU, qu'est-ce que cela changerait ?",
     "08", "worked-example", "haut risque"),
]

DATA = {"fr": FR, "es": ES, "pt": PT, "ar": AR}

if __name__ == "__main__":
    build("sl", DATA, lambda lang: lang, "samelang.jsonl", seed="sl4")
