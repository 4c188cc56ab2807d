import type { MirrorResult } from '../core/mirror.js';
import type { Lang } from '../core/text.js';
import type { Locale } from '../messages/locale.js';
import { wordMirror } from './worded.js';

/** The formats of `kantellat mirror`. */
export const MIRROR_FORMATS = ['terminal', 'markdown', 'json', 'html'] as const;
export type MirrorFormat = (typeof MIRROR_FORMATS)[number];

/** What every mirror renderer gets. */
export interface MirrorInput {
  mirror: MirrorResult<string>;
  lang: Lang;
  /** The kantellat version, for the page footer. */
  version: string;
}

/** The renderers' input from core's mirror: the sets' texts worded once with the run's Locale. */
export function mirrorInput(mirror: MirrorResult, locale: Locale, version: string): MirrorInput {
  return { mirror: wordMirror(mirror, locale), lang: locale.lang, version };
}
