import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { localeOf } from '../../src/messages/locale.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Context } from '../../src/commands/context.js';
import { exitCodeForError } from '../../src/cli.js';
import { runCheck, type CheckDeps } from '../../src/commands/check.js';
import {
  countAnswered,
  runCheckFlow,
  type CheckAsk,
  type CheckState,
  type DraftDecision,
  type DraftFound,
} from '../../src/core/check-flow.js';
import { InterruptedError } from '../../src/core/problem.js';
import { resultDocumentSchema } from '../../src/core/result-json.js';
import { answersFileText } from '../../src/render/answers-yaml.js';
import { loadQuestionSet, parseAnswers } from '../../src/io/load.js';
import { workedExampleOptions } from '../helpers/worked-example.js';

const SMALL = fileURLToPath(new URL('../fixtures/check-small/questions.yaml', import.meta.url));
const small = await loadQuestionSet(SMALL);
const kantellat = await loadQuestionSet();

/** One scripted reaction of the person at the terminal. */
type Item =
  | { pick: string }
  | 'back'
  | 'help'
  | { note: string }
  | 'done'
  | { change: string }
  | { draft: DraftDecision }
  | { replace: boolean }
  | { review: boolean }
  | 'ctrl-c';

/**
 * A CheckAsk that plays a script and logs what it was asked, so a test reads like the session:
 * "q q2 current=soms back=previous" means question q2 was shown with "soms" preselected.
 */
function scripted(script: Item[]) {
  const items = [...script];
  const log: string[] = [];
  const drafts: DraftFound[] = [];
  const next = (at: string): Item => {
    const item = items.shift();
    if (item === undefined) throw new Error(`the script ended, but the program asked: ${at}`);
    if (item === 'ctrl-c') throw new InterruptedError();
    return item;
  };
  const wrong = (at: string, item: Item): Error => new Error(`at ${at} the script says ${JSON.stringify(item)}`);
  const ask: CheckAsk = {
    async intro(step) {
      log.push(
        step.resumed
          ? `intro resumed ${step.answered}/${step.total} at ${step.continueAt ?? 'summary'}`
          : `intro ${step.total}`,
      );
    },
    async question(step) {
      const at = `q ${step.question.id} current=${step.current ?? '-'} back=${step.back ?? 'none'}`;
      log.push(at);
      const item = next(at);
      if (item === 'back') return { kind: 'back' };
      if (item === 'help') return { kind: 'help' };
      if (typeof item === 'object' && 'pick' in item) return { kind: 'option', option: item.pick };
      throw wrong(at, item);
    },
    async help(step) {
      log.push(`help ${step.question.id}`);
    },
    async note(step) {
      const at = `note ${step.question.id} current=${step.current ?? '-'}`;
      log.push(at);
      const item = next(at);
      if (typeof item === 'object' && 'note' in item) return item.note;
      throw wrong(at, item);
    },
    async summary(step) {
      const at = `summary ${step.answered}/${step.total} ${step.rows.map((row) => `${row.question.id}=${row.option ?? '-'}${row.hasNote ? '*' : ''}`).join(' ')}`;
      log.push(at);
      const item = next(at);
      if (item === 'done') return { kind: 'done' };
      if (typeof item === 'object' && 'change' in item) return { kind: 'change', questionId: item.change };
      throw wrong(at, item);
    },
    async draftFound(found) {
      drafts.push(found);
      const at = `draft ${found.kind}`;
      log.push(at);
      const item = next(at);
      if (typeof item === 'object' && 'draft' in item) return item.draft;
      throw wrong(at, item);
    },
    async consistency(notice) {
      const at = `consistency same=${notice.sameOption?.option ?? '-'} contradictions=${notice.contradictions.map((c) => c.theme).join(',') || '-'}`;
      log.push(at);
      const item = next(at);
      if (typeof item === 'object' && 'review' in item) return item.review;
      throw wrong(at, item);
    },
    async replaceFile(file) {
      const at = `replace ${file}`;
      log.push(at);
      const item = next(at);
      if (typeof item === 'object' && 'replace' in item) return item.replace;
      throw wrong(at, item);
    },
  };
  return { ask, log, drafts, left: () => items.length };
}

const answersOf = (state: CheckState) => Object.fromEntries(state.choices);

