/**
 * Every workshop screen as lines that fit the terminal: banners (read-only,
 * not saved), a header that never scrolls away, a fixed top of the body
 * (the countdown, what to press next), the body's window (paged), the
 * notice and the keys. A pure function of the state and the terminal's
 * size, so a test can lay out any screen at 80x24, 100x30 or 60x20 and
 * count its rows.
 */
import {
  buildWorkshopDebrief,
  CYCLE_STEPS,
  cycleOf,
  DECIDED_BY_WORDS,
  formatTimeLeft,
  revealRound,
  tableDecisionNumber,
  viewSession,
  voteStatus,
  workshopSessions,
  type ChoiceReveal,
  type DecisionCycle,
  type DiscussionTimer,
  type RoundReveal,
  type SessionView,
  type TableStanding,
  type Workshop,
  type WorkshopDebrief,
} from '../../../engine/index.js';
import { countdownText } from '../countdown-text.js';
import type { KeyHint } from '../key-table.js';
import { bigText, bigWidth, type BigSize } from './big-digits.js';
import { choiceLines, discussLines, feedbackLines, readLines } from './scene-text.js';
import { columnsOf, cut, lineWidth, pad, wrap, wrapAfter, type ScreenLine, type ScreenSpan } from './screen-lines.js';
import { workshopDebriefLines } from './workshop-debrief-lines.js';
import { WORKSHOP_HELP_KEYS, workshopKeys } from './workshop-key-table.js';
import { focusCycle, focusTable, isIndependent, screenOf, tableName, type WorkshopUiState } from './workshop-state.js';
import type { JoinInfo } from '../../live/join-info.js';

/** What the layout needs besides the state. */
export interface LayoutOptions {
  columns: number;
  rows: number;
  /** No colour: meaning carried by characters too. */
  markers: boolean;
  /** Why the latest change is not saved, or null when it is. */
  unsaved: string | null;
  /** The session file. */
  path: string;
  /** The command that resumes the workshop. */
  resumeCommand: string;
  /** Read-only viewing can reload the workshop (`r`). */
  reload?: boolean;
  /** Served to phones (`--serve`): what the join screen shows. */
  live?: JoinInfo;
}

/** A laid-out screen. */
export interface Layout {
  /** The lines to draw, top to bottom: never more than the terminal's rows less one. */
  lines: ScreenLine[];
  /** The rows the body's window has (for paging). */
  bodyHeight: number;
  /** The furthest the body can scroll. */
  maxScroll: number;
  /** The keys of this screen (the footer's rows). */
  keys: readonly KeyHint[];
}

// Built once per workshop (workshops are never changed in place), so a ticking timer does not rebuild them.
const debriefs = new WeakMap<Workshop, WorkshopDebrief>();
const reveals = new WeakMap<Workshop, Map<number, RoundReveal>>();
const readings = new WeakMap<SessionView, Map<string, ScreenLine[]>>();

function debriefOf(state: WorkshopUiState): WorkshopDebrief {
  const workshop = state.room.workshop;
  const cached = debriefs.get(workshop) ?? buildWorkshopDebrief(state.scenario, workshop);
  debriefs.set(workshop, cached);
  return cached;
}

function revealOf(state: WorkshopUiState, index: number): RoundReveal {
  const workshop = state.room.workshop;
  const byIndex = reveals.get(workshop) ?? new Map<number, RoundReveal>();
  reveals.set(workshop, byIndex);
  const cached = byIndex.get(index) ?? revealRound(state.scenario, workshop, index);
  byIndex.set(index, cached);
  return cached;
}

function readingOf(state: WorkshopUiState, view: SessionView, width: number, markers: boolean): ScreenLine[] {
  const byWidth = readings.get(view) ?? new Map<string, ScreenLine[]>();
  readings.set(view, byWidth);
  const key = `${width}:${markers}`;
  const cached = byWidth.get(key) ?? readLines(state.scenario, view, { width, markers });
  byWidth.set(key, cached);
  return cached;
}

