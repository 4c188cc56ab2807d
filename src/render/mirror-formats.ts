import type { MirrorResult } from '../core/mirror.js';
import type { Lang } from '../core/text.js';

/** The formats of `kantellat mirror`. */
export const MIRROR_FORMATS = ['terminal', 'markdown', 'json', 'html'] as const;
export type MirrorFormat = (typeof MIRROR_FORMATS)[number];

/** What every mirror renderer gets. */
export interface MirrorInput {
  mirror: MirrorResult;
  lang: Lang;
  /** The kantellat version, for the page footer. */
  version: string;
}
