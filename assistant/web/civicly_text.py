"""Every string of the Civicly tab, in the five interface languages.

The same pattern as the app's own string table (:mod:`assistant.web.text`, which
exercise modules may not import): one dict keyed by a short name, each entry
with all five languages, so that a test catches a missing translation. Strings
with ``{placeholders}`` are formatted by :func:`t`. Department, urgency-level
and safety-rule codes keep their codes in the data; :func:`department_name`,
:func:`level_name` and :func:`rule_name` give the name shown to learners.
"""

from __future__ import annotations

from assistant.languages import lookup, missing

TEXT: dict[str, dict[str, str]] = {
    # -- page text and component labels --------------------------------------------------
    "intro": {
        "en": "### Civicly: route and prioritise citizen feedback\n"
        "Type a message in any of the five languages. The model proposes a department "
        "and an urgency level, and shows why. Below, the ranked queue, the override "
        "form (a human decides, with a reason), and the audit of the model on "
        "held-out history. **The first use trains the model (about a minute).**",
        "fr": "### Civicly : orienter et prioriser les signalements des citoyens\n"
        "Écrivez un message dans l'une des cinq langues. Le modèle propose un service "
        "et un niveau d'urgence, et explique pourquoi. Plus bas : la file d'attente "
        "classée, le formulaire de correction (une personne décide, en donnant une "
        "raison) et l'audit du modèle sur un historique mis de côté. **La première "
        "utilisation entraîne le modèle (environ une minute).**",
        "es": "### Civicly: derivar y priorizar los mensajes de la ciudadanía\n"
        "Escriba un mensaje en cualquiera de los cinco idiomas. El modelo propone un "
        "departamento y un nivel de urgencia, y explica por qué. Más abajo: la cola "
        "ordenada, el formulario de corrección (decide una persona, indicando el "
        "motivo) y la auditoría del modelo con un historial reservado. **El primer uso "
        "entrena el modelo (cerca de un minuto).**",
        "pt": "### Civicly: encaminhar e priorizar as mensagens dos cidadãos\n"
        "Escreva uma mensagem em qualquer uma das cinco línguas. O modelo propõe um "
        "departamento e um nível de urgência, e mostra porquê. Mais abaixo: a fila "
        "ordenada, o formulário de correção (decide uma pessoa, indicando o motivo) e "
        "a auditoria do modelo num histórico reservado. **A primeira utilização treina "
        "o modelo (cerca de um minuto).**",
        "ar": "### Civicly: توجيه بلاغات المواطنين وترتيبها حسب الأولوية\n"
        "اكتب رسالة بأي لغة من اللغات الخمس. يقترح النموذج الجهة المختصة ومستوى "
        "الاستعجال ويوضح السبب. وفي الأسفل: قائمة الانتظار مرتبة، ونموذج التصحيح "
        "(يقرر شخص مع ذكر السبب)، وتدقيق النموذج على سجل محفوظ جانباً. "
        "**الاستخدام الأول يدرّب النموذج (نحو دقيقة).**",
    },
    "message_label": {
        "en": "Citizen message",
        "fr": "Message du citoyen",
        "es": "Mensaje del ciudadano",
        "pt": "Mensagem do cidadão",
        "ar": "رسالة المواطن",
    },
    "district_label": {
        "en": "District (optional)",
        "fr": "Quartier (facultatif)",
        "es": "Distrito (opcional)",
        "pt": "Bairro (opcional)",
        "ar": "الحي (اختياري)",
    },
    "classify_button": {
        "en": "Classify",
        "fr": "Classer",
        "es": "Clasificar",
        "pt": "Classificar",
        "ar": "صنّف",
    },
    "rules_accordion": {
        "en": "Safety rules and thresholds",
        "fr": "Règles de sécurité et seuils",
        "es": "Reglas de seguridad y umbrales",
        "pt": "Regras de segurança e limiares",
        "ar": "قواعد السلامة والعتبات",
    },
    "queue_heading": {
        "en": "#### Ranked queue",
        "fr": "#### File d'attente classée",
        "es": "#### Cola ordenada",
        "pt": "#### Fila ordenada",
        "ar": "#### قائمة الانتظار المرتبة",
    },
    "refresh_button": {
        "en": "Load / refresh the queue",
        "fr": "Charger / actualiser la file",
        "es": "Cargar / actualizar la cola",
        "pt": "Carregar / atualizar a fila",
        "ar": "تحميل القائمة / تحديثها",
    },
    "override_heading": {
        "en": "#### Human override",
        "fr": "#### Correction par une personne",
        "es": "#### Corrección humana",
        "pt": "#### Correção humana",
        "ar": "#### التصحيح البشري",
    },
    "request_label": {
        "en": "Request id (from the queue)",
        "fr": "Numéro de la demande (dans la file)",
        "es": "Número de la solicitud (de la cola)",
        "pt": "Número do pedido (da fila)",
        "ar": "رقم الطلب (من القائمة)",
    },
    "department_label": {
        "en": "Department",
        "fr": "Service",
        "es": "Departamento",
        "pt": "Departamento",
        "ar": "الجهة المختصة",
    },
    "urgency_label": {
        "en": "Urgency",
        "fr": "Urgence",
        "es": "Urgencia",
        "pt": "Urgência",
        "ar": "الاستعجال",
    },
    "reason_label": {
        "en": "Reason (required)",
        "fr": "Raison (obligatoire)",
        "es": "Motivo (obligatorio)",
        "pt": "Motivo (obrigatório)",
        "ar": "السبب (إلزامي)",
    },
    "override_button": {
        "en": "Record override",
        "fr": "Enregistrer la correction",
        "es": "Registrar la corrección",
        "pt": "Registar a correção",
        "ar": "سجّل التصحيح",
    },
    "train_accordion": {
        "en": "Train on your own data (CSV or JSON, Open311 columns)",
        "fr": "Entraîner sur vos propres données (CSV ou JSON, colonnes Open311)",
        "es": "Entrenar con sus propios datos (CSV o JSON, columnas Open311)",
        "pt": "Treinar com os seus próprios dados (CSV ou JSON, colunas Open311)",
        "ar": "التدريب على بياناتك (CSV أو JSON، أعمدة Open311)",
    },
    "file_label": {
        "en": "Data file",
        "fr": "Fichier de données",
        "es": "Archivo de datos",
        "pt": "Ficheiro de dados",
        "ar": "ملف البيانات",
    },
    "mapping_label": {
        "en": "Column mapping (optional)",
        "fr": "Correspondance des colonnes (facultatif)",
        "es": "Correspondencia de columnas (opcional)",
        "pt": "Correspondência de colunas (opcional)",
        "ar": "مطابقة الأعمدة (اختياري)",
    },
    "train_button": {
        "en": "Train and use this model",
        "fr": "Entraîner et utiliser ce modèle",
        "es": "Entrenar y usar este modelo",
        "pt": "Treinar e usar este modelo",
        "ar": "درّب هذا النموذج واستخدمه",
    },
    "audit_heading": {
        "en": "#### Audit",
        "fr": "#### Audit",
        "es": "#### Auditoría",
        "pt": "#### Auditoria",
        "ar": "#### التدقيق",
    },
    "audit_button": {
        "en": "Run the audit on held-out history",
        "fr": "Lancer l'audit sur l'historique mis de côté",
        "es": "Ejecutar la auditoría con el historial reservado",
        "pt": "Executar a auditoria no histórico reservado",
        "ar": "شغّل التدقيق على السجل المحفوظ جانباً",
    },
    "confusion_label": {
        "en": "Confusion matrix",
        "fr": "Matrice de confusion",
        "es": "Matriz de confusión",
        "pt": "Matriz de confusão",
        "ar": "مصفوفة الالتباس",
    },
    "calibration_label": {
        "en": "Calibration",
        "fr": "Calibration",
        "es": "Calibración",
        "pt": "Calibração",
        "ar": "المعايرة",
    },
    # -- queue table headers ---------------------------------------------------------------
    "col_request": {
        "en": "request",
        "fr": "demande",
        "es": "solicitud",
        "pt": "pedido",
        "ar": "الطلب",
    },
    "col_urgency": {
        "en": "urgency",
        "fr": "urgence",
        "es": "urgencia",
        "pt": "urgência",
        "ar": "الاستعجال",
    },
    "col_score": {
        "en": "score",
        "fr": "score",
        "es": "puntuación",
        "pt": "pontuação",
        "ar": "الدرجة",
    },
    "col_department": {
        "en": "department",
        "fr": "service",
        "es": "departamento",
        "pt": "departamento",
        "ar": "الجهة",
    },
    "col_confidence": {
        "en": "confidence",
        "fr": "confiance",
        "es": "confianza",
        "pt": "confiança",
        "ar": "الثقة",
    },
    "col_district": {
        "en": "district",
        "fr": "quartier",
        "es": "distrito",
        "pt": "bairro",
        "ar": "الحي",
    },
    "col_message": {
        "en": "message",
        "fr": "message",
        "es": "mensaje",
        "pt": "mensagem",
        "ar": "الرسالة",
    },
    # -- one classification -------------------------------------------------------------
    "cls_department": {
        "en": "**Department:** {department}",
        "fr": "**Service :** {department}",
        "es": "**Departamento:** {department}",
        "pt": "**Departamento:** {department}",
        "ar": "**الجهة المختصة:** {department}",
    },
    "cls_best_guess": {
        "en": " (best guess {department})",
        "fr": " (meilleure hypothèse : {department})",
        "es": " (mejor estimación: {department})",
        "pt": " (melhor palpite: {department})",
        "ar": " (أفضل تخمين: {department})",
    },
    "cls_confidence": {
        "en": "**Confidence:** {probability} — runners-up: {runners_up}",
        "fr": "**Confiance :** {probability} — ensuite : {runners_up}",
        "es": "**Confianza:** {probability} — siguientes: {runners_up}",
        "pt": "**Confiança:** {probability} — seguintes: {runners_up}",
        "ar": "**الثقة:** {probability} — تليها: {runners_up}",
    },
    "cls_urgency": {
        "en": "**Urgency:** {level} (score {score})",
        "fr": "**Urgence :** {level} (score {score})",
        "es": "**Urgencia:** {level} (puntuación {score})",
        "pt": "**Urgência:** {level} (pontuação {score})",
        "ar": "**الاستعجال:** {level} (الدرجة {score})",
    },
    "cls_model": {
        "en": "model: P(urgent) = {probability} × weight {weight}",
        "fr": "modèle : P(urgent) = {probability} × poids {weight}",
        "es": "modelo: P(urgente) = {probability} × peso {weight}",
        "pt": "modelo: P(urgente) = {probability} × peso {weight}",
        "ar": "النموذج: P(عاجل) = {probability} × الوزن {weight}",
    },
    "cls_rule": {
        "en": "safety rule **{rule}** (+{weight}) matched {term}",
        "fr": "règle de sécurité **{rule}** (+{weight}) déclenchée par {term}",
        "es": "regla de seguridad **{rule}** (+{weight}) activada por {term}",
        "pt": "regra de segurança **{rule}** (+{weight}) ativada por {term}",
        "ar": "قاعدة السلامة **{rule}** (+{weight}) انطبقت على {term}",
    },
    "quote": {
        "en": "“{text}”",
        "fr": "« {text} »",
        "es": "«{text}»",
        "pt": "“{text}”",
        "ar": "«{text}»",
    },
    "cls_terms": {
        "en": "**Influential character groups:** {terms}",
        "fr": "**Groupes de caractères les plus influents :** {terms}",
        "es": "**Grupos de caracteres más influyentes:** {terms}",
        "pt": "**Grupos de caracteres mais influentes:** {terms}",
        "ar": "**مجموعات الحروف الأكثر تأثيراً:** {terms}",
    },
    "cls_cases": {
        "en": "**Nearest historical cases:**",
        "fr": "**Cas passés les plus proches :**",
        "es": "**Casos históricos más parecidos:**",
        "pt": "**Casos históricos mais parecidos:**",
        "ar": "**أقرب الحالات السابقة:**",
    },
    "cls_footer": {
        "en": "language {code} · {ms} ms",
        "fr": "langue {code} · {ms} ms",
        "es": "idioma {code} · {ms} ms",
        "pt": "língua {code} · {ms} ms",
        "ar": "اللغة {code} · {ms} ms",
    },
    # -- training on uploaded data -------------------------------------------------------
    "train_done": {
        "en": "Trained model `{version}` on {count} records; departments: {departments}.",
        "fr": "Modèle `{version}` entraîné sur {count} enregistrements ; services : {departments}.",
        "es": "Modelo `{version}` entrenado con {count} registros; departamentos: {departments}.",
        "pt": "Modelo `{version}` treinado com {count} registos; departamentos: {departments}.",
        "ar": "تم تدريب النموذج `{version}` على {count} سجلاً؛ الجهات: {departments}.",
    },
    "train_rejected": {
        "en": "**{count} rows rejected:**",
        "fr": "**{count} lignes refusées :**",
        "es": "**{count} filas rechazadas:**",
        "pt": "**{count} linhas rejeitadas:**",
        "ar": "**{count} من الصفوف مرفوضة:**",
    },
    "train_more": {
        "en": "… and {count} more (use `assistant civicly train --data` for all)",
        "fr": "… et {count} de plus (utilisez `assistant civicly train --data` pour tout voir)",
        "es": "… y {count} más (use `assistant civicly train --data` para verlas todas)",
        "pt": "… e mais {count} (use `assistant civicly train --data` para ver todas)",
        "ar": "… و{count} أخرى (استخدم `assistant civicly train --data` لرؤيتها كلها)",
    },
    "train_no_file": {
        "en": "⚠ Choose a data file first.",
        "fr": "⚠ Choisissez d'abord un fichier de données.",
        "es": "⚠ Elija primero un archivo de datos.",
        "pt": "⚠ Escolha primeiro um ficheiro de dados.",
        "ar": "⚠ اختر ملف بيانات أولاً.",
    },
    "override_done": {
        "en": "Recorded: {request} → {department}, {level} ({at}).",
        "fr": "Enregistré : {request} → {department}, {level} ({at}).",
        "es": "Registrado: {request} → {department}, {level} ({at}).",
        "pt": "Registado: {request} → {department}, {level} ({at}).",
        "ar": "تم التسجيل: {request} ← {department}، {level} ({at}).",
    },
    # -- safety rules table --------------------------------------------------------------
    "rules_col_rule": {
        "en": "rule",
        "fr": "règle",
        "es": "regla",
        "pt": "regra",
        "ar": "القاعدة",
    },
    "rules_col_weight": {
        "en": "weight",
        "fr": "poids",
        "es": "peso",
        "pt": "peso",
        "ar": "الوزن",
    },
    "rules_col_examples": {
        "en": "example terms",
        "fr": "exemples de termes",
        "es": "términos de ejemplo",
        "pt": "termos de exemplo",
        "ar": "أمثلة على الكلمات",
    },
    "rules_levels": {
        "en": "Levels: {thresholds}.",
        "fr": "Niveaux : {thresholds}.",
        "es": "Niveles: {thresholds}.",
        "pt": "Níveis: {thresholds}.",
        "ar": "المستويات: {thresholds}.",
    },
    # -- audit ---------------------------------------------------------------------------
    "audit_headline": {
        "en": "**Held-out records:** {n} · **macro-F1** {macro_f1} · **accuracy** {accuracy} · "
        "**needs review** {needs_review} · **ECE** {ece} · **urgent recall@{k}** {recall}",
        "fr": "**Enregistrements mis de côté :** {n} · **F1 macro** {macro_f1} · "
        "**exactitude** {accuracy} · **à vérifier** {needs_review} · **ECE** {ece} · "
        "**rappel des urgents@{k}** {recall}",
        "es": "**Registros reservados:** {n} · **F1 macro** {macro_f1} · "
        "**exactitud** {accuracy} · **a revisar** {needs_review} · **ECE** {ece} · "
        "**exhaustividad urgentes@{k}** {recall}",
        "pt": "**Registos reservados:** {n} · **F1 macro** {macro_f1} · "
        "**exatidão** {accuracy} · **a rever** {needs_review} · **ECE** {ece} · "
        "**revocação dos urgentes@{k}** {recall}",
        "ar": "**السجلات المحفوظة جانباً:** {n} · **F1 الكلي** {macro_f1} · "
        "**الدقة** {accuracy} · **تحتاج مراجعة** {needs_review} · **ECE** {ece} · "
        "**استدعاء الحالات العاجلة@{k}** {recall}",
    },
    "audit_by_language": {
        "en": "Language",
        "fr": "Langue",
        "es": "Idioma",
        "pt": "Língua",
        "ar": "اللغة",
    },
    "audit_by_district": {
        "en": "District",
        "fr": "Quartier",
        "es": "Distrito",
        "pt": "Bairro",
        "ar": "الحي",
    },
    "audit_col_accuracy": {
        "en": "accuracy",
        "fr": "exactitude",
        "es": "exactitud",
        "pt": "exatidão",
        "ar": "الدقة",
    },
    "audit_col_ratio": {
        "en": "ratio",
        "fr": "rapport",
        "es": "razón",
        "pt": "razão",
        "ar": "النسبة",
    },
    "audit_col_f1": {
        "en": "macro-F1",
        "fr": "F1 macro",
        "es": "F1 macro",
        "pt": "F1 macro",
        "ar": "F1 الكلي",
    },
    "audit_note": {
        "en": "Ratio = group value ÷ best group's value; ⚠ marks ratios under {threshold}.",
        "fr": "Rapport = valeur du groupe ÷ valeur du meilleur groupe ; ⚠ signale les "
        "rapports inférieurs à {threshold}.",
        "es": "Razón = valor del grupo ÷ valor del mejor grupo; ⚠ señala las razones "
        "menores que {threshold}.",
        "pt": "Razão = valor do grupo ÷ valor do melhor grupo; ⚠ assinala as razões "
        "inferiores a {threshold}.",
        "ar": "النسبة = قيمة المجموعة ÷ قيمة أفضل مجموعة؛ وتشير ⚠ إلى النسب الأقل من {threshold}.",
    },
    # -- urgency levels --------------------------------------------------------------------
    "level_critical": {
        "en": "critical",
        "fr": "critique",
        "es": "crítica",
        "pt": "crítica",
        "ar": "حرجة",
    },
    "level_high": {"en": "high", "fr": "élevée", "es": "alta", "pt": "alta", "ar": "عالية"},
    "level_medium": {
        "en": "medium",
        "fr": "moyenne",
        "es": "media",
        "pt": "média",
        "ar": "متوسطة",
    },
    "level_low": {"en": "low", "fr": "faible", "es": "baja", "pt": "baixa", "ar": "منخفضة"},
    # -- safety rules (English keeps the rule ids learners also see in the CLI) ------------
    "rule_injury": {
        "en": "injury",
        "fr": "blessure",
        "es": "lesión",
        "pt": "ferimento",
        "ar": "إصابة",
    },
    "rule_fire": {"en": "fire", "fr": "incendie", "es": "incendio", "pt": "incêndio", "ar": "حريق"},
    "rule_gas": {"en": "gas", "fr": "gaz", "es": "gas", "pt": "gás", "ar": "غاز"},
    "rule_flooding": {
        "en": "flooding",
        "fr": "inondation",
        "es": "inundación",
        "pt": "inundação",
        "ar": "فيضان",
    },
    "rule_electrical": {
        "en": "electrical",
        "fr": "danger électrique",
        "es": "riesgo eléctrico",
        "pt": "risco elétrico",
        "ar": "خطر كهربائي",
    },
    "rule_collapse": {
        "en": "collapse",
        "fr": "effondrement",
        "es": "derrumbe",
        "pt": "desabamento",
        "ar": "انهيار",
    },
    "rule_vulnerable-person": {
        "en": "vulnerable-person",
        "fr": "personne vulnérable",
        "es": "persona vulnerable",
        "pt": "pessoa vulnerável",
        "ar": "شخص في وضع هش",
    },
    # -- departments of the built-in history ---------------------------------------------
    "dept_NEEDS_REVIEW": {
        "en": "needs human review",
        "fr": "à vérifier par une personne",
        "es": "requiere revisión humana",
        "pt": "requer revisão humana",
        "ar": "يحتاج إلى مراجعة بشرية",
    },
    "dept_roads": {
        "en": "Roads and potholes",
        "fr": "Voirie et nids-de-poule",
        "es": "Calles y baches",
        "pt": "Estradas e buracos",
        "ar": "الطرق والحفر",
    },
    "dept_water": {
        "en": "Water supply and leaks",
        "fr": "Eau potable et fuites",
        "es": "Agua y fugas",
        "pt": "Abastecimento de água e fugas",
        "ar": "المياه والتسربات",
    },
    "dept_waste": {
        "en": "Waste collection and dumping",
        "fr": "Collecte des déchets et dépôts sauvages",
        "es": "Recogida de residuos y vertidos",
        "pt": "Recolha de lixo e despejos ilegais",
        "ar": "جمع النفايات والرمي العشوائي",
    },
    "dept_street_lighting": {
        "en": "Street lighting",
        "fr": "Éclairage public",
        "es": "Alumbrado público",
        "pt": "Iluminação pública",
        "ar": "إنارة الشوارع",
    },
    "dept_public_safety": {
        "en": "Public safety hazards",
        "fr": "Dangers pour la sécurité publique",
        "es": "Riesgos para la seguridad pública",
        "pt": "Riscos para a segurança pública",
        "ar": "مخاطر السلامة العامة",
    },
    "dept_health": {
        "en": "Public health and hygiene",
        "fr": "Santé publique et hygiène",
        "es": "Salud pública e higiene",
        "pt": "Saúde pública e higiene",
        "ar": "الصحة العامة والنظافة",
    },
    "dept_social_services": {
        "en": "Social support",
        "fr": "Aide sociale",
        "es": "Apoyo social",
        "pt": "Apoio social",
        "ar": "الدعم الاجتماعي",
    },
    "dept_parks": {
        "en": "Parks, trees and playgrounds",
        "fr": "Parcs, arbres et aires de jeux",
        "es": "Parques, árboles y zonas de juego",
        "pt": "Parques, árvores e parques infantis",
        "ar": "الحدائق والأشجار وملاعب الأطفال",
    },
    "dept_transport": {
        "en": "Buses and bus stops",
        "fr": "Bus et arrêts de bus",
        "es": "Autobuses y paradas",
        "pt": "Autocarros e paragens",
        "ar": "الحافلات ومواقفها",
    },
    "dept_permits": {
        "en": "Permits and licences",
        "fr": "Permis et autorisations",
        "es": "Permisos y licencias",
        "pt": "Licenças e autorizações",
        "ar": "التصاريح والتراخيص",
    },
}


def t(key: str, language: str, **values: object) -> str:
    """The tab string ``key`` in ``language`` (English if missing), formatted with ``values``."""
    return lookup(TEXT, key, language, **values)


def missing_translations() -> list[str]:
    """``key:language`` pairs without text (a test keeps this empty)."""
    return missing(TEXT)


def _named(prefix: str, code: str, language: str) -> str | None:
    key = f"{prefix}_{code}"
    return t(key, language) if key in TEXT else None


def department_name(code: str, language: str) -> str:
    """``Name (`code`)`` for a known department, else the code alone (uploaded data)."""
    name = _named("dept", code, language)
    return f"{name} (`{code}`)" if name else f"`{code}`"


def level_name(code: str, language: str) -> str:
    """The urgency level's name, or the code for an unknown level."""
    return _named("level", code, language) or code


def rule_name(code: str, language: str) -> str:
    """The safety rule's name, or its id for an unknown rule."""
    return _named("rule", code, language) or code
