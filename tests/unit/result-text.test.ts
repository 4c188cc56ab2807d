import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { scoreAnswers } from '../../src/core/score.js';
import { localize } from '../../src/core/text.js';
import { loadQuestionSet, parseAnswers } from '../../src/io/load.js';
import { renderResultText, scoreBar, wrapText } from '../../src/render/result-text.js';
import { localeOf } from '../../src/messages/locale.js';
import { scorer } from '../helpers/demo-set.js';

const FILE = new URL('../fixtures/check-worked-example/answers.yaml', import.meta.url);
// The 1.0.0 worked example, with the archived 1.0.0 set it was answered on.
const set = await loadQuestionSet(
  fileURLToPath(new URL('../../questions/archive/kantellat-1.0.0.yaml', import.meta.url)),
);
const parsed = parseAnswers(readFileSync(FILE), set);
if (!parsed.ok) throw new Error('fixture does not parse');
const plain = new Chalk({ level: 0 });
const render = (
  lang: 'nl' | 'en',
  options: { unicode?: boolean; width?: number; color?: InstanceType<typeof Chalk> } = {},
) =>
  renderResultText(scoreAnswers(set, parsed.answers), {
    locale: localeOf(lang),
    title: lang === 'nl' ? 'De Kantellat' : 'The Kantellat',
    color: options.color ?? plain,
    unicode: options.unicode ?? true,
    width: options.width ?? 80,
  });

