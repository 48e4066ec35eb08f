/**
 * The messages between a table's phone and the workshop server on the
 * trainer's laptop, over one WebSocket at `/live`. Plain JSON, one object
 * per message, each under {@link MAX_MESSAGE_BYTES}. The phone's page and
 * the server both use these types and {@link readClientMessage}, so the two
 * can never disagree about the shape.
 *
 * A phone first gets the `lobby` (the tables and which are taken), then
 * sends `join` (a free seat) or `hello` (a seat it already holds, with its
 * token, after a reload or a dropped Wi-Fi). Every message after that
 * carries the room code, the table and the seat's token. A `vote` carries a
 * ballot id the phone made, so a vote sent again after a reconnect is
 * counted once; the server says `received` only once the vote is on disk.
 */

/** The longest message either side sends, in bytes of UTF-8: a vote is about 150. */
export const MAX_MESSAGE_BYTES = 2048;

/** The path of the WebSocket on the workshop server. */
export const LIVE_PATH = '/live';

/** A room code: 6 characters a phone keyboard types without confusion (no 0/O, 1/I/L). */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** The length of a room code. */
export const ROOM_CODE_LENGTH = 6;

/** A seat token: 32 hexadecimal digits (128 random bits). */
export const SEAT_TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** A ballot id made by the phone: 8 to 64 letters, digits, hyphens or underscores. */
export const BALLOT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** What a phone sends. */
export type ClientMessage =
  /** Takes a free table seat. */
  | { type: 'join'; code: string; table: number }
  /** Takes back a seat this phone holds (after a reload or reconnect). */
  | { type: 'hello'; code: string; table: number; token: string }
  /**
   * The table's vote at its decision number `decision` (see
   * {@link ParticipantView.decision}); `choice` is the choice id. A vote sent
   * again with the same ballot id is counted once; a new ballot id at the
   * same decision replaces the table's earlier vote until the trainer
   * records the decision.
   */
  | { type: 'vote'; code: string; table: number; token: string; decision: number; choice: string; ballot: string }
  /**
   * Independent mode only: the table moves its own decision on from step
   * `from` (read → discuss → vote → reveal → the next decision). Sent twice,
   * it moves once: the server does nothing unless the table is at `from` at
   * that decision.
   */
  | { type: 'advance'; code: string; table: number; token: string; decision: number; from: AdvanceStep };

/** The steps a table's phone can move on from, in independent mode. */
export type AdvanceStep = 'read' | 'discuss' | 'vote' | 'reveal';

/** One table as the lobby shows it. */
export interface LobbyTable {
  /** 0-based. */
  index: number;
  name: string;
  /** True when a phone holds this seat. */
  taken: boolean;
}

/** Why the server turned a message down; `code` is for the page's logic, `message` and `hint` are for people. */
export type RefusalCode =
  | 'bad-message'
  | 'wrong-room'
  | 'no-such-table'
  | 'seat-taken'
  | 'bad-token'
  | 'not-voting'
  | 'stale-decision'
  | 'no-such-choice'
  | 'too-many-messages'
  | 'not-saved'
  | 'read-only';

/** What the server sends. */
export type ServerMessage =
  /** On connecting, and whenever a seat is taken: the room's tables. */
  | { type: 'lobby'; title: string; tables: LobbyTable[] }
  /** The seat is this phone's: keep the token (the page stores it for this room). */
  | { type: 'seated'; table: number; name: string; token: string }
  /** What this table's phone shows now; sent on every change of the room. */
  | { type: 'view'; view: ParticipantView }
  /** The vote is on the trainer's disk and counted. */
  | { type: 'received'; ballot: string; decision: number; choice: string }
  | { type: 'refused'; code: RefusalCode; message: string; hint: string; ballot?: string };

/** A choice as the phone shows it. */
export interface ParticipantChoice {
  /** The choice id, sent back in a vote. */
  id: string;
  /** Its number, as the projector shows it. */
  number: number;
  label: string;
}

/** One line of the room's split at the reveal. */
export interface ParticipantTallyLine {
  number: number;
  label: string;
  /** How many tables chose it. */
  count: number;
  /** True when this table chose it. */
  mine: boolean;
  /** True when the room (or this table) follows it. */
  followed: boolean;
}

/**
 * What a table's phone shows: the step the room (or, in independent mode,
 * the table) is at, and what the room sees at that step. Scene and feedback
 * text come as HTML made from the scenario's Markdown with raw HTML dropped.
 */
