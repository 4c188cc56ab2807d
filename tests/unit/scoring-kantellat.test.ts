import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/core/score.js';
import { loadQuestionSet, parseAnswers } from '../../src/io/load.js';
import { bandName } from '../helpers/worded.js';

// The 1.0.0 worked example of docs/scoring.md, on the archived Kantellat 1.0.0 (scale nooit 0 .. altijd 4).
const FILE = new URL('../fixtures/check-worked-example/answers.yaml', import.meta.url);

describe('the worked example in docs/scoring.md', async () => {
  const set = await loadQuestionSet(
    fileURLToPath(new URL('../../questions/archive/kantellat-1.0.0.yaml', import.meta.url)),
  );
  const parsed = parseAnswers(readFileSync(FILE), set);
  if (!parsed.ok) throw new Error('fixture does not parse');
  const result = scoreAnswers(set, parsed.answers);

  it('scores every theme as computed by hand', () => {
    // gesprek:      vaak 3/4 = 0.75, zelden 1/4 = 0.25                  -> 0.5   -> 50
    // eigen-kracht: vaak 0.75, zelden reversed 1 - 0.25 = 0.75          -> 0.75  -> 75
    // netwerk:      soms 0.5, nooit 0                                   -> 0.25  -> 25
    // resultaat:    soms 0.5, n.v.t. left out (1 of 2 answered)          -> 0.5   -> 50
    // samenwerking: vaak 0.75, zelden 0.25                              -> 0.5   -> 50
    // inspraak:     vaak 0.75, soms 0.5                                 -> 0.625 -> 62.5 -> 63
    expect(result.themes.map((theme) => [theme.id, theme.score, bandName(theme.band)])).toEqual([
      ['gesprek', 50, 'Op weg'],
      ['eigen-kracht', 75, 'Gekanteld'],
      ['netwerk', 25, 'Nog niet gekanteld'],
      ['resultaat', 50, 'Op weg'],
      ['samenwerking', 50, 'Op weg'],
      ['inspraak', 63, 'Op weg'],
    ]);
    expect(result.themes.find((theme) => theme.id === 'resultaat')).toMatchObject({ answered: 1, total: 2 });
  });

  it('gives the overall score, level, strongest theme and focus', () => {
    // (50 + 75 + 25 + 50 + 50 + 62.5) / 6 = 312.5 / 6 = 52.08 -> 52: "Op weg" (40..69)
    expect(result.overall.score).toBe(52);
    expect(bandName(result.overall.level)).toBe('Op weg');
    expect(result.answered).toBe(11);
    expect(result.strongest).toBe('eigen-kracht');
    expect(result.focus).toBe('netwerk');
  });
});
