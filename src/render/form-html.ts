import type { PreparedSet } from '../core/prepare.js';
import type { Locale } from '../messages/locale.js';
import type { FormPageConfig } from '../form/contract.js';
import { tForm } from '../messages/form.js';
import { builtFormScript } from '../io/form-script.js';
import { escapeHtml as h } from './html-escape.js';
import { htmlPage } from './html-page.js';

// The page's script: src/form/page.ts bundled for the browser. The tests put it in here as a
// string (vitest.config.ts); the build leaves it in a file of its own (src/io/form-script.ts).
declare const __KANTELLAT_FORM_SCRIPT__: string | undefined;

/** How the form page is made. */
export interface FormPageOptions {
  /** The language the page opens in (the person can switch on the page). */
  locale: Locale;
  /**
   * The question set's file name, for the answer file's "score this again" line; null or absent for the bundled set.
   */
  questionsFile?: string | null;
  /** With a session server (`kantellat session`): where the page POSTs the answers after the summary. */
  submit?: { url: string };
  /** The page script; the one the build made when absent. */
  script?: string;
}

const CSS = `
:root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #8a8a8a; --accent: #1d2b4f; --accent-ink: #ffffff; --soft: #eef1f7;
  --focus: #c2410c; --error: #a61b1b; }
* { box-sizing: border-box; }
html { color-scheme: light; -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #ffffff;
  font: 1.125rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
.page { max-width: 44rem; margin: 0 auto; padding: 0.75rem 1rem 3rem; }
header.top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem;
  border-bottom: 4px solid var(--accent); padding-bottom: 0.5rem; margin-bottom: 1rem; }
h1 { font-size: 1.35rem; margin: 0; }
h2 { font-size: 1.45rem; line-height: 1.3; margin: 0.4rem 0 1rem; }
h2:focus { outline: none; }
h3 { font-size: 1.2rem; margin: 1.6rem 0 0.6rem; }
h4 { font-size: 1.08rem; margin: 0 0 0.3rem; }
p { margin: 0.5rem 0; }
nav.languages { display: flex; gap: 0.4rem; }
.progress { color: var(--muted); font-weight: 600; margin: 0; }
.frame { margin: 0.6rem 0 0; font-style: italic; }
.meter, .bar { height: 0.7rem; background: var(--soft); border: 1px solid var(--line); border-radius: 0.35rem;
  overflow: hidden; margin: 0.35rem 0 0.6rem; }
.meter span, .bar span { display: block; height: 100%; background: var(--accent); }
.bar { height: 1.1rem; max-width: 26rem; }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend { padding: 0; width: 100%; }
.options { display: grid; gap: 0.55rem; margin: 0 0 0.6rem; }
.option { position: relative; }
.option input { position: absolute; left: 1rem; top: 50%; width: 1.5rem; height: 1.5rem; margin: -0.75rem 0 0;
  accent-color: var(--accent); }
.option label { display: block; font-weight: 400; min-height: 3.2rem; padding: 0.75rem 1rem 0.75rem 3.25rem;
  border: 2px solid var(--line); border-radius: 0.6rem; cursor: pointer; background: #ffffff; }
.option input:checked + label { border-color: var(--accent); background: var(--soft); font-weight: 700;
  box-shadow: inset 0.4rem 0 0 var(--accent); }
.option .tone { display: inline-block; width: 1rem; height: 1rem; margin-right: 0.5rem; vertical-align: -0.12rem;
  border: 1px solid var(--ink); border-radius: 50%; }
.option input:focus-visible + label { outline: 3px solid var(--focus); outline-offset: 2px; }
.or { color: var(--muted); margin: 0.8rem 0 0.4rem; }
details { margin: 0.8rem 0; }
summary { cursor: pointer; color: var(--accent); text-decoration: underline; font-weight: 600; padding: 0.3rem 0; }
details p { background: var(--soft); padding: 0.6rem 0.8rem; border-left: 4px solid var(--accent); }
label { font-weight: 600; }
.hint { color: var(--muted); font-size: 0.95rem; margin: 0.1rem 0 0.3rem; }
textarea, input[type="text"] { display: block; width: 100%; font: inherit; padding: 0.5rem 0.6rem;
  border: 2px solid var(--line); border-radius: 0.4rem; color: var(--ink); background: #ffffff; }
.note, .name { margin: 1rem 0; }
.actions { display: flex; flex-wrap: wrap; gap: 0.6rem; margin: 1.2rem 0; }
button { font: inherit; font-weight: 600; min-height: 2.9rem; padding: 0.55rem 1.1rem; border-radius: 0.5rem;
  border: 2px solid var(--accent); cursor: pointer; }
button.primary { background: var(--accent); color: var(--accent-ink); }
button.secondary, button.lang { background: #ffffff; color: var(--accent); }
button.lang { min-height: 2.4rem; padding: 0.25rem 0.7rem; font-size: 0.95rem; }
button.lang[aria-pressed="true"] { background: var(--accent); color: var(--accent-ink); }
button.small { min-height: 2.4rem; padding: 0.25rem 0.8rem; }
button.danger { background: var(--error); border-color: var(--error); color: #ffffff; }
button.link { background: none; border: 0; color: var(--accent); text-decoration: underline; padding: 0.4rem 0;
  min-height: 2.4rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.error { color: var(--error); font-weight: 700; }
.error:empty { display: none; }
.notice { background: var(--soft); border-left: 6px solid var(--accent); padding: 0.5rem 0.8rem; }
.warning { background: #fff3c4; border-left: 6px solid #8a5a00; padding: 0.5rem 0.8rem; }
ol.summary { list-style: none; padding: 0; margin: 0; }
ol.summary li { border-bottom: 1px solid var(--line); padding: 0.6rem 0 0.8rem; }
ol.summary .q { margin: 0; }
ol.summary .theme { color: var(--muted); font-size: 0.95rem; margin: 0.1rem 0; }
ol.summary .row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.3rem 1rem;
  margin-top: 0.3rem; }
ol.summary .answer { margin: 0; }
ul.themes { list-style: none; padding: 0; margin: 0; }
ul.themes > li { padding: 0.7rem 0 0.9rem; border-bottom: 1px solid var(--line); }
.score { margin: 0; }
.muted { color: var(--muted); }
.pointer { font-weight: 700; }
.focus { margin-top: 1.4rem; }
ol.steps li, ul.steps li { margin: 0.35rem 0; }
.own-steps .lead { margin: 0.6rem 0 0.2rem; }
.notice { font-size: 1.05rem; }
.restart { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: 0.6rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; }
@media (min-width: 40rem) { h2 { font-size: 1.7rem; } }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  nav, .actions, .restart, .status, .submit, .fallback, noscript { display: none !important; }
  header.top { border-bottom-width: 2px; }
  ul.themes li, .next { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** JSON that is safe inside a <script type="application/json"> element: no "<", no line separators. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function formScript(options: FormPageOptions): string {
  const script =
    options.script ?? (typeof __KANTELLAT_FORM_SCRIPT__ === 'string' ? __KANTELLAT_FORM_SCRIPT__ : builtFormScript());
  if (script === undefined) throw new Error('the form page script was not built (run npm run build)');
  // The build refuses such a script too; here it would end the script element early.
  if (/<\/script|<!--/i.test(script)) throw new Error('the form page script holds "</script" or "<!--"');
  return script;
}

/** Where the page may send its answers: the submit address's origin, or 'self' for a path on the page's own server. */
function connectSource(url: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return "'self'";
  const origin = new URL(url).origin;
  if (origin === 'null' || /[\s;,']/.test(origin)) throw new Error(`not a usable submit address: ${url}`);
  return origin;
}

/**
 * The form as one self-contained HTML page: the checked question set as JSON, the bundled page
 * script (the check flow, scoring and answer-file writer of src/core and src/render) and its
 * style, under a Content-Security-Policy that allows exactly that script and style by their
 * hashes and no request at all (with `submit`: requests to that one address only).
 */
export function renderFormPage(set: PreparedSet, options: FormPageOptions): string {
  const { locale } = options;
  const { lang } = locale;
  const script = formScript(options);
  const config: FormPageConfig = {
    lang,
    questionsFile: options.questionsFile ?? null,
    submit: options.submit === undefined ? null : { url: options.submit.url },
  };
  const connect = options.submit === undefined ? "'none'" : connectSource(options.submit.url);
  const title = locale.text(set.title);
  const body = [
    '<div class="page">',
    '<header class="top">',
    `<h1 id="title">${h(title)}</h1>`,
    '<nav class="languages" id="languages" hidden></nav>',
    '</header>',
    '<main id="app">',
    `<noscript><p class="warning">${h(tForm(lang, 'page.noscript'))}</p></noscript>`,
    `<p>${h(tForm(lang, 'page.loading'))}</p>`,
    '</main>',
    '</div>',
    `<script type="application/json" id="kantellat-set">${scriptJson(set.source)}</script>`,
    `<script type="application/json" id="kantellat-config">${scriptJson(config)}</script>`,
  ];
  return htmlPage({ lang, title, css: CSS, body, script, connect });
}
