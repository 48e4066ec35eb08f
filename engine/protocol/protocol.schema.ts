/**
 * The shape of a protocol file: the stages of a professional-resolutions
 * process, who acts at each, and the deadlines written in a tiny rule
 * language, with the source wording kept beside every rule. Code interprets
 * this data; a partnership with a different process writes a different file.
 *
 * Cross-references (events named by rules, `assumeAt` targets, placeholders)
 * are checked after parsing by `loadProtocol`, which turns every problem into
 * a plain sentence.
 */
import { isIsoDate } from '../calendar/iso-date.js';
import { defineFormat } from '../kernel/format-version.js';
import { z } from 'zod';

/** The version of the protocol file format this build writes. */
export const PROTOCOL_FORMAT_VERSION = 1;

/** The protocol file format's versions: the oldest still read, and the migrations up to the current one. */
export const PROTOCOL_FORMAT = defineFormat({ current: PROTOCOL_FORMAT_VERSION });

const eventName = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'an event name is camelCase letters and digits, e.g. "stage4Discussion"');
const kebabId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'an id is lower-case kebab-case, e.g. "my-partnership"');
const text = z.string().trim().min(1, 'this text must not be empty');

/**
 * The longest timescale a rule may give: a year, in each of its units.
 * Resolution protocols count days and weeks; a rule of millions of days is
 * a typing error, and would put due dates past any calendar (the working
 * days of years without bank holidays would count weekends only).
 */
export const LONGEST_TIMESCALE = Object.freeze({ hours: 366 * 24, workingDays: 260, workingWeeks: 52 });

/** A list of stage numbers (the `stage` field of stages), e.g. `[6, 7]`. */
const stageNumbers = () => z.array(z.number().int().positive());

/** `{ hoursAfter: n, from: event }`: exactly n elapsed hours after the event. */
const HoursAfterRuleSchema = () =>
  z
    .object({
      /** Elapsed hours, up to a year; a span across a clock change is still exactly this long. */
      hoursAfter: z
        .number()
        .positive('hoursAfter must be more than 0')
        .max(LONGEST_TIMESCALE.hours, `hoursAfter must be at most ${LONGEST_TIMESCALE.hours} (a year)`),
      /** The event the hours count from. */
      from: eventName,
    })
    .strict();

/**
 * `{ workingDaysAfter: n, from: event }`: the end of the nth working day after
 * the event's London day. The event's own day is day 0, working or not.
 */
const WorkingDaysAfterRuleSchema = () =>
  z
    .object({
      /** Whole working days, from 1 to 260 (a year of them). */
      workingDaysAfter: z
        .number()
        .int('workingDaysAfter must be a whole number')
        .positive('workingDaysAfter must be at least 1')
        .max(LONGEST_TIMESCALE.workingDays, `workingDaysAfter must be at most ${LONGEST_TIMESCALE.workingDays} (a year of working days)`),
      /** The event the working days count from. */
      from: eventName,
    })
    .strict();

/**
 * `{ workingWeeksAfter: n, from: event }`: "within a working week". A working
 * week is read as five working days, so this is the end of the (5 × n)th
 * working day after the event's London day, counted as `workingDaysAfter` is.
 */
const WorkingWeeksAfterRuleSchema = () =>
  z
    .object({
      /** Whole working weeks, from 1 to 52. */
      workingWeeksAfter: z
        .number()
        .int('workingWeeksAfter must be a whole number')
        .positive('workingWeeksAfter must be at least 1')
        .max(LONGEST_TIMESCALE.workingWeeks, `workingWeeksAfter must be at most ${LONGEST_TIMESCALE.workingWeeks} (a year)`),
      /** The event the working weeks count from. */
      from: eventName,
    })
    .strict();

/**
 * `{ endOfWorkingDay: event }`: the end of the working day on which the event
 * happened, or of the next working day if it happened on a non-working day.
 */
const EndOfWorkingDayRuleSchema = () =>
  z
    .object({
      /** The event whose (next) working day is meant. */
      endOfWorkingDay: eventName,
    })
    .strict();

/** `{ at: event }`: the event's own time, used for a deadline set by a person (e.g. "keeps the child safe"). */
const AtRuleSchema = () =>
  z
    .object({
      /** The event whose time is the deadline. */
      at: eventName,
    })
    .strict();

