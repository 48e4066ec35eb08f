/**
 * `workshop --plain`: the workshop's cycle line by line on standard input
 * and output, for a trainer using a screen reader and for scripts. Each
 * decision is read (the scene as plain text), discussed (the minutes are
 * said; Enter when the room is ready), voted (one line of choice numbers,
 * one per table, checked and asked again when wrong), revealed (the room's
 * choice, the feedback for every choice made, the recommended one marked,
 * each table's new time and stage, any process warning) and then the next.
 *
 * At any prompt: `n` adds a note for the decision, `e` exports the record
 * (Markdown and HTML), `d` reads the record so far, `q` stops. Every change
 * is saved before it is shown; a save that fails is said at once with what
 * to do, and the last line never says "saved" when it is not. The end of
 * the input saves and stops (exit 0), so a script can pipe a workshop in.
 */
import {
  buildWorkshopDebrief,
  decideRound,
  nextDecisionNumber,
  openDecisions,
  revealRound,
  setNote,
  tallyVotes,
  undoRound,
  undoTableRound,
  WorkshopError,
  type Scenario,
  type Workshop,
  type WorkshopDebrief,
  type WorkshopDecision,
} from '../../../engine/index.js';
import type { RecordFormat } from '../workshop/workshop-services.js';
import type { LineReader } from './line-reader.js';
import { choicesText, debriefText, discussText, listWords, otherChoicesText, parseVotes, revealText, sceneText } from './workshop-text.js';


/** What plain mode needs from the command. */
export interface PlainWorkshopOptions {
  scenario: Scenario;
  workshop: Workshop;
  reader: LineReader;
  write: (text: string) => void;
  /** Writes each line read back to the output (for piped input, which the terminal does not echo), so a transcript reads as a dialogue. */
  echoInput?: boolean;
  /** Saves the workshop; null when it is on disk, or what went wrong and what to do. */
  save: (workshop: Workshop, finished: boolean) => string | null;
  /** Writes the record in one format; the files written, or what went wrong. */
  exportRecord: (debrief: WorkshopDebrief, format: RecordFormat) => { files: string[] } | { error: string };
  /** The session file. */
  path: string;
  /** The command that resumes the workshop. */
  resumeCommand: string;
  /** Things to say first (resumed, moved aside, decisions dropped…). */
  notices: readonly string[];
  /** Set when another Common Ground holds the workshop: it is shown, never changed. */
  readOnly?: { heldBy: string };
  /** Read-only: reads the workshop from its file again, to follow the other copy. */
  reload?: () => { workshop: Workshop } | { error: string };
  /** Wall-clock time, for the minutes each discussion took. */
  now: () => Date;
}

const HELP = [
  'At every prompt you can type:',
  '  n, or n followed by text: add a note for this decision (saved at once).',
  '  e: export the record so far, as Markdown and as a web page (HTML).',
  '  d: read the record so far.',
  '  q: stop. The workshop is saved and the command to resume it is shown.',
  '  ?: this help.',
  'To vote, type one choice number per table, in table order, separated by spaces (for example 1 1 2 4).',
  'Press Enter alone at the vote to give the votes one table at a time.',
  'After a reveal: o reads the feedback of the choices nobody made; b steps back (asks first: it discards that decision’s votes).',
].join('\n');

const READ_ONLY_HELP = [
  'This workshop is shown read-only: nothing typed here changes or saves it.',
  '  Enter: read the file again and show where the workshop is now.',
  '  d: read the record so far.  e: export the record.  q: stop.',
].join('\n');

/** How many choices the decision's scene offers. */
function choiceCount(decision: WorkshopDecision): number {
  return decision.view.node.kind === 'scene' ? decision.view.node.choices.length : 0;
}

/** Ends the workshop early: the reason for the closing line. */
class Stop {
  constructor(readonly why: string) {}
}

/**
 * Runs the workshop to its debrief (or until the trainer stops, or the
 * input ends) and returns the exit code.
 */
