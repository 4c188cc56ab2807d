import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { buildFormScript } from './scripts/form-script.mjs';

const pkg: { version: string } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The browser form's script, built as scripts/build.mjs builds it, for renderFormPage in tests.
const formScript = await buildFormScript();

export default defineConfig({
  define: { __KANTELLAT_VERSION__: JSON.stringify(pkg.version), __KANTELLAT_FORM_SCRIPT__: JSON.stringify(formScript.code) },
  test: {
    // Binaries spawned by the tests keep their V8 code cache here, not in the developer's cache folder.
    env: { KANTELLAT_CACHE_DIR: join(tmpdir(), 'kantellat-test-code-cache') },
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
