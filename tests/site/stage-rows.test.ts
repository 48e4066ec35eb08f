import { describe, expect, it } from 'vitest';
import { resolveProtocol } from '../../engine/protocol/built-in-protocols.js';
import { routeDifferences, stageRows, stageSearchText } from '../../site/src/lib/stage-rows.js';

const protocol = resolveProtocol('north-yorkshire');

describe('stageRows', () => {
  it('gives one row per stage with our wording and the source wording', () => {
    const rows = stageRows(protocol);
    expect(rows.map((row) => row.stage)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows[2]?.timescale).toBe(protocol.stages[2]?.timescale);
    expect(rows[2]?.source.timescale).toBe(protocol.stages[2]?.source.timescale);
    expect(rows[0]?.guidance).toBe('stage-1');
  });

  it('shows text once when the routes agree', () => {
    expect(stageRows(protocol)[0]?.owner).toEqual({ kind: 'same', text: 'Professional from the referring agency' });
  });

  it('lists only the slot per route when one placeholder differs (stage 5 referral)', () => {
    const action = stageRows(protocol)[4]?.action;
    expect(action?.kind).toBe('slot');
    if (action?.kind !== 'slot') return;
    expect(action.lead).toMatch(/refers the matter directly to:$/);
    expect(action.variants.map((variant) => variant.text)).toEqual([
      'the Independent Chair of the NYSCP, via the NYSCP Business Manager',
      'the NYSAB Manager',
    ]);
    expect(action.tail).toBe('.');
  });

  it('lists whole texts per route when they are written per route (stage 6 owner)', () => {
    expect(stageRows(protocol)[5]?.owner).toEqual({
      kind: 'by-route',
      variants: [
        { route: 'child', label: 'Children (NYSCP)', text: 'NYSCP Business Unit Manager' },
        { route: 'adult', label: 'Adults (NYSAB)', text: 'NYSAB Business Unit Manager' },
      ],
    });
  });
});

describe('stageSearchText', () => {
  it('includes the action, both routes and the timescale', () => {
    const text = stageSearchText(stageRows(protocol)[4]!);
    expect(text).toContain('the NYSAB Manager');
    expect(text).toContain('Independent Chair');
    expect(text).toContain('Within 1 working day of the stage 4 discussion');
  });
});

describe('routeDifferences', () => {
  it('compares the partnership, referral recipient, panel convenor and learning subgroup', () => {
    const differences = routeDifferences(protocol);
    expect(differences.map((difference) => difference.label)).toEqual([
      'Partnership or board',
      'Stage 5 referral goes to',
      'Stage 6 panel convened by',
      'Learning reported to',
    ]);
    expect(differences[3]?.values.map((value) => value.text)).toEqual([
      'NYSCP Practice and Learning Subgroup',
      'NYSAB Learning and Review Subgroup',
    ]);
    expect(differences[1]?.values[0]?.source).toMatch(/^For Children’s Cases/);
  });
});
