/**
 * The frontmatter of a scenario file, as a zod schema. It is a plain object
 * schema (no transforms beyond date normalising) so the site's Astro content
 * collection can use the very same definition.
 */
import { z } from 'zod';
import { checkLondonDateTime } from '../calendar/check-london-date-time.js';
import { isRealDate } from '../calendar/iso-date.js';
import { PERSONAL_DATA_KINDS } from '../privacy/personal-data-kinds.js';
import { DEFAULT_PROTOCOL } from '../protocol/built-in-protocol-data.js';
import { topicIds } from './scenario-vocabulary.js';

import { SCENARIO_FORMAT_VERSION } from './scenario-format.js';

export { SCENARIO_FORMAT_VERSION };

/** kebab-case ids: lower-case letters and digits in words joined by single hyphens. */
const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `id` is a kebab-case id such as `monday-morning`. */
export function isKebabId(id: string): boolean {
  return kebabId.test(id);
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * YAML loaders disagree about dates: the `yaml` package keeps `2026-12-18` as
 * a string, while js-yaml (used by some Astro loaders) turns it into a Date at
 * UTC midnight, and `2026-12-18 10:00:00` into a UTC instant. Both mean London
 * wall-clock time to the author, so a Date is read back through its UTC fields.
 */
function normaliseDateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const seconds = value.getUTCSeconds();
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
    return time === '00:00' ? day : `${day}T${time}`;
  }
  if (typeof value === 'string') return value.trim().replace(' ', 'T');
  return value;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A calendar day, `YYYY-MM-DD`. */
const isoDay = z.preprocess(
  normaliseDateInput,
  z.string().refine((text) => {
    const match = datePattern.exec(text);
    return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }, 'Expected a date written as YYYY-MM-DD, e.g. 2026-11-20'),
);

/** True for `YYYY-MM-DDTHH:mm` (or `…:ss`) naming a real calendar day and a real time of day. */
function isWellFormedDateTime(text: string): boolean {
  const match = dateTimePattern.exec(text);
  if (match === null) return false;
  const [hours, minutes, seconds] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) && hours < 24 && minutes < 60 && seconds < 60;
}

/**
 * Adds an issue when a date and time, already in the right form, is not
 * one the calendar can use (a time the clocks skip, a year outside the
 * bank-holiday calendar), with the calendar's reason and advice: the one
 * time check of the scenario and case file schemas.
 *
 * @example
 * z.string().superRefine(checkUsableTime);
 */
export function checkUsableTime(text: string, context: z.RefinementCtx): void {
  const problem = checkLondonDateTime(text);
  if (problem) context.addIssue({ code: 'custom', message: `${problem.message} ${problem.hint}` });
}

/** A London wall-clock time, `YYYY-MM-DDTHH:mm` (a space instead of `T` is accepted), that happens, in the calendar's years. */
const londonDateTime = z.preprocess(
  normaliseDateInput,
  z.string().superRefine((text, context) => {
    // One issue per time: its form first, and only a time in the right form against the calendar.
    if (isWellFormedDateTime(text)) checkUsableTime(text, context);
    else context.addIssue({ code: 'custom', message: 'Expected a London date and time written as YYYY-MM-DDTHH:mm, e.g. 2026-12-18T10:00' });
  }),
);

const nonBlank = (what: string) => z.string().trim().min(1, `${what} must not be blank`);

/** One fictional person in the story. */
const CastMemberSchema = () =>
  z
    .object({
      /** The name as the scenario uses it, e.g. `Jo Reilly` or `Maya`. */
      name: nonBlank('A cast name'),
      /** Who they are in the story, e.g. `social worker, children's social care`. */
      role: nonBlank('A cast role'),
    })
    .strict();

/** An author's statement that one personal-data finding is deliberate and safe. */
const AcknowledgementSchema = () =>
  z
    .object({
      /** The kind of personal-data finding, e.g. `phone-number`. */
      kind: z.enum(PERSONAL_DATA_KINDS),
      /** The exact text that was flagged. */
      text: nonBlank('The acknowledged text'),
      /** Why it is safe to publish, e.g. `Ofcom drama number`. */
      reason: nonBlank('The reason'),
    })
    .strict();

