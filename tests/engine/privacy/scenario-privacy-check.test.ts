import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../../engine/index.js';
import { parseScenario, parseScenarioParts } from '../../../engine/scenario/parse-scenario.js';
import { scenarioPrivacyCheck } from '../../../engine/privacy/scenario-privacy-check.js';

const source = (extra: { summary?: string; body?: string; acknowledgements?: string } = {}) => `---
formatVersion: 1
title: A test
summary: ${extra.summary ?? 'A short summary.'}
audience: child
raised: 2026-12-18T10:00
role: Designated safeguarding lead
agencies: [Primary school]
topics: [case-closure]
objectives: [Raise it early]
estimatedMinutes: 5
provenance: { basis: fictional, author: Common Ground contributors, reviewed: 2026-11-20 }
cast:
  - { name: Maya, role: the child }
${extra.acknowledgements ?? ''}
---

<Scene id="start" stage={1}>

${extra.body ?? 'Maya is seven.'}

<Choice id="go" to="good">
Go.

<Feedback cite="stage-1">
Fine.
</Feedback>
</Choice>

</Scene>

<Ending id="good" outcome="good">

Done.

</Ending>
`;

function check(text: string) {
  const { scenario } = parseScenario(text, 'scenarios/test.mdx');
  if (!scenario) throw new Error('test scenario did not parse');
  return scenarioPrivacyCheck(scenario, parseScenarioParts(text, 'scenarios/test.mdx').texts);
}

function positionOf(text: string, needle: string) {
  const lines = text.split('\n');
  const line = lines.findIndex((entry) => entry.includes(needle));
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

describe('scenarioPrivacyCheck', () => {
  it('allows the names in the cast', () => {
    expect(check(source())).toEqual([]);
  });

  it('finds an uncast name in the body at its file line and column', () => {
    const text = source({ body: 'Maya says Mrs Okafor shouted.' });
    expect(check(text)).toEqual([{ severity: 'error', code: 'personal-data', file: 'scenarios/test.mdx', ...positionOf(text, 'Mrs Okafor'), message: expect.any(String), hint: expect.any(String) }]);
  });

  it('finds a phone number in a frontmatter string at its file line and column', () => {
    const text = source({ summary: 'Ring the duty desk on 01609 532123 first.' });
    const findings = check(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'personal-data', ...positionOf(text, '01609 532123') });
  });

  it('is silenced by an acknowledgement with a reason', () => {
    const body = 'The duty desk is on 01609 532123.';
    expect(check(source({ body }))).toHaveLength(1);
    const acknowledgements = 'acknowledgements:\n  - { kind: phone-number, text: "01609 532123", reason: "the council switchboard, published" }';
    expect(check(source({ body, acknowledgements }))).toEqual([]);
  });

  it('runs by default in checkScenarioSource, and not when privacy is false', () => {
    const text = source({ body: 'Maya says Mrs Okafor shouted.' });
    expect(checkScenarioSource(text, 'scenarios/test.mdx').findings.map((finding) => finding.code)).toContain('personal-data');
    expect(checkScenarioSource(text, 'scenarios/test.mdx', { privacy: false }).findings.map((finding) => finding.code)).not.toContain('personal-data');
  });

  it('finds nothing in the bundled scenarios and the template', () => {
    const files = [...readdirSync('scenarios').filter((name) => name.endsWith('.mdx')).map((name) => `scenarios/${name}`), 'scenarios/templates/new-scenario.mdx'];
    for (const file of files) {
      const findings = checkScenarioSource(readFileSync(file, 'utf8'), file).findings.filter((finding) => finding.code === 'personal-data');
      expect(findings, file).toEqual([]);
    }
  });
});
