import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

// A consumer project in a temp folder with node_modules/kantellat linked to this repository, so
// that 'kantellat' resolves through package.json `exports` to the built dist/, as after an install.
const project = mkdtempSync(join(tmpdir(), 'kantellat-consumer-'));
mkdirSync(join(project, 'node_modules'));
symlinkSync(ROOT, join(project, 'node_modules', 'kantellat'), 'junction');
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
cpSync(join(ROOT, 'tests/fixtures/library-answers/answers.yaml'), join(project, 'answers.yaml'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function node(file: string): { stdout: string; stderr: string } {
  const stdout = execFileSync(process.execPath, [file], {
    cwd: project,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { stdout, stderr: '' };
}

describe('kantellat as a library', () => {
  it('runs the README example as written', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Use as a library'));
    const example = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(example.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
    writeFileSync(join(project, 'example.mjs'), example);
    const { stdout } = node('example.mjs');
    // The 2.0.0 worked example of docs/scoring.md: 58 overall, one theme without a score (n.v.t.)
    expect(stdout).toBe(
      [
        'overall: 58 (Partly shifted)',
        'The conversation: 63',
        'Own strength and self-direction: 63',
        'Network and informal care: 50',
        'Results and taking part: -',
        'The wider picture and prevention: 63',
        "Residents' voice and language: 50",
        '',
      ].join('\n'),
    );
  });

  it('prints nothing and leaves the process alone', () => {
    writeFileSync(
      join(project, 'quiet.mjs'),
      [
        "const events = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'uncaughtException', 'unhandledRejection', 'warning'];",
        'const before = events.map((e) => process.listenerCount(e));',
        'const writes = [];',
        'for (const stream of [process.stdout, process.stderr]) {',
        '  const write = stream.write.bind(stream);',
        '  stream.write = (chunk, ...rest) => { writes.push(String(chunk)); return write(chunk, ...rest); };',
        '}',
        "const lib = await import('kantellat');",
        'const set = await lib.loadQuestionSet();',
        "const bad = lib.parseAnswers('questionSet: kantellat\\nversion: 2.0.0\\nanswers: { gesprek-aanvraag-aan-tafel: misschien }\\n', set, { file: 'x.yaml' });",
        "const good = lib.parseAnswers('questionSet: kantellat\\nversion: 2.0.0\\nanswers: { gesprek-samenvatting-voor-oplossing: alle, gesprek-aanvraag-aan-tafel: geen }\\n', set);",
        'const result = good.ok ? lib.scoreAnswers(set, good.answers) : null;',
        'const after = events.map((e) => process.listenerCount(e));',
        'const report = { writes, same: JSON.stringify(before) === JSON.stringify(after), exitCode: process.exitCode ?? null, bad: bad.ok ? null : bad.problems.map((p) => [p.severity, p.code, p.line, p.column]), score: result?.themes[0]?.score, json: result ? Object.keys(lib.toResultJson(result, null, lib.localeOf("en"))) : null };',
        'process.stdout.write = (chunk) => true;',
        'console.log = () => undefined;',
        "import('node:fs').then((fs) => fs.writeFileSync('quiet.json', JSON.stringify(report)));",
      ].join('\n'),
    );
    node('quiet.mjs');
    const report = JSON.parse(readFileSync(join(project, 'quiet.json'), 'utf8'));
    expect(report).toEqual({
      writes: [],
      same: true,
      exitCode: null,
      bad: [
        ['warning', 'answers-unanswered', 3, 10],
        ['error', 'answers-unknown-option', 3, 40],
      ],
      score: 100,
      json: [
        'file',
        'questionSet',
        'respondent',
        'date',
        'answered',
        'total',
        'dontKnow',
        'notApplicable',
        'dontKnowOrNotApplicable',
        'open',
        'overall',
        'themes',
        'strongest',
        'focus',
        'consistency',
      ],
    });
  });

  it('type-checks a TypeScript consumer against the published types', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        "import { loadQuestionSet, localeOf, parseAnswers, scoreAnswers, type PreparedSet, type Result } from 'kantellat';",
        'const set: PreparedSet = await loadQuestionSet();',
        "const parsed = parseAnswers('questionSet: kantellat', set, { file: 'a.yaml', allowVersionMismatch: true });",
        'if (parsed.ok) {',
        '  const result: Result = scoreAnswers(set, parsed.answers);',
        '  const score: number | null = result.overall.score;',
        "  const title: string | undefined = result.themes[0] && localeOf('en').text(result.themes[0].title);",
        '  void score;',
        '  void title;',
        '} else {',
        '  const line: number | undefined = parsed.problems[0]?.line;',
        '  void line;',
        '}',
        '// @ts-expect-error: the language is checked',
        "localeOf('fr');",
        'export {};',
      ].join('\n'),
    );
    // skipLibCheck: the build's own tsc wrote dist/types; checking zod's declarations too costs seconds and proves nothing of ours.
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: true,
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() =>
      execFileSync(process.execPath, [tsc, '-p', join(project, 'tsconfig.json')], {
        cwd: project,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
