#!/usr/bin/env node
// Makes N random, valid answer files for the bundled Kantellat (or --questions FILE), for
// measuring `kantellat score` at scale and for the streaming test. Files go in sub-folders of
// 1,000 so no folder gets huge. Deterministic for a given --seed.
//
//   node scripts/generate-answers.mjs 10000 /tmp/answers-10k [--seed 1] [--questions FILE]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const seed = Number(option('--seed', '1'));
const questionsFile = option('--questions', fileURLToPath(new URL('../questions/kantellat.yaml', import.meta.url)));
const [countArg, out] = args;
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || out === undefined) {
  console.error('usage: node scripts/generate-answers.mjs N DIR [--seed S] [--questions FILE]');
  process.exit(2);
}

const set = parse(readFileSync(questionsFile, 'utf8'));
const questions = set.questions.map((q) => ({ id: q.id, options: set.scales[q.scale].options.map((o) => o.id) }));

// mulberry32: a tiny seeded generator, so a run can be repeated exactly.
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

for (let n = 0; n < count; n++) {
  const folder = join(out, String(Math.floor(n / 1000)).padStart(3, '0'));
  if (n % 1000 === 0) mkdirSync(folder, { recursive: true });
  const lines = [
    `questionSet: ${set.id}`,
    `version: ${set.version}`,
    `respondent: Respondent ${n + 1}`,
    `date: "2026-0${1 + (n % 9)}-1${n % 10}"`,
    'answers:',
  ];
  for (const q of questions) lines.push(`  ${q.id}: ${pick(q.options)}`);
  if (random() < 0.2) lines.push('notes:', `  ${questions[0].id}: "generated note ${n + 1}"`);
  writeFileSync(join(folder, `answers-${String(n + 1).padStart(6, '0')}.yaml`), `${lines.join('\n')}\n`);
}
console.error(`${count} answer files in ${out}`);
