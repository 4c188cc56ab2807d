import type { QuestionSetView } from './question-set-view.js';
import type { Lang } from '../core/text.js';
import { escapeHtml as h } from './html-escape.js';
import { htmlPage } from './html-page.js';

// A card to print on A5 and fill in with a pen: large type (15 pt and up), high contrast, big
// boxes to tick, a question never split over two pages. The same page reads well on a screen.
const CSS = `
* { box-sizing: border-box; }
html { font-size: 15pt; color-scheme: light; }
body { margin: 0 auto; max-width: 34em; padding: 1em 1.2em 2em; color: #111111; background: #ffffff;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial,
    sans-serif; line-height: 1.4; }
h1 { font-size: 1.45rem; line-height: 1.2; margin: 0 0 0.3em; }
.intro { font-size: 0.92rem; margin: 0 0 0.45em; }
.tick { font-weight: 700; margin: 0 0 0.5em; padding: 0.15em 0.6em; border-left: 8px solid #1d2b4f;
  background: #f1f3f8; }
.fields { margin: 0 0 1em; }
.fields span { display: inline-block; min-width: 11em; border-bottom: 2px solid #111111; margin-right: 1em; }
ol.questions { list-style: none; padding: 0; margin: 0; }
ol.questions > li { margin: 0 0 0.45em; padding: 0 0 0.4em; border-bottom: 2px solid #b8b8b8; break-inside: avoid; }
.frame { font-style: italic; margin: 0 0 0.2em; padding-left: 1.8rem; }
.question { font-size: 1.13rem; font-weight: 700; line-height: 1.3; margin: 0 0 0.3em; padding-left: 1.6em;
  text-indent: -1.6em; }
.number { display: inline-block; min-width: 1.6em; text-indent: 0; }
ul.options { list-style: none; padding: 0 0 0 1.6em; margin: 0; display: flex; flex-wrap: wrap; gap: 0.2em 1.1em; }
ul.options li { display: flex; align-items: center; gap: 0.45em; white-space: nowrap; }
.box { display: inline-block; width: 1.25em; height: 1.25em; border: 3px solid #111111; border-radius: 3px; flex: none;
  background: #ffffff; }
.other .box { border-style: dashed; }
.thanks { font-weight: 700; font-size: 1.1rem; margin: 0.8em 0 0.3em; }
footer { color: #444444; font-size: 0.75rem; margin-top: 1em; }
@page { size: A5; margin: 9mm 9mm 10mm; }
@media print {
  html { font-size: 14pt; }
  body { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const words = {
  nl: {
    tick: 'Zet bij elke vraag één kruisje.',
    name: 'Naam',
    date: 'Datum',
    version: 'versie',
    thanks: 'Dank u wel voor het invullen.',
  },
  en: {
    tick: 'Tick one box for each question.',
    name: 'Name',
    date: 'Date',
    version: 'version',
    thanks: 'Thank you for filling this in.',
  },
} as const;

/**
 * The question set as a card to print (A5, large type) and fill in with a pen. A set marked
 * `anonymous` gets no name line; a question's recall frame (`frames`, by question id) stands above it. "Waarom"-texts
 * stay off the card: on paper they would only steer the answer.
 */
export function renderQuestionsHtml(
  view: QuestionSetView,
  options: { lang: Lang; anonymous: boolean; frames?: ReadonlyMap<string, string> },
): string {
  const w = words[options.lang];
  const body: string[] = ['<main>', `<h1>${h(view.title)}</h1>`];
  if (view.intro !== null)
    body.push(...view.intro.split(/\n{2,}/).map((paragraph) => `<p class="intro">${h(paragraph)}</p>`));
  if (!options.anonymous)
    body.push(`<p class="fields">${h(w.name)}: <span>&nbsp;</span> ${h(w.date)}: <span>&nbsp;</span></p>`);
  body.push(`<p class="tick">${h(w.tick)}</p>`, '<ol class="questions">');
  for (const question of view.questions) {
    body.push('<li>');
    const frame = options.frames?.get(question.id);
    if (frame !== undefined) body.push(`<p class="frame">${h(frame)}</p>`);
    body.push(`<p class="question"><span class="number">${question.number}.</span> ${h(question.text)}</p>`);
    body.push(
      '<ul class="options">',
      ...question.options.map((option) => {
        const box = '<span class="box" aria-hidden="true"></span>';
        return `<li${option.unanswered ? ' class="other"' : ''}>${box} ${h(option.label)}</li>`;
      }),
      '</ul>',
    );
    body.push('</li>');
  }
  body.push('</ol>', `<p class="thanks">${h(w.thanks)}</p>`, '</main>');
  body.push(`<footer>${h(`${view.id} · ${w.version} ${view.version}`)}</footer>`);
  return htmlPage({ lang: options.lang, title: view.title, css: CSS, body });
}
