// The floor for `kantellat score <folder>`: find the same answer files, read each one and
// parse it with the same YAML library, and nothing else (no checks, no scoring, no output).
//
//   node bench/baseline-parse.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const folder = process.argv[2];
if (folder === undefined) {
  process.stderr.write('usage: node bench/baseline-parse.mjs <folder>\n');
  process.exitCode = 2;
} else {
  const names = readdirSync(folder).filter((name) => /\.(ya?ml|json)$/i.test(name)).sort();
  let keys = 0;
  for (const name of names) keys += Object.keys(parse(readFileSync(join(folder, name), 'utf8')) ?? {}).length;
  // Use the parsed data, so no engine can skip the parse as dead code.
  if (keys === 0) process.stderr.write('no answers parsed\n');
}