export interface ParticipantView {
  /** The step; `waiting` before the trainer starts, `finished` once the table has reached an ending. */
  step: 'read' | 'discuss' | 'vote' | 'reveal' | 'finished';
  table: number;
  tableName: string;
  title: string;
  /** The table's decision number (1 for its first): votes name it. */
  decision: number;
  /** Simulated time in the story, e.g. "Tue 2 Dec 2025, 10:15". */
  clockLabel: string;
  /** e.g. "Stage 2: Discuss with your line manager". */
  stageLabel: string;
  /** The scene, as HTML, while reading and discussing (and at the vote, for reference). */
  sceneHtml: string | null;
  /** The author's questions for the room, as HTML, while discussing. */
  discussHtml: string | null;
  /** The discussion timer while discussing. */
  timer: { remainingMs: number; running: boolean; ranOut: boolean } | null;
  /** The choices at the vote (and at the reveal). */
  choices: ParticipantChoice[];
  /** This table's vote at this decision (a choice id), or null. */
  myVote: string | null;
  /** At the reveal: the split and the choice followed, with the author's feedback as HTML. */
  result: { tally: ParticipantTallyLine[]; followedLabel: string | null; feedbackHtml: string } | null;
  /** At the end: the ending's title and what it means, as HTML. */
  endingHtml: string | null;
  /** A sentence for the table about what happens next, e.g. "Waiting for the trainer to open the vote." */
  waitingFor: string;
  /**
   * Independent mode: the button that moves the table on from this step
   * (sent as an `advance` from `step`), e.g. "Start our discussion"; null
   * when the trainer moves the room on, or when the table cannot yet (no vote).
   */
  advance: { label: string } | null;
}

/** A message from a phone, or what is wrong with it. */
export type ReadMessage = { ok: true; message: ClientMessage } | { ok: false; problem: string };

function isTable(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100;
}

function isCode(value: unknown): value is string {
  return typeof value === 'string' && value.length === ROOM_CODE_LENGTH && [...value].every((char) => ROOM_CODE_ALPHABET.includes(char));
}

/**
 * Reads a phone's message from the text received: checked by hand (the
 * page and server share this, and the browser face carries no schema
 * library), with unknown fields refused rather than ignored.
 * @example
 * readClientMessage('{"type":"join","code":"K7M4QP","table":0}'); // { ok: true, message: … }
 */
export function readClientMessage(text: string): ReadMessage {
  if (new TextEncoder().encode(text).length > MAX_MESSAGE_BYTES) return { ok: false, problem: `A message is at most ${MAX_MESSAGE_BYTES} bytes.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'A message must be JSON.' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'A message must be a JSON object.' };
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (!isCode(record.code)) return { ok: false, problem: `The room code is ${ROOM_CODE_LENGTH} letters and digits.` };
  if (!isTable(record.table)) return { ok: false, problem: 'The table must be a table number.' };
  switch (record.type) {
    case 'join':
      if (keys !== 'code,table,type') return { ok: false, problem: 'A join has a code and a table only.' };
      return { ok: true, message: { type: 'join', code: record.code, table: record.table } };
    case 'hello':
      if (keys !== 'code,table,token,type') return { ok: false, problem: 'A hello has a code, a table and a token only.' };
      if (typeof record.token !== 'string' || !SEAT_TOKEN_PATTERN.test(record.token)) return { ok: false, problem: 'The seat token is not one this server gives.' };
      return { ok: true, message: { type: 'hello', code: record.code, table: record.table, token: record.token } };
    case 'vote': {
      if (keys !== 'ballot,choice,code,decision,table,token,type') return { ok: false, problem: 'A vote has a code, a table, a token, a decision, a choice and a ballot only.' };
      if (typeof record.token !== 'string' || !SEAT_TOKEN_PATTERN.test(record.token)) return { ok: false, problem: 'The seat token is not one this server gives.' };
      if (typeof record.decision !== 'number' || !Number.isInteger(record.decision) || record.decision < 1 || record.decision > 10_000) return { ok: false, problem: 'The decision must be a decision number.' };
      if (typeof record.choice !== 'string' || record.choice.length < 1 || record.choice.length > 200) return { ok: false, problem: 'The choice must be a choice id.' };
      if (typeof record.ballot !== 'string' || !BALLOT_ID_PATTERN.test(record.ballot)) return { ok: false, problem: 'The ballot id must be 8 to 64 letters, digits, hyphens or underscores.' };
      return { ok: true, message: { type: 'vote', code: record.code, table: record.table, token: record.token, decision: record.decision, choice: record.choice, ballot: record.ballot } };
    }
    case 'advance': {
      if (keys !== 'code,decision,from,table,token,type') return { ok: false, problem: 'An advance has a code, a table, a token, a decision and a step only.' };
      if (typeof record.token !== 'string' || !SEAT_TOKEN_PATTERN.test(record.token)) return { ok: false, problem: 'The seat token is not one this server gives.' };
      if (typeof record.decision !== 'number' || !Number.isInteger(record.decision) || record.decision < 1 || record.decision > 10_000) return { ok: false, problem: 'The decision must be a decision number.' };
      if (record.from !== 'read' && record.from !== 'discuss' && record.from !== 'vote' && record.from !== 'reveal') return { ok: false, problem: 'The step must be read, discuss, vote or reveal.' };
      return { ok: true, message: { type: 'advance', code: record.code, table: record.table, token: record.token, decision: record.decision, from: record.from } };
    }
    default:
      return { ok: false, problem: 'A message is a join, a hello, a vote or an advance.' };
  }
}
