import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTableName,
  currentDecision,
  decideRound,
  leadingChoices,
  nextDecisionNumber,
  openDecisions,
  renameTable,
  setNote,
  startWorkshop,
  tallyVotes,
  undoRound,
  undoTableRound,
  workshopSessions,
} from '../../../engine/workshop/workshop-play.js';
import { restoreWorkshop, serialiseWorkshop } from '../../../engine/workshop/serialise-workshop.js';
import { WorkshopError } from '../../../engine/workshop/workshop-error.js';
import { viewSession, viewSession as view } from '../../../engine/runner/view-session.js';
import { bundled } from './load-bundled.js';

const scenario = bundled('closing-too-soon');
// cin-review choices: 1 ask-for-time-tomorrow (recommended), 2 wait-and-see, 3 angry-email, 4 email-partnership

function tieError(run: () => unknown): WorkshopError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkshopError) return error;
    throw error;
  }
  throw new Error('expected a WorkshopError');
}

describe('startWorkshop', () => {
  it('names the tables and starts with no rounds', () => {
    const workshop = startWorkshop(scenario, { tables: 3 });
    expect(workshop).toMatchObject({ tables: ['Table 1', 'Table 2', 'Table 3'], mode: 'majority', minutes: 3, rounds: [] });
  });

  it('refuses a room with no tables, with a hint', () => {
    expect(() => startWorkshop(scenario, { tables: 0 })).toThrow(WorkshopError);
  });
});

describe('currentDecision', () => {
  it('puts every table at the first scene to begin with', () => {
    const decision = currentDecision(scenario, startWorkshop(scenario, { tables: 4 }));
    expect(decision?.tables).toEqual([0, 1, 2, 3]);
    expect(decision?.view.node.id).toBe('cin-review');
  });
});

describe('tallyVotes', () => {
  it('lists the tables behind each choice in choice order', () => {
    const choices = (view(scenario, workshopSessions(scenario, startWorkshop(scenario, { tables: 3 }))[0]!).node as unknown as { choices: never[] }).choices;
    const tally = tallyVotes(choices, ['wait-and-see', 'ask-for-time-tomorrow', 'wait-and-see'], ['A', 'B', 'C']);
    expect(tally.map((entry) => entry.tables)).toEqual([['B'], ['A', 'C'], [], []]);
    expect(leadingChoices(tally)).toEqual(['wait-and-see']);
  });
});

describe('decideRound', () => {
  it('follows the majority and moves every table on together', () => {
    const workshop = decideRound(scenario, startWorkshop(scenario, { tables: 3 }), [1, 1, 2]);
    expect(workshop.rounds[0]).toMatchObject({ decided: 'ask-for-time-tomorrow', decidedBy: 'majority' });
    const sessions = workshopSessions(scenario, workshop);
    expect(sessions.map((session) => viewSession(scenario, session).node.id)).toEqual(['evening-planning', 'evening-planning', 'evening-planning']);
  });

  it('asks the trainer to break a tie, naming the tied choices', () => {
    const start = startWorkshop(scenario, { tables: 2 });
    const error = tieError(() => decideRound(scenario, start, [1, 2]));
    expect(error.code).toBe('tie');
    expect(error.tied).toEqual(['ask-for-time-tomorrow', 'wait-and-see']);
    const broken = decideRound(scenario, start, [1, 2], { trainerPick: '2' });
    expect(broken.rounds[0]).toMatchObject({ decided: 'wait-and-see', decidedBy: 'tie-break' });
  });

  it('does not let the trainer break a tie with a choice no table made', () => {
    const start = startWorkshop(scenario, { tables: 2 });
    expect(tieError(() => decideRound(scenario, start, [1, 2], { trainerPick: '3' })).code).toBe('tie');
  });

  it('in trainer mode follows the trainer even against the majority', () => {
    const start = startWorkshop(scenario, { tables: 3, mode: 'trainer' });
    expect(tieError(() => decideRound(scenario, start, [1, 1, 1])).code).toBe('trainer-pick');
    expect(decideRound(scenario, start, [1, 1, 1], { trainerPick: '3' }).rounds[0]?.decided).toBe('angry-email');
  });

  it('in independent mode sends each table its own way, then takes one scene at a time', () => {
    let workshop = decideRound(scenario, startWorkshop(scenario, { tables: 3, mode: 'independent' }), [1, 2, 1]);
    const nodes = workshopSessions(scenario, workshop).map((session) => viewSession(scenario, session).node.id);
    expect(nodes).toEqual(['evening-planning', 'closure-letter', 'evening-planning']);
    const next = currentDecision(scenario, workshop)!;
    // Tables standing at the same scene decide together.
    expect(next.tables).toEqual(nodes.flatMap((node, table) => (node === next.view.node.id ? [table] : [])));
    workshop = decideRound(scenario, workshop, next.tables.map(() => 1));
    expect(workshop.rounds).toHaveLength(2);
  });

  it('rejects a vote that is not a choice, listing the choices', () => {
    const error = tieError(() => decideRound(scenario, startWorkshop(scenario, { tables: 1 }), [9]));
    expect(error.code).toBe('bad-vote');
    expect(error.hint).toContain('1) ');
  });
});

