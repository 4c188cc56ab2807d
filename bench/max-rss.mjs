// Preloaded into a benchmarked process with `node --import`: when the process exits, it
// writes its peak memory (max resident set size, in kB) to the file named by BENCH_RSS_FILE.
// process.resourceUsage() works the same on Linux, macOS and Windows.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file !== undefined) {
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
