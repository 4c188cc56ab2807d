import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import envPaths from 'env-paths';
import type { main as Main } from './cli.js';

// Put in by scripts/build.mjs: the SHA-256 of dist/main.cjs. V8 checks a cache only against the
// length of the source, so the cache file is named after the content.
declare const __KANTELLAT_MAIN_HASH__: string;

/** Where compiled code is kept: KANTELLAT_CACHE_DIR, or the user's cache folder (env-paths). */
function cacheFolder(env: NodeJS.ProcessEnv): string {
  return env['KANTELLAT_CACHE_DIR'] ?? envPaths('kantellat', { suffix: '' }).cache;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A cache of another build (or Node) not written for this long is taken to be of one no longer used. */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Writes the cache whole or not at all (temp file, rename), and drops caches of other builds
 * that have not been written for a week; two installs in use side by side keep theirs. Never fails.
 */
function writeCache(folder: string, name: string, data: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temp = join(folder, `.${name}.${process.pid}.tmp`);
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, join(folder, name));
    const now = Date.now();
    for (const other of readdirSync(folder)) {
      if (other === name || !other.startsWith('main-') || !other.endsWith('.v8cache')) continue;
      if (now - statSync(join(folder, other)).mtimeMs > STALE_MS) rmSync(join(folder, other), { force: true });
    }
  } catch {
    // A read-only or full disk only means the next start compiles again.
  }
}

function isMain(value: unknown): value is typeof Main {
  return typeof value === 'function';
}

/**
 * Loads the CLI (`file`: dist/main.cjs, one CommonJS bundle) with V8's code cache, the way Node 22's
 * module.enableCompileCache does, which Node 20 lacks: the first run compiles it and, on exit,
 * keeps V8's compiled code in the user's cache folder; later runs skip parsing and compiling
 * about 1 MB of JavaScript (a third of the start-up time of `kantellat score one.yaml`,
 * docs/performance.md). NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does for Node's own.
 */
export function loadMain(file: string, env: NodeJS.ProcessEnv): typeof Main {
  const bytes = readFileSync(file);
  // The build writes pure ASCII, which becomes a string much faster as Latin-1 than as UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const useCache = env['NODE_DISABLE_COMPILE_CACHE'] === undefined;
  const folder = cacheFolder(env);
  const name = `main-${process.version}-${process.arch}-${__KANTELLAT_MAIN_HASH__.slice(0, 16)}.v8cache`;
  const cachedData = useCache ? readCache(join(folder, name)) : undefined;
  // The same wrapper as Node's for CommonJS, on the first line, so stack traces keep their lines.
  const wrapper = `(function (exports, require, module, __filename, __dirname, __kantellatUrl) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
  if (useCache && (cachedData === undefined || script.cachedDataRejected === true)) {
    // At exit the cache also holds the functions this run compiled, not just the top level.
    process.once('exit', () => writeCache(folder, name, script.createCachedData()));
  }
  const run: unknown = script.runInThisContext();
  const module: { exports: Record<string, unknown> } = { exports: {} };
  if (typeof run !== 'function') throw new Error(`${file} did not compile to a module`);
  run(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
  const main = module.exports['main'];
  if (!isMain(main)) throw new Error(`${file} has no main()`);
  return main;
}
