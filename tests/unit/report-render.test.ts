import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { groupStats } from '../../src/core/group-stats.js';
import { labelParticipants } from '../../src/core/participants.js';
import { scoreAnswers } from '../../src/core/score.js';
import { parseQuestionSet } from '../../src/io/load.js';
import { formatChange, formatNumber, starterText } from '../../src/messages/report.js';
import { renderReportCsv } from '../../src/render/report-csv.js';
import { markdownText, renderReportMarkdown } from '../../src/render/report-markdown.js';
import { renderReportTerminal } from '../../src/render/report-terminal.js';
import { questionsSection, reportCards } from '../../src/render/report-html.js';
import { renderReportJson } from '../../src/render/report-json.js';
import { reportInput } from '../../src/render/report-formats.js';
import { localeOf } from '../../src/messages/locale.js';

const SET = `
id: demo
version: 1.0.0
title: { nl: Demo, en: Demo }
languages: [nl, en]
scales:
  f:
    options:
      - { id: a, value: 0, label: { nl: Nooit, en: Never } }
      - { id: c, value: 2, label: { nl: Altijd, en: Always } }
      - { id: x, unanswered: true, label: { nl: n.v.t., en: n/a } }
levels:
  - { min: 0, max: 49, label: { nl: Laag, en: Low }, text: { nl: laag, en: low } }
  - { min: 50, max: 100, label: { nl: Hoog, en: High }, text: { nl: hoog, en: high } }
themes:
  - { id: t1, title: { nl: "=Formule", en: "=Formula" }, advice: [{ min: 0, max: 100, label: { nl: Alles, en: All }, text: { nl: t, en: t } }] }
  - { id: t2, title: { nl: Twee, en: Two }, advice: [{ min: 0, max: 100, label: { nl: Alles, en: All }, text: { nl: t, en: t } }] }
questions:
  - { id: q1, theme: t1, text: { nl: "Vraag | een", en: "Question | one" }, scale: f }
  - { id: q2, theme: t2, text: { nl: Vraag twee, en: Question two }, scale: f }
`;
const set = parseQuestionSet(SET, 'demo.yaml');

function input(lang: 'nl' | 'en', names: boolean) {
  const results = [
    { respondent: 'Ann *bold* | pipe', answers: { q1: 'a', q2: 'c' } },
    { respondent: 'Bo', answers: { q1: 'c', q2: 'c' } },
  ].map((file) => scoreAnswers(set, checkAnswers(set, { questionSet: 'demo', version: '1.0.0', ...file }).answers));
  return reportInput(
    { stats: groupStats(set, labelParticipants(results, names), { named: names }), baseline: null, version: '0.0.0' },
    localeOf(lang),
  );
}

describe('numbers for people', () => {
  it('uses a decimal comma in Dutch and a dot in English, whole numbers as they are', () => {
    expect(formatNumber(57.5, 'nl')).toBe('57,5');
    expect(formatNumber(57.5, 'en')).toBe('57.5');
    expect(formatNumber(60, 'nl')).toBe('60');
    expect(formatNumber(null, 'nl')).toBe('–');
    expect(formatChange(6.8, 'nl')).toBe('+6,8');
    expect(formatChange(-21.3, 'en')).toBe('-21.3');
    expect(formatChange(0, 'nl')).toBe('0');
  });
});

describe('markdownText', () => {
  it('escapes what Markdown or HTML would read as markup, and keeps a cell on one line', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(markdownText('a | b *c* _d_ [e](f) `g`\nh')).toBe('a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` h');
  });
});

