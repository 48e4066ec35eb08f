/**
 * `common-ground play [scenario-id|file]`: solo play. With no scenario it
 * opens the start menu (saved sessions to resume, then the scenarios); `npm
 * start` runs this. Full-screen with Ink on a terminal, or `--plain` line by
 * line (automatic when standard input is not a terminal).
 */
import { choiceSeeds } from '../choice-seed.js';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatLondonIso, type SessionView, viewSession } from '../../engine/index.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';
import { commandLine, namedAsInvoked } from '../invoked-as.js';
import { createTheme } from '../app/theme.js';
import { archiveSessionFile, deleteSessionFile } from '../app/solo/saved-session-files.js';
import { buildMenu, openSavedSession, savedEntries, type OpenedSession } from '../app/solo/solo-setup.js';
import { progressLine, soloRecord } from '../app/solo/solo-persistence.js';
import { initialSoloState, newPlaying, type MenuSaved, type MenuScenario, type Playing } from '../app/solo/solo-state.js';
import { HELP_OPTION, NO_COLOR_OPTION, parseCommandLine, type OptionSpecs } from '../parse-command-line.js';
import { PROTOCOL_OPTION, protocolCatalogueFor } from '../protocol-files.js';
import { bundledScenarioCache, bundledScenariosDir, loadBundledScenarios, loadScenarioFile, resolveScenarioArgument } from '../scenario-files.js';
import { createSessionStore, exportsDir, fileTimestamp, nodeSessionFs, resolveDataDir, SessionFileError, sessionsDir, writeFileAtomically, type SessionStore } from '../session-store/index.js';

const HELP = `Usage: common-ground play [scenario-id|file.mdx] [options]

Plays a scenario on your own. With no scenario, opens the start menu:
sessions and workshops to resume first (a workshop opens in the workshop
command), then the bundled scenarios. On the full screen a saved session
or workshop can be archived (a) or deleted (d) there.

Options:
  --resume        carry on with the latest saved session (of this scenario)
  --session FILE  save to (and resume from) this session file
  --protocol FILE a partnership's own protocol file, for a scenario that
                  names it (a *.protocol.json beside the scenario is found
                  without it)
  --plain         print line by line and read numbered choices from standard
                  input (automatic when standard input is not a terminal)
  --no-color      no colour (also when NO_COLOR is set)
  --help          show this help

Sessions are saved after every move in the data directory
(COMMON_GROUND_DATA_DIR overrides it).`;

const OPTIONS = {
  ...HELP_OPTION,
  ...NO_COLOR_OPTION,
  ...PROTOCOL_OPTION,
  resume: { type: 'boolean' },
  session: { type: 'string', missing: () => new CliUsageError('--session needs a file name.', 'For example: --session ~/my-session.json') },
  plain: { type: 'boolean' },
} as const satisfies OptionSpecs;

/** The options, and the scenario if one was named. */
function readOptions(argv: readonly string[]) {
  return parseCommandLine(argv, {
    command: 'play',
    options: OPTIONS,
    positionals: 1,
    explain: (problem) => (problem.kind === 'unexpected-argument' ? new CliUsageError(`Unexpected argument "${problem.argument}".`, 'Give at most one scenario id or file.') : undefined),
  });
}

/**
 * The store, clock and writers shared by both modes. `sessionPath`, the
 * file named with `--session`, is where the first new session goes while
 * nothing is there yet; once a session is saved in it, a session started
 * from the menu goes to a new file of its own, never over that one.
 */
