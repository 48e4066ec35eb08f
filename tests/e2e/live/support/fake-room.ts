import type { RefusalCode, ServerMessage } from '../../../../engine/workshop/live/live-protocol.js';
import type { FakeScript } from './fake-live-server.js';
import { ROOM, TABLES, TITLE, TOKENS } from './live-fixtures.js';

/** A room the fake server plays: who sits where, what the tables see, whether votes are acknowledged. */
export interface FakeRoom {
  /** The view sent after `seated`, and what a test broadcasts; null for none yet. */
  view: ServerMessage | null;
  /** When true, each vote is answered `received` at once. */
  acknowledgeVotes: boolean;
  /** Refusals for the next votes, one per vote in order, each naming the vote's ballot; once used up, `acknowledgeVotes` applies again. */
  voteRefusals: Array<{ code: RefusalCode; message: string; hint: string }>;
  /** Which tables have a phone (Table 1 from the start). */
  taken: Set<number>;
  /** The script to give the fake server. */
  script: FakeScript;
}

const WRONG_ROOM: ServerMessage = {
  type: 'refused',
  code: 'wrong-room',
  message: 'That code is not for the workshop running on this laptop',
  hint: "Check the room code on the trainer's screen and enter it again.",
};

/**
 * The room as a real server would run it for one test, small enough to
 * read: the lobby on connecting; `join` and `hello` checked against the
 * code, the seats and the tokens; votes refused or acknowledged when asked to.
 *
 * @example
 * ```ts
 * const room = fakeRoom();
 * server.script = room.script;
 * room.view = viewAt('read');
 * ```
 */
export function fakeRoom(): FakeRoom {
  const room: FakeRoom = {
    view: null,
    acknowledgeVotes: true,
    voteRefusals: [],
    taken: new Set(TABLES.filter((table) => table.taken).map((table) => table.index)),
    script: {},
  };
  const lobby = (): ServerMessage => ({ type: 'lobby', title: TITLE, tables: TABLES.map((table) => ({ ...table, taken: room.taken.has(table.index) })) });
  room.script = {
    onConnect: (phone) => phone.send(lobby()),
    onMessage: (message, phone) => {
      if (message.code !== ROOM) {
        phone.send(WRONG_ROOM);
        return;
      }
      const name = TABLES[message.table]?.name ?? `Table ${message.table + 1}`;
      const token = TOKENS[message.table] ?? TOKENS[0];
      switch (message.type) {
        case 'join':
          if (room.taken.has(message.table)) {
            phone.send({ type: 'refused', code: 'seat-taken', message: `${name} already has a phone`, hint: 'Choose your own table, or ask the trainer to free this seat.' });
            return;
          }
          room.taken.add(message.table);
          phone.send({ type: 'seated', table: message.table, name, token });
          if (room.view) phone.send(room.view);
          return;
        case 'hello':
          if (message.token !== token) {
            phone.send({ type: 'refused', code: 'bad-token', message: 'This phone’s seat is no longer held', hint: 'Choose your table again.' });
            return;
          }
          phone.send({ type: 'seated', table: message.table, name, token });
          if (room.view) phone.send(room.view);
          return;
        case 'vote': {
          const refusal = room.voteRefusals.shift();
          if (refusal) {
            phone.send({ type: 'refused', ...refusal, ballot: message.ballot });
            return;
          }
          if (room.acknowledgeVotes) phone.send({ type: 'received', ballot: message.ballot, decision: message.decision, choice: message.choice });
          return;
        }
        case 'advance':
          // The test moves the table on itself, by broadcasting the next view.
          return;
      }
    },
  };
  return room;
}
