import type { KeyOf } from '../messages/translate.js';
import { neutralize } from '../core/terminal-text.js';
import type { ChalkInstance } from 'chalk';
import { adviceSteps, type BandResult, type Result, type StepsResult } from '../core/score.js';
import type { LocalizedText } from '../core/text.js';
import type { Locale } from '../messages/locale.js';
import { tCheck } from '../messages/check.js';
import { gapSentence, openQuestionsSentence, openRangeLine, stepsLead } from '../messages/result.js';
import { wrapText } from './wrap.js';

// Kept importable from here: the check and its prompts took it from this file first.
export { wrapText } from './wrap.js';

/** How the results screen is drawn. */
export interface ResultTextOptions {
  locale: Locale;
  /** The question set's title ("De Kantellat"). */
  title: LocalizedText;
  color: ChalkInstance;
  /** Block characters for the bars; ASCII where the terminal can't be trusted with them. */
  unicode: boolean;
  /** Terminal width; the screen never uses more than 80 columns. */
  width: number;
}

const BAR_CELLS = 20;
/**
 * At most 79 characters a line: it fits an 80-column terminal, also the old Windows console,
 * which adds an empty line after a line that fills the last column.
 */
const MAX_WIDTH = 79;

/** A bar of 20 cells for a score 0–100: the number and the words always stand beside it. */
export function scoreBar(score: number, unicode: boolean): string {
  const filled = Math.max(0, Math.min(BAR_CELLS, Math.round((score / 100) * BAR_CELLS)));
  return unicode
    ? '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled)
    : `[${'#'.repeat(filled)}${'.'.repeat(BAR_CELLS - filled)}]`;
}

/** Lowest band red, highest green, the rest yellow: colour only repeats what the words say. */
function paint(color: ChalkInstance, band: BandResult | null): (text: string) => string {
  if (band === null) return color.dim;
  if (band.index === 0 && band.count > 1) return color.red;
  if (band.index === band.count - 1) return color.green;
  return color.yellow;
}

/**
 * A bar with its number, and the band label beside it where the line has room; on a narrow
 * terminal the label goes on the next line, whole, instead of being wrapped by the terminal.
 */
function barLines(
  lead: { plain: string; styled: string },
  bar: string,
  score: { plain: string; styled: string },
  label: string | null,
  tint: (text: string) => string,
  width: number,
): string[] {
  const line = `${lead.styled}${tint(bar)}  ${score.styled}`;
  if (label === null) return [line];
  const clean = neutralize(label);
  if (`${lead.plain}${bar}  ${score.plain} · ${clean}`.length <= width) return [`${line}${tint(` · ${clean}`)}`];
  return [line, ...wrapText(clean, width, '  ').map((part) => tint(part))];
}

const styledAs = (plain: string, style: (text: string) => string): { plain: string; styled: string } => ({
  plain,
  styled: style(plain),
});

/** A theme's steps tied to its lowest answers: "Bij "…" antwoordde je "Soms". Probeer:" and the steps. */
function stepLines(steps: readonly StepsResult[], width: number, locale: Locale): string[] {
  const out: string[] = [];
  for (const entry of steps) {
    out.push(...wrapText(stepsLead(entry, locale), width, '  '));
    for (const step of entry.steps) out.push(...wrapText(locale.text(step), width, '      ', '    - '));
  }
  return out;
}

/**
 * The results screen of `kantellat check`: the overall score and level in words; per theme a
 * bar with its number and band label, then the advice for its band; the strongest theme; and
 * the theme to work on first with its concrete next steps. Fits an 80-column terminal.
 */
