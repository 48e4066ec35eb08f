import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseEventKinds, parseCaseFile } from '../../../engine/index.js';

const readme = readFileSync('scenarios/README.md', 'utf8');
const section = readme.slice(readme.indexOf('## From a resolved case to a scenario'));

describe('scenarios/README.md, "From a resolved case to a scenario"', () => {
  it('lists every case event kind', () => {
    for (const kind of caseEventKinds) expect(section, kind).toContain(`| \`${kind}\` |`);
  });

  it('has an example case file that reads without findings', () => {
    const start = section.indexOf('```yaml\n') + '```yaml\n'.length;
    const example = section.slice(start, section.indexOf('```', start));
    expect(parseCaseFile(example, 'readme-example.case.yaml').findings).toEqual([]);
  });
});
