/**
 * CPD entries: one learning activity each (a scenario played, a workshop,
 * anything else), written up under the headings of a CPD record, with
 * workshop debriefs attached as evidence of peer reflection. The headings
 * and their prompts are data here, so the form, the page and every export
 * say the same thing.
 */
import type { ReflectiveLog } from './reflective-log.js';

/** A file attached to a CPD entry, e.g. a workshop record exported by the terminal app. */
export interface CpdEvidence {
  /** Unique within the entry, given by the shell. */
  id: string;
  /** The file's name as it was chosen. */
  fileName: string;
  /** What it is called: its first heading or page title, else the file name. */
  title: string;
  /** Its readable text: Markdown as it was written, or an HTML page's words. */
  text: string;
  /** When it was attached (ISO), given by the shell. */
  attachedAt: string;
}

/** The written parts of a CPD entry, one per heading. */
export interface CpdTexts {
  /** Description of the activity. */
  description: string;
  /** Why it is relevant to the learner's practice. */
  relevance: string;
  /** What was learnt. */
  learning: string;
  /** The impact on the learner's practice. */
  impactOnPractice: string;
  /** The impact on the people the learner works with. */
  impactOnPeople: string;
  /** Peer reflection: with whom, how, and what came of it. */
  peerReflection: string;
}

/** One CPD entry. */
export interface CpdRecord extends CpdTexts {
  /** Unique within the log, given by the shell. */
  id: string;
  /** The activity, e.g. a scenario's title or "Team workshop on escalation". */
  activity: string;
  /** The Common Ground scenario the activity was, when it was one. */
  scenarioId?: string;
  /** When the activity took place, `YYYY-MM-DD`. */
  date: string;
  /** Time spent, in whole minutes; absent when not recorded. */
  minutes?: number;
  /** Workshop debriefs and other records attached as evidence of peer reflection. */
  evidence: CpdEvidence[];
  /** When the entry was first saved (ISO), given by the shell. */
  createdAt: string;
  /** When it was last changed (ISO), given by the shell. */
  updatedAt: string;
}

/** One written part of a CPD entry: its heading and the prompt that helps fill it in. */
export interface CpdField {
  key: keyof CpdTexts;
  /** The heading, as on the form and in exports. */
  label: string;
  /** Questions to help the learner write it. */
  prompt: string;
}

/**
 * The written parts of a CPD entry, in order: the headings Social Work
 * England asks registrants to record CPD under.
 */
export const CPD_FIELDS: readonly CpdField[] = Object.freeze([
  {
    key: 'description',
    label: 'Description of the activity',
    prompt: 'What did you do, with whom, and in what form: a scenario, a workshop, reading, supervision?',
  },
  {
    key: 'relevance',
    label: 'Why it is relevant to your practice',
    prompt: 'How does it relate to your role, the people you work with, or something you want to get better at?',
  },
  {
    key: 'learning',
    label: 'What you learnt',
    prompt: 'What do you understand or see differently now? What surprised or challenged you?',
  },
  {
    key: 'impactOnPractice',
    label: 'The impact on your practice',
    prompt: 'What will you do differently, or what have you already changed? Give an example if you can.',
  },
  {
    key: 'impactOnPeople',
    label: 'The impact on the people you work with',
    prompt: 'How might children, adults, families, carers or colleagues in other agencies notice the difference?',
  },
  {
    key: 'peerReflection',
    label: 'Peer reflection',
    prompt: 'Who did you reflect with (a colleague, a supervisor, a workshop table), how, and what came out of it? You can attach a workshop debrief as evidence.',
  },
] satisfies CpdField[]);

/** The headings and prompts of the parts of a CPD entry that are not written text. */
export const CPD_DETAILS = Object.freeze({
  activity: {
    label: 'The activity',
    prompt: 'The scenario you played or the learning you did, for example “Workshop: Closing too soon”.',
  },
  date: { label: 'Date of the activity', prompt: 'For example, 18 12 2026.' },
  time: { label: 'Time spent', prompt: 'Hours and minutes, including any reflection afterwards. Leave empty if you did not keep track.' },
  evidence: {
    label: 'Evidence of peer reflection',
    prompt: 'A workshop debrief or record (Markdown, HTML or text) exported from the Common Ground terminal workshop, or another record of the discussion.',
  },
});

/**
 * The time spent in words.
 *
 * @example
 * formatTimeSpent(90);        // '1 hour 30 minutes'
 * formatTimeSpent(undefined); // 'Not recorded'
 */
export function formatTimeSpent(minutes: number | undefined): string {
  if (minutes === undefined || !Number.isFinite(minutes) || minutes <= 0) return 'Not recorded';
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  const parts = [hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '', rest > 0 ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * The log with `record` saved: it replaces the entry with the same id
 * (keeping its place) or is added at the end. The input log is not changed.
 *
 * @example
 * saveCpdRecord(emptyReflectiveLog(), record).records.length; // 1
 */
export function saveCpdRecord(log: ReflectiveLog, record: CpdRecord): ReflectiveLog {
  const index = log.records.findIndex((other) => other.id === record.id);
  const records = index === -1 ? [...log.records, structuredClone(record)] : log.records.map((other, at) => (at === index ? structuredClone(record) : other));
  return { ...log, records };
}

/**
 * The log without the CPD entry `id` (unchanged when there is none).
 *
 * @example
 * deleteCpdRecord(log, 'r1').records.some((record) => record.id === 'r1'); // false
 */
export function deleteCpdRecord(log: ReflectiveLog, id: string): ReflectiveLog {
  return { ...log, records: log.records.filter((record) => record.id !== id) };
}

/**
 * The log without one version of a scenario reflection (matched by its
 * scenario, prompt and time), leaving its other versions.
 *
 * @example
 * deleteReflection(log, { scenarioId: 'closing-too-soon', promptId: 'plan-the-call', updatedAt: '2026-12-18T10:00:00.000Z' });
 */
export function deleteReflection(log: ReflectiveLog, which: { scenarioId: string; promptId: string; updatedAt: string }): ReflectiveLog {
  const index = log.entries.findIndex((entry) => entry.scenarioId === which.scenarioId && entry.promptId === which.promptId && entry.updatedAt === which.updatedAt);
  return index === -1 ? log : { ...log, entries: log.entries.filter((_, at) => at !== index) };
}
