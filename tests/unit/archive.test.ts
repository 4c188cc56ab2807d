import { describe, expect, it } from 'vitest';
import { archivedQuestionSetPath, loadQuestionSet, setPicker } from '../../src/io/load.js';

describe('archived versions of the bundled set', () => {
  it('names an archive file only for a plain version of a plain id', () => {
    expect(archivedQuestionSetPath('kantellat', '1.0.0')).toMatch(/questions[\\/]archive[\\/]kantellat-1\.0\.0\.yaml$/);
    expect(archivedQuestionSetPath('kantellat', '1.0.0/../../x')).toBeUndefined();
    expect(archivedQuestionSetPath('kantellat', '1.0.0-beta')).toBeUndefined();
    expect(archivedQuestionSetPath('../etc', '1.0.0')).toBeUndefined();
  });

  it('picks 1.0.0 for an answer file that names it, the current set for everything else', async () => {
    const current = await loadQuestionSet();
    expect(current.version).toBe('2.0.0');
    const pick = setPicker(current, undefined);
    const old = await pick('kantellat', '1.0.0');
    expect(old.version).toBe('1.0.0');
    expect(old.questions.map((question) => question.id).slice(0, 2)).toEqual(['gesprek-tijd', 'gesprek-aanvraag']);
    // Read once, then kept.
    expect(await pick('kantellat', '1.0.0')).toBe(old);
    expect(await pick('kantellat', '2.0.0')).toBe(current);
    expect(await pick('kantellat', '0.9.0')).toBe(current);
    expect(await pick('andere-set', '1.0.0')).toBe(current);
    expect(await pick(undefined, undefined)).toBe(current);
  });

  it('never swaps a set given with --questions', async () => {
    const current = await loadQuestionSet();
    expect(await setPicker(current, 'mijn-set.yaml')('kantellat', '1.0.0')).toBe(current);
  });
});
