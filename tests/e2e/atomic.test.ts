// No data loss: a process that saves a large answer file over and over (writeFileAtomic, the
// function behind every save) is killed with SIGKILL at random moments. The file must then hold
// the complete old or the complete new content, never a part; the temp file the killed write
// left behind is cleaned up by the next save. POSIX signals: skipped on Windows.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeStrayTemps, tempPathFor, writeFileAtomic } from '../../src/io/atomic-write.js';
import { ROOT } from '../helpers/run-cli.js';

const KILLS = 12;
/** Large enough that a kill mostly lands in the middle of writing or syncing it. */
const SIZE = 8 * 1024 * 1024;

/** Two large answer files that differ in every line, and the small one that was there before. */
function content(label: string): string {
  const line = `  # ${label}: ${'x'.repeat(60)}\n`;
  return `questionSet: kantellat\nversion: 1.0.0\nrespondent: ${label}\nanswers:\n${line.repeat(Math.ceil(SIZE / line.length))}`;
}
const OLD = 'questionSet: kantellat\nversion: 1.0.0\nrespondent: old\n';
const A = content('A');
const B = content('B');

const temps = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

describe.skipIf(process.platform === 'win32')('saving survives SIGKILL', () => {
  let folder = '';
  let saver = '';

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kantellat-atomic-'));
    // The child runs the real writeFileAtomic from src/, bundled into one plain module.
    const bundle = join(folder, 'atomic-write.mjs');
    await build({
      entryPoints: [join(ROOT, 'src', 'io', 'atomic-write.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'error',
    });
    writeFileSync(join(folder, 'a.txt'), A);
    writeFileSync(join(folder, 'b.txt'), B);
    saver = join(folder, 'saver.mjs');
    writeFileSync(
      saver,
      [
        `import { readFileSync } from 'node:fs';`,
        `import { writeFileAtomic } from ${JSON.stringify(`./atomic-write.mjs`)};`,
        `const [target, a, b] = process.argv.slice(2);`,
        `const contents = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];`,
        `process.stdout.write('ready\\n');`,
        `for (let i = 0; ; i++) await writeFileAtomic(target, contents[i % 2], { overwrite: true, mode: 0o600 });`,
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Starts the saver, kills it with SIGKILL after `delay` ms of saving, and waits until it is gone. */
  function saveAndKill(target: string, delay: number): Promise<NodeJS.Signals | null> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [saver, target, join(folder, 'a.txt'), join(folder, 'b.txt')], {
        cwd: folder,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delay));
      child.on('error', reject);
      child.on('exit', (code, signal) =>
        signal === null ? reject(new Error(`saver stopped by itself (${code}): ${stderr}`)) : resolve(signal),
      );
    });
  }

  it(`leaves the old or the new content, never a part, after ${KILLS} kills mid-save`, {
    timeout: 120_000,
  }, async () => {
    const target = join(folder, 'answers.yaml');
    writeFileSync(target, OLD);
    const seen = new Set<string>();
    let strays = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      // Spread over the first saves: during the first write, between writes, during a later one.
      const signal = await saveAndKill(target, (kill * 37) % 300);
      expect(signal).toBe('SIGKILL');
      const now = readFileSync(target, 'utf8');
      const which = now === OLD ? 'old' : now === A ? 'A' : now === B ? 'B' : `partial (${now.length} bytes)`;
      expect(['old', 'A', 'B']).toContain(which);
      seen.add(which);
      strays += temps(folder).length;
    }
    // The kills did land mid-save (temp files left), and the saves did get through sometimes.
    expect(strays).toBeGreaterThan(0);
    expect([...seen].some((which) => which !== 'old')).toBe(true);

    // The next save cleans up after the killed ones.
    await writeFileAtomic(target, OLD, { overwrite: true });
    expect(temps(folder)).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
  });

  it('removes only the temp files of processes that are gone, and only those of its own target', async () => {
    const target = join(folder, 'draft.yaml');
    writeFileSync(target, OLD);
    // A pid that is no longer running: a child that has exited.
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid ?? 0));
    });
    const deadTemp = `.draft.yaml.${dead}.0badc0de.tmp`;
    const liveTemp = tempPathFor(target).slice(folder.length + 1);
    const otherTarget = `.draft.yaml.bak.${dead}.0badc0de.tmp`;
    const notOurs = '.draft.yaml.notes.tmp';
    for (const name of [deadTemp, liveTemp, otherTarget, notOurs]) writeFileSync(join(folder, name), 'partial');

    const removed = await removeStrayTemps(target);

    expect(removed).toEqual([join(folder, deadTemp)]);
    expect(temps(folder).sort()).toEqual([liveTemp, otherTarget, notOurs].sort());
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    for (const name of [liveTemp, otherTarget, notOurs]) rmSync(join(folder, name));
  });

  it('cleans up nothing and never fails when the folder is missing', async () => {
    expect(await removeStrayTemps(join(folder, 'no-such-folder', 'x.yaml'))).toEqual([]);
  });
});
