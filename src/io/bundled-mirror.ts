import type { PreparedSet } from '../core/prepare.js';
import { BUNDLED_SETS, bundledSetId, loadQuestionSet } from './load.js';

/**
 * The bundled question set that mirrors the set with id `id` (kantellat-client for the
 * Kantellat), or undefined when none does. Each bundled set is small; they are read only here.
 */
export async function findBundledMirror(id: string): Promise<PreparedSet | undefined> {
  for (const other of Object.keys(BUNDLED_SETS)) {
    const bundled = bundledSetId(other);
    if (bundled === undefined || bundled === id) continue;
    const set = await loadQuestionSet(bundled);
    if (set.source.mirrors?.questionSet === id) return set;
  }
  return undefined;
}