/** The join screen's words and the tables with their phones, beside the QR code where the terminal is wide enough, else under it. */
function joinLines(state: WorkshopUiState, live: JoinInfo, width: number): ScreenLine[] {
  const cursor = state.overlay?.kind === 'join' ? state.overlay.cursor : 0;
  const qrWidth = Math.max(0, ...live.qr.map((line) => [...line].length));
  const side = width - qrWidth - 3 >= 36;
  const textWidth = side ? width - qrWidth - 3 : width;
  const seats = state.room.workshop.live?.seats ?? {};
  const joined = state.room.workshop.tables.filter((_, index) => seats[String(index)] !== undefined).length;
  const words: ScreenLine[] = [
    ...wrap([{ text: "On each table's phone:", bold: true }], textWidth),
    ...wrap([{ text: '1. Join the Wi-Fi this laptop is on.' }], textWidth, 3),
    ...wrap([{ text: '2. Scan the code, or open ' }, { text: live.url, bold: true, tone: 'accent' }], textWidth, 3),
    [{ text: '3. Room code: ' }, { text: live.code.split('').join(' '), bold: true, tone: 'accent' }],
    ...wrap([{ text: '4. Choose your table.' }], textWidth, 3),
    [],
    [{ text: `Phones: ${joined} of ${state.room.workshop.tables.length} tables`, bold: true, underline: true }],
    ...state.room.workshop.tables.map((name, index): ScreenLine => {
      const has = seats[String(index)] !== undefined;
      return [
        { text: index === cursor ? '▶ ' : '  ', tone: 'accent' },
        { text: has ? '✓ ' : '· ', bold: has, tone: has ? 'good' : 'muted' },
        { text: cut(name, Math.max(6, textWidth - 4 - 24)), bold: index === cursor },
        { text: has ? '  phone' : '  no phone: key its vote', dim: !has },
      ];
    }),
  ];
  const after: ScreenLine[] = [
    [],
    ...wrap([{ text: "Phones can't open it? ", bold: true }, { text: "Guest Wi-Fi may keep devices apart: use this laptop's hotspot, or key the votes in with 1-9." }], textWidth),
    ...wrap([{ text: live.listening, dim: true }], textWidth),
  ];
  const qr = live.qr.map((line): ScreenLine => [{ text: line, qr: true }]);
  if (!side) return [...words, ...after, [], ...qr];
  words.push(...after);
  const rows = Math.max(qr.length, words.length);
  const beside = Array.from({ length: rows }, (_, row): ScreenLine => [...(qr[row] ?? [{ text: ' '.repeat(qrWidth) }]), { text: '   ' }, ...(words[row] ?? [])]);
  return beside;
}

const STEP_WORDS = { read: 'Read', discuss: 'Discuss', vote: 'Vote', reveal: 'Reveal' } as const;

/** The first header line: where the room is, and (for a cycle) which step, on an inverted bar. */
function titleBar(left: string, cycle: DecisionCycle | undefined, width: number): ScreenLine {
  let trail: ScreenSpan[] = [];
  if (cycle) {
    const full: ScreenSpan[] = CYCLE_STEPS.flatMap((step, index): ScreenSpan[] => [
      ...(index > 0 ? [{ text: ' › ', inverse: true }] : []),
      step === cycle.step ? { text: `[${STEP_WORDS[step].toUpperCase()}]`, bold: true, inverse: true, tone: 'accent' } : { text: STEP_WORDS[step], inverse: true },
    ]);
    const short: ScreenSpan[] = [{ text: `Step ${CYCLE_STEPS.indexOf(cycle.step) + 1}/4 [${STEP_WORDS[cycle.step].toUpperCase()}]`, bold: true, inverse: true }];
    trail = full.reduce((sum, span) => sum + span.text.length, 0) + 32 <= width ? full : short;
  }
  const trailWidth = lineWidth(trail);
  const room = Math.max(4, width - trailWidth - (trailWidth > 0 ? 1 : 0));
  return [{ text: pad(` ${left}`, room), bold: true, inverse: true }, ...(trailWidth > 0 ? [{ text: ' ', inverse: true }, ...trail] : [])];
}

/** The header of a cycle's screen: the bar, the story's clock and stage, the next deadline. */
function cycleHeader(state: WorkshopUiState, cycle: DecisionCycle, width: number, lines: number): ScreenLine[] {
  const table = cycle.tables[0]!;
  const number = tableDecisionNumber(state.room, table);
  const who = isIndependent(state) ? ` · ${tableName(state, table)}` : '';
  const view = cycle.step === 'reveal' && cycle.revealed !== null ? revealedView(state, cycle) : cycle.decision.view;
  const out: ScreenLine[] = [titleBar(`${state.scenario.frontmatter.title} · Decision ${number}${who}`, cycle, width)];
  if (lines >= 4) {
    out.push([{ text: cut(`${view.nowLabel} · Stage ${view.stage.number} ${view.stage.title}`, width), bold: true }]);
    out.push([{ text: cut(`Who acts: ${view.stage.owner}`, width) }]);
  } else if (lines >= 2) {
    out.push([{ text: cut(`${view.nowLabel} · Stage ${view.stage.number} ${view.stage.title} · who acts: ${view.stage.owner}`, width), bold: true }]);
  }
  if (lines >= 3) {
    const overdue = view.nextDeadline?.overdue ?? false;
    out.push([{ text: cut(`⏳ ${countdownText(view)}`, width), tone: overdue ? 'bad' : 'warn', bold: overdue }]);
  }
  return out;
}

