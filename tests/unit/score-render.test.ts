import { tScore } from '../../src/messages/score.js';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import {
  toResultJson,
  resultDocumentSchema,
  RESULT_SCHEMA_VERSION,
  type ResultErrorJson,
} from '../../src/core/result-json.js';
import type { Result } from '../../src/core/score.js';
import { createProgress } from '../../src/io/output.js';
import {
  SCORE_RENDERERS,
  type ScoreFormat,
  type ScoreHeader,
  type ScoreRenderOptions,
} from '../../src/render/score-formats.js';
import { demoSet, scorer } from '../helpers/demo-set.js';
import { localeOf } from '../../src/messages/locale.js';

// One question per theme, none reverse-keyed; t1's title has a '|' for the Markdown table to escape.
const score = scorer(demoSet({ version: '1.2.0', questions: 2, t1: { title: 'Eén | twee' }, t2: { advice: 'two' } }));

const HEADER: ScoreHeader = {
  questionSet: { id: 'demo', version: '1.2.0' },
  title: 'Demo',
  themes: [
    { id: 't1', title: 'Eén | twee' },
    { id: 't2', title: 'T2' },
  ],
  levels: ['Laag', 'Hoog'],
  questions: 2,
};

const OPTIONS: ScoreRenderOptions = {
  locale: localeOf('nl'),
  color: new Chalk({ level: 0 }),
  csvStyle: 'rfc4180',
  unicode: true,
};

const ERROR: ResultErrorJson = {
  file: 'bad.yaml',
  line: 3,
  column: 5,
  code: 'answers-unknown-option',
  message: 'onbekend antwoord "x"',
};

type Row = readonly [string, Result] | ResultErrorJson;
const isError = (row: Row): row is ResultErrorJson => 'message' in row;

function render(format: ScoreFormat, rows: readonly Row[]): string {
  const renderer = SCORE_RENDERERS[format](HEADER, OPTIONS);
  let out = renderer.start();
  for (const row of rows) out += isError(row) ? renderer.error(row) : renderer.result(row[0], row[1]);
  return out + renderer.end();
}

describe('json', () => {
  it.each([
    ['no files', []],
    ['one result', [['a.yaml', score({ q1: 'c', q2: 'b' }, 'Anna')]]],
    [
      'results and errors',
      [
        ['a.yaml', score({ q1: 'c', q2: 'b' })],
        ERROR,
        ['b.yaml', score({})],
        { ...ERROR, file: 'c.yaml', line: null, column: null },
      ],
    ],
    ['only errors', [ERROR]],
  ] as const)('streams exactly JSON.stringify(document, null, 2): %s', (_name, rows) => {
    const out = render('json', [...rows]);
    const document = {
      schemaVersion: RESULT_SCHEMA_VERSION,
      questionSet: { id: 'demo', version: '1.2.0' },
      results: rows.flatMap((row) => (isError(row) ? [] : [toResultJson(row[1], row[0], localeOf('nl'))])),
      errors: rows.flatMap((row) => (isError(row) ? [row] : [])),
    };
    expect(out).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect(resultDocumentSchema().safeParse(JSON.parse(out)).success).toBe(true);
  });

  it('gives null for a theme and an overall score without answers', () => {
    const doc = JSON.parse(render('json', [['a.yaml', score({ q1: 'a' })]]));
    // q1 = a -> 0: t1 = 0; t2 unanswered -> null; overall = mean of scored themes = 0, and with
    // q2 answered anything from 0 (t2 at 0) to 50 (t2 at 100)
    expect(doc.results[0].overall).toEqual({
      score: 0,
      level: 'Laag',
      band: 0,
      reason: null,
      range: { min: 0, max: 50 },
      points: null,
    });
    expect(doc.results[0].themes.map((t: { score: number | null }) => t.score)).toEqual([0, null]);
  });
});

describe('jsonl', () => {
  it('writes one object per line, results and errors told apart by type', () => {
    const lines = render('jsonl', [['a.yaml', score({ q1: 'c', q2: 'b' })], ERROR])
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => JSON.parse(line));
    // q1 = c -> 100 (t1), q2 = b -> 50 (t2); overall (100 + 50) / 2 = 75
    expect(first).toMatchObject({ type: 'result', file: 'a.yaml', overall: { score: 75, level: 'Hoog' } });
    expect(second).toEqual({ type: 'error', ...ERROR });
  });
});

