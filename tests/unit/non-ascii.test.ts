// The build refuses a bundle with a character outside ASCII (the loader reads bundles as Latin-1);
// this is how it says where.
import { describe, expect, it } from 'vitest';
import { firstNonAscii } from '../../scripts/non-ascii.mjs';

describe('firstNonAscii', () => {
  it('finds nothing in pure ASCII, control characters and escapes included', () => {
    expect(firstNonAscii('var a = "\\u00e9";\n\tvar b = 1;\x7f')).toBeUndefined();
  });

  it('names the line, column and character of the first one', () => {
    expect(firstNonAscii('var a = 1;\nvar b = "caf\u00e9"; // \u2014')).toEqual({
      line: 2,
      column: 13,
      codePoint: 'U+00E9',
      near: 'var a = 1; var b = "caf\u00e9"; // \u2014',
    });
  });

  it('names a character outside the BMP whole, not half of it', () => {
    expect(firstNonAscii('x\u{1F600}')?.codePoint).toBe('U+1F600');
  });
});