/** The clock and stage after a revealed decision: the deciding table's view now. */
function revealedView(state: WorkshopUiState, cycle: DecisionCycle): SessionView {
  const workshop = state.room.workshop;
  const views = nowViews.get(workshop) ?? workshopSessions(state.scenario, workshop).map((session) => viewSession(state.scenario, session));
  nowViews.set(workshop, views);
  return views[cycle.tables[0]!] ?? cycle.decision.view;
}

const nowViews = new WeakMap<Workshop, SessionView[]>();

/** The countdown: block digits where there is room, and time-up impossible to miss. */
function timerLines(timer: DiscussionTimer, width: number, size: BigSize | 0, markers: boolean): ScreenLine[] {
  const out: ScreenLine[] = [];
  const up = timer.ranOut;
  const text = formatTimeLeft(timer.remainingMs);
  const big = size === 5 && up && bigWidth('TIME UP', 5) <= width ? bigText('TIME UP', 5) : size > 0 && bigWidth(text, size as BigSize) <= width ? bigText(text, size as BigSize) : [];
  const indent = ' '.repeat(Math.max(0, Math.floor((width - [...(big[0] ?? '')].length) / 2)));
  for (const row of big) out.push([{ text: indent }, { text: row, bold: true, tone: up ? 'bad' : timer.running ? 'accent' : undefined }]);
  if (up) {
    const words = ' TIME IS UP · Enter: to the vote · + adds a minute ';
    const bar = markers ? '■'.repeat(Math.max(0, Math.floor((width - words.length) / 2))) : ' '.repeat(Math.max(0, Math.floor((width - words.length) / 2)));
    out.push([{ text: cut(`${bar}${words}${bar}`, width), bold: true, inverse: true, tone: 'bad' }]);
  } else {
    const state = timer.running ? '▶ RUNNING · p pauses' : timer.endedEarly ? 'ENDED' : timer.usedMs === 0 ? '⏸ NOT STARTED · p starts the timer' : '⏸ PAUSED · p resumes';
    const words = cut(`${state} · +/- changes the minutes`, big.length > 0 ? width : width - text.length - 2);
    const centre = big.length > 0 ? ' '.repeat(Math.max(0, Math.floor((width - [...words].length) / 2))) : '';
    out.push([...(big.length === 0 ? [{ text: `${text}  `, bold: true, tone: 'accent' as const }] : [{ text: centre }]), { text: words, bold: !timer.running }]);
  }
  return out;
}

/** What the vote step waits for, in one line. */
function votePrompt(state: WorkshopUiState, cycle: DecisionCycle, width: number): ScreenLine[] {
  const status = voteStatus(state.room.workshop, cycle);
  const node = cycle.decision.view.node;
  const count = node.kind === 'scene' ? node.choices.length : 0;
  if (status.waiting.length > 0) {
    const phones = state.room.workshop.live?.seats ?? {};
    const byPhone = cycle.tables.filter((table) => !cycle.voters.includes(table) && phones[String(table)] !== undefined).map((table) => tableName(state, table));
    const keyed = wrap([{ text: '▶ ', tone: 'accent' }, { text: status.waiting[0]!, bold: true }, { text: `: press 1-${count} for this table's choice` }], width, 2);
    if (byPhone.length === 0) return keyed;
    return [...wrap([{ text: 'Voting on their phones: ', bold: true }, { text: byPhone.join(', ') }], width, 2), ...keyed];
  }
  const needs = status.needs!;
  if (needs.kind === 'confirm') {
    const followed = status.tally.find((entry) => entry.choiceId === needs.follows);
    const words = followed ? `The room follows the majority: ${followed.number}) ${followed.label}` : `${status.tally.find((entry) => entry.tables.length > 0) ? 'Each table follows its own choice.' : ''}`;
    return wrap([{ text: `${words} `, bold: true }, { text: 'Press Enter for the reveal.', bold: true, tone: 'accent' }], width, 2);
  }
  if (needs.why === 'tie') return wrap([{ text: `A tie: trainer, press ${needs.among.join(' or ')} to decide which the room follows.`, bold: true, tone: 'warn' }], width, 2);
  return wrap([{ text: `Trainer: press the number of the choice the room follows (${needs.among.join(', ')}).`, bold: true, tone: 'warn' }], width, 2);
}

