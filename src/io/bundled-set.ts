import { prepareQuestionSet, type PreparedSet } from '../core/prepare.js';
import type { QuestionSet } from '../core/question-set.js';

// Put in by the bundler (scripts/build.mjs), which loads and checks questions/kantellat.yaml
// at build time: the file's text, and the checked question set as JSON. Absent when running
// from src/ (tests), where the set is parsed as any other.
declare const __KANTELLAT_BUNDLED_SOURCE__: string | undefined;
declare const __KANTELLAT_BUNDLED_SET__: string | undefined;
// The archived versions (questions/archive/*.yaml), checked by the build the same way: one JSON
// text of [{ name, source, set }], parsed only when an answer file names an archived version.
declare const __KANTELLAT_ARCHIVED_SETS__: string | undefined;

/**
 * The bundled question set as the build checked it, when `bytes` (the file as it is now) are
 * exactly what the build saw. Parsing and checking its 30 kB of YAML costs more than all the
 * rest of `kantellat score one.yaml`; an edited file falls back to the full parse, so a change
 * to the data never needs a rebuild.
 */
export function checkedBundledSet(bytes: Uint8Array): PreparedSet | undefined {
  if (typeof __KANTELLAT_BUNDLED_SOURCE__ !== 'string' || typeof __KANTELLAT_BUNDLED_SET__ !== 'string') return undefined;
  if (new TextDecoder().decode(bytes) !== __KANTELLAT_BUNDLED_SOURCE__) return undefined;
  const set: QuestionSet = JSON.parse(__KANTELLAT_BUNDLED_SET__);
  return prepareQuestionSet(set);
}

interface ArchivedEntry {
  name: string;
  source: string;
  set: QuestionSet;
}

let archived: ArchivedEntry[] | undefined;

/** An archived set (`kantellat-1.0.0.yaml`) as the build checked it, when `bytes` are what the build saw. */
export function checkedArchivedSet(name: string, bytes: Uint8Array): PreparedSet | undefined {
  if (typeof __KANTELLAT_ARCHIVED_SETS__ !== 'string') return undefined;
  archived ??= JSON.parse(__KANTELLAT_ARCHIVED_SETS__);
  const entry = archived?.find((candidate) => candidate.name === name);
  if (entry === undefined || new TextDecoder().decode(bytes) !== entry.source) return undefined;
  return prepareQuestionSet(entry.set);
}