/** `{ hoursAfter: n, from: event }`. */
export type HoursAfterRule = z.infer<ReturnType<typeof HoursAfterRuleSchema>>;
/** `{ workingDaysAfter: n, from: event }`. */
export type WorkingDaysAfterRule = z.infer<ReturnType<typeof WorkingDaysAfterRuleSchema>>;
/** `{ workingWeeksAfter: n, from: event }`. */
export type WorkingWeeksAfterRule = z.infer<ReturnType<typeof WorkingWeeksAfterRuleSchema>>;
/** `{ endOfWorkingDay: event }`. */
export type EndOfWorkingDayRule = z.infer<ReturnType<typeof EndOfWorkingDayRuleSchema>>;
/** `{ at: event }`. */
export type AtRule = z.infer<ReturnType<typeof AtRuleSchema>>;
/**
 * `{ earliest: [rule, ...] }`: whichever term falls sooner. A term whose event
 * is optional and was not given is left out. (Written by hand because zod
 * cannot infer a recursive type.)
 */
export interface EarliestRule {
  /** The competing terms, at least one. */
  earliest: Rule[];
}
/** One deadline rule in the protocol's rule language. */
export type Rule = HoursAfterRule | WorkingDaysAfterRule | WorkingWeeksAfterRule | EndOfWorkingDayRule | AtRule | EarliestRule;

/** A deadline rule: one of the six rule kinds, `earliest` nesting the others. */
const RuleSchema = (): z.ZodType<Rule> =>
  z.lazy(() =>
    z.union([
      HoursAfterRuleSchema(),
      WorkingDaysAfterRuleSchema(),
      WorkingWeeksAfterRuleSchema(),
      EndOfWorkingDayRuleSchema(),
      AtRuleSchema(),
      z
        .object({
          earliest: z.array(RuleSchema()).min(1, 'earliest needs at least one rule'),
        })
        .strict(),
    ]),
  );

/**
 * Text that may differ by route (audience): either one string for everyone,
 * or one per route id, e.g. `{ "child": "...", "adult": "..." }`. Strings may
 * hold `{placeholders}` naming a field of the route.
 */
const RouteTextSchema = () => z.union([text, z.record(kebabId, text)]);
/** See {@link RouteTextSchema}. */
export type RouteText = z.infer<ReturnType<typeof RouteTextSchema>>;

/** Something that happens during the process, which deadlines count from. */
const EventSchema = () =>
  z
    .object({
      /** Short human name, e.g. "Stage 5 referral made". */
      label: text,
      /** What exactly counts as the event happening. */
      description: text.optional(),
      /**
       * True when the event may never happen (e.g. a safety deadline set by
       * a practitioner); rule terms that need it are then left out.
       */
      optional: z.boolean().optional(),
      /**
       * True when the event may come before the disagreement is raised (the
       * disputed decision itself), so the rule that nothing happens before
       * `raised` does not apply to it.
       */
      mayPrecedeRaised: z.boolean().optional(),
      /** The kind a case file uses to record this event directly, e.g. "disputed-decision". */
      caseEvent: kebabId.optional(),
      /**
       * For an optional event: one sentence saying what the deadlines do
       * when it is not given, shown beside the table (e.g. "Stages 3 and 4
       * count from when the disagreement was raised.").
       */
      ifNotGiven: text.optional(),
      /**
       * When the event's time is not known, assume it happens at this stage
       * deadline: the latest permitted moment, giving the outer envelope.
       */
      assumeAt: z
        .object({
          /** Stage number. */
          stage: z.number().int().positive(),
          /** Deadline id within that stage. */
          deadline: kebabId,
        })
        .strict()
        .optional(),
    })
    .strict();
/** See {@link EventSchema}. */
export type ProtocolEvent = z.infer<ReturnType<typeof EventSchema>>;

/**
 * One route through the process (e.g. children or adults), carrying the
 * names that differ between them. Any string field can be used as a
 * `{placeholder}` in stage text.
 */
export const RouteSchema = () =>
  z
    .object({
      /** Human name of the route, e.g. "Children (NYSCP)". */
      label: text,
      /** The source wording the route's names were taken from, by field. */
      source: z.record(z.string(), text).optional(),
    })
    .catchall(text);
/** See {@link RouteSchema}. */
export type ProtocolRoute = z.infer<ReturnType<typeof RouteSchema>>;

/**
 * What a deadline and a cap both are: a rule with a stable id and a human
 * name. A deadline's id is unique within its stage (the table names it
 * `${stage}.${id}`, e.g. "1.limit"); a cap's is shown as `cappedBy`.
 */
