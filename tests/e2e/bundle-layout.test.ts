// What the build leaves in dist/ for a fast start (docs/performance.md): score in a bundle of
// its own, the form's script and the checked question sets in files beside the bundles, and
// nothing but ASCII in what the loader reads as Latin-1.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const DIST = join(ROOT, 'dist');
const read = (name: string): string => readFileSync(join(DIST, name), 'latin1');

describe('the built dist/ folder', () => {
  it('holds the bundles, the form script and the checked sets', () => {
    for (const name of ['cli.cjs', 'main.cjs', 'score.cjs', 'form-page.js', 'index.js'])
      expect(statSync(join(DIST, name)).size).toBeGreaterThan(1000);
    expect(readdirSync(join(DIST, 'sets'))).toContain('kantellat.yaml.json');
    const archived = readdirSync(join(DIST, 'sets', 'archive'));
    const sources = readdirSync(join(ROOT, 'questions', 'archive')).filter((name) => name.endsWith('.yaml'));
    expect(archived.sort()).toEqual(sources.map((name) => `${name}.json`).sort());
    const checked: unknown = JSON.parse(readFileSync(join(DIST, 'sets', 'kantellat.yaml.json'), 'utf8'));
    expect(checked).toMatchObject({
      source: readFileSync(join(ROOT, 'questions', 'kantellat.yaml'), 'utf8'),
      set: { id: 'kantellat' },
    });
  });

  it('keeps the form script and the question sets out of the bundles', () => {
    // A stretch of the script without quotes or backslashes reads the same inside a string literal.
    const runs =
      read('form-page.js')
        .slice(0, 20_000)
        .match(/[^"'\\\n]{40,}/g) ?? [];
    const probe = [...runs].sort((a, b) => b.length - a.length)[0]?.slice(0, 60) ?? '';
    expect(probe.length).toBe(60);
    for (const bundle of ['main.cjs', 'score.cjs', 'cli.cjs']) {
      const code = read(bundle);
      expect(code).not.toContain(probe);
      expect(code).not.toContain('De Kantellat: the b');
    }
  });

  it('gives score a bundle without the other commands', () => {
    const score = read('score.cjs');
    const main = read('main.cjs');
    for (const other of [
      'src/commands/check.ts',
      'src/commands/session.ts',
      'src/commands/form.ts',
      'src/commands/mirror.ts',
      'src/prompt.ts',
    ]) {
      expect(main).toContain(other);
      expect(score).not.toContain(other);
    }
    expect(score).toContain('src/commands/score.ts');
    expect(score.length).toBeLessThan(main.length * 0.75);
  });

  it('writes the bundles and the page script as pure ASCII', () => {
    for (const name of ['cli.cjs', 'main.cjs', 'score.cjs', 'form-page.js'])
      expect(readFileSync(join(DIST, name)).every((byte) => byte < 0x80)).toBe(true);
  });
});
