import type { KeyOf } from '../messages/translate.js';
import type { GroupComparison, Direction } from '../core/group-compare.js';
import { optionColour } from '../core/tones.js';
import type { BandCount, GroupStats, OverallStats, QuestionStats } from '../core/group-stats.js';
import { round1 as round } from '../core/statistics.js';
import type { Lang } from '../core/text.js';
import { changeWords, formatNumber, formatPercent, tReport } from '../messages/report.js';
import { escapeHtml as h } from './html-escape.js';
import { truncate, wrapWords } from './report-layout.js';

// Inline SVG charts for the HTML report. Every chart is drawn in a 1000-unit-wide viewBox and
// scales to the page; text sizes are in those units (about 1.2 px each on a 1280 px screen).
// Every bar carries its number and every colour its label: nothing is told by colour alone.

/**
 * Band colours from low to high (Okabe-Ito, safe for colour blindness): strong for bars, light
 * for cells under dark text.
 */
const STRONG = ['#d55e00', '#e69f00', '#b39b00', '#56b4e9', '#009e73'];
const LIGHT = ['#f9c9a6', '#fbe0a3', '#f2e68f', '#c5e4f7', '#a9e0cb'];
/** Answer options from the first to the last on the scale: light to dark blue. */
const OPTION_FILLS = ['#deebf7', '#9ecae1', '#4292c6', '#2166ac', '#08306b'];
const INK = '#111111';
const MUTED = '#444444';
const ACCENT = '#1d2b4f';
const NO_ANSWER_FILL = '#c9c9c9';

function spread(count: number, index: number, length: number): number {
  return count <= 1 ? length - 1 : Math.round((index * (length - 1)) / (count - 1));
}

/** The colour of band `index` of `count`: the lowest band orange-red, the highest green. */
export function bandFill(index: number | null, count: number, strength: 'strong' | 'light'): string {
  const palette = strength === 'strong' ? STRONG : LIGHT;
  if (index === null) return '#f2f2f2';
  return palette[spread(count, index, palette.length)] ?? '#f2f2f2';
}

