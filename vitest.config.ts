import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'vitest/config';
import { buildFormScript } from './scripts/form-script.mjs';
import { parseQuestionSet } from './src/io/load.js';

const pkg: { version: string } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The browser form's script, built as scripts/build.mjs builds it, for renderFormPage in tests.
const formScript = await buildFormScript();

// The bundled question sets as scripts/build.mjs checks them and leaves them beside the bundle
// (dist/sets/), so that a test runs the program as the binary does: a run of `kantellat score`
// takes the checked set instead of parsing and checking 30 kB of YAML again (50-170 ms, in every
// one of hundreds of in-process runs). Written to a folder named by their content, so runs of
// other checkouts never see each other's. The full parse of these files is still tested: by the
// build, `validate questions/...` and the loader's own tests; an edited file falls back to it.
const setNames = [
  'kantellat.yaml',
  ...readdirSync(new URL('./questions/archive', import.meta.url))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `archive/${name}`),
];
const checkedFiles = setNames.map((name) => {
  const bytes = readFileSync(new URL(`./questions/${name}`, import.meta.url));
  return { name, bytes, set: JSON.stringify(parseQuestionSet(bytes, `questions/${name}`).source) };
});
const hash = createHash('sha256');
for (const { name, bytes, set } of checkedFiles) hash.update(name).update(bytes).update(set);
const checkedSets = join(tmpdir(), `kantellat-test-sets-${hash.digest('hex').slice(0, 16)}`);
mkdirSync(join(checkedSets, 'archive'), { recursive: true });
// The same layout as dist/sets/ (src/io/bundled-set.ts): the file's bytes, and the set as JSON beside it.
for (const { name, bytes, set } of checkedFiles) {
  writeFileSync(join(checkedSets, name), bytes);
  writeFileSync(join(checkedSets, `${name}.json`), set);
}

export default defineConfig({
  define: {
    __KANTELLAT_VERSION__: JSON.stringify(pkg.version),
    __KANTELLAT_FORM_SCRIPT__: JSON.stringify(formScript.code),
    __KANTELLAT_CHECKED_SETS__: JSON.stringify(pathToFileURL(checkedSets).href),
  },
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