/** Each deciding table's vote, in columns (twenty fit), then the split. */
function voteBody(state: WorkshopUiState, cycle: DecisionCycle, width: number): ScreenLine[] {
  const status = voteStatus(state.room.workshop, cycle);
  const node = cycle.decision.view.node;
  const names = cycle.tables.map((table) => tableName(state, table));
  // Phones vote in any order; the trainer keys the first table still to vote.
  const chosen = (index: number) => (node.kind === 'scene' ? node.choices.find((choice) => choice.id === cycle.votes[cycle.voters.indexOf(cycle.tables[index]!)]) : undefined);
  const nextIndex = cycle.tables.findIndex((table) => !cycle.voters.includes(table));
  // Columns so that the names take at most five rows where they can; each name cut to its column.
  const longest = Math.max(...names.map((name) => [...name].length));
  const columns = Math.max(1, Math.min(Math.ceil(names.length / 5), Math.floor(width / 16)) || 1);
  const cellWidth = Math.floor(width / columns);
  const nameRoom = Math.max(6, Math.min(longest, cellWidth - 8));
  const cells = names.map((name, index): ScreenLine => {
    const choice = chosen(index);
    const next = index === nextIndex;
    return [
      { text: next ? '▶ ' : '  ', tone: 'accent' },
      { text: `${pad(name, nameRoom)} `, bold: next },
      choice ? { text: `${choice.number}`, bold: true, tone: 'accent' } : { text: next ? '?' : '·', dim: !next, bold: next },
    ];
  });
  const out: ScreenLine[] = [[{ text: 'Votes', bold: true, underline: true }], ...columnsOf(cells, columns, cellWidth), [], [{ text: 'The split', bold: true, underline: true }]];
  const most = Math.max(1, cycle.tables.length);
  const barRoom = Math.max(4, Math.min(16, Math.floor(width / 6)));
  for (const entry of status.tally) {
    const bar = entry.tables.length === 0 ? '·' : '█'.repeat(Math.max(1, Math.round((entry.tables.length / most) * barRoom)));
    const head = `${entry.number}) ${bar.padEnd(barRoom)} ${String(entry.tables.length).padStart(2)}  `;
    out.push([{ text: `${entry.number}) `, bold: true }, { text: `${bar.padEnd(barRoom)} ${String(entry.tables.length).padStart(2)}  `, tone: 'accent' }, { text: cut(entry.label, Math.max(8, width - head.length)) }]);
  }
  return out;
}

/** The tables' standings after a decision, tables in the same place shown together. */
function standingLines(standings: readonly TableStanding[], width: number, tableCount: number): ScreenLine[] {
  const groups = new Map<string, { names: string[]; standing: TableStanding }>();
  for (const standing of standings) {
    const key = JSON.stringify([standing.nowLabel, standing.stage.number, standing.stageBefore, standing.ending, standing.warnings.map((warning) => warning.message), standing.newlyMissed.map((missed) => missed.checkId)]);
    const group = groups.get(key) ?? { names: [], standing };
    group.names.push(standing.name);
    groups.set(key, group);
  }
  const out: ScreenLine[] = [];
  for (const { names, standing } of groups.values()) {
    const moved = standing.stage.number !== standing.stageBefore ? ` (was stage ${standing.stageBefore})` : ' (no change)';
    const who = names.length === tableCount && tableCount > 1 ? 'All tables' : names.join(', ');
    out.push(...wrap([{ text: `${who}: `, bold: true }, { text: `${standing.nowLabel} · Stage ${standing.stage.number} ${standing.stage.title}${moved}` }], width, 2));
    if (standing.ending) {
      out.push(...wrap([{ text: `Ending reached: ${standing.ending.title} (${standing.ending.outcome}${standing.ending.resolvedAt === undefined ? ', never resolved' : `, resolved at stage ${standing.ending.resolvedAt}`})`, bold: true, tone: standing.ending.outcome === 'good' ? 'good' : standing.ending.outcome === 'poor' ? 'bad' : 'warn' }], width, 2, 2));
    }
    for (const warning of standing.warnings) out.push(...wrap([{ text: `⚠ Not the process: ${warning.message}`, bold: true, tone: 'warn' }], width, 2, 2));
    for (const missed of standing.newlyMissed) out.push(...wrap([{ text: `! Deadline missed: ${missed.label} (stage ${missed.stage}, due ${missed.dueLabel})`, bold: true, tone: 'bad' }], width, 2, 2));
  }
  return out;
}

