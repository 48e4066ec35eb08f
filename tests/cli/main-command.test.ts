import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, root } from '../support/built-cli.js';

// From the repository root, without npm's variables, so the program is started as `node dist/cli.js`.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')));
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });

describe('common-ground', () => {
  it('says its version, the one in package.json', () => {
    const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };
    for (const flag of ['--version', '-v', '-V']) {
      const result = run(flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`common-ground ${version}\n`);
    }
  });

  it('lists the commands and how to get the version', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: common-ground <command> \[options\]/);
    // Run here as `node dist/cli.js`, so its hints say that (cli/invoked-as.ts).
    expect(result.stdout).toContain('`node dist/cli.js --version` (or -v)');
  });

  it('names itself as started in the hint of an error', () => {
    const result = run('nonsense');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('error: Unknown command "nonsense".\n  hint: Run `node dist/cli.js --help` to list the commands.\n');
  });
});
