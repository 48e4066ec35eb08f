/**
 * The shape of a case timeline file (`*.case.yaml`): a resolved professional
 * disagreement written down as dated events, agencies named by role only, so
 * it can be audited against the protocol and turned into a draft scenario.
 */
import { defineFormat } from '../kernel/format-version.js';
import { z } from 'zod';
import { isLondonDateTime } from '../calendar/london-time.js';
import { checkUsableTime } from '../scenario/scenario.schema.js';
import { topicIds } from '../scenario/scenario-vocabulary.js';
import { DEFAULT_PROTOCOL } from '../protocol/built-in-protocol-data.js';

/** The version of the case file format this build writes. */
export const CASE_FORMAT_VERSION = 1;

/** The case file format's versions: the oldest still read, and the migrations up to the current one. */
export const CASE_FORMAT = defineFormat({ current: CASE_FORMAT_VERSION });

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a kebab-case id such as primary-school');
const text = (what: string) => z.string().trim().min(1, `${what} must not be blank`);

/**
 * A moment: London wall-clock time (`2026-12-18T10:00`) or an instant with
 * an offset (`2026-06-01T10:00+01:00`), in the years the bank-holiday
 * calendar covers.
 */
const moment = z
  .string({ invalid_type_error: 'Expected a date and time such as 2026-12-18T10:00' })
  .refine(isLondonDateTime, 'Expected a London date and time written as YYYY-MM-DDTHH:mm (e.g. 2026-12-18T10:00), or with an offset such as +01:00; times the clocks skip do not exist')
  .superRefine((text, context) => {
    // An unreadable time has had its issue; only a readable one is checked against the calendar's years.
    if (isLondonDateTime(text)) checkUsableTime(text, context);
  });

/** An agency involved, named by its role, never by the organisation's or a person's name. */
const CaseAgencySchema = () =>
  z
    .object({
      /** Short kebab-case id used by events' `by`, e.g. `school`. */
      id: kebabId,
      /** What the agency is and its part in the disagreement, e.g. `Primary school (referring agency)`. */
      role: text('An agency role'),
    })
    .strict();

/** One dated event on the timeline. */
const CaseEventSchema = () =>
  z
    .object({
      /** When it happened: London time, or with an offset. */
      at: moment,
      /** What happened: one of the kinds of the case's protocol (see `caseEventKindsOf`), checked when the file is read. */
      kind: kebabId,
      /** The id of the agency that acted, from `agencies`. */
      by: kebabId.optional(),
      /** What happened, in a sentence, without names or identifying details. */
      summary: text('A summary').optional(),
      /** For `resolved` only: the stage the disagreement was resolved at. */
      stage: z.number().int('Expected a whole stage number').min(1, 'Stages count from 1').max(99).optional(),
      /** For `learning-reported` only: the subgroup it was reported to, e.g. `Practice and Learning Subgroup`. */
      subgroup: text('The subgroup').optional(),
    })
    .strict();

/**
 * A whole case timeline file. Cross-field rules: agency ids are unique, every
 * `by` names a listed agency, a `resolved` event gives its `stage`, only a
 * `resolved` event has a `stage`, only `learning-reported` has a `subgroup`,
 * and a `note` has a `summary`.
 *
 * @example
 * const result = CaseFileSchema().safeParse(parseYaml(text));
 * if (result.success) result.data.events.length;
 */
export const CaseFileSchema = () =>
  z
    .object({
      /** The case file format version; 1 when left out. */
      formatVersion: z.literal(CASE_FORMAT_VERSION).default(CASE_FORMAT_VERSION),
      /** A short, non-identifying title, e.g. `Threshold disagreement before Christmas`. */
      title: text('The title').max(120, 'Keep the title under 120 characters').optional(),
      /** Whose safeguarding: one of the protocol's route ids; checked against the protocol when the file is read. */
      audience: kebabId,
      /** The protocol the case followed; the default protocol when left out. */
      protocol: kebabId.default(DEFAULT_PROTOCOL),
      /** When the disagreement was first raised: every timescale counts from here. */
      raised: moment,
      /** Optional: the moment by which the matter had to be settled to keep the person safe, when sooner than 10 working days. */
      safetyBy: moment.optional(),
      /** Optional scenario topics, used by `case scaffold`; inferred when left out. */
      topics: z.array(z.enum(topicIds)).optional(),
      /** The agencies involved, by role. */
      agencies: z.array(CaseAgencySchema()).min(1, 'List at least one agency'),
      /** What happened, one dated event per item. */
      events: z.array(CaseEventSchema()).min(1, 'List at least one event'),
    })
    .strict()
    .superRefine((data, context) => {
      const ids = new Set<string>();
      data.agencies.forEach((agency, index) => {
        if (ids.has(agency.id)) context.addIssue({ code: 'custom', path: ['agencies', index, 'id'], message: `Another agency already has the id "${agency.id}"` });
        ids.add(agency.id);
      });
      data.events.forEach((event, index) => {
        const at = (field: string, message: string) => context.addIssue({ code: 'custom', path: ['events', index, field], message });
        if (event.by !== undefined && !ids.has(event.by)) at('by', `"${event.by}" is not the id of an agency listed under agencies (${[...ids].join(', ')})`);
        if (event.kind === 'resolved' && event.stage === undefined) context.addIssue({ code: 'custom', path: ['events', index], message: 'A resolved event needs the `stage` it was resolved at' });
        if (event.kind !== 'resolved' && event.stage !== undefined) at('stage', 'Only a resolved event has a stage; the other kinds imply theirs');
        if (event.kind !== 'learning-reported' && event.subgroup !== undefined) at('subgroup', 'Only a learning-reported event names a subgroup');
        if (event.kind === 'note' && event.summary === undefined) context.addIssue({ code: 'custom', path: ['events', index], message: 'A note needs a `summary`' });
      });
    });

/** A checked case file, defaults filled in. */
export type CaseFile = z.output<ReturnType<typeof CaseFileSchema>>;
/** One event of a case file. */
export type CaseEvent = z.output<ReturnType<typeof CaseEventSchema>>;
