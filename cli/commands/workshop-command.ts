/**
 * `common-ground workshop <scenario> --tables 4 [--mode majority|trainer|independent]
 * [--minutes 3] [--session FILE] [--resume]`: a scenario run with a room of
 * tables on a projector. Saved after every decision.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { restoreWorkshop, type Scenario, serialiseWorkshop, startWorkshop, type Workshop, WorkshopError, WORKSHOP_MODES, workshopDebriefToMarkdown, type WorkshopMode } from '../../engine/index.js';
import { createTheme } from '../app/theme.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';
import { HELP_OPTION, NO_COLOR_OPTION, parseCommandLine, type OptionSpecs } from '../parse-command-line.js';
import { PROTOCOL_OPTION, protocolCatalogueFor } from '../protocol-files.js';
import { bundledScenariosDir, loadScenarioFile, resolveScenarioArgument } from '../scenario-files.js';
import { createSessionStore, exportsDir, fileTimestamp, nodeSessionFs, resolveDataDir, SessionFileError, sessionsDir, writeFileAtomically, type SessionRecord, type SessionStore } from '../session-store/index.js';

const HELP = `Usage: common-ground workshop <scenario-id|file.mdx> --tables N [options]

Runs a scenario for a room: each decision is shown large with a discussion
timer, then the trainer enters each table's choice.

Options:
  --tables N        number of tables, 1-20 (default 4)
  --mode M          majority (default; ties go to the trainer), trainer (the
                    trainer picks after seeing the split) or independent
                    (each table follows its own path)
  --minutes M       discussion time per decision (default 3)
  --session FILE    save to (and resume from) this file
  --resume          carry on with the latest unfinished workshop of this scenario
  --protocol FILE   a partnership's own protocol file, for a scenario that
                    names it (a *.protocol.json beside the scenario is found
                    without it)
  --no-color        no colour (also when NO_COLOR is set)
  --help            show this help`;

const OPTIONS = {
  ...HELP_OPTION,
  ...NO_COLOR_OPTION,
  ...PROTOCOL_OPTION,
  tables: { type: 'string' },
  mode: { type: 'string' },
  minutes: { type: 'string' },
  session: { type: 'string' },
  resume: { type: 'boolean' },
} as const satisfies OptionSpecs;

/** The options, with the numbers and the mode checked. */
function readOptions(argv: readonly string[]) {
  const { values, positionals } = parseCommandLine(argv, {
    command: 'workshop',
    options: OPTIONS,
    positionals: 1,
    explain: (problem) => (problem.kind === 'unexpected-argument' ? new CliUsageError(`Unexpected argument "${problem.argument}".`, 'Give one scenario id or file.') : undefined),
  });
  const tables = Number(values.tables ?? 4);
  if (!Number.isInteger(tables) || tables < 1 || tables > 20) throw new CliUsageError('--tables must be a whole number from 1 to 20.', 'For example: --tables 4');
  const minutes = Number(values.minutes ?? 3);
  if (!(minutes > 0 && minutes <= 60)) throw new CliUsageError('--minutes must be a number above 0 and at most 60.', 'For example: --minutes 3');
  const mode = values.mode ?? 'majority';
  if (!WORKSHOP_MODES.includes(mode as WorkshopMode)) throw new CliUsageError(`Unknown mode "${mode}".`, `Use one of: ${WORKSHOP_MODES.join(', ')}.`);
  return { ...values, scenario: positionals[0], tables, minutes, mode: mode as WorkshopMode };
}

/** The `workshop` command. */
export const workshopCommand: Command = async (argv, io) => {
  const options = readOptions(argv);
  if (options.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!options.scenario) throw new CliUsageError('Which scenario? Give its id or file.', 'For example: common-ground workshop closing-too-soon --tables 4');
  if (!io.stdin.isTTY) throw new CliUsageError('The workshop needs an interactive terminal.', 'Run it in a terminal; for scripted play use `common-ground play <scenario> --plain`.');
  const bundledDir = bundledScenariosDir();
  const file = resolveScenarioArgument(options.scenario, io.cwd, bundledDir);
  const loaded = await loadScenarioFile(file, undefined, protocolCatalogueFor(io, options.protocol, [file]));
  if (!loaded.ok) {
    io.stderr.write(`The scenario cannot be played:\n${loaded.errors.join('\n')}\n`);
    return 1;
  }
  const scenario: Scenario = loaded.scenario;
  const dataDir = resolveDataDir(io.env);
  const store = createSessionStore({ fs: nodeSessionFs(), dir: sessionsDir(dataDir), now: io.now, token: String(process.pid) });
  try {
    return await runWorkshop(options, io, store, dataDir, scenario, loaded.file);
  } finally {
    // The workshop file's lock goes with the command, however it ends.
    store.release();
  }
};

/** A workshop resumed from a file, or why it cannot be. */
type Resumed = { ok: true; workshop: Workshop; startedAt: string; notice?: string } | { ok: false; message: string; hint: string };

/**
 * Resumes the workshop in `path` against `scenario`, holding its lock. When
 * the scenario changed so that decisions no longer fit, the file as it was
 * is first copied beside it, and the notice names the decisions dropped and
 * where the copy is.
 */
