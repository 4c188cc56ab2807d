// Types for the parts of scripts/fuzz.mjs that tests/unit/fuzz.test.ts uses.
import type { IProperty } from 'fast-check';

/** The library the fuzzer drives: dist/index.js, or src/index.ts in the unit test. */
export type FuzzLibrary = typeof import('../src/index.js');

/** Put in answer-file notes of the seeds: no message may ever show it. */
export declare const NOTE_MARKER: string;

/** The fuzz property for fast-check, and a tally of what the cases came to. */
export declare function fuzzProperty(lib: FuzzLibrary): {
  property: IProperty<[unknown]>;
  tally: { accepted: number; rejected: number };
};
