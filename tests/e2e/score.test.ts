import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runCliInProcess } from '../helpers/run-cli.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-score-e2e-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const EXIT = 'tests/fixtures/score-exit';

/** The shell commands of the README section `heading`'s first sh block. */
function readmeCommands(heading: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(`## ${heading}`));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '');
}

describe('kantellat score on the command line; memory and a closed pipe with the built binary', () => {
  it('runs the README "Use in CI" example as written', async () => {
    const [command] = readmeCommands('Use in CI');
    expect(command).toBe('npx kantellat score answers/ --format json --fail-under 60 > scores.json');
    const args = (command ?? '')
      .replace(/^npx kantellat /, '')
      .replace(/ > scores\.json$/, '')
      .split(' ');
    mkdirSync(join(temp, 'ci', 'answers'), { recursive: true });
    cpSync(join(ROOT, EXIT, 'high.json'), join(temp, 'ci', 'answers', 'high.json'));
    cpSync(join(ROOT, EXIT, 'low.yaml'), join(temp, 'ci', 'answers', 'low.yaml'));
    const below = await runCliInProcess(args, { cwd: join(temp, 'ci') });
    expect(below.code).toBe(1);
    expect(JSON.parse(below.stdout).results.map((r: { overall: { score: number } }) => r.overall.score)).toEqual([
      100, 38,
    ]);
    expect(below.stderr.trimEnd().split('\n').at(-1)).toBe('2 gescoord, 1 onder 60, 0 ongeldig');

    writeFileSync(join(temp, 'ci', 'answers', 'broken.yaml'), 'answers: [\n');
    const broken = await runCliInProcess(args, { cwd: join(temp, 'ci') });
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stdout).errors).toHaveLength(1);
    expect(broken.stderr).toMatch(/^answers[/\\]broken\.yaml:2:1 {2}/m);
  });

  it('passes with exit 0 when every file is at or above the threshold', async () => {
    const run = await runCliInProcess(['score', `${EXIT}/high.json`, '--format', 'json', '--fail-under', '60']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results[0].overall).toEqual({
      score: 100,
      level: 'Gekanteld',
      band: 2,
      reason: null,
      range: null,
      points: null,
    });
  });

  it('reads standard input', async () => {
    const run = await runCliInProcess(['score', '-', '--format', 'jsonl', '--lang', 'en'], {
      input: readFileSync(join(ROOT, EXIT, 'low.yaml'), 'utf8'),
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      type: 'result',
      file: '<stdin>',
      overall: { score: 38, level: 'Not yet shifted' },
    });
  });

  it('expands a quoted glob itself and shows no progress or colour in a pipe', async () => {
    const run = await runCliInProcess([
      'score',
      'tests/fixtures/score-golden/*.json',
      'tests/fixtures/score-bad',
      '--fail-under',
      '60',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('tests/fixtures/score-golden/c-chris.json');
    expect(run.stdout + run.stderr).not.toMatch(/[\r\u001b]/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout + run.stderr).not.toContain('GEHEIM');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('1 gescoord, 0 onder 60, 8 ongeldig');
  });

  // Writes 2,000 files and scores them in a process of its own: a minute, so a busy machine does not fail it.
  it('scores 2,000 generated files with jsonl, streaming, in flat memory', { timeout: 60_000 }, async () => {
    const folder = join(temp, 'many');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-answers.mjs'), '2000', folder, '--seed', '7'], {
      stdio: 'ignore',
    });
    // A probe loaded into the child: after every 100 rows written it collects garbage and notes
    // the live heap; at exit it records the peak resident memory.
    const probe = join(temp, 'probe.mjs');
    const report = join(temp, 'probe.json');
    writeFileSync(
      probe,
      [
        // Standard output to a pipe is written with fs.writeSync (src/io/std-output.ts).
        "import fs, { writeFileSync } from 'node:fs';",
        'const samples = [];',
        'let writes = 0;',
        'const writeSync = fs.writeSync;',
        'fs.writeSync = (fd, ...rest) => {',
        '  if (fd === 1) {',
        '    writes += 1;',
        '    if (writes % 100 === 0) { globalThis.gc(); samples.push(process.memoryUsage().heapUsed); }',
        '  }',
        '  return writeSync(fd, ...rest);',
        '};',
        `process.on('exit', () => writeFileSync(${JSON.stringify(report)}, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, samples, writes })));`,
      ].join('\n'),
    );
    const run = await runCli(['score', folder, '--format', 'jsonl', '--quiet'], {
      env: { NODE_OPTIONS: `--expose-gc --import=${new URL(`file://${probe}`).href}` },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const rows = run.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(2000);
    expect(JSON.parse(rows[1999] ?? '{}')).toMatchObject({ type: 'result', respondent: 'Respondent 2000' });
    const { maxRSS, samples, writes } = JSON.parse(readFileSync(report, 'utf8')) as {
      maxRSS: number;
      samples: number[];
      writes: number;
    };
    // A write per row (a full pipe may split one): each row went out as it was scored, not in one piece at the end.
    expect(writes).toBeGreaterThanOrEqual(2000);
    expect(samples.length).toBeGreaterThanOrEqual(20);
    // Holding the results would add a few kB per file (4+ MB here); streaming keeps the live heap level.
    const growth = Math.max(...samples) - (samples[0] ?? 0);
    expect(growth).toBeLessThan(2 * 1024 * 1024);
    // Generous: the whole process (Node, zod, yaml) peaks near 100 MB on Linux.
    expect(maxRSS).toBeLessThan(250 * 1024);
  });

  it('stops quietly when the reader goes away (| head -1)', () => {
    const folder = join(temp, 'many');
    if (!existsSync(folder))
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-answers.mjs'), '2000', folder], {
        stdio: 'ignore',
      });
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin', 'kantellat.js'))} score ${JSON.stringify(folder)} --format jsonl --quiet 2>${JSON.stringify(join(temp, 'head-stderr.txt'))} | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const status = execFileSync('bash', ['-c', script], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', KANTELLAT_HOME: temp },
    });
    expect(status.trim()).toBe('0');
    expect(readFileSync(join(temp, 'head-stderr.txt'), 'utf8')).toBe('');
  });
});
