import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { scoreAnswers } from '../../src/core/score.js';
import { parseQuestionSet } from '../../src/io/load.js';

// Answer patterns to the 1.0.0 Kantellat with the overall and theme scores that kantellat 0.1.0
// (main before format 2) gave them, computed once with that code and kept here as plain numbers.
const EXPECTED: Record<
  string,
  { answers: Record<string, string | null>; overall: number | null; themes: Array<number | null> }
> = JSON.parse(readFileSync(new URL('../fixtures/score-v1-compat/expected.json', import.meta.url), 'utf8'));

describe('a 1.0.0 answer file scores exactly as in 0.1.0', () => {
  const set = parseQuestionSet(
    readFileSync(new URL('../../questions/archive/kantellat-1.0.0.yaml', import.meta.url)),
    'kantellat-1.0.0.yaml',
  );

  it.each(Object.entries(EXPECTED))('%s', (_, { answers, overall, themes }) => {
    const { answers: checked } = checkAnswers(set, { questionSet: 'kantellat', version: '1.0.0', answers });
    const result = scoreAnswers(set, checked);
    expect(result.overall.score).toBe(overall);
    expect(result.themes.map((theme) => theme.score)).toEqual(themes);
  });

  it('keeps 0.1.0\'s answer to 11 n.v.t. and one "(Bijna) altijd": the old set has no overall minimum', () => {
    expect(EXPECTED['nvt-but-one']?.overall).toBe(100);
  });
});
