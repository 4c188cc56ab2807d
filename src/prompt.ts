import type { KeyOf } from './messages/translate.js';
import { input as inquirerInput, select as inquirerSelect, Separator } from '@inquirer/prompts';
import {
  minutesFor,
  type CheckAsk,
  type DraftDecision,
  type DraftFound,
  type IntroStep,
  type NoteStep,
  type QuestionReply,
  type QuestionStep,
  type SummaryReply,
  type SummaryStep,
} from './core/check-flow.js';
import type { PreparedQuestion, PreparedSet } from './core/prepare.js';
import type { Option } from './core/question-set.js';
import type { Consistency } from './core/score.js';
import { InterruptedError } from './core/problem.js';
import type { Lang } from './core/text.js';
import type { Locale } from './messages/locale.js';
import { tCheck } from './messages/check.js';
import { consistencyNotice } from './messages/result.js';
import { openInputGate } from './input-gate.js';
import { localStamp } from './render/history-text.js';
import { checkWidth, wrapText } from './render/wrap.js';

/**
 * The one adapter around Inquirer (@inquirer/prompts 7). `kantellat check` imports this module
 * with a dynamic import once it knows there is a terminal, so no other command (and no check
 * without a terminal) ever loads Inquirer. (esbuild keeps all of @inquirer/prompts, 800 kB with
 * the editor prompt's encodings, even for these named imports; @inquirer/select and
 * @inquirer/input on their own would be 100 kB, but they are not direct dependencies.)
 *
 * What Inquirer 7 offers and how it is used here:
 * - Prompts render on the `output` of the context (stderr), so stdout only ever holds results.
 * - select 4.x has no "pick by number" of its own beyond this: typing a digit moves the cursor
 *   to that (numbered, separators skipped) choice and Enter confirms; typing letters jumps to
 *   the first choice that starts with them. `theme.indexMode: 'number'` shows the numbers.
 *   Moving with a number and confirming with Enter is deliberate: a stray key never answers.
 * - The key hint under a select is `theme.style.keysHelpTip`; it is replaced by our own words.
 * - confirm only understands y/yes/n/no (typing "j" would silently give the default), so yes/no
 *   questions are asked as a two-choice select with "Ja"/"Nee" (or "Yes"/"No").
 * - Ctrl-C inside a prompt is consumed by readline and rejects with ExitPromptError; a real
 *   SIGINT/SIGTERM/SIGHUP aborts the prompt through its AbortSignal (AbortPromptError). Both
 *   become InterruptedError. Installing our own signal listeners also keeps Inquirer's
 *   signal-exit from killing the process before the draft and the hint are written.
 */

/** One choice of a select; `'gap'` is an empty line between groups of choices. */
export type Choice<V> = { value: V; name: string; short?: string } | 'gap';

/** Asking things in a terminal, in the user's language. */
export interface Prompter {
  /** `compact`: the one-line key hint, to leave text written just above the prompt in view. */
  select<V>(
    message: string,
    choices: ReadonlyArray<Choice<V>>,
    options?: { default?: V; clear?: boolean; compact?: boolean },
  ): Promise<V>;
  input(message: string, options?: { default?: string; clear?: boolean }): Promise<string>;
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
  /** Writes between prompts, on the prompts' stream. */
  write(text: string): void;
  /** The width for wrapped text: one less than the terminal's, at most 79. */
  width(): number;
  /**
   * The rows left for choices under a select with this message on this terminal. Below 3 a
   * select still shows 3, and the top of the message scrolls out of view.
   */
  room(message: string): number;
  /** Removes the signal listeners. */
  close(): void;
}