/** One choice of a reveal: its number and words, who chose it, and the author's feedback. */
function revealedChoice(state: WorkshopUiState, reveal: RoundReveal, sceneId: string, choice: ChoiceReveal, width: number, markers: boolean): ScreenLine[] {
  const out: ScreenLine[] = [];
  out.push(...wrap([{ text: `${choice.number}) `, bold: true, tone: 'accent' }, { text: choice.label, bold: true }, ...(choice.recommended ? [{ text: ' ★ recommended', bold: true, tone: 'good' as const }] : [])], width, 3));
  // In independent mode the heading already names the table.
  const by = choice.votedBy.length > 0 && !isIndependent(state) ? `Chosen by ${choice.votedBy.join(', ')}` : '';
  if (by) out.push(...wrap([{ text: by, dim: true }], width, 2, 3));
  out.push(...feedbackLines(state.scenario, sceneId, choice, { width: width - 3, markers }).map((line): ScreenLine => [{ text: '   ' }, ...line]));
  return out;
}

/** The reveal of a decision: the choice(s) made with the feedback, where the case now stands, the rest on request. */
function revealBody(state: WorkshopUiState, cycle: DecisionCycle, width: number, markers: boolean): ScreenLine[] {
  const reveal = revealOf(state, cycle.revealed ?? 0);
  const round = state.room.workshop.rounds[cycle.revealed ?? 0]!;
  const out: ScreenLine[] = [...wrap([{ text: reveal.sceneTitle, bold: true, underline: true }], width)];
  if (reveal.kind === 'continue') {
    out.push([], ...wrap([{ text: 'The story moved on.', bold: true }], width));
  } else {
    const total = round.tables.length;
    const heading = isIndependent(state)
      ? `${tableName(state, round.tables[0]!)} chose:`
      : reveal.followed
        ? `The room chose (${DECIDED_BY_WORDS[reveal.decidedBy]}, ${reveal.followed.votedBy.length} of ${total} table${total === 1 ? '' : 's'}):`
        : 'The tables chose:';
    out.push([], ...wrap([{ text: heading, bold: true, tone: 'accent' }], width));
    const followed = reveal.followed;
    const made = followed ? [followed, ...reveal.made.filter((choice) => choice.choiceId !== followed.choiceId)] : reveal.made;
    made.forEach((choice, index) => {
      if (index === 1 && followed) out.push([], ...wrap([{ text: 'Also voted for:', bold: true }], width));
      else if (index > 0) out.push([]);
      out.push(...revealedChoice(state, reveal, round.sceneId, choice, width, markers));
    });
    const recommended = reveal.others.find((choice) => choice.recommended);
    if (recommended && !state.others) out.push([], ...wrap([{ text: `★ The recommended choice was ${recommended.number}) ${recommended.label} `, tone: 'good', bold: true }, { text: '(o shows its feedback)', dim: true }], width, 2));
  }
  out.push([], [{ text: 'Where the case stands now', bold: true, underline: true }], ...standingLines(reveal.tables, width, state.room.workshop.tables.length));
  if (reveal.others.length > 0) {
    if (state.others) {
      out.push([], [{ text: 'The choices nobody made', bold: true, underline: true }]);
      reveal.others.forEach((choice, index) => {
        if (index > 0) out.push([]);
        out.push(...revealedChoice(state, reveal, round.sceneId, choice, width, markers));
      });
    } else out.push([], ...wrap([{ text: `o: the author's feedback on the ${reveal.others.length} choice${reveal.others.length === 1 ? '' : 's'} nobody made`, dim: true }], width));
  }
  if (reveal.note) out.push([], ...wrap([{ text: '✎ Note: ', bold: true }, { text: reveal.note }], width, 2));
  return out;
}

/** What one table is doing, for the neutral overview: never its scene or its choices. */
function tableStatus(state: WorkshopUiState, table: number): ScreenSpan {
  const cycle = cycleOf(state.room, table);
  if (!cycle) return { text: 'finished', dim: true };
  const number = tableDecisionNumber(state.room, table);
  switch (cycle.step) {
    case 'read':
      return { text: `${number} reading` };
    case 'discuss':
      if (cycle.timer.ranOut) return { text: `${number} TIME UP`, bold: true, inverse: true, tone: 'bad' };
      return { text: `${number} discussing ${formatTimeLeft(cycle.timer.remainingMs)} ${cycle.timer.running ? '▶' : '⏸'}`, bold: cycle.timer.running };
    case 'vote':
      return { text: `${number} voting` };
    case 'reveal':
      return { text: `${number} reveal` };
  }
}

