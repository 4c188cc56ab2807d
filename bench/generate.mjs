// Writes N answer files for the bundled Kantellat into a folder, for the benchmark.
// The answers come from a seeded generator, so two runs with the same N write the same files.
//
//   node bench/generate.mjs <folder> <count>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Question ids and option ids of the bundled set, read from the data file itself. */
export function bundledSet() {
  const set = parse(readFileSync(join(root, 'questions', 'kantellat.yaml'), 'utf8'));
  return {
    id: set.id,
    version: set.version,
    questions: set.questions.map((question) => ({
      id: question.id,
      options: set.scales[question.scale].options.map((option) => option.id),
    })),
  };
}

/** mulberry32: small, fast and good enough to spread answers over the options. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text of answer file number `n`: every question answered, a few with n.v.t., some with a note. */
export function answerFileText(set, n, next) {
  const lines = [`questionSet: ${set.id}`, `version: ${set.version}`, `respondent: Respondent ${n}`, `date: 2025-0${1 + (n % 9)}-1${n % 10}`, 'answers:'];
  for (const question of set.questions) {
    const option = question.options[Math.floor(next() * question.options.length)];
    lines.push(`  ${question.id}: ${option}`);
  }
  if (n % 5 === 0) lines.push('notes:', `  ${set.questions[0].id}: "Generated note ${n}."`);
  return `${lines.join('\n')}\n`;
}

/** Writes `count` answer files named r0000001.yaml … into `folder`; returns the folder. */
export function generate(folder, count) {
  mkdirSync(folder, { recursive: true });
  const set = bundledSet();
  const next = random(20250101);
  for (let n = 1; n <= count; n++) {
    writeFileSync(join(folder, `r${String(n).padStart(7, '0')}.yaml`), answerFileText(set, n, next));
  }
  return folder;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [folder, count] = process.argv.slice(2);
  if (folder === undefined || count === undefined || !/^\d+$/.test(count)) {
    process.stderr.write('usage: node bench/generate.mjs <folder> <count>\n');
    process.exitCode = 2;
  } else {
    generate(folder, Number(count));
  }
}
