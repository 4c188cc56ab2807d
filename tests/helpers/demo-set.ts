import { checkAnswers } from '../../src/core/answers.js';
import type { PreparedSet } from '../../src/core/prepare.js';
import { scoreAnswers, type Result } from '../../src/core/score.js';
import { parseQuestionSet } from '../../src/io/load.js';

/** A theme's advice: one band 'Alles' for 0–100, or 'Laag' 0–49 and 'Hoog' 50–100 like the levels. */
const ADVICE = {
  one: '[{ min: 0, max: 100, label: Alles, text: tekst }]',
  two: '[{ min: 0, max: 49, label: Laag, text: laag }, { min: 50, max: 100, label: Hoog, text: hoog }]',
} as const;

export interface DemoTheme {
  title?: string;
  advice?: keyof typeof ADVICE;
}

export interface DemoSetOptions {
  /** 1.0.0 by default. */
  version?: string;
  /** Option labels in Dutch and English (Nooit/Never, Soms/Sometimes, Altijd/Always, n.v.t./n/a) instead of A, B, C, X. */
  bilingual?: boolean;
  /** Theme t1: title T1, advice 'one' by default. */
  t1?: DemoTheme;
  /** Theme t2: title T2, advice 'one' by default, and it needs all its questions answered to get a score. */
  t2?: DemoTheme;
  /** 4 (the default): q1 and q2 in t1, q3 and q4 in t2. 2: only q1 in t1 and q2 in t2, neither reverse-keyed. */
  questions?: 2 | 4;
  /** The weight of q2, the reverse-keyed question of the four; 1 by default. */
  q2Weight?: number;
}

/**
 * The small "demo" question set of the unit tests: scale f with a = 0, b = 1, c = 2 (0, 50 and 100
 * after normalising) and x = n.v.t.; levels Laag 0–49 and Hoog 50–100; themes t1 and t2.
 */
export function demoSet(options: DemoSetOptions = {}): PreparedSet {
  const { version = '1.0.0', bilingual = false, questions = 4, q2Weight } = options;
  const [a, b, c, x] = bilingual
    ? [
        '{ nl: Nooit, en: Never }',
        '{ nl: Soms, en: Sometimes }',
        '{ nl: Altijd, en: Always }',
        '{ nl: n.v.t., en: n/a }',
      ]
    : ['A', 'B', 'C', 'X'];
  const theme = (id: string, { title, advice = 'one' }: DemoTheme, more = '') =>
    `  - { id: ${id}, title: ${JSON.stringify(title)}, ${more}advice: ${ADVICE[advice]} }`;
  const weight = q2Weight === undefined ? '' : ` weight: ${q2Weight},`;
  const questionLines =
    questions === 4
      ? [
          '{ id: q1, theme: t1, text: Q1, scale: f }',
          `{ id: q2, theme: t1, text: Q2, scale: f,${weight} reverse: true }`,
          '{ id: q3, theme: t2, text: Q3, scale: f }',
          '{ id: q4, theme: t2, text: Q4, scale: f }',
        ]
      : ['{ id: q1, theme: t1, text: Q1, scale: f }', '{ id: q2, theme: t2, text: Q2, scale: f }'];
  const yaml = `
id: demo
version: ${version}
title: Demo
scales:
  f:
    options:
      - { id: a, value: 0, label: ${a} }
      - { id: b, value: 1, label: ${b} }
      - { id: c, value: 2, label: ${c} }
      - { id: x, unanswered: true, label: ${x} }
levels:
  - { min: 0, max: 49, label: Laag, text: laag }
  - { min: 50, max: 100, label: Hoog, text: hoog }
themes:
${theme('t1', { title: 'T1', ...options.t1 })}
${theme('t2', { title: 'T2', ...options.t2 }, `minAnswered: ${questions / 2}, `)}
questions:
${questionLines.map((line) => `  - ${line}`).join('\n')}
`;
  return parseQuestionSet(yaml, 'demo.yaml');
}

/** Scores a plain answers record (question id → option id, null: open) against `set`, as `kantellat score` would. */
export function scorer(set: PreparedSet) {
  return (
    answers: Record<string, string | null>,
    respondent: string | null = null,
    date: string | null = null,
  ): Result =>
    scoreAnswers(
      set,
      checkAnswers(set, { questionSet: set.id, version: set.version, respondent, date, answers }).answers,
    );
}
