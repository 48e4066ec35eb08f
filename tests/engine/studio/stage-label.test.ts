import { describe, expect, it } from 'vitest';
import { BEFORE_THE_PROCESS, builtInProtocol, stageLabel } from '../../../engine/index.js';

describe('stageLabel', () => {
  it("names a stage by the protocol's number and title", () => {
    expect(stageLabel(builtInProtocol('north-yorkshire'), 2)).toBe('Stage 2: Discuss with your line manager');
    expect(stageLabel(builtInProtocol('example-template'), 4)).toBe('Stage 4: An independently chaired review meeting');
  });

  it('names stage 0 as before the process, and says when the protocol has no such stage', () => {
    expect(stageLabel(builtInProtocol('north-yorkshire'), 0)).toBe(BEFORE_THE_PROCESS);
    expect(stageLabel(builtInProtocol('example-template'), 6)).toBe('Stage 6, which Example four-stage protocol (a template to adapt) does not have');
  });
});
