#!/usr/bin/env node
/**
 * Entry point of the `common-ground` command. It only dispatches: each
 * command lives in its own module under `cli/commands/` and is loaded on
 * demand, so a quick command never loads the terminal UI.
 */
import packageJson from '../package.json';
import { CliUsageError, processIO, type Command } from './cli-io.js';
import { namedAsInvoked } from './invoked-as.js';

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  deadlines: { summary: "compute every stage's deadline for a disagreement", load: async () => (await import('./commands/deadlines-command.js')).deadlinesCommand },
  validate: { summary: 'check scenario files and list every problem with a hint', load: async () => (await import('./commands/validate-command.js')).validateCommand },
  new: { summary: 'create a new draft scenario from the template', load: async () => (await import('./commands/new-command.js')).newCommand },
  case: { summary: 'audit a resolved case timeline against the deadlines, or scaffold a draft scenario from it', load: async () => (await import('./commands/case-command.js')).caseCommand },
  test: { summary: 'play every route of the scenario test plans and report PASS or FAIL', load: async () => (await import('./commands/test-command.js')).testCommand },
  library: { summary: 'report what a scenario library covers: triggers, routes, stages, capacity, immediate risk, endings', load: async () => (await import('./commands/library-command.js')).libraryCommand },
  play: { summary: 'play a scenario on your own (the default: `common-ground` alone opens the start menu)', load: async () => (await import('./commands/play-command.js')).playCommand },
  workshop: { summary: 'run a scenario with a room of tables on a projector', load: async () => (await import('./commands/workshop-command.js')).workshopCommand },
  package: { summary: 'build a SCORM 1.2 package of a scenario for a learning platform (Moodle, Totara)', load: async () => (await import('./commands/package-command.js')).packageCommand },
  protocol: { summary: "check a partnership's own protocol file, or show a protocol's stages and notes", load: async () => (await import('./commands/protocol-command.js')).protocolCommand },
};

function usage(invoked: string | undefined): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(
    ([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`,
  );
  // The usage line names the program, as every command's help does; the hints say it as the user started it.
  return [
    'Usage: common-ground <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    namedAsInvoked('Run `common-ground <command> --help` for the options of one command,', invoked),
    namedAsInvoked('and `common-ground --version` (or -v) for the version.', invoked),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const io = processIO();
  const [name, ...rest] = argv;
  // No command at all opens the start menu of the solo player (`npm start`).
  if (name === undefined) return (await commands.play!.load())([], io);
  if (name === '--version' || name === '-v' || name === '-V') {
    io.stdout.write(`common-ground ${packageJson.version}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${usage(io.invokedAs)}\n`);
    return 0;
  }
  const entry = commands[name];
  if (!entry) {
    throw new CliUsageError(`Unknown command "${name}".`, 'Run `common-ground --help` to list the commands.');
  }
  return (await entry.load())(rest, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Every engine error (EngineError) and usage error says what is wrong and
    // how to fix it. Recognised by its hint rather than by class, so starting
    // the CLI does not load the engine before a command needs it.
    if (error instanceof Error && 'hint' in error) {
      const hint = (error as { hint?: string }).hint;
      // Through processIO's stderr: a message may quote a file's words, escape sequences and all.
      // Hints name `common-ground …`; said here the way the user started the program.
      const io = processIO();
      io.stderr.write(`error: ${error.message}${hint ? `\n  hint: ${namedAsInvoked(hint, io.invokedAs)}` : ''}\n`);
      // By name as well as by class: `validate` is bundled apart (dist/validate/), with its own copy of the class.
      process.exitCode = error instanceof CliUsageError || error.name === 'CliUsageError' ? (error as CliUsageError).exitCode : 2;
      return;
    }
    // Anything else is our bug, not the user's: say so plainly, keep the detail short.
    const message = error instanceof Error ? error.message : String(error);
    processIO().stderr.write(`internal error: ${message}\nPlease report this with the command you ran.\n`);
    process.exitCode = 70;
  },
);
