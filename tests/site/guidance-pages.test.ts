import { describe, expect, it } from 'vitest';
import { guidancePages, guidanceSections } from '../../engine/guidance/guidance-sections.js';
import { guidanceOutline, guidanceSlug } from '../../site/src/lib/guidance-pages.js';

describe('guidanceSlug', () => {
  it('takes the last path segment', () => {
    expect(guidanceSlug('/guidance/key-principles/')).toBe('key-principles');
  });
});

describe('guidanceOutline', () => {
  it('has one entry per guidance page, in order, each holding its own sections', () => {
    const outline = guidanceOutline();
    expect(outline.map((page) => page.path)).toEqual(guidancePages.map((page) => page.path));
    for (const page of outline) {
      for (const section of page.sections) expect(section.page).toBe(page.path);
    }
  });

  it('places every guidance section on exactly one page', () => {
    const placed = guidanceOutline().flatMap((page) => page.sections.map((section) => section.id));
    expect(placed.sort()).toEqual(guidanceSections.map((section) => section.id).sort());
  });

  it('links each page to its neighbours and leaves the ends open', () => {
    const outline = guidanceOutline();
    expect(outline[0]?.previous).toBeUndefined();
    expect(outline.at(-1)?.next).toBeUndefined();
    expect(outline[1]?.previous?.path).toBe(outline[0]?.path);
    expect(outline[0]?.next?.path).toBe(outline[1]?.path);
  });
});
