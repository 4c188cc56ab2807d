import { createHash, randomBytes, randomInt } from 'node:crypto';
import { lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { once } from '../core/once.js';
import { UsageError } from '../core/problem.js';
import { removeStrayTemps, writeFileAtomic } from './atomic-write.js';

// A session lives entirely in its folder, so that a restart (after Ctrl+C, a crash or kill -9)
// continues it: the codes in the addresses in a hidden state file, and each participant as one
// answer file whose name is derived from a hash of that participant's secret. The server keeps
// no secret of its own in memory only; `kantellat report FOLDER` skips the hidden file.

/** The hidden file with the session's codes; hidden, so report and score never read it. */
export const SESSION_STATE_FILE = '.kantellat-session.json';

const PARTICIPANT_FILE = /^deelnemer-([0-9a-f]{24})\.yaml$/;

/** Letters and digits that cannot be mistaken for each other when typed from a screen (no 0/o, 1/l/i). */
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** 10 characters of 31: about 50 bits, with wrong guesses rate-limited per address. */
const JOIN_CODE_LENGTH = 10;

const stateSchema = once(() =>
  z.strictObject({
    kind: z.literal('kantellat-session'),
    version: z.literal(1),
    questionSet: z.string(),
    join: z.string().regex(/^[a-z0-9]{10,64}$/),
    projector: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/),
    created: z.string(),
  }),
);
/** What the state file holds. */
export type SessionState = z.infer<ReturnType<typeof stateSchema>>;

/** A session folder, opened: its codes and the participants already in it (id → file). */
export interface SessionFolder {
  folder: string;
  state: SessionState;
  participants: Map<string, string>;
}

function joinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? 'a';
  return code;
}

/** A new participant secret: 256 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The participant a secret belongs to: part of its SHA-256, which is also their file's name. The
 * secret itself is never stored; a restarted server finds the participant from the file name.
 */
export function participantIdOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 24);
}

/** The answer file of a participant. */
export function participantFile(folder: string, id: string): string {
  return join(folder, `deelnemer-${id}.yaml`);
}

async function readState(file: string): Promise<SessionState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw new UsageError('session.stateBroken', { file });
  }
  try {
    const parsed = stateSchema().safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: the same answer as JSON of the wrong shape.
  }
  throw new UsageError('session.stateBroken', { file });
}

/**
 * Opens (creating it when needed) the session folder for question set `setId`: its codes, new
 * ones for a new session, and the participants whose files are there. Refuses a folder that is
 * a session of another question set, and a path that is not a folder.
 */
export async function openSessionFolder(folder: string, setId: string, now: Date): Promise<SessionFolder> {
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new UsageError('session.notFolder', { folder });
    throw new UsageError('write.failed', { file: folder, reason: code });
  }
  if (!(await lstat(folder)).isDirectory()) throw new UsageError('session.notFolder', { folder });
  const stateFile = join(folder, SESSION_STATE_FILE);
  let state = await readState(stateFile);
  if (state === undefined) {
    state = {
      kind: 'kantellat-session',
      version: 1,
      questionSet: setId,
      join: joinCode(),
      projector: randomBytes(18).toString('base64url'),
      created: now.toISOString(),
    };
    await writeFileAtomic(stateFile, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  } else if (state.questionSet !== setId) {
    throw new UsageError('session.otherSet', { folder, found: state.questionSet, expected: setId });
  }
  const participants = new Map<string, string>();
  const strays = new Set<string>();
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const id = PARTICIPANT_FILE.exec(entry.name)?.[1];
    if (id !== undefined && entry.isFile()) participants.set(id, join(folder, entry.name));
    // `.deelnemer-<id>.yaml.<pid>.<random>.tmp`: a write of an earlier run that was killed halfway.
    const target = /^\.(deelnemer-[0-9a-f]{24}\.yaml)\.\d+\.[0-9a-f]{8}\.tmp$/.exec(entry.name)?.[1];
    if (target !== undefined) strays.add(join(folder, target));
  }
  // Once here, so that the writes of this run need not read the folder again each time.
  for (const target of strays) await removeStrayTemps(target);
  return { folder, state, participants };
}
