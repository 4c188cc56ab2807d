// No zod here: the browser form bundles this file.
import type { Tone } from './question-set.js';

/** The colours of the tones an option may carry on a page (Okabe-Ito green, orange and vermilion; grey). */
export const TONE_FILLS: Readonly<Record<Tone, string>> = {
  good: '#009e73',
  warning: '#e69f00',
  bad: '#d55e00',
  neutral: '#c9c9c9',
};

/** The colour an option is shown in on a page: its own `color`, else its tone's, else none. */
export function optionColour(option: { tone?: Tone | undefined; color?: string | undefined }): string | undefined {
  return option.color ?? (option.tone === undefined ? undefined : TONE_FILLS[option.tone]);
}
