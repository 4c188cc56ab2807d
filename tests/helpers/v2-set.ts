import { checkAnswers } from '../../src/core/answers.js';
import type { PreparedSet } from '../../src/core/prepare.js';
import { scoreAnswers, type Result } from '../../src/core/score.js';
import { parseQuestionSet } from '../../src/io/load.js';

/**
 * A small set with the format-2 rules: scale f (nooit 0 … altijd 4, wn = weet ik niet, nvt =
 * niet van toepassing), three themes of two questions each (the second reverse-keyed), 2 of 2
 * per theme, and an overall minimum of 2 themes and 4 questions. Levels Laag 0–39, Midden 40–69, Hoog 70–100.
 */
export const V2_YAML = `
id: v2
version: 2.0.0
languages: [nl, en]
title: { nl: Twee, en: Two }
scales:
  f:
    options:
      - { id: nooit, value: 0, label: { nl: Nooit, en: Never } }
      - { id: zelden, value: 1, label: { nl: Zelden, en: Rarely } }
      - { id: soms, value: 2, label: { nl: Soms, en: Sometimes } }
      - { id: vaak, value: 3, label: { nl: Vaak, en: Often } }
      - { id: altijd, value: 4, label: { nl: Altijd, en: Always } }
      - { id: wn, unanswered: dont-know, label: { nl: Weet ik niet, en: "Don't know" } }
      - { id: nvt, unanswered: not-applicable, label: { nl: Niet van toepassing, en: Not applicable } }
scoring:
  minAnswered: 2
  overallMinimum: { themes: 2, questions: 4 }
levels:
  - { min: 0, max: 39, label: { nl: Laag, en: Low }, text: { nl: laag, en: low } }
  - { min: 40, max: 69, label: { nl: Midden, en: Middle }, text: { nl: midden, en: middle } }
  - { min: 70, max: 100, label: { nl: Hoog, en: High }, text: { nl: hoog, en: high } }
themes:
${['a', 'b', 'c'].map((id) => `  - { id: ${id}, title: { nl: Thema ${id.toUpperCase()}, en: Theme ${id.toUpperCase()} }, advice: [{ min: 0, max: 69, label: { nl: Op weg, en: Underway }, text: { nl: Dit past bij op weg., en: This fits underway. } }, { min: 70, max: 100, label: { nl: Goed, en: Good }, text: { nl: Dit past bij goed., en: This fits good. } }] }`).join('\n')}
questions:
${['a', 'b', 'c']
  .map(
    (id) => `  - id: ${id}1
    theme: ${id}
    text: { nl: Hoe vaak doe je ${id}?, en: How often do you do ${id}? }
    short: { nl: Kort ${id}1, en: Short ${id}1 }
    scale: f
    steps: [{ nl: Probeer ${id}1., en: Try ${id}1. }]
  - id: ${id}2
    theme: ${id}
    text: { nl: Hoe vaak laat je ${id} liggen?, en: How often do you leave ${id}? }
    short: { nl: Kort ${id}2, en: Short ${id}2 }
    scale: f
    reverse: true
    opposite: ${id}1
    steps: [{ nl: Eerst ${id}2., en: First ${id}2. }, { nl: Dan ${id}2., en: Then ${id}2. }]`,
  )
  .join('\n')}
`;

export function v2Set(yaml = V2_YAML): PreparedSet {
  return parseQuestionSet(yaml, 'v2.yaml');
}