describe('the check flow (scripted, no terminal)', () => {
  const saves: CheckState[] = [];
  const progress = async (state: CheckState) => {
    saves.push(state);
  };
  beforeEach(() => {
    saves.length = 0;
  });

  it('asks each question once and ends when the summary is accepted', async () => {
    const { ask, log, left } = scripted([{ pick: 'altijd' }, { pick: 'nooit' }, { pick: 'soms' }, 'done']);
    const final = await runCheckFlow(small, ask, { notes: false, progress });
    expect(log).toEqual([
      'intro 3',
      'q q1 current=- back=none',
      'q q2 current=- back=previous',
      'q q3 current=- back=previous',
      'summary 3/3 q1=altijd q2=nooit q3=soms',
    ]);
    expect(answersOf(final)).toEqual({ q1: 'altijd', q2: 'nooit', q3: 'soms' });
    expect(left()).toBe(0);
    // A draft after every answer, each further along.
    expect(saves.map((state) => [state.position, state.choices.size, state.phase])).toEqual([
      [1, 1, 'questions'],
      [2, 2, 'questions'],
      [3, 3, 'summary'],
    ]);
  });

  it('goes back to the previous question with its answer preselected, and on from there', async () => {
    const { ask, log } = scripted([
      { pick: 'soms' },
      'back',
      { pick: 'altijd' },
      { pick: 'nooit' },
      'back',
      'back',
      { pick: 'altijd' },
      { pick: 'soms' },
      { pick: 'nooit' },
      'done',
    ]);
    const final = await runCheckFlow(small, ask, { notes: false, progress });
    expect(log).toEqual([
      'intro 3',
      'q q1 current=- back=none',
      'q q2 current=- back=previous',
      'q q1 current=soms back=none',
      'q q2 current=- back=previous',
      'q q3 current=- back=previous',
      'q q2 current=nooit back=previous',
      'q q1 current=altijd back=none',
      'q q2 current=nooit back=previous',
      'q q3 current=- back=previous',
      'summary 3/3 q1=altijd q2=soms q3=nooit',
    ]);
    expect(answersOf(final)).toEqual({ q1: 'altijd', q2: 'soms', q3: 'nooit' });
  });

  it('offers no way back from the first question: a stray "back" asks it again', async () => {
    const { ask, log } = scripted(['back', { pick: 'soms' }, { pick: 'soms' }, { pick: 'soms' }, 'done']);
    await runCheckFlow(small, ask, { notes: false, progress });
    expect(log.slice(1, 3)).toEqual(['q q1 current=- back=none', 'q q1 current=- back=none']);
  });

  it('shows the help text on request and asks the same question again', async () => {
    const { ask, log } = scripted([{ pick: 'soms' }, 'help', { pick: 'soms' }, 'help', { pick: 'altijd' }, 'done']);
    await runCheckFlow(small, ask, { notes: false, progress });
    expect(log).toEqual([
      'intro 3',
      'q q1 current=- back=none',
      'q q2 current=- back=previous',
      'help q2',
      'q q2 current=- back=previous',
      // q3 has no help text: nothing is shown, the question comes again.
      'q q3 current=- back=previous',
      'q q3 current=- back=previous',
      'summary 3/3 q1=soms q2=soms q3=altijd',
    ]);
  });

  it('keeps "weet ik niet" as the answer, and does not count it as answered', async () => {
    const { ask, log } = scripted([{ pick: 'nvt' }, { pick: 'soms' }, { pick: 'nvt' }, 'done']);
    const final = await runCheckFlow(small, ask, { notes: false, progress });
    expect(answersOf(final)).toEqual({ q1: 'nvt', q2: 'soms', q3: 'nvt' });
    expect(countAnswered(small, final.choices)).toBe(1);
    expect(log.at(-1)).toBe('summary 1/3 q1=nvt q2=soms q3=nvt');
  });

  it('asks for a note after each answer with --notes, keeps it when going back, and drops an emptied one', async () => {
    const { ask, log } = scripted([
      { pick: 'soms' },
      { note: 'lastig: "soms" # is eerlijk' },
      'back',
      { pick: 'altijd' },
      { note: 'lastig: "soms" # is eerlijk, nu beter' },
      { pick: 'nooit' },
      { note: '' },
      { pick: 'soms' },
      { note: '  ' },
      'done',
    ]);
    const final = await runCheckFlow(small, ask, { notes: true, progress });
    expect(log).toEqual([
      'intro 3',
      'q q1 current=- back=none',
      'note q1 current=-',
      'q q2 current=- back=previous',
      'q q1 current=soms back=none',
      'note q1 current=lastig: "soms" # is eerlijk',
      'q q2 current=- back=previous',
      'note q2 current=-',
      'q q3 current=- back=previous',
      'note q3 current=-',
      'summary 3/3 q1=altijd* q2=nooit q3=soms',
    ]);
    expect(Object.fromEntries(final.notes)).toEqual({ q1: 'lastig: "soms" # is eerlijk, nu beter' });
    // The answer is saved before its note is asked, and the note after it.
    expect(saves.map((state) => [state.choices.get('q1'), state.notes.get('q1')])).toEqual([
      ['soms', undefined],
      ['soms', 'lastig: "soms" # is eerlijk'],
      ['altijd', 'lastig: "soms" # is eerlijk'],
      ['altijd', 'lastig: "soms" # is eerlijk, nu beter'],
      ['altijd', 'lastig: "soms" # is eerlijk, nu beter'],
      ['altijd', 'lastig: "soms" # is eerlijk, nu beter'],
      ['altijd', 'lastig: "soms" # is eerlijk, nu beter'],
      ['altijd', 'lastig: "soms" # is eerlijk, nu beter'],
    ]);
  });

  it('lets one answer be changed from the summary, or nothing, and shows the summary again', async () => {
    const { ask, log } = scripted([
      { pick: 'soms' },
      { pick: 'soms' },
      { pick: 'soms' },
      { change: 'q2' },
      'help',
      { pick: 'nooit' },
      { change: 'q3' },
      'back',
      'done',
    ]);
    const final = await runCheckFlow(small, ask, { notes: false, progress });
    expect(log.slice(4)).toEqual([
      'summary 3/3 q1=soms q2=soms q3=soms',
      'q q2 current=soms back=summary',
      'help q2',
      'q q2 current=soms back=summary',
      'summary 3/3 q1=soms q2=nooit q3=soms',
      'q q3 current=soms back=summary',
      'summary 3/3 q1=soms q2=nooit q3=soms',
    ]);
    expect(answersOf(final)).toEqual({ q1: 'soms', q2: 'nooit', q3: 'soms' });
    expect(saves.at(-1)?.choices.get('q2')).toBe('nooit');
  });

  it('resumes from a saved state at the question where it stopped', async () => {
    const start: CheckState = {
      phase: 'questions',
      position: 2,
      choices: new Map([
        ['q1', 'soms'],
        ['q2', 'altijd'],
      ]),
      notes: new Map(),
    };
    const { ask, log } = scripted(['back', { pick: 'soms' }, { pick: 'nooit' }, 'done']);
    const final = await runCheckFlow(small, ask, { notes: false, start, progress });
    expect(log.slice(0, 3)).toEqual([
      'intro resumed 2/3 at 3',
      'q q3 current=- back=previous',
      'q q2 current=altijd back=previous',
    ]);
    expect(answersOf(final)).toEqual({ q1: 'soms', q2: 'soms', q3: 'nooit' });
  });

  it('stops at Ctrl-C with what was answered already saved', async () => {
    const { ask } = scripted([{ pick: 'soms' }, { pick: 'altijd' }, 'ctrl-c']);
    await expect(runCheckFlow(small, ask, { notes: false, progress })).rejects.toBeInstanceOf(InterruptedError);
    const last = saves.at(-1);
    expect(last === undefined ? null : answersOf(last)).toEqual({ q1: 'soms', q2: 'altijd' });
    expect(saves.at(-1)?.position).toBe(2);
  });

  it('refuses an option the question does not have', async () => {
    const { ask } = scripted([{ pick: 'misschien' }]);
    await expect(runCheckFlow(small, ask, { notes: false, progress })).rejects.toThrow(/misschien/);
  });
});

