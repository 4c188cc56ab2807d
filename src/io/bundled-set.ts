import { readFileSync } from 'node:fs';
import { prepareQuestionSet, type PreparedSet } from '../core/prepare.js';
import type { QuestionSet } from '../core/question-set.js';

// Put in by the bundler (scripts/build.mjs): the folder, relative to the bundle, where the build
// left the question sets it loaded and checked (questions/kantellat.yaml and the archived
// versions): each file as it read it, and beside it the checked set as JSON (`NAME.json`). Files,
// not strings in the bundle, so that a command that needs none of them never reads them. Absent
// when running from src/ (tests), where every set is parsed as any other.
declare const __KANTELLAT_CHECKED_SETS__: string | undefined;

/** Only a plain file name, as the build writes them: nothing else becomes a path. */
const SET_FILE = /^[a-z0-9-]+(-\d{1,9}\.\d{1,9}\.\d{1,9})?\.yaml$/;

/**
 * The checked set the build left for `relative` (`kantellat.yaml`, `archive/kantellat-1.0.0.yaml`),
 * when `bytes` (the file as it is now) are exactly the bytes the build checked.
 */
function checkedWhenUnchanged(relative: string, bytes: Uint8Array): PreparedSet | undefined {
  if (typeof __KANTELLAT_CHECKED_SETS__ !== 'string') return undefined;
  try {
    const folder = new URL(`${__KANTELLAT_CHECKED_SETS__}/`, import.meta.url);
    if (Buffer.compare(readFileSync(new URL(relative, folder)), bytes) !== 0) return undefined;
    const set: QuestionSet = JSON.parse(readFileSync(new URL(`${relative}.json`, folder), 'utf8'));
    return prepareQuestionSet(set);
  } catch {
    // A package without the files (or with a damaged one) parses the set as any other.
    return undefined;
  }
}

/**
 * The bundled question set as the build checked it, when `bytes` (the file as it is now) are
 * exactly what the build saw. Parsing and checking its 30 kB of YAML costs more than all the
 * rest of `kantellat score one.yaml`; an edited file falls back to the full parse, so a change
 * to the data never needs a rebuild.
 */
export function checkedBundledSet(bytes: Uint8Array): PreparedSet | undefined {
  return checkedWhenUnchanged('kantellat.yaml', bytes);
}

/** An archived set (`kantellat-1.0.0.yaml`) as the build checked it, when `bytes` are what the build saw. */
export function checkedArchivedSet(name: string, bytes: Uint8Array): PreparedSet | undefined {
  if (!SET_FILE.test(name)) return undefined;
  return checkedWhenUnchanged(`archive/${name}`, bytes);
}
