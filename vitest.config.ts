import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const pkg: { version: string } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  define: { __KANTELLAT_VERSION__: JSON.stringify(pkg.version) },
  test: {
    // Binaries spawned by the tests keep their V8 code cache here, not in the developer's cache folder.
    env: { KANTELLAT_CACHE_DIR: join(tmpdir(), 'kantellat-test-code-cache') },
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
