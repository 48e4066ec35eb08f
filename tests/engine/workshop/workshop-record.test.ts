import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { decideRound, currentDecision, setNote, startWorkshop } from '../../../engine/workshop/workshop-play.js';
import { buildWorkshopDebrief } from '../../../engine/workshop/workshop-debrief.js';
import { workshopRecordToMarkdown } from '../../../engine/workshop/workshop-record-markdown.js';
import { workshopRecordToHtml } from '../../../engine/workshop/workshop-record-html.js';
import type { Workshop } from '../../../engine/workshop/workshop.js';
import { unsafeMarkdownParts } from '../../robustness/support/markdown-safety.js';
import { bundled } from './load-bundled.js';

const scenario = bundled('closing-too-soon');
const tables = ['Police', 'Health', 'School', 'Children’s social care'];

/** The room follows the first choice at every decision, `count` times. */
function played(workshop: Workshop, count: number): Workshop {
  let next = workshop;
  for (let round = 0; round < count; round += 1) {
    const decision = currentDecision(scenario, next);
    if (!decision) break;
    next = decideRound(scenario, next, decision.tables.map(() => 1), { discussedMs: 95_000 });
  }
  return next;
}

/** Every link address in a Markdown text, as a CommonMark and GFM parser reads it. */
function linksOf(markdown: string): string[] {
  const found: string[] = [];
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown), (node) => {
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') found.push(node.url);
  });
  return found;
}

function visit(node: Nodes, see: (node: Nodes) => void): void {
  see(node);
  if ('children' in node) for (const child of node.children) visit(child, see);
}