function services(io: CliIO, store: SessionStore, dataDir: string, sessionPath?: string) {
  return {
    now: io.now,
    ...(io.invokedAs ? { invokedAs: io.invokedAs } : {}),
    newSeed: choiceSeeds(io.env),
    newSessionPath: (scenarioId: string, startedAt: Date) =>
      sessionPath !== undefined && nodeSessionFs().entry(sessionPath).kind === 'missing' ? sessionPath : store.pathFor(scenarioId, 'solo', startedAt),
    save: (playing: Playing, view: SessionView): string | null => {
      try {
        store.save(playing.path, soloRecord(playing, view, io.now()));
        return null;
      } catch (error) {
        if (!(error instanceof SessionFileError)) throw error;
        return `${error.message} ${error.hint}`;
      }
    },
    tidySaved: (saved: MenuSaved, how: 'archive' | 'delete') =>
      how === 'archive' ? archiveSessionFile(store, nodeSessionFs(), saved.path, saved.title) : deleteSessionFile(store, nodeSessionFs(), saved.path, saved.title),
    exportDebrief: (playing: Playing, markdown: string): string => {
      const dir = exportsDir(dataDir);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${playing.scenario.id}-${fileTimestamp(io.now())}.md`);
      writeFileAtomically(nodeSessionFs(), file, markdown, String(process.pid));
      return file;
    },
  };
}

/**
 * The session the user named with `--session FILE`: resumed when it is one
 * this build can play, or a new one to be saved there when there is no file
 * yet. Anything else (a newer version, a workshop, another scenario's
 * session, a file that is not a session) is refused and left exactly as it
 * is: it is never written over.
 */
async function namedSession(store: SessionStore, path: string, bundledDir: string, named: MenuScenario | undefined, io: CliIO): Promise<{ playing: Playing | null; notice?: string; resumed?: string }> {
  // The lock first, then the look: a file another process saves meanwhile is then resumed, not written over.
  try {
    store.hold(path);
  } catch (error) {
    if (!(error instanceof SessionFileError)) throw error;
    throw new CliUsageError(`${error.message} It was left as it is.`, `${error.hint} To start afresh instead, choose another --session file.`);
  }
  if (nodeSessionFs().entry(path).kind === 'missing') {
    if (!named) return { playing: null };
    const startedAt = io.now();
    return { playing: newPlaying(named, path, startedAt.toISOString(), choiceSeeds(io.env)()) };
  }
  const opened = await openSavedSession(store, path, bundledDir, { setAside: false, ...(named ? { scenario: named } : {}) });
  if (!opened.ok) throw new CliUsageError(`${opened.message} It was left as it is.`, `${opened.hint} To start afresh instead, choose another --session file.`);
  return { playing: opened.playing, resumed: resumedLine(opened), ...(opened.notice ? { notice: opened.notice } : {}) };
}

/**
 * What was resumed, in one line: the scenario, where it is, when it was
 * last saved (London time) and the file.
 *
 * @example
 * resumedLine(opened); // 'Resumed “Closing too soon” at Stage 2 · Tue 6 Oct 2026, 08:45 (saved Fri 18 Dec 2026, 10:00) from /data/sessions/….json.'
 */
export function resumedLine(opened: Pick<OpenedSession, 'playing' | 'savedAt'>): string {
  const { playing } = opened;
  const view = viewSession(playing.scenario, playing.session);
  return `Resumed “${playing.scenario.frontmatter.title}” at ${progressLine(view)} (saved ${formatLondonIso(opened.savedAt)}) from ${playing.path}.`;
}

/**
 * The scenario argument the workshop command is given for a saved
 * workshop: its file when that is still there, else its id (a bundled one).
 */
function workshopScenarioArgument(saved: MenuSaved): string {
  return saved.scenarioFile !== '' && existsSync(saved.scenarioFile) ? saved.scenarioFile : saved.scenarioId;
}

/** Resumes a saved workshop chosen on the start menu, through the workshop command (this command's lock let go first). */
async function resumeWorkshop(saved: MenuSaved, io: CliIO, store: SessionStore, extra: readonly string[]): Promise<number> {
  store.release();
  const { workshopCommand } = await import('./workshop-command.js');
  return workshopCommand([workshopScenarioArgument(saved), '--session', saved.path, ...extra], io);
}

/** The `play` command. */
export const playCommand: Command = async (argv, io) => {
  const { values: options, positionals: [scenarioArgument] } = readOptions(argv);
  if (options.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const dataDir = resolveDataDir(io.env);
  const store = createSessionStore({ fs: nodeSessionFs(), dir: sessionsDir(dataDir), now: io.now, token: String(process.pid) });
  try {
    return await play(options, scenarioArgument, io, store, dataDir);
  } finally {
    // The session file's lock goes with the command, however it ends.
    store.release();
  }
};

async function play(options: ReturnType<typeof readOptions>['values'], scenarioArgument: string | undefined, io: CliIO, store: SessionStore, dataDir: string): Promise<number> {
  const bundledDir = bundledScenariosDir();
  const sessionPath = options.session === undefined ? undefined : resolve(io.cwd, options.session);
  const edges = {
    ...services(io, store, dataDir, sessionPath),
    openSaved: async (path: string) => {
      const opened = await openSavedSession(store, path, bundledDir);
      return opened.ok ? opened : { ok: false as const, message: `${opened.message} ${namedAsInvoked(opened.hint, io.invokedAs)}` };
    },
  };
  const notices: string[] = [];
  let playing: Playing | null = null;
  /** What was resumed, said before anything else (plain mode) or as the first notice (full screen). */
  let resumed: string | undefined;

  // A named scenario must load; its validation errors are printed as located lines.
  let named: MenuScenario | undefined;
  if (scenarioArgument) {
    const file = resolveScenarioArgument(scenarioArgument, io.cwd, bundledDir);
    // A bundled scenario's text is in the build-time cache: played by id, it starts without the MDX parser.
    const loaded = await loadScenarioFile(file, bundledScenarioCache(bundledDir), await protocolCatalogueFor(io, options.protocol, [file]));
    if (!loaded.ok) {
      io.stderr.write(`The scenario cannot be played:\n${loaded.errors.join('\n')}\n`);
      return 1;
    }
    named = { file: loaded.file, scenario: loaded.scenario };
  }

  if (sessionPath) {
    // The file the user named: resumed, started, or refused; never written over.
    const chosen = await namedSession(store, sessionPath, bundledDir, named, io);
    playing = chosen.playing;
    resumed = chosen.resumed;
    if (chosen.notice) notices.push(chosen.notice);
  } else if (options.resume) {
    // The latest unfinished session in the app's own folder (a damaged one there is moved aside).
    const { sessions, problems } = store.listResumable();
    for (const problem of problems) notices.push(`${problem.message}${problem.movedTo ? ` Moved aside to ${problem.movedTo}.` : ''}`);
    const latest = sessions.find((entry) => entry.record.mode === 'solo' && (!named || entry.record.scenarioId === named.scenario.id));
    if (latest) {
      const opened = await edges.openSaved(latest.path);
      if (opened.ok) {
        playing = opened.playing;
        resumed = resumedLine(opened);
        if (opened.notice) notices.push(opened.notice);
      } else notices.push(opened.message);
    } else notices.push('There is no saved session to resume, so a new one was started.');
  }
  if (!playing && named && !sessionPath) {
    const startedAt = io.now();
    playing = newPlaying(named, store.pathFor(named.scenario.id, 'solo', startedAt), startedAt.toISOString(), edges.newSeed());
  }

  const plain = options.plain || !io.stdin.isTTY;
  if (plain) {
    const [{ plainPlay, plainStart }, { createLineReader }] = await Promise.all([import('../app/plain/plain-play.js'), import('../app/plain/line-reader.js')]);
    for (const notice of notices) io.stderr.write(`note: ${notice}\n`);
    const reader = createLineReader(io.stdin);
    const write = (text: string) => io.stdout.write(text);
    try {
      if (!playing) {
        // The start: saved sessions and workshops to resume, then the bundled scenarios.
        const saved = savedEntries(store);
        for (const notice of saved.notices) io.stderr.write(`note: ${notice}\n`);
        const { scenarios } = await loadBundledScenarios(bundledDir);
        const picked = await plainStart({ saved: [...saved.solo, ...saved.workshops], scenarios, reader, write });
        if (picked.kind === 'none') {
          write(`Nothing chosen. Run \`${commandLine(io.invokedAs, ['play'])} <scenario-id>\` to start one directly.\n`);
          return picked.ended ? 0 : 1;
        }
        if (picked.kind === 'saved' && picked.saved.mode === 'workshop') {
          // The workshop reads the lines that follow, none lost to this reader.
          return await resumeWorkshop(picked.saved, { ...io, stdin: reader.handOver() }, store, ['--plain']);
        }
        if (picked.kind === 'saved') {
          const opened = await openSavedSession(store, picked.saved.path, bundledDir);
          if (!opened.ok) {
            io.stderr.write(`${opened.message} ${namedAsInvoked(opened.hint, io.invokedAs)}\n`);
            return 1;
          }
          if (opened.notice) io.stderr.write(`note: ${opened.notice}\n`);
          playing = opened.playing;
          resumed = resumedLine(opened);
        } else {
          const startedAt = io.now();
          playing = newPlaying(picked.item, sessionPath ?? store.pathFor(picked.item.scenario.id, 'solo', startedAt), startedAt.toISOString(), edges.newSeed());
        }
      }
      return await plainPlay({
        playing,
        reader,
        write,
        save: edges.save,
        now: io.now,
        width: Math.min(100, io.stdout.columns ?? 80) - 2,
        ...(resumed ? { resumed } : {}),
        ...(io.invokedAs ? { invokedAs: io.invokedAs } : {}),
      });
    } finally {
      reader.close();
    }
  }

  const [{ runSoloApp }, { chooseInkColor }] = await Promise.all([import('../app/solo/run-solo-app.js'), import('../app/color-level.js')]);
  const color = chooseInkColor(io.env, options['no-color']);
  const { menu, notices: menuNotices } = await buildMenu(store, bundledDir);
  notices.push(...menuNotices);
  if (resumed) notices.unshift(resumed);
  const ended = await runSoloApp(io, initialSoloState(menu, playing, notices.join(' ') || null), createTheme(color), edges);
  // A workshop chosen on the start menu is resumed by the workshop command, on the same terminal.
  if (ended.kind === 'workshop') return resumeWorkshop(ended.saved, io, store, options['no-color'] ? ['--no-color'] : []);
  return 0;
}
