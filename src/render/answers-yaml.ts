import type { PreparedSet } from '../core/prepare.js';
import type { Locale } from '../messages/locale.js';
import { tCheck } from '../messages/check.js';
import { shellQuoted } from '../messages/translate.js';
import { wrapText } from './wrap.js';

// The answer file as text, with no file access: `check` saves it and the browser form
// (src/form/) offers the same text for download, so both write the one contract.
//
// Written by hand rather than with the `yaml` library: an answer file holds only a flat header,
// two maps and scalars, and the page bundles this writer, where the library weighed ~50 kB of
// its 150 kB budget. What matters is that every scalar reads back as the same string in any
// YAML reader, which quoteYaml and plainOrQuoted see to (the round-trip tests hold them to it).

/** What goes into a saved answer file: the contract every command reads. */
export interface AnswersToSave {
  respondent: string | null;
  /** YYYY-MM-DD. */
  date: string;
  /** Question id → option id; questions not in the map are written as not answered (null). */
  choices: ReadonlyMap<string, string>;
  notes: ReadonlyMap<string, string>;
}

const COMMENT_WIDTH = 78;

/**
 * Characters written as themselves inside quotes: printable ones (YAML 1.2's c-printable) minus
 * the bidi controls, the BOM and line/paragraph separators, which an editor would show confusingly
 * or a YAML 1.1 reader would take for a line break. Everything else is escaped.
 */
function readableChar(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code < 0xa0) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code === 0xfeff || code === 0x2028 || code === 0x2029 || code === 0xfffe || code === 0xffff) return false;
  if (
    (code >= 0x200e && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c
  )
    return false;
  return true;
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** A YAML double-quoted scalar that reads back as exactly `text` (its escapes are also JSON's). */
export function quoteYaml(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A whole surrogate pair is one printable character beyond the BMP.
      out += char + text.charAt(i + 1);
      i += 1;
    } else if (ESCAPES[char] !== undefined) {
      out += ESCAPES[char];
    } else if (readableChar(code)) {
      out += char;
    } else {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    }
  }
  return `${out}"`;
}

/** A word any YAML reader (1.1 or 1.2) takes for a string when written plain. */
function plainString(text: string): boolean {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(text)) return false;
  if (/^(y|n|yes|no|on|off|true|false|null)$/i.test(text)) return false;
  // Numbers (also with YAML 1.1's underscores, and 0x/0o/0b) and dates.
  if (
    /^[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?$/.test(text) ||
    /^0[xXoObB]/.test(text) ||
    /^\d{4}-\d\d?-\d\d?/.test(text)
  )
    return false;
  return true;
}

function scalar(text: string | null): string {
  if (text === null) return 'null';
  return plainString(text) ? text : quoteYaml(text);
}

/**
 * Free text in quotes, or as a literal block when it has several lines that read back unchanged
 * from one (no escapes needed, no leading space or trailing newline), so no YAML reader takes
 * "ja" or "no" for a boolean and a note stays readable in an editor.
 */
function text(value: string, indent: string): string {
  const lines = value.split('\n');
  const blockSafe =
    lines.length > 1 &&
    !/^[\s]/.test(value) &&
    !value.endsWith('\n') &&
    [...value].every((char) => char === '\n' || char === '\t' || readableChar(char.codePointAt(0) ?? 0));
  if (!blockSafe) return ` ${quoteYaml(value)}`;
  return ` |-\n${lines.map((line) => (line === '' ? '' : `${indent}  ${line}`)).join('\n')}`;
}

function comment(lines: readonly string[], indent: string): string {
  return lines.map((line) => (line === '' ? `${indent}#` : `${indent}# ${line}`)).join('\n');
}

/** Comment lines of one line each, with nothing in them a YAML reader would refuse. */
function commentLines(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split(/\r\n|\r|\n/))
    .map((line) =>
      [...line].map((char) => (char === '\t' || readableChar(char.codePointAt(0) ?? 0) ? char : '\uFFFD')).join(''),
    );
}

/**
 * An answer file as readable YAML: a comment header saying what it is, and above every answer
 * the question and its option ids, so it can be read and corrected in any editor. It parses
 * back (parseAnswers) to exactly the same answers and notes. `questionsFile`: the set's file when
 * it is not the bundled Kantellat, named in the header's "score this again" line; `via`: the
 * command the answers were given in (the terminal's check, the browser form, or the form sent to a session).
 */
export function answersFileText(
  set: PreparedSet,
  answers: AnswersToSave,
  locale: Locale,
  questionsFile: string | null = null,
  via: 'check' | 'form' | 'session' = 'check',
): string {
  // Answers to a set of one's own only score again with that set.
  const questions = questionsFile === null ? '' : ` --questions ${shellQuoted(questionsFile)}`;
  const { lang } = locale;
  const header = tCheck(lang, 'file.header', {
    title: locale.text(set.title),
    via: `kantellat ${via}`,
    date: answers.date,
    id: set.id,
    version: set.version,
    questions,
  });
  const out: string[] = [
    comment(commentLines(header.split('\n').flatMap((line) => wrapText(line, COMMENT_WIDTH - 2))), ''),
    '',
  ];
  out.push(`questionSet: ${scalar(set.id)}`, `version: ${scalar(set.version)}`);
  if (answers.respondent !== null) out.push(`respondent:${text(answers.respondent, '')}`);
  // The date plain, as `check` has always written it: YYYY-MM-DD is a string in YAML 1.2.
  out.push(`date: ${/^\d{4}-\d{2}-\d{2}$/.test(answers.date) ? answers.date : quoteYaml(answers.date)}`);

  out.push('answers:');
  for (const question of set.questions) {
    const questionText = `${question.index + 1}. ${locale.text(question.text)}`;
    const options = tCheck(lang, 'file.options', { options: question.options.map((option) => option.id).join(', ') });
    out.push(
      comment(
        commentLines([...wrapText(questionText, COMMENT_WIDTH - 4), ...wrapText(options, COMMENT_WIDTH - 4)]),
        '  ',
      ),
    );
    out.push(`  ${scalar(question.id)}: ${scalar(answers.choices.get(question.id) ?? null)}`);
  }

  const notes = set.questions.filter((question) => answers.notes.has(question.id));
  if (notes.length > 0) {
    out.push('notes:');
    for (const question of notes)
      out.push(`  ${scalar(question.id)}:${text(answers.notes.get(question.id) ?? '', '  ')}`);
  }
  return `${out.join('\n')}\n`;
}