const namedRule = () => ({
  /** Stable id, e.g. "limit" or "safety". */
  id: kebabId,
  /** Human name, e.g. "Resolve at the latest". */
  label: text,
  /** When it falls. */
  rule: RuleSchema(),
});

/** One named deadline of a stage. */
const DeadlineSchema = () =>
  z
    .object({
      ...namedRule(),
      /** Whether the step must have started ("start") or be finished ("end") by then. */
      measuredAt: z.enum(['start', 'end']),
    })
    .strict();
/** See {@link DeadlineSchema}. */
export type ProtocolDeadline = z.infer<ReturnType<typeof DeadlineSchema>>;

/** One stage of the process. */
const StageSchema = () =>
  z
    .object({
      /** Stage number, counting from 1 with no gaps. */
      stage: z.number().int().positive(),
      /** Short title, our own words. */
      title: text,
      /** What happens, our own words; may use route placeholders. */
      action: RouteTextSchema(),
      /** Who acts; one string, or one per route. */
      owner: RouteTextSchema(),
      /** The timescale in our own words, shown as the stage's rule. */
      timescale: text,
      /** The stage's deadlines, at least one. */
      deadlines: z.array(DeadlineSchema()).min(1, 'a stage needs at least one deadline'),
      /** Id of the deadline that is the stage's due time. */
      due: kebabId,
      /** Id of an earlier aim inside the due time (e.g. stage 1's 24 hours). */
      target: kebabId.optional(),
      /** Id of the deadline by which a meeting is held (e.g. the panel). */
      meetingBy: kebabId.optional(),
      /**
       * The kinds of event a case timeline records for this stage, each with
       * its name and meaning. `concludes` marks the event that ends the stage
       * (the discussion concluding, the panel's recommendations). Every
       * stage also accepts the kinds `stage-N` and `stage-N-concluded`.
       */
      caseEvents: z
        .array(
          z
            .object({
              /** Kebab-case kind, e.g. "dsl-discussion". */
              kind: kebabId,
              /** Short name for timelines, e.g. "Designated safeguarding lead's discussion". */
              label: text,
              /** What the event means, in plain words. */
              about: text,
              /** True when the event ends its stage. */
              concludes: z.boolean().optional(),
            })
            .strict(),
        )
        .optional(),
      /**
       * True for a stage at the escalation panel's level (North Yorkshire's
       * stages 6 and 7): a scenario reaching it counts as reaching the panel.
       */
      panel: z.boolean().optional(),
      /** Stage numbers that must have failed to resolve the matter first. */
      requiresUnresolved: stageNumbers().optional(),
      /** Id of the guidance section that explains the stage. */
      guidance: z.string().optional(),
      /** The source wording, verbatim. */
      source: z
        .object({
          /** The source's action text. */
          action: text,
          /** The source's owner text. */
          owner: text,
          /** The source's timescale text. */
          timescale: text,
        })
        .strict(),
    })
    .strict();
/** See {@link StageSchema}. */
export type ProtocolStage = z.infer<ReturnType<typeof StageSchema>>;

/**
 * A limit that pulls stage deadlines forward: no deadline of the stages it
 * covers may fall after it (e.g. a safety deadline, or "no longer than 13
 * working days from the point of disagreement being raised").
 */
const CapSchema = () =>
  z
    .object({
      // A cap on an optional event that was not given does not apply.
      ...namedRule(),
      /** The stage numbers it covers; every stage when left out. */
      stages: stageNumbers().min(1, 'list at least one stage, or leave "stages" out for all').optional(),
      /**
       * True when an actual (given) event the deadline counts from may come
       * after the cap: the cap has then already been broken, so the deadline
       * counts from the actual event and the stage is reported as late.
       * False (the default): the cap holds even then.
       */
      yieldsToLateEvents: z.boolean().optional(),
      /** The source wording the cap rests on, verbatim. */
      source: text,
    })
    .strict();
/** See {@link CapSchema}. */
export type ProtocolCap = z.infer<ReturnType<typeof CapSchema>>;

/** One of our interpretations of the source, and the stages it is about. */
const NoteSchema = () =>
  z.strictObject({
    /** Stable id, used as a link target, e.g. "stage-1-window". */
    id: kebabId,
    /** The interpretation, in plain sentences. */
    text: text,
    /** The stage numbers it applies to; a note for the whole process when left out. */
    stages: stageNumbers().optional(),
  });

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:MM in 24 hours, e.g. "09:00"');

