// Bundles the CLI and the library with esbuild (see docs/performance.md for why each choice):
//   dist/cli.cjs   the process entry (src/bin.ts, required by bin/kantellat.js): answers
//                  --version itself, else loads
//   dist/main.cjs  the whole CLI (src/cli.ts) in one CommonJS file, run from V8's code cache
//                  (src/code-cache.ts);
//   dist/index.js  the library, an ES module.
// The browser form's page script is bundled first (scripts/form-script.mjs) and put into both as a string.
// Type declarations for the library come from tsc. The build goes to a fresh folder that
// replaces dist/ at the end, so a test running the binary meanwhile never sees half a build.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFormScript } from './form-script.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const out = `${root}/.dist-${process.pid}`;
rmSync(out, { recursive: true, force: true });

const options = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Some dependencies are CommonJS and call require() for Node built-ins; an ESM bundle
  // has no require of its own, so give it one.
  banner: {
    js: "import { createRequire as __kantellatCreateRequire } from 'node:module'; const require = __kantellatCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  plugins: [esmYaml(), lazyChildProcess(), unusedEditorPrompt()],
};

// The bundled question set is checked here, once, with the library itself; the program then
// takes the checked set as it is while the file is unchanged (src/io/bundled-set.ts), instead
// of parsing and checking 30 kB of YAML on every start. A broken set fails the build.
const checker = `${out}-check`;
await build({ ...options, entryPoints: { index: `${root}/src/index.ts` }, outdir: checker, define: { __KANTELLAT_VERSION__: JSON.stringify(pkg.version) } });
const bundled = await checkBundledSet(checker, 'questions/kantellat.yaml');
// Archived versions (questions/archive/kantellat-1.0.0.yaml) are checked the same way and
// embedded as one JSON text, parsed only when an answer file names an archived version.
const archived = [];
for (const name of readdirSync(`${root}/questions/archive`).filter((file) => file.endsWith('.yaml')).sort()) {
  const checked = await checkBundledSet(checker, `questions/archive/${name}`);
  archived.push({ name, source: checked.source, set: JSON.parse(checked.set) });
}
rmSync(checker, { recursive: true, force: true });

// The browser form's script (src/form/page.ts), bundled for the browser; `kantellat form` puts it
// into the page it writes (src/render/form-html.ts).
const formScript = await buildFormScript();

const define = {
  __KANTELLAT_VERSION__: JSON.stringify(pkg.version),
  __KANTELLAT_FORM_SCRIPT__: JSON.stringify(formScript.code),
  __KANTELLAT_BUNDLED_SOURCE__: JSON.stringify(bundled.source),
  __KANTELLAT_BUNDLED_SET__: JSON.stringify(bundled.set),
  __KANTELLAT_ARCHIVED_SETS__: JSON.stringify(JSON.stringify(archived)),
};
await build({ ...options, entryPoints: { index: `${root}/src/index.ts` }, outdir: out, define });

// One file, not a chunk per command: V8 caches the compiled code of a classic script (vm.Script)
// and Node 20 has no compile cache for ES modules. Commands are still initialised only when
// called (esbuild keeps dynamic imports lazy inside the file). CommonJS has require and no
// import.meta, so the loader passes in the file's URL instead.
/** Packages only `kantellat session` uses (src/server/). */
const SESSION_ONLY = ['fastify', '@fastify/rate-limit', 'qrcode'];

const only = process.env.VARIANT_COMMANDS.split(',');
const onlyCommands = { name: 'only', setup(b) {
  b.onResolve({ filter: /commands\/index\.js$/ }, (a) => ({ path: 'cmds', namespace: 'only', pluginData: a.resolveDir }));
  b.onLoad({ filter: /.*/, namespace: 'only' }, (a) => ({ resolveDir: `${root}/src/commands`, loader: 'ts', contents: `export const COMMANDS = {${only.map((c) => `${JSON.stringify(c)}: () => import('./${c}.js')`).join(',')}};` }));
} };
if (process.env.VARIANT_NOSTRINGS) { define.__KANTELLAT_FORM_SCRIPT__ = '"x"'; define.__KANTELLAT_ARCHIVED_SETS__ = '"[]"'; }
const main = await build({
  ...options,
  plugins: [...options.plugins, onlyCommands],
  format: 'cjs',
  splitting: false,
  banner: {},
  entryPoints: { main: `${root}/src/cli.ts` },
  // The session server's libraries (about 1 MB with their dependencies) stay in node_modules,
  // required only when `kantellat session` runs: bundled, every other command would read and
  // hash them at start. They are dependencies, so an installed kantellat has them.
  external: SESSION_ONLY,
  // A third smaller, so less to read and hash at every start (score one.yaml: about 1.59x ->
  // 1.56x of node -e 0); names are kept, so --debug stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  outdir: out,
  outExtension: { '.js': '.cjs' },
  define: { ...define, 'import.meta.url': '__kantellatUrl' },
});
warnAboutWholeZod(main.metafile);
// esbuild writes strings, regexes and names as ASCII (escaping the rest), but keeps a few
// comments as they were; without those characters the loader can read the file as Latin-1,
// a few ms faster than decoding 1 MB of UTF-8 on every start.
const mainCode = readFileSync(`${out}/main.cjs`, 'utf8').replace(/[^\x00-\x7f]/g, '?');
writeFileSync(`${out}/main.cjs`, mainCode);
writeFileSync(process.env.VARIANT_OUT, mainCode); rmSync(out, { recursive: true, force: true }); process.exit(0);

