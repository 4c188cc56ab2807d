#!/usr/bin/env node
// Fuzzes the loader and scoring: fast-check takes valid question sets and answer files
// (tests/fixtures/fuzz-seeds and the bundled Kantellat), breaks them (deletes, duplicates,
// retypes, renames and shuffles nodes; inserts odd characters into the text; flips bytes) and
// runs load + score on the result. The only things allowed to come out are a result or the
// project's own typed errors (InputError, or parseAnswers' list of problems), with messages
// that are filled in and never quote a note.
//
//   npm run fuzz                      10,000 cases against the built library (dist/index.js)
//   node scripts/fuzz.mjs 50000       more cases
//   node scripts/fuzz.mjs --seed 42   repeat a run (the seed is printed at the start)
//
// tests/unit/fuzz.test.ts runs the same property, 300 cases, in-process against src/.
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedsFolder = join(root, 'tests', 'fixtures', 'fuzz-seeds');

/** Put in answer-file notes of the seeds: no message may ever show it. */
export const NOTE_MARKER = 'GEHEIM-NOTITIE';

/** Characters and fragments that mean something to YAML, JSON, Unicode or JavaScript. */
const ODD = [
  '\u0000',
  '\ufeff',
  '\t',
  '\r',
  '\r\n',
  '\n',
  '\u2028',
  '\u0085',
  '\u200b',
  '\ud800',
  '\udfff',
  '💥',
  'é',
  ':',
  ': ',
  '- ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '*b',
  '!!str ',
  '!!binary ',
  '!x ',
  '|',
  '>-',
  '#',
  '"',
  "'",
  '\\',
  '`',
  '@',
  '%',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '<<: ',
  '__proto__: ',
  'constructor: ',
  'toString',
  '~',
  'null',
  '.nan',
  '.inf',
  '-.inf',
  '1e999',
  '0x1F',
  '0o17',
  '1_000',
  'no',
  'yes',
  'on',
  '2025-01-01',
  '\\u0000',
  '"\\ud800"',
  '  ',
  '\n  ',
  '\n    - ',
];

/** Values a node can be retyped into. */
const oddValue = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    'nvt',
    '1.0.0',
    '999.0.0',
    'kantellat',
  ),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...ODD),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('id', 'value', 'nl', 'en', 'min', 'max', 'x', '__proto__', 'constructor'),
    fc.oneof(fc.integer(), fc.string({ maxLength: 4 })),
    { maxKeys: 2 },
  ),
);

const treeMutation = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'retype', 'rename', 'shuffle', 'move'),
  at: fc.nat(),
  to: fc.nat(),
  value: oddValue,
  key: fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '1', '', 'id', 'answers', 'notes'),
    fc.string({ maxLength: 8 }),
  ),
});

const textMutation = fc.record({
  op: fc.constantFrom('insert', 'delete', 'duplicate-line', 'swap-lines', 'truncate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 6 })),
});

const byteMutation = fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) });

/** No mutations of a kind in most cases, so that enough broken files still load and get scored. */
const sometimes = (mutation, max, weight = 2) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    { weight, arbitrary: fc.array(mutation, { minLength: 1, maxLength: max }) },
  );

/** One fuzz case: a seed, how it is broken and how it is written out. */
export const caseArb = (seedCount) =>
  fc.record({
    seed: fc.nat({ max: seedCount - 1 }),
    tree: sometimes(treeMutation, 4),
    format: fc.constantFrom('yaml', 'json', 'flow', 'as-is'),
    text: sometimes(textMutation, 3),
    bytes: sometimes(byteMutation, 2, 1),
  });

/** Every container in a tree with the key or index of each child: the places a mutation can hit. */
function places(node, out = []) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      out.push({ parent: node, key: i });
      places(child, out);
    });
  } else if (node !== null && typeof node === 'object') {
    for (const key of Object.keys(node)) {
      out.push({ parent: node, key });
      places(node[key], out);
    }
  }
  return out;
}

