// The fuzzer of scripts/fuzz.mjs (`npm run fuzz`: 10,000 cases against the build), here with
// 300 cases in-process against src/: broken question sets and answer files must come out as a
// result or as the project's own problems, never as any other exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzProperty } from '../../scripts/fuzz.mjs';
import * as lib from '../../src/index.js';

describe('fuzzing load + score', () => {
  it("gives only results or the project's own problems for 300 broken inputs", () => {
    const { property, tally } = fuzzProperty(lib);
    fc.assert(property, { numRuns: 300 });
    // Both paths were taken: some broken files still load and score, most are refused.
    expect(tally.accepted + tally.rejected).toBe(300);
    expect(tally.accepted).toBeGreaterThan(20);
    expect(tally.rejected).toBeGreaterThan(20);
  });
});