export async function plainWorkshop(options: PlainWorkshopOptions): Promise<number> {
  const { scenario, reader, write, readOnly } = options;
  let workshop = options.workshop;
  const out = (text = '') => write(`${text}\n`);
  const lines = (texts: readonly string[]) => texts.forEach((text) => out(text));
  /** Why the workshop as it stands is not on disk, or null when it is. */
  let unsaved: string | null = null;

  const finished = (current: Workshop) => openDecisions(scenario, current).length === 0;
  /** Saves, then lets the caller show: the change is durable before it is announced. */
  const persist = (next: Workshop) => {
    workshop = next;
    if (readOnly) return;
    unsaved = options.save(workshop, finished(workshop));
    if (unsaved) out(`warning: ${unsaved}`);
  };

  const closing = (why: string): string => {
    if (readOnly) return `${why} Shown read-only: nothing was changed or saved here (${options.path}).`;
    if (unsaved) return `${why} The workshop is NOT saved: ${unsaved}`;
    return `${why} The workshop is saved in ${options.path}. Resume it with: ${options.resumeCommand}`;
  };

  const exportBoth = () => {
    const debrief = buildWorkshopDebrief(scenario, workshop);
    for (const format of ['markdown', 'html'] as const) {
      const written = options.exportRecord(debrief, format);
      if ('error' in written) out(`warning: ${written.error}`);
      else out(`The record${debrief.finished ? '' : ' so far'} was exported to ${written.files.join(' and ')}.`);
    }
  };

  /**
   * Reads one line after `prompt`, handling the commands every prompt
   * takes; returns the line for the caller. Throws {@link Stop} at `q` or
   * the end of the input.
   * @param noteFor The decision a note typed now belongs to.
   */
  const ask = async (prompt: string, noteFor: number): Promise<string> => {
    for (;;) {
      write(`${prompt} `);
      const line = await reader.next();
      if (line === null) {
        if (options.echoInput) out();
        throw new Stop('End of input.');
      }
      if (options.echoInput) out(line);
      const typed = line.trim();
      const word = typed.toLowerCase();
      if (word === 'q' || word === 'quit') {
        if (unsaved && !readOnly) {
          out(`The workshop is not saved: ${unsaved}`);
          write('Type e to export the record first, q again to stop without saving, or Enter to go back: ');
          const again = await reader.next();
          if (options.echoInput && again !== null) out(again);
          if (again === null) throw new Stop('End of input.');
          if (again.trim().toLowerCase() === 'e') {
            exportBoth();
            continue;
          }
          if (again.trim().toLowerCase() !== 'q') continue;
        }
        throw new Stop('Stopped.');
      }
      if (word === '?' || word === 'h' || word === 'help') {
        out(readOnly ? READ_ONLY_HELP : HELP);
        continue;
      }
      if (word === 'e') {
        exportBoth();
        continue;
      }
      if (word === 'd') {
        out();
        lines(debriefText(buildWorkshopDebrief(scenario, workshop)));
        out();
        continue;
      }
      if (!readOnly && (word === 'n' || /^n\s/i.test(typed))) {
        let text = typed.slice(1).trim();
        if (text === '') {
          write(`Note for decision ${noteFor} (one line; Enter alone adds nothing): `);
          const typedNote = await reader.next();
          if (typedNote === null) throw new Stop('End of input.');
          if (options.echoInput) out(typedNote);
          text = typedNote.trim();
        }
        if (text === '') out('No note added.');
        else {
          const before = workshop.notes[String(noteFor)];
          persist(setNote(workshop, noteFor, before ? `${before}\n${text}` : text));
          out(unsaved ? `The note for decision ${noteFor} is kept for now, but not saved.` : `Note saved for decision ${noteFor}.`);
        }
        continue;
      }
      return typed;
    }
  };

  /** Reads the scene of a decision, with its choices. */
  const readScene = (decision: WorkshopDecision, number: number) => {
    out();
    const who = workshop.mode === 'independent' ? ` for ${workshop.tables[decision.tables[0] ?? 0]} only` : '';
    out(`Decision ${number}${who}.`);
    lines(sceneText(scenario, decision.view));
    lines(choicesText(decision.view));
  };

  /** One table's vote (a number), asked until it is a choice. */
  const askOne = async (table: string, choices: number, noteFor: number): Promise<number> => {
    for (;;) {
      const typed = await ask(`${table}'s choice (1-${choices}):`, noteFor);
      const parsed = parseVotes(typed, [table], choices);
      if ('votes' in parsed) return parsed.votes[0]!;
      out(parsed.problem);
    }
  };

  /** The votes of the tables deciding, one line (or one table at a time), asked until they are right; `typed` when given at the discussion already. */
  const askVotes = async (decision: WorkshopDecision, noteFor: number, typed: number[] | undefined): Promise<number[]> => {
    if (typed) return typed;
    const choices = choiceCount(decision);
    const tables = decision.tables.map((table) => workshop.tables[table] ?? `Table ${table + 1}`);
    if (tables.length === 1) return [await askOne(tables[0]!, choices, noteFor)];
    const example = tables.map((_, index) => String((index % choices) + 1)).join(' ');
    for (;;) {
      const typed = await ask(`Votes, one choice number per table in this order: ${tables.join(', ')} (for example ${example}; Enter alone to give them one at a time):`, noteFor);
      if (typed === '') {
        const votes: number[] = [];
        for (const table of tables) votes.push(await askOne(table, choices, noteFor));
        return votes;
      }
      const parsed = parseVotes(typed, tables, choices);
      if ('votes' in parsed) return parsed.votes;
      out(parsed.problem);
    }
  };

  /** The trainer's pick among `among` (choice numbers), asked until it is one of them. */
  const askPick = async (question: string, among: number[], noteFor: number): Promise<number> => {
    for (;;) {
      const typed = await ask(`${question} Type ${listWords(among.map(String)).replace(/ and /, ' or ')}:`, noteFor);
      if (among.includes(Number(typed))) return Number(typed);
      out(`Please type ${listWords(among.map(String)).replace(/ and /, ' or ')}.`);
    }
  };

  /** Records the decision (votes, and the trainer's pick when needed). */
  const decide = async (decision: WorkshopDecision, discussedMs: number, noteFor: number, typed: number[] | undefined): Promise<Workshop> => {
    const table = workshop.mode === 'independent' ? { table: decision.tables[0]! } : {};
    const timed = discussedMs >= 1000 ? { discussedMs } : {};
    if (decision.kind === 'continue') return decideRound(scenario, workshop, [], { ...table, ...timed });
    const node = decision.view.node;
    const choices = node.kind === 'scene' ? node.choices : [];
    const votes = await askVotes(decision, noteFor, typed);
    const split = tallyVotes(choices, votes.map((vote) => choices[vote - 1]!.id), decision.tables.map((index) => workshop.tables[index] ?? ''));
    const splitWords = split.filter((entry) => entry.tables.length > 0).map((entry) => `${entry.number}) “${entry.label}”: ${listWords(entry.tables)}`);
    if (workshop.mode === 'trainer') {
      out(`The split: ${splitWords.join('; ')}.`);
      const pick = await askPick('Trainer, which choice does the room follow?', choices.map((choice) => choice.number), noteFor);
      return decideRound(scenario, workshop, votes, { trainerPick: String(pick), ...timed });
    }
    try {
      return decideRound(scenario, workshop, votes, { ...table, ...timed });
    } catch (error) {
      if (!(error instanceof WorkshopError) || error.code !== 'tie') throw error;
      const tied = choices.filter((choice) => error.tied.includes(choice.id));
      out(`The vote is tied: ${splitWords.join('; ')}.`);
      const pick = await askPick(`Trainer, break the tie between ${listWords(tied.map((choice) => `${choice.number}) “${choice.label}”`))}.`, tied.map((choice) => choice.number), noteFor);
      return decideRound(scenario, workshop, votes, { trainerPick: String(pick), ...timed });
    }
  };

  /** Independent mode: which table decides next (each at its own scene). */
  const pickTable = async (decisions: WorkshopDecision[], noteFor: number): Promise<WorkshopDecision> => {
    out();
    out('Tables still playing:');
    for (const decision of decisions) {
      const index = decision.tables[0]!;
      out(`${index + 1}) ${workshop.tables[index]}: stage ${decision.view.stage.number}, ${decision.view.nowLabel}`);
    }
    if (decisions.length === 1) return decisions[0]!;
    const numbers = decisions.map((decision) => decision.tables[0]! + 1);
    for (;;) {
      const typed = await ask(`Which table is ready to decide? Type its number (${numbers.join(', ')}); its scene is then read for it alone:`, noteFor);
      const chosen = decisions.find((decision) => decision.tables[0]! + 1 === Number(typed));
      if (chosen) return chosen;
      out(`Please type the number of a table still playing: ${numbers.join(', ')}.`);
    }
  };

  /** After a reveal: the other choices' feedback, stepping back, or on to the next. Returns true when the decision was stepped back. */
  const afterReveal = async (revealed: number, table: number | undefined, last: boolean): Promise<boolean> => {
    for (;;) {
      const typed = (await ask(`Press Enter for ${last ? 'the debrief' : 'the next decision'} (o: other choices’ feedback, b: step back, n: note, e: export, q: stop, ?: help):`, revealed)).toLowerCase();
      if (typed === '') return false;
      if (typed === 'o') lines(otherChoicesText(revealRound(scenario, workshop, revealed - 1)));
      else if (typed === 'b') {
        const sure = (await ask(`Step back to decision ${revealed}? This discards its votes. Type y to step back, anything else to keep them:`, revealed)).toLowerCase();
        if (sure !== 'y' && sure !== 'yes') {
          out('Kept.');
          continue;
        }
        persist(table === undefined ? undoRound(workshop) : undoTableRound(workshop, table));
        out(`Stepped back: decision ${revealed}’s votes were discarded.`);
        return true;
      } else out(`Press Enter for ${last ? 'the debrief' : 'the next decision'}, or type o, b, n, e, d, q or ?.`);
    }
  };

  /** Read-only: where the workshop is, then the file read again on each Enter. */
  const watch = async (): Promise<never> => {
    for (;;) {
      const debrief = buildWorkshopDebrief(scenario, workshop);
      const decided = workshop.rounds.length;
      out();
      out(`${decided} decision${decided === 1 ? '' : 's'} taken so far.`);
      if (decided > 0) lines(revealText(revealRound(scenario, workshop)));
      const open = openDecisions(scenario, workshop);
      if (open.length === 0) lines(['', ...debriefText(debrief)]);
      else if (workshop.mode === 'independent') out(`Tables still playing: ${listWords(open.map((decision) => workshop.tables[decision.tables[0]!] ?? ''))}.`);
      else readScene(open[0]!, nextDecisionNumber(workshop));
      for (;;) {
        const typed = await ask('Read-only. Enter: look again; d: the record so far; e: export; q: stop:', nextDecisionNumber(workshop));
        if (typed !== '') {
          out('Read-only: type Enter, d, e or q.');
          continue;
        }
        const again = options.reload?.();
        if (again && 'error' in again) out(`warning: ${again.error}`);
        else if (again) workshop = again.workshop;
        break;
      }
    }
  };

  try {
    for (const notice of options.notices) out(`note: ${notice}`);
    out(`Workshop: ${scenario.frontmatter.title}. Tables: ${listWords(workshop.tables)}.`);
    out(`Discussion time: ${workshop.minutes} minute${workshop.minutes === 1 ? '' : 's'} per decision. Type ? at any prompt for help.`);
    if (readOnly) return await watch();
    // The first save: the file exists (and says honestly whether it can be written) before the room starts.
    persist(workshop);
    if (!unsaved) out(`Saving to ${options.path} after every decision.`);

    for (;;) {
      const decisions = openDecisions(scenario, workshop);
      if (decisions.length === 0) break;
      const number = nextDecisionNumber(workshop);
      const decision = workshop.mode === 'independent' ? await pickTable(decisions, number) : decisions[0]!;
      // Read.
      readScene(decision, number);
      // Discuss.
      if (decision.kind === 'choose') lines(discussText(scenario, decision.view));
      const shownAt = options.now().getTime();
      const minutes = `${workshop.minutes} minute${workshop.minutes === 1 ? '' : 's'}`;
      let votes: number[] | undefined;
      for (;;) {
        const typed = await ask(decision.kind === 'continue' ? 'Press Enter to move the story on:' : `Discuss for ${minutes}. Press Enter when the room is ready to vote:`, number);
        if (typed === '') break;
        if (typed.toLowerCase() === 'r') {
          readScene(decision, number);
          continue;
        }
        // The votes typed straight away (a script, or a trainer who knows the drill) are taken as the votes.
        const parsed = decision.kind === 'choose' ? parseVotes(typed, decision.tables.map((table) => workshop.tables[table] ?? ''), choiceCount(decision)) : undefined;
        if (parsed && 'votes' in parsed) {
          votes = parsed.votes;
          break;
        }
        out('Press Enter when the room is ready to vote (r reads the scene again, ? for help).');
      }
      // Vote, then save: the reveal is shown once the decision is on disk.
      persist(await decide(decision, options.now().getTime() - shownAt, number, votes));
      // Reveal.
      out();
      lines(revealText(revealRound(scenario, workshop)));
      // Next.
      const table = workshop.mode === 'independent' ? decision.tables[0] : undefined;
      await afterReveal(workshop.rounds.length, table, finished(workshop));
    }

    out();
    lines(debriefText(buildWorkshopDebrief(scenario, workshop)));
    out();
    for (;;) {
      const typed = await ask('The workshop is finished. Type e to export the record, or press Enter to end:', workshop.rounds.length);
      if (typed === '') break;
    }
    out(unsaved ? `The workshop is finished, but NOT saved: ${unsaved}` : `The workshop is finished and saved in ${options.path}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    out();
    out(closing(error.why));
    return 0;
  }
}
