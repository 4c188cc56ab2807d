// The floor for `kantellat score <folder>`: find the same answer files (the folder walked in
// sorted order, hidden entries skipped), read each one and parse it with the same YAML library,
// and nothing else: no checks, no scoring, no output.
//
//   node bench/baseline-parse.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

function walk(folder, out) {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (/\.(ya?ml|json)$/i.test(entry.name)) out.push(path);
  }
  return out;
}

const folder = process.argv[2];
if (folder === undefined) {
  process.stderr.write('usage: node bench/baseline-parse.mjs <folder>\n');
  process.exitCode = 2;
} else {
  let keys = 0;
  for (const file of walk(folder, [])) keys += Object.keys(parse(readFileSync(file, 'utf8')) ?? {}).length;
  // Use the parsed data, so no engine can skip the parse as dead code.
  if (keys === 0) process.stderr.write('no answers parsed\n');
}
