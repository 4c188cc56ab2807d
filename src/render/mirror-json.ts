import type { MirrorDocument } from '../core/mirror-json.js';
import { MIRROR_SCHEMA_VERSION, type MirrorQuestion } from '../core/mirror.js';
import { lowerText, themeText, tooFewText, valuedText } from '../messages/mirror.js';
import type { MirrorInput } from './mirror-formats.js';

/** The mirror as one JSON document (schema: `kantellat schema mirror`), each prompt in the chosen language. */
export function renderMirrorJson(input: MirrorInput): string {
  const { mirror, lang } = input;
  const question = (prompt: (q: MirrorQuestion<string>) => string) => (q: MirrorQuestion<string>) => ({
    ...q,
    prompt: prompt(q),
  });
  const document: MirrorDocument = {
    schemaVersion: MIRROR_SCHEMA_VERSION,
    kind: 'kantellat-mirror',
    lang,
    selfSet: mirror.selfSet,
    clientSet: mirror.clientSet,
    self: mirror.self,
    clientCount: mirror.clientCount,
    minClients: mirror.minClients,
    enough: mirror.enough,
    message: mirror.enough ? null : tooFewText(mirror, lang),
    themes: mirror.themes.map((theme) => ({ ...theme, prompt: themeText(theme, mirror.minClients, lang) })),
    lower: mirror.lower.map(question((q) => lowerText(q, lang))),
    valued: mirror.valued.map(question((q) => valuedText(q, lang))),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
