import { PERSONAL_DATA_KINDS, type PersonalDataKind } from '../../../../engine/privacy/personal-data-kinds.js';

/** One labelled snippet: a text and the personal data a perfect scanner would report. */
export interface LabelledSnippet {
  id: string;
  text: string;
  /** Names the snippet's scenario declares as fictional cast. */
  cast?: readonly string[];
  labels: readonly { kind: PersonalDataKind; text: string }[];
}

/** What a scanner under measurement must return for each snippet. */
export interface ScoredFinding {
  kind: PersonalDataKind;
  offset: number;
  length: number;
  text: string;
}

/** Counts and rates for one kind, or for all kinds together. */
export interface PrecisionRecall {
  /** Findings that overlap a label of the same kind. */
  correctFindings: number;
  /** Every finding reported. */
  findings: number;
  /** Labels overlapped by a finding of the same kind. */
  foundLabels: number;
  /** Every label. */
  labels: number;
  /** correctFindings / findings (1 when nothing was reported). */
  precision: number;
  /** foundLabels / labels (1 when there was nothing to find). */
  recall: number;
}

/** The result of {@link measurePrecisionRecall}. */
export interface PrecisionRecallReport {
  overall: PrecisionRecall;
  byKind: Record<PersonalDataKind, PrecisionRecall>;
  /** Findings that match no label, for diagnosing precision. */
  falseAlarms: { id: string; kind: PersonalDataKind; text: string }[];
  /** Labels no finding matched, for diagnosing recall. */
  misses: { id: string; kind: PersonalDataKind; text: string }[];
}

interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

const overlaps = (a: Span, b: Span): boolean => a.kind === b.kind && a.start < b.end && b.start < a.end;

/** Places each label at an occurrence of its text, using each occurrence once. */
function labelSpans(snippet: LabelledSnippet): Span[] {
  const used = new Set<string>();
  return snippet.labels.map((label) => {
    let start = snippet.text.indexOf(label.text);
    while (start !== -1 && used.has(`${label.kind}:${start}`)) start = snippet.text.indexOf(label.text, start + 1);
    if (start === -1) throw new Error(`Snippet ${snippet.id}: label text "${label.text}" is not in the snippet`);
    used.add(`${label.kind}:${start}`);
    return { kind: label.kind, start, end: start + label.text.length, text: label.text };
  });
}

const rate = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

function tally(correctFindings: number, findings: number, foundLabels: number, labels: number): PrecisionRecall {
  return {
    correctFindings,
    findings,
    foundLabels,
    labels,
    precision: rate(correctFindings, findings),
    recall: rate(foundLabels, labels),
  };
}

/**
 * Measures a scanner against labelled snippets. A finding matches a label when
 * the kinds are equal and the spans overlap. Pure: it runs `scan` on each
 * snippet and counts, so a benchmark can reuse it with any scanner.
 *
 * @example
 * const report = measurePrecisionRecall(snippets, (s) => scanForPersonalData(s.text, { cast: castOf(s) }));
 * report.overall.precision; // e.g. 0.97
 */
export function measurePrecisionRecall(
  labelled: readonly LabelledSnippet[],
  scan: (snippet: LabelledSnippet) => readonly ScoredFinding[],
): PrecisionRecallReport {
  const counts = Object.fromEntries(
    PERSONAL_DATA_KINDS.map((kind) => [kind, { correct: 0, findings: 0, found: 0, labels: 0 }]),
  ) as Record<PersonalDataKind, { correct: number; findings: number; found: number; labels: number }>;
  const falseAlarms: PrecisionRecallReport['falseAlarms'] = [];
  const misses: PrecisionRecallReport['misses'] = [];

  for (const snippet of labelled) {
    const labels = labelSpans(snippet);
    const findings: Span[] = scan(snippet).map((f) => ({ kind: f.kind, start: f.offset, end: f.offset + f.length, text: f.text }));
    for (const finding of findings) {
      counts[finding.kind].findings++;
      if (labels.some((label) => overlaps(label, finding))) counts[finding.kind].correct++;
      else falseAlarms.push({ id: snippet.id, kind: finding.kind, text: finding.text });
    }
    for (const label of labels) {
      counts[label.kind].labels++;
      if (findings.some((finding) => overlaps(label, finding))) counts[label.kind].found++;
      else misses.push({ id: snippet.id, kind: label.kind, text: label.text });
    }
  }

  const byKind = Object.fromEntries(
    PERSONAL_DATA_KINDS.map((kind) => {
      const c = counts[kind];
      return [kind, tally(c.correct, c.findings, c.found, c.labels)];
    }),
  ) as Record<PersonalDataKind, PrecisionRecall>;
  const sum = (pick: (c: PrecisionRecall) => number): number =>
    PERSONAL_DATA_KINDS.reduce((total, kind) => total + pick(byKind[kind]), 0);
  const overall = tally(
    sum((c) => c.correctFindings),
    sum((c) => c.findings),
    sum((c) => c.foundLabels),
    sum((c) => c.labels),
  );
  return { overall, byKind, falseAlarms, misses };
}

/**
 * Renders a report as a fixed-width table, one row per kind and a total.
 *
 * @example
 * console.log(formatPrecisionRecallTable(report));
 */
export function formatPrecisionRecallTable(report: PrecisionRecallReport): string {
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);
  const row = (name: string, r: PrecisionRecall): string =>
    `${name.padEnd(15)} ${String(r.labels).padStart(6)} ${String(r.findings).padStart(8)} ${pct(r.precision)} ${pct(r.recall)}`;
  return [
    `${'kind'.padEnd(15)} ${'labels'.padStart(6)} ${'findings'.padStart(8)} ${'precis.'.padStart(7)} ${'recall'.padStart(7)}`,
    ...PERSONAL_DATA_KINDS.map((kind) => row(kind, report.byKind[kind])),
    row('overall', report.overall),
  ].join('\n');
}
