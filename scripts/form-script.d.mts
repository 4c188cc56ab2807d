// Types for scripts/form-script.mjs, which vitest.config.ts imports.
import type { Metafile } from 'esbuild';

/** The form page's script, bundled for the browser, and esbuild's record of what went into it. */
export declare function buildFormScript(): Promise<{ code: string; metafile: Metafile }>;
