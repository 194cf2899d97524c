"""Every string of the web interface, in the five languages.

One table, keyed by a short name, so that a missing translation is caught by a
test (every key has all five languages) rather than by a learner. Strings with
``{placeholders}`` are formatted by :func:`t`. Answer text written by the
library lives in :mod:`assistant.languages`; this module is only the UI's.
"""

from __future__ import annotations

from assistant.languages import direction, lookup, missing

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
    # -- guided exercises (assistant.web.exercises) --------------------------------
    "ex_pick": {
        "en": "Exercise", "fr": "Exercice", "es": "Ejercicio", "pt": "Exercício", "ar": "التمرين",
    },
    "ex_assigned": {
        "en": "assigned to your class",
        "fr": "proposé à votre groupe",
        "es": "asignado a su grupo",
        "pt": "atribuído à sua turma",
        "ar": "مُسنَد إلى مجموعتك",
    },
    "ex_cohort_heading": {
        "en": "Join your class (optional)",
        "fr": "Rejoindre votre groupe (facultatif)",
        "es": "Unirse a su grupo (opcional)",
        "pt": "Entrar na sua turma (opcional)",
        "ar": "الانضمام إلى مجموعتك (اختياري)",
    },
    "ex_join_code": {
        "en": "Join code", "fr": "Code d'accès", "es": "Código de acceso",
        "pt": "Código de acesso", "ar": "رمز الانضمام",
    },
    "ex_display_name": {
        "en": "Your name as the instructor sees it",
        "fr": "Votre nom tel que le formateur le voit",
        "es": "Su nombre tal como lo ve el instructor",
        "pt": "O seu nome tal como o formador o vê",
        "ar": "اسمك كما يراه المدرّب",
    },
    "ex_join": {
        "en": "Join", "fr": "Rejoindre", "es": "Unirse", "pt": "Entrar", "ar": "انضمام",
    },
    "ex_joined": {
        "en": "You joined {cohort}. Your progress is shared with its instructor.",
        "fr": "Vous avez rejoint {cohort}. Votre progression est partagée avec son formateur.",
        "es": "Se ha unido a {cohort}. Su progreso se comparte con su instructor.",
        "pt": "Entrou em {cohort}. O seu progresso é partilhado com o respetivo formador.",
        "ar": "انضممت إلى {cohort}. يطّلع مدرّب المجموعة على تقدّمك.",
    },
    "ex_join_missing": {
        "en": "Type the join code your instructor gave you and a display name.",
        "fr": "Saisissez le code donné par votre formateur et un nom d'affichage.",
        "es": "Escriba el código que le dio su instructor y un nombre visible.",
        "pt": "Escreva o código que o formador lhe deu e um nome a mostrar.",
        "ar": "اكتب رمز الانضمام الذي أعطاك إياه المدرّب واسمًا للعرض.",
    },
    "ex_self_paced": {
        "en": "You are working at your own pace. Join a class with its code to share your "
        "progress with your instructor.",
        "fr": "Vous travaillez à votre rythme. Rejoignez un groupe avec son code pour partager "
        "votre progression avec votre formateur.",
        "es": "Trabaja a su ritmo. Únase a un grupo con su código para compartir su progreso "
        "con su instructor.",
        "pt": "Está a trabalhar ao seu ritmo. Entre numa turma com o respetivo código para "
        "partilhar o seu progresso com o formador.",
        "ar": "أنت تعمل وفق وتيرتك الخاصة. انضم إلى مجموعة برمزها لتشارك تقدّمك مع مدرّبك.",
    },
    "ex_your_cohorts": {
        "en": "Your classes: {cohorts}",
        "fr": "Vos groupes : {cohorts}",
        "es": "Sus grupos: {cohorts}",
        "pt": "As suas turmas: {cohorts}",
        "ar": "مجموعاتك: {cohorts}",
    },
    "ex_step": {
        "en": "Step", "fr": "Étape", "es": "Paso", "pt": "Passo", "ar": "الخطوة",
    },
    "ex_step_heading": {
        "en": "Step {number} of {total}: {title}",
        "fr": "Étape {number} sur {total} : {title}",
        "es": "Paso {number} de {total}: {title}",
        "pt": "Passo {number} de {total}: {title}",
        "ar": "الخطوة {number} من {total}: {title}",
    },
    "ex_prev": {
        "en": "Previous step", "fr": "Étape précédente", "es": "Paso anterior",
        "pt": "Passo anterior", "ar": "الخطوة السابقة",
    },
    "ex_next": {
        "en": "Next step", "fr": "Étape suivante", "es": "Paso siguiente",
        "pt": "Passo seguinte", "ar": "الخطوة التالية",
    },
    "ex_hint": {
        "en": "Show a hint", "fr": "Afficher un indice", "es": "Ver una pista",
        "pt": "Mostrar uma pista", "ar": "اعرض تلميحًا",
    },
    "ex_hint_heading": {
        "en": "Hint {number} of {total}",
        "fr": "Indice {number} sur {total}",
        "es": "Pista {number} de {total}",
        "pt": "Pista {number} de {total}",
        "ar": "التلميح {number} من {total}",
    },
    "ex_no_hints": {
        "en": "No hint for this step.",
        "fr": "Pas d'indice pour cette étape.",
        "es": "No hay pistas para este paso.",
        "pt": "Não há pistas para este passo.",
        "ar": "لا توجد تلميحات لهذه الخطوة.",
    },
    "ex_check": {
        "en": "Check my work", "fr": "Vérifier mon travail", "es": "Comprobar mi trabajo",
        "pt": "Verificar o meu trabalho", "ar": "تحقّق من عملي",
    },
    "ex_checks_heading": {
        "en": "Automatic checks", "fr": "Vérifications automatiques",
        "es": "Comprobaciones automáticas", "pt": "Verificações automáticas",
        "ar": "التحققات الآلية",
    },
    "ex_check_unavailable": {
        "en": "This check cannot run in the app: {reason} Your answer is saved and your "
        "instructor can review it.",
        "fr": "Cette vérification ne peut pas s'exécuter dans l'application : {reason} Votre "
        "réponse est enregistrée et votre formateur peut la relire.",
        "es": "Esta comprobación no puede ejecutarse en la aplicación: {reason} Su respuesta "
        "queda guardada y su instructor puede revisarla.",
        "pt": "Esta verificação não pode correr na aplicação: {reason} A sua resposta fica "
        "guardada e o formador pode revê-la.",
        "ar": "لا يمكن إجراء هذا التحقق داخل التطبيق: {reason} حُفظت إجابتك ويمكن لمدرّبك "
        "مراجعتها.",
    },
    "ex_needs_before_after": {
        "en": "it compares audit reports from before and after a mitigation, which the "
        "sandbox does not produce yet.",
        "fr": "elle compare des rapports d'audit avant et après une mesure corrective, que le "
        "bac à sable ne produit pas encore.",
        "es": "compara informes de auditoría de antes y después de una medida correctora, que "
        "el entorno de pruebas aún no produce.",
        "pt": "compara relatórios de auditoria de antes e depois de uma medida corretiva, que "
        "o ambiente de testes ainda não produz.",
        "ar": "فهو يقارن تقارير التدقيق قبل التدبير التصحيحي وبعده، ولا تنتجها بيئة التجربة "
        "بعد.",
    },
    "ex_needs_sandbox": {
        "en": "it needs the Civicly sandbox, which is not available on this server.",
        "fr": "elle a besoin du bac à sable Civicly, indisponible sur ce serveur.",
        "es": "necesita el entorno de pruebas Civicly, que no está disponible en este "
        "servidor.",
        "pt": "precisa do ambiente de testes Civicly, que não está disponível neste servidor.",
        "ar": "فهو يحتاج إلى بيئة تجربة Civicly، وهي غير متاحة على هذا الخادم.",
    },
    "ex_needs_sources": {
        "en": "it needs the course passages, which this server cannot search.",
        "fr": "elle a besoin des passages du cours, que ce serveur ne peut pas rechercher.",
        "es": "necesita los pasajes del curso, que este servidor no puede buscar.",
        "pt": "precisa dos trechos do curso, que este servidor não consegue pesquisar.",
        "ar": "فهو يحتاج إلى مقاطع المقرر، ولا يستطيع هذا الخادم البحث فيها.",
    },
    "ex_check_crashed": {
        "en": "it stopped with an error ({error}).",
        "fr": "elle s'est arrêtée sur une erreur ({error}).",
        "es": "se detuvo con un error ({error}).",
        "pt": "parou com um erro ({error}).",
        "ar": "فقد توقف بسبب خطأ ({error}).",
    },
    "ex_step_done": {
        "en": "Step complete. Your work is saved.",
        "fr": "Étape terminée. Votre travail est enregistré.",
        "es": "Paso completado. Su trabajo está guardado.",
        "pt": "Passo concluído. O seu trabalho está guardado.",
        "ar": "اكتملت الخطوة. حُفظ عملك.",
    },
    "ex_step_saved": {
        "en": "Saved. Some checks have not passed yet: read their messages, revise and check "
        "again.",
        "fr": "Enregistré. Certaines vérifications ne sont pas encore réussies : lisez leurs "
        "messages, corrigez et vérifiez de nouveau.",
        "es": "Guardado. Algunas comprobaciones aún no se superan: lea sus mensajes, corrija y "
        "vuelva a comprobar.",
        "pt": "Guardado. Algumas verificações ainda não passaram: leia as mensagens, reveja e "
        "verifique de novo.",
        "ar": "حُفظ. لم تنجح بعض التحققات بعد: اقرأ رسائلها وعدّل ثم تحقّق مجددًا.",
    },
    "ex_not_saved": {
        "en": "Your work could not be saved: {error}",
        "fr": "Votre travail n'a pas pu être enregistré : {error}",
        "es": "No se pudo guardar su trabajo: {error}",
        "pt": "Não foi possível guardar o seu trabalho: {error}",
        "ar": "تعذّر حفظ عملك: {error}",
    },
    "ex_fix_first": {
        "en": "Please complete these first:",
        "fr": "Complétez d'abord ces éléments :",
        "es": "Complete primero lo siguiente:",
        "pt": "Complete primeiro o seguinte:",
        "ar": "يُرجى إكمال ما يلي أولًا:",
    },
    "ex_required": {
        "en": "{label}: required", "fr": "{label} : obligatoire", "es": "{label}: obligatorio",
        "pt": "{label}: obrigatório", "ar": "{label}: مطلوب",
    },
    "ex_too_short": {
        "en": "{label}: at least {minimum} characters",
        "fr": "{label} : au moins {minimum} caractères",
        "es": "{label}: al menos {minimum} caracteres",
        "pt": "{label}: pelo menos {minimum} caracteres",
        "ar": "{label}: {minimum} حرفًا على الأقل",
    },
    "ex_too_long": {
        "en": "{label}: at most {maximum} characters",
        "fr": "{label} : au plus {maximum} caractères",
        "es": "{label}: como máximo {maximum} caracteres",
        "pt": "{label}: no máximo {maximum} caracteres",
        "ar": "{label}: {maximum} حرفًا على الأكثر",
    },
    "ex_out_of_range": {
        "en": "{label}: a number from {minimum} to {maximum}",
        "fr": "{label} : un nombre entre {minimum} et {maximum}",
        "es": "{label}: un número entre {minimum} y {maximum}",
        "pt": "{label}: um número entre {minimum} e {maximum}",
        "ar": "{label}: رقم من {minimum} إلى {maximum}",
    },
    "ex_bad_file": {
        "en": "{label}: upload a {extensions} file of at most {kilobytes} KB",
        "fr": "{label} : déposez un fichier {extensions} de {kilobytes} Ko au plus",
        "es": "{label}: suba un archivo {extensions} de {kilobytes} KB como máximo",
        "pt": "{label}: carregue um ficheiro {extensions} com {kilobytes} KB no máximo",
        "ar": "{label}: ارفع ملف {extensions} لا يتجاوز {kilobytes} كيلوبايت",
    },
    "ex_bad_json": {
        "en": "{label}: the file is not a JSON object of answers",
        "fr": "{label} : le fichier n'est pas un objet JSON de réponses",
        "es": "{label}: el archivo no es un objeto JSON de respuestas",
        "pt": "{label}: o ficheiro não é um objeto JSON de respostas",
        "ar": "{label}: الملف ليس كائن JSON يضم الإجابات",
    },
    "ex_saved_file": {
        "en": "A file was saved for this step; upload another to replace it.",
        "fr": "Un fichier est enregistré pour cette étape ; déposez-en un autre pour le "
        "remplacer.",
        "es": "Hay un archivo guardado para este paso; suba otro para reemplazarlo.",
        "pt": "Há um ficheiro guardado para este passo; carregue outro para o substituir.",
        "ar": "حُفظ ملف لهذه الخطوة؛ ارفع ملفًا آخر لاستبداله.",
    },
    "ex_progress": {
        "en": "{done} of {total} steps done",
        "fr": "{done} étape(s) terminée(s) sur {total}",
        "es": "{done} de {total} pasos completados",
        "pt": "{done} de {total} passos concluídos",
        "ar": "أُنجزت {done} من {total} خطوات",
    },
    "ex_debrief": {
        "en": "Debrief", "fr": "Bilan", "es": "Conclusiones", "pt": "Balanço",
        "ar": "الخلاصة",
    },
    "ex_read_again": {
        "en": "Read more in the course (tab “Course and quizzes”):",
        "fr": "Pour aller plus loin dans le cours (onglet « Cours et quiz ») :",
        "es": "Para profundizar en el curso (pestaña «Curso y cuestionarios»):",
        "pt": "Para aprofundar no curso (separador «Curso e questionários»):",
        "ar": "للاستزادة في المقرر (تبويب «المقرر والاختبارات»):",
    },
    "ex_materials": {
        "en": "Material for this step", "fr": "Documents pour cette étape",
        "es": "Material para este paso", "pt": "Material para este passo",
        "ar": "مواد هذه الخطوة",
    },
    "ex_flagged": {
        "en": "the detector flags", "fr": "le détecteur signale", "es": "el detector señala",
        "pt": "o detetor assinala", "ar": "يرصد الكاشف",
    },
    "ex_stored_as": {
        "en": "stored as", "fr": "conservé ainsi", "es": "se guarda así",
        "pt": "guardado assim", "ar": "يُحفظ هكذا",
    },
    "ex_sources": {
        "en": "Course passages your reply may cite, found for your prompt",
        "fr": "Passages du cours que votre réponse peut citer, trouvés pour votre consigne",
        "es": "Pasajes del curso que su respuesta puede citar, hallados para su instrucción",
        "pt": "Trechos do curso que a sua resposta pode citar, encontrados para o seu pedido",
        "ar": "مقاطع من المقرر يمكن أن يستشهد بها ردّك، وُجدت انطلاقًا من طلبك",
    },
    "ex_sandbox_data": {
        "en": "The checks of this step use the Civicly sandbox below: its queue and its audit "
        "of the held-out history.",
        "fr": "Les vérifications de cette étape utilisent le bac à sable Civicly ci-dessous : "
        "sa file d'attente et son audit de l'historique réservé.",
        "es": "Las comprobaciones de este paso usan el entorno Civicly de abajo: su cola y su "
        "auditoría del histórico reservado.",
        "pt": "As verificações deste passo usam o ambiente Civicly abaixo: a sua fila e a sua "
        "auditoria do histórico reservado.",
        "ar": "تستخدم تحققات هذه الخطوة بيئة تجربة Civicly أدناه: قائمة انتظارها وتدقيقها "
        "للسجل التاريخي المخصص للاختبار.",
    },
    "ex_optional": {
        "en": "optional", "fr": "facultatif", "es": "opcional", "pt": "opcional",
        "ar": "اختياري",
    },
    # -- instructor area (assistant.web.instructor) ------------------------------------
    "tab_instructor": {
        "en": "Instructor", "fr": "Formateur", "es": "Instructor", "pt": "Formador",
        "ar": "المدرّب",
    },
    "ins_disabled": {
        "en": "The instructor area is off: no instructor password is set. Run `assistant "
        "instructor hash-password`, put the line it prints in your .env file (or set "
        "ASSISTANT_INSTRUCTOR_PASSWORD_HASH), then restart the app.",
        "fr": "L'espace formateur est désactivé : aucun mot de passe formateur n'est défini. "
        "Lancez `assistant instructor hash-password`, copiez la ligne affichée dans votre "
        "fichier .env (ou définissez ASSISTANT_INSTRUCTOR_PASSWORD_HASH), puis redémarrez "
        "l'application.",
        "es": "El área del instructor está desactivada: no hay contraseña de instructor. "
        "Ejecute `assistant instructor hash-password`, copie la línea que muestra en su "
        "archivo .env (o defina ASSISTANT_INSTRUCTOR_PASSWORD_HASH) y reinicie la aplicación.",
        "pt": "A área do formador está desligada: não há palavra-passe de formador. Execute "
        "`assistant instructor hash-password`, copie a linha que aparece para o ficheiro .env "
        "(ou defina ASSISTANT_INSTRUCTOR_PASSWORD_HASH) e reinicie a aplicação.",
        "ar": "منطقة المدرّب معطّلة: لم تُضبط كلمة مرور للمدرّب. شغّل `assistant instructor "
        "hash-password`، وضع السطر الذي يطبعه في ملف .env (أو اضبط "
        "ASSISTANT_INSTRUCTOR_PASSWORD_HASH)، ثم أعد تشغيل التطبيق.",
    },
    "ins_password": {
        "en": "Instructor password", "fr": "Mot de passe formateur",
        "es": "Contraseña del instructor", "pt": "Palavra-passe do formador",
        "ar": "كلمة مرور المدرّب",
    },
    "ins_login": {
        "en": "Log in", "fr": "Se connecter", "es": "Iniciar sesión", "pt": "Entrar",
        "ar": "تسجيل الدخول",
    },
    "ins_logout": {
        "en": "Log out", "fr": "Se déconnecter", "es": "Cerrar sesión", "pt": "Sair",
        "ar": "تسجيل الخروج",
    },
    "ins_logged_in": {
        "en": "You are logged in as instructor.",
        "fr": "Vous êtes connecté en tant que formateur.",
        "es": "Ha iniciado sesión como instructor.",
        "pt": "Tem sessão iniciada como formador.",
        "ar": "سجّلت الدخول بصفتك مدرّبًا.",
    },
    "ins_logged_out": {
        "en": "You are logged out.", "fr": "Vous êtes déconnecté.",
        "es": "Ha cerrado la sesión.", "pt": "Terminou a sessão.", "ar": "سجّلت الخروج.",
    },
    "ins_login_required": {
        "en": "Please log in as instructor first (sessions end after some hours).",
        "fr": "Connectez-vous d'abord en tant que formateur (les sessions expirent après "
        "quelques heures).",
        "es": "Inicie sesión primero como instructor (las sesiones caducan al cabo de unas "
        "horas).",
        "pt": "Inicie primeiro sessão como formador (as sessões expiram ao fim de algumas "
        "horas).",
        "ar": "يُرجى تسجيل الدخول بصفتك مدرّبًا أولًا (تنتهي الجلسات بعد بضع ساعات).",
    },
    "ins_wrong_password": {
        "en": "Wrong password.", "fr": "Mot de passe incorrect.",
        "es": "Contraseña incorrecta.", "pt": "Palavra-passe errada.",
        "ar": "كلمة المرور غير صحيحة.",
    },
    "ins_locked_out": {
        "en": "Too many wrong passwords. Try again in {seconds} seconds.",
        "fr": "Trop de mots de passe incorrects. Réessayez dans {seconds} secondes.",
        "es": "Demasiadas contraseñas incorrectas. Vuelva a intentarlo en {seconds} segundos.",
        "pt": "Demasiadas palavras-passe erradas. Tente de novo dentro de {seconds} segundos.",
        "ar": "أُدخلت كلمات مرور خاطئة كثيرة. حاول مجددًا بعد {seconds} ثانية.",
    },
    "ins_cohort_name": {
        "en": "New class name", "fr": "Nom du nouveau groupe", "es": "Nombre del nuevo grupo",
        "pt": "Nome da nova turma", "ar": "اسم المجموعة الجديدة",
    },
    "ins_create": {
        "en": "Create class", "fr": "Créer le groupe", "es": "Crear grupo",
        "pt": "Criar turma", "ar": "إنشاء مجموعة",
    },
    "ins_created": {
        "en": "Class {name} created. Learners join it with the code {code}.",
        "fr": "Groupe {name} créé. Les apprenants le rejoignent avec le code {code}.",
        "es": "Grupo {name} creado. Los participantes se unen con el código {code}.",
        "pt": "Turma {name} criada. Os formandos entram com o código {code}.",
        "ar": "أُنشئت المجموعة {name}. ينضم إليها المتعلّمون بالرمز {code}.",
    },
    "ins_cohort": {
        "en": "Class", "fr": "Groupe", "es": "Grupo", "pt": "Turma", "ar": "المجموعة",
    },
    "ins_pick_cohort": {
        "en": "Create or pick a class first.",
        "fr": "Créez ou choisissez d'abord un groupe.",
        "es": "Cree o elija primero un grupo.",
        "pt": "Crie ou escolha primeiro uma turma.",
        "ar": "أنشئ مجموعة أو اخترها أولًا.",
    },
    "ins_cohort_info": {
        "en": "Join code {code} · {members} learner(s) · open: {open}",
        "fr": "Code {code} · {members} apprenant(s) · ouverts : {open}",
        "es": "Código {code} · {members} participante(s) · abiertos: {open}",
        "pt": "Código {code} · {members} formando(s) · abertos: {open}",
        "ar": "الرمز {code} · عدد المتعلّمين {members} · المفتوح: {open}",
    },
    "ins_none": {
        "en": "none", "fr": "aucun", "es": "ninguno", "pt": "nenhum", "ar": "لا شيء",
    },
    "ins_launch": {
        "en": "Launch for the class", "fr": "Ouvrir au groupe", "es": "Abrir al grupo",
        "pt": "Abrir à turma", "ar": "إطلاق للمجموعة",
    },
    "ins_close": {
        "en": "Close", "fr": "Fermer", "es": "Cerrar", "pt": "Fechar", "ar": "إغلاق",
    },
    "ins_launched": {
        "en": "{exercise} is open for {cohort}.",
        "fr": "{exercise} est ouvert pour {cohort}.",
        "es": "{exercise} está abierto para {cohort}.",
        "pt": "{exercise} está aberto para {cohort}.",
        "ar": "{exercise} مفتوح للمجموعة {cohort}.",
    },
    "ins_closed": {
        "en": "{exercise} is closed for {cohort}.",
        "fr": "{exercise} est fermé pour {cohort}.",
        "es": "{exercise} está cerrado para {cohort}.",
        "pt": "{exercise} está fechado para {cohort}.",
        "ar": "أُغلق {exercise} للمجموعة {cohort}.",
    },
    "ins_not_open": {
        "en": "{exercise} was not open for {cohort}.",
        "fr": "{exercise} n'était pas ouvert pour {cohort}.",
        "es": "{exercise} no estaba abierto para {cohort}.",
        "pt": "{exercise} não estava aberto para {cohort}.",
        "ar": "لم يكن {exercise} مفتوحًا للمجموعة {cohort}.",
    },
    "ins_refresh": {
        "en": "Refresh", "fr": "Actualiser", "es": "Actualizar", "pt": "Atualizar",
        "ar": "تحديث",
    },
    "ins_progress": {
        "en": "Progress (updates every few seconds)",
        "fr": "Progression (mise à jour toutes les quelques secondes)",
        "es": "Progreso (se actualiza cada pocos segundos)",
        "pt": "Progresso (atualiza a cada poucos segundos)",
        "ar": "التقدّم (يُحدَّث كل بضع ثوانٍ)",
    },
    "ins_submissions": {
        "en": "Submissions", "fr": "Travaux rendus", "es": "Entregas", "pt": "Submissões",
        "ar": "الأعمال المقدَّمة",
    },
    "ins_feedback": {
        "en": "Feedback given in the chat (anonymous)",
        "fr": "Avis donnés dans la discussion (anonymes)",
        "es": "Valoraciones dadas en el chat (anónimas)",
        "pt": "Opiniões dadas no chat (anónimas)",
        "ar": "التقييمات المقدَّمة في المحادثة (مجهولة الهوية)",
    },
    "ins_uncovered": {
        "en": "Questions the course could not answer",
        "fr": "Questions auxquelles le cours n'a pas pu répondre",
        "es": "Preguntas que el curso no pudo responder",
        "pt": "Perguntas a que o curso não conseguiu responder",
        "ar": "أسئلة لم يستطع المقرر الإجابة عنها",
    },
    "ins_table": {
        "en": "Table", "fr": "Tableau", "es": "Tabla", "pt": "Tabela", "ar": "الجدول",
    },
    "ins_download": {
        "en": "Download CSV", "fr": "Télécharger en CSV", "es": "Descargar CSV",
        "pt": "Descarregar CSV", "ar": "تنزيل CSV",
    },
    "ins_col_learner": {
        "en": "Learner", "fr": "Apprenant", "es": "Participante", "pt": "Formando",
        "ar": "المتعلّم",
    },
    "ins_col_exercise": {
        "en": "Exercise", "fr": "Exercice", "es": "Ejercicio", "pt": "Exercício",
        "ar": "التمرين",
    },
    "ins_col_done": {
        "en": "Steps done", "fr": "Étapes terminées", "es": "Pasos completados",
        "pt": "Passos concluídos", "ar": "الخطوات المنجزة",
    },
    "ins_col_started": {
        "en": "Steps started", "fr": "Étapes commencées", "es": "Pasos empezados",
        "pt": "Passos iniciados", "ar": "الخطوات المبدوءة",
    },
    "ins_col_last": {
        "en": "Last activity", "fr": "Dernière activité", "es": "Última actividad",
        "pt": "Última atividade", "ar": "آخر نشاط",
    },
    "ins_col_step": {
        "en": "Step", "fr": "Étape", "es": "Paso", "pt": "Passo", "ar": "الخطوة",
    },
    "ins_col_status": {
        "en": "Status", "fr": "État", "es": "Estado", "pt": "Estado", "ar": "الحالة",
    },
    "ins_col_answer": {
        "en": "Answer", "fr": "Réponse", "es": "Respuesta", "pt": "Resposta", "ar": "الإجابة",
    },
    "ins_col_checks": {
        "en": "Checks passed", "fr": "Vérifications réussies", "es": "Comprobaciones superadas",
        "pt": "Verificações aprovadas", "ar": "التحققات الناجحة",
    },
    "ins_col_rating": {
        "en": "Rating", "fr": "Note", "es": "Valoración", "pt": "Avaliação", "ar": "التقييم",
    },
    "ins_col_comment": {
        "en": "Comment", "fr": "Commentaire", "es": "Comentario", "pt": "Comentário",
        "ar": "التعليق",
    },
    "ins_col_question": {
        "en": "Question", "fr": "Question", "es": "Pregunta", "pt": "Pergunta", "ar": "السؤال",
    },
    "ins_col_language": {
        "en": "Language", "fr": "Langue", "es": "Idioma", "pt": "Língua", "ar": "اللغة",
    },
    "ins_col_when": {
        "en": "When", "fr": "Date", "es": "Fecha", "pt": "Data", "ar": "التاريخ",
    },
}


def wrap(markdown: str, language: str) -> str:
    """Markdown laid out in ``language``'s direction (the blank lines keep it Markdown)."""
    return f"<div dir='{direction(language)}' lang='{language}'>\n\n{markdown}\n\n</div>"


def t(key: str, language: str, **values: object) -> str:
    """The UI string ``key`` in ``language`` (English if missing), formatted with ``values``."""
    return lookup(UI, key, language, **values)


def missing_translations() -> list[str]:
    """``key:language`` pairs without text (a test keeps this empty)."""
    return missing(UI)
