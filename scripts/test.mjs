// `npm test`: the build, the type check, the format check and the test suite, overlapped. tsc checks on one core for
// about half a minute; run after the build and before vitest (as `a && b && c`), that half
// minute was added to every run. Here it starts at once, beside the build, and goes on while the
// tests run (the tests need the built binary, so they wait for the build only). Arguments go to
// vitest (`npm test -- --reporter=json ...`). The type check's output is printed when it ends,
// not in the middle of vitest's. Any failure fails the whole: exit code 1, or vitest's own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = `${root}/node_modules/typescript/bin/tsc`;
const biome = `${root}/node_modules/@biomejs/biome/bin/biome`;

/** Runs node with `args` in the repository; `quiet` keeps its output until the caller prints it. */
function run(args, quiet = false) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal === null ? 1 : 128), output }));
  });
}

/** Both projects of `npm run typecheck`, one after the other (each is one core's work). */
async function typecheck() {
  const results = [];
  for (const project of ['tsconfig.json', 'tsconfig.form.json'])
    results.push({ project, ...(await run([tsc, '-p', project, '--noEmit'], true)) });
  return results;
}

const checking = typecheck();
// Biome checks the layout of every source file in about a second (biome.json; `npm run format` fixes it).
const formatting = run([biome, 'format', '.'], true);
const build = await run([`${root}/scripts/build.mjs`]);
let tests = { code: 1 };
if (build.code === 0) tests = await run([`${root}/node_modules/vitest/vitest.mjs`, 'run', ...process.argv.slice(2)]);
else console.error(`npm test: the build failed (exit ${build.code}); the tests did not run`);

const checked = await checking;
for (const { project, code, output } of checked) {
  if (output !== '') process.stdout.write(output);
  console.log(code === 0 ? `typecheck ${project}: no errors` : `typecheck ${project}: FAILED (tsc exit ${code})`);
}
const typeErrors = checked.some(({ code }) => code !== 0);
const format = await formatting;
if (format.code !== 0) process.stdout.write(format.output);
console.log(
  format.code === 0
    ? 'format: every file as biome lays it out'
    : 'format: FAILED (run `npm run format` to fix the layout)',
);
process.exitCode =
  build.code !== 0 ? build.code : tests.code !== 0 ? tests.code : typeErrors || format.code !== 0 ? 1 : 0;
