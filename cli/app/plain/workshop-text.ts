/**
 * The workshop as plain lines for `workshop --plain`: the scene, the
 * choices, the reveal and the debrief, for a screen reader or a script.
 * No Markdown syntax reaches the output (the author's Markdown goes through
 * plain mode's `plainMarkdown`, over the engine's `markdownToText`), no ids, no layout
 * that only works to the eye. Pure functions over the engine's views.
 */
import {
  DECIDED_BY_WORDS,
  formatDiscussionTime,
  MODE_WORDS,
  nodeTitle,
  OUTCOME_WORDS,
  type ChoiceReveal,
  type FeedbackView,
  type RoundReveal,
  type Scenario,
  type SessionView,
  type TableStanding,
  type WorkshopDebrief,
} from '../../../engine/index.js';
import { plainMarkdown } from './plain-text.js';

/**
 * Names as one phrase: "Police", "Police and Health", "Police, Health and School".
 * @example
 * listWords(['Police', 'Health', 'School']); // 'Police, Health and School'
 */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Long enough never to wrap: a screen reader reads a paragraph best as one line. */
const NO_WRAP = 100_000;

/**
 * Markdown as plain lines: one line per paragraph, heading and list item
 * (under "•" or its number), with emphasis, links and raw HTML reduced to
 * their words. Plain mode's one reading of the author's Markdown
 * (`plainMarkdown`, which goes through the engine's Markdown-to-text), unwrapped.
 * @example
 * markdownLines('## Monday\n\nYou **disagree**.\n\n- one\n- two'); // ['Monday', 'You disagree.', '• one', '• two']
 */
export function markdownLines(markdown: string): string[] {
  return plainMarkdown(markdown, NO_WRAP).filter((line) => line.trim() !== '');
}

/**
 * The scene of a decision, to read to the room: its title, when and where
 * in the process it stands, the narrative and events in order, and the
 * questions the author set for reflection.
 */
export function sceneText(scenario: Scenario, view: SessionView): string[] {
  const node = view.node;
  if (node.kind !== 'scene') return [];
  const title = nodeTitle(scenario, node.id);
  const lines = [`Scene: ${title}`, `${view.nowLabel}. Stage ${view.stage.number}: ${view.stage.title} (owner: ${view.stage.owner}).`];
  let headingSkipped = false;
  for (const item of node.items) {
    if (item.kind === 'markdown') {
      for (const line of markdownLines(item.markdown)) {
        // The title was said already.
        if (!headingSkipped && line === title) headingSkipped = true;
        else lines.push(line);
      }
    } else if (item.kind === 'event') {
      const [first = '', ...rest] = markdownLines(item.markdown);
      lines.push(`${item.atLabel}${item.afterText ? ` (${item.afterText} later)` : ''}: ${first}`, ...rest);
    } else {
      const prompt = node.prompts.find((entry) => entry.id === item.id);
      if (prompt) lines.push(`Question for the room: ${markdownLines(prompt.prompt).join(' ')}`);
    }
  }
  const next = view.nextDeadline;
  if (next) lines.push(`Next deadline: ${next.label}, ${next.overdue ? `overdue since ${next.dueLabel}` : `due ${next.dueLabel}`}.${next.warning ? ` ${next.warning.text}` : ''}`);
  return lines;
}

/** The author's questions for the room (the scene's `<Discuss>`), for the discussion; none when there are none. */
export function discussText(scenario: Scenario, view: SessionView): string[] {
  if (view.node.kind !== 'scene') return [];
  const discuss = scenario.scenes[view.node.id]?.discuss;
  return discuss ? ['Questions for the room:', ...markdownLines(discuss.markdown)] : [];
}

/** The choices of a scene, numbered, each with its further words. */
export function choicesText(view: SessionView): string[] {
  const node = view.node;
  if (node.kind !== 'scene') return [];
  if (node.canContinue) return ['This part of the story moves on by itself: there is no choice to vote on.'];
  return [
    'Choices:',
    ...node.choices.flatMap((choice) => [`${choice.number}) ${choice.label}`, ...(choice.detailMarkdown ? markdownLines(choice.detailMarkdown).map((line) => `   ${line}`) : [])]),
  ];
}

/** A choice as the reveal names it: number, wording and the recommended mark. */
export function choiceName(choice: Pick<ChoiceReveal, 'number' | 'label' | 'recommended'>): string {
  return `${choice.number}) “${choice.label}”${choice.recommended ? ' (recommended)' : ''}`;
}

