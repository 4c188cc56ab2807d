// The checked bundled set: taken while the file is byte for byte what was checked, else parsed.
// vitest.config.ts leaves the checked sets in the layout the build gives dist/sets/, so the
// hundreds of in-process runs skip the full parse as the binary does (and stay fast).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedArchivedSet, checkedBundledSet } from '../../src/io/bundled-set.js';
import { ROOT } from '../helpers/run-cli.js';

const bytes = (relative: string): Buffer => readFileSync(join(ROOT, 'questions', relative));

describe('the checked bundled sets', () => {
  it('are taken while the file is unchanged', () => {
    expect(checkedBundledSet(bytes('kantellat.yaml'))?.version).toBe('2.0.0');
    expect(checkedArchivedSet('kantellat-1.0.0.yaml', bytes('archive/kantellat-1.0.0.yaml'))?.version).toBe('1.0.0');
  });

  it('are not taken for a file changed by one byte, or for a name that is no plain set file', () => {
    expect(checkedBundledSet(Buffer.concat([bytes('kantellat.yaml'), Buffer.from('\n')]))).toBeUndefined();
    expect(checkedArchivedSet('../kantellat.yaml', bytes('kantellat.yaml'))).toBeUndefined();
  });
});
