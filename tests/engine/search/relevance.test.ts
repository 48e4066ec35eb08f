import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSearch } from '../../../engine/search/run-search.js';
import type { LoadedSearch, SearchBundle } from '../../../engine/search/search-bundle.js';
import { relevanceQueries } from './relevance-queries.js';
import { loadedSiteSearch, siteSearchBundle } from './site-search.js';

let search: LoadedSearch;
let bundle: SearchBundle;
// The library is read once, not once per helper; reading and parsing it takes seconds on a busy machine.
beforeAll(async () => {
  bundle = await siteSearchBundle();
  search = await loadedSiteSearch(bundle);
}, 60_000);

const marks = (query: string) =>
  runSearch(search, query).hits.flatMap((hit) => [...hit.title, ...hit.passage.segments].filter((segment) => segment.match).map((segment) => segment.text.toLowerCase()));

describe('search relevance over the index the site ships', () => {
  it('has at least 30 practitioners’ questions, including the seven in issue 16', () => {
    expect(relevanceQueries.length).toBeGreaterThanOrEqual(30);
    expect(relevanceQueries.filter((entry) => entry.fromIssue)).toHaveLength(7);
  });

  it.each(relevanceQueries)('$query puts $first first', ({ query, first, suggestion }) => {
    const outcome = runSearch(search, query);
    expect(outcome.hits[0]?.id, outcome.hits.slice(0, 3).map((hit) => `${hit.id} ${hit.score.toFixed(1)}`).join(' | ')).toBe(first);
    if (suggestion) expect(outcome.suggestion).toBe(suggestion);
    else expect(outcome.answered).toBe('query');
  });

  it('answers "how long do I have" without story passages or words like "having", "doing" and "long-sleeved"', () => {
    const outcome = runSearch(search, 'how long do I have');
    expect(outcome.hits.slice(0, 3).map((hit) => hit.document.kind)).not.toContain('scenario');
    expect(marks('how long do I have')).not.toEqual(expect.arrayContaining(['having']));
    expect(marks('how long do I have').filter((word) => ['having', 'doing', 'long', 'sleeved', 'have', 'do'].includes(word))).toEqual([]);
  });

  it('answers "deadline" with the calculator and the stage table near the top', () => {
    const ids = runSearch(search, 'deadline').hits.slice(0, 5).map((hit) => hit.id);
    expect(ids[0]).toBe('tool:calculator');
    expect(ids).toContain('guidance:stage-table');
  });
});

describe('scenario results', () => {
  it('show a scenario’s title and summary, never a scene’s heading', () => {
    const files = readdirSync('scenarios').filter((name) => name.endsWith('.mdx'));
    const headings = files.flatMap((name) =>
      readFileSync(join('scenarios', name), 'utf8')
        .split('\n')
        .filter((line) => /^#{1,6} /.test(line))
        .map((line) => line.replace(/^#+ /, '').trim()),
    );
    expect(headings).toContain('A night too late');
    const shownTitles = new Set([...search.documents.values()].map((document) => document.title));
    expect(headings.filter((heading) => shownTitles.has(heading))).toEqual([]);
    for (const heading of ['A night too late', 'A plan Edith agrees to']) {
      const hits = runSearch(search, heading).hits;
      expect(hits.map((hit) => hit.title.map((segment) => segment.text).join(''))).not.toContain(heading);
      for (const hit of hits.filter((found) => found.document.kind === 'scenario')) {
        expect(hit.passage.segments.map((segment) => segment.text).join('')).toBe(hit.document.text);
      }
    }
    expect(JSON.stringify(bundle)).not.toContain('A night too late');
  });

  it('are found by the scenario’s own fields, never by words only its scenes use (issue 20)', () => {
    // "eyebrow" and "voicemail" are in scenes of the bundled library and nowhere else.
    for (const word of ['eyebrow', 'voicemail']) expect(runSearch(search, word).hits.filter((hit) => hit.document.kind === 'scenario')).toEqual([]);
    expect(runSearch(search, 'registered nurse at a care home').hits[0]?.id).toBe('scenario:a-question-of-capacity');
  });

  it('give one result per scenario', () => {
    const urls = runSearch(search, 'social worker').hits.map((hit) => hit.document.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('the index’s size', () => {
  it('stays within its budget: the bundled library’s index under 80 KB gzip', () => {
    const json = JSON.stringify(bundle);
    // Issue 16 measured 951 KB raw and 154 KB gzip before scenes were folded into their scenarios;
    // issue 20 took the scenes out of the index (at 500 scenarios: 3.0 MB raw, 237 KB gzip before, 1.5 MB and 131 KB after).
    expect(gzipSync(json).length).toBeLessThan(80 * 1024);
  });
});
