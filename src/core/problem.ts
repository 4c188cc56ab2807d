/** A place in a parsed document: object keys and array indexes from the root. */
export type DocPath = ReadonlyArray<string | number>;

/**
 * One thing wrong (or worth a warning) in an input file. `code` and `params` are turned into
 * words in the user's language by src/messages; `line` and `column` are 1-based.
 */
export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  params: Record<string, string | number>;
  path: DocPath;
  file?: string;
  line?: number;
  column?: number;
}

export function problem(
  code: string,
  path: DocPath,
  params: Record<string, string | number> = {},
  severity: Problem['severity'] = 'error',
): Problem {
  return { severity, code, params, path };
}

/**
 * The id of a problem for a machine format: its code, and for a field the schema words itself
 * (`schema` with `kantellat:id-format`) the name of those words (`id-format`). Never changes with --lang.
 */
export function problemId(p: Problem): string {
  const message = p.params['message'];
  return p.code === 'schema' && typeof message === 'string' && message.startsWith('kantellat:')
    ? message.slice('kantellat:'.length)
    : p.code;
}

/** A problem with a whole file, or at a place found before there is a document to walk. */
export function problemAt(
  file: string,
  code: string,
  params: Record<string, string | number>,
  line?: number,
  column?: number,
): Problem {
  return { ...problem(code, [], params), file, ...(line === undefined ? {} : { line, column: column ?? 1 }) };
}

/** `questions[3].theme` */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** Bad input: one or more problems with files the user gave. Exit code 2. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map((p) => `${p.file ?? ''} ${p.code}`).join('; '));
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** The exit codes, by name: the only numbers a run ends with (src/cli.ts maps every error to one). */
export const EXIT = {
  ok: 0,
  /** Every file valid, a score below --fail-under. */
  belowThreshold: 1,
  /** A usage error or invalid input (the rest of the work is still done and reported). */
  invalid: 2,
  /** Stopped with Ctrl+C (128 + SIGINT). */
  interrupted: 130,
  /** A bug in kantellat itself: never caused by what a person typed or gave. */
  bug: 70,
} as const;

/** Which message catalogue a UsageError's code is in: the program's, or a command's own words. */
export type MessageDomain = 'cli' | 'check' | 'report';

/**
 * A wrong flag or argument, or a command that cannot go on for a reason the person can fix.
 * `code`/`params` are turned into words by src/messages, in the catalogue of `domain`. Exit code 2.
 */
export class UsageError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly domain: MessageDomain;
  constructor(code: string, params: Record<string, string | number> = {}, domain: MessageDomain = 'cli') {
    super(code);
    this.name = 'UsageError';
    this.code = code;
    this.params = params;
    this.domain = domain;
  }
}

/** The user stopped the program (Ctrl-C). Exit code 130. */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}
