import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import protocol from '../../engine/protocol/data/north-yorkshire.protocol.json';
import { markdownToText } from '../../engine/kernel/markdown-text.js';

/**
 * The guidance pages must be in our own words. A run of twelve consecutive
 * words shared with the source counts as copying; proper names (the
 * partnerships, the subgroups) are shorter than that.
 */
const runLength = 12;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter((word) => word.length > 0);
}

function runs(text: string): Set<string> {
  const list = words(text);
  const found = new Set<string>();
  for (let index = 0; index + runLength <= list.length; index += 1) found.add(list.slice(index, index + runLength).join(' '));
  return found;
}

/** The twelve-word runs of `text` that also occur in `source`. */
function copiedRuns(text: string, source: string): string[] {
  const sourceRuns = runs(source);
  return [...runs(text)].filter((run) => sourceRuns.has(run));
}

// The verbatim source wording kept in the repository, plus the full source
// document when it is available (it is not part of the package).
const sourceFile = '/work/shared/source/professional-resolutions-guidance.txt';
const verbatim = [
  ...protocol.stages.flatMap((stage) => Object.values(stage.source)),
  ...protocol.immediateRisk.source,
  protocol.capacity.source,
  protocol.followingResolution.source,
  existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : '',
].join('\n');

describe('copiedRuns', () => {
  it('catches a sentence lifted from the source', () => {
    const lifted = `As the guidance says, ${protocol.capacity.source}`;
    expect(copiedRuns(lifted, verbatim).length).toBeGreaterThan(0);
  });

  it('lets a short proper name through', () => {
    expect(copiedRuns('Refer to the North Yorkshire Safeguarding Adults Board manager.', verbatim)).toEqual([]);
  });
});

describe('guidance text', () => {
  it('copies no twelve-word run from the source wording', () => {
    const folder = new URL('../../site/src/content/guidance/', import.meta.url);
    const copied: string[] = [];
    for (const name of readdirSync(folder)) {
      const text = markdownToText(readFileSync(new URL(name, folder), 'utf8'));
      for (const run of copiedRuns(text, verbatim)) copied.push(`${name}: "${run}"`);
    }
    expect(copied).toEqual([]);
  });
});
