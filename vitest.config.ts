import { readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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
    // Measured on 2 cores (tests/README.md): a fresh module graph for every test file cost 83 s of
    // CPU for tests/unit + tests/cli against 25 s without (each file imported and ran src anew).
    // Files therefore share their worker's modules; tests/helpers/run-cli.ts puts back what a
    // run of main() sets for the whole process, and fails a run that leaves anything else.
    pool: 'forks',
    isolate: false,
    // vitest's default leaves a core for itself (1 worker on 2 cores); after collecting it mostly
    // waits, and many tests wait on a child process or a browser, so use every core.
    maxWorkers: availableParallelism(),
    minWorkers: 1,
  },
});
