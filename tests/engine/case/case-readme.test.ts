import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInProtocols, parseCaseFile } from '../../../engine/index.js';
import { caseEventKindsOf } from '../../../engine/case/case-event-kinds.js';

const readme = readFileSync('scenarios/README.md', 'utf8');
const section = readme.slice(readme.indexOf('## From a resolved case to a scenario'));

describe('scenarios/README.md, "From a resolved case to a scenario"', () => {
  it("lists every case event kind of North Yorkshire's protocol, and the stage-N kinds every protocol has", () => {
    const kinds = [...caseEventKindsOf(builtInProtocols['north-yorkshire']!).keys()].filter((kind) => !/^stage-\d+/.test(kind));
    for (const kind of kinds) expect(section, kind).toContain(`| \`${kind}\` |`);
    expect(section).toContain('`stage-N-concluded`');
  });

  it('has an example case file that reads without findings', () => {
    const start = section.indexOf('```yaml\n') + '```yaml\n'.length;
    const example = section.slice(start, section.indexOf('```', start));
    expect(parseCaseFile(example, 'readme-example.case.yaml').findings).toEqual([]);
  });
});
