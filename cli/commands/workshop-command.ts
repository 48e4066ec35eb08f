/**
 * `common-ground workshop <scenario> [--tables 4|"Police,Health,…"] [--mode
 * majority|trainer|independent] [--minutes 3] [--autostart] [--session FILE]
 * [--resume] [--read-only] [--take-over] [--plain] [--export-dir DIR]
 * [--site-url URL]`: a scenario run with a room of tables, on a projector
 * (full screen) or line by line (`--plain`, automatic when standard input is
 * not a terminal). Saved after every decision; the record can be exported at
 * any moment.
 */
import { choiceSeeds } from '../choice-seed.js';
import { resolve } from 'node:path';
import { restoreWorkshop, startWorkshop, WorkshopError, type Scenario, type WorkshopDebrief } from '../../engine/index.js';
import { createTheme } from '../app/theme.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';
import { protocolCatalogueFor } from '../protocol-files.js';
import { bundledScenarioCache, bundledScenariosDir, loadScenarioFile, resolveScenarioArgument } from '../scenario-files.js';
import { createSessionStore, nodeSessionFs, resolveDataDir, sessionsDir, type SessionStore } from '../session-store/index.js';
import { rawStream } from '../terminal/index.js';
import { askInUse } from './workshop/ask-in-use.js';
import type { RecordFormat } from '../app/workshop/workshop-services.js';
import { exportTargetFor, exportWorkshopRecord } from './workshop/export-workshop-record.js';
import { openWorkshop, type OpenedWorkshop } from './workshop/open-workshop.js';
import { DEFAULT_SERVE_PORT, readWorkshopOptions, WORKSHOP_HELP, type WorkshopOptions } from './workshop/workshop-options.js';
import type { ServedWorkshop } from '../live/serve-workshop.js';
import { resumeCommandFor, workshopSaver } from './workshop/workshop-session-file.js';

/** The `workshop` command. */
export const workshopCommand: Command = async (argv, io) => {
  const options = readWorkshopOptions(argv, io.env);
  if (options.help) {
    io.stdout.write(`${WORKSHOP_HELP}\n`);
    return 0;
  }
  if (!options.scenario) throw new CliUsageError('Which scenario? Give its id or file.', 'For example: common-ground workshop closing-too-soon --tables "Police,Health,School"');
  const bundledDir = bundledScenariosDir();
  const file = resolveScenarioArgument(options.scenario, io.cwd, bundledDir);
  // A bundled scenario starts from the build-time cache, without the MDX parser.
  const loaded = await loadScenarioFile(file, bundledScenarioCache(bundledDir), await protocolCatalogueFor(io, options.protocol, [file]));
  if (!loaded.ok) {
    io.stderr.write(`The scenario cannot be played:\n${loaded.errors.join('\n')}\n`);
    return 1;
  }
  const dataDir = resolveDataDir(io.env);
  const store = createSessionStore({ fs: nodeSessionFs(), dir: sessionsDir(dataDir), now: io.now, token: String(process.pid) });
  try {
    return await runWorkshop(options, io, store, loaded.scenario, loaded.file);
  } finally {
    // The workshop file's lock goes with the command, however it ends.
    store.release();
  }
};

async function runWorkshop(options: WorkshopOptions, io: CliIO, store: SessionStore, scenario: Scenario, scenarioFile: string): Promise<number> {
  // A blind trainer's screen reader, or a script: without a terminal the workshop runs line by line, and says so.
  const plain = options.plain || !io.stdin.isTTY;
  if (plain && !options.plain) io.stderr.write('note: Standard input is not a terminal, so the workshop runs in plain mode, line by line (as with --plain).\n');
  const opened = await openWorkshop({
    store,
    scenario,
    session: options.session === undefined ? undefined : resolve(io.cwd, options.session),
    resume: options.resume,
    readOnly: options.readOnly,
    takeOver: options.takeOver,
    start: () => {
      const seed = choiceSeeds(io.env)();
      return startWorkshop(scenario, { tables: options.tables, mode: options.mode, minutes: options.minutes, ...(seed === undefined ? {} : { seed }) });
    },
    now: io.now,
    ...(io.stdin.isTTY ? { askInUse: (held) => askInUse(io, held) } : {}),
  });
  if (options.serve && plain) throw new CliUsageError('--serve needs the full-screen workshop, in a terminal.', 'Run it in a terminal window (standard input is not one here).');
  if (options.serve && opened.readOnly) throw new CliUsageError(`This workshop is held by ${opened.readOnly.heldBy}, so this copy cannot serve phones: it could not save their votes.`, 'Serve it from the copy that holds it, or close that copy first.');
  // Served to phones: the server starts before the screen, so the join screen can show its address; it stops when the screen does.
  const served = options.serve ? await (await import('../live/serve-workshop.js')).serveWorkshop(scenario, opened.workshop, { ...options.serve, defaultPort: DEFAULT_SERVE_PORT, autostart: options.autostart }) : null;
  try {
    return await runOpened(options, io, store, scenario, scenarioFile, served ? { ...opened, workshop: served.workshop, notices: [...opened.notices, ...(served.notice ? [served.notice] : [])] } : opened, served, plain);
  } finally {
    await served?.server.close();
  }
}

