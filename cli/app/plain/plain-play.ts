/**
 * Plain mode: the scenario printed line by line as plain text, no cursor
 * movement and no redraws, answers read from standard input. For screen
 * readers and scripts; it also runs whenever standard input is not a
 * terminal. Each scene is read out, then its choices, then the question;
 * a reflection or record is written only when asked for (`r`), so no
 * answer is ever taken as a reflection by mistake, and `q` and `?` always
 * mean stop and help.
 */
import { buildDebrief, choose, continueSession, formatLondonIso, RunnerError, type PromptView, type SessionView, stepBack, viewSession, writeResponse } from '../../../engine/index.js';
import { countdownText } from '../countdown-text.js';
import { soloResumeCommand } from '../solo/resume-command.js';
import type { MenuSaved, MenuScenario, Playing } from '../solo/solo-state.js';
import type { LineReader } from './line-reader.js';
import { plainDebriefLines, plainFeedbackLines, plainSceneLines, promptName } from './plain-text.js';

/** What plain mode needs from the command. */
export interface PlainPlayOptions {
  playing: Playing;
  reader: LineReader;
  write: (text: string) => void;
  /** Saves the session after every move; returns an error message or null. */
  save: (playing: Playing, view: SessionView) => string | null;
  now: () => Date;
  width: number;
  /** What was resumed, said first (see the play command's `resumedLine`). */
  resumed?: string;
  /** How the user started the program, for the resume command (cli/invoked-as.ts); `common-ground` when left out. */
  invokedAs?: string;
}

const HELP = [
  'Type the number of a choice and press Enter.',
  'r: write your reflection or record for this scene (r2 for the second when there are two); you are asked for one line.',
  'b: take back the last move.  q: stop (your session is saved and can be resumed).  ?: this help.',
  'q and ? typed alone always mean stop and help, even when you were asked for a reflection.',
].join('\n');

/** An answer that is a command wherever it is typed. */
function command(answer: string): 'q' | '?' | null {
  const typed = answer.trim().toLowerCase();
  return typed === 'q' ? 'q' : typed === '?' ? '?' : null;
}

/**
 * The prompt `r`, `r1`, `r2`… names: `r` alone is the first with nothing
 * written yet (or the first of all), `rN` the Nth; undefined when the
 * answer is not one of these or names no prompt.
 */
function promptAsked(answer: string, prompts: readonly PromptView[]): PromptView | undefined {
  const match = /^r(\d*)$/.exec(answer);
  if (!match || prompts.length === 0) return undefined;
  if (match[1] === '') return prompts.find((prompt) => prompt.text === '') ?? prompts[0];
  return prompts[Number(match[1]) - 1];
}

/** How the question names the writing keys: `r write`, or `r1-r2 write` when there are several. */
function writeHint(prompts: readonly PromptView[]): string {
  if (prompts.length === 0) return '';
  return prompts.length === 1 ? 'r write, ' : `r1-r${prompts.length} write, `;
}

/**
 * Plays a session to its ending (or until the learner stops) and returns the
 * exit code.
 */
