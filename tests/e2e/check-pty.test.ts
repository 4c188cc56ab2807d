import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawn, type IPty } from '@lydell/node-pty';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localize } from '../../src/core/text.js';
import { loadQuestionSet, parseAnswers } from '../../src/io/load.js';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';
import { workedExampleOptions } from '../helpers/worked-example.js';

const BIN = join(ROOT, 'bin', 'kantellat.js');
const kantellat = await loadQuestionSet();
const IDS = kantellat.questions.map((question) => question.id);

/**
 * The built binary in a real pseudo-terminal of 80 by 30, as a person at a terminal would run it.
 * Keys are sent only once the screen shows what they answer, so no test depends on timing.
 */
class Terminal {
  private output = '';
  private mark = 0;
  private readonly pty: IPty;
  readonly exit: Promise<number>;

  constructor(args: string[], home: string, size: { cols: number; rows: number } = { cols: 80, rows: 30 }) {
    const { FORCE_COLOR: _color, KANTELLAT_LANG: _lang, npm_command: _npm, ...inherited } = process.env;
    this.pty = spawn(process.execPath, [BIN, ...args], {
      name: 'xterm-256color',
      cols: size.cols,
      rows: size.rows,
      cwd: home,
      env: { ...inherited, NO_COLOR: '1', KANTELLAT_HOME: home },
    });
    this.pty.onData((data) => {
      this.output += data;
    });
    this.exit = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything shown so far, without escape codes. */
  screen(): string {
    return stripVTControlCharacters(this.output).replace(/\r/g, '');
  }

  /** What was shown since the last key sent. */
  sinceKeys(): string {
    return stripVTControlCharacters(this.output.slice(this.mark)).replace(/\r/g, '');
  }

  /** Waits until `text` shows up after the last key sent; fails with the screen so far if it never does. */
  async waitFor(text: string): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      if (this.sinceKeys().includes(text)) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`never saw ${JSON.stringify(text)}; the screen showed:\n${this.sinceKeys()}`);
  }

  /**
   * Waits until a question's prompt is drawn whole: its header and, below the choices, the key
   * hint. A key or a signal sent while the prompt is still being drawn would leave the rest of
   * the prompt in the output after the keys.
   */
  async waitForPrompt(header: string): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      const shown = this.sinceKeys();
      const at = shown.lastIndexOf(header);
      if (at !== -1 && shown.slice(at).includes('Ctrl+C: ')) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`never saw the whole prompt ${JSON.stringify(header)}; the screen showed:\n${this.sinceKeys()}`);
  }

  /**
   * Sends `keys` until `text` shows: for a key that may reach the program in one chunk with keys
   * sent just before it (which the check then drops as type-ahead). The key must be idempotent.
   */
  async keysUntil(keys: string, text: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      this.keys(keys);
      for (let j = 0; j < 10; j++) {
        if (this.sinceKeys().includes(text)) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    throw new Error(`never saw ${JSON.stringify(text)}; the screen showed:\n${this.sinceKeys()}`);
  }

  keys(keys: string): void {
    this.mark = this.output.length;
    this.pty.write(keys);
  }

  /**
   * Picks choice `n` of the question on screen with its number key, and once the cursor is on it,
   * confirms with Enter, as a person does: a digit and Enter in one go would be type-ahead, which
   * the check drops.
   */
  async answer(question: number, n: number | 'enter'): Promise<void> {
    await this.waitForPrompt(`Vraag ${question} van 12 ·`);
    // The cursor may already be on it (the first choice, or the answer given before).
    if (n !== 'enter' && !this.sinceKeys().includes(`❯ ${n}.`)) {
      this.keys(`${n}`);
      await this.waitFor(`❯ ${n}.`);
    }
    this.keys('\r');
  }

  signal(name: string): void {
    this.mark = this.output.length;
    this.pty.kill(name);
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // already gone
    }
  }
}

// Choice numbers on the bundled scale: 1 geen, 2 een paar, 3 ongeveer de helft, 4 de meeste, 5 alle
// tien, 6 weet ik niet, 7 niet van toepassing, then 8 "? uitleg bij deze vraag" and 9 "← vorige vraag".
// The answers of the 2.0.0 worked example in docs/scoring.md, typed as their choice numbers.
const OPTIONS = workedExampleOptions(kantellat);
/** The Dutch label of option `id` of question `index`. */
const labelOf = (index: number, id: string | undefined): string => {
  const option = kantellat.questions[index]?.optionById.get(id ?? '');
  return option === undefined ? '' : localize(option.label, 'nl');
};
const KEYS = OPTIONS.map(
  (option) => ['geen', 'paar', 'helft', 'meeste', 'alle', 'weet-niet', 'nvt'].indexOf(option) + 1,
);

