/**
 * Plain mode: the scenario printed line by line, no cursor movement and no
 * redraws, choices read as numbers from standard input. For screen readers
 * and scripts; it also runs whenever standard input is not a terminal.
 */
import { buildDebrief, choose, continueSession, debriefToMarkdown, RunnerError, type SessionView, stepBack, viewSession, writeResponse } from '../../../engine/index.js';
import { lineText } from '../../terminal/index.js';
import { countdownText } from '../components/StatusBar.js';
import { feedbackLines, sceneLines } from '../solo/scene-lines.js';
import type { Playing } from '../solo/solo-state.js';
import type { LineReader } from './line-reader.js';

/** What plain mode needs from the command. */
export interface PlainPlayOptions {
  playing: Playing;
  reader: LineReader;
  write: (text: string) => void;
  /** Saves the session after every move; returns an error message or null. */
  save: (playing: Playing, view: SessionView) => string | null;
  now: () => Date;
  width: number;
}

const HELP = [
  'Type the number of a choice and press Enter.',
  'b: take back the last move.  q: stop (your session is saved and can be resumed with --resume).',
  'When asked to reflect or record, type one line; an empty line skips it.',
].join('\n');

/**
 * Plays a session to its ending (or until the learner stops) and returns the
 * exit code.
 */
export async function plainPlay(options: PlainPlayOptions): Promise<number> {
  const { reader, write, now, width } = options;
  let playing = options.playing;
  const out = (text = '') => write(`${text}\n`);
  const lines = (styled: ReturnType<typeof sceneLines>) => styled.map(lineText).forEach((line) => out(line));
  /** Why the latest move is not on disk, or null when it is: the stop message must never claim a save that failed. */
  let unsaved: string | null = null;
  const save = (view: SessionView) => {
    unsaved = options.save(playing, view);
    if (unsaved) out(`warning: ${unsaved}`);
  };
  let view = viewSession(playing.scenario, playing.session);
  save(view);
  out(`${view.title}: you are ${view.role}.`);
  let showScene = true;
  while (!view.finished && view.node.kind === 'scene') {
    const scene = view.node;
    if (showScene) {
      out();
      out(`== ${view.nowLabel} · Stage ${view.stage.number}: ${view.stage.title} (owner: ${view.stage.owner}) ==`);
      lines(sceneLines(playing.scenario, view, { width, markers: true }));
      out(`Deadline: ${countdownText(view)}`);
      // Reflections and records first, one line each; an empty line skips.
      for (const prompt of scene.prompts.filter((entry) => entry.text === '')) {
        write(`${prompt.kind === 'record' ? 'Record' : `Reflect (${prompt.phase ?? ''})`} — type one line, or press Enter to skip: `);
        const text = await reader.next();
        if (text === null) return stop('End of input.');
        if (text.trim() !== '') {
          playing = { ...playing, session: writeResponse(playing.scenario, playing.session, prompt.id, text.trim(), { recordedAt: now().toISOString() }) };
          view = viewSession(playing.scenario, playing.session);
          save(view);
        }
      }
    }
    showScene = true;
    const count = scene.canContinue ? 1 : scene.choices.length;
    if (scene.canContinue) out('1) Continue');
    else scene.choices.forEach((choice) => out(`${choice.number}) ${choice.label}`));
    write(`Choose 1-${count} (b back, q quit, ? help): `);
    const answer = await reader.next();
    if (answer === null) return stop('End of input.');
    const typed = answer.trim().toLowerCase();
    if (typed === 'q') return stop('Stopped.');
    if (typed === '?') {
      out(HELP);
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
        out(`Please type a number from 1 to ${count}, or b, q or ?.`);
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
      lines(feedbackLines(playing.scenario, view, { width, markers: true }));
    }
  }
  out();
  out(debriefToMarkdown(buildDebrief(playing.scenario, playing.session)));
  if (unsaved) out(notSavedLine());
  return 0;

  function notSavedLine(): string {
    return `Your latest move is not saved. ${unsaved}`;
  }

  function stop(why: string): number {
    out();
    out(`${why} ${unsaved ? notSavedLine() : `Your session is saved in ${playing.path}; resume it with --resume.`}`);
    return 0;
  }
}
