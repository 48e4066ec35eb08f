import { describe, expect, it } from 'vitest';
import { buildDebrief, choose, continueSession, debriefToMarkdown, startSession, writeResponse, type Debrief } from '../../../engine/index.js';
import { unsafeMarkdownParts } from '../../robustness/support/markdown-safety.js';
import { childFixture } from '../runner/load-fixture.js';

const scenario = childFixture();
const played = writeResponse(scenario, continueSession(scenario, choose(scenario, startSession(scenario), 'talk')), 'notes', 'Review in four weeks.');
const real = buildDebrief(scenario, choose(scenario, played, 'agree'));

const HTML = '<img src=x onerror=alert(1)> <script>alert(2)</script>';
const LINKS = '[click](javascript:alert(3)) <javascript:alert(4)> ![pixel](data:image/png;base64,AAAA) [ref]\n\n[ref]: vbscript:evil';

/** The real debrief with hostile words in every field a scenario, a protocol or a learner can fill. */
const hostile: Debrief = {
  ...real,
  scenario: { ...real.scenario, title: `Runner ${HTML}`, role: `Visitor ${HTML}`, audienceLabel: `Children ${LINKS}` },
  protocolName: `North ${HTML}`,
  ending: real.ending && { ...real.ending, debrief: `Well done. ${HTML}\n\n${LINKS}\n\n<div>\nblock\n</div>` },
  path: real.path.map((step) => ({
    ...step,
    label: `${step.label} ${HTML}`,
    feedback: step.feedback && {
      ...step.feedback,
      markdown: `${step.feedback.markdown} ${HTML} ${LINKS} [tricky](java&#115;cript:alert(5)) [spaced]( javascript:alert(6) ) [escaped](javascript\\:alert(7))`,
      citations: [...step.feedback.citations, { id: 'evil', title: `Evil ${HTML}`, href: 'javascript:alert(8)' }],
    },
  })),
  principles: real.principles.map((principle) => ({ ...principle, label: `${principle.label} ${HTML}` })),
  responses: real.responses.map((response) => ({ ...response, prompt: `${response.prompt} ${HTML} ${LINKS}`, text: `${HTML}\n${LINKS}` })),
  learning: { ...real.learning, summary: `${real.learning.summary} ${HTML} ${LINKS}` },
};

describe('debriefToMarkdown with hostile words', () => {
  const markdown = debriefToMarkdown(hostile);

  it('has no raw HTML and no link, image or definition a viewer would follow outside http, https and mailto', () => {
    expect(unsafeMarkdownParts(markdown)).toEqual([]);
  });

  it('still shows the words, escaped, in the title, the path and the reflections', () => {
    expect(markdown.split('\n')[0]).toBe('# Debrief: Runner &lt;img src=x onerror=alert(1)\\> &lt;script\\>alert(2)&lt;/script\\>');
    expect(markdown).toContain('Phone Jo Reilly this morning. &lt;img');
    expect(markdown).toContain('> \\[click\\](javascript:alert(3))');
  });

  it("keeps the author's own formatting and guidance links in feedback, and drops a citation with an unsafe address to its words", () => {
    expect(markdown).toContain('](/guidance/resolution-process/#stage-1)');
    expect(markdown).toMatch(/Guidance: .*; Evil &lt;img/);
    expect(markdown).not.toContain('(javascript:alert(8))');
  });
});