/**
 * The hours a deadline can sensibly be met in. Not in any source: it is our
 * assumption, used only to warn that an hour-based deadline falls at night,
 * and every warning says it is our advice.
 */
const OfficeHoursSchema = () =>
  z
    .object({
      /** When the working day starts, e.g. "09:00". */
      start: clockTime,
      /** When it ends, e.g. "17:00". */
      end: clockTime,
    })
    .strict()
    .refine((hours) => hours.start < hours.end, 'start must be before end');
/** See {@link OfficeHoursSchema}. */
export type OfficeHours = z.infer<ReturnType<typeof OfficeHoursSchema>>;

/** Where the protocol comes from. */
const ProtocolSourceSchema = () =>
  z
    .object({
      /** Title of the source document. */
      title: text,
      /** Who publishes it. */
      publisher: text,
      /** What kind of document it is, e.g. "Practice guidance". */
      kind: text.optional(),
      /** The date it was last updated, YYYY-MM-DD. */
      updated: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'updated is a date written YYYY-MM-DD')
        // A case audit cites the date in words, so it must be a day that exists.
        .refine(isIsoDate, 'updated is not a real day (check the month and the day of the month)')
        .optional(),
      /** The section the stages are taken from. */
      section: text.optional(),
      /** Where to read it. */
      url: z.string().url().optional(),
    })
    .strict();

/** A whole protocol file. */
export const ProtocolSchema = () =>
  z
    .object({
      /** Version of this file format; checked before anything else. */
      formatVersion: z.literal(PROTOCOL_FORMAT_VERSION),
      /** Stable id, kebab-case, e.g. "north-yorkshire". */
      id: kebabId,
      /** Human name. */
      name: text,
      /** One or two sentences on what the process is for. */
      summary: text.optional(),
      /** The source document. */
      source: ProtocolSourceSchema(),
      /** The time zone of every local time; working days are English, so only Europe/London. */
      timeZone: z.literal('Europe/London', {
        errorMap: () => ({ message: 'timeZone must be "Europe/London": the working-day calendar is for England and Wales' }),
      }),
      /** The local time a day ends, e.g. "23:59:59". */
      endOfDay: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/, 'endOfDay is a 24-hour time such as "23:59:59"'),
      /** The events deadlines count from, by name; must include "raised". */
      events: z.record(eventName, EventSchema()),
      /** The routes (audiences), by id, e.g. "child" and "adult". */
      routes: z.record(kebabId, RouteSchema()).refine((routes) => Object.keys(routes).length > 0, 'at least one route is needed'),
      /** The stages in order. */
      stages: z.array(StageSchema()).min(1, 'at least one stage is needed'),
      /** Limits that pull stage deadlines forward, in the order they are checked. */
      caps: z.array(CapSchema()).optional(),
      /** Our assumption of office hours, for warnings only (see {@link OfficeHoursSchema}). */
      officeHours: OfficeHoursSchema().optional(),
      /** What to do when someone is at immediate risk of harm. */
      immediateRisk: z
        .object({
          /** What to do, our own words. */
          summary: text,
          /** Id of the guidance section that explains it. */
          guidance: z.string().optional(),
          /** The source wording, verbatim (one passage or several). */
          source: z.union([text, z.array(text)]),
        })
        .strict()
        .optional(),
      /** Disagreements about mental capacity (adults). */
      capacity: z
        .object({
          /** The route it applies to, e.g. "adult". */
          audience: kebabId,
          /** The approach, our own words. */
          summary: text,
          /** The steps in order, each with an id and a label. */
          steps: z.array(z.object({ id: kebabId, label: text }).strict()),
          /** Id of the guidance section that explains it. */
          guidance: z.string().optional(),
          /** The source wording, verbatim. */
          source: text,
        })
        .strict()
        .optional(),
      /** What happens after a resolution. */
      followingResolution: z
        .object({
          /** What happens next, our own words; may use route placeholders. */
          summary: text,
          /** Id of the guidance section that explains it. */
          guidance: z.string().optional(),
          /** The source wording, verbatim. */
          source: text,
        })
        .strict()
        .optional(),
      /** Our interpretations of the source, each with the stages it is about. */
      notes: z.array(NoteSchema()),
    })
    .strict();

/** A parsed protocol file. Get one from `loadProtocol`, which also checks cross-references. */
export type Protocol = z.infer<ReturnType<typeof ProtocolSchema>>;