describe('kantellat check in a real terminal (built binary)', () => {
  let home: string;
  let terminal: Terminal | undefined;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'kantellat-pty-'));
  });
  afterEach(() => {
    terminal?.kill();
    rmSync(home, { recursive: true, force: true });
  });

  const savedAnswers = () => {
    const files = readdirSync(join(home, 'results'));
    expect(files).toHaveLength(1);
    const file = join(home, 'results', files[0] ?? '');
    const parsed = parseAnswers(readFileSync(file), kantellat);
    if (!parsed.ok) throw new Error('the saved file does not parse');
    return { file, answers: Object.fromEntries(parsed.answers.choices) };
  };

  it('answers all 12 with number keys, goes back once, skips one, and shows and saves the result', async () => {
    const t = (terminal = new Terminal(['check'], home));
    await t.waitFor('Stoppen kan altijd met Ctrl+C');
    for (let q = 1; q <= 3; q++) await t.answer(q, KEYS[q - 1] ?? 0);
    // At question 4, back to question 3: its answer is still selected, Enter keeps it.
    await t.answer(4, 9);
    await t.waitFor('Vraag 3 van 12 · Eigen kracht en regie');
    await t.waitFor(`❯ ${KEYS[2]}. ${labelOf(2, OPTIONS[2])}`);
    await t.answer(3, 'enter');
    for (let q = 4; q <= 12; q++) await t.answer(q, KEYS[q - 1] ?? 0);
    await t.waitFor('Klopt dit zo?');
    await t.waitFor('Je antwoorden: 11 van 12 beantwoord');
    // The overview names each question by its short name (the question's own first words tell little apart).
    const skipped = OPTIONS.indexOf('nvt');
    const open = kantellat.questions[skipped];
    const shortName = localize(open?.short ?? open?.text ?? '', 'nl').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(t.sinceKeys()).toMatch(new RegExp(` {3}${skipped + 1}\\. Niet van toepassing +${shortName}`));
    t.keys('\r');
    expect(await t.exit).toBe(0);

    const screen = t.screen();
    expect(screen).toContain('De Kantellat · jouw uitslag');
    expect(screen).toContain('Totaal  ████████████░░░░░░░░  58 van 100 · Op weg');
    expect(screen).toContain('Netwerk en mantelzorg\n  ██████████░░░░░░░░░░  50 van 100 · Op weg');
    expect(screen).toContain('Het gesprek\n  █████████████░░░░░░░  63 van 100 · Op weg');
    // Three themes share the top score (63): none is named the strongest.
    expect(screen).not.toContain('Je sterkste thema');
    expect(screen).toContain('Hier begin je: Netwerk en mantelzorg (50 van 100).');
    const netwerk = kantellat.questions.find((question) => question.theme === 'netwerk');
    const short = netwerk?.short === undefined ? '' : localize(netwerk.short, 'nl');
    expect(screen.replace(/\s+/g, ' ')).toContain(
      `Bij "${short}" antwoordde je "Ongeveer de helft (4 tot 6)". Probeer:`,
    );
    expect(screen).toContain('11 van 12 vragen beantwoord.\nNiet meegeteld in de score: 1 × "niet van toepassing".');
    const results = screen.slice(screen.indexOf('De Kantellat · jouw uitslag'));
    expect(Math.max(...results.split('\n').map((line) => line.length))).toBeLessThanOrEqual(79);

    const { file, answers } = savedAnswers();
    expect(screen).toContain(`Je antwoorden zijn opgeslagen in:\n  ${file}`);
    expect(answers).toEqual(Object.fromEntries(IDS.map((id, i) => [id, OPTIONS[i]])));
  });

  it('stops at Ctrl-C on question 5 with a one-line hint and exit 130; --resume finishes and saves all answers', async () => {
    const first = (terminal = new Terminal(['check'], home));
    for (let q = 1; q <= 4; q++) await first.answer(q, KEYS[q - 1] ?? 0);
    await first.waitForPrompt('Vraag 5 van 12 ·');
    first.keys('\u0003');
    expect(await first.exit).toBe(130);
    const after = first
      .sinceKeys()
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(after).toEqual(['Gestopt; je antwoorden zijn bewaard. Verder gaan: kantellat check --resume']);
    expect(first.screen()).not.toMatch(/Error|    at /);
    expect(readdirSync(join(home, 'drafts'))).toEqual(['check.yaml']);

    const second = (terminal = new Terminal(['check', '--resume'], home));
    await second.waitFor('Welkom terug. Je had 4 van de 12 vragen ingevuld; we gaan verder bij vraag 5.');
    for (let q = 5; q <= 12; q++) await second.answer(q, KEYS[q - 1] ?? 0);
    await second.waitFor('Klopt dit zo?');
    second.keys('\r');
    expect(await second.exit).toBe(0);
    expect(second.screen()).toContain('58 van 100 · Op weg');
    expect(savedAnswers().answers).toEqual(Object.fromEntries(IDS.map((id, i) => [id, OPTIONS[i]])));
    expect(readdirSync(join(home, 'drafts'))).toEqual([]);
  });
});

