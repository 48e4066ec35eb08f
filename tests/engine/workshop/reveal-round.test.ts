import { describe, expect, it } from 'vitest';
import { decideRound, startWorkshop } from '../../../engine/workshop/workshop-play.js';
import { revealRound } from '../../../engine/workshop/reveal-round.js';
import { bundled } from './load-bundled.js';

const scenario = bundled('closing-too-soon');
// cin-review choices: 1 ask-for-time-tomorrow (recommended), 2 wait-and-see, 3 angry-email, 4 email-partnership
const tables = ['Police', 'Health', 'School', 'Children’s social care'];

describe('revealRound', () => {
  it('shows the author’s feedback for every choice made, marks the recommended one, and keeps the rest for asking', () => {
    const workshop = decideRound(scenario, startWorkshop(scenario, { tables }), [1, 1, 2, 4], { discussedMs: 150_000 });
    const reveal = revealRound(scenario, workshop);
    expect(reveal.sceneTitle).toBe('Monday 5 October, 3.30pm: the child-in-need review');
    expect(reveal.followed).toMatchObject({ choiceId: 'ask-for-time-tomorrow', recommended: true, followedBy: tables });
    expect(reveal.made.map((choice) => [choice.choiceId, choice.votedBy])).toEqual([
      ['ask-for-time-tomorrow', ['Police', 'Health']],
      ['wait-and-see', ['School']],
      ['email-partnership', ['Children’s social care']],
    ]);
    expect(reveal.made.every((choice) => (choice.feedback?.markdown.length ?? 0) > 40)).toBe(true);
    expect(reveal.others.map((choice) => choice.choiceId)).toEqual(['angry-email']);
    expect(reveal.others[0]?.feedback?.markdown).toMatch(/\w/);
    expect(reveal.discussedMs).toBe(150_000);
  });

  it('gives each table’s new clock and stage, and the skipped-stages warning solo play gives', () => {
    const workshop = decideRound(scenario, startWorkshop(scenario, { tables }), [4, 4, 4, 1]);
    const reveal = revealRound(scenario, workshop);
    expect(reveal.followed?.choiceId).toBe('email-partnership');
    for (const table of reveal.tables) {
      expect(table.stageBefore).toBe(1);
      expect(table.stage.number).toBe(5);
      expect(table.nowLabel).toMatch(/^\w{3} \d{1,2} \w{3} 2026, \d{2}:\d{2}$/);
      expect(table.warnings.map((warning) => warning.message)).toEqual(['skipped stages 2–4']);
    }
  });

  it('in independent mode shows each table’s own choice, with no room choice', () => {
    const workshop = decideRound(scenario, startWorkshop(scenario, { tables: 2, mode: 'independent' }), [1, 2]);
    const reveal = revealRound(scenario, workshop);
    expect(reveal.followed).toBeNull();
    expect(reveal.made.map((choice) => choice.followedBy)).toEqual([['Table 1'], ['Table 2']]);
  });

  it('refuses a decision that was never taken', () => {
    expect(() => revealRound(scenario, startWorkshop(scenario, { tables: 2 }))).toThrow(RangeError);
  });
});