export function renderResultText(result: Result, options: ResultTextOptions): string {
  const { locale, color: c, unicode } = options;
  const { lang } = locale;
  const t = (key: KeyOf<typeof tCheck>, params: Record<string, string | number> = {}): string =>
    tCheck(lang, key, params);
  const width = Math.max(40, Math.min(options.width - 1, MAX_WIDTH));
  const arrow = unicode ? '→' : '->';
  const out: string[] = [c.bold(t('result.title', { title: locale.text(options.title) })), ''];

  // "Hier begin je" only when there is somewhere to begin: not when every scored theme is in its top band.
  const allAtTop = result.themes.every((theme) => theme.band === null || theme.band.index === theme.band.count - 1);
  const focusId = allAtTop ? null : result.focus;

  const overall = result.overall;
  if (overall.score !== null) {
    const tint = paint(c, overall.level);
    const label = overall.level === null ? null : locale.text(overall.level.label);
    const lead = { plain: `${t('result.overall')}  `, styled: `${c.bold(t('result.overall'))}  ` };
    // A checklist in points shows them ("10 van 12 punten"), its bar filled as far as the points go.
    const points = overall.points;
    const shown =
      points === null
        ? t('result.score', { score: overall.score })
        : t('result.points', { points: points.points, max: points.max });
    const filled = points === null || points.max === 0 ? overall.score : (100 * points.points) / points.max;
    out.push(...barLines(lead, scoreBar(filled, unicode), styledAs(shown, c.bold), label, tint, width));
    const open = openRangeLine(result, lang);
    if (open !== null) out.push(...wrapText(open, width, '  ').map((line) => c.dim(line)));
    if (overall.level !== null) out.push(...wrapText(locale.text(overall.level.text), width, '  '));
  } else if (overall.gap !== null && result.answered > 0) {
    out.push(...wrapText(gapSentence(overall.gap, overall.range, result.total, result.themes.length, lang), width));
  } else {
    out.push(...wrapText(t('result.noScore'), width));
  }

  out.push('', c.bold.underline(t('result.themes')));
  for (const theme of result.themes) {
    out.push('', c.bold(neutralize(locale.text(theme.title))));
    if (theme.score === null) {
      out.push(
        ...wrapText(
          t('result.tooFew', { answered: theme.answered, total: theme.total, min: theme.minAnswered }),
          width,
          '  ',
        ).map((line) => c.dim(line)),
      );
      // Without a score the theme still says what it is about, so the person learns something from it.
      if (theme.description !== null) out.push(...wrapText(locale.text(theme.description), width, '  '));
      continue;
    }
    const tint = paint(c, theme.band);
    const label = theme.band === null ? null : locale.text(theme.band.label);
    out.push(
      ...barLines(
        { plain: '  ', styled: '  ' },
        scoreBar(theme.score, unicode),
        styledAs(t('result.score', { score: theme.score }), c.bold),
        label,
        tint,
        width,
      ),
    );
    if (theme.answered < theme.total)
      out.push(c.dim(`  ${t('result.partly', { answered: theme.answered, total: theme.total })}`));
    if (theme.id === focusId) out.push(...wrapText(t('result.focusPointer', { arrow }), width, '    ', '  '));
    else {
      if (theme.band !== null) out.push(...wrapText(locale.text(theme.band.text), width, '  '));
      out.push(...stepLines(theme.steps, width, locale));
    }
  }

  const strongest = result.themes.find((theme) => theme.id === result.strongest);
  const focus = result.themes.find((theme) => theme.id === focusId);
  if (strongest !== undefined && strongest.score !== null) {
    out.push(
      '',
      ...wrapText(t('result.strongest', { theme: locale.text(strongest.title), score: strongest.score }), width),
    );
  }
  if (focus !== undefined && focus.score !== null) {
    if (strongest === undefined) out.push('');
    if (focus.steps.length > 0) {
      // Steps tied to the person's own answers, when the set gives them (format 2).
      out.push(
        ...wrapText(t('result.focusOwn', { theme: locale.text(focus.title), score: focus.score }), width).map((line) =>
          c.bold(line),
        ),
      );
      out.push(...stepLines(focus.steps, width, locale));
    } else if (focus.score < 100) {
      // A set without steps of its own: the band's advice, sentence by sentence. A theme at 100
      // has nothing to start with, and its band text would only read as a step by accident.
      out.push(
        ...wrapText(t('result.focus', { theme: locale.text(focus.title), score: focus.score }), width).map((line) =>
          c.bold(line),
        ),
      );
      const steps = adviceSteps(focus.band === null ? '' : locale.text(focus.band.text));
      steps.forEach((step, i) => out.push(...wrapText(step, width, '      ', `  ${String(i + 1).padStart(2)}. `)));
    }
  }

  const counts = { answered: result.answered, total: result.total, count: result.total };
  const answered = result.answered < result.total ? t('result.answeredPart', counts) : t('result.answered', counts);
  out.push('', ...wrapText(answered, width).map((line) => c.dim(line)));
  // The range already stands beside the overall score.
  const nonAnswers = openQuestionsSentence(result, lang, { range: false });
  if (nonAnswers !== null && result.answered < result.total)
    out.push(...wrapText(nonAnswers, width).map((line) => c.dim(line)));
  return `${out.join('\n')}\n`;
}
