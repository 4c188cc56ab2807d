// The process entry. It imports nothing up front: `kantellat --version` answers from here
// without loading commander, zod or yaml, so it starts as fast as Node itself (bench/). Every
// other command runs src/cli.ts, bundled as dist/main.cjs and loaded from V8's code cache.
const argv = process.argv.slice(2);

// A reader that went away (`kantellat score ... | head -1`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${__KANTELLAT_VERSION__}\n`);
} else {
  const { loadMain } = await import('./code-cache.js');
  const main = loadMain(new URL('./main.cjs', import.meta.url), process.env);
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  });
}
