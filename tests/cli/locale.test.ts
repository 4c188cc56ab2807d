import { describe, expect, it } from 'vitest';
import { runInProcess } from './score-harness.js';

const BAD_SET = 'tests/fixtures/locale-schema-words/bad-set.yaml';

describe('one language per run', () => {
  it('tells a schema problem in the language of each run, also after a Dutch run in the same process', async () => {
    const nl = await runInProcess(['validate', BAD_SET]);
    const en = await runInProcess(['validate', BAD_SET, '--lang', 'en']);
    const nlAgain = await runInProcess(['validate', BAD_SET]);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain('4:13  deze waarde kan hier niet; kies uit: nl, en (languages[0])');
    expect(en.stderr).toContain('4:13  this value is not possible here; choose from: nl, en (languages[0])');
    expect(en.stderr).not.toMatch(/deze|hoort|Ongeldig/);
    expect(nlAgain.stderr).toBe(nl.stderr);
  });
});
