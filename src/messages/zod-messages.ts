import * as z from 'zod';
import en from 'zod/v4/locales/en.js';
import nl from 'zod/v4/locales/nl.js';

/**
 * Zod's own messages (the text of a schema problem) in Dutch. Imported by name, not through
 * `z.locales`, so the bundle carries this one locale instead of all of them.
 */
export function useDutchSchemaMessages(): void {
  z.config(nl());
}

/** Zod's own messages back in English: for a run that moved to an English-only set's language. */
export function useEnglishSchemaMessages(): void {
  z.config(en());
}