/** The overview of independent tables: names and what each is doing, in columns (twenty fit at 80x24). */
function overviewCells(state: WorkshopUiState, width: number): { lines: ScreenLine[]; rowOfCursor: number } {
  const names = state.room.workshop.tables;
  const longest = Math.max(...names.map((name) => [...name].length));
  const statusWidth = 22;
  const nameWidth = Math.min(longest, 24);
  const columns = Math.max(1, Math.min(Math.floor(width / (nameWidth + 4 + statusWidth)), Math.ceil(names.length / 4)));
  const cellWidth = Math.floor(width / columns);
  const nameRoom = Math.max(6, Math.min(nameWidth, cellWidth - statusWidth - 3));
  const cells = names.map((name, table): ScreenLine => {
    const here = table === state.cursor;
    const status = tableStatus(state, table);
    return [{ text: here ? '▶ ' : '  ', tone: 'accent', bold: true }, { text: pad(name, nameRoom), bold: here, inverse: here }, { text: ' ' }, { ...status, text: cut(status.text, Math.max(4, cellWidth - nameRoom - 4)) }];
  });
  const rows = Math.ceil(names.length / columns);
  return { lines: columnsOf(cells, columns, cellWidth), rowOfCursor: state.cursor % rows };
}

function helpLines(state: WorkshopUiState, width: number): ScreenLine[] {
  const out: ScreenLine[] = [];
  out.push(
    ...wrap(
      [
        {
          text: `Each decision goes Read → Discuss → Vote → Reveal, then on to the next. The trainer drives it; the workshop is saved at every step that changes it. Mode: ${state.room.workshop.mode}${isIndependent(state) ? ' (each table moves at its own pace: open a table from the overview; its scene is shown only on its own screen)' : ''}. A presenter's clicker is safe: PgDn/PgUp only page and b or . blanks the screen.`,
        },
      ],
      width,
    ),
  );
  for (const section of WORKSHOP_HELP_KEYS) {
    out.push([], [{ text: section.screen, bold: true, underline: true }]);
    const labelWidth = Math.max(...section.rows.map((row) => row.label.length));
    for (const row of section.rows) out.push(...wrapAfter([{ text: '  ' }, { text: `${row.label.padEnd(labelWidth)}  `, bold: true, tone: 'accent' }], [{ text: row.does }], width));
  }
  out.push([], ...wrap([{ text: 'Ctrl-C leaves at once; the workshop is already saved, and the line left on the terminal says where.', dim: true }], width));
  return out;
}

function quitLines(state: WorkshopUiState, options: LayoutOptions, width: number): ScreenLine[] {
  const out: ScreenLine[] = [[{ text: 'Quit the workshop?', bold: true, underline: true }], []];
  if (state.readOnly !== null) {
    out.push(...wrap([{ text: `This copy only viewed the workshop, which ${state.readOnly} holds: nothing was changed here.` }], width));
  } else if (options.unsaved) {
    out.push(...wrap([{ text: 'NOT SAVED: ', bold: true, tone: 'bad' }, { text: 'the latest change could not be written, so quitting now loses it.' }], width, 2));
    out.push(...wrap([{ text: options.unsaved, dim: true }], width, 2, 2));
    out.push(...wrap([{ text: 'Press n, then w to try saving again.' }], width, 2));
  } else {
    out.push(...wrap([{ text: 'The workshop is saved in ' }, { text: options.path, bold: true }], width, 2));
  }
  out.push([], ...wrap([{ text: 'To carry on later:' }], width), ...wrap([{ text: options.resumeCommand, bold: true }], width, 4, 2));
  return out;
}

