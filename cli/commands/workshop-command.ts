/**
 * `common-ground workshop <scenario> --tables 4 [--mode majority|trainer|independent]
 * [--minutes 3] [--session FILE] [--resume]`: a scenario run with a room of
 * tables on a projector. Saved after every decision.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { restoreWorkshop, serialiseWorkshop, startWorkshop, workshopDebriefToMarkdown, WORKSHOP_MODES, type Scenario, type Workshop, type WorkshopMode } from '../../engine/index.js';
import { createTheme, wantsColor } from '../app/theme.js';
import { CliUsageError, type Command } from '../cli-io.js';
import { protocolCatalogueFor, takeProtocolArguments } from '../protocol-files.js';
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

interface WorkshopOptions {
  scenario: string | undefined;
  tables: number;
  mode: WorkshopMode;
  minutes: number;
  session: string | undefined;
  resume: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): WorkshopOptions {
  const options: WorkshopOptions = { scenario: undefined, tables: 4, mode: 'majority', minutes: 3, session: undefined, resume: false, help: false };
  const value = (index: number, name: string) => {
    const next = argv[index + 1];
    if (next === undefined) throw new CliUsageError(`${name} needs a value.`, 'Run `common-ground workshop --help` for the options.');
    return next;
  };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--help' || argument === '-h') options.help = true;
    else if (argument === '--resume') options.resume = true;
    else if (argument === '--no-color') continue;
    else if (argument === '--tables') {
      options.tables = Number(value(index, '--tables'));
      index += 1;
      if (!Number.isInteger(options.tables) || options.tables < 1 || options.tables > 20) throw new CliUsageError('--tables must be a whole number from 1 to 20.', 'For example: --tables 4');
    } else if (argument === '--minutes') {
      options.minutes = Number(value(index, '--minutes'));
      index += 1;
      if (!(options.minutes > 0 && options.minutes <= 60)) throw new CliUsageError('--minutes must be a number above 0 and at most 60.', 'For example: --minutes 3');
    } else if (argument === '--mode') {
      const mode = value(index, '--mode');
      index += 1;
      if (!WORKSHOP_MODES.includes(mode as WorkshopMode)) throw new CliUsageError(`Unknown mode "${mode}".`, `Use one of: ${WORKSHOP_MODES.join(', ')}.`);
      options.mode = mode as WorkshopMode;
    } else if (argument === '--session') {
      options.session = value(index, '--session');
      index += 1;
    } else if (argument.startsWith('-')) throw new CliUsageError(`Unknown option "${argument}".`, 'Run `common-ground workshop --help` for the options.');
    else if (options.scenario === undefined) options.scenario = argument;
    else throw new CliUsageError(`Unexpected argument "${argument}".`, 'Give one scenario id or file.');
  }
  return options;
}

/** The `workshop` command. */
export const workshopCommand: Command = async (argv, io) => {
  const given = takeProtocolArguments(argv);
  const options = parseArgs(given.rest);
  if (options.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!options.scenario) throw new CliUsageError('Which scenario? Give its id or file.', 'For example: common-ground workshop closing-too-soon --tables 4');
  if (!io.stdin.isTTY) throw new CliUsageError('The workshop needs an interactive terminal.', 'Run it in a terminal; for scripted play use `common-ground play <scenario> --plain`.');
  const bundledDir = bundledScenariosDir();
  const file = resolveScenarioArgument(options.scenario, io.cwd, bundledDir);
  const loaded = await loadScenarioFile(file, undefined, protocolCatalogueFor(io, given.files, [file]));
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

  const [{ runWorkshopApp, wallClockTicker }, { initialWorkshopState }, { detectedColorLevel, disableStyling }] = await Promise.all([
    import('../app/workshop/run-workshop-app.js'),
    import('../app/workshop/workshop-state.js'),
    import('../app/color-level.js'),
  ]);
  const color = wantsColor(io.env, argv, detectedColorLevel());
  if (!color) disableStyling();
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