describe('csv', () => {
  it('writes a header with theme ids, a row per file, the error in the last column', () => {
    expect(render('csv', [['a.yaml', score({ q1: 'c', q2: 'a' }, '@Anna')], ERROR])).toBe(
      [
        'file,version,respondent,date,answered,total,score,level,band,t1,t2,error',
        // q1 = c -> 100, q2 = a -> 0: overall 50, "Hoog", the second of the two levels (band 1)
        "a.yaml,1.2.0,'@Anna,,2,2,50,Hoog,1,100,0,",
        'bad.yaml,,,,,,,,,,,"3:5  onbekend antwoord ""x"""',
        '',
      ].join('\r\n'),
    );
  });

  it('writes Excel style with a BOM and semicolons', () => {
    const renderer = SCORE_RENDERERS.csv(HEADER, { ...OPTIONS, csvStyle: 'excel' });
    expect(renderer.start()).toBe('\ufefffile;version;respondent;date;answered;total;score;level;band;t1;t2;error\r\n');
  });
});

describe('table', () => {
  it('aligns columns known in advance and puts the file name last', () => {
    expect(render('table', [['a.yaml', score({ q1: 'c', q2: 'a' })], ERROR, ['leeg.yaml', score({})]])).toBe(
      [
        "Thema's:",
        '  T1  Eén | twee',
        '  T2  T2',
        '',
        'Score  Niveau        Beantwoord   T1   T2  Bestand',
        '   50  Hoog          2 van 2     100    0  a.yaml',
        '    –  geen score    0 van 2       –    –  leeg.yaml',
        '',
        'geen score: geen thema met een score.',
        '',
      ].join('\n'),
    );
  });

  it('colours by band but always shows the number and the words', () => {
    const renderer = SCORE_RENDERERS.table(HEADER, { ...OPTIONS, color: new Chalk({ level: 1 }) });
    expect(renderer.result('first.yaml', score({ q1: 'c', q2: 'c' }))).toContain("Thema's:"); // the first row brings the heads
    const row = renderer.result('a.yaml', score({ q1: 'a', q2: 'a' }));
    expect(row).toContain('\u001b[31m');
    expect(row.replace(/\u001b\[\d+m/g, '')).toBe('    0  Laag          2 van 2       0    0  a.yaml\n');
  });

  it('puts the range open questions leave after the file name, and says once below what it means', () => {
    const renderer = SCORE_RENDERERS.table(HEADER, OPTIONS);
    // q2 open: overall from t1 alone (100), and with q2 at either end between 50 and 100.
    const row = renderer.result('half.yaml', score({ q1: 'c' }));
    expect(row.trimEnd()).toMatch(/ {2}half\.yaml {2}\(50[–-]100\)$/);
    expect(renderer.result('full.yaml', score({ q1: 'c', q2: 'c' })).trimEnd()).toMatch(/full\.yaml$/);
    expect(renderer.end()).toContain(tScore('nl', 'table.range'));
  });
});

describe('table without a single scored file', () => {
  it('writes nothing: the error lines on stderr are not put under an empty table', () => {
    const renderer = SCORE_RENDERERS.table(HEADER, OPTIONS);
    expect(renderer.start() + renderer.error(ERROR) + renderer.end()).toBe('');
  });
});

describe('markdown', () => {
  it('escapes what Markdown would read as markup and lists the invalid files at the end', () => {
    expect(render('markdown', [['a_b.yaml', score({ q1: 'c', q2: 'b' }, '*Anna* | x')], ERROR])).toBe(
      [
        '# Scores: Demo',
        '',
        'Vragenlijst: demo 1.2.0',
        '',
        '| Bestand | Respondent | Beantwoord | Score | Niveau | Eén \\| twee | T2 |',
        '| --- | --- | ---: | ---: | --- | ---: | ---: |',
        '| a\\_b.yaml | \\*Anna\\* \\| x | 2 van 2 | **75** | Hoog | 100 | 50 |',
        '',
        '## Per bestand: toelichting en volgende stappen',
        '',
        '### a\\_b.yaml',
        '',
        'hoog',
        '',
        'Per thema: advies, en volgende stappen bij je eigen antwoorden:',
        '',
        '- **Eén \\| twee**: 100 · Alles',
        '  tekst',
        '- **T2**: 50 · Hoog',
        '  hoog',
        '',
        '## Ongeldige bestanden',
        '',
        '- bad.yaml (regel 3, kolom 5): onbekend antwoord "x"',
        '',
      ].join('\n'),
    );
  });
});

describe('progress', () => {
  it('stays silent off a terminal', () => {
    const written: string[] = [];
    const progress = createProgress({ write: (s: string) => written.push(s), isTTY: false }, (n) => `${n}`, {
      enabled: true,
      now: () => 10_000,
    });
    progress.update(1);
    progress.clear();
    expect(written).toEqual([]);
  });

  it('on a terminal: nothing for a short batch, then at most one line per interval, cleared at the end', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = createProgress({ write: (s: string) => written.push(s), isTTY: true }, (n) => `${n} klaar`, {
      enabled: true,
      now: () => clock,
    });
    clock = 150;
    progress.update(1);
    expect(written).toEqual([]);
    clock = 200;
    progress.update(2);
    clock = 300;
    progress.update(3);
    clock = 400;
    progress.update(4);
    progress.clear();
    progress.clear();
    expect(written).toEqual(['\r2 klaar\u001b[K', '\r4 klaar\u001b[K', '\r\u001b[K']);
  });

  it('stays silent with --quiet', () => {
    const written: string[] = [];
    const progress = createProgress({ write: (s: string) => written.push(s), isTTY: true }, (n) => `${n}`, {
      enabled: false,
      now: () => 10_000,
    });
    progress.update(1);
    expect(written).toEqual([]);
  });
});