function resumeWorkshop(store: SessionStore, path: string, scenario: Scenario, setAside: boolean): Resumed {
  try {
    store.hold(path);
  } catch (error) {
    if (!(error instanceof SessionFileError)) throw error;
    return { ok: false, message: error.message, hint: error.hint };
  }
  const result = store.load(path, { setAside });
  if (!result.ok) return { ok: false, message: `${result.message}${result.movedTo ? ` It was moved aside to ${result.movedTo}.` : ''}`, hint: result.hint };
  const { record } = result;
  if (record.mode !== 'workshop') {
    return { ok: false, message: `${path} is a solo session, not a workshop.`, hint: `Resume it with \`common-ground play ${record.scenarioId} --session ${path}\`.` };
  }
  try {
    const saved = restoreWorkshop(JSON.stringify(record.workshop));
    const restored = restoreWorkshop(JSON.stringify(record.workshop), scenario);
    const dropped = saved.workshop.rounds.slice(restored.workshop.rounds.length);
    if (dropped.length === 0) return { ok: true, workshop: restored.workshop, startedAt: record.startedAt, ...(restored.warning ? { notice: restored.warning } : {}) };
    const copy = store.keepCopy(path, 'before-edit');
    const named = dropped.map((round) => `the decision in “${round.sceneId}”${round.decided ? ` (the room chose “${round.decided}”)` : ''}`).join('; ');
    return { ok: true, workshop: restored.workshop, startedAt: record.startedAt, notice: `${restored.warning ?? ''} Dropped: ${named}. The workshop as it was is kept in ${copy}.`.trim() };
  } catch (error) {
    if (error instanceof SessionFileError) return { ok: false, message: error.message, hint: error.hint };
    if (!(error instanceof WorkshopError)) throw error;
    // A newer workshop format can be resumed by a newer Common Ground.
    const version = (record.workshop as { formatVersion?: unknown } | undefined)?.formatVersion;
    const newer = typeof version === 'number' && version > startWorkshop(scenario, { tables: 1 }).formatVersion;
    return { ok: false, message: error.message, hint: newer ? 'Update Common Ground to resume it.' : error.hint };
  }
}

async function runWorkshop(options: ReturnType<typeof readOptions>, io: CliIO, store: SessionStore, dataDir: string, scenario: Scenario, scenarioFile: string): Promise<number> {
  const notices: string[] = [];
  let path: string | undefined;
  let workshop: Workshop | undefined;
  let startedAt = io.now().toISOString();
  if (options.session) {
    // The file the user named: resumed, started, or refused; never written over.
    path = resolve(io.cwd, options.session);
    // The lock first, then the look: a file another process saves meanwhile is then resumed, not written over.
    try {
      store.hold(path);
    } catch (error) {
      if (!(error instanceof SessionFileError)) throw error;
      throw new CliUsageError(`${error.message} It was left as it is.`, `${error.hint} To start afresh instead, choose another --session file.`);
    }
    if (nodeSessionFs().entry(path).kind !== 'missing') {
      const resumed = resumeWorkshop(store, path, scenario, false);
      if (!resumed.ok) throw new CliUsageError(`${resumed.message} It was left as it is.`, `${resumed.hint} To start afresh instead, choose another --session file.`);
      ({ workshop, startedAt } = resumed);
      if (resumed.notice) notices.push(resumed.notice);
    }
  } else if (options.resume) {
    // The latest unfinished workshop of this scenario in the app's own folder.
    const latest = store.listResumable().sessions.find((entry) => entry.record.mode === 'workshop' && entry.record.scenarioId === scenario.id)?.path;
    const resumed = latest === undefined ? undefined : resumeWorkshop(store, latest, scenario, true);
    if (resumed === undefined) notices.push('There is no saved workshop of this scenario to resume, so a new one was started.');
    else if (!resumed.ok) {
      store.release();
      notices.push(`${resumed.message} A new workshop was started.`);
    } else {
      ({ workshop, startedAt } = resumed);
      path = latest;
      if (resumed.notice) notices.push(resumed.notice);
    }
  }
  workshop ??= startWorkshop(scenario, { tables: options.tables, mode: options.mode, minutes: options.minutes });
  path ??= store.pathFor(scenario.id, 'workshop', new Date(startedAt));
  const sessionPath = path;

  const [{ runWorkshopApp, wallClockTicker }, { initialWorkshopState }, { chooseInkColor }] = await Promise.all([
    import('../app/workshop/run-workshop-app.js'),
    import('../app/workshop/workshop-state.js'),
    import('../app/color-level.js'),
  ]);
  const color = chooseInkColor(io.env, options['no-color']);
  await runWorkshopApp(io, initialWorkshopState(scenario, workshop, notices.join(' ') || null), createTheme(color), {
    path: sessionPath,
    ticker: wallClockTicker(),
    save: (current, finished) => {
      const record: SessionRecord = {
        kind: 'common-ground-session',
        recordVersion: 1,
        mode: 'workshop',
        scenarioId: scenario.id,
        scenarioTitle: scenario.frontmatter.title,
        scenarioFile,
        startedAt,
        savedAt: io.now().toISOString(),
        progress: `${current.tables.length} tables · ${current.rounds.length} decisions · ${current.mode}`,
        finished,
        workshop: JSON.parse(serialiseWorkshop(current)) as unknown,
      };
      try {
        store.save(sessionPath, record);
        return null;
      } catch (error) {
        if (!(error instanceof SessionFileError)) throw error;
        return `${error.message} ${error.hint}`;
      }
    },
    exportDebrief: (debrief) => {
      const dir = exportsDir(dataDir);
      mkdirSync(dir, { recursive: true });
      const stem = join(dir, `workshop-${scenario.id}-${fileTimestamp(io.now())}`);
      writeFileAtomically(nodeSessionFs(), `${stem}.md`, workshopDebriefToMarkdown(debrief), String(process.pid));
      writeFileAtomically(nodeSessionFs(), `${stem}.json`, `${JSON.stringify(debrief, null, 2)}\n`, String(process.pid));
      return [`${stem}.md`, `${stem}.json`];
    },
  });
  return 0;
}
