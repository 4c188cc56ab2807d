import type { KeyOf } from '../messages/translate.js';
import type { QuestionSetView } from './question-set-view.js';
import type { Lang } from '../core/text.js';
import { tScore } from '../messages/score.js';
import { shellQuoted } from '../messages/translate.js';

export interface TemplateOptions {
  lang: Lang;
  /** The respondent, from `--name`; left empty without it. */
  name?: string | undefined;
  /** Today, as YYYY-MM-DD. */
  date: string;
  /** An anonymous set (clients): no respondent and no date, which could tell who answered. */
  anonymous?: boolean;
  /** Comment lines are wrapped to this width. */
  width?: number;
  /** The `--questions` the template was made with, so the hint to score it keeps it; null for the bundled Kantellat. */
  questionsFile?: string | null;
  /** A mirror set (client cards): the next step is `mirror`, not `score`. */
  mirror?: boolean;
}

/** Plain YAML keys read back as the same text by any YAML parser; anything else is quoted. */
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

function yamlKey(id: string): string {
  return PLAIN_KEY.test(id) && !RESERVED.has(id.toLowerCase()) ? id : JSON.stringify(id);
}

/**
 * A YAML comment holding `units` (words, or whole `id = label` pairs that must stay on one
 * line) on as many lines as it takes to stay within `width`; later lines are indented by `hanging`.
 */
function comment(units: readonly string[], indent: string, width: number, hanging = '  '): string[] {
  const lines: string[] = [];
  let line = '';
  const prefix = (): string => (lines.length === 0 ? `${indent}# ` : `${indent}# ${hanging}`);
  for (const unit of units) {
    if (line !== '' && prefix().length + line.length + 1 + unit.length > width) {
      lines.push(prefix() + line);
      line = unit;
    } else line = line === '' ? unit : `${line} ${unit}`;
  }
  lines.push(prefix() + line);
  return lines.map((l) => l.trimEnd());
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * A blank answer file: the set's id and version, respondent and date, and every question id
 * with an empty answer, above each a comment with its number, theme, text and option ids.
 * Scoring it untouched gives "0 of N answered" and no score.
 */
export function renderTemplate(view: QuestionSetView, options: TemplateOptions): string {
  const t = (key: KeyOf<typeof tScore>, params: Record<string, string | number> = {}): string =>
    tScore(options.lang, key, params);
  const width = options.width ?? 80;
  const first = view.questions[0];
  const answerable = first?.options.filter((option) => !option.unanswered) ?? [];
  const example = answerable[Math.floor(answerable.length / 2)] ?? first?.options[0];
  const out: string[] = [];
  for (const headerLine of t('template.header', {
    title: view.title,
    example: first === undefined ? 'id' : yamlKey(first.id),
    option: example?.id ?? 'id',
  }).split('\n')) {
    // The header's lines are short and hold examples that must not break: kept whole.
    out.push(`# ${headerLine}`.trimEnd());
  }
  const questions =
    options.questionsFile === null || options.questionsFile === undefined
      ? ''
      : ` --questions ${shellQuoted(options.questionsFile)}`;
  out.push(`# ${options.mirror === true ? t('template.next.mirror') : t('template.next', { questions })}`);
  out.push(`questionSet: ${JSON.stringify(view.id)}`, `version: ${JSON.stringify(view.version)}`);
  if (options.anonymous !== true) {
    out.push(
      options.name === undefined || options.name === '' ? 'respondent:' : `respondent: ${JSON.stringify(options.name)}`,
    );
    out.push(`date: ${JSON.stringify(options.date)}`);
  }
  out.push('', 'answers:');
  const themes = new Map(view.themes.map((theme) => [theme.id, theme.title]));
  for (const [i, question] of view.questions.entries()) {
    if (i > 0) out.push('');
    const title = themes.get(question.theme) ?? question.theme;
    out.push(
      ...comment(
        // The frame first, as on screen and paper: it says which ten the question counts.
        words(t('template.question', { number: question.number, theme: title, text: framed(question) })),
        '  ',
        width,
      ),
    );
    // Each "id = label" stays on one line, so the ids can be read off at a glance.
    const [label = '', ...rest] = t('template.options', { options: '\ue000' }).split('\ue000');
    const options = question.options.map(
      (option, k) => `${option.id} = ${option.label}${k < question.options.length - 1 ? ',' : ''}`,
    );
    out.push(...comment([...words(label), ...options, ...words(rest.join(''))], '  ', width));
    out.push(`  ${yamlKey(question.id)}:`);
  }
  out.push('', 'notes:', ...comment(words(t('template.notes')), '  ', width, ''));
  if (first !== undefined) out.push(`  # ${yamlKey(first.id)}: "..."`);
  return `${out.join('\n')}\n`;
}

/** A question's text after its recall frame, when it has one. */
function framed(question: { frame: string | null; text: string }): string {
  return question.frame === null ? question.text : `${question.frame} ${question.text}`;
}
