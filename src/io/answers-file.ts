import { constants } from 'node:fs';
import { access, lstat, mkdir } from 'node:fs/promises';
import { UsageError } from '../core/problem.js';
import { dirname } from 'node:path';
import { Document, Pair, Scalar, YAMLMap } from 'yaml';
import type { PreparedSet } from '../core/prepare.js';
import { localize, type Lang } from '../core/text.js';
import { tCheck } from '../messages/check.js';
import { shellQuoted } from '../messages/translate.js';
import { wrapText } from '../render/result-text.js';
import { writeFileAtomic } from './atomic-write.js';

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

function comment(lines: string[]): string {
  // yaml writes each line of a comment after a "#"; the space keeps it readable.
  return lines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
}

function entry(map: YAMLMap, key: string, value: string | null, before?: string): Scalar {
  const keyNode = new Scalar(key);
  if (before !== undefined) keyNode.commentBefore = before;
  const valueNode = new Scalar(value);
  map.items.push(new Pair(keyNode, valueNode));
  return valueNode;
}

/** Free text in quotes (or as a block when it has several lines), so no YAML reader takes "ja" or "no" for a boolean. */
function asText(node: Scalar): void {
  node.type = typeof node.value === 'string' && node.value.includes('\n') ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
}

/**
 * An answer file as readable YAML: a comment header saying what it is, and above every answer
 * the question and its option ids, so it can be read and corrected in any editor. It parses
 * back (parseAnswers) to exactly the same answers and notes. `questionsFile`: the set's file when
 * it is not the bundled Kantellat, named in the header's "score this again" line.
 */
export function answersFileText(set: PreparedSet, answers: AnswersToSave, lang: Lang, questionsFile: string | null = null): string {
  const doc = new Document<YAMLMap, false>(undefined, { version: '1.2' });
  const root = new YAMLMap<unknown, unknown>();
  entry(root, 'questionSet', set.id);
  entry(root, 'version', set.version);
  if (answers.respondent !== null) asText(entry(root, 'respondent', answers.respondent));
  entry(root, 'date', answers.date);

  const answerMap = new YAMLMap<unknown, unknown>();
  for (const question of set.questions) {
    const text = `${question.index + 1}. ${localize(question.text, lang)}`;
    const options = tCheck(lang, 'file.options', { options: question.options.map((option) => option.id).join(', ') });
    const lines = [...wrapText(text, COMMENT_WIDTH - 4), ...wrapText(options, COMMENT_WIDTH - 4)];
    entry(answerMap, question.id, answers.choices.get(question.id) ?? null, comment(lines));
  }
  const answersKey = new Scalar('answers');
  root.items.push(new Pair(answersKey, answerMap));

  const notes = set.questions.filter((question) => answers.notes.has(question.id));
  if (notes.length > 0) {
    const noteMap = new YAMLMap<unknown, unknown>();
    for (const question of notes) asText(entry(noteMap, question.id, answers.notes.get(question.id) ?? null));
    root.items.push(new Pair(new Scalar('notes'), noteMap));
  }

  doc.contents = root;
  // Answers to a set of one's own only score again with that set.
  const questions = questionsFile === null ? '' : ` --questions ${shellQuoted(questionsFile)}`;
  const header = tCheck(lang, 'file.header', { title: localize(set.title, lang), date: answers.date, id: set.id, version: set.version, questions });
  doc.commentBefore = comment(header.split('\n').flatMap((line) => wrapText(line, COMMENT_WIDTH - 2)));
  return doc.toString({ lineWidth: 0, indent: 2 });
}

/**
 * Saves an answer file atomically (temp file, fsync, rename; 0600), creating its folder. Never
 * replaces an existing file unless `overwrite` is set, and never writes through a symlink.
 */
export async function saveAnswersFile(path: string, text: string, overwrite: boolean): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    // A folder that cannot be made (no permission, a file in the way) is told like any failed write.
    if (!(error instanceof Error && 'code' in error)) throw error;
    throw new UsageError('write.failed', { file: dirname(path), reason: String(error.code) });
  }
  await writeFileAtomic(path, text, { overwrite, mode: 0o600 });
}

/**
 * Makes sure answers can be saved in `folder` before anyone spends five minutes answering:
 * creates it (0700) and checks it is writable. A UsageError naming the folder otherwise.
 */
export async function ensureWritableFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await access(folder, constants.W_OK);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error)) throw error;
    throw new UsageError('write.folder', { folder, reason: String(error.code) });
  }
}

/** What stands at `path` now: nothing, a regular file, a symbolic link, or something else (a folder). */
export async function pathKind(path: string): Promise<'missing' | 'file' | 'symlink' | 'other'> {
  try {
    const info = await lstat(path);
    return info.isSymbolicLink() ? 'symlink' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}
