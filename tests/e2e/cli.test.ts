import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('kantellat (built binary)', () => {
  it('prints its version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