/** Where the story comes from and who checked it. */
const ProvenanceSchema = () =>
  z
    .object({
      /** `fictional`, or `composite of resolved cases` (anonymised and changed beyond recognition). */
      basis: z.enum(['fictional', 'composite of resolved cases']),
      /** Who wrote it, e.g. `Common Ground contributors`. */
      author: nonBlank('The author'),
      /** The day a practitioner last reviewed it, `YYYY-MM-DD`. */
      reviewed: isoDay,
    })
    .strict();

/** One part of a workshop's running order. */
const TimingPartSchema = () =>
  z
    .object({
      /** What the room does, e.g. `Stage 1: the call (decisions 1 and 2)`. */
      part: nonBlank('A part of the timing'),
      /** How long it takes. */
      minutes: z.number().int('Expected a whole number of minutes').positive().max(240),
    })
    .strict();

/**
 * The facilitator note a trainer reads before a workshop. Its learning
 * objectives are the scenario's `objectives`; the discussion questions are
 * the `<Discuss>` of each decision scene.
 */
const FacilitatorSchema = () =>
  z
    .object({
      /** The running order of a workshop on this scenario. */
      timing: z.array(TimingPartSchema()).min(1, 'List at least one part of the timing'),
      /** What the room must hear about safe practice, one point per line. */
      safePractice: z.array(nonBlank('A safe-practice point')).min(1, 'List at least one safe-practice point'),
    })
    .strict();

/**
 * The frontmatter of a scenario `.mdx` file.
 *
 * @example
 * const result = ScenarioFrontmatterSchema().safeParse(yamlData);
 */
export const ScenarioFrontmatterSchema = () =>
  z
    .object({
      /** The scenario format version the file is written in; currently 1. */
      formatVersion: z.literal(SCENARIO_FORMAT_VERSION),
      /** The title on the library page, e.g. `Closing too soon`. */
      title: nonBlank('The title').max(120, 'Keep the title under 120 characters'),
      /** One or two sentences for the library page. */
      summary: nonBlank('The summary'),
      /** Whose safeguarding the scenario is about: one of its protocol's route ids; the validator checks it against the protocol. */
      audience: z.string().regex(kebabId, 'Expected a route id of the protocol, written in kebab-case'),
      /** The id of the resolution protocol followed; defaults to the default protocol. */
      protocol: z
        .string()
        .regex(kebabId, 'Expected a kebab-case protocol id')
        .default(DEFAULT_PROTOCOL),
      /** When the disagreement is first raised, London time; the simulated clock starts here. */
      raised: londonDateTime,
      /**
       * When the disputed decision, action or referral happened, London time,
       * when the story starts after it; stages 3 and 4 then count their 10
       * working days from the earlier of the two.
       */
      disputedDecision: londonDateTime.optional(),
      /** Who the learner plays, e.g. `Designated safeguarding lead at a primary school`. */
      role: nonBlank('The role'),
      /** The agencies involved, e.g. `[Primary school, Children's social care]`. */
      agencies: z.array(nonBlank('An agency')).min(1, 'List at least one agency'),
      /** What kind of disagreement this teaches, from the fixed topic list. */
      topics: z.array(z.enum(topicIds)).min(1, 'List at least one topic'),
      /** What the learner should be able to do afterwards, one line each. */
      objectives: z.array(nonBlank('An objective')).min(1, 'List at least one objective'),
      /** About how long one play-through takes, in minutes. */
      estimatedMinutes: z.number().int('Expected a whole number of minutes').positive().max(240),
      /** Where the story comes from and who reviewed it. */
      provenance: ProvenanceSchema(),
      /** Every named (fictional) person; the personal-data guard allows only these names. */
      cast: z.array(CastMemberSchema()),
      /** `draft` keeps a scenario out of the published library; defaults to `published`. */
      status: z.enum(['draft', 'published']).default('published'),
      /** The id of the first scene; defaults to the first `<Scene>` in the file. */
      start: z.string().regex(kebabId, 'Expected the kebab-case id of a scene').optional(),
      /** Personal-data findings the author has checked and accepted, each with a reason. */
      acknowledgements: z.array(AcknowledgementSchema()).default([]),
      /** Words that look like names but are not people, e.g. fictional places (`Moorside`). */
      allowNames: z.array(nonBlank('An allowed name')).default([]),
      /** The facilitator note for trainers: a workshop's timing and the safe-practice points. */
      facilitator: FacilitatorSchema().optional(),
    })
    .strict();

/** The frontmatter after validation: defaults filled in, dates as strings. */
export type ScenarioFrontmatter = z.output<ReturnType<typeof ScenarioFrontmatterSchema>>;