describe('undoRound', () => {
  it('takes the room back to the previous decision', () => {
    const start = startWorkshop(scenario, { tables: 2 });
    const after = decideRound(scenario, start, [1, 1]);
    expect(currentDecision(scenario, undoRound(after))?.view.node.id).toBe('cin-review');
  });
});

describe('restoreWorkshop', () => {
  it('round-trips any sequence of majority votes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rounds) => {
        let workshop = startWorkshop(scenario, { tables: 3 });
        for (const votes of rounds) {
          const decision = currentDecision(scenario, workshop);
          if (!decision || decision.view.node.kind !== 'scene') break;
          const count = decision.view.node.choices.length || 1;
          const fitted = votes.map((vote) => ((vote - 1) % count) + 1);
          try {
            workshop = decideRound(scenario, workshop, decision.kind === 'continue' ? [] : fitted, { trainerPick: String(fitted[0]) });
          } catch (error) {
            if (!(error instanceof WorkshopError)) throw error;
          }
        }
        const restored = restoreWorkshop(serialiseWorkshop(workshop), scenario);
        expect(restored.workshop).toEqual(workshop);
        expect(restored.scenarioChanged).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses damaged JSON and other versions with a clear message', () => {
    expect(() => restoreWorkshop('{"formatVersion": 1, "rou')).toThrow(/damaged/);
    expect(() => restoreWorkshop(JSON.stringify({ ...startWorkshop(scenario, { tables: 1 }), formatVersion: 0 }))).toThrow(/older version/);
  });

  it('refuses a workshop of another scenario', () => {
    const other = bundled('bruise-at-pickup');
    expect(() => restoreWorkshop(serialiseWorkshop(startWorkshop(scenario, { tables: 1 })), other)).toThrow(/belongs to "closing-too-soon"/);
  });
});

describe('startWorkshop with named tables', () => {
  it('keeps the names, tidied, and refuses blank, repeated, overlong or too many names', () => {
    expect(startWorkshop(scenario, { tables: ['  Police ', 'Health', "Children's  social care"] }).tables).toEqual(['Police', 'Health', "Children's social care"]);
    expect(() => startWorkshop(scenario, { tables: ['Police', 'police'] })).toThrow(/cannot both be called "police"/);
    expect(() => startWorkshop(scenario, { tables: ['Police', ' '] })).toThrow(/blank/);
    expect(() => startWorkshop(scenario, { tables: ['x'.repeat(33)] })).toThrow(/at most 32 characters/);
    expect(() => startWorkshop(scenario, { tables: Array.from({ length: 21 }, (_, index) => `T${index}`) })).toThrow(/1 to 20 tables/);
    expect(() => startWorkshop(scenario, { tables: 2.5 })).toThrow(WorkshopError);
  });
});

describe('checkTableName', () => {
  it('accepts a fresh name and says what is wrong with a bad one', () => {
    expect(checkTableName(' School ', ['Police'])).toEqual({ name: 'School' });
    expect(checkTableName('Police', ['Police'])).toHaveProperty('problem');
  });
});

describe('renameTable', () => {
  it('renames one table, and the debrief and votes follow the new name', () => {
    const workshop = renameTable(startWorkshop(scenario, { tables: 2 }), 1, 'Health');
    expect(workshop.tables).toEqual(['Table 1', 'Health']);
    expect(() => renameTable(workshop, 0, 'health')).toThrow(WorkshopError);
    expect(() => renameTable(workshop, 5, 'Police')).toThrow(/no table 6/);
  });
});

