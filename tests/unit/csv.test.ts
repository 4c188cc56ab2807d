import { describe, expect, it } from 'vitest';
import { csvRow, csvStart } from '../../src/render/csv.js';

describe('csvRow', () => {
  it('writes Dutch Excel: semicolons, decimal comma, CRLF, BOM first', () => {
    expect(csvStart('excel')).toBe('\ufeff');
    expect(csvRow(['a', 1.5, 100, null, undefined, ''], 'excel')).toBe('a;1,5;100;;;\r\n');
  });

  it('writes RFC 4180: commas, decimal dot, no BOM', () => {
    expect(csvStart('rfc4180')).toBe('');
    expect(csvRow(['a', 1.5, 100, null], 'rfc4180')).toBe('a,1.5,100,\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvRow(['x;y', 'say "hi"', 'two\nlines', 'a,b'], 'excel')).toBe('"x;y";"say ""hi""";"two\nlines";"a,b"\r\n');
    expect(csvRow(['a,b', 'x;y'], 'rfc4180')).toBe('"a,b","x;y"\r\n');
  });

  it.each(['=SUM(A1)', '+31 6', '-2', '@cmd', '\tx', '\rx', '\uff1dSUM(A1)', '\uff0b1', '\uff0d1', '\uff20x'])(
    'neutralises a formula start in %j',
    (value) => {
      const line = csvRow([value], 'rfc4180');
      // The cell starts with an apostrophe inside (or without) quotes: a spreadsheet shows it as text.
      expect(line.replace(/^"/, '').startsWith(`'${value[0]}`)).toBe(true);
    },
  );

  it('leaves numbers as numbers, also negative ones', () => {
    expect(csvRow([-2, 0], 'excel')).toBe('-2;0\r\n');
    expect(csvRow([Number.NaN, Number.POSITIVE_INFINITY], 'excel')).toBe(';\r\n');
  });
});
