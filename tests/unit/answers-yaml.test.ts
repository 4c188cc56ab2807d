import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quoteYaml } from '../../src/render/answers-yaml.js';

describe("quoteYaml (the answer file writer's own quoting)", () => {
  it('reads back as the same string in a YAML reader, whatever the characters (controls, bidi, lone surrogates too)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(parse(`key: ${quoteYaml(text)}\n`)).toEqual({ key: text });
      }),
      { numRuns: 500 },
    );
  });

  it('writes no raw control, bidi or line-separator character, so the file reads plainly in an editor', () => {
    const quoted = quoteYaml('a\u0000b\u001bc\u007fd\u0085e\u202ef\u2028g\u2066h\ufeffi');
    expect(quoted).toBe('"a\\u0000b\\u001bc\\u007fd\\u0085e\\u202ef\\u2028g\\u2066h\\ufeffi"');
    expect(quoteYaml('zeg "ja"\\nee\n')).toBe('"zeg \\"ja\\"\\\\nee\\n"');
  });
});
