/**
 * `common-ground workshop <scenario> --tables 4 [--mode majority|trainer|independent]
 * [--minutes 3] [--session FILE] [--resume]`: a scenario run with a room of
 * tables on a projector. Saved after every decision.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { restoreWorkshop, type Scenario, serialiseWorkshop, startWorkshop, type Workshop, WORKSHOP_MODES, workshopDebriefToMarkdown, type WorkshopMode } from '../../engine/index.js';
import { createTheme } from '../app/theme.js';
import { CliUsageError, type Command } from '../cli-io.js';
import { HELP_OPTION, NO_COLOR_OPTION, parseCommandLine, type OptionSpecs } from '../parse-command-line.js';
import { PROTOCOL_OPTION, protocolCatalogueFor } from '../protocol-files.js';
import { bundledScenariosDir, loadScenarioFile, resolveScenarioArgument } from '../scenario-files.js';
import { createSessionStore, exportsDir, fileTimestamp, nodeSessionFs, resolveDataDir, sessionsDir, writeFileAtomically, type SessionRecord } from '../session-store/index.js';

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
  const notices: string[] = [];

  let path: string | undefined = options.session;
  let workshop: Workshop | undefined;
  let startedAt = io.now().toISOString();
  const resumeFrom = options.session && nodeSessionFs().exists(options.session)
    ? options.session
    : options.resume
      ? store.listResumable().sessions.find((entry) => entry.record.mode === 'workshop' && entry.record.scenarioId === scenario.id)?.path
      : undefined;
  if (resumeFrom) {
    const result = store.load(resumeFrom);
    if (!result.ok) notices.push(`${result.message}${result.movedTo ? ` Moved aside to ${result.movedTo}.` : ''} A new workshop was started.`);
    else {
      try {
        const restored = restoreWorkshop(JSON.stringify(result.record.workshop), scenario);
        workshop = restored.workshop;
        path = resumeFrom;
        startedAt = result.record.startedAt;
        if (restored.warning) notices.push(restored.warning);
      } catch (error) {
        notices.push(`${error instanceof Error ? error.message : String(error)} A new workshop was started.`);
      }
    }
  } else if (options.resume) notices.push('There is no saved workshop of this scenario to resume, so a new one was started.');
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
        scenarioFile: loaded.file,
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
        return `Could not save the workshop to ${sessionPath}: ${error instanceof Error ? error.message : String(error)}`;
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
};