/** A choice's feedback as plain lines: the author's words, the principles, the guidance by title. */
export function feedbackText(feedback: FeedbackView | null): string[] {
  if (!feedback) return ['(The author wrote no feedback for this choice.)'];
  const lines = markdownLines(feedback.markdown);
  if (feedback.shows.length > 0) lines.push(`Shows: ${listWords(feedback.shows.map((principle) => principle.label))}.`);
  if (feedback.misses.length > 0) lines.push(`Misses: ${listWords(feedback.misses.map((principle) => principle.label))}.`);
  if (feedback.citations.length > 0) lines.push(`Guidance: ${feedback.citations.map((citation) => citation.title).join('; ')}.`);
  return lines;
}

/** Where one table stands, without its name: time, stage, ending, warnings and newly missed deadlines. */
function standingWords(standing: TableStanding): string[] {
  const stage = `stage ${standing.stage.number}, ${standing.stage.title}${standing.stage.number === standing.stageBefore ? '' : ` (was stage ${standing.stageBefore})`}`;
  const lines = [`${standing.nowLabel}, ${stage}.`];
  if (standing.ending) {
    const resolved = standing.ending.resolvedAt === undefined ? 'never resolved' : `resolved at stage ${standing.ending.resolvedAt}`;
    lines.push(`${OUTCOME_WORDS[standing.ending.outcome]}: ${standing.ending.title} (${resolved}).`);
  }
  for (const warning of standing.warnings) lines.push(`Process warning: ${warning.message}.`);
  for (const missed of standing.newlyMissed) lines.push(`Deadline missed: stage ${missed.stage}, ${missed.label} (due ${missed.dueLabel}; ${missed.latenessLabel}).`);
  return lines;
}

/**
 * The reveal of a decision: the room's choice (or each table's), the
 * feedback for every choice made with who made it, the recommended choice
 * marked, the choices nobody made named (their feedback on request), and
 * where each table now stands with any process warning.
 */
export function revealText(reveal: RoundReveal): string[] {
  const lines = [`Reveal: decision ${reveal.number}, “${reveal.sceneTitle}”.`];
  if (reveal.kind === 'continue') lines.push('The story moves on.');
  else if (reveal.followed) {
    const voters = reveal.followed.votedBy;
    lines.push(`The room follows ${choiceName(reveal.followed)}: ${DECIDED_BY_WORDS[reveal.decidedBy]}${voters.length > 0 ? ` (chosen by ${listWords(voters)})` : ''}.`);
  } else lines.push('Each table follows its own choice.');
  for (const choice of reveal.made) {
    lines.push('', `${choiceName(choice)}, chosen by ${choice.votedBy.length > 0 ? listWords(choice.votedBy) : 'no table (the trainer’s pick)'}.`);
    lines.push(...feedbackText(choice.feedback).map((line, index) => (index === 0 ? `Feedback: ${line}` : line)));
  }
  if (reveal.kind === 'choose') {
    const recommended = reveal.others.find((choice) => choice.recommended);
    if (recommended) lines.push('', `The recommended choice was ${choiceName(recommended)}; no table chose it.`);
    if (reveal.others.length > 0) lines.push(`${reveal.made.length > 0 ? 'Not chosen' : 'Choices'}: ${reveal.others.map(choiceName).join('; ')}. Type o to read their feedback.`);
  }
  lines.push('', 'Where the tables stand:');
  const words = reveal.tables.map(standingWords);
  if (words.length > 1 && words.every((entry) => entry.join('\n') === words[0]!.join('\n'))) lines.push(`All tables: ${words[0]!.join(' ')}`);
  else reveal.tables.forEach((standing, index) => lines.push(`${standing.name}: ${words[index]!.join(' ')}`));
  return lines;
}

/** The feedback of the choices nobody made, for when the room asks. */
export function otherChoicesText(reveal: RoundReveal): string[] {
  if (reveal.others.length === 0) return ['Every choice was made; there is no other feedback.'];
  return reveal.others.flatMap((choice) => [`${choiceName(choice)}, not chosen.`, ...feedbackText(choice.feedback).map((line, index) => (index === 0 ? `Feedback: ${line}` : line)), '']).slice(0, -1);
}

/**
 * The workshop's debrief (or the record so far) as plain lines: where each
 * table ended, with deadlines and process warnings; every decision with who
 * chose what, the minutes used and the trainer's notes; each table's timeline.
 */