describe('report renderers', () => {
  it('warns in the terminal report that two people can be recognised, without colour codes', () => {
    const text = renderReportTerminal(input('nl', false), {
      color: new Chalk({ level: 0 }),
      unicode: false,
      width: 80,
    });
    expect(text).toContain('! Let op: met 2 deelnemers zijn de antwoorden naar personen te herleiden.');
    // t1: Ann 0, Bo 100 -> mean 50: half of a 30-cell ASCII bar (short titles leave room for the widest bar)
    expect(text).toMatch(/^ {2}=Formule +#{15}\.{15} +50 {2}Alles$/m);
    expect(text).not.toContain('\u001b[');
  });

  it('phrases the starters in English, the second of a kind differently', () => {
    const { stats } = input('en', false);
    expect(stats.starters.map((starter) => starterText(starter, stats, 'en'))).toEqual([
      'On "=Formula" the scores differ most: from 0 to 100. What does one of you do differently from another here, and what can you learn from each other?',
      'Question 1, "Question | one", is where you agree least: one answers "Never", another "Always". What does that look like in your daily work?',
      '"Two" is your strongest theme (mean 100). What is going well here, and how do you hold on to it when things get busy?',
      '"=Formula" scores lowest (mean 50). What holds you back here, and what would be a small first step?',
    ]);
  });

  it('escapes names in Markdown tables', () => {
    const markdown = renderReportMarkdown(input('nl', true));
    expect(markdown).toContain('| Ann \\*bold\\* \\| pipe |');
    expect(markdown).toContain('| 1. Vraag \\| een |');
  });

  it('neutralises formula-like titles in CSV', () => {
    const csv = renderReportCsv(input('nl', false), { style: 'rfc4180' });
    expect(csv).toContain("\r\ntheme,t1,,,'=Formule,,2,50,50,0,100,50,");
  });

  it('leaves the per-participant table out above 60 participants, in every human format', () => {
    const results = Array.from({ length: 61 }, (_, i) =>
      scoreAnswers(
        set,
        checkAnswers(set, {
          questionSet: 'demo',
          version: '1.0.0',
          respondent: `R${i}`,
          answers: { q1: i % 2 === 0 ? 'a' : 'c', q2: 'c' },
        }).answers,
      ),
    );
    const big = reportInput(
      { stats: groupStats(set, labelParticipants(results, false), { named: false }), baseline: null, version: '0.0.0' },
      localeOf('nl'),
    );
    const markdown = renderReportMarkdown(big);
    expect(markdown).toContain('Met 61 deelnemers is de tabel per deelnemer weggelaten');
    expect(markdown).not.toContain('| P61 |');
    const terminal = renderReportTerminal(big, { color: new Chalk({ level: 0 }), unicode: true, width: 80 });
    expect(terminal).not.toMatch(/^ {2}P61 /m);
    expect(big.stats.participants).toHaveLength(61);
  });
});

describe('the key figures of the page', () => {
  it('the overall mean says how many it is of, when not everyone has an overall score', () => {
    const results = [
      { respondent: 'A', answers: { q1: 'a', q2: 'c' } },
      { respondent: 'B', answers: { q1: 'c', q2: 'c' } },
      // Only n.v.t.: no overall score, but a participant all the same.
      { respondent: 'C', answers: { q1: 'x', q2: 'x' } },
    ].map((file) => scoreAnswers(set, checkAnswers(set, { questionSet: 'demo', version: '1.0.0', ...file }).answers));
    const cardsOf = (count: number): string =>
      reportCards(
        reportInput(
          {
            stats: groupStats(set, labelParticipants(results.slice(0, count), false), { named: false }),
            baseline: null,
            version: '0.0.0',
          },
          localeOf('nl'),
        ).stats,
        'nl',
      ).join('\n');
    const cards = cardsOf(3);
    expect(cards).toContain('<span class="big">3</span>');
    expect(cards).toMatch(/gemiddelde totaalscore · [^<]* · n=2</);
    expect(cardsOf(2)).not.toContain('n=');
  });
});

describe('the recall frame in the group views', () => {
  // A text such as "die tien" leans on its frame: the group views show the frame before it.
  const framed = parseQuestionSet(
    SET.replace(
      '{ id: q2, theme: t2, text: { nl: Vraag twee, en: Question two }, scale: f }',
      '{ id: q2, theme: t2, frame: { nl: "Denk aan je laatste tien verslagen.", en: "Think of your last ten reports." }, ' +
        'text: { nl: "Bij hoeveel van die tien?", en: "In how many of those ten?" }, scale: f }',
    ),
    'framed.yaml',
  );
  const framedInput = (lang: 'nl' | 'en') => {
    const results = [
      { respondent: 'A', answers: { q1: 'a', q2: 'c' } },
      { respondent: 'B', answers: { q1: 'c', q2: 'a' } },
    ].map((file) =>
      scoreAnswers(framed, checkAnswers(framed, { questionSet: 'demo', version: '1.0.0', ...file }).answers),
    );
    return reportInput(
      {
        stats: groupStats(framed, labelParticipants(results, false), { named: false }),
        baseline: null,
        version: '0.0.0',
      },
      localeOf(lang),
    );
  };

  it('stands before the question text in Markdown, HTML and the terminal, and in the JSON', () => {
    expect(renderReportMarkdown(framedInput('nl'))).toContain(
      '| 2. *Denk aan je laatste tien verslagen.* Bij hoeveel van die tien? |',
    );
    const html = questionsSection(framedInput('nl').stats, 'nl').join('\n');
    expect(html).toMatch(
      /<p class="frame">Denk aan je laatste tien verslagen\.<\/p>\s*<h3>2\. Bij hoeveel van die tien\?/,
    );
    // A question without a frame gets no empty frame line.
    expect(html.match(/class="frame"/g)).toHaveLength(1);
    const terminal = renderReportTerminal(framedInput('en'), {
      color: new Chalk({ level: 0 }),
      unicode: true,
      width: 80,
    });
    expect(terminal).toMatch(/ 2\. Think of your last ten reports\.\n +In how many of those ten\?/);
    const json = JSON.parse(renderReportJson(framedInput('en'))) as { questions: Array<{ frame: string | null }> };
    expect(json.questions.map((question) => question.frame)).toEqual([null, 'Think of your last ten reports.']);
  });
});
