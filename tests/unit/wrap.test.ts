import { describe, expect, it } from 'vitest';
import { wrapIndented, wrapWords } from '../../src/render/report-layout.js';
import { wrapText } from '../../src/render/wrap.js';

describe('wrapText, the one wrapping', () => {
  it('breaks between words only, counting indents in the width', () => {
    expect(wrapText('een twee drie vier', 10, '  ')).toEqual(['  een twee', '  drie', '  vier']);
    expect(wrapText('onbreekbaarwoord', 5)).toEqual(['onbreekbaarwoord']);
  });

  it('counts what the terminal shows: a letter with a combining accent is one column', () => {
    const cafe = 'cafe\u0301';
    expect(wrapText(`${cafe} ${cafe}`, 10)).toEqual([`${cafe} ${cafe}`]);
  });

  it('keeps a short bracketed group together and each line of the text as a paragraph', () => {
    expect(wrapText('De meeste (7 tot 9)', 14)).toEqual(['De meeste', '(7 tot 9)']);
    expect(wrapText('a\n\nb', 10)).toEqual(['a', '', 'b']);
  });

  it('is what the report layout wraps with', () => {
    expect(wrapWords('een twee\ndrie', 8)).toEqual(['een twee', 'drie']);
    expect(wrapIndented('een twee drie', 30, '! ', '  ')).toEqual(['! een twee drie']);
    expect(wrapIndented('een twee drie vier vijf zes zeven acht negen tien elf', 24, '1. ')).toEqual([
      '1. een twee drie vier',
      '   vijf zes zeven acht',
      '   negen tien elf',
    ]);
  });
});
