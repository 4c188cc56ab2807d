// Bundles the CLI and the library with esbuild (see docs/performance.md for why each choice):
//   dist/cli.cjs        the process entry (src/bin.ts, required by bin/kantellat.js): answers
//                       --version itself, else loads
//   dist/main.cjs       the whole CLI (src/cli.ts) in one CommonJS file, run with its compiled code
//                       kept between runs (src/code-cache.ts);
//   dist/index.js       the library, an ES module;
//   dist/form-page.js   the browser form's script (scripts/form-script.mjs), read only by the
//                       commands that write the page (src/io/form-script.ts);
//   dist/sets/          the bundled question set and its archived versions as the build checked
//                       them, read only when such a set is loaded (src/io/bundled-set.ts).
// Type declarations for the library come from tsc. The build goes to a fresh folder that
// replaces dist/ at the end, so a test running the binary meanwhile never sees half a build.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFormScript } from './form-script.mjs';
import { firstNonAscii } from './non-ascii.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const out = `${root}/.dist-${process.pid}`;
rmSync(out, { recursive: true, force: true });
// A build that fails half-way leaves no half-built folder behind; a finished one has moved it to dist/.
process.on('exit', () => rmSync(out, { recursive: true, force: true }));

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
  plugins: [esmYaml(), lazyChildProcess(), unusedEditorPrompt(), colorDepthOnly()],
};

// The bundled question set is checked here, once, with the library itself; the program then
// takes the checked set as it is while the file is unchanged (src/io/bundled-set.ts), instead
// of parsing and checking 30 kB of YAML on every start. A broken set fails the build.
const checker = `${out}-check`;
await build({
  ...options,
  entryPoints: { index: `${root}/src/index.ts` },
  outdir: checker,
  define: { __KANTELLAT_VERSION__: JSON.stringify(pkg.version) },
});
// Archived versions (questions/archive/kantellat-1.0.0.yaml) are checked the same way, and used
// only when an answer file names an archived version.
const checkedSets = [
  'kantellat.yaml',
  ...readdirSync(`${root}/questions/archive`)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => `archive/${file}`),
];
mkdirSync(`${out}/sets/archive`, { recursive: true });
for (const name of checkedSets) {
  const checked = await checkBundledSet(checker, `questions/${name}`);
  // The file as the build read it, byte for byte, beside the checked set: the program takes the
  // set only while the two files are equal (a byte compare, no decoding).
  writeFileSync(`${out}/sets/${name}`, checked.bytes);
  writeFileSync(`${out}/sets/${name}.json`, checked.set);
}
rmSync(checker, { recursive: true, force: true });

// The browser form's script (src/form/page.ts), bundled for the browser, in a file of its own;
// `kantellat form` and `kantellat session` put it into the page they write (src/render/form-html.ts).
const formScript = await buildFormScript();
writeFileSync(`${out}/form-page.js`, formScript.code);

// Where the bundles find those files, relative to themselves (all of them are in dist/).
const define = {
  __KANTELLAT_VERSION__: JSON.stringify(pkg.version),
  __KANTELLAT_FORM_SCRIPT_FILE__: JSON.stringify('./form-page.js'),
  __KANTELLAT_CHECKED_SETS__: JSON.stringify('./sets'),
};
await build({ ...options, entryPoints: { index: `${root}/src/index.ts` }, outdir: out, define });

// One file, not a chunk per command: V8 caches the compiled code of a classic script (vm.Script)
// and Node 20 has no compile cache for ES modules. Commands are still initialised only when
// called (esbuild keeps dynamic imports lazy inside the file). CommonJS has require and no
// import.meta, so the bundle works out its own URL first.
/** Packages only `kantellat session` uses (src/server/). */
const SESSION_ONLY = ['fastify', '@fastify/rate-limit', 'qrcode'];

/**
 * Bundles of their own for the commands that are run most and must start fastest: each holds
 * src/cli.ts with only these commands, so it carries (and its code cache holds) nothing of
 * the others. dist/main.cjs holds every command, for the rest and for the help that lists them.
 */
const SMALL_BUNDLES = { score: ['score'] };

/** Builds src/cli.ts as one CommonJS bundle (`name`.cjs) with the given commands, or all of them. */
async function buildCli(name, commands) {
  const result = await build({
    ...options,
    plugins: [...options.plugins, ...(commands === undefined ? [] : [onlyCommands(commands)])],
    format: 'cjs',
    splitting: false,
    banner: { js: 'var __kantellatUrl = require("node:url").pathToFileURL(__filename).href;' },
    entryPoints: { [name]: `${root}/src/cli.ts` },
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
  warnAboutWholeZod(result.metafile);
  // What a bundle is made of, for a look at what a command carries (esbuild's analyzer reads it).
  if (process.env.KANTELLAT_BUILD_META !== undefined)
    writeFileSync(`${process.env.KANTELLAT_BUILD_META}/${name}.meta.json`, JSON.stringify(result.metafile));
  // The loader reads a bundle as Latin-1, a few ms faster than decoding 1 MB of UTF-8 on every
  // start, which is only right for pure ASCII. esbuild writes strings, regexes and names as
  // ASCII; anything else (a comment it keeps) fails the build rather than being changed.
  const code = readFileSync(`${out}/${name}.cjs`, 'utf8');
  refuseNonAscii(`dist/${name}.cjs`, code);
  return { file: `${name}.cjs`, hash: createHash('sha256').update(code).digest('hex'), commands };
}

const COMMAND_NAMES = commandNames();
const mainBundle = await buildCli('main', undefined);
const smallBundles = {};
for (const [name, commands] of Object.entries(SMALL_BUNDLES)) {
  for (const command of commands)
    if (!COMMAND_NAMES.includes(command))
      fail(`SMALL_BUNDLES names "${command}", which src/commands/index.ts does not have`);
  const bundle = await buildCli(name, commands);
  for (const command of commands) smallBundles[command] = { file: bundle.file, hash: bundle.hash };
}

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
  define: {
    ...define,
    __KANTELLAT_MAIN_BUNDLE__: JSON.stringify({ file: mainBundle.file, hash: mainBundle.hash }),
    __KANTELLAT_SMALL_BUNDLES__: JSON.stringify(smallBundles),
    __KANTELLAT_COMMAND_NAMES__: JSON.stringify(COMMAND_NAMES),
  },
});
refuseNonAscii('dist/cli.cjs', readFileSync(`${out}/cli.cjs`, 'utf8'));
refuseNonAscii('dist/form-page.js', formScript.code);

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

