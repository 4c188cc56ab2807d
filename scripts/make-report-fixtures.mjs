// Writes the answer files for the report and compare tests: a 12-person team session
// (tests/fixtures/report-group), the same team half a year earlier (report-baseline), a small
// group with two broken files (report-bad) and one person's two checks (compare-person).
// Deterministic (a seeded generator), so running it again gives the same files. It was run once
// and its output committed; the golden outputs in tests/fixtures/report-golden depend on it.
//
//   node scripts/make-report-fixtures.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests', 'fixtures');
const set = parse(readFileSync(join(root, 'questions', 'kantellat.yaml'), 'utf8'));
const questions = set.questions.map((question) => ({
  id: question.id,
  theme: question.theme,
  reverse: question.reverse === true,
}));
const OPTIONS = ['nooit', 'zelden', 'soms', 'vaak', 'altijd'];

/** mulberry32: a small seeded generator, the same numbers on every machine. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One person's answers: `level` is how gekanteld they work overall (0..4), `themes` shifts it
 * per theme for the whole team, `spread` per theme lets people differ more on some themes.
 * Reverse-keyed questions get the mirrored option, so a gekanteld person answers "nooit".
 */
function answersFor(random, level, themes, spread, nvt) {
  const personal = Object.fromEntries(
    Object.keys(themes).map((theme) => [theme, (random() * 2 - 1) * (spread[theme] ?? 0.5)]),
  );
  const answers = {};
  for (const question of questions) {
    if (random() < nvt) {
      answers[question.id] = 'nvt';
      continue;
    }
    const raw = level + themes[question.theme] + personal[question.theme] + (random() * 2 - 1) * 0.6;
    const gekanteld = Math.max(0, Math.min(4, Math.round(raw)));
    answers[question.id] = OPTIONS[question.reverse ? 4 - gekanteld : gekanteld];
  }
  return answers;
}

