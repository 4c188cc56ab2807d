import { stringify } from 'yaml';
import type { QuestionSetView } from './question-set-view.js';
import type { Lang } from '../core/text.js';
import type { ChalkInstance } from 'chalk';
import { wrapText } from './wrap.js';

/** The formats of `kantellat questions`. */
export const QUESTION_FORMATS = ['text', 'markdown', 'json', 'yaml', 'html'] as const;
export type QuestionFormat = (typeof QUESTION_FORMATS)[number];

const words = {
  nl: {
    question: 'Vraag',
    why: 'Uitleg bij deze vraag:',
    options: 'Antwoorden',
    levels: 'Uitkomst',
    score: 'Score',
    name: 'Naam',
    date: 'Datum',
    tick: 'Kruis bij elke vraag één antwoord aan.',
    reverse: 'omgekeerd gescoord',
    version: 'versie',
    theme: 'Thema',
    scoreNote: 'Per thema wordt een score van 0 tot 100 berekend; {labels} en open gelaten vragen tellen niet mee.',
    scoreNoteOpen: 'Per thema wordt een score van 0 tot 100 berekend; open gelaten vragen tellen niet mee.',
    pointsNote: 'Het totaal is in punten, van 0 tot {max}; het niveau hangt af van de punten.',
    themeNeedsAll: 'Een thema krijgt alleen een score als al zijn vragen een antwoord hebben.',
    themeNeeds: 'Een thema krijgt alleen een score als minstens {count} van zijn vragen een antwoord hebben.',
  },
  en: {
    question: 'Question',
    why: 'About this question:',
    options: 'Answers',
    levels: 'Outcome',
    score: 'Score',
    name: 'Name',
    date: 'Date',
    tick: 'Tick one answer for each question.',
    reverse: 'reverse-scored',
    version: 'version',
    theme: 'Theme',
    scoreNote: 'Each theme gets a score from 0 to 100; {labels} and questions left open do not count.',
    scoreNoteOpen: 'Each theme gets a score from 0 to 100; questions left open do not count.',
    pointsNote: 'The overall is in points, from 0 to {max}; the level goes by the points.',
    themeNeedsAll: 'A theme gets a score only when all its questions are answered.',
    themeNeeds: 'A theme gets a score only when at least {count} of its questions are answered.',
  },
} as const;

/**
 * What a theme needs for a score, when that is more than one answer and the same rule for every theme (the
 * Kantellat: both its questions); a paper reader should know that one non-answer leaves a theme out.
 */
function themeMinimum(view: QuestionSetView, lang: Lang): string | null {
  const [first, ...rest] = view.themes;
  if (first === undefined || first.minAnswered <= 1) return null;
  const all = view.themes.every((theme) => theme.minAnswered >= theme.questions);
  if (all) return words[lang].themeNeedsAll;
  if (rest.some((theme) => theme.minAnswered !== first.minAnswered)) return null;
  return words[lang].themeNeeds.replace('{count}', String(first.minAnswered));
}

/** How the outcome is computed, naming the non-answers only when the set has them. */
function scoreNote(view: QuestionSetView, lang: Lang): string {
  const labels = [
    ...new Set(
      view.questions.flatMap((question) =>
        question.options.filter((option) => option.unanswered).map((option) => `"${option.label}"`),
      ),
    ),
  ];
  const base =
    labels.length === 0
      ? words[lang].scoreNoteOpen
      : words[lang].scoreNote.replace('{labels}', () => labels.join(', '));
  const note = [base, themeMinimum(view, lang)].filter((part) => part !== null).join(' ');
  return view.maxPoints === undefined
    ? note
    : `${note} ${words[lang].pointsNote.replace('{max}', String(view.maxPoints))}`;
}

/** Paragraphs wrapped with the tool's one wrapping; a no-break space holds words together until then. */
function wrap(text: string, width: number, indent: string): string {
  return wrapText(text.replace(/\n+/g, '\n'), width, indent)
    .join('\n')
    .replace(/\u00a0/g, ' ');
}

