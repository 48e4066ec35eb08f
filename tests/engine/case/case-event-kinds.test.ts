import { describe, expect, it } from 'vitest';
import { builtInProtocols } from '../../../engine/index.js';
import { caseEventKindsOf, concludesStage, protocolEventOfKind, stageOfEventKind } from '../../../engine/case/case-event-kinds.js';

describe('caseEventKindsOf', () => {
  it("gives North Yorkshire's kinds with their stages, from its protocol file", () => {
    const kinds = caseEventKindsOf(builtInProtocols['north-yorkshire']!);
    expect(stageOfEventKind(kinds, 'dsl-discussion')).toBe(3);
    expect(stageOfEventKind(kinds, 'recommendations')).toBe(7);
    expect(concludesStage(kinds, 'recommendations')).toBe(true);
    expect(protocolEventOfKind(kinds, 'disputed-decision')).toBe('disputedDecision');
    expect(stageOfEventKind(kinds, 'note')).toBeUndefined();
  });

  it('gives another protocol its own kinds, stage-N kinds for every stage, and none of North Yorkshire\'s', () => {
    const kinds = caseEventKindsOf(builtInProtocols['example-template']!);
    expect(stageOfEventKind(kinds, 'review-meeting')).toBe(4);
    expect(kinds.get('stage-4-concluded')).toMatchObject({ stage: 4, concludes: true });
    expect(kinds.has('stage-5')).toBe(false);
    expect(kinds.has('dsl-discussion')).toBe(false);
    expect(kinds.has('resolved')).toBe(true);
  });
});
