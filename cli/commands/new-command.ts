/**
 * `common-ground new [--title T] [--audience child|adult] [-o FILE]`:
 * scaffolds a valid draft scenario from scenarios/templates/new-scenario.mdx,
 * filling in the title, audience and today's dates. It never overwrites a
 * file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInProtocols, catalogueWith, checkScenarioSource, DEFAULT_PROTOCOL, fillTemplate, formatFinding, fromDate, hasErrors, isKebabId, protocolById, scenarioFileNameFor, toIsoDate } from '../../engine/index.js';
import { CliUsageError, type Command } from '../cli-io.js';
import { commandLine } from '../invoked-as.js';
import { HELP_OPTION, parseCommandLine, type OptionSpecs } from '../parse-command-line.js';
import { PROTOCOL_OPTION } from '../protocol-files.js';
import { readProtocolFile } from '../read-protocol-file.js';

const HELP = `Usage: common-ground new [--title TITLE] [--audience ROUTE] [--protocol ID|FILE] [-o FILE]

Creates a new draft scenario from scenarios/templates/new-scenario.mdx that
already passes the validator. Edit it, then run \`common-ground validate FILE\`.

Options:
  --title TITLE        the scenario title (default "A new scenario")
  --audience ROUTE     a route of the protocol (default: its first, child for
                       North Yorkshire; adult is its other)
  --protocol ID|FILE   the protocol the scenario follows (default: the
                       default protocol); a file for a partnership's own
  -o, --output FILE    where to write it (default scenarios/<title-in-kebab-case>.mdx,
                       the folder \`validate\` and \`test\` look in first)
  --help               show this help

A missing folder is created (and said). An existing file is never overwritten.`;

const TEMPLATE = join('scenarios', 'templates', 'new-scenario.mdx');

/** The title when none is given. */
const DEFAULT_TITLE = 'A new scenario';

/** Where the template is: beside the project this module (or the built CLI) belongs to, or under cwd. */
function findTemplate(cwd: string): string {
  const candidates: string[] = [];
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    candidates.push(join(folder, TEMPLATE));
    folder = dirname(folder);
  }
  candidates.push(join(cwd, TEMPLATE));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new CliUsageError('Cannot find the scenario template.', `Run this from the Common Ground folder, which has ${TEMPLATE}.`);
  return found;
}

/** A folder as the user should see it: relative to the working folder when inside it, ending in a slash. */
function displayFolder(folder: string, cwd: string): string {
  const fromCwd = relative(cwd, folder);
  return `${fromCwd === '' || fromCwd.startsWith('..') ? folder : fromCwd.split('\\').join('/')}/`;
}

const OPTIONS = {
  ...HELP_OPTION,
  ...PROTOCOL_OPTION,
  title: { type: 'string' },
  audience: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const satisfies OptionSpecs;

/** The `new` command. */
export const newCommand: Command = async (argv, io) => {
  const { values } = parseCommandLine(argv, {
    command: 'new',
    options: OPTIONS,
    positionals: 0,
    helpEndsReading: true,
    // `new` takes no positional arguments: a stray word is an unknown option, as it always was.
    explain: (problem) => (problem.kind === 'unexpected-argument' ? new CliUsageError(`Unknown option "${problem.argument}".`, 'Run `common-ground new --help` for the options.') : undefined),
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  // --protocol names a built-in protocol by id, or a partnership's protocol file.
  const chosen = values.protocol.at(-1);
  const protocol = chosen === undefined ? protocolById(DEFAULT_PROTOCOL) : Object.hasOwn(builtInProtocols, chosen) ? protocolById(chosen) : readProtocolFile(chosen, io);
  const routes = Object.keys(protocol.routes);
  const title = values.title?.trim() ?? DEFAULT_TITLE;
  const audience = values.audience ?? routes[0]!;
  if (!routes.includes(audience)) throw new CliUsageError(`--audience must be a route of ${protocol.name} (${routes.join(' or ')}), not "${audience}".`, `Use ${routes.map((route) => `--audience ${route} for ${protocol.routes[route]!.label}`).join(', or ')}.`);
  const output = values.output;
  if (title === '') throw new CliUsageError('The title is empty.', 'Give a title, e.g. --title "Closing too soon".');
  const target = output ?? join('scenarios', scenarioFileNameFor(title));
  const absolute = isAbsolute(target) ? target : resolve(io.cwd, target);
  const id = basename(absolute).replace(/\.mdx$/, '');
  if (!absolute.endsWith('.mdx') || !isKebabId(id)) {
    throw new CliUsageError(`"${target}" is not a scenario file name.`, 'The file name is the scenario id: kebab-case ending in .mdx, e.g. scenarios/closing-too-soon.mdx.');
  }
  if (existsSync(absolute)) throw new CliUsageError(`"${target}" already exists; it was not changed.`, 'Choose another --title or -o FILE, or delete the old file first.');

  const today = toIsoDate(fromDate(io.now()));
  const template = readFileSync(findTemplate(io.cwd), 'utf8');
  const fromCwd = relative(io.cwd, absolute);
  const shown = fromCwd === '' || fromCwd.startsWith('..') ? absolute : fromCwd.split('\\').join('/');
  const draft = (withTitle: string) => {
    const filled = fillTemplate(template, { title: withTitle, audience, today, protocol: protocol.id });
    return { text: filled, findings: checkScenarioSource(filled, shown, { protocols: catalogueWith([protocol]) }).findings };
  };
  const { text, findings } = draft(title);
  if (hasErrors(findings)) {
    // With the default title the template passes (a test checks it): then the title is at fault,
    // the user's to fix (too long, or naming a real person). Otherwise the bug is ours.
    if (title !== DEFAULT_TITLE && !hasErrors(draft(DEFAULT_TITLE).findings)) {
      const reasons = findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message.replace(/^`title`: /, ''));
      throw new CliUsageError(`The title cannot be used: ${reasons.join(' ')}`, 'Choose another --title, e.g. --title "Closing too soon".');
    }
    throw new Error(`The new scenario would not pass the validator:\n${findings.map(formatFinding).join('\n')}`);
  }
  // As `case scaffold` does: a missing folder (scenarios/ in a new project) is made, and said.
  const folder = dirname(absolute);
  let madeFolder: string | undefined;
  try {
    madeFolder = mkdirSync(folder, { recursive: true });
  } catch {
    throw new CliUsageError(`Cannot create the folder of "${target}".`, 'Check the path and that you may write there, or choose another -o FILE.');
  }
  try {
    writeFileSync(absolute, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliUsageError(`"${target}" already exists; it was not changed.`, 'Choose another --title or -o FILE.');
    throw new CliUsageError(`Cannot write "${target}".`, 'Check that you have permission to write to that folder.');
  }
  if (madeFolder !== undefined) io.stdout.write(`Created the folder ${displayFolder(folder, io.cwd)}.\n`);
  io.stdout.write(`Created ${shown} (a draft). Edit it, then check it with: ${commandLine(io.invokedAs, ['validate', shown])}\n`);
  return 0;
};
