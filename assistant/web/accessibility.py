"""What the page adds so that it meets WCAG 2.1 AA: theme colours, focus, and fixes to Gradio's markup.

Gradio's default theme draws primary and "stop" buttons in white on orange-500
and red-500 (2.8:1 and 3.8:1, under the 4.5:1 text needs), its footer link
and the upload box's "- or -" in #bbbbc2 on white (1.9:1) and inputs with borders under the 3:1 that
controls need. :data:`CSS` overrides those theme variables for the light and
the dark palette, and draws one visible focus ring on every control reached
with the keyboard.

Some of Gradio's own markup cannot be changed from Python; :data:`HEAD`
repairs it in the browser after every render (a ``MutationObserver``):

* a chat bubble carries ``aria-label="bot's message: <raw HTML>"``, which makes
  a screen reader spell out the markup instead of reading the answer: the
  label is removed so the bubble's text is read, in its own ``lang``/``dir``;
* the chat log's English ``aria-label`` ("chatbot conversation") takes the
  chat's visible, translated label;
* a file upload box is a button labelled "Click to upload or drop files" that
  shows "Drop File Here - or - Click to Upload": a name that leaves out the
  visible text fails WCAG 2.5.3 (voice users say what they see), so the label
  is removed and the button is named by its visible text;
* an empty image placeholder is a ``div`` with an ``aria-label`` and no role
  (ARIA forbids that): it gets ``role="img"``;
* the options of one radio group each carry a different ``name``, so the
  browser treats every option as its own group (arrow keys do nothing, a
  screen reader says "1 of 1"), and Gradio renames an option each time it is
  drawn: the options of one component get one name, restored at once;
* the chat's example questions are in five languages: each button gets its
  ``lang`` and ``dir`` (:data:`~assistant.web.chat.EXAMPLE_LANGUAGES`).

The page's ``lang``/``dir`` follow the interface language
(:data:`assistant.web.app.DIRECTION_JS`); the chat log is already a polite
live region (``role="log"``). ``tests/test_accessibility.py`` audits every tab
with axe-core in the five languages.
"""

from __future__ import annotations

import json

from assistant import languages
from assistant.web.chat import EXAMPLE_LANGUAGES

CSS = """
:root:root, :root .dark {
  --button-primary-background-fill: #c2410c;          /* white text 5.2:1 */
  --button-primary-background-fill-hover: #9a3412;
  --button-primary-border-color: #c2410c;
  --button-primary-border-color-hover: #9a3412;
  --button-cancel-background-fill: #b91c1c;           /* white text 6.5:1 */
  --button-cancel-background-fill-hover: #991b1b;
  --color-accent: #c2410c;                            /* checked boxes and radios, 5.2:1 */
  --checkbox-border-color: #71717a;                   /* control boundaries >= 3:1 */
  --input-border-color: #71717a;
  --a11y-focus: #1d4ed8;
}
:root .dark { --a11y-focus: #93c5fd; --input-border-color: #a1a1aa; }
footer, footer a, footer button { color: var(--body-text-color) !important; }
/* The upload box's "- or -" is drawn in #bbbbc2 (1.9:1 on white). */
[data-testid=upload-text] .or { color: var(--body-text-color) !important; }
:focus-visible, input:focus-visible, textarea:focus-visible, summary:focus-visible,
button:focus-visible, [role=tab]:focus-visible {
  outline: 3px solid var(--a11y-focus) !important; outline-offset: 2px !important;
}
#chat summary { cursor: pointer; }
/* Gradio marks its blocks dir="ltr": text in Arabic needs a right-to-left base direction, or
   its punctuation lands on the wrong side; what a learner typed takes its own direction. */
html[dir=rtl] .prose { direction: rtl; }
[data-testid=user] .prose, textarea { unicode-bidi: plaintext; }
"""

#: Inserted in the page's <head>; the CSP allows inline scripts (Gradio needs them).
HEAD = """<script>
(() => {
  const exampleLanguages = EXAMPLE_LANGUAGES;
  // lang is Gradio's "en" until the interface language is applied (app.DIRECTION_JS).
  document.documentElement.dir ||= 'ltr';
  let groups = 0;
  // Gradio gives an option a new name each time it is drawn (checked or not), which splits the
  // group and stops the arrow keys: put the shared name back before the next key is handled.
  const groupRadios = () => {
    for (const radio of document.querySelectorAll('.block input[type=radio]')) {
      const owner = radio.closest('.block');
      owner.dataset.radioGroup ||= 'radio-group-' + (++groups);
      if (radio.name !== owner.dataset.radioGroup) radio.name = owner.dataset.radioGroup;
    }
  };
  const repair = () => {
    for (const bubble of document.querySelectorAll(
        '[data-testid=bot][aria-label], [data-testid=user][aria-label]')) {
      bubble.removeAttribute('aria-label');
    }
    const log = document.querySelector('#chat [role=log]');
    const label = document.querySelector('#chat [data-testid=block-label]');
    const name = label && label.textContent.trim();
    if (log && name && log.getAttribute('aria-label') !== name) log.setAttribute('aria-label', name);
    for (const upload of document.querySelectorAll('button.upload-container[aria-label]')) {
      upload.removeAttribute('aria-label');
    }
    for (const empty of document.querySelectorAll('div.empty[aria-label]:not([role])')) {
      empty.setAttribute('role', 'img');
    }
    groupRadios();
    document.querySelectorAll('#examples button').forEach((button, n) => {
      const [lang, dir] = exampleLanguages[n] || [];
      if (lang && button.lang !== lang) { button.lang = lang; button.dir = dir; }
    });
  };
  let queued = false;
  const schedule = () => {
    if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; repair(); }); }
  };
  const start = () => {
    new MutationObserver((records) => {
      if (records.some((r) => r.attributeName === 'name')) groupRadios();
      schedule();
    }).observe(document.body, {
      childList: true, subtree: true, attributes: true,
      attributeFilter: ['aria-label', 'name']});
    repair();
  };
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();
</script>""".replace(
    "EXAMPLE_LANGUAGES",
    json.dumps([[code, languages.direction(code)] for code in EXAMPLE_LANGUAGES]),
)