function setKey(object, key, value) {
  // defineProperty, so a key named __proto__ becomes a real own key, as a parser would make it.
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyTree(data, mutation) {
  const all = places(data);
  if (all.length === 0) return data;
  const { parent, key } = all[mutation.at % all.length];
  const other = all[mutation.to % all.length];
  switch (mutation.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[key]));
      else setKey(parent, `${String(key)}${mutation.key}`, structuredClone(parent[key]));
      break;
    case 'retype':
      parent[key] = structuredClone(mutation.value);
      break;
    case 'rename':
      if (!Array.isArray(parent)) {
        const value = parent[key];
        delete parent[key];
        setKey(parent, mutation.key, value);
      }
      break;
    case 'shuffle': {
      const target = parent[key];
      if (Array.isArray(target)) target.reverse();
      else if (target !== null && typeof target === 'object') {
        const entries = Object.entries(target).reverse();
        for (const k of Object.keys(target)) delete target[k];
        for (const [k, v] of entries) setKey(target, k, v);
      }
      break;
    }
    case 'move':
      // A node put somewhere else in the tree: a theme among the questions, an option as an answer.
      if (other.parent !== parent || other.key !== key) other.parent[other.key] = structuredClone(parent[key]);
      break;
  }
  return data;
}

function applyText(text, mutation) {
  const at = text.length === 0 ? 0 : mutation.at % (text.length + 1);
  switch (mutation.op) {
    case 'insert':
      return text.slice(0, at) + mutation.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + mutation.length);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate-line':
    case 'swap-lines': {
      const lines = text.split('\n');
      const i = mutation.at % lines.length;
      const j = (mutation.at + mutation.length) % lines.length;
      if (mutation.op === 'duplicate-line') lines.splice(i, 0, lines[i]);
      else [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
  }
  return text;
}

/** The seeds: each a question set, or an answer file with the set it belongs to. */
export function loadSeeds(lib) {
  const read = (name) => readFileSync(join(seedsFolder, name), 'utf8');
  const bundled = readFileSync(join(root, 'questions', 'kantellat.yaml'), 'utf8');
  const mini = read('mini-set.yaml');
  const sets = {
    kantellat: lib.parseQuestionSet(bundled, 'kantellat.yaml'),
    mini: lib.parseQuestionSet(mini, 'mini-set.yaml'),
  };
  const seeds = [
    { kind: 'question-set', text: bundled },
    { kind: 'question-set', text: mini },
    { kind: 'answers', text: read('mini-answers.yaml'), set: sets.mini },
    { kind: 'answers', text: read('kantellat-answers.json'), set: sets.kantellat },
    { kind: 'answers', text: read('kantellat-answers-saved.yaml'), set: sets.kantellat },
  ];
  return seeds.map((seed) => ({ ...seed, data: parse(seed.text) }));
}

/** The input a case makes from its seed: text, or bytes once bytes were flipped. */
export function inputOf(seeds, kase) {
  const seed = seeds[kase.seed];
  let text = seed.text;
  if (kase.tree.length > 0 || kase.format !== 'as-is') {
    let data = structuredClone(seed.data);
    for (const mutation of kase.tree) data = applyTree(data, mutation);
    if (kase.format === 'json') text = JSON.stringify(data, null, 2) ?? 'null';
    else if (kase.format === 'flow') text = stringify(data, { collectionStyle: 'flow' });
    else text = stringify(data);
  }
  for (const mutation of kase.text) text = applyText(text, mutation);
  if (kase.bytes.length === 0) return { seed, input: text };
  const bytes = Buffer.from(text, 'utf8');
  for (const { at, value } of kase.bytes) if (bytes.length > 0) bytes[at % bytes.length] = value;
  return { seed, input: new Uint8Array(bytes) };
}

const isScore = (score) => score === null || (Number.isInteger(score) && score >= 0 && score <= 100);

function checkResult(lib, set, result) {
  const scores = [
    result.overall.score,
    ...result.themes.map((theme) => theme.score),
    ...result.questions.map((question) => question.score),
  ];
  for (const score of scores) if (!isScore(score)) throw new Error(`score out of range: ${score}`);
  const json = JSON.stringify(lib.toResultJson(result, 'fuzz.yaml', lib.localeOf('en')));
  if (/NaN|Infinity/.test(json) && !/NaN|Infinity/.test(JSON.stringify(set.source)))
    throw new Error('NaN or Infinity in a result');
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Problems must be the project's own: a code, a path, and in each language a message that is
 * translated (not the bare code), with every {placeholder} filled, that never quotes a note.
 */
function checkProblems(lib, problems, notes) {
  for (const p of problems) {
    if (typeof p.code !== 'string' || p.code === '' || !Array.isArray(p.path) || p.file !== 'fuzz.yaml')
      throw new Error(`malformed problem ${JSON.stringify(p)}`);
    for (const lang of lib.LANGS) {
      const message = lib.formatProblem(p, lang);
      if (typeof message !== 'string') throw new Error(`no message for ${p.code}`);
      // What the file itself said (a key "{0}", a value "undefined") may stand in a message; nothing else may.
      let own = message.replace('fuzz.yaml', '');
      for (const value of [...Object.values(p.params), ...p.path]) own = own.split(String(value)).join('');
      if (/\{\w+\}/.test(own) || /\bundefined\b|\bNaN\b|\[object /.test(own))
        throw new Error(`bad message: ${message}`);
      if (new RegExp(`(  |: )${escape(p.code)}( \\(|$)`).test(message) || /\bkantellat:[a-z-]+/.test(message))
        throw new Error(`untranslated: ${message}`);
      for (const note of notes) if (message.includes(note)) throw new Error(`a message quotes a note: ${message}`);
    }
  }
}

/** The notes of a parsed answer file, when they are the only place the marker stands (then no message may show them). */
function privateNotes(input) {
  if (typeof input !== 'string') return [];
  let data;
  try {
    data = parse(input, { logLevel: 'silent' });
  } catch {
    return [];
  }
  if (data === null || typeof data !== 'object' || data.notes === null || typeof data.notes !== 'object') return [];
  const notes = Object.values(data.notes).filter((note) => typeof note === 'string' && note.includes(NOTE_MARKER));
  const { notes: _notes, ...rest } = data;
  return JSON.stringify(rest).includes(NOTE_MARKER) ? [] : notes;
}

/** Runs one case through load + score; throws when anything but a result or our own errors comes out. */
export function runCase(lib, seeds, kase) {
  const { seed, input } = inputOf(seeds, kase);
  if (seed.kind === 'question-set') {
    let set;
    try {
      set = lib.parseQuestionSet(input, 'fuzz.yaml');
    } catch (error) {
      if (!(error instanceof lib.InputError)) throw error;
      if (error.problems.length === 0) throw new Error('rejected without a problem');
      checkProblems(lib, error.problems, []);
      return 'rejected';
    }
    // A set that loads must score any answers without trouble: the first, the last and no option.
    for (const pick of [0, -1, null]) {
      const choices = new Map(
        set.questions.map((q) => [q.id, pick === null ? null : (q.options.at(pick)?.id ?? null)]),
      );
      checkResult(
        lib,
        set,
        lib.scoreAnswers(set, {
          questionSet: set.id,
          version: set.version,
          respondent: null,
          date: null,
          choices,
          notes: new Map(),
        }),
      );
    }
    return 'accepted';
  }
  const parsed = lib.parseAnswers(input, seed.set, { file: 'fuzz.yaml' });
  if (!parsed.ok) {
    if (parsed.problems.length === 0) throw new Error('rejected without a problem');
    checkProblems(lib, parsed.problems, privateNotes(input));
    return 'rejected';
  }
  checkProblems(lib, parsed.warnings, privateNotes(input));
  checkResult(lib, seed.set, lib.scoreAnswers(seed.set, parsed.answers));
  return 'accepted';
}

/** The fuzz property for fast-check, and a tally of what the cases came to. */
export function fuzzProperty(lib) {
  const seeds = loadSeeds(lib);
  const tally = { accepted: 0, rejected: 0 };
  const property = fc.property(caseArb(seeds.length), (kase) => {
    tally[runCase(lib, seeds, kase)] += 1;
  });
  return { property, tally, seeds };
}

async function main() {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt === -1 ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(args[seedAt + 1]);
  const runs = Number(
    args.find((arg, i) => /^\d+$/.test(arg) && args[i - 1] !== '--seed') ?? process.env.FUZZ_RUNS ?? 10_000,
  );
  const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const { property, tally, seeds } = fuzzProperty(lib);
  process.stderr.write(`fuzz: ${runs} cases against dist/index.js, seed ${seed}\n`);
  const started = Date.now();
  const details = fc.check(property, { numRuns: runs, seed });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    const [kase] = details.counterexample ?? [];
    const file = join(tmpdir(), `kantellat-fuzz-${seed}.txt`);
    if (kase !== undefined) {
      const { input } = inputOf(seeds, kase);
      writeFileSync(file, input);
    }
    process.stderr.write(`${fc.defaultReportMessage(details)}\n`);
    if (kase !== undefined) process.stderr.write(`the failing input is in ${file}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(
    `fuzz: ${details.numRuns} cases in ${seconds} s, none failed: ${tally.accepted} loaded and scored, ${tally.rejected} rejected with the project's own problems (seed ${seed})\n`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
