import { readFileSync } from 'node:fs';

// Put in by the bundler (scripts/build.mjs): the file, relative to the bundle, that holds the
// form page's script (src/form/page.ts built for the browser). A file of its own, read only by
// the commands that write the page (form, session), not a string every command carries.
declare const __KANTELLAT_FORM_SCRIPT_FILE__: string | undefined;

let script: string | undefined;

/** The form page's script as the build made it; undefined when running from src/ (tests define it themselves). */
export function builtFormScript(): string | undefined {
  if (typeof __KANTELLAT_FORM_SCRIPT_FILE__ !== 'string') return undefined;
  // Read once: the session server makes the page for every participant.
  script ??= readFileSync(new URL(__KANTELLAT_FORM_SCRIPT_FILE__, import.meta.url), 'utf8');
  return script;
}
