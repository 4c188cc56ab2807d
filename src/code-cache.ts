import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import envPaths from 'env-paths';
import { EXIT } from './core/problem.js';
import type { main as Main } from './cli.js';

/** The CLI's entry, as a bundle (dist/main.cjs) exports it. */
export type MainFunction = typeof Main;

/** Which bundle to load and under which name its compiled code is kept. */
export interface Bundle {
  /** The bundle's path (dist/main.cjs). */
  file: string;
  /** The SHA-256 of the bundle, put in by the build: V8 checks a cache only against the length of the source. */
  hash: string;
  /**
   * The command being run (or "other"): each command keeps a cache of its own, so the code
   * that `score` runs is in the cache `score` reads, whichever command ran first.
   */
  command: string;
  /**
   * Whether this run does the command's work (not its help): V8's cache holds what the run that
   * wrote it compiled, and it is written once, so a `score --help` first would leave `score`
   * compiling its scoring code on every later run.
   */
  doesTheWork: boolean;
}

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

/**
 * The exit codes of a run whose compiled code is worth keeping. A run stopped by a usage or input
 * error (or a bug) compiled little of the command; one stopped with Ctrl+C (a check left halfway)
 * did start its work.
 */
const DID_THE_WORK: ReadonlySet<number> = new Set([EXIT.ok, EXIT.belowThreshold, EXIT.interrupted]);

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

function isMain(value: unknown): value is MainFunction {
  return typeof value === 'function';
}

function mainOf(exports: unknown, file: string): MainFunction {
  const main: unknown = typeof exports === 'object' && exports !== null && 'main' in exports ? exports.main : undefined;
  if (!isMain(main)) throw new Error(`${file} has no main()`);
  return main;
}

/**
 * Node's own compile cache, where Node has it (module.enableCompileCache, Node >= 22.8): it keeps
 * the compiled code of every module required after it is switched on, checks its entries itself,
 * and honours NODE_DISABLE_COMPILE_CACHE. Looked up only on such a Node, because loading
 * node:module costs Node 20 a few of its own modules at every start.
 */
function nodeCompileCache(): ((folder: string) => void) | undefined {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 8)) return undefined;
  const nodeModule: object = process.getBuiltinModule('node:module');
  const enable: unknown = 'enableCompileCache' in nodeModule ? nodeModule.enableCompileCache : undefined;
  if (typeof enable !== 'function') return undefined;
  return (folder) => {
    try {
      Reflect.apply(enable, nodeModule, [folder]);
    } catch {
      // A folder that can't be made only means every start compiles.
    }
  };
}

/**
 * Loads the CLI (`bundle.file`, one CommonJS bundle) with its compiled code kept between runs.
 * On Node >= 22.8 that is Node's own compile cache. Node 20 has none, so there the bundle is
 * compiled with vm.Script and V8's code cache, the way Node's own cache works: the first run of
 * a command compiles it and, on exit, keeps V8's compiled code in the user's cache folder;
 * later runs skip parsing and compiling the bundle (docs/performance.md).
 * NODE_DISABLE_COMPILE_CACHE=1 turns either off. `load` is the entry's own require, for the
 * bundle's external packages and Node's modules (the same folder, so the same resolution).
 */
export function loadMain(bundle: Bundle, env: NodeJS.ProcessEnv, load: NodeJS.Require): MainFunction {
  const { file } = bundle;
  const enableNodeCache = nodeCompileCache();
  if (enableNodeCache !== undefined) {
    enableNodeCache(cacheFolder(env));
    return mainOf(load(file), file);
  }
  const bytes = readFileSync(file);
  // The build writes pure ASCII, which becomes a string much faster as Latin-1 than as UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const useCache = env['NODE_DISABLE_COMPILE_CACHE'] === undefined;
  const folder = cacheFolder(env);
  const name = `main-${bundle.command}-${process.version}-${process.arch}-${bundle.hash.slice(0, 16)}.v8cache`;
  const cachedData = useCache ? readCache(join(folder, name)) : undefined;
  // The same wrapper as Node's for CommonJS, on the first line, so stack traces keep their lines.
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
  if (useCache && bundle.doesTheWork && (cachedData === undefined || script.cachedDataRejected === true)) {
    // At exit the cache also holds the functions this run compiled, not just the top level.
    process.once('exit', (code) => {
      if (DID_THE_WORK.has(code)) writeCache(folder, name, script.createCachedData());
    });
  }
  const run: unknown = script.runInThisContext();
  const module: { exports: unknown } = { exports: {} };
  if (typeof run !== 'function') throw new Error(`${file} did not compile to a module`);
  Reflect.apply(run, undefined, [module.exports, load, module, file, dirname(file)]);
  return mainOf(module.exports, file);
}
