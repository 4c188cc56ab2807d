import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, type Problem } from '../../src/core/problem.js';
import type { PreparedSet } from '../../src/core/prepare.js';
import { detectKind, parseAnswers, parseInput, parseQuestionSet, readInputBytes } from '../../src/io/load.js';
import { MAX_SOURCE_BYTES } from '../../src/io/decode-source.js';
import { formatProblem } from '../../src/messages/problems.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const bytes = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** `line:column code` per problem, in the order reported: what each test pins down. */
function places(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.line ?? '-'}:${p.column ?? '-'} ${p.code}`);
}

/** The problems the loader finds in text or bytes, before any question-set or answer check. */
function problemsOfText(name: string, input: Uint8Array | string): Problem[] {
  const source = parseInput(name, input);
  if (!('problems' in source)) throw new Error(`${name} parsed without problems`);
  for (const p of source.problems) expect(p.file).toBe(name);
  return source.problems;
}

/** The same for a fixture file. */
function parseProblems(name: string): Problem[] {
  return problemsOfText(name, bytes(name));
}

/** The one problem of a list, failing the test when there is not exactly one. */
function only(problems: readonly Problem[]): Problem {
  expect(problems).toHaveLength(1);
  const [first] = problems;
  if (first === undefined) throw new Error('no problem');
  return first;
}

/** Object.prototype as it was before any file was read: parsing must not change it. */
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function loadSet(name: string): PreparedSet {
  return parseQuestionSet(bytes(name), name);
}

function setProblems(name: string): Problem[] {
  try {
    loadSet(name);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error(`${name} is a valid question set`);
}

const teamoverleg = parseQuestionSet(
  readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'examples', 'teamoverleg.yaml')),
  'teamoverleg.yaml',
);

function answers(name: string, set: PreparedSet = teamoverleg) {
  return parseAnswers(bytes(name), set, { file: name });
}

const temp = mkdtempSync(join(tmpdir(), 'kantellat-loader-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('YAML 1.2 whatever the %YAML directive', () => {
  it('keeps yes, no, on and off as strings under %YAML 1.1', () => {
    const set = loadSet('loader-yaml-1-1-directive/question-set.yaml');
    expect(set.questions[0]?.options.map((option) => option.id)).toEqual(['yes', 'no', 'off']);
    expect(set.levels[0]?.label).toBe('on');
    expect(set.levels[0]?.text).toBe('off');
    const parsed = answers('loader-yaml-1-1-directive/answers.yaml', set);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect([...parsed.answers.choices]).toEqual([
      ['q1', 'no'],
      ['q2', 'yes'],
      ['q3', 'off'],
    ]);
  });
});

describe('refused constructs, each placed where it stands', () => {
  it('refuses the merge key << instead of merging or keeping it as a key', () => {
    expect(places(parseProblems('loader-merge-key/question-set.yaml'))).toEqual(['22:5 merge-key']);
  });

  it('refuses every custom or non-core tag at once, and never runs one', () => {
    const problems = parseProblems('loader-custom-tags/question-set.yaml');
    expect(places(problems)).toEqual([
      '3:8 custom-tag',
      '7:26 custom-tag',
      '8:37 custom-tag',
      '9:9 custom-tag',
      '13:12 custom-tag',
    ]);
    expect(problems.map((p) => p.params['tag'])).toEqual([
      '!vertaal',
      '!!python/object/apply:os.system',
      '!!binary',
      '!!set',
      'tag:example.com,2026:tekst',
    ]);
  });

  it('stops an alias bomb, pointing at the first alias', () => {
    expect(places(parseProblems('loader-alias-bomb/answers.yaml'))).toEqual(['4:8 too-many-aliases']);
  });

  it('allows a few aliases', () => {
    const set = loadSet('loader-few-aliases/question-set.yaml');
    expect(set.themes.map((theme) => theme.advice.map((band) => band.label))).toEqual([
      ['Laag', 'Hoog'],
      ['Laag', 'Hoog'],
    ]);
  });

  it('names an alias without its anchor', () => {
    const problem = only(parseProblems('loader-yaml-syntax/answers-unknown-alias.yaml'));
    expect(places([problem])).toEqual(['4:11 alias-unknown']);
    expect(problem.params['name']).toBe('vaak');
  });

  it('reports every duplicate key at once, nested and at the top', () => {
    expect(places(parseProblems('loader-duplicate-keys/question-set.yaml'))).toEqual([
      '7:40 duplicate-key',
      '18:1 duplicate-key',
    ]);
  });

  it('treats the keys 1 and "1" as the same key', () => {
    expect(places(parseProblems('loader-number-and-string-key/answers.yaml'))).toEqual(['6:3 duplicate-key']);
  });

  it('refuses a file with several documents, at the second one', () => {
    expect(places(parseProblems('loader-several-documents/answers.yaml'))).toEqual(['5:1 several-documents']);
  });

  it('says an empty file or one with only comments is empty', () => {
    expect(places(parseProblems('loader-empty-file/answers.yaml'))).toEqual(['-:- empty-file']);
    expect(places(parseProblems('loader-comments-only/answers.yaml'))).toEqual(['-:- empty-file']);
  });

  it("places yaml syntax errors, in plain words that say what to do (not the parser's)", () => {
    const tab = only(parseProblems('loader-yaml-syntax/answers-tab.yaml'));
    expect(places([tab])).toEqual(['4:1 yaml.TAB_AS_INDENT']);
    expect(formatProblem(tab, 'nl')).toBe(
      'loader-yaml-syntax/answers-tab.yaml:4:1  spring in met spaties, niet met tabs',
    );
    expect(formatProblem(tab, 'en')).toBe('loader-yaml-syntax/answers-tab.yaml:4:1  indent with spaces, not tabs');
    expect(places(parseProblems('loader-yaml-syntax/answers-missing-colon.yaml'))).toEqual([
      '3:1 yaml.MULTILINE_IMPLICIT_KEY',
    ]);
  });
});

describe('encodings: UTF-8, and UTF-16 as YAML 1.2 asks', () => {
  it('accepts UTF-8 with a BOM', () => {
    const parsed = answers('loader-utf8-bom/answers.yaml');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.answers.respondent).toBe('Zoë');
  });

  it.each(['answers-utf16le-bom.yaml', 'answers-utf16be-bom.yaml', 'answers-utf16le.yaml'])(
    'reads UTF-16 (%s), with or without a BOM, as the same answers',
    (file) => {
      const parsed = answers(`loader-utf16/${file}`);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.answers.respondent).toBe('Zoë');
        expect(parsed.answers.choices.get('agenda')).toBe('vaak');
      }
    },
  );

  it('refuses broken UTF-16 and says to save as UTF-8', () => {
    const problem = only(parseProblems('loader-utf16/answers-utf16le-broken.yaml'));
    expect(places([problem])).toEqual(['1:1 encoding-utf16']);
    expect(formatProblem(problem, 'nl')).toContain('sla het op als UTF-8');
    expect(formatProblem(problem, 'en')).toContain('save it as UTF-8');
  });

  it('refuses Latin-1 at the first non-UTF-8 character', () => {
    const problem = only(parseProblems('loader-latin1/answers.yaml'));
    expect(places([problem])).toEqual(['3:15 encoding-not-utf8']);
    expect(formatProblem(problem, 'nl')).toContain('sla het op als UTF-8');
  });

  it('tells binary data from UTF-16', () => {
    const problem = only(parseProblems('loader-binary/answers.yaml'));
    expect(places([problem])).toEqual(['3:1 encoding-binary']);
    expect(formatProblem(problem, 'en')).toContain('UTF-8');
  });

  it('accepts CRLF line ends and still places problems by line', () => {
    expect(answers('loader-crlf/answers.yaml').ok).toBe(true);
    const bad = answers('loader-crlf/answers-bad.yaml');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(places(bad.problems)).toEqual([
        '4:3 answers-unanswered',
        '5:13 answers-unknown-option',
        '6:3 answers-unknown-question',
      ]);
  });
});

describe('size and depth limits', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const big = join(temp, 'big.yaml');
    writeFileSync(big, `questionSet: teamoverleg\nnotes:\n  agenda: "${'x'.repeat(MAX_SOURCE_BYTES)}"\n`);
    await expect(readInputBytes(big)).rejects.toMatchObject({ problems: [{ code: 'file-too-large', file: big }] });
    expect(places(problemsOfText(big, readFileSync(big)))).toEqual(['-:- file-too-large']);
  });

  it('accepts nesting up to the limit', () => {
    const text = `a: ${'['.repeat(60)}${']'.repeat(60)}\n`;
    expect('problems' in parseInput('ok.yaml', text)).toBe(false);
  });

  it.each([
    ['brackets, 100 deep', `a: ${'['.repeat(100)}${']'.repeat(100)}\n`, '1:67'],
    ['brackets, a million deep (2 MB)', `a: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}\n`, '1:67'],
    ['sequences on one line', `${'- '.repeat(100_000)}1\n`, '1:129'],
    ['JSON objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, '1:321'],
    [
      'indentation, 100 levels',
      Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n',
      '65:65',
    ],
  ])('refuses deep nesting (%s) where it passes 64 levels', (_name, text, place) => {
    expect(places(problemsOfText('deep.yaml', text))).toEqual([`${place} too-deep`]);
  });
});

describe('__proto__, constructor and toString stay harmless', () => {
  it.each(['loader-prototype-keys/proto-key.yaml', 'loader-prototype-keys/proto-key.json'])(
    'refuses a __proto__ key (%s) and pollutes nothing',
    (name) => {
      expect(places(parseProblems(name))).toEqual(['5:3 forbidden-key']);
      expect(Reflect.get({}, 'polluted')).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    },
  );

  it('uses constructor, toString and friends as plain ids, keys and scale names', () => {
    const set = loadSet('loader-prototype-keys/question-set.yaml');
    expect(set.id).toBe('constructor');
    expect(set.questions.map((question) => question.id)).toEqual(['toString', 'constructor', 'isPrototypeOf']);
    expect(set.themes.map((theme) => [theme.id, theme.questions.length])).toEqual([
      ['constructor', 2],
      ['prototype', 1],
    ]);
    const parsed = answers('loader-prototype-keys/answers.yaml', set);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect([...parsed.answers.choices]).toEqual([
      ['toString', 'valueOf'],
      ['constructor', 'hasOwnProperty'],
      ['isPrototypeOf', 'valueOf'],
    ]);
    expect([...parsed.answers.notes.keys()]).toEqual(['constructor']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(typeof Object.prototype.toString).toBe('function');
    expect({}.constructor).toBe(Object);
  });

  it('does not take an answer for a question named like an Object method that the set lacks', () => {
    const parsed = parseAnswers(
      'questionSet: teamoverleg\nversion: 1.0.0\nanswers:\n  toString: vaak\n  hasOwnProperty: eens\n',
      teamoverleg,
      { file: 'a.yaml' },
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(places(parsed.problems)).toEqual([
        '4:3 answers-unknown-question',
        '4:3 answers-unanswered',
        '5:3 answers-unknown-question',
      ]);
  });
});

describe('an answer that is not one of the options', () => {
  it('is one error, not also a question "not answered"', () => {
    const text = (eigenaar: string): string =>
      `questionSet: teamoverleg\nversion: 1.0.0\nanswers:\n  agenda: vaak\n  stukken-gelezen: soms\n  eigenaar: ${eigenaar}\n  terugkoppeling: neutraal\n`;
    const typo = parseAnswers(text('eenss'), teamoverleg, { file: 'a.yaml' });
    expect(typo.ok === false && places(typo.problems)).toEqual(['6:13 answers-unknown-option']);
    const empty = parseAnswers(text(''), teamoverleg, { file: 'a.yaml' });
    expect(empty.ok && empty.warnings.map((p) => p.code)).toEqual(['answers-unanswered']);
  });
});

describe('answers to another set or major version', () => {
  it('say only which set or version to use, not every question that then does not match', () => {
    const otherSet = parseAnswers(
      'questionSet: kantellat\nversion: 2.0.0\nanswers:\n  gesprek-tijd: vaak\n',
      teamoverleg,
      {
        file: 'a.yaml',
      },
    );
    expect(otherSet.ok === false && places(otherSet.problems)).toEqual(['1:14 answers-bundled-set']);
    // A set that comes with kantellat is named as the --questions to use; any other set is not.
    if (otherSet.ok || otherSet.problems[0] === undefined) throw new Error('expected one problem');
    expect(formatProblem(otherSet.problems[0], 'nl')).toContain('--questions kantellat');
    const ownSet = parseAnswers('questionSet: eigen-set\nversion: 1.0.0\nanswers: {}\n', teamoverleg, {
      file: 'a.yaml',
    });
    expect(ownSet.ok === false && places(ownSet.problems)).toEqual(['1:14 answers-wrong-set']);
    const otherMajor = parseAnswers(
      'questionSet: teamoverleg\nversion: 2.0.0\nanswers:\n  later: vaak\n',
      teamoverleg,
      {
        file: 'b.yaml',
      },
    );
    expect(otherMajor.ok === false && places(otherMajor.problems)).toEqual(['2:10 answers-major-version']);
    // Allowed, the file is checked question by question as usual.
    const allowed = parseAnswers('questionSet: teamoverleg\nversion: 2.0.0\nanswers:\n  later: vaak\n', teamoverleg, {
      file: 'b.yaml',
      allowVersionMismatch: true,
    });
    expect(allowed.ok === false && places(allowed.problems)).toContain('4:3 answers-unknown-question');
  });
});

describe('JSON with the same shape', () => {
  it('reads a question set written in JSON', () => {
    const set = loadSet('loader-json/question-set.json');
    expect(set.id).toBe('json-set');
    expect(set.questions[0]?.weight).toBe(2);
  });

  it('places problems in JSON by line and column', () => {
    expect(places(setProblems('loader-json/question-set-bad.json'))).toEqual(['17:79 unrecognized-key']);
  });

  it('reads an answer file written in JSON', () => {
    const parsed = parseAnswers(
      readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'examples', 'teamoverleg-antwoorden.json')),
      teamoverleg,
      { file: 'teamoverleg-antwoorden.json' },
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.answers.choices.get('terugkoppeling')).toBeNull();
  });
});

describe('detectKind: what a document holds, from its fields', () => {
  it.each([
    [{ id: 'x', questions: [] }, 'question-set'],
    [{ id: 'x', title: 'Half geschreven' }, 'question-set'],
    [{ questionSet: 'x', answers: {} }, 'answers'],
    [{ questionSet: 'x', version: '1.0.0' }, 'answers'],
    [{ version: '1.0.0' }, 'unknown'],
    [{ questions: [], answers: {} }, 'unknown'],
    [['a list'], 'unknown'],
    ['text', 'unknown'],
  ])('%j is %s', (data, kind) => {
    expect(detectKind(data)).toBe(kind);
  });
});
