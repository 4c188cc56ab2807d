import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { scoreAnswers } from '../../src/core/score.js';
import { loadQuestionSet, parseAnswers } from '../../src/io/load.js';
import { renderResultText, scoreBar, wrapText } from '../../src/render/result-text.js';

const FILE = new URL('../fixtures/check-worked-example/answers.yaml', import.meta.url);
const set = await loadQuestionSet();
const parsed = parseAnswers(readFileSync(FILE), set);
if (!parsed.ok) throw new Error('fixture does not parse');
const plain = new Chalk({ level: 0 });
const render = (lang: 'nl' | 'en', options: { unicode?: boolean; width?: number; color?: InstanceType<typeof Chalk> } = {}) =>
  renderResultText(scoreAnswers(set, parsed.answers, lang), {
    lang,
    title: lang === 'nl' ? 'De Kantellat' : 'The Kantellat',
    color: options.color ?? plain,
    unicode: options.unicode ?? true,
    width: options.width ?? 80,
  });

describe('renderResultText', () => {
  it('shows the overall score and level, a bar with number and label per theme, and the steps to start with', () => {
    const text = render('nl');
    expect(text).toContain('Totaal  ██████████░░░░░░░░░░  52 van 100 · Op weg');
    expect(text).toContain('Sociaal netwerk\n  █████░░░░░░░░░░░░░░░  25 van 100 · Nog niet gekanteld\n  → Hier begin je; de stappen staan hieronder.');
    expect(text).toContain('Eigen kracht en regie\n  ███████████████░░░░░  75 van 100 · Gekanteld\n  Je gaat uit van wat iemand zelf kan');
    expect(text).toContain('Resultaat en meedoen\n  ██████████░░░░░░░░░░  50 van 100 · Op weg\n  1 van 2 vragen beantwoord');
    expect(text).toContain('Je sterkste thema: Eigen kracht en regie (75 van 100).');
    expect(text).toContain('Hier begin je: Sociaal netwerk (25 van 100). Probeer deze stappen:\n   1. Teken in je volgende gesprek');
    expect(text).toMatch(/\n {3}2\. Vraag bij elke naam wat die nu al doet/);
    // The focus theme's advice appears once: as the numbered steps.
    expect(text.split('Teken in je volgende gesprek').length).toBe(2);
    expect(text).toContain('11 van 12 vragen beantwoord; "weet ik niet / n.v.t." telt niet mee in de score.');
  });

  it('fits an 80-column terminal, and a narrower one', () => {
    for (const [width, max] of [
      [80, 79],
      [200, 79],
      [60, 59],
    ] as const) {
      for (const lang of ['nl', 'en'] as const) {
        const longest = Math.max(...render(lang, { width }).split('\n').map((line) => line.length));
        expect(longest, `${lang} at ${width}`).toBeLessThanOrEqual(max);
      }
    }
  });

  it('falls back to ASCII bars where block characters are unsafe', () => {
    const text = render('en', { unicode: false });
    expect(text).toContain('Overall  [##########..........]  52 of 100 · On the way');
    expect(text).toContain('  [#####...............]  25 of 100 · Not yet shifted\n  -> Start here; the steps are below.');
    expect(text).not.toMatch(/[█░→]/);
    expect(scoreBar(0, false)).toBe('[....................]');
    expect(scoreBar(100, true)).toBe('█'.repeat(20));
    expect(scoreBar(52, true)).toBe('█'.repeat(10) + '░'.repeat(10));
  });

  it('uses colour only when asked, and never colour alone', () => {
    expect(render('nl')).not.toContain('\u001b[');
    const coloured = render('nl', { color: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\u001b[');
    // Without the escape codes the words and numbers are all there.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(render('nl'));
  });

  it('says plainly when too little was answered to give a score', () => {
    const answers = checkAnswers(set, { questionSet: 'kantellat', version: '1.0.0', answers: { 'gesprek-tijd': 'nvt' } }).answers;
    const text = renderResultText(scoreAnswers(set, answers, 'nl'), { lang: 'nl', title: 'De Kantellat', color: plain, unicode: true, width: 80 });
    expect(text).toContain('Er zijn te weinig vragen beantwoord om een score te geven.');
    expect(text).toContain('Het gesprek\n  geen score: te weinig antwoorden (0 van 2, minstens 1 nodig)');
    expect(text).not.toContain('Hier begin je');
    expect(text).not.toContain('█');
  });

  it('wraps words, with a hanging indent for numbered steps', () => {
    expect(wrapText('een twee drie vier', 10, '    ', ' 1. ')).toEqual([' 1. een', '    twee', '    drie', '    vier']);
    expect(wrapText('kort', 10)).toEqual(['kort']);
    expect(wrapText('eenheelerglangwoord x', 8)).toEqual(['eenheelerglangwoord', 'x']);
  });
});
