// Bundles the CLI and the library with esbuild: one file to load means a fast start
// (see bench/). Type declarations for the library come from tsc.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __KANTELLAT_VERSION__: JSON.stringify(pkg.version) },
  // Some dependencies are CommonJS and call require() for Node built-ins; an ESM bundle
  // has no require of its own, so give it one.
  banner: {
    js: "import { createRequire as __kantellatCreateRequire } from 'node:module'; const require = __kantellatCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
};

await build({ ...common, entryPoints: { cli: 'src/bin.ts', index: 'src/index.ts' } });

execFileSync(process.execPath, [new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname, '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