/** The question set for reading in a terminal, wrapped to `width` columns. */
export function renderQuestionsText(
  view: QuestionSetView,
  options: { lang: Lang; color: ChalkInstance; width?: number },
): string {
  const w = words[options.lang];
  const c = options.color;
  const width = Math.min(options.width ?? 80, 100);
  const lines: string[] = [c.bold(`${view.title}`) + c.dim(` (${view.id} ${w.version} ${view.version})`), ''];
  if (view.intro !== null) lines.push(wrap(view.intro, width, ''), '');
  for (const [t, theme] of view.themes.entries()) {
    lines.push(c.bold.underline(`${t + 1}. ${theme.title}`));
    if (theme.description !== null) lines.push(c.dim(wrap(theme.description, width, '   ')));
    lines.push('');
    for (const question of view.questions.filter((q) => q.theme === theme.id)) {
      const number = `${question.number}.`.padStart(4);
      if (question.frame !== null) lines.push(c.dim(wrap(question.frame, width, '     ')));
      lines.push(wrap(question.text, width, '     ').replace(/^ {5}/, `${number} `));
      lines.push(
        c.dim(
          wrap(
            question.options.map((option) => `[\u00a0]\u00a0${option.label.replace(/ /g, '\u00a0')}`).join(' '),
            width,
            '     ',
          ),
        ),
      );
      if (question.help !== null) lines.push(c.italic(wrap(`${w.why} ${question.help}`, width, '     ')));
      lines.push('');
    }
  }
  lines.push(c.bold(w.levels), wrap(scoreNote(view, options.lang), width, ''));
  for (const level of view.levels)
    lines.push(`  ${String(level.min).padStart(3)}–${String(level.max).padEnd(3)}  ${level.label}`);
  return `${lines.join('\n')}\n`;
}

function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** The question set as a Markdown handout a trainer can print: checkboxes, help texts, the levels. */
export function renderQuestionsMarkdown(view: QuestionSetView, options: { lang: Lang }): string {
  const w = words[options.lang];
  const lines: string[] = [`# ${md(view.title)}`, '', `*${view.id} ${w.version} ${view.version}*`, ''];
  // On paper there is no prompt asking who answered and when, so the handout leaves room for it.
  const blank = (length: number): string => '\\_'.repeat(length);
  lines.push(`${w.name}: ${blank(24)} &nbsp; ${w.date}: ${blank(12)}`, '');
  if (view.intro !== null) lines.push(md(view.intro), '');
  lines.push(`*${w.tick}*`, '');
  for (const [t, theme] of view.themes.entries()) {
    lines.push(`## ${t + 1}. ${md(theme.title)}`, '');
    if (theme.description !== null) lines.push(`*${md(theme.description)}*`, '');
    for (const question of view.questions.filter((q) => q.theme === theme.id)) {
      if (question.frame !== null) lines.push(`*${md(question.frame)}*  `);
      lines.push(`**${question.number}. ${md(question.text)}**`, '');
      lines.push(question.options.map((option) => `☐ ${md(option.label)}`).join(' &nbsp; '), '');
      if (question.help !== null) lines.push(`> ${w.why} ${md(question.help)}`, '');
    }
  }
  lines.push(`## ${w.levels}`, '', md(scoreNote(view, options.lang)), '', `| ${w.score} | ${w.levels} |`, '|---|---|');
  for (const level of view.levels)
    lines.push(`| ${level.min}–${level.max} | **${md(level.label)}**: ${md(level.text)} |`);
  return `${lines.join('\n')}\n`;
}

/** The question set as data: JSON. */
export function renderQuestionsJson(view: QuestionSetView): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}

/** The question set as data: YAML. */
export function renderQuestionsYaml(view: QuestionSetView): string {
  return stringify(view, { lineWidth: 0 });
}
