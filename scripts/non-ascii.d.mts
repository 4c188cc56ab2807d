// Types for scripts/non-ascii.mjs, which the build uses and tests/unit/non-ascii.test.ts tests.
/** Where a bundle first leaves ASCII. */
export interface NonAscii {
  line: number;
  column: number;
  codePoint: string;
  near: string;
}

/** The first character outside ASCII in `code`, or undefined when there is none. */
export declare function firstNonAscii(code: string): NonAscii | undefined;
