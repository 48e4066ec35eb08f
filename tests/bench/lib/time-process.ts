/**
 * Times whole processes from spawn to exit, or from spawn until some text
 * appears on their output, optionally inside a pseudo-terminal (util-linux
 * `script`), so a terminal app draws exactly as it would for a person.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Options for {@link timeProcess}. */
export interface TimeProcessOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Stop the clock when the output matches (and then kill the process). */
  until?: RegExp;
  /** Run inside a pseudo-terminal of this many columns and rows. */
  pty?: { columns: number; rows: number };
  /** Give up after this long (default 20 s). */
  timeoutMs?: number;
}

/** How long one run took, and what it printed. */
export interface ProcessTiming {
  ms: number;
  output: string;
  exitCode: number | null;
}

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * Spawns `command args…` and measures the time to exit (or to `until`).
 *
 * @example
 * await timeProcess(process.execPath, ['-e', '0'], { cwd });
 */
export function timeProcess(command: string, args: readonly string[], options: TimeProcessOptions): Promise<ProcessTiming> {
  const env = { ...process.env, ...options.env };
  let file = command;
  let argv = [...args];
  if (options.pty) {
    const inner = [command, ...args].map(shellQuote).join(' ');
    // `stty` sets the pty size before the program starts, so it lays out for that size.
    file = 'script';
    argv = ['-qfec', `stty cols ${options.pty.columns} rows ${options.pty.rows}; exec ${inner}`, '/dev/null'];
    env.TERM = env.TERM && env.TERM !== 'dumb' ? env.TERM : 'xterm-256color';
  }
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let output = '';
    let done = false;
    const finish = (exitCode: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const ms = performance.now() - start;
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      resolve({ ms, output, exitCode });
    };
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      reject(new Error(`${[command, ...args].join(' ')} did not ${options.until ? `print ${String(options.until)}` : 'exit'} within ${options.timeoutMs ?? 20_000} ms. Output so far:\n${output.slice(-2000)}`));
    }, options.timeoutMs ?? 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.until && options.until.test(output)) finish(null);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!options.until) finish(code);
    });
    child.on('close', (code) => {
      if (options.until && !done) {
        done = true;
        clearTimeout(timer);
        reject(new Error(`${[command, ...args].join(' ')} exited (${String(code)}) before printing ${String(options.until)}. Output:\n${output.slice(-2000)}`));
      }
    });
    // A terminal app waits for keys; an empty stdin that stays open is what a person gives it.
    if (!options.pty) child.stdin.end();
  });
}

/**
 * Times a process `runs` times, alternating with the baseline so both see the
 * same machine load, and returns both sets of milliseconds.
 *
 * @example
 * const { subject, baseline } = await alternate(() => timeProcess(...), () => timeProcess(node, ['-e', '0'], ...), 15);
 */
export async function alternate(
  subject: () => Promise<ProcessTiming>,
  baseline: () => Promise<ProcessTiming>,
  runs: number,
  warmup = 2,
): Promise<{ subject: number[]; baseline: number[]; lastOutput: string }> {
  let lastOutput = '';
  for (let i = 0; i < warmup; i += 1) {
    lastOutput = (await subject()).output;
    await baseline();
  }
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const one = await subject();
    lastOutput = one.output;
    s.push(one.ms);
    b.push((await baseline()).ms);
  }
  return { subject: s, baseline: b, lastOutput };
}
