/**
 * `common-ground play [scenario-id|file]`: solo play. With no scenario it
 * opens the start menu (saved sessions to resume, then the scenarios); `npm
 * start` runs this. Full-screen with Ink on a terminal, or `--plain` line by
 * line (automatic when standard input is not a terminal).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionView } from '../../engine/index.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';
import { createTheme } from '../app/theme.js';
import { buildMenu, openSavedSession } from '../app/solo/solo-setup.js';
import { soloRecord } from '../app/solo/solo-persistence.js';
import { initialSoloState, newPlaying, type Playing } from '../app/solo/solo-state.js';
import { HELP_OPTION, NO_COLOR_OPTION, parseCommandLine, type OptionSpecs } from '../parse-command-line.js';
import { PROTOCOL_OPTION, protocolCatalogueFor } from '../protocol-files.js';
import { bundledScenariosDir, loadBundledScenarios, loadScenarioFile, resolveScenarioArgument } from '../scenario-files.js';
import { createSessionStore, exportsDir, fileTimestamp, nodeSessionFs, resolveDataDir, sessionsDir, writeFileAtomically, type SessionStore } from '../session-store/index.js';

const HELP = `Usage: common-ground play [scenario-id|file.mdx] [options]

Plays a scenario on your own. With no scenario, opens the start menu:
sessions to resume first, then the bundled scenarios.

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

/** The store, clock and writers shared by both modes. */
function services(io: CliIO, store: SessionStore, dataDir: string) {
  return {
    now: io.now,
    newSessionPath: (scenarioId: string, startedAt: Date) => store.pathFor(scenarioId, 'solo', startedAt),
    save: (playing: Playing, view: SessionView): string | null => {
      try {
        store.save(playing.path, soloRecord(playing, view, io.now()));
        return null;
      } catch (error) {
        return `Could not save the session to ${playing.path}: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    exportDebrief: (playing: Playing, markdown: string): string => {
      const dir = exportsDir(dataDir);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${playing.scenario.id}-${fileTimestamp(io.now())}.md`);
      writeFileAtomically(nodeSessionFs(), file, markdown, String(process.pid));
      return file;
    },
  };
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
  const bundledDir = bundledScenariosDir();
  const edges = { ...services(io, store, dataDir), openSaved: (path: string) => openSavedSession(store, path, bundledDir) };
  const notices: string[] = [];
  let playing: Playing | null = null;

  // A named scenario must load; its validation errors are printed as located lines.
  let named: { file: string; scenario: import('../../engine/index.js').Scenario } | undefined;
  if (scenarioArgument) {
    const file = resolveScenarioArgument(scenarioArgument, io.cwd, bundledDir);
    const loaded = await loadScenarioFile(file, undefined, protocolCatalogueFor(io, options.protocol, [file]));
    if (!loaded.ok) {
      io.stderr.write(`The scenario cannot be played:\n${loaded.errors.join('\n')}\n`);
      return 1;
    }
    named = { file: loaded.file, scenario: loaded.scenario };
  }

  // Resume: the given session file if it exists, else (with --resume) the latest unfinished one.
  const resumePath = (() => {
    if (options.session) return nodeSessionFs().exists(options.session) ? options.session : undefined;
    if (!options.resume) return undefined;
    const { sessions, problems } = store.listResumable();
    for (const problem of problems) notices.push(`${problem.message}${problem.movedTo ? ` Moved aside to ${problem.movedTo}.` : ''}`);
    return sessions.find((entry) => entry.record.mode === 'solo' && (!named || entry.record.scenarioId === named.scenario.id))?.path;
  })();
  if (resumePath) {
    const opened = await openSavedSession(store, resumePath, bundledDir);
    if (opened.ok) {
      playing = opened.playing;
      if (opened.notice) notices.push(opened.notice);
    } else notices.push(opened.message);
  } else if (options.resume) notices.push('There is no saved session to resume, so a new one was started.');
  if (!playing && named) {
    const startedAt = io.now();
    playing = newPlaying(named, options.session ?? store.pathFor(named.scenario.id, 'solo', startedAt), startedAt.toISOString());
  }

  const plain = options.plain || !io.stdin.isTTY;
  if (plain) {
    const [{ plainPlay }, { createLineReader }] = await Promise.all([import('../app/plain/plain-play.js'), import('../app/plain/line-reader.js')]);
    for (const notice of notices) io.stderr.write(`note: ${notice}\n`);
    const reader = createLineReader(io.stdin);
    try {
      if (!playing) {
        const { scenarios } = await loadBundledScenarios(bundledDir);
        io.stdout.write('Scenarios:\n');
        scenarios.forEach((item, index) => io.stdout.write(`${index + 1}) ${item.scenario.frontmatter.title} (${item.scenario.id}, about ${item.scenario.frontmatter.estimatedMinutes} min)\n`));
        io.stdout.write(`Choose 1-${scenarios.length}: `);
        const answer = await reader.next();
        const item = scenarios[Number(answer?.trim()) - 1];
        if (!item) {
          io.stdout.write('\nNo scenario chosen. Run `common-ground play <scenario-id>` to start one directly.\n');
          return answer === null ? 0 : 1;
        }
        const startedAt = io.now();
        playing = newPlaying(item, store.pathFor(item.scenario.id, 'solo', startedAt), startedAt.toISOString());
      }
      return await plainPlay({ playing, reader, write: (text) => io.stdout.write(text), save: edges.save, now: io.now, width: Math.min(100, io.stdout.columns ?? 80) - 2 });
    } finally {
      reader.close();
    }
  }

  const [{ runSoloApp }, { chooseInkColor }] = await Promise.all([import('../app/solo/run-solo-app.js'), import('../app/color-level.js')]);
  const color = chooseInkColor(io.env, options['no-color']);
  const { menu, notices: menuNotices } = await buildMenu(store, bundledDir);
  notices.push(...menuNotices);
  await runSoloApp(io, initialSoloState(menu, playing, notices.join(' ') || null), createTheme(color), edges);
  return 0;
};
