"""Every string of the web interface, in the five languages.

One table, keyed by a short name, so that a missing translation is caught by a
test (every key has all five languages) rather than by a learner. Strings with
``{placeholders}`` are formatted by :func:`t`. Answer text written by the
library lives in :mod:`assistant.languages`; this module is only the UI's.
"""

from __future__ import annotations

from assistant.languages import CODES, DEFAULT_LANGUAGE

UI: dict[str, dict[str, str]] = {
    "title": {
        "en": "AI for public servants — course assistant",
        "fr": "L'IA pour les agents publics — assistant du cours",
        "es": "IA para el servicio público — asistente del curso",
        "pt": "IA para servidores públicos — assistente do curso",
        "ar": "الذكاء الاصطناعي لموظفي القطاع العام — مساعد المقرر",
    },
    "subtitle": {
        "en": "Ask about the course in English, French, Spanish, Portuguese or Arabic. "
        "Answers come from the course modules and cite their sources.",
        "fr": "Posez vos questions sur le cours en anglais, français, espagnol, portugais ou "
        "arabe. Les réponses viennent des modules du cours et citent leurs sources.",
        "es": "Pregunte sobre el curso en inglés, francés, español, portugués o árabe. Las "
        "respuestas provienen de los módulos del curso y citan sus fuentes.",
        "pt": "Pergunte sobre o curso em inglês, francês, espanhol, português ou árabe. As "
        "respostas vêm dos módulos do curso e citam as suas fontes.",
        "ar": "اسأل عن المقرر بالإنجليزية أو الفرنسية أو الإسبانية أو البرتغالية أو العربية. "
        "تأتي الإجابات من وحدات المقرر وتذكر مصادرها.",
    },
    "ui_language": {
        "en": "Interface language",
        "fr": "Langue de l'interface",
        "es": "Idioma de la interfaz",
        "pt": "Idioma da interface",
        "ar": "لغة الواجهة",
    },
    "tab_chat": {
        "en": "Ask the course",
        "fr": "Interroger le cours",
        "es": "Preguntar al curso",
        "pt": "Perguntar ao curso",
        "ar": "اسأل المقرر",
    },
    "tab_course": {
        "en": "Course and quizzes",
        "fr": "Cours et quiz",
        "es": "Curso y cuestionarios",
        "pt": "Curso e questionários",
        "ar": "المقرر والاختبارات",
    },
    "tab_exercises": {
        "en": "Exercises",
        "fr": "Exercices",
        "es": "Ejercicios",
        "pt": "Exercícios",
        "ar": "التمارين",
    },
    "tab_about": {
        "en": "About and privacy",
        "fr": "À propos et confidentialité",
        "es": "Acerca de y privacidad",
        "pt": "Sobre e privacidade",
        "ar": "حول التطبيق والخصوصية",
    },
    "answer_language": {
        "en": "Answer language",
        "fr": "Langue de la réponse",
        "es": "Idioma de la respuesta",
        "pt": "Idioma da resposta",
        "ar": "لغة الإجابة",
    },
    "auto_detect": {
        "en": "Detect from my question",
        "fr": "Détecter d'après ma question",
        "es": "Detectar a partir de mi pregunta",
        "pt": "Detetar a partir da minha pergunta",
        "ar": "اكتشاف اللغة من سؤالي",
    },
    "tutor_mode": {
        "en": "Tutor mode (a hint first, then the answer)",
        "fr": "Mode tuteur (un indice d'abord, puis la réponse)",
        "es": "Modo tutor (primero una pista, luego la respuesta)",
        "pt": "Modo tutor (primeiro uma pista, depois a resposta)",
        "ar": "وضع المعلم (تلميح أولًا ثم الإجابة)",
    },
    "conversation": {
        "en": "Conversation",
        "fr": "Conversation",
        "es": "Conversación",
        "pt": "Conversa",
        "ar": "المحادثة",
    },
    "question": {
        "en": "Your question",
        "fr": "Votre question",
        "es": "Su pregunta",
        "pt": "A sua pergunta",
        "ar": "سؤالك",
    },
    "question_placeholder": {
        "en": "Type your question and press Enter",
        "fr": "Saisissez votre question puis appuyez sur Entrée",
        "es": "Escriba su pregunta y pulse Intro",
        "pt": "Escreva a sua pergunta e prima Enter",
        "ar": "اكتب سؤالك واضغط على Enter",
    },
    "ask": {"en": "Ask", "fr": "Demander", "es": "Preguntar", "pt": "Perguntar", "ar": "اسأل"},
    "reveal": {
        "en": "Show the full answer",
        "fr": "Afficher la réponse complète",
        "es": "Mostrar la respuesta completa",
        "pt": "Mostrar a resposta completa",
        "ar": "اعرض الإجابة الكاملة",
    },
    "new_chat": {
        "en": "New conversation",
        "fr": "Nouvelle conversation",
        "es": "Nueva conversación",
        "pt": "Nova conversa",
        "ar": "محادثة جديدة",
    },
    "examples": {
        "en": "Try an example",
        "fr": "Essayez un exemple",
        "es": "Pruebe un ejemplo",
        "pt": "Experimente um exemplo",
        "ar": "جرّب مثالًا",
    },
    "feedback_comment": {
        "en": "Comment on your rating (optional)",
        "fr": "Commentaire sur votre évaluation (facultatif)",
        "es": "Comentario sobre su valoración (opcional)",
        "pt": "Comentário sobre a sua avaliação (opcional)",
        "ar": "تعليق على تقييمك (اختياري)",
    },
    "feedback_send": {
        "en": "Send comment",
        "fr": "Envoyer le commentaire",
        "es": "Enviar comentario",
        "pt": "Enviar comentário",
        "ar": "أرسل التعليق",
    },
    "feedback_thanks": {
        "en": "Thank you — your rating was saved.",
        "fr": "Merci — votre évaluation a été enregistrée.",
        "es": "Gracias: su valoración se ha guardado.",
        "pt": "Obrigado — a sua avaliação foi guardada.",
        "ar": "شكرًا لك — تم حفظ تقييمك.",
    },
    "feedback_comment_saved": {
        "en": "Thank you — your comment was saved.",
        "fr": "Merci — votre commentaire a été enregistré.",
        "es": "Gracias: su comentario se ha guardado.",
        "pt": "Obrigado — o seu comentário foi guardado.",
        "ar": "شكرًا لك — تم حفظ تعليقك.",
    },
    "feedback_rate_first": {
        "en": "Rate an answer with 👍 or 👎 first, then add your comment.",
        "fr": "Évaluez d'abord une réponse avec 👍 ou 👎, puis ajoutez votre commentaire.",
        "es": "Valore primero una respuesta con 👍 o 👎 y luego añada su comentario.",
        "pt": "Avalie primeiro uma resposta com 👍 ou 👎 e depois acrescente o comentário.",
        "ar": "قيّم إجابة أولًا بـ 👍 أو 👎 ثم أضف تعليقك.",
    },
    "your_feedback": {
        "en": "Your feedback",
        "fr": "Vos évaluations",
        "es": "Sus valoraciones",
        "pt": "As suas avaliações",
        "ar": "تقييماتك",
    },
    "no_feedback": {
        "en": "You have not rated any answer yet.",
        "fr": "Vous n'avez encore évalué aucune réponse.",
        "es": "Todavía no ha valorado ninguna respuesta.",
        "pt": "Ainda não avaliou nenhuma resposta.",
        "ar": "لم تقيّم أي إجابة بعد.",
    },
    "not_covered_badge": {
        "en": "Not covered by the course",
        "fr": "Hors du champ du cours",
        "es": "No cubierto por el curso",
        "pt": "Não abordado pelo curso",
        "ar": "خارج نطاق المقرر",
    },
    "open_section": {
        "en": "Read the cited passage",
        "fr": "Lire le passage cité",
        "es": "Leer el pasaje citado",
        "pt": "Ler o trecho citado",
        "ar": "اقرأ المقطع المستشهد به",
    },
    "module": {"en": "Module", "fr": "Module", "es": "Módulo", "pt": "Módulo", "ar": "الوحدة"},
    "section": {
        "en": "Section",
        "fr": "Section",
        "es": "Sección",
        "pt": "Secção",
        "ar": "القسم",
    },
    "objectives": {
        "en": "Learning objectives",
        "fr": "Objectifs d'apprentissage",
        "es": "Objetivos de aprendizaje",
        "pt": "Objetivos de aprendizagem",
        "ar": "أهداف التعلم",
    },
    "minutes": {
        "en": "About {minutes} minutes",
        "fr": "Environ {minutes} minutes",
        "es": "Unos {minutes} minutos",
        "pt": "Cerca de {minutes} minutos",
        "ar": "حوالي {minutes} دقيقة",
    },
    "english_fallback": {
        "en": "This module is not yet available in your language; showing the English version.",
        "fr": "Ce module n'est pas encore disponible dans votre langue : version anglaise affichée.",
        "es": "Este módulo aún no está disponible en su idioma; se muestra la versión en inglés.",
        "pt": "Este módulo ainda não está disponível no seu idioma; mostra-se a versão inglesa.",
        "ar": "هذه الوحدة غير متاحة بلغتك بعد؛ تُعرض النسخة الإنجليزية.",
    },
    "quiz": {"en": "Quiz", "fr": "Quiz", "es": "Cuestionario", "pt": "Questionário", "ar": "اختبار"},
    "submit_quiz": {
        "en": "Check my answers",
        "fr": "Vérifier mes réponses",
        "es": "Comprobar mis respuestas",
        "pt": "Verificar as minhas respostas",
        "ar": "تحقق من إجاباتي",
    },
    "no_quiz": {
        "en": "This module has no quiz yet.",
        "fr": "Ce module n'a pas encore de quiz.",
        "es": "Este módulo aún no tiene cuestionario.",
        "pt": "Este módulo ainda não tem questionário.",
        "ar": "لا يوجد اختبار لهذه الوحدة بعد.",
    },
    "score": {
        "en": "Score: {score} / {total}",
        "fr": "Score : {score} / {total}",
        "es": "Puntuación: {score} / {total}",
        "pt": "Pontuação: {score} / {total}",
        "ar": "النتيجة: {score} / {total}",
    },
    "correct": {"en": "Correct", "fr": "Correct", "es": "Correcto", "pt": "Correto", "ar": "صحيح"},
    "incorrect": {
        "en": "Not quite — the answer is: {answer}",
        "fr": "Pas tout à fait — la bonne réponse est : {answer}",
        "es": "No exactamente: la respuesta es: {answer}",
        "pt": "Não exatamente — a resposta é: {answer}",
        "ar": "ليس تمامًا — الإجابة الصحيحة: {answer}",
    },
    "unanswered": {
        "en": "Not answered — the answer is: {answer}",
        "fr": "Sans réponse — la bonne réponse est : {answer}",
        "es": "Sin responder: la respuesta es: {answer}",
        "pt": "Sem resposta — a resposta é: {answer}",
        "ar": "لم تتم الإجابة — الإجابة الصحيحة: {answer}",
    },
    "read_section": {
        "en": "Read again: {section}",
        "fr": "À relire : {section}",
        "es": "Para repasar: {section}",
        "pt": "Para rever: {section}",
        "ar": "أعد قراءة: {section}",
    },
    "progress": {
        "en": "Your progress",
        "fr": "Votre progression",
        "es": "Su progreso",
        "pt": "O seu progresso",
        "ar": "تقدّمك",
    },
    "progress_empty": {
        "en": "Take a quiz to see your progress here.",
        "fr": "Faites un quiz pour voir votre progression ici.",
        "es": "Haga un cuestionario para ver aquí su progreso.",
        "pt": "Faça um questionário para ver aqui o seu progresso.",
        "ar": "أجرِ اختبارًا لترى تقدّمك هنا.",
    },
    "progress_row": {
        "en": "{module}: best {score}/{total} ({attempts} attempt(s))",
        "fr": "{module} : meilleur score {score}/{total} ({attempts} tentative(s))",
        "es": "{module}: mejor {score}/{total} ({attempts} intento(s))",
        "pt": "{module}: melhor {score}/{total} ({attempts} tentativa(s))",
        "ar": "{module}: أفضل نتيجة {score}/{total} ({attempts} محاولة)",
    },
    "exercises_intro": {
        "en": "Hands-on exercises. Civicly is a demo service that routes citizen feedback to "
        "departments and ranks its urgency; you will test it, audit it and decide where "
        "people must stay in charge.",
        "fr": "Exercices pratiques. Civicly est un service de démonstration qui oriente les "
        "avis des citoyens vers les services compétents et en classe l'urgence ; vous allez "
        "le tester, l'auditer et décider où l'humain doit garder la main.",
        "es": "Ejercicios prácticos. Civicly es un servicio de demostración que dirige las "
        "opiniones ciudadanas al departamento adecuado y clasifica su urgencia; usted lo "
        "probará, lo auditará y decidirá dónde deben decidir las personas.",
        "pt": "Exercícios práticos. O Civicly é um serviço de demonstração que encaminha as "
        "mensagens dos cidadãos para o departamento certo e ordena a sua urgência; vai "
        "testá-lo, auditá-lo e decidir onde as pessoas devem manter o controlo.",
        "ar": "تمارين تطبيقية. Civicly خدمة تجريبية توجّه ملاحظات المواطنين إلى الإدارات "
        "المختصة وترتّبها حسب الاستعجال؛ ستختبرها وتدقّقها وتقرّر أين يجب أن يبقى القرار "
        "بيد البشر.",
    },
    "guided_exercises": {
        "en": "Guided exercises",
        "fr": "Exercices guidés",
        "es": "Ejercicios guiados",
        "pt": "Exercícios guiados",
        "ar": "تمارين موجّهة",
    },
    "error_generic": {
        "en": "Something went wrong. Your text was kept; please try again.",
        "fr": "Une erreur s'est produite. Votre texte a été conservé ; veuillez réessayer.",
        "es": "Se produjo un error. Su texto se ha conservado; inténtelo de nuevo.",
        "pt": "Ocorreu um erro. O seu texto foi guardado; tente novamente.",
        "ar": "حدث خطأ. تم الاحتفاظ بنصك؛ يرجى المحاولة مرة أخرى.",
    },
    "about_heading": {
        "en": "How this assistant works",
        "fr": "Comment fonctionne cet assistant",
        "es": "Cómo funciona este asistente",
        "pt": "Como funciona este assistente",
        "ar": "كيف يعمل هذا المساعد",
    },
    "about_models": {
        "en": "Answers are written by **{llm}** from passages found by the embedding model "
        "**{embedder}**. Prompt versions: {prompts}. Course version: `{corpus}`.",
        "fr": "Les réponses sont rédigées par **{llm}** à partir de passages trouvés par le "
        "modèle de plongement **{embedder}**. Versions des consignes : {prompts}. Version du "
        "cours : `{corpus}`.",
        "es": "Las respuestas las redacta **{llm}** a partir de pasajes encontrados por el "
        "modelo de incrustaciones **{embedder}**. Versiones de las instrucciones: {prompts}. "
        "Versión del curso: `{corpus}`.",
        "pt": "As respostas são escritas por **{llm}** a partir de trechos encontrados pelo "
        "modelo de embeddings **{embedder}**. Versões das instruções: {prompts}. Versão do "
        "curso: `{corpus}`.",
        "ar": "يكتب الإجاباتِ **{llm}** انطلاقًا من مقاطع يعثر عليها نموذج التضمين "
        "**{embedder}**. إصدارات التعليمات: {prompts}. إصدار المقرر: `{corpus}`.",
    },
    "about_extractive": {
        "en": "No generative model is configured: the assistant answers with the course's own "
        "sentences, so it never invents text, but it does not rephrase either.",
        "fr": "Aucun modèle génératif n'est configuré : l'assistant répond avec les phrases du "
        "cours lui-même ; il n'invente donc rien, mais il ne reformule pas non plus.",
        "es": "No hay ningún modelo generativo configurado: el asistente responde con las "
        "frases del propio curso, así que nunca inventa texto, pero tampoco lo reformula.",
        "pt": "Não há nenhum modelo generativo configurado: o assistente responde com as "
        "frases do próprio curso, por isso nunca inventa texto, mas também não o reformula.",
        "ar": "لا يوجد نموذج توليدي مُعدّ: يجيب المساعد بجمل المقرر نفسه، فلا يخترع نصًا، "
        "لكنه لا يعيد الصياغة أيضًا.",
    },
    "about_stored_heading": {
        "en": "What is stored, where, and for how long",
        "fr": "Ce qui est conservé, où, et combien de temps",
        "es": "Qué se guarda, dónde y durante cuánto tiempo",
        "pt": "O que é guardado, onde e durante quanto tempo",
        "ar": "ما الذي يُحفظ، وأين، ولأي مدة",
    },
    "about_stored": {
        "en": "Your questions and the answers, your ratings and comments, and your quiz "
        "results are stored in {where}, linked to a random identifier kept in this browser "
        "(no account, no name). {redaction} {retention}",
        "fr": "Vos questions et les réponses, vos évaluations et commentaires ainsi que vos "
        "résultats aux quiz sont conservés dans {where}, liés à un identifiant aléatoire "
        "gardé dans ce navigateur (ni compte, ni nom). {redaction} {retention}",
        "es": "Sus preguntas y las respuestas, sus valoraciones y comentarios y sus resultados "
        "en los cuestionarios se guardan en {where}, vinculados a un identificador aleatorio "
        "guardado en este navegador (sin cuenta ni nombre). {redaction} {retention}",
        "pt": "As suas perguntas e as respostas, as suas avaliações e comentários e os seus "
        "resultados nos questionários são guardados em {where}, ligados a um identificador "
        "aleatório mantido neste navegador (sem conta nem nome). {redaction} {retention}",
        "ar": "تُحفظ أسئلتك والإجابات وتقييماتك وتعليقاتك ونتائج اختباراتك في {where}، "
        "مرتبطةً بمعرّف عشوائي محفوظ في هذا المتصفح (دون حساب أو اسم). {redaction} {retention}",
    },
    "about_redaction_on": {
        "en": "E-mail addresses, phone and identity numbers, names and home addresses are "
        "masked before anything is written.",
        "fr": "Les adresses électroniques, numéros de téléphone et d'identité, noms et adresses "
        "postales sont masqués avant tout enregistrement.",
        "es": "Las direcciones de correo, los números de teléfono y de identidad, los nombres "
        "y los domicilios se ocultan antes de guardar nada.",
        "pt": "Endereços de correio eletrónico, números de telefone e de identificação, nomes "
        "e moradas são mascarados antes de qualquer gravação.",
        "ar": "تُحجب عناوين البريد الإلكتروني وأرقام الهواتف والهوية والأسماء والعناوين قبل "
        "حفظ أي شيء.",
    },
    "about_redaction_off": {
        "en": "Text is stored as typed (masking of personal data is switched off).",
        "fr": "Le texte est conservé tel quel (le masquage des données personnelles est désactivé).",
        "es": "El texto se guarda tal cual (el ocultamiento de datos personales está desactivado).",
        "pt": "O texto é guardado tal como escrito (o mascaramento de dados pessoais está "
        "desativado).",
        "ar": "يُحفظ النص كما كُتب (حجب البيانات الشخصية معطّل).",
    },
    "about_retention_days": {
        "en": "Records are deleted after {days} days.",
        "fr": "Les enregistrements sont supprimés après {days} jours.",
        "es": "Los registros se eliminan al cabo de {days} días.",
        "pt": "Os registos são apagados ao fim de {days} dias.",
        "ar": "تُحذف السجلات بعد {days} يومًا.",
    },
    "about_retention_forever": {
        "en": "Records are kept until an administrator deletes them.",
        "fr": "Les enregistrements sont conservés jusqu'à leur suppression par un administrateur.",
        "es": "Los registros se conservan hasta que un administrador los elimina.",
        "pt": "Os registos são mantidos até um administrador os apagar.",
        "ar": "تُحفظ السجلات إلى أن يحذفها مسؤول.",
    },
    "about_offline": {
        "en": "Nothing leaves this server: the page loads no outside fonts, scripts or "
        "analytics, and the models run here.",
        "fr": "Rien ne quitte ce serveur : la page ne charge ni polices, ni scripts, ni mesure "
        "d'audience externes, et les modèles tournent ici.",
        "es": "Nada sale de este servidor: la página no carga fuentes, scripts ni analíticas "
        "externas, y los modelos se ejecutan aquí.",
        "pt": "Nada sai deste servidor: a página não carrega tipos de letra, scripts nem "
        "análises externas, e os modelos correm aqui.",
        "ar": "لا يغادر شيء هذا الخادم: لا تحمّل الصفحة خطوطًا أو نصوصًا برمجية أو أدوات "
        "قياس خارجية، وتعمل النماذج هنا.",
    },
    "about_limits_heading": {
        "en": "Limits",
        "fr": "Limites",
        "es": "Límites",
        "pt": "Limites",
        "ar": "الحدود",
    },
    "about_limits": {
        "en": "- It knows only the course. When the course does not cover a question it says "
        "so and suggests the closest modules.\n- It can pick a passage that only partly "
        "answers: open the cited passage and check.\n- It is a learning aid, not legal "
        "advice or an official position.\n- Translations of the course may differ slightly "
        "between languages.",
        "fr": "- Il ne connaît que le cours. Quand le cours ne traite pas une question, il le "
        "dit et propose les modules les plus proches.\n- Il peut choisir un passage qui ne "
        "répond qu'en partie : ouvrez le passage cité et vérifiez.\n- C'est une aide à "
        "l'apprentissage, pas un avis juridique ni une position officielle.\n- Les "
        "traductions du cours peuvent légèrement différer d'une langue à l'autre.",
        "es": "- Solo conoce el curso. Cuando el curso no trata una pregunta, lo dice y "
        "sugiere los módulos más cercanos.\n- Puede elegir un pasaje que responde solo en "
        "parte: abra el pasaje citado y compruébelo.\n- Es una ayuda para aprender, no "
        "asesoramiento jurídico ni una posición oficial.\n- Las traducciones del curso "
        "pueden variar ligeramente entre idiomas.",
        "pt": "- Só conhece o curso. Quando o curso não aborda uma pergunta, di-lo e sugere "
        "os módulos mais próximos.\n- Pode escolher um trecho que só responde em parte: abra "
        "o trecho citado e verifique.\n- É um apoio à aprendizagem, não aconselhamento "
        "jurídico nem uma posição oficial.\n- As traduções do curso podem diferir "
        "ligeiramente entre idiomas.",
        "ar": "- لا يعرف إلا المقرر. وحين لا يتناول المقرر سؤالًا يقول ذلك ويقترح أقرب "
        "الوحدات.\n- قد يختار مقطعًا لا يجيب إلا جزئيًا: افتح المقطع المستشهد به وتحقّق."
        "\n- إنه أداة للتعلّم، لا استشارة قانونية ولا موقفًا رسميًا.\n- قد تختلف ترجمات "
        "المقرر قليلًا بين اللغات.",
    },
}


def t(key: str, language: str, **values: object) -> str:
    """The UI string ``key`` in ``language`` (English if missing), formatted with ``values``."""
    table = UI[key]
    text = table.get(language) or table[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def missing_translations() -> list[str]:
    """``key:language`` pairs without text (a test keeps this empty)."""
    return [f"{key}:{code}" for key, table in UI.items() for code in CODES if not table.get(code)]
