import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guidanceSections } from '../../engine/guidance/guidance-sections.js';
import { matchGuidanceContent } from '../../site/src/lib/match-guidance-content.js';
import { SiteError } from '../../site/src/lib/site-error.js';

const sections = guidanceSections.slice(0, 2);
const [first, second] = sections;

describe('matchGuidanceContent', () => {
  it('pairs each section with the file named after its id', () => {
    const matched = matchGuidanceContent(sections, {
      [`../content/guidance/${first!.id}.md`]: 'A',
      [`../content/guidance/${second!.id}.md`]: 'B',
    });
    expect([...matched.entries()]).toEqual([
      [first!.id, 'A'],
      [second!.id, 'B'],
    ]);
  });

  it('stops the build when a section has no text, naming the file to create', () => {
    expect(() => matchGuidanceContent(sections, { [`../content/guidance/${first!.id}.md`]: 'A' })).toThrow(SiteError);
    expect(() => matchGuidanceContent(sections, { [`../content/guidance/${first!.id}.md`]: 'A' })).toThrow(
      new RegExp(`${second!.id}\\.md`),
    );
  });

  it('stops the build when a file matches no section', () => {
    const files = {
      [`../content/guidance/${first!.id}.md`]: 'A',
      [`../content/guidance/${second!.id}.md`]: 'B',
      '../content/guidance/stage-99.md': 'C',
    };
    expect(() => matchGuidanceContent(sections, files)).toThrow(/stage-99\.md is not for any guidance section/);
  });

  it('finds exactly one text file for every guidance section in the repository', () => {
    const folder = new URL('../../site/src/content/guidance/', import.meta.url);
    const files = Object.fromEntries(readdirSync(folder).map((name) => [name, name]));
    expect(matchGuidanceContent(guidanceSections, files).size).toBe(guidanceSections.length);
  });
});
