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

/** A problem with a whole file, or at a place found before there is a document to walk. */
export function problemAt(file: string, code: string, params: Record<string, string | number>, line?: number, column?: number): Problem {
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

/** A wrong flag or argument. `code`/`params` are turned into words by src/messages. Exit code 2. */
export class UsageError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  constructor(code: string, params: Record<string, string | number> = {}) {
    super(code);
    this.name = 'UsageError';
    this.code = code;
    this.params = params;
  }
}

/** The user stopped the program (Ctrl-C). Exit code 130. */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}