describe('input nobody typed as an answer (built binary, 40 columns)', () => {
  it('keeps a multi-line pasted note whole, and typed-ahead keys never answer the next question', async () => {
    const home = mkdtempSync(join(tmpdir(), 'kantellat-pty-'));
    const t = new Terminal(['check', '--notes'], home, { cols: 40, rows: 24 });
    try {
      await t.answer(1, 4);
      await t.waitFor('Notitie bij vraag 1');
      // A paste that arrives in two chunks, each with its own line break.
      t.keys('eerste regel\r');
      t.keys('tweede regel\r');
      await t.waitFor('tweede regel');
      // The person's own Enter ends the note.
      t.keys('\r');
      await t.waitFor('Vraag 2 van 12 ·');
      // Typed ahead in one go: must not pick the first choice.
      t.keys('1\r');
      await t.keysUntil('3', '❯ 3.');
      t.keys('\r');
      await t.waitFor('Notitie bij vraag 2');
      t.keys('\r');
      await t.waitFor('Vraag 3 van 12 ·');
      t.keys('\u0003');
      expect(await t.exit).toBe(130);
      const draft = readFileSync(join(home, 'drafts', 'check.yaml'), 'utf8');
      // The choices as the 2.0 set orders them: the 4th of question 1, the 3rd of question 2.
      const [first, second] = kantellat.questions;
      expect(draft).toContain(`${first?.id}: ${first?.options[3]?.id}`);
      expect(draft).toContain(`${second?.id}: ${second?.options[2]?.id}`);
      expect(draft).toMatch(new RegExp(`${first?.id}: .*eerste regel tweede regel`));
    } finally {
      t.kill();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('kantellat check stopped by a signal (built binary)', () => {
  it('keeps the draft on SIGTERM as on Ctrl-C: exit 130 and the one-line hint, in English too', async () => {
    const home = mkdtempSync(join(tmpdir(), 'kantellat-pty-'));
    const t = new Terminal(['check', '--lang', 'en'], home);
    try {
      await t.waitFor('Question 1 of 12 ·');
      t.keys('4');
      await t.waitFor('❯ 4.');
      t.keys('\r');
      await t.waitForPrompt('Question 2 of 12 ·');
      t.signal('SIGTERM');
      expect(await t.exit).toBe(130);
      expect(
        t
          .sinceKeys()
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      ).toEqual(['Stopped; your answers are kept. To continue: kantellat check --resume --lang en']);
      expect(readFileSync(join(home, 'drafts', 'check.yaml'), 'utf8')).toContain(`${IDS[0]}: meeste`);
    } finally {
      t.kill();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('kantellat check without a terminal (standard input a pipe)', () => {
  it('exits 2 with a message that points to template and score, and nothing on stdout', async () => {
    const run = await runCliInProcess(['check']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('hier is geen\ninteractieve terminal');
    expect(run.stderr).toContain('kantellat template -o antwoorden.yaml');
    expect(run.stderr).toContain('kantellat score antwoorden.yaml');
    expect(run.stderr).not.toContain('\u001b');
  });

  it('says the same in English with --lang en', async () => {
    const run = await runCliInProcess(['check', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('there is no\ninteractive terminal here');
    expect(run.stderr).toContain('kantellat template -o answers.yaml');
  });

  it('tells someone who started it with npx to type npx kantellat', async () => {
    const run = await runCliInProcess(['check'], { env: { npm_command: 'exec' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('  npx kantellat template -o antwoorden.yaml');
    expect(run.stderr).toContain('  npx kantellat score antwoorden.yaml');
  });
});
