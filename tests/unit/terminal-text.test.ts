import { describe, expect, it } from 'vitest';
import { cutText, cutToWidth, displayWidth, graphemes, neutralize } from '../../src/core/terminal-text.js';
import { pad, truncate } from '../../src/render/report-layout.js';

/** Any character a terminal would act on instead of showing. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('neutralize: one rule for untrusted text on a terminal', () => {
  it('writes ESC, BEL, C1, DEL and bidi overrides as visible escapes', () => {
    const hostile = '\u001b[31mRED\u001b]0;pwned\u0007 \u009b2J \u007f \u202eevil\u202c';
    const safe = neutralize(hostile);
    expect(safe).not.toMatch(CONTROL);
    expect(safe).toBe('\\x1b[31mRED\\x1b]0;pwned\\x07 \\x9b2J \\x7f \\u202eevil\\u202c');
  });

  it('keeps ordinary text, accents and emoji as they are', () => {
    expect(neutralize('Anna de Vries · Zoë 👩‍👩‍👧')).toBe('Anna de Vries · Zoë 👩‍👩‍👧');
  });

  it('turns line breaks into spaces, or keeps them for a note', () => {
    expect(neutralize('a\r\nb\tc')).toBe('a  b c');
    expect(neutralize('a\nb\tc\u001b', { lines: true })).toBe('a\nb\tc\\x1b');
  });
});

describe('cutText: cut by graphemes after neutralizing', () => {
  it('never leaves an escape sequence open', () => {
    const cut = cutText('\u001b]0;title-that-goes-on-and-on\u0007', 16);
    expect(cut).not.toMatch(CONTROL);
    expect(graphemes(cut)).toHaveLength(16);
  });

  it('never splits a letter from its accent or an emoji family', () => {
    const name = 'Zoe\u0301 👩‍👩‍👧 van den Berg';
    const cut = cutText(name, 6);
    expect(cut).toBe('Zoe\u0301 👩‍👩‍👧…');
    expect(graphemes(cut)).toHaveLength(6);
  });

  it('leaves a short text whole', () => {
    expect(cutText('Anna', 16)).toBe('Anna');
  });
});

describe('terminal columns: a wide (CJK) character or an emoji takes two', () => {
  it('measures what a terminal shows', () => {
    expect(displayWidth('Anna')).toBe(4);
    expect(displayWidth('Zoe\u0301')).toBe(3);
    expect(displayWidth('山田 太郎')).toBe(9);
    expect(displayWidth('김민준')).toBe(6);
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('🇳🇱')).toBe(2);
    expect(displayWidth('©')).toBe(1);
  });

  it('cuts and pads names in the report by columns, so the columns after them line up', () => {
    expect(cutToWidth('山田太郎山田太郎', 7)).toBe('山田太…');
    expect(displayWidth(truncate('山田 太郎 Yamada-Takahashi', 14))).toBeLessThanOrEqual(14);
    const rows = ['Anna de Vries', '山田 太郎', '김민준 Kim', 'Zoë 👍 Ng'].map(
      (name) => `${pad(truncate(name, 14), 14)}|`,
    );
    for (const row of rows) expect(displayWidth(row)).toBe(15);
  });
});
