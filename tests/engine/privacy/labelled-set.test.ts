import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA_KINDS } from '../../../engine/privacy/personal-data-kinds.js';
import { scanForPersonalData } from '../../../engine/privacy/scan-for-personal-data.js';
import { loadLabelledSnippets } from './helpers/load-labelled-snippets.js';
import { formatPrecisionRecallTable, measurePrecisionRecall } from './helpers/measure-precision-recall.js';

const snippets = loadLabelledSnippets();
const report = measurePrecisionRecall(snippets, (snippet) =>
  scanForPersonalData(snippet.text, { cast: (snippet.cast ?? []).map((name) => ({ name })) }),
);

describe('scanForPersonalData on the labelled set', () => {
  it('has at least 200 snippets, roughly half with personal data, covering every kind', () => {
    const withData = snippets.filter((s) => s.labels.length > 0).length;
    expect(snippets.length).toBeGreaterThanOrEqual(200);
    expect(withData / snippets.length).toBeGreaterThan(0.4);
    expect(withData / snippets.length).toBeLessThan(0.6);
    for (const kind of PERSONAL_DATA_KINDS) expect(report.byKind[kind].labels).toBeGreaterThanOrEqual(5);
  });

  it('reaches at least 90% precision and 90% recall overall', () => {
    console.log(`\n${formatPrecisionRecallTable(report)}\n`);
    if (report.falseAlarms.length > 0) console.log('false alarms:', report.falseAlarms);
    if (report.misses.length > 0) console.log('misses:', report.misses);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.9);
  });
});
