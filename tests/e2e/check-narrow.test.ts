import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localize } from '../../src/core/text.js';
import { loadQuestionSet } from '../../src/io/load.js';
import { tCheck } from '../../src/messages/check.js';
import { ROOT } from '../helpers/run-cli.js';

const BIN = join(ROOT, 'bin', 'kantellat.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// A server of its own: the test never touches the tmux sessions of whoever runs it, nor they its.
const SOCKET = ['-L', `kantellat-test-${process.pid}`];

/**
 * The built binary in tmux, whose capture-pane shows the screen as a person sees it: a line
 * wider than the terminal really wraps there, so a word broken in the middle shows as such.
 */
class Screen {
  readonly name = `kantellat-${process.pid}-${Math.random().toString(16).slice(2, 8)}`;
  readonly home = mkdtempSync(join(tmpdir(), 'kantellat-tmux-'));

  constructor(args: string[], cols: number, rows: number) {
    const command = `cd '${this.home}' && KANTELLAT_HOME='${this.home}' NO_COLOR=1 '${process.execPath}' '${BIN}' ${args.join(' ')}; sleep 60`;
    execFileSync('tmux', [
      ...SOCKET,
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(cols),
      '-y',
      String(rows),
      command,
    ]);
  }

  capture(): string[] {
    return execFileSync('tmux', [...SOCKET, 'capture-pane', '-p', '-t', this.name], { encoding: 'utf8' }).split('\n');
  }

  async waitFor(text: string): Promise<string[]> {
    for (let i = 0; i < 500; i++) {
      const lines = this.capture();
      if (lines.some((line) => line.includes(text))) return lines;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`never saw ${JSON.stringify(text)}:\n${this.capture().join('\n')}`);
  }

  keys(...keys: string[]): void {
    execFileSync('tmux', [...SOCKET, 'send-keys', '-t', this.name, ...keys]);
  }

  close(): void {
    spawnSync('tmux', [...SOCKET, 'kill-session', '-t', this.name]);
    rmSync(this.home, { recursive: true, force: true });
  }
}

const kantellat = await loadQuestionSet();
const texts = [
  ...(['keys.select', 'intro.facts', 'intro.keys', 'intro.pause', 'intro.private'] as const).map((key) =>
    tCheck('nl', key, { arrows: '↑↓', total: 12, minutes: 5 }),
  ),
  ...kantellat.questions.map((question) => localize(question.text, 'nl')),
  ...kantellat.questions.flatMap((question) => question.options.map((option) => localize(option.label, 'nl'))),
  localize(kantellat.intro ?? '', 'nl'),
];
/** Every word the first screens show. */
const WORDS = new Set(
  texts
    .join(' ')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1),
);

/** Where a word was cut in two: the end of one line and the start of the next form a word of the text. */
function brokenWords(lines: readonly string[]): string[] {
  const broken: string[] = [];
  for (const [i, line] of lines.entries()) {
    const last = /(\p{L}+)$/u.exec(line)?.[1];
    const first = /^\s*(\p{L}+)/u.exec(lines[i + 1] ?? '')?.[1];
    if (last !== undefined && first !== undefined && WORDS.has(last + first))
      broken.push(`${line}|${lines[i + 1] ?? ''}`);
  }
  return broken;
}

describe.skipIf(!hasTmux)('check on a narrow, short terminal (tmux, built binary)', () => {
  let screen: Screen | undefined;
  afterEach(() => screen?.close());

  it('at 40 columns and 12 rows: the question header stays visible and no word is broken', async () => {
    screen = new Screen(['check'], 40, 12);
    const lines = await screen.waitFor('Vraag 1 van 12');
    expect(lines.join('\n')).toContain('Vraag 1 van 12 · Het gesprek');
    expect(brokenWords(lines)).toEqual([]);
    // The choices scroll under the question: the last ones come into view with the arrow keys.
    screen.keys('6');
    const later = await screen.waitFor('6. Weet ik niet');
    expect(later.join('\n')).toContain('Vraag 1 van 12');
    expect(brokenWords(later)).toEqual([]);
  });

  it('at 40 columns and 12 rows: an explanation stays in view until the person goes back to the question', async () => {
    screen = new Screen(['check'], 40, 12);
    await screen.waitFor('Vraag 1 van 12');
    // The explanation is the choice after the answers and the empty line between them.
    const help = (kantellat.questions[0]?.options.length ?? 0) + 1;
    screen.keys(String(help));
    await screen.waitFor(`❯ ${help}.`);
    screen.keys('Enter');
    const shown = await screen.waitFor(tCheck('nl', 'help.read'));
    const lastWords = localize(kantellat.questions[0]?.help ?? '', 'nl')
      .split(' ')
      .slice(-2)
      .join(' ');
    expect(shown.join(' ').replace(/\s+/g, ' ')).toContain(lastWords);
    expect(brokenWords(shown)).toEqual([]);
    screen.keys('Enter');
    const again = await screen.waitFor('Vraag 1 van 12');
    expect(again.join('\n')).not.toContain(tCheck('nl', 'help.read'));
  });

  it('at 40 columns: the list of answers to change keeps each choice on its line', async () => {
    screen = new Screen(['check', '--no-save'], 40, 12);
    for (let number = 1; number <= kantellat.questions.length; number++) {
      await screen.waitFor(`Vraag ${number} van 12`);
      await screen.waitFor('Ctrl+C: stoppen');
      screen.keys('2');
      await screen.waitFor('❯ 2.');
      screen.keys('Enter');
    }
    await screen.waitFor(tCheck('nl', 'summary.change'));
    screen.keys('2');
    await screen.waitFor(`❯ 2. ${tCheck('nl', 'summary.change')}`);
    screen.keys('Enter');
    await screen.waitFor(tCheck('nl', 'summary.pick'));
    // The last choice, "niets wijzigen", by its number.
    screen.keys('1');
    await screen.waitFor('❯ 1.');
    screen.keys('3');
    const lines = await screen.waitFor('❯ 13.');
    const last = lines.findIndex((line) => line.includes('❯ 13.'));
    expect(lines[last]).toMatch(/niets wijzigen/);
    expect(lines[last + 1]?.trim()).toBe('');
  });

  it('at 40 columns: the intro and the key hint wrap between words', async () => {
    screen = new Screen(['check'], 40, 30);
    const lines = await screen.waitFor('Ctrl+C: stoppen');
    expect(brokenWords(lines)).toEqual([]);
  });
});
