import type { KeyOf } from '../messages/translate.js';
import { QUESTION_GAP, THEME_GAP } from '../core/mirror.js';
import { lowerText, subtitleText, themeText, tMirror, tooFewText, valuedText } from '../messages/mirror.js';
import { formatChange, formatNumber } from '../messages/report.js';
import type { MirrorInput } from './mirror-formats.js';
import { markdownRow, markdownText as md } from './report-markdown.js';

/** The mirror as Markdown, for a personal development plan or a talk with a coach. Texts are escaped. */
export function renderMirrorMarkdown(input: MirrorInput): string {
  const { mirror, lang } = input;
  const t = (key: KeyOf<typeof tMirror>, params: Record<string, string | number> = {}): string =>
    tMirror(lang, key, params);
  const out: string[] = [];
  out.push(`# ${md(t('mirror.title'))}`, '');
  const subtitle = subtitleText(mirror, lang);
  out.push(md(subtitle), '');
  if (!mirror.enough) {
    out.push(`> **${md(tooFewText(mirror, lang))}**`, '');
    return `${out.join('\n')}`;
  }
  out.push(`## ${md(t('mirror.themes'))}`, '', md(t('mirror.themes.note')), '');
  out.push(
    markdownRow([md(t('label.theme')), md(t('label.you')), md(t('label.clients')), 'n', md(t('label.gap'))]),
    '|---|--:|--:|--:|--:|',
  );
  for (const theme of mirror.themes) {
    const self = formatNumber(theme.self, lang);
    const clients = formatNumber(theme.clients.mean, lang);
    out.push(markdownRow([md(theme.title), self, clients, theme.clients.n, formatChange(theme.gap, lang)]));
  }
  out.push('', `## ${md(t('mirror.reflect'))}`, '');
  mirror.themes.forEach((theme, i) => out.push(`${i + 1}. ${md(themeText(theme, mirror.minClients, lang))}`));
  out.push('', `## ${md(t('mirror.lower'))}`, '');
  if (mirror.lower.length === 0) out.push(md(t('mirror.lower.none', { gap: QUESTION_GAP })));
  for (const question of mirror.lower) out.push(`- ${md(lowerText(question, lang))}`);
  out.push('', `## ${md(t('mirror.valued'))}`, '');
  if (mirror.valued.length === 0) out.push(md(t('mirror.valued.none')));
  for (const question of mirror.valued) out.push(`- ${md(valuedText(question, lang))}`);
  out.push(
    '',
    `## ${md(t('mirror.howToRead'))}`,
    '',
    md(t('mirror.howToRead.text', { gap: THEME_GAP, min: mirror.minClients })),
    '',
  );
  return `${out.join('\n')}`;
}
