import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { LibraryPage } from './pages/library-page.js';

const site = useBuiltSite();

describe('scenario library', () => {
  it('lists every scenario without JavaScript, with no filter controls', async () => {
    const library = new LibraryPage(await site.newPage({ javaScriptEnabled: false }), site.origin);
    await library.goto('/scenarios/');
    const cards = await library.allCards();
    expect(cards.length).toBeGreaterThanOrEqual(10);
    expect(await library.visibleCards()).toEqual(cards);
    expect(await library.page.locator('.library-filters').count()).toBe(0);
  });

  it('filters by audience, topic and stage, announcing the count and keeping the filter in the address', async () => {
    const library = new LibraryPage(await site.newPage(), site.origin);
    await library.open();
    const all = await library.allCards();
    expect(await library.count()).toBe(`Showing all ${all.length} scenarios`);

    await library.filter('Who it is about', 'Adults (NYSAB)');
    const adults = await library.visibleCards();
    expect(adults.length).toBeGreaterThan(0);
    expect(adults.length).toBeLessThan(all.length);
    expect(adults).toContain('several-voices');
    expect(await library.count()).toBe(`Showing ${adults.length} of ${all.length} scenarios`);

    await library.filter('Reaches stage', 'Stage 7');
    const panel = await library.visibleCards();
    expect(panel).toContain('several-voices');
    expect(panel.every((id) => adults.includes(id))).toBe(true);
    expect(new URL(library.page.url()).search).toBe('?audience=adult&stage=7');

    await library.filter('Who it is about', 'Every route');
    await library.filter('Reaches stage', 'Any stage');
    await library.filter('Topic', 'Disagreeing about mental capacity');
    const capacity = await library.visibleCards();
    expect(capacity).toContain('a-question-of-capacity');
    // Mental capacity is an adults' matter: every scenario on the topic is on the adults' route.
    expect(capacity.every((id) => adults.includes(id))).toBe(true);
    expect(capacity.length).toBeLessThan(adults.length);
  });

  it('reads a filter from the address', async () => {
    const library = new LibraryPage(await site.newPage(), site.origin);
    await library.open('?audience=child');
    const shown = await library.visibleCards();
    expect(shown).toContain('closing-too-soon');
    expect(shown).not.toContain('several-voices');
  });
});
