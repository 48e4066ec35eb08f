import { describe, expect, it } from 'vitest';
import { buildDebrief, choose, continueSession, debriefToMarkdown, startSession, writeResponse } from '../../../engine/index.js';
import { unsafeMarkdownParts } from '../../robustness/support/markdown-safety.js';
import { childFixture } from '../runner/load-fixture.js';

const scenario = childFixture();
const session = writeResponse(scenario, continueSession(scenario, choose(scenario, startSession(scenario), 'talk')), 'notes', 'Review in four weeks.');
const debrief = buildDebrief(scenario, choose(scenario, session, 'agree'));

/** Every Markdown link address in a document. */
function addresses(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

describe('debriefToMarkdown with the site address', () => {
  const markdown = debriefToMarkdown(debrief, { siteUrl: 'https://training.example.org/' });

  it('makes every link absolute to the site, so the document works wherever it is read', () => {
    const links = addresses(markdown);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('https://training.example.org/'))).toBe(true);
    expect(markdown).toContain('](https://training.example.org/guidance/resolution-process/#stage-1)');
    expect(markdown).toContain('- **Play it again:** https://training.example.org/scenarios/runner-child/');
    expect(unsafeMarkdownParts(markdown)).toEqual([]);
  });

  it('keeps site paths when no usable address is given', () => {
    for (const siteUrl of [undefined, 'javascript:alert(1)', 'not a url']) {
      const plain = debriefToMarkdown(debrief, siteUrl === undefined ? {} : { siteUrl });
      expect(addresses(plain).every((href) => href.startsWith('/'))).toBe(true);
      expect(plain).not.toContain('Play it again');
    }
  });

  it('links the step after resolution to its guidance', () => {
    expect(markdown).toMatch(/## Following resolution\n\n.+\n\nGuidance: \[.+\]\(https:\/\/training\.example\.org\/guidance\/.+\)/);
  });
});

describe('debriefToMarkdown and guidance links in the author\'s text', () => {
  it('links every guidance id the protocol can cite, and keeps only the words of one it cannot', () => {
    expect(debrief.guidanceLinks['stage-1']).toBe('/guidance/resolution-process/#stage-1');
    const ending = { ...debrief.ending!, debrief: 'See [the stages](guidance:stage-1) and [nowhere](guidance:no-such-section).' };
    const markdown = debriefToMarkdown({ ...debrief, ending }, { siteUrl: 'https://training.example.org' });
    expect(markdown).toContain('See [the stages](https://training.example.org/guidance/resolution-process/#stage-1) and nowhere.');
    expect(markdown).not.toContain('guidance:');
  });
});
