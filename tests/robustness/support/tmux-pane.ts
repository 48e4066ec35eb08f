/**
 * The built terminal app in a real pseudo-terminal, driven through tmux the
 * way tests/e2e/terminal/solo-in-tmux.test.ts drives it: the pane's process
 * is node itself (`exec`), CI is unset so Ink draws every frame, stderr goes
 * to a file, and the screen is read with capture-pane. Asynchronous, so
 * several panes can run side by side.
 *
 * Each pane has a tmux server of its own (`-S`, a socket beside the pane's
 * stderr file, so it goes when the test's folder does; tmux leaves its
 * sockets behind). On the shared default server, a session that ends takes
 * the server down with it when it was the last one, and a new-session
 * arriving in that moment fails with "server exited unexpectedly": a CI run
 * lost a kill test to exactly that.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { isProcessRunning } from '../../../cli/session-store/file-lock.js';

const run = promisify(execFile);

/** Whether tmux is installed. */
export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** One tmux session running one command of the built CLI. */
export interface TmuxPane {
  /** The pane's text, or '' once the session has ended. */
  screen(): Promise<string>;
  /** Types keys, as tmux send-keys names them (`1`, `Enter`, `q`). */
  keys(...sequence: string[]): Promise<void>;
  /** Waits (polling every `everyMs`) until the screen passes `test`; returns that screen. */
  waitFor(test: (text: string) => boolean, what: string, options?: { timeoutMs?: number; everyMs?: number }): Promise<string>;
  /** The pid of the pane's process (node). */
  pid(): Promise<number>;
  /**
   * Whether the app may still be running: its session exists, or its
   * process is still running as the session lock judges it
   * (isProcessRunning). tmux 3.3 ends a pane's session when the pane's
   * terminal closes, without waiting to reap the pane's process, so a test
   * that kills the app and starts it again waits for both.
   */
  alive(): Promise<boolean>;
  /** Ends the session if it is still there. */
  close(): Promise<void>;
}

/** Options of {@link startPane}. */
export interface PaneOptions {
  /** A tmux session name unique to this test run. */
  name: string;
  cli: string;
  args: string[];
  /** Exported to the app (COMMON_GROUND_DATA_DIR and the like). */
  env: Record<string, string>;
  /** Where the app's stderr is appended, so a failure can say why the app died. */
  stderrFile: string;
  columns?: number;
  rows?: number;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * Starts the CLI in a new detached tmux session.
 *
 * @example
 * const pane = await startPane({ name: 'cg-1', cli, args: ['play', 'closing-too-soon'], env: { NO_COLOR: '1' }, stderrFile });
 */
export async function startPane(options: PaneOptions): Promise<TmuxPane> {
  const { name } = options;
  const env = Object.entries(options.env).map(([key, value]) => `${key}=${quote(value)}`).join(' ');
  const command = `exec env -u CI ${env} node ${quote(options.cli)} ${options.args.map(quote).join(' ')} 2>>${quote(options.stderrFile)}`;
  const socketPath = join(dirname(options.stderrFile), `tmux-${name}`);
  const socket = ['-S', socketPath];
  // The pane's pid is read as the session is made, so it is known even after the app has ended.
  const started = await run('tmux', [...socket, 'new-session', '-d', '-P', '-F', '#{pane_pid}', '-s', name, '-x', String(options.columns ?? 100), '-y', String(options.rows ?? 30), command], { encoding: 'utf8' });
  const panePid = Number(started.stdout.trim());
  const tmux = async (...args: string[]) => (await run('tmux', [...socket, ...args], { encoding: 'utf8' })).stdout;
  const pane: TmuxPane = {
    screen: async () => {
      try {
        return await tmux('capture-pane', '-p', '-t', name);
      } catch {
        return '';
      }
    },
    keys: async (...sequence) => {
      await tmux('send-keys', '-t', name, ...sequence);
    },
    waitFor: async (test, what, { timeoutMs = 20_000, everyMs = 10 } = {}) => {
      const deadline = Date.now() + timeoutMs;
      let last = '';
      while (Date.now() < deadline) {
        last = await pane.screen();
        if (test(last)) return last;
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
      const stderr = existsSync(options.stderrFile) ? readFileSync(options.stderrFile, 'utf8') : '';
      throw new Error(`Timed out waiting for ${what}. Last screen:\n${last}\nThe app's stderr:\n${stderr}`);
    },
    pid: async () => panePid,
    alive: async () => {
      try {
        await tmux('has-session', '-t', name);
        return true;
      } catch {
        return isProcessRunning(panePid);
      }
    },
    close: async () => {
      await tmux('kill-session', '-t', name).catch(() => '');
      rmSync(socketPath, { force: true });
    },
  };
  return pane;
}
