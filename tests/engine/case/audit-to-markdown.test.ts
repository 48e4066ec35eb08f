import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCase, auditToMarkdown, type CaseAudit } from '../../../engine/index.js';
import { readCaseFile } from '../../../engine/case/parse-case-file.js';
import { unsafeMarkdownParts } from '../../robustness/support/markdown-safety.js';

const markdownOf = (name: string) => {
  const file = `scenarios/cases/${name}`;
  return auditToMarkdown(auditCase(readCaseFile(readFileSync(file, 'utf8'), file), { file }));
};

describe('auditToMarkdown', () => {
  it('starts with a heading and a summary line, then a stage | due | happened | result table', () => {
    const lines = markdownOf('missed-deadlines.case.yaml').split('\n');
    expect(lines[0]).toBe('## Case audit: A safeguarding enquiry declined, escalated to the panel over Easter');
    expect(lines[2]).toMatch(/^\*\*Summary:\*\* Adults \(NYSAB\) case raised Mon 15 Mar 2027, 10:00; reached stage 7;/);
    expect(lines).toContain('| Stage | Due | Happened | Result |');
    expect(lines).toContain('| 5.referral Referral made | Tue 30 Mar 2027, 23:59 | Wed 31 Mar 2027, 10:00 | 1 working day late |');
    expect(lines).toContain('| 1.limit Resolve at the latest | Fri 19 Mar 2027, 10:00 | Fri 19 Mar 2027, 14:00 | 4 hours late |');
  });

  it('lists the findings, the cap, the holidays, the learning step and the source', () => {
    const text = markdownOf('missed-deadlines.case.yaml');
    expect(text).toContain('### Findings');
    expect(text).toContain('- **Problem:** The panel steps went past the cap of 13 working days');
    expect(text).toContain('**Panel cap:** not kept');
    expect(text).toContain('Good Friday (Fri 26 Mar 2027), Easter Monday (Mon 29 Mar 2027)');
    expect(text).toContain('### Learning');
    expect(text).toContain('NYSAB Learning and Review Subgroup');
    expect(text).toMatch(/\*Source: .*Managing Different Professional Perspectives and Mutual Challenge.*updated 16 September 2024/);
  });

  it('says so when there is nothing to report', () => {
    const text = markdownOf('on-time.case.yaml');
    expect(text).toContain('All 4 deadlines met.');
    expect(text).toContain('No problems found');
    expect(text).toContain('| 7.meeting Panel meets |');
  });
});

describe('auditToMarkdown with hostile words', () => {
  const file = 'scenarios/cases/missed-deadlines.case.yaml';
  const real = auditCase(readCaseFile(readFileSync(file, 'utf8'), file), { file });
  const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const link = '[click](javascript:alert(3)) <javascript:alert(4)> [ref]\n\n[ref]: data:text/html,evil';
  const hostile: CaseAudit = {
    ...real,
    title: `A case ${html}`,
    protocol: { ...real.protocol, name: `North ${html}`, citation: `Cited ${link}` },
    holidays: real.holidays.map((day) => ({ ...day, name: `Holiday ${html} ${link}` })),
    findings: real.findings.map((finding) => ({ ...finding, message: `${finding.message} ${html} ${link}` })),
    immediateRisk: [{ at: real.raised, by: `Police ${html}`, summary: `Risk ${link}` }],
    ...(real.learning ? { learning: { ...real.learning, reportedTo: `Group ${html}`, summary: `Learnt ${link}` } } : {}),
  };
  const markdown = auditToMarkdown(hostile);

  it('shows the words of a title, findings and holiday names with no raw HTML and no link a viewer would follow', () => {
    expect(unsafeMarkdownParts(markdown)).toEqual([]);
    expect(markdown).toContain('## Case audit: A case &lt;img src=x onerror=alert(1)\\>');
    expect(markdown).toContain('Holiday &lt;img');
  });

  it('keeps a pipe in a table cell literal, escaped once', () => {
    const piped = auditToMarkdown({ ...real, checks: real.checks.map((check, index) => (index === 0 ? { ...check, label: 'a | b' } : check)) });
    expect(piped).toMatch(/ a \\\| b[ |]/);
    expect(piped).not.toContain('\\\\|');
  });
});