/** Loads and checks a bundled set (questions/kantellat.yaml) with the freshly built library: its bytes and the checked set as JSON. */
async function checkBundledSet(folder, relative) {
  const library = await import(pathToFileURL(`${folder}/index.js`).href);
  const file = `${root}/${relative}`;
  const bytes = readFileSync(file);
  try {
    const set = library.parseQuestionSet(bytes, relative);
    return { bytes, set: JSON.stringify(set.source) };
  } catch (error) {
    if (!(error instanceof library.InputError)) throw error;
    for (const p of error.problems) process.stderr.write(`${library.formatProblem(p, 'en')}\n`);
    rmSync(folder, { recursive: true, force: true });
    process.exit(1);
  }
}

/**
 * Stops the build when a bundle holds a character outside ASCII, saying where: the loader reads
 * the bundles as Latin-1 (src/code-cache.ts), so such a character would come out garbled.
 */
function refuseNonAscii(name, code) {
  const found = firstNonAscii(code);
  if (found === undefined) return;
  fail(
    `${name}:${found.line}:${found.column}: ${found.codePoint} is not ASCII, and the loader reads the bundle as Latin-1.\n` +
      `  near: ${JSON.stringify(found.near)}\n` +
      '  Write the character as an escape (\\u....) in the source, or find the comment or file esbuild kept it from.',
  );
}

/**
 * The commands of the CLI, from src/commands/index.ts (`name: () => import('./name.js')`): the
 * entry keeps a code cache per command and takes a cache name only from this list.
 */
function commandNames() {
  const text = readFileSync(`${root}/src/commands/index.ts`, 'utf8');
  const names = [...text.matchAll(/^\s+'?([a-z][a-z-]*)'?: \(\) => import\('\.\/[a-z-]+\.js'\),?$/gm)].map(
    (match) => match[1],
  );
  if (!names.includes('score') || names.length < 5)
    fail(
      `found only ${names.length} commands in src/commands/index.ts (expected lines like "  score: () => import('./score.js'),")`,
    );
  return names;
}

/** Stops the build with a message, leaving no half-made output behind. */
function fail(message) {
  process.stderr.write(`build: ${message}\n`);
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}

/**
 * Gives src/cli.ts a src/commands/index.ts with only `commands` in it, so that a small bundle
 * holds nothing of the other commands (each is a dynamic import there, which esbuild would
 * otherwise bundle).
 */
function onlyCommands(commands) {
  return {
    name: 'only-commands',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/commands\/index\.js$/ }, (args) =>
        /[\\/]src[\\/]cli\.ts$/.test(args.importer)
          ? { path: 'commands', namespace: 'kantellat-only-commands' }
          : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'kantellat-only-commands' }, () => ({
        resolveDir: `${root}/src/commands`,
        loader: 'ts',
        contents: `export const COMMANDS = { ${commands.map((command) => `${JSON.stringify(command)}: () => import('./${command}.js')`).join(', ')} };\n`,
      }));
    },
  };
}

/**
 * `import { z } from 'zod'` makes the bundle carry all of zod, every locale included (760 kB
 * instead of 200 kB, 20 ms more on every start); `import * as z from 'zod'` lets it keep only
 * what is used. Say so when it happens.
 */
function warnAboutWholeZod(metafile) {
  const bundled = Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, part]) => part.bytesInOutput > 0)
      .map(([input]) => input),
  );
  const locales = [...new Set(bundled)].filter((input) =>
    /zod\/v4\/locales\/(?!nl\.js|en\.js|index\.js)[\w-]+\.js$/.test(input),
  );
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
      builder.onResolve({ filter: /^yaml$/ }, () => ({
        path: fileURLToPath(new URL('../node_modules/yaml/browser/index.js', import.meta.url)),
      }));
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
        contents:
          "let real; const load = () => (real ??= require('node:child_process')); module.exports = new Proxy({}, { get: (_, key) => load()[key] });",
        loader: 'js',
      }));
    },
  };
}

/**
 * chalk works out at load whether stdout and stderr are terminals (node:tty, which loads net and
 * Node's streams: about a fifth of what `kantellat score` costs above Node's own start). kantellat
 * never uses chalk's default instance: `colorFor` (src/render/style.ts) decides per stream whether
 * it is a terminal and asks chalk only how many colours one has, which chalk reads from the
 * environment. So chalk's copy of supports-color gets a node:tty that says "a terminal" without
 * asking.
 */
function colorDepthOnly() {
  return {
    name: 'color-depth-only',
    setup(builder) {
      builder.onResolve({ filter: /^(node:)?tty$/ }, (args) =>
        /[\\/]chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]/.test(args.importer)
          ? { path: 'tty', namespace: 'kantellat-color-depth' }
          : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'kantellat-color-depth' }, () => ({
        contents: 'export default { isatty: () => true };',
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
        const found = await builder.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'unused-editor-prompt',
        });
        return found.errors.length > 0 ? undefined : { ...found, sideEffects: false };
      });
    },
  };
}
