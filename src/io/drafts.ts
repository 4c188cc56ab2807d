import { mkdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { draftSchema, type Draft } from '../core/check-draft.js';
import { InputError, UsageError, type Problem } from '../core/problem.js';
import { writeFileAtomic } from './atomic-write.js';
import { draftsFolder } from './history.js';
import { parseInput, readInputBytes, zodProblems } from './load.js';
import { placeProblems } from './parse-source.js';

/**
 * There is one draft at a time: a check stopped halfway. Starting another never replaces it
 * silently; `kantellat check` asks first.
 */
export function draftPath(env: Readonly<Record<string, string | undefined>>): string {
  return join(draftsFolder(env), 'check.yaml');
}

/** Where someone else's draft is set aside when another person starts over: beside it, named by when it was started. */
export function asidePath(env: Readonly<Record<string, string | undefined>>, started: string): string {
  return join(draftsFolder(env), `check-${started.replace(/[^0-9A-Za-z]+/g, '-').replace(/-+$/, '')}.yaml`);
}

/** Moves the current draft to `to` (asidePath); a draft that is already gone is fine. */
export async function setDraftAside(env: Readonly<Record<string, string | undefined>>, to: string): Promise<void> {
  try {
    await rename(draftPath(env), to);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT') return;
    if (code === undefined) throw error;
    throw new UsageError('write.failed', { file: to, reason: code });
  }
}

/** The draft on disk: none, a readable one, or one that cannot be used (with where it is wrong). */
export type DraftOnDisk = { kind: 'none' } | { kind: 'ok'; draft: Draft } | { kind: 'broken'; problems: Problem[] };

/** Reads the draft, if there is one. Never throws for a damaged draft: it is reported as broken. */
export async function readDraft(env: Readonly<Record<string, string | undefined>>): Promise<DraftOnDisk> {
  const path = draftPath(env);
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(path);
  } catch (error) {
    if (error instanceof InputError) {
      // No drafts folder, or something other than a folder in its place: there is no draft
      // (saving will say why it can't).
      if (
        error.problems.some(
          (p) => p.code === 'file-not-found' || p.code === 'folder-not-found' || p.params['reason'] === 'ENOTDIR',
        )
      )
        return { kind: 'none' };
      return { kind: 'broken', problems: error.problems };
    }
    throw error;
  }
  const source = parseInput(path, bytes);
  if ('problems' in source) return { kind: 'broken', problems: source.problems };
  const parsed = draftSchema().safeParse(source.data);
  if (!parsed.success) return { kind: 'broken', problems: placeProblems(source, zodProblems(parsed.error)) };
  return { kind: 'ok', draft: parsed.data };
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/** The drafts folder (0700), or a UsageError naming it when it cannot be made (no permission, a file in the way). */
async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = codeOf(error);
    if (code === undefined) throw error;
    throw new UsageError('write.failed', { file: folder, reason: code });
  }
}

/** Saves the draft atomically (0600: it holds personal answers), replacing the previous one. */
export async function writeDraft(env: Readonly<Record<string, string | undefined>>, draft: Draft): Promise<void> {
  await makeFolder(draftsFolder(env));
  await writeFileAtomic(draftPath(env), stringify(draft, { version: '1.2', lineWidth: 0 }), {
    overwrite: true,
    mode: 0o600,
  });
}

/** Removes the draft; a draft that is already gone is fine. */
export async function removeDraft(env: Readonly<Record<string, string | undefined>>): Promise<void> {
  try {
    await unlink(draftPath(env));
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT') return;
    if (code === undefined) throw error;
    throw new UsageError('write.failed', { file: draftPath(env), reason: code });
  }
}
