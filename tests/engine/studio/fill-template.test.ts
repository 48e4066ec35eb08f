import { describe, expect, it } from 'vitest';
import { checkScenarioSource, fillTemplate, hasErrors } from '../../../engine/index.js';
import { TEMPLATE } from './studio-fixtures.js';

describe('fillTemplate', () => {
  it('writes the dates, keeping the title, audience and comments it is not given', () => {
    const text = fillTemplate(TEMPLATE, { today: '2027-01-04' });
    const { scenario, findings } = checkScenarioSource(text, 'draft.mdx');
    expect(hasErrors(findings)).toBe(false);
    expect(scenario?.frontmatter).toMatchObject({ title: 'A new scenario', audience: 'child', raised: '2027-01-04T10:00', provenance: { reviewed: '2027-01-04' } });
    expect(text).toContain('# A new Common Ground scenario.');
    expect(text.slice(text.indexOf('\n---\n'))).toBe(TEMPLATE.slice(TEMPLATE.indexOf('\n---\n')));
  });

  it("gives another route neutral words for the role and agencies, and names a protocol that is not the default", () => {
    const text = fillTemplate(TEMPLATE, { today: '2027-01-04', title: 'Not the default', audience: 'adult', protocol: 'example-template' });
    expect(text).toContain('role: Practitioner in the agency raising the concern');
    expect(text).toContain('agencies: [Your agency, The other agency]');
    expect(text).toContain('protocol: example-template');
    expect(fillTemplate(TEMPLATE, { today: '2027-01-04', protocol: 'north-yorkshire' })).not.toContain('protocol: north-yorkshire');
  });

  it('refuses a template without frontmatter', () => {
    expect(() => fillTemplate('# Just a heading', { today: '2027-01-04' })).toThrow('The scenario template has no frontmatter.');
  });
});
