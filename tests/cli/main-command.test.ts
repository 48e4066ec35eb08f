import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, root } from '../support/built-cli.js';

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('common-ground', () => {
  it('says its version, the one in package.json', () => {
    const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = run(flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`common-ground ${version}\n`);
    }
  });

  it('lists the commands and how to get the version', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: common-ground <command> \[options\]/);
    expect(result.stdout).toContain('common-ground --version');
  });
});