describe('renderResultText', () => {
  it('shows the overall score and level, a bar with number and label per theme, and the steps to start with', () => {
    const text = render('nl');
    expect(text).toContain('Totaal  ██████████░░░░░░░░░░  52 van 100 · Op weg');
    expect(text).toContain(
      'Sociaal netwerk\n  █████░░░░░░░░░░░░░░░  25 van 100 · Nog niet gekanteld\n  → Hier begin je; de stappen staan hieronder.',
    );
    expect(text).toContain(
      'Eigen kracht en regie\n  ███████████████░░░░░  75 van 100 · Gekanteld\n  Je gaat uit van wat iemand zelf kan',
    );
    expect(text).toContain(
      'Resultaat en meedoen\n  ██████████░░░░░░░░░░  50 van 100 · Op weg\n  1 van 2 vragen beantwoord',
    );
    expect(text).toContain('Je sterkste thema: Eigen kracht en regie (75 van 100).');
    expect(text).toContain(
      'Hier begin je: Sociaal netwerk (25 van 100). Probeer deze stappen:\n   1. Teken in je volgende gesprek',
    );
    expect(text).toMatch(/\n {3}2\. Vraag bij elke naam wat die nu al doet/);
    // The focus theme's advice appears once: as the numbered steps.
    expect(text.split('Teken in je volgende gesprek').length).toBe(2);
    expect(text).toContain('11 van 12 vragen beantwoord.\nNiet meegeteld in de score: 1 × "weet ik niet / n.v.t.".');
    // The range an open question leaves stands beside the number it could move, not only at the end.
    expect(text).toContain('52 van 100 · Op weg\n  1 vraag staat open: je totaal ligt ergens tussen 48 en 56.\n');
    expect(text.split('48 en 56').length).toBe(2);
  });

  it('fits an 80-column terminal, and a narrower one', () => {
    for (const [width, max] of [
      [80, 79],
      [200, 79],
      [60, 59],
      [41, 40],
      [40, 40],
    ] as const) {
      for (const lang of ['nl', 'en'] as const) {
        const longest = Math.max(
          ...render(lang, { width })
            .split('\n')
            .map((line) => line.length),
        );
        expect(longest, `${lang} at ${width}`).toBeLessThanOrEqual(max);
      }
    }
  });

  it('at 40 columns puts a band label that does not fit beside its bar on the next line, whole', () => {
    const text = render('nl', { width: 40 });
    expect(text).toContain(
      'Sociaal netwerk\n  █████░░░░░░░░░░░░░░░  25 van 100\n  Nog niet gekanteld\n  → Hier begin je; de stappen staan\n    hieronder.',
    );
    expect(text).toContain('Totaal  ██████████░░░░░░░░░░  52 van 100\n  Op weg\n');
    // In colour the same words stand on the same lines.
    expect(render('nl', { width: 40, color: new Chalk({ level: 1 }) }).replace(/\u001b\[[0-9;]*m/g, '')).toBe(text);
  });

  it('falls back to ASCII bars where block characters are unsafe', () => {
    const text = render('en', { unicode: false });
    expect(text).toContain('Overall  [##########..........]  52 of 100 · On the way');
    expect(text).toContain(
      '  [#####...............]  25 of 100 · Not yet shifted\n  -> Start here; the steps are below.',
    );
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
    const answers = checkAnswers(set, {
      questionSet: 'kantellat',
      version: '1.0.0',
      answers: { 'gesprek-tijd': 'nvt' },
    }).answers;
    const text = renderResultText(scoreAnswers(set, answers), {
      locale: localeOf('nl'),
      title: 'De Kantellat',
      color: plain,
      unicode: true,
      width: 80,
    });
    expect(text).toContain('Er zijn te weinig vragen beantwoord om een score te geven.');
    expect(text).toContain('Het gesprek\n  geen score: te weinig antwoorden (0 van 2, minstens 1 nodig)');
    expect(text).not.toContain('Hier begin je');
    expect(text).not.toContain('█');
  });

  it('shows what a theme without a score is about, so it still says something', async () => {
    const current = await loadQuestionSet();
    const netwerk = current.themes.find((theme) => theme.id === 'netwerk');
    const answers = checkAnswers(current, {
      questionSet: 'kantellat',
      version: current.version,
      answers: { 'netwerk-een-korte-vraag': 'paar', 'netwerk-mantelzorger-apart-grenzen': 'nvt' },
    }).answers;
    const text = renderResultText(scoreAnswers(current, answers), {
      locale: localeOf('en'),
      title: 'The Kantellat',
      color: plain,
      unicode: true,
      width: 80,
    });
    const description = wrapText(
      netwerk?.description === undefined ? 'missing' : localize(netwerk.description, 'en'),
      79,
      '  ',
    ).join('\n');
    expect(text).toContain(
      `Network and informal care\n  no score: too few answers (1 of 2, at least 2 needed)\n${description}\n`,
    );
  });

  it('wraps words, with a hanging indent for numbered steps', () => {
    expect(wrapText('een twee drie vier', 10, '    ', ' 1. ')).toEqual([' 1. een', '    twee', '    drie', '    vier']);
    expect(wrapText('kort', 10)).toEqual(['kort']);
    expect(wrapText('eenheelerglangwoord x', 8)).toEqual(['eenheelerglangwoord', 'x']);
    // A short bracketed group stays on one line; a long one wraps as words.
    expect(wrapText('je antwoord "De meeste (7 tot 9)".', 28)).toEqual(['je antwoord "De meeste', '(7 tot 9)".']);
    expect(wrapText('een (heel lange opmerking tussen haakjes)', 20)).toEqual([
      'een (heel lange',
      'opmerking tussen',
      'haakjes)',
    ]);
  });
});

describe('renderResultText with the format 2 rules', async () => {
  const { v2Set } = await import('../helpers/v2-set.js');
  const v2 = v2Set();
  const screen = (answers: Record<string, string | null>, lang: 'nl' | 'en' = 'nl') =>
    renderResultText(scorer(v2)(answers), {
      locale: localeOf(lang),
      title: 'Twee',
      color: plain,
      unicode: true,
      width: 80,
    });

  it('says in one sentence why there is no overall score and what to do, and still shows the theme scores', () => {
    const text = screen({ a1: 'vaak', a2: 'zelden', b1: 'nvt', b2: 'nvt', c1: 'altijd', c2: 'wn' });
    expect(text).toContain(
      'Geen totaalscore en geen niveau: je beantwoordde 3 van de 6 vragen, en voor een\ntotaal zijn er minstens 4 nodig.',
    );
    expect(text).not.toContain('Totaal  ');
    expect(text).toContain('Thema A\n  ███████████████░░░░░  75 van 100');
    expect(text).toContain('Niet meegeteld in de score: 1 × "weet ik niet" en 2 × "niet van toepassing".');
  });

  it('ties the steps to the lowest answers of the theme to start with and the next weakest, and no more', () => {
    const text = screen({ a1: 'soms', a2: 'vaak', b1: 'vaak', b2: 'zelden', c1: 'soms', c2: 'soms' });
    expect(text).toContain(
      'Hier begin je: Thema A (38 van 100).\n  Bij "Kort a2" antwoordde je "Vaak". Probeer:\n    - Eerst a2.\n    - Dan a2.',
    );
    expect(text).toContain(
      '  Dit past bij op weg.\n  Bij "Kort c1" antwoordde je "Soms". Probeer:\n    - Probeer c1.\n',
    );
    // Thema B (75) is the third weakest: its advice, but no steps of its own.
    expect(text).not.toContain('Kort b');
    expect(text.match(/Probeer:/g)).toHaveLength(2);
    expect(screen({ a1: 'nooit', a2: 'altijd' }, 'en')).toContain('For "Short a1" you answered "Never". Try:');
  });

  it('has no "Hier begin je" when every theme is in its top band', () => {
    const text = screen({ a1: 'altijd', a2: 'nooit', b1: 'altijd', b2: 'nooit', c1: 'vaak', c2: 'nooit' });
    expect(text).toContain('Totaal  ');
    expect(text).not.toContain('Hier begin je');
  });
});