/** YAML by hand, every string JSON-quoted (JSON strings are valid YAML), so hostile text stays data. */
function toYaml(file) {
  const lines = ['questionSet: kantellat', 'version: 1.0.0'];
  if (file.respondent !== undefined) lines.push(`respondent: ${JSON.stringify(file.respondent)}`);
  lines.push(`date: ${JSON.stringify(file.date)}`, 'answers:');
  for (const question of questions) {
    if (!Object.hasOwn(file.answers, question.id)) continue;
    const answer = file.answers[question.id];
    lines.push(`  ${question.id}: ${answer === null ? 'null' : answer}`);
  }
  if (file.notes !== undefined) {
    lines.push('notes:');
    for (const [id, note] of Object.entries(file.notes)) lines.push(`  ${id}: ${JSON.stringify(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

function writeFolder(name, files) {
  const folder = join(fixtures, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [fileName, content] of files) writeFileSync(join(folder, fileName), content);
  console.log(`${folder}: ${files.length} files`);
}

const HOSTILE = '<img src=x onerror=alert(1)>';

// The team now: strong on the conversation, weak on inspraak, divided on the network.
const NOW_THEMES = { gesprek: 0.9, 'eigen-kracht': 0.3, netwerk: 0, resultaat: -0.1, samenwerking: 0.2, inspraak: -1 };
const NOW_SPREAD = {
  gesprek: 0.4,
  'eigen-kracht': 0.5,
  netwerk: 1.6,
  resultaat: 0.6,
  samenwerking: 0.5,
  inspraak: 0.6,
};
const team = [
  { file: 'anouk-de-vries.yaml', respondent: 'Anouk de Vries', date: '2026-10-14' },
  { file: 'bram-jansen.yaml', respondent: 'Bram Jansen', date: '2026-10-14' },
  { file: 'fatima-el-amrani.yaml', respondent: 'Fatima El Amrani', date: '2026-10-14' },
  { file: 'sanne-bakker.yaml', respondent: 'Sanne Bakker', date: '2026-10-13' },
  { file: 'daan-visser.yaml', respondent: 'Daan Visser', date: '2026-10-14' },
  { file: 'priya-ramdin.yaml', respondent: 'Priya Ramdin', date: '2026-10-14' },
  { file: 'joost-van-dijk.yaml', respondent: 'Joost van Dijk', date: '2026-10-15' },
  { file: 'lotte-smit.yaml', respondent: 'Lotte Smit', date: '2026-10-14' },
  { file: 'mehmet-yilmaz.yaml', respondent: 'Mehmet Yılmaz', date: '2026-10-14' },
  { file: 'eva-mulder.yaml', respondent: 'Eva Mulder', date: '2026-10-14' },
  { file: 'deelnemer-11.yaml', respondent: HOSTILE, date: '2026-10-14' },
  { file: 'kees-de-boer.yaml', respondent: 'Kees de Boer', date: '2026-10-14' },
];
const randomNow = generator(20261014);
const group = team.map((person, i) => {
  const level = 1.2 + randomNow() * 2;
  const answers = answersFor(randomNow, level, NOW_THEMES, NOW_SPREAD, 0.06);
  return { ...person, answers, index: i };
});
// Daan has not worked with chain partners yet: both samenwerking questions n.v.t., so that
// theme has no score for him.
Object.assign(group[4].answers, { 'samenwerking-keten': 'nvt', 'samenwerking-voorkomen': 'nvt' });
// Joost left one question open and did not write the other at all.
group[6].answers['inspraak-taal'] = null;
delete group[6].answers['inspraak-feedback'];
group[0].notes = { 'gesprek-tijd': 'Bij huisbezoeken lukt dit beter dan op kantoor.' };
group[10].notes = { 'netwerk-kaart': 'Ecogram </script><script>alert(1)</script> werkt niet in ons systeem' };
group[7].notes = { 'inspraak-taal': 'Onze brieven zijn nog erg ambtelijk & lang.' };
writeFolder(
  'report-group',
  group.map((person) => [person.file, toYaml(person)]),
);

// The same team in April: lower overall, the network theme less divided.
const THEN_THEMES = {
  gesprek: 0.5,
  'eigen-kracht': 0,
  netwerk: -0.4,
  resultaat: -0.5,
  samenwerking: 1.1,
  inspraak: -1.1,
};
const THEN_SPREAD = {
  gesprek: 0.6,
  'eigen-kracht': 0.5,
  netwerk: 0.6,
  resultaat: 0.6,
  samenwerking: 0.6,
  inspraak: 0.5,
};
const randomThen = generator(20260414);
const baseline = team.slice(0, 10).map((person) => {
  const level = 0.9 + randomThen() * 1.8;
  return { ...person, date: '2026-04-14', answers: answersFor(randomThen, level, THEN_THEMES, THEN_SPREAD, 0.08) };
});
writeFolder(
  'report-baseline',
  baseline.map((person) => [person.file, toYaml(person)]),
);

// Two valid files and two broken ones: a YAML syntax error and an unknown answer.
const randomBad = generator(7);
writeFolder('report-bad', [
  [
    'anna.yaml',
    toYaml({ respondent: 'Anna', date: '2026-10-14', answers: answersFor(randomBad, 2, NOW_THEMES, NOW_SPREAD, 0) }),
  ],
  [
    'ben.yaml',
    toYaml({ respondent: 'Ben', date: '2026-10-14', answers: answersFor(randomBad, 3, NOW_THEMES, NOW_SPREAD, 0) }),
  ],
  ['kapot.yaml', 'questionSet: kantellat\nversion: 1.0.0\nanswers:\n  gesprek-tijd: [vaak\n  gesprek-aanvraag: soms\n'],
  [
    'onbekend-antwoord.yaml',
    'questionSet: kantellat\nversion: 1.0.0\nrespondent: "Cas"\nanswers:\n  gesprek-tijd: misschien\n',
  ],
]);

// One person, April and October: better on the conversation and the network, one answer n.v.t.
const before = { respondent: 'Anouk de Vries', date: '2026-04-14', answers: {} };
const after = {
  respondent: 'Anouk de Vries',
  date: '2026-10-14',
  answers: {},
  notes: { 'netwerk-kaart': 'Nu </script> standaard met een netwerkkaart.' },
};
const beforeAnswers = [
  'soms',
  'zelden',
  'vaak',
  'vaak',
  'zelden',
  'soms',
  'soms',
  'vaak',
  'vaak',
  'nvt',
  'zelden',
  'soms',
];
const afterAnswers = ['vaak', 'vaak', 'vaak', 'soms', 'vaak', 'soms', 'vaak', 'soms', 'vaak', 'soms', 'zelden', 'soms'];
questions.forEach((question, i) => {
  before.answers[question.id] = beforeAnswers[i];
  after.answers[question.id] = afterAnswers[i];
});
writeFolder('compare-person', [
  ['voorjaar.yaml', toYaml(before)],
  ['najaar.yaml', toYaml(after)],
]);