export function debriefText(debrief: WorkshopDebrief): string[] {
  const lines = [
    `${debrief.finished ? 'Debrief' : 'The record so far'}: ${debrief.scenario.title}.`,
    `Process: ${debrief.protocol.name}, ${debrief.protocol.route}.`,
    `Tables: ${listWords(debrief.tables.map((table) => table.name))}.`,
    `How the room decided: ${MODE_WORDS[debrief.mode]}.`,
    '',
    'Where each table ended:',
  ];
  for (const table of debrief.tables) {
    const ending = table.ending
      ? `${OUTCOME_WORDS[table.ending.outcome]}: ${table.ending.title} (${table.ending.resolvedAt === undefined ? 'never resolved' : `resolved at stage ${table.ending.resolvedAt}`}).`
      : `Still playing, at stage ${table.stage}.`;
    lines.push(`${table.name}: ${ending}`);
    lines.push(`  Deadlines met: ${table.met.map((entry) => `stage ${entry.stage}, ${entry.label}`).join('; ') || 'none'}.`);
    lines.push(`  Deadlines missed: ${table.missed.map((entry) => `stage ${entry.stage}, ${entry.label} (${entry.lateness})`).join('; ') || 'none'}.`);
    if (table.warnings.length > 0) lines.push(`  Process warnings: ${table.warnings.map((warning) => warning.message).join('; ')}.`);
  }
  lines.push('', 'Decisions:');
  const decided = debrief.rounds.filter((round) => round.kind === 'choose');
  if (decided.length === 0) lines.push('No decision has been taken yet.');
  for (const round of decided) {
    const time = round.discussedMs === undefined ? '' : ` Discussed for ${formatDiscussionTime(round.discussedMs)}.`;
    const how = round.followed ? ` The room followed “${round.followed}”, ${DECIDED_BY_WORDS[round.decidedBy]}.` : ` ${DECIDED_BY_WORDS[round.decidedBy][0]!.toUpperCase()}${DECIDED_BY_WORDS[round.decidedBy].slice(1)}.`;
    lines.push(`Decision ${round.number}: ${round.sceneTitle} (stage ${round.stage}).${time}${how}`);
    for (const entry of round.split) if (entry.tables.length > 0) lines.push(`  “${entry.label}”${entry.recommended ? ' (recommended)' : ''}: ${listWords(entry.tables)}.`);
    const missed = round.split.find((entry) => entry.recommended && entry.tables.length === 0);
    if (missed) lines.push(`  The recommended choice, “${missed.label}”, was not chosen.`);
    if (round.note) lines.push(`  Trainer’s note: ${round.note.replace(/\s*\n\s*/g, ' ')}`);
  }
  for (const note of debrief.pendingNotes) lines.push(`Note for decision ${note.decision} (not yet taken): ${note.text.replace(/\s*\n\s*/g, ' ')}`);
  if (debrief.safePractice.length > 0) lines.push('', 'Before the room leaves, safe practice it must have heard:', ...debrief.safePractice.map((point) => `- ${point}`));
  lines.push('', 'The learning objectives:', ...debrief.objectives.map((objective) => `- ${objective}`));
  lines.push('', 'Timeline, table by table (the story’s own time, London time):');
  for (const table of debrief.tables) {
    const moves = table.timeline.map((move) => `${move.atLabel}, stage ${move.stage}: ${move.label}`);
    if (table.ending) moves.push(`${table.ending.atLabel}: ${OUTCOME_WORDS[table.ending.outcome].toLowerCase()}, ${table.ending.title}`);
    lines.push(`${table.name}:`, ...(moves.length > 0 ? moves.map((move) => `  ${move}`) : ['  No moves yet.']));
  }
  return lines;
}

/** What {@link parseVotes} gives: the choice numbers, or what is wrong with the line. */
export type ParsedVotes = { votes: number[] } | { problem: string };

/**
 * One line of votes, one choice number per table in table order: "1 1 2 4",
 * "1,1,2,4", or, when every choice number is a single digit, "1124".
 * @example
 * parseVotes('1 2', ['Police', 'Health'], 3); // { votes: [1, 2] }
 * parseVotes('1 5', ['Police', 'Health'], 3); // { problem: '5 is not a choice: type a number from 1 to 3 for each table.' }
 */
export function parseVotes(line: string, tables: readonly string[], choices: number): ParsedVotes {
  const trimmed = line.trim();
  let words = trimmed.split(/[\s,;]+/).filter((word) => word !== '');
  if (words.length === 1 && tables.length > 1 && choices <= 9 && /^\d+$/.test(trimmed) && trimmed.length === tables.length) words = [...trimmed];
  const each = `type a number from 1 to ${choices} for each table`;
  const bad = words.find((word) => !/^\d+$/.test(word) || Number(word) < 1 || Number(word) > choices);
  if (bad !== undefined) return { problem: `${/^\d+$/.test(bad) ? bad : `“${bad}”`} is not a choice: ${each}.` };
  if (words.length !== tables.length) {
    return { problem: `${words.length} vote${words.length === 1 ? '' : 's'} for ${tables.length} table${tables.length === 1 ? '' : 's'}: ${each}, in this order: ${tables.join(', ')}.` };
  }
  return { votes: words.map(Number) };
}