/** A buffer that stands in for a terminal stream. */
function terminalBuffer() {
  let text = '';
  return {
    stream: { write: (chunk: string) => (text += chunk), isTTY: true, columns: 80 },
    text: () => text,
  };
}

describe('kantellat check (in-process, scripted terminal)', () => {
  let home: string;
  let stdout: ReturnType<typeof terminalBuffer>;
  let stderr: ReturnType<typeof terminalBuffer>;
  const NOW = new Date('2026-11-28T10:15:30Z');

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'kantellat-check-'));
    stdout = terminalBuffer();
    stderr = terminalBuffer();
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  const context = (change: Partial<Context> = {}): Context => ({
    locale: localeOf('nl'),
    questionsFile: undefined,
    color: true,
    debug: false,
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    env: { KANTELLAT_HOME: home, NO_COLOR: '1' },
    cwd: home,
    ...change,
  });
  /** A run's exit code as kantellat ends with it: a typed error becomes its message and code in cli.ts's one place. */
  const exitOf = async (run: Promise<number>, lang: 'nl' | 'en' = 'nl'): Promise<number> => {
    try {
      return await run;
    } catch (error) {
      return exitCodeForError(error, lang, { stderr: stderr.stream });
    }
  };
  const depsFor = (ask: CheckAsk, now: Date = NOW): CheckDeps => ({
    open: async () => ({ ask, close: () => undefined }),
    now: () => now,
  });
  const draftFile = () => join(home, 'drafts', 'check.yaml');
  const results = () =>
    existsSync(join(home, 'results'))
      ? readdirSync(join(home, 'results')).map((name) => join(home, 'results', name))
      : [];
  const twelve = (picks: string[]): Item[] => picks.map((pick) => ({ pick }));
  // The 2.0.0 worked example of docs/scoring.md, in the set's order.
  const ALL = workedExampleOptions(kantellat);
  const IDS = kantellat.questions.map((question) => question.id);
  /** A check stopped with Ctrl-C after three answers, which leaves a draft behind. */
  const leaveDraft = () =>
    expect(
      runCheck(context(), {}, depsFor(scripted([...twelve(ALL.slice(0, 3)), 'ctrl-c']).ask)),
    ).rejects.toBeInstanceOf(InterruptedError);

  it('asks, shows the results and saves a readable answer file under a timestamped name', async () => {
    const { ask, left } = scripted([...twelve(ALL), 'done']);
    const code = await runCheck(context(), { name: 'Anna' }, depsFor(ask));
    expect(code).toBe(0);
    expect(left()).toBe(0);
    const [file, ...others] = results();
    expect(others).toEqual([]);
    expect(file).toBe(join(home, 'results', 'kantellat-2026-11-28T10-15-30.yaml'));
    const text = readFileSync(file ?? '', 'utf8');
    expect(text).toMatch(/^# De Kantellat: antwoorden, ingevuld met "kantellat check"/);
    expect(text).toContain('  # 5. In hoeveel van je laatste tien');
    const parsed = parseAnswers(text, kantellat);
    expect(parsed.ok && Object.fromEntries(parsed.answers.choices)).toEqual(
      Object.fromEntries(IDS.map((id, i) => [id, ALL[i]])),
    );
    expect(parsed.ok && parsed.answers.respondent).toBe('Anna');
    // The results screen, on stdout, for exactly these answers: (62.5 + 62.5 + 50 + 62.5 + 50) / 5 themes;
    // "resultaat" has one n.v.t. (2 of 2 needed), which could not change the level (52..60).
    expect(stdout.text()).toContain('Totaal  ████████████░░░░░░░░  58 van 100 · Op weg');
    expect(stdout.text()).toContain('Hier begin je: Netwerk en mantelzorg (50 van 100).');
    expect(stdout.text()).not.toContain('\u001b[');
    expect(stderr.text()).toContain(`Je antwoorden zijn opgeslagen in:\n  ${file}`);
    expect(stderr.text()).toContain('Eerdere uitslagen bekijk je met:\n  kantellat history\n');
    // A finished check leaves no draft behind.
    expect(existsSync(draftFile())).toBe(false);
  });

  it('asks an English-only set in English when no language was chosen, and shows a checklist in points', async () => {
    const workshop = fileURLToPath(new URL('../fixtures/outside-sets/english-only/workshop.yaml', import.meta.url));
    const english = scripted([{ pick: 's7' }, { pick: 'agree' }, { pick: 'dont-know' }, 'done']);
    expect(await runCheck(context({ questionsFile: workshop, langByDefault: true }), {}, depsFor(english.ask))).toBe(0);
    // recommend 7 of 10 and "Agree": Content (70 + 100) / 2 = 85; Pace has only "Don't know", so no score.
    expect(stdout.text()).toContain('Overall  █████████████████░░░  85 of 100 · Worked');
    expect(stderr.text()).toContain('Your answers are saved in:');
    // Without its set, history would list this result as "another question set", without a score.
    expect(stderr.text().replace(/\s+/g, ' ')).toContain(
      `See earlier results with: kantellat history --questions ${workshop} --lang en `,
    );

    const checklist = fileURLToPath(new URL('../fixtures/outside-sets/checklist/checklist.yaml', import.meta.url));
    const yes = scripted([
      { pick: 'ja' },
      { pick: 'ja' },
      { pick: 'nee' },
      { pick: 'ja' },
      { pick: 'nee' },
      { pick: 'ja' },
      'done',
    ]);
    expect(await runCheck(context({ questionsFile: checklist }), {}, depsFor(yes.ask))).toBe(0);
    expect(stdout.text()).toContain('4 van 6 punten · Redelijk');
  });

  it('keeps the draft at Ctrl-C on question 5, says in one line how to continue, and --resume finishes it', async () => {
    const first = scripted([...twelve(ALL.slice(0, 4)), 'ctrl-c']);
    await expect(runCheck(context(), {}, depsFor(first.ask))).rejects.toBeInstanceOf(InterruptedError);
    expect(stderr.text()).toBe('Gestopt; je antwoorden zijn bewaard. Verder gaan: kantellat check --resume\n');
    expect(stdout.text()).toBe('');
    expect(results()).toEqual([]);
    const draft = readFileSync(draftFile(), 'utf8');
    expect(draft).toContain('position: 4');
    expect(draft).toContain(`${IDS[3]}: ${ALL[3]}`);

    const second = scripted([...twelve(ALL.slice(4)), 'done']);
    const code = await runCheck(context(), { resume: true }, depsFor(second.ask, new Date('2026-11-28T10:20:00Z')));
    expect(code).toBe(0);
    expect(second.log.slice(0, 2)).toEqual(['intro resumed 4/12 at 5', `q ${IDS[4]} current=- back=previous`]);
    const [file] = results();
    const parsed = parseAnswers(readFileSync(file ?? ''), kantellat);
    expect(parsed.ok && Object.fromEntries(parsed.answers.choices)).toEqual(
      Object.fromEntries(IDS.map((id, i) => [id, ALL[i]])),
    );
    expect(existsSync(draftFile())).toBe(false);
  });

  it('never replaces a draft silently: a new check asks, and "stop" changes nothing', async () => {
    await leaveDraft();
    const before = readFileSync(draftFile(), 'utf8');

    const stop = scripted([{ draft: 'stop' }]);
    expect(await runCheck(context(), {}, depsFor(stop.ask))).toBe(0);
    expect(stop.drafts).toEqual([
      {
        kind: 'fits',
        started: '2026-11-28T10:15:30.000Z',
        answered: 3,
        total: 12,
        whose: { respondent: null, someoneElse: false, keptAt: null },
      },
    ]);
    expect(readFileSync(draftFile(), 'utf8')).toBe(before);
    expect(stderr.text()).toContain('Er is niets veranderd. Later verder gaan: kantellat check --resume');

    const resume = scripted([{ draft: 'resume' }, ...twelve(ALL.slice(3)), 'done']);
    expect(await runCheck(context(), {}, depsFor(resume.ask))).toBe(0);
    expect(resume.log[1]).toBe('intro resumed 3/12 at 4');
    expect(existsSync(draftFile())).toBe(false);
  });

  it("says whose draft it is, and for another --name starts over by default and keeps the other person's draft aside", async () => {
    await expect(
      runCheck(context(), { name: 'Anna' }, depsFor(scripted([...twelve(ALL.slice(0, 3)), 'ctrl-c']).ask)),
    ).rejects.toBeInstanceOf(InterruptedError);
    const annas = readFileSync(draftFile(), 'utf8');
    const aside = join(home, 'drafts', 'check-2026-11-28T10-15-30-000Z.yaml');

    // Anna herself, with --resume: told whose check continues.
    const same = scripted(['ctrl-c']);
    await expect(runCheck(context(), { name: 'anna', resume: true }, depsFor(same.ask))).rejects.toBeInstanceOf(
      InterruptedError,
    );
    expect(stderr.text()).toContain('Je gaat verder met de check van Anna, begonnen op ');
    expect(same.log[0]).toBe('intro resumed 3/12 at 4');

    // Bram, even with --resume: asked, not continued into Anna's answers.
    const bram = scripted([{ draft: 'restart' }, 'ctrl-c']);
    await expect(runCheck(context(), { name: 'Bram', resume: true }, depsFor(bram.ask))).rejects.toBeInstanceOf(
      InterruptedError,
    );
    expect(bram.drafts).toEqual([
      {
        kind: 'fits',
        started: '2026-11-28T10:15:30.000Z',
        answered: 3,
        total: 12,
        whose: { respondent: 'Anna', someoneElse: true, keptAt: aside },
      },
    ]);
    // Wrapped to the terminal's width, between words.
    expect(stderr.text().replace(/\s+/g, ' ')).toContain(
      `De onafgemaakte check van Anna blijft bewaard; zodra je de eerste vraag beantwoordt, staat hij in: ${aside}`,
    );
    // Stopped before the first answer: Anna's draft is where it was.
    expect(readFileSync(draftFile(), 'utf8')).toBe(annas);
    expect(existsSync(aside)).toBe(false);

    // Bram's first answer sets Anna's draft aside, whole, instead of overwriting it.
    const again = scripted([{ draft: 'restart' }, { pick: ALL[0] ?? '' }, 'ctrl-c']);
    await expect(runCheck(context(), { name: 'Bram' }, depsFor(again.ask))).rejects.toBeInstanceOf(InterruptedError);
    expect(readFileSync(aside, 'utf8')).toBe(annas);
    expect(readFileSync(draftFile(), 'utf8')).toContain('respondent: Bram');
  });

  it("the draft prompt names the person, and makes starting over the default for someone else's draft", async () => {
    const { checkAsk } = await import('../../src/prompt.js');
    const selects: Array<{ message: string; values: unknown[]; default: unknown }> = [];
    const written: string[] = [];
    const prompter = {
      async select<V>(
        message: string,
        choices: ReadonlyArray<{ value: V; name: string } | 'gap'>,
        options: { default?: V } = {},
      ): Promise<V> {
        const real = choices.filter((c): c is { value: V; name: string } => c !== 'gap');
        selects.push({ message, values: real.map((c) => `${String(c.value)}: ${c.name}`), default: options.default });
        const picked = options.default ?? real[0]?.value;
        if (picked === undefined) throw new Error(`nothing to pick at ${message}`);
        return picked;
      },
      input: async () => '',
      confirm: async () => false,
      write: (text: string) => void written.push(text),
      width: () => 79,
      room: () => 10,
      close: () => undefined,
    };
    const ask = checkAsk(prompter, { locale: localeOf('nl'), set: kantellat, unicode: true, keepsDrafts: true });
    const started = '2026-11-28T10:15:30.000Z';
    expect(
      await ask.draftFound({
        kind: 'fits',
        started,
        answered: 3,
        total: 12,
        whose: { respondent: 'Anna', someoneElse: true, keptAt: '/x/check-a.yaml' },
      }),
    ).toBe('restart');
    expect(written.join('')).toContain('Er is een check van Anna die nog niet af is: begonnen op ');
    expect(selects[0]?.values).toEqual([
      'restart: Een nieuwe check beginnen (die van Anna blijft apart bewaard)',
      'resume: Verdergaan met de check van Anna',
      'stop: Stoppen (er verandert niets)',
    ]);
    expect(
      await ask.draftFound({
        kind: 'fits',
        started,
        answered: 3,
        total: 12,
        whose: { respondent: 'Anna', someoneElse: false, keptAt: null },
      }),
    ).toBe('resume');
    expect(selects[1]?.values[0]).toBe('resume: Verdergaan met de check van Anna');
  });

  it('keeps the draft when stopped at the question what to do with it', async () => {
    await leaveDraft();
    const before = readFileSync(draftFile(), 'utf8');
    await expect(
      runCheck(context({ locale: localeOf('en') }), {}, depsFor(scripted(['ctrl-c']).ask)),
    ).rejects.toBeInstanceOf(InterruptedError);
    expect(stderr.text().trim().split('\n').at(-1)).toBe(
      'Stopped; your answers are kept. To continue: kantellat check --resume --lang en',
    );
    expect(readFileSync(draftFile(), 'utf8')).toBe(before);
  });

  it('starts over only when asked to, throwing the old draft away', async () => {
    await leaveDraft();
    const restart = scripted([{ draft: 'restart' }, 'ctrl-c']);
    await expect(runCheck(context(), {}, depsFor(restart.ask))).rejects.toBeInstanceOf(InterruptedError);
    expect(restart.log).toEqual(['draft fits', 'intro 12', `q ${IDS[0]} current=- back=none`]);
    expect(existsSync(draftFile())).toBe(false);
    expect(stderr.text().trim().split('\n').at(-1)).toBe('Gestopt; er was nog niets ingevuld.');
  });

  it('refuses to resume a draft of another question set, and says how to continue it', async () => {
    const other = scripted([{ pick: 'soms' }, 'ctrl-c']);
    await expect(runCheck(context({ questionsFile: SMALL }), {}, depsFor(other.ask))).rejects.toBeInstanceOf(
      InterruptedError,
    );
    expect(stderr.text().replace(/\s+/g, ' ')).toContain(`Verder gaan: kantellat check --resume --questions ${SMALL}`);
    const resume = scripted([]);
    expect(await exitOf(runCheck(context(), { resume: true }, depsFor(resume.ask)))).toBe(2);
    expect(stderr.text()).toContain(
      `De onafgemaakte check hoort bij vragenlijst "klein" versie 1.2.0, niet bij "kantellat" versie 2.0.0. Ga verder met: kantellat check --resume --questions ${SMALL}`,
    );
    // A new check of the Kantellat sees the other draft, and cannot "resume" it.
    const fresh = scripted([{ draft: 'stop' }]);
    expect(await runCheck(context(), {}, depsFor(fresh.ask))).toBe(0);
    expect(fresh.drafts[0]).toMatchObject({ kind: 'other', questionSet: 'klein', version: '1.2.0' });
  });

  it('refuses a draft of an older version of the same set', async () => {
    mkdirSync(join(home, 'drafts'), { recursive: true });
    const draft = {
      kind: 'kantellat-check-draft',
      questionSet: 'kantellat',
      version: '0.9.0',
      questionsFile: null,
      respondent: null,
      saveTo: null,
      withNotes: false,
      started: NOW.toISOString(),
      updated: NOW.toISOString(),
      phase: 'questions',
      position: 1,
      answers: { 'gesprek-tijd': 'vaak' },
      notes: {},
    };
    writeFileSync(draftFile(), stringify(draft));
    expect(await exitOf(runCheck(context(), { resume: true }, depsFor(scripted([]).ask)))).toBe(2);
    expect(stderr.text()).toContain(
      'De onafgemaakte check is begonnen op versie 0.9.0 van "kantellat"; deze versie is 2.0.0',
    );
  });

  it('reports a damaged draft with file, line and column instead of resuming it', async () => {
    mkdirSync(join(home, 'drafts'), { recursive: true });
    writeFileSync(draftFile(), 'kind: kantellat-check-draft\nquestionSet: kantellat\nversion: 1.0.0\nposition: -3\n');
    expect(await exitOf(runCheck(context(), { resume: true }, depsFor(scripted([]).ask)))).toBe(2);
    expect(stderr.text()).toMatch(new RegExp(`${draftFile().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:11  `));
    expect(stderr.text()).toContain('De onafgemaakte check kan niet worden gelezen.');
    expect(stderr.text()).not.toContain('    at ');
  });

  it('continues with a new check when --resume finds no draft', async () => {
    const { ask, log } = scripted([...twelve(ALL), 'done']);
    expect(await runCheck(context(), { resume: true }, depsFor(ask))).toBe(0);
    expect(stderr.text()).toContain('Er is geen onafgemaakte check gevonden; we beginnen een nieuwe.');
    expect(log[0]).toBe('intro 12');
  });

  it('wraps its own messages between words on a narrow terminal (40 columns)', async () => {
    const stopped = scripted([...twelve(ALL.slice(0, 2)), 'ctrl-c']);
    const narrow = { ...stderr.stream, columns: 40 };
    await expect(runCheck(context({ stderr: narrow }), { save: false }, depsFor(stopped.ask))).rejects.toBeInstanceOf(
      InterruptedError,
    );
    expect(stderr.text()).toBe('Gestopt; er is niets bewaard\n(--no-save).\n');
  });

  it('saves nothing at all with --no-save, not even a draft', async () => {
    const stopped = scripted([...twelve(ALL.slice(0, 2)), 'ctrl-c']);
    await expect(runCheck(context(), { save: false }, depsFor(stopped.ask))).rejects.toBeInstanceOf(InterruptedError);
    expect(existsSync(draftFile())).toBe(false);
    expect(stderr.text()).toBe('Gestopt; er is niets bewaard (--no-save).\n');
    const done = scripted([...twelve(ALL), 'done']);
    expect(await runCheck(context(), { save: false }, depsFor(done.ask))).toBe(0);
    expect(results()).toEqual([]);
    expect(existsSync(join(home, 'drafts'))).toBe(false);
    expect(stderr.text()).toContain('Je antwoorden zijn niet opgeslagen (--no-save).');
    expect(stdout.text()).toContain('58 van 100');
  });

  it('leaves an earlier draft alone with --no-save, and finishes it with --resume --no-save', async () => {
    await leaveDraft();
    const before = readFileSync(draftFile(), 'utf8');
    const other = scripted([...twelve(ALL), 'done']);
    expect(await runCheck(context(), { save: false }, depsFor(other.ask))).toBe(0);
    expect(other.log[0]).toBe('intro 12');
    expect(readFileSync(draftFile(), 'utf8')).toBe(before);
    const resumed = scripted([...twelve(ALL.slice(3)), 'done']);
    expect(await runCheck(context(), { save: false, resume: true }, depsFor(resumed.ask))).toBe(0);
    expect(existsSync(draftFile())).toBe(false);
    expect(results()).toEqual([]);
  });

  it('asks before replacing an existing --save file, before the first question', async () => {
    const target = join(home, 'mijn-antwoorden.yaml');
    writeFileSync(target, 'oud\n');
    const no = scripted([{ replace: false }]);
    expect(await exitOf(runCheck(context(), { save: 'mijn-antwoorden.yaml' }, depsFor(no.ask)))).toBe(2);
    expect(no.log).toEqual([`replace ${target}`]);
    expect(readFileSync(target, 'utf8')).toBe('oud\n');
    expect(stderr.text()).toContain(`Er is niets veranderd: ${target} bestaat al.`);

    const yes = scripted([{ replace: true }, ...twelve(ALL), 'done']);
    expect(await runCheck(context(), { save: 'mijn-antwoorden.yaml' }, depsFor(yes.ask))).toBe(0);
    expect(parseAnswers(readFileSync(target), kantellat).ok).toBe(true);
    expect(results()).toEqual([]);
  });

  it('refuses to save through a symbolic link, before the first question', async () => {
    const real = join(home, 'echt.yaml');
    writeFileSync(real, 'oud\n');
    symlinkSync(real, join(home, 'link.yaml'));
    const { ask, log } = scripted([]);
    expect(await exitOf(runCheck(context(), { save: 'link.yaml', force: true }, depsFor(ask)))).toBe(2);
    expect(log).toEqual([]);
    expect(stderr.text()).toContain(
      `kantellat: ${join(home, 'link.yaml')} is een symbolische link; daar schrijft kantellat niet doorheen`,
    );
    expect(readFileSync(real, 'utf8')).toBe('oud\n');
  });

  it('checks that the answers can be saved before the first question, and names the folder', async () => {
    writeFileSync(join(home, 'bestand'), 'in de weg\n');
    const { ask, log } = scripted([]);
    expect(await exitOf(runCheck(context(), { save: join('bestand', 'antwoorden.yaml') }, depsFor(ask)))).toBe(2);
    expect(log).toEqual([]);
    expect(stderr.text()).toContain(`kantellat: kan niet opslaan in de map ${join(home, 'bestand')} (`);
    expect(stderr.text()).toContain('--save ANDER-BESTAND.yaml');
    // The data folder itself in the way: nothing is asked either.
    const blocked = scripted([]);
    expect(
      await exitOf(
        runCheck(context({ env: { KANTELLAT_HOME: join(home, 'bestand'), NO_COLOR: '1' } }), {}, depsFor(blocked.ask)),
      ),
    ).toBe(2);
    expect(blocked.log).toEqual([]);
  });

  it('tells a save failure at the end after the results, keeps the answers in the draft, names --save, and exits 2', async () => {
    const folder = join(home, 'sessie');
    const base = scripted([...twelve(ALL), 'done']);
    // The folder disappears while the person answers (a USB stick pulled, a share gone): a file now stands in its place.
    const ask: CheckAsk = {
      ...base.ask,
      async summary(step) {
        rmSync(folder, { recursive: true, force: true });
        writeFileSync(folder, 'in de weg\n');
        return base.ask.summary(step);
      },
    };
    // One stream for both, as on the terminal: the order is what the person sees.
    const code = await runCheck(
      context({ stderr: stdout.stream }),
      { save: join('sessie', 'anna.yaml') },
      depsFor(ask),
    );
    expect(code).toBe(2);
    const screen = stdout.text();
    const results = screen.indexOf('58 van 100');
    const failure = screen.indexOf(`kantellat: kan ${folder} niet schrijven`);
    expect(results).toBeGreaterThan(-1);
    expect(failure).toBeGreaterThan(results);
    expect(screen.slice(failure)).toContain(
      `Je antwoorden zijn niet verloren: ze staan in de onafgemaakte check (${draftFile()}). Sla ze ergens anders op met:\n  kantellat check --resume --save ANDER-BESTAND.yaml`,
    );
    expect(screen).not.toContain('opgeslagen in');
    // The draft holds every answer; --resume --save elsewhere saves them without asking them again.
    const resumed = scripted(['done']);
    expect(await runCheck(context(), { resume: true, save: 'elders.yaml' }, depsFor(resumed.ask))).toBe(0);
    const parsed = parseAnswers(readFileSync(join(home, 'elders.yaml')), kantellat);
    expect(parsed.ok && Object.fromEntries(parsed.answers.choices)).toEqual(
      Object.fromEntries(IDS.map((id, i) => [id, ALL[i]])),
    );
    expect(existsSync(draftFile())).toBe(false);
  });

  it('replaces an existing --save file without asking with --force', async () => {
    const target = join(home, 'a.yaml');
    writeFileSync(target, 'oud\n');
    const { ask, log } = scripted([...twelve(ALL), 'done']);
    expect(await runCheck(context(), { save: target, force: true }, depsFor(ask))).toBe(0);
    expect(log.some((line) => line.startsWith('replace'))).toBe(false);
    expect(readFileSync(target, 'utf8')).toContain('questionSet: kantellat');
  });

  it('prints the result document as JSON on stdout with --json', async () => {
    const { ask } = scripted([...twelve(ALL), 'done']);
    expect(
      await runCheck(context({ stdout: { write: stdout.stream.write, isTTY: false } }), { json: true }, depsFor(ask)),
    ).toBe(0);
    const document = resultDocumentSchema().parse(JSON.parse(stdout.text()));
    expect(document.questionSet).toEqual({ id: 'kantellat', version: '2.0.0' });
    expect(document.results[0]).toMatchObject({
      file: results()[0],
      answered: 11,
      total: 12,
      overall: { score: 58, level: 'Op weg' },
      // Three themes share the top (63): none of them is named the strongest.
      strongest: null,
      focus: 'netwerk',
    });
    expect(document.results[0]?.themes.map((theme) => theme.score)).toEqual([63, 63, 50, null, 63, 50]);
    expect(document.results[0]).toMatchObject({ dontKnow: 0, notApplicable: 1, consistency: { flagged: false } });
    expect(document.errors).toEqual([]);
  });

  it('says there is no terminal, points to template and score, and exits 2 without asking anything', async () => {
    for (const change of [
      { stdin: Object.assign(new PassThrough(), { isTTY: false }) },
      { stdout: { write: stdout.stream.write } },
    ] satisfies Array<Partial<Context>>) {
      let opened = false;
      const deps: CheckDeps = { open: async () => ((opened = true), null), now: () => NOW };
      expect(await exitOf(runCheck(context(change), {}, deps))).toBe(2);
      expect(opened).toBe(false);
    }
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toContain('kantellat template -o antwoorden.yaml');
    expect(stderr.text()).toContain('kantellat score antwoorden.yaml');
  });

  it('works with --questions and --lang en, notes included', async () => {
    const { ask, log } = scripted([
      { pick: 'altijd' },
      { note: 'my own words' },
      { pick: 'altijd' },
      { note: '' },
      { pick: 'nvt' },
      { note: '' },
      'done',
      { review: false },
    ]);
    const code = await runCheck(
      context({ locale: localeOf('en'), questionsFile: SMALL }),
      { notes: true, save: 'out.yaml' },
      depsFor(ask),
    );
    expect(code).toBe(0);
    // Both questions of theme one at "altijd", one of them reverse-keyed: named before the result.
    expect(log.at(-1)).toBe('consistency same=- contradictions=een');
    // q1 altijd -> 1, q2 altijd reversed -> 0: theme one 50; q3 "don't know": theme two has no score.
    expect(stdout.text()).toContain('Small check · your result');
    expect(stdout.text()).toContain('Overall  ██████████░░░░░░░░░░  50 of 100 · High');
    expect(stdout.text()).toContain('Theme two\n  no score: too few answers (0 of 1, at least 1 needed)');
    const saved = readFileSync(join(home, 'out.yaml'), 'utf8');
    expect(saved).toContain('# Small check: answers, filled in with "kantellat check"');
    // Answers to a set of one's own score again only with that set: the header says how.
    expect(saved.replace(/\n# /g, ' ')).toContain(
      `To see the result again: kantellat score --questions ${SMALL} <this file>`,
    );
    const parsed = parseAnswers(saved, small);
    expect(parsed.ok && Object.fromEntries(parsed.answers.notes)).toEqual({ q1: 'my own words' });
  });
});

