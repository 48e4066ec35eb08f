import { describe, expect, it } from 'vitest';
import { builtInProtocols, runnerSetup } from '../../../engine/index.js';
import { childFixture } from './load-fixture.js';

describe('runnerSetup', () => {
  it('uses the built-in protocol the scenario names', () => {
    const scenario = childFixture();
    expect(runnerSetup(scenario).protocol).toBe(builtInProtocols[scenario.frontmatter.protocol]);
  });

  it('refuses a scenario naming a protocol that is not built in, naming it and the ones there are', () => {
    const scenario = childFixture();
    const unknown = { ...scenario, frontmatter: { ...scenario.frontmatter, protocol: 'west-yorkshire' } };
    expect(() => runnerSetup(unknown)).toThrow(
      expect.objectContaining({ name: 'ProtocolError', message: 'There is no built-in protocol called "west-yorkshire".', hint: expect.stringContaining('north-yorkshire') }),
    );
  });
});
