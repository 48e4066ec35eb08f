import { describe, expect, it } from 'vitest';
import { builtInProtocols, catalogueWith } from '../../../engine/index.js';
import { runnerSetup } from '../../../engine/runner/runner-setup.js';
import { childFixture } from './load-fixture.js';

describe('runnerSetup', () => {
  it('uses the built-in protocol the scenario names', () => {
    const scenario = childFixture();
    expect(runnerSetup(scenario).protocol).toBe(builtInProtocols[scenario.frontmatter.protocol]);
  });

  it('refuses a scenario naming a protocol nobody loaded, naming it and the ones there are', () => {
    const scenario = childFixture();
    const unknown = { ...scenario, frontmatter: { ...scenario.frontmatter, protocol: 'west-yorkshire' } };
    expect(() => runnerSetup(unknown)).toThrow(
      expect.objectContaining({ name: 'ProtocolError', message: 'There is no protocol called "west-yorkshire".', hint: expect.stringContaining('north-yorkshire, example-template') }),
    );
  });

  it('runs a scenario under a protocol from the catalogue it is given, or the one it carries', () => {
    const scenario = childFixture();
    const ours = { ...builtInProtocols['north-yorkshire']!, id: 'west-yorkshire', name: 'Our partnership' };
    const named = { ...scenario, frontmatter: { ...scenario.frontmatter, protocol: 'west-yorkshire' } };
    expect(runnerSetup(named, { protocols: catalogueWith([ours]) }).protocol.name).toBe('Our partnership');
    expect(runnerSetup({ ...named, protocolDefinition: ours }).protocol.name).toBe('Our partnership');
  });
});