describe('setNote', () => {
  it('keeps a note for the decision in front of the room, and removes a blank one', () => {
    const start = startWorkshop(scenario, { tables: 2 });
    const noted = setNote(start, nextDecisionNumber(start), 'They wanted a strategy meeting.');
    expect(noted.notes).toEqual({ 1: 'They wanted a strategy meeting.' });
    const decided = decideRound(scenario, noted, [1, 1]);
    expect(nextDecisionNumber(decided)).toBe(2);
    expect(setNote(decided, 1, '  ').notes).toEqual({});
    expect(() => setNote(decided, 0, 'x')).toThrow(WorkshopError);
  });
});

describe('openDecisions in independent mode', () => {
  it('offers every table its own decision, so a table can decide before the one behind it', () => {
    let workshop = startWorkshop(scenario, { tables: 3, mode: 'independent' });
    expect(openDecisions(scenario, workshop).map((decision) => decision.tables)).toEqual([[0], [1], [2]]);
    workshop = decideRound(scenario, workshop, [1], { table: 2 });
    workshop = decideRound(scenario, workshop, [4], { table: 0 });
    const nodes = workshopSessions(scenario, workshop).map((session) => viewSession(scenario, session).node.id);
    expect(nodes[1]).toBe('cin-review');
    expect(nodes[0]).not.toBe('cin-review');
    expect(nodes[2]).toBe('evening-planning');
    // Table 3 decides again while table 2 has still not decided once.
    workshop = decideRound(scenario, workshop, [1], { table: 2 });
    expect(workshop.rounds.map((round) => round.tables)).toEqual([[2], [0], [2]]);
  });

  it('refuses one table deciding outside independent mode, or a table that does not exist', () => {
    expect(() => decideRound(scenario, startWorkshop(scenario, { tables: 2 }), [1], { table: 0 })).toThrow(/independently/);
    expect(() => decideRound(scenario, startWorkshop(scenario, { tables: 2, mode: 'independent' }), [1], { table: 4 })).toThrow(/no table 5/);
  });

  it('gives the room one decision in majority mode, and none at the end', () => {
    expect(openDecisions(scenario, startWorkshop(scenario, { tables: 3 }))).toHaveLength(1);
  });
});

describe('undoTableRound', () => {
  it('takes back one table’s last decision and leaves the other tables where they are', () => {
    let workshop = startWorkshop(scenario, { tables: 2, mode: 'independent' });
    workshop = decideRound(scenario, workshop, [1], { table: 0 });
    workshop = decideRound(scenario, workshop, [2], { table: 1 });
    workshop = undoTableRound(workshop, 0);
    expect(workshop.rounds.map((round) => round.tables)).toEqual([[1]]);
    expect(() => undoTableRound(workshop, 0)).toThrow(/has not decided/);
  });

  it('refuses to take back a decision several tables took together', () => {
    const workshop = decideRound(scenario, startWorkshop(scenario, { tables: 2, mode: 'independent' }), [1, 1]);
    expect(() => undoTableRound(workshop, 0)).toThrow(/several tables together/);
  });
});

describe('restoreWorkshop, format 2', () => {
  it('keeps notes and discussion times through saving', () => {
    let workshop = setNote(startWorkshop(scenario, { tables: 2 }), 1, 'A note');
    workshop = decideRound(scenario, workshop, [1, 1], { discussedMs: 125_400 });
    const { workshop: back } = restoreWorkshop(serialiseWorkshop(workshop), scenario);
    expect(back.notes).toEqual({ 1: 'A note' });
    expect(back.rounds[0]?.discussedMs).toBe(125_400);
  });

  it('reads a workshop saved in format 1, with no notes', () => {
    const workshop = decideRound(scenario, startWorkshop(scenario, { tables: 2 }), [1, 1]);
    const { notes: _notes, ...version1 } = { ...workshop, formatVersion: 1 };
    const { workshop: back } = restoreWorkshop(JSON.stringify(version1), scenario);
    expect(back).toMatchObject({ formatVersion: 2, notes: {}, rounds: workshop.rounds });
  });

  it('refuses notes that belong to no decision number', () => {
    const text = JSON.stringify({ ...startWorkshop(scenario, { tables: 1 }), notes: { first: 'x' } });
    expect(() => restoreWorkshop(text)).toThrow(/expected shape/);
  });
});