export interface PrompterOptions {
  lang: Lang;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { columns?: number; rows?: number };
  /** No colour at all (NO_COLOR, TERM=dumb, --no-color). */
  plain: boolean;
  /** Unicode arrows; ASCII otherwise. */
  unicode: boolean;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function isPromptEnd(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

const same = (text: string): string => text;

/**
 * A key hint on as few lines as fit, broken between its parts ("Enter: bevestigen · Ctrl+C:
 * stoppen") rather than anywhere, so no line starts with the "·" between two parts.
 */
function tipLines(tip: string, width: number): string[] {
  const lines: string[] = [];
  for (const part of tip.split(' · ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} · ${part}`.length <= width) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(...wrapText(part, width));
  }
  return lines;
}

/** Opens Inquirer on the given streams. */
export async function openPrompter(options: PrompterOptions): Promise<Prompter> {
  const t = (key: KeyOf<typeof tCheck>, params: Record<string, string | number> = {}): string =>
    tCheck(options.lang, key, params);
  const gate = openInputGate(options.input);
  // Bracketed paste: the terminal marks a paste, so a note keeps every pasted line (src/input-gate.ts).
  const pasteMarks = (on: boolean): void => {
    if ('isTTY' in options.output && options.output.isTTY === true)
      options.output.write(on ? '\u001b[?2004h' : '\u001b[?2004l');
  };
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  for (const signal of SIGNALS) process.on(signal, onSignal);

  const arrows = options.unicode ? '↑↓' : options.lang === 'nl' ? 'pijltjes' : 'arrows';
  const keys = t('keys.select', { arrows });
  const shortKeys = t('keys.selectShort', { arrows });
  const plainStyle = options.plain
    ? {
        answer: same,
        message: same,
        error: (text: string) => `> ${text}`,
        defaultAnswer: (text: string) => `(${text})`,
        help: same,
        highlight: same,
        key: (text: string) => `<${text}>`,
        description: same,
        disabled: (text: string) => `- ${text}`,
      }
    : {};
  // Inquirer's own prefixes are coloured (and follow NO_COLOR, but not --no-color) and Unicode.
  const prefix = !options.unicode ? { idle: '?', done: '>' } : options.plain ? { idle: '?', done: '✔' } : undefined;
  const context = (clear: boolean) => ({
    input: gate.input,
    output: options.output,
    signal: controller.signal,
    clearPromptOnDone: clear,
  });

  // The gate opens for a prompt only as it draws: input that came before is dropped.
  const guard = async <T>(mode: 'select' | 'text', run: () => Promise<T>): Promise<T> => {
    if (controller.signal.aborted) throw new InterruptedError();
    gate.setMode(mode);
    if (mode === 'text') pasteMarks(true);
    try {
      return await run();
    } catch (error) {
      if (isPromptEnd(error)) throw new InterruptedError();
      throw error;
    } finally {
      gate.setMode('closed');
      if (mode === 'text') pasteMarks(false);
    }
  };

  const width = (): number => checkWidth(options.output.columns ?? 80);
  const rows = (): number => options.output.rows ?? 24;
  const lineCount = (text: string): number => text.split('\n').length;
  // The key hint in words that wrap between words, never in the middle of one (at 40 columns).
  const fullTip = (): string => tipLines(keys, width()).join('\n');
  /**
   * Rows under a select's message: its choices, Inquirer's empty line before the key hint, the
   * hint, and one spare for the cursor's line.
   */
  const roomWith = (message: string, tip: string): number => rows() - lineCount(message) - lineCount(tip) - 2;
  /** On a short terminal the hint takes one line, so the question above it keeps its place. */
  const tipFor = (message: string, compact = false): string =>
    !compact && roomWith(message, fullTip()) >= 3 ? fullTip() : tipLines(shortKeys, width()).join('\n');
  /**
   * How many choices fit under the question on a short terminal: the rest scroll, so the
   * question's header and text stay on screen (at 12 rows too).
   */
  const pageSize = (message: string, lines: number, compact: boolean): number =>
    Math.max(3, Math.min(lines, roomWith(message, tipFor(message, compact))));
  /**
   * The lines the choices take: Inquirer wraps a long one at the terminal's edge, and a page
   * counted in choices instead of lines would cut off the last one's end.
   */
  const choiceLines = <V>(choices: ReadonlyArray<Choice<V>>): number => {
    const columns = options.output.columns ?? 80;
    const digits = String(choices.length).length;
    // A label painted in its tone carries colour codes, which take no room on the screen.
    const shown = (name: string): string => name.replace(/\u001b\[[0-9;]*m/g, '');
    return choices.reduce(
      (sum, choice) =>
        sum + (choice === 'gap' ? 1 : wrapText(`> ${'0'.repeat(digits)}. ${shown(choice.name)}`, columns).length),
      0,
    );
  };

  const select = <V>(
    message: string,
    choices: ReadonlyArray<Choice<V>>,
    config: { default?: V; clear?: boolean; compact?: boolean } = {},
  ): Promise<V> =>
    guard('select', () =>
      inquirerSelect<V>(
        {
          message,
          choices: choices.map((choice) => (choice === 'gap' ? new Separator(' ') : choice)),
          ...(config.default === undefined ? {} : { default: config.default }),
          pageSize: pageSize(message, choiceLines(choices), config.compact === true),
          loop: false,
          theme: {
            indexMode: 'number',
            ...(prefix === undefined ? {} : { prefix }),
            ...(options.unicode ? {} : { icon: { cursor: '>' } }),
            style: { ...plainStyle, keysHelpTip: () => tipFor(message, config.compact === true) },
          },
        },
        context(config.clear ?? false),
      ),
    );

  return {
    select,
    input: (message, config = {}) =>
      guard('text', () =>
        inquirerInput(
          {
            message,
            ...(config.default === undefined || config.default === ''
              ? {}
              : { default: config.default, prefill: 'editable' }),
            theme: { ...(prefix === undefined ? {} : { prefix }), style: plainStyle },
          },
          context(config.clear ?? false),
        ),
      ),
    confirm: (message, config = {}) =>
      select(
        message,
        [
          { value: true, name: t('yes') },
          { value: false, name: t('no') },
        ],
        { default: config.default ?? false },
      ),
    write: (text) => {
      options.output.write(text);
    },
    width,
    room: (message) => roomWith(message, tipFor(message)),
    close: () => {
      for (const signal of SIGNALS) process.off(signal, onSignal);
      gate.close();
    },
  };
}

/** Words for what a check looks like in the terminal. */
export interface CheckScreenOptions {
  /** The run's language: the tool's words and the set's texts are written in it. */
  locale: Locale;
  set: PreparedSet;
  unicode: boolean;
  /** Whether drafts are kept (not with --no-save): the intro says so. */
  keepsDrafts: boolean;
  /** Paints an option's label in its tone (src/render/style.ts `toned`); plain when absent or without colour. */
  paint?: (option: Option) => (text: string) => string;
}

function optionLabel(question: PreparedQuestion, optionId: string | undefined, locale: Locale): string | undefined {
  const option = optionId === undefined ? undefined : question.optionById.get(optionId);
  return option === undefined ? undefined : locale.text(option.label);
}

function shorten(text: string, width: number, ellipsis: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const cut = flat.slice(0, Math.max(1, width - ellipsis.length));
  const space = cut.lastIndexOf(' ');
  return `${space > width / 2 ? cut.slice(0, space) : cut}${ellipsis}`;
}

/** The check's questions, summary and choices asked through a prompter. */
export function checkAsk(prompter: Prompter, options: CheckScreenOptions): CheckAsk {
  const { locale, set, unicode } = options;
  const { lang } = locale;
  const t = (key: KeyOf<typeof tCheck>, params: Record<string, string | number> = {}): string =>
    tCheck(lang, key, params);
  const arrow = unicode ? '←' : '<-';
  const arrowRight = unicode ? '→' : '->';
  const done = unicode ? '✔' : '>';
  const ellipsis = unicode ? '…' : '...';
  const lines = (text: string[]): void => prompter.write(`${text.join('\n')}\n`);

  /** The question's header, its recall frame and its text, wrapped. */
  const questionParts = (step: QuestionStep): { header: string; frame: string[]; text: string[] } => {
    const width = prompter.width();
    return {
      header: t('question.header', { number: step.number, total: step.total, theme: locale.text(step.theme.title) }),
      // The recall frame ("Denk aan je laatste tien eerste gesprekken.") stands above the question it anchors.
      frame: step.question.frame === undefined ? [] : wrapText(locale.text(step.question.frame), width - 2, '  '),
      text: wrapText(locale.text(step.question.text), width - 2, '  '),
    };
  };
  /**
   * Whether all of the question fits above its choices. When it does not (2.0's frames at
   * 40×12), the frame is written just above the prompt instead: it may scroll away there, the
   * header and the question itself stay on screen.
   */
  const fitsWhole = (step: QuestionStep): boolean => {
    const { header, frame, text } = questionParts(step);
    return frame.length === 0 || prompter.room([header, ...frame, ...text].join('\n')) >= 3;
  };

  return {
    async intro(step: IntroStep) {
      const width = prompter.width();
      const out: string[] = [''];
      if (step.resumed) {
        out.push(
          ...wrapText(
            step.continueAt === null
              ? t('intro.resumedSummary')
              : t('intro.resumed', { answered: step.answered, total: step.total, number: step.continueAt }),
            width,
          ),
        );
      } else {
        out.push(locale.text(set.title), '');
        // A set's own intro says what it is and how long it takes; without one, the facts do.
        if (set.intro !== undefined)
          out.push(...wrapText(`${locale.text(set.intro)} ${t('intro.private')}`, width), '');
        else
          out.push(
            ...wrapText(
              step.total === 1
                ? t('intro.factsOne')
                : t('intro.facts', { total: step.total, minutes: minutesFor(step.total) }),
              width,
            ),
          );
        out.push(...wrapText(t('intro.keys'), width));
      }
      out.push(...wrapText(options.keepsDrafts ? t('intro.pause') : t('intro.pauseNoSave'), width), '');
      lines(out);
    },

    async question(step: QuestionStep): Promise<QuestionReply> {
      const choices: Array<Choice<QuestionReply>> = step.question.options.map((option) => ({
        value: { kind: 'option', option: option.id },
        name: (options.paint?.(option) ?? ((text: string) => text))(locale.text(option.label)),
      }));
      const extras: Array<Choice<QuestionReply>> = [];
      if (step.question.help !== undefined) extras.push({ value: { kind: 'help' }, name: t('choice.help') });
      if (step.back === 'previous') extras.push({ value: { kind: 'back' }, name: t('choice.back', { arrow }) });
      if (step.back === 'summary') extras.push({ value: { kind: 'back' }, name: t('choice.backToSummary', { arrow }) });
      const all = extras.length > 0 ? [...choices, 'gap' as const, ...extras] : choices;
      const current = choices.find(
        (choice) => choice !== 'gap' && choice.value.kind === 'option' && choice.value.option === step.current,
      );
      const { header, frame, text } = questionParts(step);
      const whole = fitsWhole(step);
      if (!whole) lines(frame);
      const message = [header, ...(whole ? frame : []), ...text].join('\n');
      const reply = await prompter.select(message, all, {
        clear: true,
        compact: !whole,
        ...(current === undefined || current === 'gap' ? {} : { default: current.value }),
      });
      if (reply.kind === 'option') {
        const answer = optionLabel(step.question, reply.option, locale) ?? reply.option;
        const theme = locale.text(step.theme.title);
        lines(
          wrapText(t('question.trail', { number: step.number, theme, answer }), prompter.width(), '  ', `${done} `),
        );
      }
      return reply;
    },

    async help(step: QuestionStep) {
      if (step.question.help === undefined) return;
      const width = prompter.width();
      const help = ['', `  ${t('help.title')}`, ...wrapText(locale.text(step.question.help), width - 2, '  '), ''];
      lines(help);
      // On a short terminal the question drawn again would push the explanation out of view at
      // once: it waits for a key.
      const { header, frame, text } = questionParts(step);
      const below = [header, ...(fitsWhole(step) ? frame : []), ...text].join('\n');
      if (prompter.room([...help, below].join('\n')) < 3)
        await prompter.select(t('help.read'), [{ value: true, name: t('help.back') }], { compact: true, clear: true });
    },

    async note(step: NoteStep): Promise<string> {
      const text = await prompter.input(t('note.message', { number: step.number }), {
        clear: true,
        default: step.current ?? '',
      });
      if (text.trim() !== '') lines([t('note.saved')]);
      return text;
    },

    async summary(step: SummaryStep): Promise<SummaryReply> {
      for (;;) {
        const width = prompter.width();
        const labels = step.rows.map((row) => optionLabel(row.question, row.option, locale) ?? t('summary.none'));
        const labelWidth = Math.max(...labels.map((label) => label.length));
        const numberWidth = String(step.total).length;
        const out = ['', t('summary.title', { answered: step.answered, total: step.total })];
        // A question by its short name where the set has one (2.0 does): its first words alone ("In hoeveel…") tell
        // nothing apart.
        const names = step.rows.map((row) => locale.text(row.question.short ?? row.question.text));
        const oneLine = 2 + numberWidth + 2 + labelWidth + 2;
        step.rows.forEach((row, i) => {
          const number = `  ${String(row.number).padStart(numberWidth)}. `;
          if (width - oneLine >= 20)
            out.push(
              `${number}${(labels[i] ?? '').padEnd(labelWidth)}  ${shorten(names[i] ?? '', width - oneLine, ellipsis)}`,
            );
          // Narrow: the name on its line, the answer under it, both whole.
          else {
            const indent = ' '.repeat(number.length);
            out.push(
              ...wrapText(names[i] ?? '', width, indent, number),
              ...wrapText(`${arrowRight} ${labels[i] ?? ''}`, width, `${indent}  `, indent),
            );
          }
        });
        lines([...out, '']);
        const action = await prompter.select<'done' | 'change'>(t('summary.ask'), [
          { value: 'done', name: t('summary.done') },
          { value: 'change', name: t('summary.change') },
        ]);
        if (action === 'done') return { kind: 'done' };
        const choices: Array<Choice<string | null>> = step.rows.map((row, i) => {
          // Room after "❯ 12. ": the name, and the answer too where it fits.
          const room = width - 5 - numberWidth;
          const both = `${names[i] ?? ''} · ${labels[i] ?? ''}`;
          return {
            value: row.question.id,
            name: both.length <= room ? both : shorten(names[i] ?? '', room, ellipsis),
            short: `${row.number}`,
          };
        });
        const picked = await prompter.select<string | null>(
          t('summary.pick'),
          // Cut like the questions above it: a wrapped line would start at the left edge, under the numbers.
          [
            ...choices,
            'gap',
            { value: null, name: shorten(t('summary.pickNone', { arrow }), width - 6 - numberWidth, ellipsis) },
          ],
          {
            clear: true,
          },
        );
        if (picked !== null) return { kind: 'change', questionId: picked };
      }
    },

    async draftFound(found: DraftFound): Promise<DraftDecision> {
      const width = prompter.width();
      const date = found.kind === 'broken' ? '' : (localStamp(found.started, lang) ?? found.started);
      const name = found.kind === 'broken' ? null : found.whose.respondent;
      const message =
        found.kind === 'fits'
          ? t(name === null ? 'draft.found' : 'draft.foundOf', {
              date,
              answered: found.answered,
              total: found.total,
              name: name ?? '',
            })
          : found.kind === 'other'
            ? t(name === null ? 'draft.foundOther' : 'draft.foundOtherOf', {
                id: found.questionSet,
                version: found.version,
                date,
                name: name ?? '',
              })
            : t('draft.foundBroken', { file: found.file });
      lines(['', ...wrapText(message, width)]);
      // Someone else's check (--name differs): starting over comes first and is the default, and keeps theirs aside.
      const someoneElse = found.kind !== 'broken' && found.whose.someoneElse;
      const restart: Choice<DraftDecision> = {
        value: 'restart',
        name: someoneElse ? t('draft.restartAside', { name: name ?? '' }) : t('draft.restart'),
      };
      const choices: Array<Choice<DraftDecision>> = [];
      if (someoneElse) choices.push(restart);
      if (found.kind === 'fits')
        choices.push({ value: 'resume', name: name === null ? t('draft.resume') : t('draft.resumeOf', { name }) });
      if (!someoneElse) choices.push(restart);
      choices.push({ value: 'stop', name: t('draft.stop') });
      return prompter.select(t('draft.ask'), choices, {
        default: someoneElse || found.kind !== 'fits' ? 'restart' : 'resume',
      });
    },

    async consistency(notice: Consistency): Promise<boolean> {
      const width = prompter.width();
      lines(['', ...wrapText(consistencyNotice(notice, locale), width)]);
      const again = await prompter.select<boolean>(t('consistency.ask'), [
        { value: true, name: t('consistency.review') },
        { value: false, name: t('consistency.keep') },
      ]);
      return again;
    },

    replaceFile(file: string): Promise<boolean> {
      return prompter.confirm(t('save.existsAsk', { file }), { default: false });
    },
  };
}