async function runOpened(options: WorkshopOptions, io: CliIO, store: SessionStore, scenario: Scenario, scenarioFile: string, opened: OpenedWorkshop, served: ServedWorkshop | null, plain: boolean): Promise<number> {
  const facts = { scenario, scenarioFile, startedAt: opened.startedAt };
  const saveToFile = workshopSaver(store, opened.path, facts, io.now);
  const save = opened.readOnly ? () => null : saveToFile;
  const { dir, stem } = exportTargetFor(opened.path, options.exportDir === undefined ? undefined : resolve(io.cwd, options.exportDir));
  const exportRecord = (debrief: WorkshopDebrief, format: RecordFormat) =>
    exportWorkshopRecord(debrief, format, { dir, stem, date: opened.startedAt, siteUrl: options.siteUrl, token: String(process.pid) });
  // The scenario as the trainer named it: its id when it is a bundled one, else its file.
  const scenarioArgument = scenarioFile === resolveScenarioArgument(scenario.id, io.cwd, bundledScenariosDir()) ? scenario.id : scenarioFile;
  const resumeCommand = resumeCommandFor(scenarioArgument, opened.path, [], io.invokedAs);

  if (plain) {
    const [{ plainWorkshop }, { createLineReader }] = await Promise.all([import('../app/plain/plain-workshop.js'), import('../app/plain/line-reader.js')]);
    const reader = createLineReader(io.stdin);
    try {
      return await plainWorkshop({
        scenario,
        workshop: opened.workshop,
        reader,
        write: (text) => io.stdout.write(text),
        echoInput: !io.stdin.isTTY,
        save,
        exportRecord,
        path: opened.path,
        resumeCommand,
        notices: opened.notices,
        ...(opened.readOnly ? { readOnly: opened.readOnly, reload: () => reloadReadOnly(store, opened, scenario) } : {}),
        now: io.now,
      });
    } finally {
      reader.close();
    }
  }

  const [{ runWorkshopApp }, { wallClockTicker }, { chooseInkColor }] = await Promise.all([
    import('../app/workshop/run-workshop-app.js'),
    import('../app/workshop/workshop-services.js'),
    import('../app/color-level.js'),
  ]);
  const color = chooseInkColor(io.env, options.noColor);
  await runWorkshopApp(io, { scenario, workshop: opened.workshop, notice: opened.notices.join(' ') || null }, createTheme(color), {
    save,
    exportRecord,
    ticker: wallClockTicker(),
    path: opened.path,
    resumeCommand,
    autostart: options.autostart,
    ...(opened.readOnly ? { readOnly: opened.readOnly } : {}),
    bell: () => rawStream(io.stdout).write('\u0007'),
    ...(served ? { live: { hub: served.hub, join: served.join } } : {}),
  });
  return 0;
}

/** Read-only viewing: the workshop read from its file again, to follow the copy that has it. */
function reloadReadOnly(store: SessionStore, opened: OpenedWorkshop, scenario: Scenario) {
  const loaded = store.load(opened.path, { setAside: false });
  if (!loaded.ok) return { error: `${loaded.message} ${loaded.hint}` };
  try {
    return { workshop: restoreWorkshop(JSON.stringify(loaded.record.workshop ?? null), scenario).workshop };
  } catch (error) {
    if (!(error instanceof WorkshopError)) throw error;
    return { error: `${error.message} ${error.hint}` };
  }
}
