import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputFilter, openInputGate } from '../../src/input-gate.js';

function filterIn(mode: 'closed' | 'select' | 'text'): InputFilter {
  const filter = new InputFilter();
  filter.setMode(mode);
  return filter;
}

describe('input that nobody typed as an answer never answers a question', () => {
  it('drops everything typed before a prompt has drawn, except Ctrl+C', () => {
    const closed = filterIn('closed');
    expect(closed.filter('4\r')).toBe('');
    expect(closed.filter('tweede regel\r')).toBe('');
    expect(closed.filter('\u0003')).toBe('\u0003');
  });

  it('a choice takes single keys, but never Enter among other keys (the rest of a paste, typed-ahead keys)', () => {
    const select = filterIn('select');
    expect(select.filter('4')).toBe('4');
    expect(select.filter('\r')).toBe('\r');
    expect(select.filter('\u001b[B')).toBe('\u001b[B');
    expect(select.filter('tweede regel\r')).toBe('');
    expect(select.filter('4\r')).toBe('');
    expect(select.filter('x\r\u0003')).toBe('\u0003');
  });

  it('a note keeps a multi-line paste whole, in one chunk or in several', () => {
    const note = filterIn('text');
    expect(note.filter('eerste regel\rtweede regel\r')).toBe('eerste regel tweede regel ');
    expect(note.filter('eerste regel\r')).toBe('eerste regel ');
    expect(note.filter('\r')).toBe('\r');
  });

  it('a bracketed paste stays one text across chunks, its own Enter included', () => {
    const note = filterIn('text');
    expect(note.filter('\u001b[200~eerste')).toBe('eerste');
    expect(note.filter('\r')).toBe(' ');
    expect(note.filter('tweede\r\u001b[201~')).toBe('tweede ');
    expect(note.filter('\r')).toBe('\r');
  });
});

describe('openInputGate', () => {
  it('passes what the filter allows, keeps a character split over chunks, and stops reading on close', async () => {
    const source = new PassThrough();
    const gate = openInputGate(source);
    const seen: string[] = [];
    gate.input.on('data', (chunk: Buffer) => seen.push(chunk.toString('utf8')));
    source.write('3\r');
    gate.setMode('text');
    const e = Buffer.from('é');
    source.write(e.subarray(0, 1));
    source.write(e.subarray(1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.join('')).toBe('é');
    gate.close();
    expect(source.listenerCount('data')).toBe(0);
  });
});
