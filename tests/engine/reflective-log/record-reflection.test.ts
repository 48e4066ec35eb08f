import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReflectiveLog, type ReflectiveLogEntry } from '../../../engine/reflective-log/reflective-log.js';
import { playThroughOf, recordReflection } from '../../../engine/reflective-log/record-reflection.js';
import { wrapStored } from '../../../engine/storage/stored-envelope.js';

function entry(overrides: Partial<ReflectiveLogEntry> = {}): ReflectiveLogEntry {
  return {
    scenarioId: 'closing-too-soon',
    scenarioTitle: 'Closing too soon',
    promptId: 'plan-the-call',
    kind: 'reflect',
    phase: 'before',
    prompt: 'What do you want to achieve?',
    text: 'Keep the case open.',
    updatedAt: '2026-12-18T10:00:00.000Z',
    ...overrides,
  };
}

/** A saved session as the player stores it, holding `text` for the prompt (or no write at all). */
function storedSession(savedAt: string, text?: string): string {
  const steps = text === undefined ? [] : [{ type: 'write', promptId: 'plan-the-call', text, recordedAt: savedAt }];
  return wrapStored('session', JSON.stringify({ formatVersion: 1, scenarioId: 'closing-too-soon', scenarioDigest: 'x', steps }), savedAt);
}

describe('playThroughOf', () => {
  it('reads the save time and the last text written for the prompt', () => {
    const saved = wrapStored(
      'session',
      JSON.stringify({ steps: [{ type: 'write', promptId: 'plan-the-call', text: 'one' }, { type: 'choose', choiceId: 'c' }, { type: 'write', promptId: 'plan-the-call', text: 'two' }, { type: 'write', promptId: 'other', text: 'x' }] }),
      '2026-12-18T10:00:00.000Z',
    );
    expect(playThroughOf(saved, 'plan-the-call')).toEqual({ mark: '2026-12-18T10:00:00.000Z', text: 'two' });
    expect(playThroughOf(saved, 'unwritten')).toEqual({ mark: '2026-12-18T10:00:00.000Z', text: null });
  });

  it('reads anything unreadable as nothing saved, and never throws', () => {
    expect(playThroughOf(null, 'p')).toEqual({ mark: null, text: null });
    expect(playThroughOf('{{{', 'p')).toEqual({ mark: null, text: null });
    expect(playThroughOf(wrapStored('reflective-log', {}, 'x'), 'p')).toEqual({ mark: null, text: null });
    expect(playThroughOf(wrapStored('session', '{"steps":', 'x'), 'p')).toEqual({ mark: 'x', text: null });
    fc.assert(fc.property(fc.string(), (text) => void playThroughOf(text, 'p')));
  });
});

describe('recordReflection', () => {
  it('replaces the current version while the learner types in the same play-through', () => {
    // First keystrokes before anything is saved to the play-through, then after the pause saves it.
    let log = recordReflection(emptyReflectiveLog(), entry({ text: 'K' }), playThroughOf(null, 'plan-the-call'));
    log = recordReflection(log, entry({ text: 'Ke' }), playThroughOf(null, 'plan-the-call'));
    log = recordReflection(log, entry({ text: 'Kee' }), playThroughOf(storedSession('2026-12-18T10:00:01.000Z', 'Ke'), 'plan-the-call'));
    expect(log.entries.map((e) => e.text)).toEqual(['Kee']);
    log = recordReflection(log, entry({ text: 'Keep' }), playThroughOf(storedSession('2026-12-18T10:00:01.000Z', 'Ke'), 'plan-the-call'));
    log = recordReflection(log, entry({ text: 'Keep it' }), playThroughOf(storedSession('2026-12-18T10:00:05.000Z', 'Keep'), 'plan-the-call'));
    expect(log.entries.map((e) => [e.text, e.playMark])).toEqual([['Keep it', '2026-12-18T10:00:05.000Z']]);
  });

  it('keeps the earlier version when the scenario is replayed, and edits only the new one', () => {
    let log = recordReflection(emptyReflectiveLog(), entry({ text: 'First play' }), playThroughOf(storedSession('2026-12-18T10:00:00.000Z'), 'plan-the-call'));
    // Restart: the play-through is saved afresh with nothing written for the prompt.
    const restarted = storedSession('2026-12-18T10:30:00.000Z');
    log = recordReflection(log, entry({ text: 'S', updatedAt: '2026-12-18T10:31:00.000Z' }), playThroughOf(restarted, 'plan-the-call'));
    log = recordReflection(log, entry({ text: 'Second play', updatedAt: '2026-12-18T10:31:01.000Z' }), playThroughOf(restarted, 'plan-the-call'));
    expect(log.entries.map((e) => e.text)).toEqual(['First play', 'Second play']);
  });

  it('keeps a version written before the log had versions (no mark) when a play-through is saved', () => {
    const old = { ...emptyReflectiveLog(), entries: [entry({ text: 'Written in 2025' })] };
    const log = recordReflection(old, entry({ text: 'New', updatedAt: '2026-12-19T10:00:00.000Z' }), playThroughOf(storedSession('2026-12-19T09:00:00.000Z'), 'plan-the-call'));
    expect(log.entries.map((e) => e.text)).toEqual(['Written in 2025', 'New']);
  });

  it('clears the current version of this play-through, never an earlier one', () => {
    let log = recordReflection(emptyReflectiveLog(), entry({ text: 'First play' }), { mark: 'a', text: 'First play' });
    expect(recordReflection(log, entry({ text: '' }), { mark: 'b', text: null }).entries).toHaveLength(1);
    log = recordReflection(log, entry({ text: 'Second', updatedAt: '2026-12-19T10:00:00.000Z' }), { mark: 'b', text: null });
    expect(recordReflection(log, entry({ text: '  ', updatedAt: '2026-12-19T10:01:00.000Z' }), { mark: 'b', text: null }).entries.map((e) => e.text)).toEqual(['First play']);
  });

  it('never removes an earlier version, whatever is typed in whichever play-through', () => {
    const save = fc.record({ text: fc.constantFrom('', 'a', 'b', 'ab'), mark: fc.constantFrom(null, 'm1', 'm2', 'm3'), sessionText: fc.constantFrom(null, 'a', 'b') });
    fc.assert(
      fc.property(fc.array(save, { maxLength: 15 }), (saves) => {
        let log = emptyReflectiveLog();
        saves.forEach((step, index) => {
          const before = log.entries.slice(0, -1);
          log = recordReflection(log, entry({ text: step.text, updatedAt: `2026-12-18T10:${String(index).padStart(2, '0')}:00.000Z` }), { mark: step.mark, text: step.sessionText });
          // Only the current (last) version may change or go.
          expect(log.entries.slice(0, before.length)).toEqual(before);
          expect(log.entries.every((e) => e.text.trim() !== '')).toBe(true);
        });
      }),
    );
  });
});
