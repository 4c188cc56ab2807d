// What the build leaves in dist/ for a fast start (docs/performance.md): score in a bundle of
// its own, the form's script and the checked question sets in files beside the bundles, and
// nothing but ASCII in what the loader reads as Latin-1.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const DIST = join(ROOT, 'dist');
const read = (name: string): string => readFileSync(join(DIST, name), 'latin1');

describe('the built dist/ folder', () => {
  it('holds the bundles, the form script and the checked sets', () => {
    for (const name of ['cli.cjs', 'main.cjs', 'score.cjs', 'form-page.js', 'index.js'])
      expect(statSync(join(DIST, name)).size).toBeGreaterThan(1000);
    expect(readdirSync(join(DIST, 'sets')).sort()).toEqual(['archive', 'kantellat.yaml', 'kantellat.yaml.json']);
    const archived = readdirSync(join(DIST, 'sets', 'archive'));
    const sources = readdirSync(join(ROOT, 'questions', 'archive')).filter((name) => name.endsWith('.yaml'));
    expect(archived.sort()).toEqual(sources.flatMap((name) => [name, `${name}.json`]).sort());
    // The file the build checked, byte for byte (the program compares it), and the checked set.
    expect(
      readFileSync(join(DIST, 'sets', 'kantellat.yaml')).equals(
        readFileSync(join(ROOT, 'questions', 'kantellat.yaml')),
      ),
    ).toBe(true);
    const checked: unknown = JSON.parse(readFileSync(join(DIST, 'sets', 'kantellat.yaml.json'), 'utf8'));
    expect(checked).toMatchObject({ id: 'kantellat', version: '2.0.0' });
  });

  it('reads an edited questions/kantellat.yaml afresh instead of the checked copy', () => {
    const copy = mkdtempSync(join(tmpdir(), 'kantellat-edited-'));
    try {
      for (const part of ['bin', 'dist', 'questions', 'package.json'])
        cpSync(join(ROOT, part), join(copy, part), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'junction');
      const file = join(copy, 'questions', 'kantellat.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        text.replace(
          'title: { nl: "De Kantellat", en: "The Kantellat" }',
          'title: { nl: "De Kantellat (eigen versie)", en: "The Kantellat (own version)" }',
        ),
      );
      const run = spawnSync(process.execPath, [join(copy, 'bin', 'kantellat.js'), 'questions', '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, KANTELLAT_HOME: join(copy, 'home'), KANTELLAT_CACHE_DIR: join(copy, 'cache') },
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('De Kantellat (eigen versie)');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
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