export async function plainPlay(options: PlainPlayOptions): Promise<number> {
  const { reader, write, now, width } = options;
  let playing = options.playing;
  const out = (text = '') => write(`${text}\n`);
  const lines = (texts: readonly string[]) => texts.forEach((line) => out(line));
  /** Why the latest move is not on disk, or null when it is: the stop message must never claim a save that failed. */
  let unsaved: string | null = null;
  const save = (view: SessionView) => {
    unsaved = options.save(playing, view);
    if (unsaved) out(`warning: ${unsaved}`);
  };
  let view = viewSession(playing.scenario, playing.session);
  save(view);
  if (options.resumed) out(options.resumed);
  out(`${view.title}: you are ${view.role}.`);
  let showScene = true;
  while (!view.finished && view.node.kind === 'scene') {
    const scene = view.node;
    if (showScene) {
      out();
      out(`== ${view.nowLabel} · Stage ${view.stage.number}: ${view.stage.title} (owner: ${view.stage.owner}) ==`);
      lines(plainSceneLines(playing.scenario, view, width));
      out(`Deadline: ${countdownText(view)}`);
    }
    showScene = true;
    // The choices are read out before anything is asked.
    const count = scene.canContinue ? 1 : scene.choices.length;
    out();
    if (scene.canContinue) out('1) Continue');
    else scene.choices.forEach((choice) => out(`${choice.number}) ${choice.label}`));
    scene.prompts.forEach((prompt, index) => {
      const key = scene.prompts.length === 1 ? 'r' : `r${index + 1}`;
      out(`${key}) ${prompt.text ? 'Rewrite' : 'Write'} your ${promptName(prompt)}${prompt.text ? '' : ' (optional)'}`);
    });
    write(`Choose 1-${count} (${writeHint(scene.prompts)}b back, q quit, ? help): `);
    const answer = await reader.next();
    if (answer === null) return stop('End of input.');
    const typed = answer.trim().toLowerCase();
    if (command(typed) === 'q') return stop('Stopped.');
    if (command(typed) === '?') {
      out(HELP);
      showScene = false;
      continue;
    }
    const prompt = promptAsked(typed, scene.prompts);
    if (prompt) {
      // A reflection only when asked for: one line, and `q` or `?` alone are never taken as its text.
      const name = promptName(prompt);
      if (prompt.text) out(`You wrote: “${prompt.text}”`);
      write(`Your ${name}, on one line (an empty line leaves it as it was): `);
      const text = await reader.next();
      if (text === null) return stop('End of input.');
      const asked = command(text);
      if (asked === 'q') return stop('Stopped.');
      if (asked === '?') out(HELP);
      else if (text.trim() === '') out(`Your ${name} is left as it was.`);
      else {
        try {
          playing = { ...playing, session: writeResponse(playing.scenario, playing.session, prompt.id, text.trim(), { recordedAt: now().toISOString() }) };
          view = viewSession(playing.scenario, playing.session);
          save(view);
          if (!unsaved) out(`Saved your ${name}.`);
        } catch (error) {
          out(error instanceof RunnerError ? `${error.message} ${error.hint}` : String(error));
        }
      }
      showScene = false;
      continue;
    }
    let chose = false;
    try {
      if (typed === 'b') {
        if (!view.canStepBack) {
          out('Nothing to take back yet.');
          showScene = false;
          continue;
        }
        playing = { ...playing, session: stepBack(playing.session) };
      } else if (scene.canContinue && typed === '1') {
        playing = { ...playing, session: continueSession(playing.scenario, playing.session, { recordedAt: now().toISOString() }) };
      } else if (/^\d+$/.test(typed)) {
        playing = { ...playing, session: choose(playing.scenario, playing.session, Number(typed), { recordedAt: now().toISOString() }) };
        chose = true;
      } else {
        out(`Please type a number from 1 to ${count}, ${scene.prompts.length > 0 ? `${writeHint(scene.prompts).replace(/ write, $/, '')} to write, ` : ''}or b, q or ?.`);
        showScene = false;
        continue;
      }
    } catch (error) {
      out(error instanceof RunnerError ? `${error.message} ${error.hint}` : String(error));
      showScene = false;
      continue;
    }
    view = viewSession(playing.scenario, playing.session);
    // Save, then show: the feedback is printed only once the choice is on disk.
    save(view);
    if (chose) {
      out();
      out('-- Feedback --');
      lines(plainFeedbackLines(playing.scenario, view, width));
    }
  }
  out();
  lines(plainDebriefLines(buildDebrief(playing.scenario, playing.session), width));
  if (unsaved) out(notSavedLine());
  return 0;

  function notSavedLine(): string {
    return `Your latest move is not saved. ${unsaved}`;
  }

  function stop(why: string): number {
    out();
    out(`${why} ${unsaved ? notSavedLine() : `Your session is saved in ${playing.path}; resume it with --resume, or with: ${soloResumeCommand(playing.path, options.invokedAs)}`}`);
    return 0;
  }
}

/** What the plain start gives: a scenario to start, a saved session or workshop to resume, or nothing. */
export type PlainStartChoice = { kind: 'scenario'; item: MenuScenario } | { kind: 'saved'; saved: MenuSaved } | { kind: 'none'; ended: boolean };

/** What the plain start needs. */
export interface PlainStartOptions {
  /** Unfinished sessions and workshops, newest first. */
  saved: readonly MenuSaved[];
  scenarios: readonly MenuScenario[];
  reader: LineReader;
  write: (text: string) => void;
}

/**
 * The start of plain mode with no scenario named: saved sessions and
 * workshops to resume first, then the scenarios, numbered in one list.
 *
 * @example
 * const picked = await plainStart({ saved, scenarios, reader, write: (text) => process.stdout.write(text) });
 */
export async function plainStart(options: PlainStartOptions): Promise<PlainStartChoice> {
  const { saved, scenarios, write } = options;
  const out = (text = '') => write(`${text}\n`);
  const solo = saved.filter((entry) => entry.mode === 'solo');
  const workshops = saved.filter((entry) => entry.mode === 'workshop');
  const entries: Array<{ kind: 'saved'; saved: MenuSaved } | { kind: 'scenario'; item: MenuScenario }> = [];
  const savedLine = (entry: MenuSaved) => `${entry.title}: ${entry.progress}, saved ${formatLondonIso(entry.savedAt)}`;
  if (solo.length > 0) {
    out('Saved sessions to resume:');
    for (const entry of solo) {
      entries.push({ kind: 'saved', saved: entry });
      out(`${entries.length}) ${savedLine(entry)}`);
    }
  }
  if (workshops.length > 0) {
    out('Saved workshops to resume:');
    for (const entry of workshops) {
      entries.push({ kind: 'saved', saved: entry });
      out(`${entries.length}) Workshop: ${savedLine(entry)}`);
    }
  }
  out('Scenarios:');
  for (const item of scenarios) {
    entries.push({ kind: 'scenario', item });
    out(`${entries.length}) ${item.scenario.frontmatter.title} (${item.scenario.id}, about ${item.scenario.frontmatter.estimatedMinutes} min)`);
  }
  write(`Choose 1-${entries.length}: `);
  const answer = await options.reader.next();
  // What follows starts on a line of its own, typed or piped.
  out();
  const entry = answer === null ? undefined : entries[Number(answer.trim()) - 1];
  // q stops cleanly here too; anything else that is not a number on the list is no choice.
  if (!entry || !/^\d+$/.test(answer?.trim() ?? '')) return { kind: 'none', ended: answer === null || command(answer) === 'q' };
  return entry;
}