// CommonJS too: Node then starts without its ES module loader. The loader of main.cjs stays
// out of --version's way inside a lazy wrapper (the dynamic import in src/bin.ts).
await build({
  ...options,
  format: 'cjs',
  splitting: false,
  banner: {},
  entryPoints: { cli: `${root}/src/bin.ts` },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  define: { ...define, __KANTELLAT_MAIN_HASH__: JSON.stringify(mainHash) },
});

execFileSync(
  process.execPath,
  [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.build.json`, '--outDir', `${out}/types`],
  { stdio: 'inherit' },
);

const old = `${root}/.dist-old-${process.pid}`;
try {
  renameSync(`${root}/dist`, old);
} catch {
  // no earlier build
}
renameSync(out, `${root}/dist`);
rmSync(old, { recursive: true, force: true });

/** Loads and checks a bundled set (questions/kantellat.yaml) with the freshly built library: its text and the checked set as JSON. */
async function checkBundledSet(folder, relative) {
  const library = await import(pathToFileURL(`${folder}/index.js`).href);
  const file = `${root}/${relative}`;
  const bytes = readFileSync(file);
  try {
    const set = library.parseQuestionSet(bytes, relative);
    return { source: new TextDecoder().decode(bytes), set: JSON.stringify(set.source) };
  } catch (error) {
    if (!(error instanceof library.InputError)) throw error;
    for (const p of error.problems) process.stderr.write(`${library.formatProblem(p, 'en')}\n`);
    rmSync(folder, { recursive: true, force: true });
    process.exit(1);
  }
}

/**
 * `import { z } from 'zod'` makes the bundle carry all of zod, every locale included (760 kB
 * instead of 200 kB, 20 ms more on every start); `import * as z from 'zod'` lets it keep only
 * what is used. Say so when it happens.
 */
function warnAboutWholeZod(metafile) {
  const bundled = Object.values(metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, part]) => part.bytesInOutput > 0).map(([input]) => input));
  const locales = [...new Set(bundled)].filter((input) => /zod\/v4\/locales\/(?!nl\.js|en\.js|index\.js)[\w-]+\.js$/.test(input));
  if (locales.length > 0) {
    process.stderr.write(
      `build: warning: the bundle holds ${locales.length} of zod's locales (a slower start): some module imports { z } from 'zod' or uses z.locales; write import * as z from 'zod'\n`,
    );
  }
}

/**
 * yaml's "node" export is its CommonJS build: bundled, every call to isScalar, isMap, ... goes
 * through an esbuild interop getter, which made the parser several times slower on big maps,
 * and none of it can be tree-shaken. Its "default" export is the same code as ES modules
 * (it differs only in warning through console.warn instead of process.emitWarning), so bundle that.
 */
function esmYaml() {
  return {
    name: 'esm-yaml',
    setup(builder) {
      builder.onResolve({ filter: /^yaml$/ }, () => ({ path: fileURLToPath(new URL('../node_modules/yaml/browser/index.js', import.meta.url)) }));
    },
  };
}

/**
 * commander requires node:child_process when it loads, for subcommands that are programs of
 * their own, which kantellat has none of; loading it (with net, stream and more) took 2 ms of
 * every start. Give commander a stand-in that requires the real module on first use.
 */
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(builder) {
      builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'kantellat-lazy' } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'kantellat-lazy' }, () => ({
        contents: "let real; const load = () => (real ??= require('node:child_process')); module.exports = new Proxy({}, { get: (_, key) => load()[key] });",
        loader: 'js',
      }));
    },
  };
}

/**
 * @inquirer/prompts re-exports every prompt; esbuild keeps its editor prompt although kantellat
 * never uses it, and with it iconv-lite and chardet: 680 kB of the 1.9 MB bundle, read on every
 * start. Marked free of side effects (as its package.json already says), it is left out unless
 * something imports it.
 */
function unusedEditorPrompt() {
  return {
    name: 'unused-editor-prompt',
    setup(builder) {
      builder.onResolve({ filter: /^@inquirer\/editor$/ }, async (args) => {
        if (args.pluginData === 'unused-editor-prompt') return undefined;
        const found = await builder.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'unused-editor-prompt' });
        return found.errors.length > 0 ? undefined : { ...found, sideEffects: false };
      });
    },
  };
}
