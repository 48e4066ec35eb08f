/**
 * The end-to-end tests drive Debian's Chromium and tmux. So that the README's
 * `npm install && npm test` works on a fresh Debian machine, the e2e run
 * installs them with apt when they are missing and it runs as root (as CI
 * and this project's machines do); otherwise it says exactly what to install.
 * Never a downloaded browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from '../e2e/support/chromium.js';

function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Installs chromium and tmux from Debian's packages if they are missing. */
export function ensureSystemPackages(): void {
  const missing = [...(existsSync(chromiumPath) ? [] : ['chromium']), ...(hasCommand('tmux') ? [] : ['tmux'])];
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    throw new Error(`The end-to-end tests need ${missing.join(' and ')}. Install Debian's packages: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
