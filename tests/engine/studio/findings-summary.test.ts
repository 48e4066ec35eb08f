import { describe, expect, it } from 'vitest';
import { findingsAnnouncement, findingsSummary, type Finding } from '../../../engine/index.js';
import { checkDraft, lineOf, TEMPLATE, templateWith } from './studio-fixtures.js';

function finding(code: string, line: number, severity: Finding['severity'] = 'error'): Finding {
  return { severity, code, message: `${code} here.`, hint: 'Fix it.', file: 'draft.mdx', line, column: 1 };
}

describe('findingsSummary', () => {
  it('says there are no problems when there are none', () => {
    expect(findingsSummary([])).toBe('No problems found.');
  });

  it('counts errors and warnings, singular for one', () => {
    expect(findingsSummary([finding('dead-end', 4), finding('unknown-target', 9), finding('draft', 1, 'warning')])).toBe('2 errors and 1 warning.');
    expect(findingsSummary([finding('dead-end', 4)])).toBe('1 error.');
    expect(findingsSummary([finding('draft', 1, 'warning'), finding('few-choices', 3, 'warning')])).toBe('2 warnings.');
  });

  it('summarises the template as a draft with warnings only', () => {
    expect(findingsSummary(checkDraft(TEMPLATE).findings)).toMatch(/^\d+ warnings?\.$/);
  });
});

describe('findingsAnnouncement', () => {
  it('announces a new finding with its line, then the count', () => {
    expect(findingsAnnouncement([], [finding('dead-end', 40)])).toBe('New: dead end at line 40. 1 error.');
  });

  it('announces a fixed finding', () => {
    expect(findingsAnnouncement([finding('dead-end', 40), finding('draft', 1, 'warning')], [finding('draft', 1, 'warning')])).toBe('Fixed: dead end at line 40. 1 warning.');
    expect(findingsAnnouncement([finding('dead-end', 40)], [])).toBe('Fixed: dead end at line 40. No problems found.');
  });

  it('says nothing when the findings are the same by code and line', () => {
    const before = [finding('dead-end', 40), finding('draft', 1, 'warning')];
    const after = [{ ...finding('draft', 1, 'warning'), message: 'Reworded.' }, finding('dead-end', 40)];
    expect(findingsAnnouncement(before, after)).toBeUndefined();
  });

  it('says nothing when a finding only moved, because lines were added above it', () => {
    expect(findingsAnnouncement([finding('dead-end', 40)], [finding('dead-end', 43)])).toBeUndefined();
  });

  it('names three findings and counts the rest', () => {
    const next = [finding('dead-end', 10), finding('dead-end', 20), finding('unknown-target', 30), finding('missing-label', 40), finding('missing-feedback', 50)];
    expect(findingsAnnouncement([], next)).toBe('New: dead end at line 10, dead end at line 20, unknown target at line 30 and 2 more. 5 errors.');
  });

  it('says the summary alone after the first check', () => {
    expect(findingsAnnouncement(undefined, [])).toBe('No problems found.');
    expect(findingsAnnouncement(undefined, [finding('dead-end', 4)])).toBe('1 error.');
  });

  it('announces a dead end appearing and disappearing as a draft is edited', () => {
    const choice = TEMPLATE.slice(TEMPLATE.indexOf('<Choice id="manager-resolves"'), TEMPLATE.indexOf('</Choice>', TEMPLATE.indexOf('<Choice id="manager-resolves"')) + '</Choice>'.length);
    const brokenText = templateWith([choice, '']);
    const clean = checkDraft(TEMPLATE).findings;
    const broken = checkDraft(brokenText).findings;
    const scene = lineOf(TEMPLATE, '<Scene id="line-manager"');
    const ending = lineOf(brokenText, '<Ending id="resolved-by-managers"');
    // The scene had one choice (a `few-choices` warning); with none it is a dead end instead.
    expect(findingsAnnouncement(clean, broken)).toBe(`New: dead end at line ${scene} and unreachable ending at line ${ending}. Fixed: few choices at line ${scene}. 2 errors and 4 warnings.`);
    expect(findingsAnnouncement(broken, clean)).toBe(`New: few choices at line ${scene}. Fixed: dead end at line ${scene} and unreachable ending at line ${ending}. 5 warnings.`);
  });
});