/** Black or white text, whichever stands out more on `fill` (#rrggbb): a set's own colour may be light or dark. */
export function inkOn(fill: string): string {
  const channel = (at: number): number => {
    const value = Number.parseInt(fill.slice(at, at + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): black wins above L ≈ 0.18.
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? INK : '#ffffff';
}

/**
 * The fill of an answer option: its own colour or tone when the set gives one, else blues by position on the scale;
 * grey for n.v.t.
 */
export function optionFill(question: QuestionStats<string>, optionIndex: number): { fill: string; text: string } {
  const option = question.options[optionIndex];
  const own = option === undefined ? undefined : optionColour(option);
  if (own !== undefined) return { fill: own, text: inkOn(own) };
  if (option === undefined || option.unanswered) return { fill: NO_ANSWER_FILL, text: INK };
  const answerable = question.options.filter((found) => !found.unanswered);
  const position = answerable.indexOf(option);
  const step = spread(answerable.length, position, OPTION_FILLS.length);
  return { fill: OPTION_FILLS[step] ?? OPTION_FILLS[0] ?? '#9ecae1', text: step >= 2 ? '#ffffff' : INK };
}

/** A small colour square for a legend. */
export function swatch(fill: string, dashed = false): string {
  const stroke = dashed
    ? ' stroke="#555555" stroke-width="2" stroke-dasharray="4 3"'
    : ' stroke="#555555" stroke-width="1"';
  return (
    '<svg class="swatch" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">' +
    `<rect x="1" y="1" width="18" height="18" rx="3" fill="${fill}"${stroke}/></svg>`
  );
}

/** The marks of the theme chart, for its legend: the mean's bar, the median's diamond, the range's whisker. */
export function markSwatch(kind: 'bar' | 'median' | 'range'): string {
  const shape =
    kind === 'bar'
      ? `<rect x="0" y="6" width="28" height="12" fill="${ACCENT}"/>`
      : kind === 'median'
        ? `<polygon points="14,3 23,12 14,21 5,12" fill="#ffffff" stroke="${INK}" stroke-width="2.5"/>`
        : `<path d="M2 12H26M2 6V18M26 6V18" stroke="${INK}" stroke-width="2.5" fill="none"/>`;
  const open =
    '<svg class="swatch wide" width="28" height="24" viewBox="0 0 28 24" aria-hidden="true" focusable="false">';
  return `${open}${shape}</svg>`;
}

const SVG_CLOSE = '</svg></div>';

/**
 * Every chart sits in its own scroll box: on a phone the chart keeps a legible minimum width
 * (the style sheet's svg.chart min-width) and scrolls inside the box, never the page. The box
 * is focusable and named, so a keyboard can scroll it too.
 */
function svgOpen(id: string, height: number, title: string): string {
  return (
    `<div class="chart-scroll" role="region" tabindex="0" aria-label="${h(title)}">` +
    `<svg viewBox="0 0 1000 ${Math.round(height)}" role="img" aria-labelledby="${h(id)}" class="chart">` +
    `<title id="${h(id)}">${h(title)}</title>`
  );
}

function text(x: number, y: number, content: string, attributes: Record<string, string | number> = {}): string {
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${h(value)}"`)
    .join('');
  return `<text x="${round(x)}" y="${round(y)}"${extra}>${h(content)}</text>`;
}

function rect(x: number, y: number, width: number, height: number, fill: string, extra = ''): string {
  const size = `width="${round(Math.max(0, width))}" height="${round(height)}"`;
  return `<rect x="${round(x)}" y="${round(y)}" ${size} fill="${fill}"${extra}/>`;
}

/** Up to `lines` lines of at most `chars` characters; the last one cut with an ellipsis when needed. */
function lines(content: string, chars: number, max: number): string[] {
  const wrapped = wrapWords(content, chars);
  if (wrapped.length <= max) return wrapped;
  return [...wrapped.slice(0, max - 1), truncate(wrapped.slice(max - 1).join(' '), chars)];
}

/** A bar per theme: the mean over band-coloured zones, the median, the range, the number and the band in words. */
export function themeChart(stats: GroupStats<string>, lang: Lang, id: string): string {
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const x0 = 290;
  const x100 = 840;
  const x = (score: number): number => x0 + ((x100 - x0) * score) / 100;
  const top = 64;
  const rowHeight = 104;
  const height = top + stats.themes.length * rowHeight + 8;
  const parts = [svgOpen(id, height, t('report.themes.note'))];
  const first = stats.themes[0]?.bands ?? [];
  const shared = stats.themes.every(
    (theme) =>
      theme.bands.map((band) => `${band.min}-${band.max}-${band.label}`).join() ===
      first.map((band) => `${band.min}-${band.max}-${band.label}`).join(),
  );
  if (shared) {
    for (const band of first) {
      const middle = (x(band.min) + x(band.max + (band.max === 100 ? 0 : 1))) / 2;
      parts.push(text(middle, 22, truncate(band.label, 20), { 'text-anchor': 'middle', 'font-size': 18, fill: MUTED }));
    }
  }
  for (const mark of [...new Set([0, ...first.map((band) => band.min), 100])]) {
    parts.push(text(x(mark), 52, String(mark), { 'text-anchor': 'middle', 'font-size': 16, fill: MUTED }));
  }
  parts.push(text(930, 52, t('label.mean'), { 'text-anchor': 'middle', 'font-size': 16, fill: MUTED }));
  stats.themes.forEach((theme, i) => {
    const y = top + i * rowHeight;
    lines(theme.title, 18, 2).forEach((line, l) =>
      parts.push(text(0, y + 30 + l * 26, line, { 'font-size': 23, 'font-weight': 700, fill: INK })),
    );
    for (const band of theme.bands) {
      const end = band.max === 100 ? 100 : band.max + 1;
      parts.push(
        rect(
          x(band.min),
          y + 8,
          x(end) - x(band.min),
          44,
          bandFill(band.index, theme.bands.length, 'light'),
          ' stroke="#ffffff" stroke-width="2"',
        ),
      );
    }
    if (theme.mean !== null) {
      parts.push(rect(x0, y + 18, x(theme.mean) - x0, 24, ACCENT));
      if (theme.median !== null) {
        const m = x(theme.median);
        // A diamond around the median: top, right, bottom, left.
        const points = [
          `${round(m)},${y + 19}`,
          `${round(m + 11)},${y + 30}`,
          `${round(m)},${y + 41}`,
          `${round(m - 11)},${y + 30}`,
        ];
        parts.push(`<polygon points="${points.join(' ')}" fill="#ffffff" stroke="${INK}" stroke-width="2.5"/>`);
      }
      if (theme.min !== null && theme.max !== null) {
        const a = x(theme.min);
        const b = x(theme.max);
        // A whisker from the lowest to the highest score, with a tick at each end.
        const path =
          `M${round(a)} ${y + 62}H${round(b)}` + `M${round(a)} ${y + 55}V${y + 69}M${round(b)} ${y + 55}V${y + 69}`;
        parts.push(`<path d="${path}" stroke="${INK}" stroke-width="3" fill="none"/>`);
      }
    }
    parts.push(
      text(930, y + 42, formatNumber(theme.mean, lang), {
        'text-anchor': 'middle',
        'font-size': 36,
        'font-weight': 800,
        fill: INK,
      }),
    );
    const band = theme.meanBand === null ? null : theme.bands[theme.meanBand];
    const caption =
      theme.mean === null
        ? t('label.noScore')
        : [
            `${t('label.median')} ${formatNumber(theme.median, lang)}`,
            theme.min === null || theme.max === null ? '' : t('label.range', { min: theme.min, max: theme.max }),
            `n=${theme.n}`,
          ]
            .filter((part) => part !== '')
            .join(' · ');
    const bandLabel = band ? `<tspan font-weight="700">${h(band.label)}</tspan> · ` : '';
    parts.push(`<text x="${x0}" y="${y + 92}" font-size="18" fill="${INK}">${bandLabel}${h(caption)}</text>`);
  });
  parts.push(SVG_CLOSE);
  return parts.join('');
}

/** One bar per level: how many participants reached it, with count and percentage. */
export function levelsChart(overall: OverallStats<string>, lang: Lang, id: string): string {
  const rowHeight = 56;
  const parts = [svgOpen(id, overall.levels.length * rowHeight + 4, tReport(lang, 'report.overall.levels'))];
  const x0 = 300;
  const x1 = 820;
  overall.levels.forEach((level: BandCount<string>, i) => {
    const y = i * rowHeight;
    parts.push(
      text(0, y + 34, truncate(`${level.label} (${level.min}–${level.max})`, 26), { 'font-size': 22, fill: INK }),
    );
    parts.push(rect(x0, y + 8, x1 - x0, 36, '#eeeeee'));
    parts.push(rect(x0, y + 8, (x1 - x0) * level.share, 36, bandFill(level.index, overall.levels.length, 'strong')));
    parts.push(
      text(840, y + 35, `${level.count} · ${formatPercent(level.share, lang)}`, {
        'font-size': 24,
        'font-weight': 700,
        fill: INK,
      }),
    );
  });
  parts.push(SVG_CLOSE);
  return parts.join('');
}

/** The overall scores in ten bins, each bar with its count above it and coloured by the level it lies in. */
export function histogramChart(
  overall: OverallStats<string>,
  lang: Lang,
  id: string,
  levelOf: (score: number) => number | null,
): string {
  const height = 290;
  const base = 240;
  const most = Math.max(1, ...overall.histogram.map((bin) => bin.count));
  const parts = [svgOpen(id, height, tReport(lang, 'report.histogram'))];
  const width = 1000 / overall.histogram.length;
  parts.push(`<path d="M0 ${base}H1000" stroke="${MUTED}" stroke-width="2"/>`);
  overall.histogram.forEach((bin, i) => {
    const x = i * width;
    const barHeight = (bin.count / most) * 190;
    parts.push(
      rect(
        x + 8,
        base - barHeight,
        width - 16,
        barHeight,
        bandFill(levelOf(bin.from), overall.levels.length, 'strong'),
      ),
    );
    parts.push(
      text(x + width / 2, base - barHeight - 10, String(bin.count), {
        'text-anchor': 'middle',
        'font-size': 24,
        'font-weight': 700,
        fill: INK,
      }),
    );
    parts.push(
      text(x + width / 2, base + 30, `${bin.from}–${bin.to}`, {
        'text-anchor': 'middle',
        'font-size': 19,
        fill: MUTED,
      }),
    );
  });
  parts.push(SVG_CLOSE);
  return parts.join('');
}

/** Participants × themes: each cell its score on its band's colour; "–" where there is no score. */
export function heatmap(stats: GroupStats<string>, lang: Lang, id: string): string {
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const labelWidth = 210;
  const columns = [
    { title: t('label.overall'), count: stats.overall.levels.length },
    ...stats.themes.map((theme) => ({ title: theme.title, count: theme.bands.length })),
  ];
  const gap = 10;
  const columnWidth = (1000 - labelWidth - gap) / columns.length;
  // Bold text is about 0.62 em wide per character; a header whose longest word is wider than
  // its column gets a smaller font rather than running into the next one.
  const chars = Math.max(6, Math.floor((columnWidth - 8) / (17 * 0.62)));
  const heads = columns.map((column) => lines(column.title, chars, 3));
  const headSizes = heads.map((head) =>
    Math.min(17, (columnWidth - 8) / (0.62 * Math.max(1, ...head.map((line) => [...line].length)))),
  );
  const headHeight = 14 + Math.max(...heads.map((head) => head.length)) * 21;
  const cellHeight = 46;
  const height = headHeight + stats.participants.length * cellHeight + 6;
  const parts = [svgOpen(id, height, t('report.heatmap.note'))];
  const columnX = (c: number): number => labelWidth + c * columnWidth + (c > 0 ? gap : 0);
  heads.forEach((head, c) => {
    head.forEach((line, l) => {
      const y = headHeight - 10 - (head.length - 1 - l) * 21;
      parts.push(
        text(columnX(c) + columnWidth / 2, y, line, {
          'text-anchor': 'middle',
          'font-size': round(headSizes[c] ?? 17),
          'font-weight': 700,
          fill: INK,
        }),
      );
    });
  });
  stats.participants.forEach((row, r) => {
    const y = headHeight + r * cellHeight;
    parts.push(text(0, y + 31, truncate(row.label, 17), { 'font-size': 21, fill: INK }));
    const cells = [{ score: row.overall, band: row.level }, ...row.themes];
    cells.forEach((cell, c) => {
      const count = columns[c]?.count ?? 1;
      parts.push(
        rect(
          columnX(c),
          y,
          columnWidth,
          cellHeight,
          bandFill(cell.band, count, 'light'),
          ' stroke="#ffffff" stroke-width="3"',
        ),
      );
      parts.push(
        text(columnX(c) + columnWidth / 2, y + 31, formatNumber(cell.score, lang), {
          'text-anchor': 'middle',
          'font-size': 22,
          'font-weight': c === 0 ? 800 : 600,
          fill: INK,
        }),
      );
    });
  });
  parts.push(SVG_CLOSE);
  return parts.join('');
}

/** How a question was answered: one stacked bar of all participants, each part with its count. */
export function questionChart(question: QuestionStats<string>, size: number, lang: Lang, id: string): string {
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const parts = [svgOpen(id, 52, `${question.number}. ${question.text}`)];
  const total = Math.max(1, size);
  let x = 0;
  // A wide enough part carries its option's label as well as its count, so the bar reads without the legend.
  const segment = (count: number, label: string, fill: string, ink: string, stroke: string): void => {
    if (count === 0) return;
    const width = (1000 * count) / total;
    parts.push(
      rect(
        x,
        2,
        width,
        46,
        fill,
        ` stroke="${stroke}" stroke-width="2"${stroke === '#ffffff' ? '' : ' stroke-dasharray="6 4"'}`,
      ),
    );
    const full = `${truncate(label, 22)} ${count}`;
    const shown = [...full].length * 12.5 + 16 <= width ? full : String(count);
    if (width >= 26)
      parts.push(
        text(x + width / 2, 34, shown, {
          'text-anchor': 'middle',
          'font-size': shown === full ? 21 : 24,
          'font-weight': 700,
          fill: ink,
        }),
      );
    x += width;
  };
  question.options.forEach((option, i) => {
    const colours = optionFill(question, i);
    segment(option.count, option.label, colours.fill, colours.text, '#ffffff');
  });
  if (question.notAnswered > 0) segment(question.notAnswered, t('label.notAnswered'), '#ffffff', INK, '#555555');
  if (size === 0)
    parts.push(text(500, 34, t('label.noScore'), { 'text-anchor': 'middle', 'font-size': 20, fill: MUTED }));
  parts.push(SVG_CLOSE);
  return parts.join('');
}

function directionInk(direction: Direction | null): string {
  return direction === 'up' ? '#1a7f37' : direction === 'down' ? '#b42318' : MUTED;
}

/** The previous session against this one: per theme a hollow dot (before) and a filled dot (now) on 0–100. */
export function baselineChart(comparison: GroupComparison<string>, lang: Lang, id: string): string {
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const x0 = 290;
  const x100 = 760;
  const x = (score: number): number => x0 + ((x100 - x0) * score) / 100;
  const rows = [{ ...comparison.overall, title: t('label.overall') }, ...comparison.themes];
  const top = 56;
  const rowHeight = 70;
  const parts = [svgOpen(id, top + rows.length * rowHeight + 6, t('report.baseline'))];
  for (const mark of [0, 25, 50, 75, 100])
    parts.push(text(x(mark), 44, String(mark), { 'text-anchor': 'middle', 'font-size': 16, fill: MUTED }));
  parts.push(`<circle cx="${x0 + 8}" cy="14" r="9" fill="#ffffff" stroke="${MUTED}" stroke-width="3"/>`);
  parts.push(text(x0 + 24, 20, t('label.before'), { 'font-size': 18, fill: INK }));
  parts.push(`<circle cx="${x0 + 150}" cy="14" r="10" fill="${ACCENT}"/>`);
  parts.push(text(x0 + 166, 20, t('label.after'), { 'font-size': 18, fill: INK }));
  rows.forEach((row, i) => {
    const y = top + i * rowHeight + 34;
    lines(row.title, 19, 2).forEach((line, l, all) =>
      parts.push(
        text(0, y + 7 - (all.length - 1) * 12 + l * 24, line, {
          'font-size': 21,
          'font-weight': i === 0 ? 800 : 700,
          fill: INK,
        }),
      ),
    );
    parts.push(`<path d="M${x0} ${y}H${x100}" stroke="#dddddd" stroke-width="8" stroke-linecap="round"/>`);
    const before = row.before.mean;
    const after = row.after.mean;
    const ink = directionInk(row.meanDirection);
    if (before !== null && after !== null)
      parts.push(`<path d="M${round(x(before))} ${y}H${round(x(after))}" stroke="${ink}" stroke-width="5"/>`);
    if (before !== null)
      parts.push(
        `<circle cx="${round(x(before))}" cy="${y}" r="10" fill="#ffffff" stroke="${MUTED}" stroke-width="3"/>`,
      );
    if (after !== null) parts.push(`<circle cx="${round(x(after))}" cy="${y}" r="11" fill="${ACCENT}"/>`);
    const means = `${formatNumber(before, lang)} → ${formatNumber(after, lang)}`;
    parts.push(text(785, y - 4, means, { 'font-size': 21, fill: INK }));
    const move = row.meanChange === null ? '–' : changeWords(row.meanDirection, row.meanChange, lang, true);
    parts.push(text(785, y + 22, move, { 'font-size': 20, 'font-weight': 700, fill: ink }));
  });
  parts.push(SVG_CLOSE);
  return parts.join('');
}
