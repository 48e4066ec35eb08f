import { describe, expect, it } from 'vitest';
import { countdownText } from '../../../cli/app/countdown-text.js';
import { choose, startSession } from '../../../engine/runner/session-moves.js';
import { viewSession } from '../../../engine/runner/view-session.js';
import { bundled } from '../../engine/workshop/load-bundled.js';

const scenario = bundled('closing-too-soon');

describe('countdownText', () => {
  it('gives the time left in one unit at a time, in the words the site uses', () => {
    let session = startSession(scenario);
    const seen: string[] = [];
    // Along the recommended path: each countdown is working days or hours and minutes, never both.
    for (const choice of ['ask-for-time-tomorrow', 'start-with-amara', 'call-bea']) {
      const view = viewSession(scenario, session);
      seen.push(countdownText(view));
      if (view.nextDeadline) expect(countdownText(view)).toContain(view.nextDeadline.leftLabel);
      session = choose(scenario, session, choice);
    }
    for (const text of seen) expect(text).not.toMatch(/working days? left, \d+ h/);
    expect(seen[0]).toMatch(/^Aim to resolve \(aim\): 1 working day left \(due Tue 6 Oct 2026, 15:30\)$/);
  });
});
