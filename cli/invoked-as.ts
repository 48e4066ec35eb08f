/**
 * How the user started this program, so that a hint naming a command says
 * it the way that works for them: `common-ground validate x.mdx` for the
 * installed command, `npm run --silent cli -- validate x.mdx` inside the
 * repository through npm, `node dist/cli.js validate x.mdx` when run that
 * way. Pure: the process's argv, environment and folder come in from the
 * edge (cli/cli-io.ts `processIO`).
 */
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { shellWord } from './app/solo/resume-command.js';

/** The installed command's name (package.json `bin`). */
export const COMMAND_NAME = 'common-ground';

/** What {@link invokedAs} looks at. */
export interface Invocation {
  /** `process.argv`: the node binary, then the script, then the arguments. */
  argv: readonly string[];
  /** `process.env`; npm sets `npm_lifecycle_event` and `npm_lifecycle_script` for `npm run`. */
  env: Readonly<Record<string, string | undefined>>;
  /** The working folder, to show a script path relative to it. */
  cwd: string;
}

/**
 * The words that start this program again, as the user started it.
 *
 * - Through one of this package's npm scripts (`npm run cli`, `npm start`),
 *   recognised by a script that runs `dist/cli.js`: that npm command, with
 *   `--` so the arguments reach the program. A user's own script that calls
 *   the installed command is not one of these, and gets `common-ground`.
 * - As an installed command (a bin link, npx, or a shim under node_modules):
 *   `common-ground`.
 * - As `node path/to/cli.js`: that, the path relative to the folder when
 *   inside it.
 *
 * @example
 * invokedAs({ argv: ['/usr/bin/node', '/usr/local/bin/common-ground'], env: {}, cwd: '/home/me' }); // 'common-ground'
 * invokedAs({ argv: ['/usr/bin/node', '/repo/dist/cli.js'], env: { npm_lifecycle_event: 'cli', npm_lifecycle_script: 'node cli/tools/ensure-built.mjs && node dist/cli.js' }, cwd: '/repo' });
 * // 'npm run --silent cli --'
 * invokedAs({ argv: ['/usr/bin/node', '/repo/dist/cli.js'], env: {}, cwd: '/repo' }); // 'node dist/cli.js'
 */
export function invokedAs({ argv, env, cwd }: Invocation): string {
  const event = env.npm_lifecycle_event;
  if (event && /(^|[\s/\\])dist[/\\]cli\.js\b/.test(env.npm_lifecycle_script ?? '')) {
    return event === 'start' ? 'npm start --' : `npm run --silent ${shellWord(event)} --`;
  }
  const script = argv[1];
  if (script === undefined || script === '') return COMMAND_NAME;
  const absolute = isAbsolute(script) ? script : resolve(cwd, script);
  const installed = !/\.[cm]?js$/i.test(basename(absolute)) || absolute.split(/[/\\]/).includes('node_modules');
  if (installed) return COMMAND_NAME;
  const fromCwd = relative(cwd, absolute);
  const shown = fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolute : fromCwd.split(sep).join('/');
  return `node ${shellWord(shown)}`;
}

/**
 * A command line to suggest in a hint: the program as the user started it
 * (`invoked`, default `common-ground`), then `args`, each quoted for a shell
 * when it needs it.
 *
 * @example
 * commandLine('npm run --silent cli --', ['validate', 'my scenario.mdx']);
 * // "npm run --silent cli -- validate 'my scenario.mdx'"
 */
export function commandLine(invoked: string | undefined, args: readonly string[]): string {
  return [invoked ?? COMMAND_NAME, ...args.map(shellWord)].join(' ');
}

/** `common-ground` where it starts a command in prose: after the start, a space, a backtick or a bracket, and before a space, a backtick or the end. */
const NAMED_COMMAND = /(^|[\s`(])common-ground(?=[\s`]|$)/g;

/**
 * A hint with the installed command's name replaced by the program as the
 * user started it. Hints are written naming `common-ground …`, as the docs
 * do, wherever they are made (often far from the process); the top level,
 * which knows how the program was started, says them this way. Web
 * addresses and paths containing the name are left alone.
 *
 * @example
 * namedAsInvoked('Run `common-ground case --help` for the options.', 'npm run --silent cli --');
 * // 'Run `npm run --silent cli -- case --help` for the options.'
 */
export function namedAsInvoked(text: string, invoked: string | undefined): string {
  if (invoked === undefined || invoked === COMMAND_NAME) return text;
  return text.replace(NAMED_COMMAND, (_match, before: string) => `${before}${invoked}`);
}
