import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runCliInProcess } from '../helpers/run-cli.js';

const STACK = /^\s+at .+:\d+:\d+\)?$/m;
/** Help text with its wrapping undone, to look for a phrase that may break over two lines. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const pkg: { version: string } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('kantellat --version and --help', () => {
  it('prints its version (the built binary answers it before loading the program, so spawn it)', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(await runCliInProcess(['--lang', 'en', '--version'])).toEqual({
      code: 0,
      stdout: `${pkg.version}\n`,
      stderr: '',
    });
  });

  it('helps in Dutch by default: Dutch headings, the commands, examples', async () => {
    const run = await runCliInProcess(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const help = run.stdout;
    expect(help.startsWith('Gebruik: kantellat [opties] [opdracht]\n')).toBe(true);
    for (const heading of ['Opties:', 'Opdrachten:', 'Voorbeelden:'])
      expect(help).toMatch(new RegExp(`^${heading}$`, 'm'));
    for (const command of ['questions', 'mirror', 'validate', 'schema [opties] [name]', 'help [opdracht]'])
      expect(help).toMatch(new RegExp(`^  ${command.replace(/[.[\]]/g, '\\$&')} `, 'm'));
    expect(help).toContain('--lang <lang>');
    expect(flat(help)).toContain('(keuze: nl, en; standaard: nl)');
    expect(help).toContain('$ kantellat questions --format markdown > kantellat.md');
    expect(help).not.toMatch(/Usage:|Options:|Commands:|choices:|default:|display help/);
  });

  it('helps in English with --lang en, or with KANTELLAT_LANG=en', async () => {
    for (const run of [
      await runCliInProcess(['--lang', 'en', '--help']),
      await runCliInProcess(['--help'], { env: { KANTELLAT_LANG: 'en' } }),
    ]) {
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith('Usage: kantellat [options] [command]\n')).toBe(true);
      for (const heading of ['Options:', 'Commands:', 'Examples:'])
        expect(run.stdout).toMatch(new RegExp(`^${heading}$`, 'm'));
      expect(flat(run.stdout)).toContain('(choices: nl, en; default: nl)');
      expect(run.stdout).not.toMatch(/Gebruik|Opties|Voorbeelden|toon deze hulp/);
    }
  });

  it('helps with one command in Dutch, with its arguments, the global options and examples', async () => {
    const run = await runCliInProcess(['validate', '--help']);
    expect(run.code).toBe(0);
    const help = run.stdout;
    expect(help.startsWith('Gebruik: kantellat validate [opties] <files...>\n')).toBe(true);
    for (const heading of ['Argumenten:', 'Opties:', 'Algemene opties:', 'Voorbeelden:'])
      expect(help).toMatch(new RegExp(`^${heading}$`, 'm'));
    expect(help).toMatch(/^ {2}-h, --help +toon deze hulp$/m);
    expect(flat(help)).toContain('vragenlijsten en antwoordbestanden (YAML of JSON)');
    expect(help).toContain('$ kantellat validate mijn-vragenlijst.yaml');
    expect((await runCliInProcess(['help', 'validate'])).stdout).toBe(help);
  });

  it('shows the editor line in the help of schema', async () => {
    const run = await runCliInProcess(['--lang', 'en', 'schema', '--help']);
    expect(run.stdout).toContain('# yaml-language-server: $schema=./question-set.schema.json');
    expect(flat(run.stdout)).toContain('(choices: question-set, answers, result, mirror; default: question-set)');
  });
});

describe("mistakes on the command line: exit 2, a message in the user's language, a hint, no stack trace", () => {
  it('shows the help without a command, as kantellat help does: on stdout, exit 0', async () => {
    const run = await runCliInProcess([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('Gebruik: kantellat [opties] [opdracht]\n')).toBe(true);
    expect(run.stdout).toContain('Opdrachten:');
  });

  it.each([
    [['frobnicate'], 'kantellat: onbekende opdracht "frobnicate"\nZie \'kantellat --help\'.\n'],
    [['questons'], 'kantellat: onbekende opdracht "questons"; bedoel je questions?\nZie \'kantellat --help\'.\n'],
    [['--frob'], 'kantellat: onbekende optie "--frob"\nZie \'kantellat --help\'.\n'],
    [['questions', '--frob'], 'kantellat: onbekende optie "--frob"\nZie \'kantellat questions --help\'.\n'],
    [
      ['questions', '--formaat', 'json'],
      'kantellat: onbekende optie "--formaat"; bedoel je --format?\nZie \'kantellat questions --help\'.\n',
    ],
    [
      ['questions', 'extra'],
      "kantellat: te veel argumenten: 'questions' verwacht er 0, kreeg er 1\nZie 'kantellat questions --help'.\n",
    ],
    [['validate'], "kantellat: het argument <files> ontbreekt\nZie 'kantellat validate --help'.\n"],
    [
      ['--lang', 'de', 'questions'],
      'kantellat: ongeldige waarde "de" voor --lang; kies uit: nl, en\nZie \'kantellat questions --help\'.\n',
    ],
    [
      ['questions', '--format'],
      "kantellat: optie -f, --format <format> heeft een waarde nodig\nZie 'kantellat questions --help'.\n",
    ],
    [['--lang', 'en', 'frobnicate'], 'kantellat: unknown command "frobnicate"\nSee \'kantellat --help\'.\n'],
    [['--lang', 'en', 'validate'], "kantellat: the argument <files> is missing\nSee 'kantellat validate --help'.\n"],
  ])('kantellat %j', async (args, stderr) => {
    const run = await runCliInProcess(args);
    expect(run).toEqual({ code: 2, stdout: '', stderr });
    expect(run.stderr).not.toMatch(STACK);
  });
});