describe('workshopRecordToMarkdown', () => {
  const partial = decideRound(scenario, setNote(startWorkshop(scenario, { tables }), 1, 'Police wanted a strategy meeting'), [1, 1, 2, 4], { discussedMs: 200_000 });

  it('records a workshop cut short: date, scenario, tables, who chose what, the feedback shown, minutes and notes', () => {
    const markdown = workshopRecordToMarkdown(buildWorkshopDebrief(scenario, partial), { date: '2026-12-01T14:00:00Z' });
    expect(markdown).toContain('- **Date:** Tue 1 Dec 2026, 14:00 (London time)');
    expect(markdown).toContain('- **Tables:** Police, Health, School, Children’s social care');
    expect(markdown).toContain('- **Status:** not finished: 1 decision taken; still playing: Police, Health, School, Children’s social care');
    expect(markdown).toContain('### Decision 1: Monday 5 October, 3.30pm: the child-in-need review (stage 1)');
    expect(markdown).toContain('Discussed for 3 min 20 s.');
    expect(markdown).toMatch(/\| Catch Bea at the door[^|]*\(recommended\) \| Police, Health \|/);
    expect(markdown).toMatch(/\| Write straight to the safeguarding partnership[^|]* \| Children’s social care \|/);
    expect(markdown).toContain('**Feedback shown for “Say nothing more for now');
    expect(markdown).toContain("**Trainer's note:**\n\n> Police wanted a strategy meeting");
    expect(markdown).toContain('### Police\n\n- Mon 5 Oct 2026, 15:30, stage 1: Catch Bea at the door');
  });

  it('names scenes, choices, deadlines and endings in words, never by their ids', () => {
    const markdown = workshopRecordToMarkdown(buildWorkshopDebrief(scenario, played(startWorkshop(scenario, { tables: 2 }), 40)));
    expect(markdown).toContain('- **Status:** finished');
    const ids = [...Object.keys(scenario.scenes), ...Object.keys(scenario.endings), ...Object.values(scenario.scenes).flatMap((scene) => scene.choices.map((choice) => choice.id))];
    for (const id of ids.filter((id) => id.includes('-'))) expect(markdown).not.toMatch(new RegExp(`(^|[^-\\w/#])${id}([^-\\w]|$)`));
    expect(markdown).not.toMatch(/\b\d\.(target|limit|discussion|meeting)\b/);
    expect(markdown).toMatch(/Good ending: /);
  });

  it('makes every link absolute to the site address, or leaves its words when there is none', () => {
    const debrief = buildWorkshopDebrief(scenario, partial);
    const withSite = linksOf(workshopRecordToMarkdown(debrief, { siteUrl: 'https://training.example.org/' }));
    expect(withSite.length).toBeGreaterThan(3);
    for (const href of withSite) expect(href).toMatch(/^https:\/\/training\.example\.org\/guidance\//);
    expect(linksOf(workshopRecordToMarkdown(debrief))).toEqual([]);
    expect(linksOf(workshopRecordToMarkdown(debrief, { siteUrl: 'javascript:alert(1)' }))).toEqual([]);
  });

  it('escapes what the trainer and the tables’ names could smuggle in', () => {
    let workshop = startWorkshop(scenario, { tables: ['<img src=x onerror=alert(1)>', '[x](javascript:alert(1))'] });
    workshop = setNote(workshop, 1, '<script>alert(1)</script> and [click](javascript:alert(2))');
    const markdown = workshopRecordToMarkdown(buildWorkshopDebrief(scenario, decideRound(scenario, workshop, [1, 1])));
    expect(markdown).not.toMatch(/<(img|script)/);
    expect(linksOf(markdown)).toEqual([]);
    expect(unsafeMarkdownParts(markdown)).toEqual([]);
  });
});

describe('buildWorkshopDebrief', () => {
  it("closes against the scenario's objectives and its facilitator note's safe-practice points, in the record too", () => {
    const debrief = buildWorkshopDebrief(scenario, played(startWorkshop(scenario, { tables }), 2));
    expect(debrief.objectives).toEqual(scenario.frontmatter.objectives);
    expect(debrief.safePractice).toEqual(scenario.frontmatter.facilitator?.safePractice);
    expect(debrief.safePractice.length).toBeGreaterThan(0);
    const markdown = workshopRecordToMarkdown(debrief, { date: '2026-12-01T14:00:00Z' });
    expect(markdown).toContain('## Safe practice the room was to hear');
    expect(markdown).toContain('## The learning objectives');
  });

  it('scores a room that jumped stages as solo play does: no skipped stage counts as met or as an escalation', () => {
    // Straight to the partnership at the first decision, then on to an ending.
    const workshop = played(decideRound(scenario, startWorkshop(scenario, { tables: 2 }), [4, 4]), 10);
    const [table] = buildWorkshopDebrief(scenario, workshop).tables;
    expect(table?.warnings.map((warning) => warning.message)).toEqual(['skipped stages 2–4']);
    expect(table?.met.filter((deadline) => deadline.stage >= 2 && deadline.stage <= 4)).toEqual([]);
    expect(table?.skipped.map((deadline) => deadline.stage).every((stage) => stage >= 2 && stage <= 4)).toBe(true);
    expect(table?.escalations.map((entry) => entry.stage)).toEqual([5]);
  });
});

describe('workshopRecordToHtml', () => {
  it('is one page with its own styles, no scripts and nothing fetched, with tables and absolute links', () => {
    const debrief = buildWorkshopDebrief(scenario, played(startWorkshop(scenario, { tables }), 3));
    const html = workshopRecordToHtml(debrief, { date: '2026-12-01T14:00:00Z', siteUrl: 'https://training.example.org' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Workshop record: Closing too soon</title>');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|src="http|@import/);
    expect(html.match(/<table>/g)?.length).toBeGreaterThanOrEqual(4);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/training\.example\.org\//);
  });

  it('keeps a hostile note as text', () => {
    const workshop = setNote(startWorkshop(scenario, { tables: 1 }), 1, '<script>alert(1)</script><b>bold</b>');
    const html = workshopRecordToHtml(buildWorkshopDebrief(scenario, decideRound(scenario, workshop, [1])));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>bold');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });
});
