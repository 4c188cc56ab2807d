// Bundles the CLI and the library with esbuild: one file to load means a fast start
// (see bench/). Type declarations for the library come from tsc. The build goes to a fresh
// folder that replaces dist/ at the end, so a test running the binary meanwhile never sees
// half a build.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const out = `${root}/.dist-${process.pid}`;
rmSync(out, { recursive: true, force: true });

await build({
  entryPoints: { cli: `${root}/src/bin.ts`, index: `${root}/src/index.ts` },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
  define: { __KANTELLAT_VERSION__: JSON.stringify(pkg.version) },
  // Some dependencies are CommonJS and call require() for Node built-ins; an ESM bundle
  // has no require of its own, so give it one.
  banner: {
    js: "import { createRequire as __kantellatCreateRequire } from 'node:module'; const require = __kantellatCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
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
