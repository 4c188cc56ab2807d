import type { KeyOf } from '../messages/translate.js';
import type { ChalkInstance } from 'chalk';
import { QUESTION_GAP, THEME_GAP, type MirrorTheme } from '../core/mirror.js';
import type { Lang } from '../core/text.js';
import { lowerText, subtitleText, themeText, tMirror, tooFewText, valuedText } from '../messages/mirror.js';
import { formatChange, formatNumber } from '../messages/report.js';
import type { MirrorInput } from './mirror-formats.js';
import { pad, textBar, truncate, wrapIndented } from './report-layout.js';

/** How the terminal mirror looks: colour (chalk level 0 for none), Unicode or ASCII, width. */
export interface MirrorTerminalOptions {
  color: ChalkInstance;
  unicode: boolean;
  width: number;
}

function heading(c: ChalkInstance, text: string, lang: Lang): string {
  return c.bold(text.toLocaleUpperCase(lang));
}

/** The gap, padded, in colour for a large one; the sign and number always say it too. */
function gapCell(c: ChalkInstance, theme: MirrorTheme<string>, lang: Lang, width: number): string {
  const text = pad(formatChange(theme.gap, lang), width, true);
  if (theme.direction === 'self-higher') return c.red(text);
  if (theme.direction === 'self-lower') return c.green(text);
  return text;
}

/** The mirror for a terminal: a table of themes, then the prompts, the lower questions and what clients value. */
export function renderMirrorTerminal(input: MirrorInput, options: MirrorTerminalOptions): string {
  const { mirror, lang } = input;
  const { color: c, unicode, width } = options;
  const t = (key: KeyOf<typeof tMirror>, params: Record<string, string | number> = {}): string =>
    tMirror(lang, key, params);
  const out: string[] = [];
  out.push(heading(c, t('mirror.title'), lang));
  const subtitle = subtitleText(mirror, lang);
  out.push(...wrapIndented(subtitle, width, ''), '');
  if (!mirror.enough) {
    out.push(...wrapIndented(tooFewText(mirror, lang), width, ''));
    return `${out.join('\n')}\n`;
  }

  out.push(heading(c, t('mirror.themes'), lang));
  const nameWidth = Math.max(12, Math.min(28, width - 50));
  const barWidth = width >= 90 ? 20 : 10;
  out.push(
    c.dim(
      [
        pad(t('label.theme'), nameWidth),
        pad(t('label.you'), 5, true),
        pad(t('label.clients'), 12, true),
        pad(t('label.gap'), 8, true),
      ].join('  '),
    ),
  );
  for (const theme of mirror.themes) {
    const clients =
      theme.clients.mean === null
        ? `– (${theme.clients.n})`
        : `${formatNumber(theme.clients.mean, lang)} (${theme.clients.n})`;
    out.push(
      [
        pad(truncate(theme.title, nameWidth), nameWidth),
        pad(formatNumber(theme.self, lang), 5, true),
        pad(clients, 12, true),
        gapCell(c, theme, lang, 8),
      ].join('  '),
    );
    out.push(c.dim(`${' '.repeat(nameWidth)}  ${pad(t('label.you'), 8)} ${textBar(theme.self, barWidth, unicode)}`));
    out.push(
      c.dim(
        `${' '.repeat(nameWidth)}  ${pad(t('label.clients'), 8)} ${textBar(theme.clients.mean, barWidth, unicode)}`,
      ),
    );
  }
  out.push(...wrapIndented(t('mirror.themes.note'), width, '').map((line) => c.dim(line)), '');

  out.push(heading(c, t('mirror.reflect'), lang));
  mirror.themes.forEach((theme, i) =>
    out.push(...wrapIndented(themeText(theme, mirror.minClients, lang), width, `${i + 1}. `)),
  );
  out.push('');

  out.push(heading(c, t('mirror.lower'), lang));
  if (mirror.lower.length === 0) out.push(...wrapIndented(t('mirror.lower.none', { gap: QUESTION_GAP }), width, ''));
  for (const question of mirror.lower) out.push(...wrapIndented(lowerText(question, lang), width, '- '));
  out.push('');

  out.push(heading(c, t('mirror.valued'), lang));
  if (mirror.valued.length === 0) out.push(...wrapIndented(t('mirror.valued.none'), width, ''));
  for (const question of mirror.valued) out.push(...wrapIndented(valuedText(question, lang), width, '- '));
  out.push('');
  out.push(
    ...wrapIndented(t('mirror.howToRead.text', { gap: THEME_GAP, min: mirror.minClients }), width, '').map((line) =>
      c.dim(line),
    ),
  );
  return `${out.join('\n')}\n`;
}