/** The footer: the keys of this screen, wrapped whole. */
function footerLines(keys: readonly KeyHint[], width: number): ScreenLine[] {
  const lines: ScreenLine[] = [];
  let line: ScreenLine = [];
  let used = 0;
  for (const key of keys) {
    const size = key.label.length + 1 + key.does.length;
    if (used > 0 && used + 2 + size > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    if (used > 0) line.push({ text: '  ' });
    line.push({ text: key.label, bold: true, tone: 'accent' }, { text: ` ${key.does}` });
    used += (used > 0 ? 2 : 0) + size;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Which block letters the discussion has room for: the biggest that leaves the choices on screen. */
function timerSize(bodyRoom: number, below: number, width: number): BigSize | 0 {
  if (bodyRoom - 7 >= below && width >= 44) return 5;
  if (bodyRoom - 5 >= Math.min(below, 6) && width >= 30) return 3;
  return 0;
}

/**
 * The screen for `state` at the terminal's size.
 * @example
 * workshopLayout(state, { columns: 80, rows: 24, markers: true, unsaved: null, path, resumeCommand }).lines.length; // ≤ 23
 */
export function workshopLayout(state: WorkshopUiState, options: LayoutOptions): Layout {
  const columns = Math.max(20, options.columns);
  const total = Math.max(8, options.rows - 1);
  // One column of margin each side; long text is no wider than a comfortable line.
  const width = columns - 2;
  const text = Math.min(width, 110);
  const { markers } = options;
  const screen = screenOf(state);
  const keys = workshopKeys(state, { unsaved: options.unsaved !== null, reload: options.reload === true, serving: options.live !== undefined });
  const footer = footerLines(keys, width);
  const cycle = focusCycle(state);

  if (screen === 'blank') return { lines: [...Array.from({ length: total - footer.length }, () => []), ...footer.map((line) => line.map((span) => ({ ...span, dim: true, tone: 'muted' as const })))], bodyHeight: 0, maxScroll: 0, keys };

  const banner: ScreenLine[] = [];
  if (state.readOnly !== null) banner.push(...wrap([{ text: `READ-ONLY · held by ${state.readOnly} · you can look, but nothing here is saved`, bold: true, inverse: true, tone: 'warn' }], width).slice(0, 2));
  else if (options.unsaved) banner.push(...wrap([{ text: 'NOT SAVED: ', bold: true, inverse: true, tone: 'bad' }, { text: `${options.unsaved} Press w to try again.`, bold: true, tone: 'bad' }], width).slice(0, 3));
  const notice = state.notice ? wrap([{ text: state.notice, tone: 'warn', bold: true }], width).slice(0, 3) : [[]];
  const chrome = banner.length + notice.length + footer.length;
  const headerRows = total - chrome >= 24 ? 4 : total - chrome >= 12 ? 3 : total - chrome >= 8 ? 2 : 1;

  let header: ScreenLine[];
  let fixed: ScreenLine[] = [];
  let body: ScreenLine[] = [];
  let follow: number | null = null;
  const title = state.scenario.frontmatter.title;
  const overlayCycle = screen === 'note' || screen === 'confirm' || screen === 'quit' || screen === 'help' || screen === 'tables' || screen === 'rename' || screen === 'join' ? undefined : cycle;
  if (overlayCycle && (screen === 'read' || screen === 'discuss' || screen === 'vote' || screen === 'reveal')) header = cycleHeader(state, overlayCycle, width, headerRows);
  else {
    const where: Record<string, string> = {
      overview: 'All tables', debrief: 'Debrief', finished: 'Finished', help: 'Help', quit: 'Quit?', confirm: 'Please confirm', note: "Trainer's note", tables: 'Tables', rename: 'Rename a table', join: 'Join from your phones',
    };
    header = [titleBar(`${title} · ${where[screen] ?? ''}`, undefined, width)];
  }
  const room = total - chrome - header.length;

  switch (screen) {
    case 'read':
      body = readingOf(state, cycle!.decision.view, text, markers);
      break;
    case 'discuss': {
      const choices = [...wrap([{ text: 'The choices', bold: true, underline: true }], text), ...choiceLines(cycle!.decision.view, { width: text, markers })];
      // The author's questions for the room follow the choices; the timer is sized to keep the choices in view.
      const questions = discussLines(state.scenario, cycle!.decision.view, { width: text, markers });
      const size = timerSize(room, choices.length, width);
      fixed = [...timerLines(cycle!.timer, width, size, markers), []];
      body = questions.length > 0 ? [...choices, [], ...questions] : choices;
      break;
    }
    case 'vote':
      fixed = [...votePrompt(state, cycle!, width), []];
      body = voteBody(state, cycle!, width);
      break;
    case 'reveal':
      body = revealBody(state, cycle!, text, markers);
      break;
    case 'finished':
      body = wrap([{ text: `${tableName(state, focusTable(state) ?? 0)} has reached an ending. Esc: back to all tables; d: the debrief.` }], width);
      break;
    case 'overview': {
      const playing = state.room.cycles.length;
      fixed = [
        ...wrap([{ text: `Each table plays its own story at its own pace (${playing} of ${state.room.workshop.tables.length} still playing); the number is the decision it is on. ` }, { text: "A table's scene shows only on its own screen: choose it and press Enter.", dim: true }], width),
        [],
      ];
      const grid = overviewCells(state, width);
      body = grid.lines;
      follow = grid.rowOfCursor;
      break;
    }
    case 'debrief':
      body = workshopDebriefLines(debriefOf(state), text, markers);
      break;
    case 'help':
      body = helpLines(state, text);
      break;
    case 'join':
      body = options.live ? joinLines(state, options.live, width) : wrap([{ text: 'This workshop is not served to phones: start it with --serve.' }], width);
      break;
    case 'quit':
      body = quitLines(state, options, width);
      break;
    case 'confirm': {
      const overlay = state.overlay as Extract<NonNullable<WorkshopUiState['overlay']>, { kind: 'confirm' }>;
      body = [...wrap([{ text: overlay.question, bold: true }], width), ...wrap([{ text: overlay.detail }], width), [], [{ text: 'y', bold: true, tone: 'accent' }, { text: ' yes   ' }, { text: 'n', bold: true, tone: 'accent' }, { text: ' or ' }, { text: 'Esc', bold: true, tone: 'accent' }, { text: ' no' }]];
      break;
    }
    case 'note': {
      const overlay = state.overlay as Extract<NonNullable<WorkshopUiState['overlay']>, { kind: 'note' }>;
      const whose = isIndependent(state) ? ` (${tableName(state, overlay.table)})` : '';
      fixed = [...wrap([{ text: `Note for decision ${overlay.number}${whose}`, bold: true }, { text: ' · saved as you type, kept in the record', dim: true }], width), []];
      body = wrap([{ text: overlay.text }, { text: markers ? '_' : '█', tone: 'accent' }], width - 2).map((line): ScreenLine => [{ text: '│ ', tone: 'accent' }, ...line]);
      follow = body.length - 1;
      break;
    }
    case 'tables':
    case 'rename': {
      const overlay = state.overlay as Extract<NonNullable<WorkshopUiState['overlay']>, { kind: 'tables' | 'rename' }>;
      const current = overlay.kind === 'tables' ? overlay.cursor : overlay.table;
      if (overlay.kind === 'rename') {
        fixed = [...wrap([{ text: `New name for ${tableName(state, overlay.table)} (table ${overlay.table + 1}, at most 32 characters):`, bold: true }], width), [{ text: '> ', tone: 'accent' }, { text: cut(overlay.text, width - 4) }, { text: markers ? '_' : '█', tone: 'accent' }], []];
      } else fixed = [...wrap([{ text: 'The names are kept in the record. Choose a table and press Enter to rename it.' }], width), []];
      const names = state.room.workshop.tables;
      const columns = Math.max(1, Math.min(Math.ceil(names.length / 10), Math.floor(width / 38)));
      const cellWidth = Math.floor(width / columns);
      body = columnsOf(names.map((name, index): ScreenLine => [{ text: index === current ? '▶ ' : '  ', tone: 'accent' }, { text: cut(`${index + 1}. ${name}`, cellWidth - 3), bold: index === current, inverse: index === current }]), columns, cellWidth);
      follow = current % Math.ceil(names.length / columns);
      break;
    }
  }

  // The body's window: the fixed part first (cut if the terminal is tiny), then as much of the body as fits.
  fixed = fixed.slice(0, Math.max(0, room - 1));
  const bodyHeight = Math.max(1, room - fixed.length);
  const overflow = body.length > bodyHeight;
  const windowRows = overflow ? bodyHeight - 1 : bodyHeight;
  const maxScroll = Math.max(0, body.length - windowRows);
  let scroll = Math.min(state.scroll, maxScroll);
  if (follow !== null) scroll = Math.min(maxScroll, Math.max(0, follow - windowRows + 1, Math.min(scroll, follow)));
  const shown = body.slice(scroll, scroll + windowRows);
  if (overflow) {
    const end = scroll + shown.length;
    const more = end < body.length;
    const paged = follow === null;
    const words = more ? (paged ? '▼ more: PgDn or Space' : '▼ more below') : paged ? '▲ the end: PgUp to go back' : '▲ more above';
    shown.push([{ text: cut(`${words} · lines ${scroll + 1}–${end} of ${body.length}`, width), dim: true, tone: 'muted' }]);
  }
  const gap = Math.max(0, room - fixed.length - shown.length);
  const lines = [...banner, ...header, ...fixed, ...shown, ...Array.from({ length: gap }, (): ScreenLine => []), ...notice, ...footer].slice(0, total);
  return { lines, bodyHeight: windowRows, maxScroll, keys };
}
