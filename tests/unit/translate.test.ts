import { afterEach, describe, expect, it } from 'vitest';
import { fill, invocationName, setInvocation, shellQuoted } from '../../src/messages/translate.js';

describe('fill', () => {
  afterEach(() => setInvocation({}));

  it('fills named placeholders and leaves unknown ones', () => {
    expect(fill('{a} en {b}', { a: 1 })).toBe('1 en {b}');
  });

  it('names the command as the user started it: npx kantellat after npx, else kantellat', () => {
    expect(fill('Verder: {kantellat} check --resume')).toBe('Verder: kantellat check --resume');
    setInvocation({ npm_command: 'exec' });
    expect(invocationName()).toBe('npx kantellat');
    expect(fill('Verder: {kantellat} check --resume')).toBe('Verder: npx kantellat check --resume');
    setInvocation({ npm_command: 'run-script' });
    expect(fill('{kantellat} history')).toBe('kantellat history');
  });
});

describe('shellQuoted', () => {
  it('quotes a path only where a shell would split or read it', () => {
    expect(shellQuoted('/home/anna/vragen.yaml')).toBe('/home/anna/vragen.yaml');
    expect(shellQuoted('C:\\Users\\Anna de Vries\\vragen.yaml')).toBe('"C:\\Users\\Anna de Vries\\vragen.yaml"');
    expect(shellQuoted('team&co.yaml')).toBe('"team&co.yaml"');
  });
});