describe('format 2 results in Markdown and JSON', async () => {
  const { v2Set } = await import('../helpers/v2-set.js');
  const v2 = v2Set();
  const header: ScoreHeader = {
    questionSet: { id: 'v2', version: '2.0.0' },
    title: 'V2',
    themes: v2.themes.map((theme) => ({ id: theme.id, title: `Thema ${theme.id.toUpperCase()}` })),
    levels: ['Laag', 'Midden', 'Hoog'],
    questions: 6,
  };
  const run = (format: ScoreFormat, rows: Array<[string, Result]>): string => {
    const renderer = SCORE_RENDERERS[format](header, OPTIONS);
    return renderer.start() + rows.map(([file, result]) => renderer.result(file, result)).join('') + renderer.end();
  };
  const low = scorer(v2)({ a1: 'soms', a2: 'vaak', b1: 'vaak', b2: 'zelden', c1: 'altijd', c2: 'nooit' });
  const gapped = scorer(v2)({ a1: 'soms', a2: 'soms', b1: 'soms', b2: 'nvt', c1: 'wn', c2: null });

  it('Markdown lists, after the table, the steps tied to the answers and why a file has no overall score', () => {
    const text = run('markdown', [
      ['a.yaml', low],
      ['b.yaml', gapped],
    ]);
    // Per theme what check shows: score, band, its advice and the steps, with the theme to start with marked.
    expect(text).toContain(
      '### a.yaml\n\nhoog\n\nPer thema: advies, en volgende stappen bij je eigen antwoorden:\n\n' +
        '- **Thema A**: 38 · Op weg · **Hier begin je**\n  Dit past bij op weg.\n  - Bij "Kort a2" antwoordde je "Vaak". Probeer:\n    - Eerst a2.\n    - Dan a2.\n' +
        '- **Thema B**: 75 · Goed\n  Dit past bij goed.\n',
    );
    expect(text.match(/\*\*Hier begin je\*\*/g)).toHaveLength(2); // once per file
    // Without an overall score too, the themes a non-answer left open are named as a place to start (review 28b).
    expect(text).toContain('"Thema B" en "Thema C" hebben daardoor geen score, en "Hier begin je" kijkt er niet naar.');
    expect(text).toContain('### b.yaml\n\nGeen totaalscore en geen niveau: je beantwoordde 3 van de 6 vragen');
    expect(text).toContain('Je gaf bij alle 3 vragen hetzelfde antwoord ("Soms")');
    expect(text).toContain(
      'Niet meegeteld in de score: 1 × "weet ik niet", 1 × "niet van toepassing" en 1 × niet ingevuld.',
    );
  });

  it('JSON holds the counts, the reason, the steps and the consistency, and fits the published schema', () => {
    const doc = JSON.parse(
      run('json', [
        ['b.yaml', gapped],
        ['a.yaml', low],
      ]),
    );
    expect(resultDocumentSchema().safeParse(doc).success).toBe(true);
    const [b, a] = doc.results;
    expect(b).toMatchObject({
      dontKnow: 1,
      notApplicable: 1,
      open: 1,
      overall: { score: null, level: null, reason: 'too-few-questions', range: null },
    });
    expect(b.consistency).toEqual({
      flagged: true,
      sameOption: { option: 'soms', label: 'Soms', count: 3 },
      contradictions: [],
      allAtBest: null,
      allFavourable: null,
    });
    expect(a.themes[0].steps).toEqual([
      { question: 'a2', short: 'Kort a2', option: 'vaak', answer: 'Vaak', score: 25, steps: ['Eerst a2.', 'Dan a2.'] },
    ]);
  });
});