describe('kantellat check: a response style is named before the result', () => {
  it('offers to look at the answers again, goes back to the summary, and then shows the result', async () => {
    const home = mkdtempSync(join(tmpdir(), 'kantellat-check-'));
    const out = terminalBuffer();
    const err = terminalBuffer();
    try {
      const { ask, log } = scripted([
        { pick: 'altijd' },
        { pick: 'altijd' },
        { pick: 'soms' },
        'done',
        { review: true },
        { change: 'q2' },
        { pick: 'nooit' },
        'done',
      ]);
      const ctx: Context = {
        locale: localeOf('nl'),
        questionsFile: SMALL,
        color: false,
        debug: false,
        stdout: out.stream,
        stderr: err.stream,
        stdin: Object.assign(new PassThrough(), { isTTY: true }),
        env: { KANTELLAT_HOME: home, NO_COLOR: '1' },
        cwd: home,
      };
      const code = await runCheck(
        ctx,
        { save: false },
        { open: async () => ({ ask, close: () => undefined }), now: () => new Date('2026-11-28T10:15:30Z') },
      );
      expect(code).toBe(0);
      expect(log.slice(-5)).toEqual([
        'summary 3/3 q1=altijd q2=altijd q3=soms',
        'consistency same=- contradictions=een',
        'summary 3/3 q1=altijd q2=altijd q3=soms',
        'q q2 current=altijd back=summary',
        'summary 3/3 q1=altijd q2=nooit q3=soms',
      ]);
      // Back at the summary without the intro again, and no second notice after the change.
      expect(log.filter((line) => line.startsWith('intro'))).toHaveLength(1);
      expect(log.filter((line) => line.startsWith('consistency'))).toHaveLength(1);
      expect(out.text()).toContain('Totaal');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('the saved answer file', () => {
  it('parses back to exactly the answers and notes it was written from', async () => {
    const notes = new Map([
      ['gesprek-aanvraag-aan-tafel', 'regel één\nregel twee: met # en "aanhalingstekens"'],
      ['netwerk-een-korte-vraag', 'yes'],
      ['samenspraak-feedback', '  - begint als een lijst, eindigt met spaties  '],
      ['breed-alleen-de-melding', "null: 'of' {niet}"],
    ]);
    const choices = new Map([
      ['gesprek-aanvraag-aan-tafel', 'meeste'],
      ['netwerk-een-korte-vraag', 'nvt'],
      ['resultaat-eerste-oplossing', 'alle'],
    ]);
    for (const lang of ['nl', 'en'] as const) {
      const text = answersFileText(kantellat, { respondent: 'no', date: '2026-11-28', choices, notes }, localeOf(lang));
      const parsed = parseAnswers(text, kantellat);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.answers.respondent).toBe('no');
      expect(parsed.answers.date).toBe('2026-11-28');
      expect(Object.fromEntries(parsed.answers.choices)).toEqual(
        Object.fromEntries(kantellat.questions.map((q) => [q.id, choices.get(q.id) ?? null])),
      );
      expect(Object.fromEntries(parsed.answers.notes)).toEqual(Object.fromEntries(notes));
      // Unanswered questions are the only warning.
      expect(parsed.warnings.map((p) => p.code)).toEqual(['answers-unanswered']);
    }
  });

  it('accepts CRLF line endings when read back (edited on Windows)', () => {
    const text = answersFileText(
      kantellat,
      {
        respondent: null,
        date: '2026-11-28',
        choices: new Map([['gesprek-aanvraag-aan-tafel', 'helft']]),
        notes: new Map(),
      },
      localeOf('nl'),
    );
    const parsed = parseAnswers(text.replace(/\n/g, '\r\n'), kantellat);
    expect(parsed.ok && parsed.answers.choices.get('gesprek-aanvraag-aan-tafel')).toBe('helft');
  });
});
