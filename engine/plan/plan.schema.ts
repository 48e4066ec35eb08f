/**
 * The shape of a test plan file (`NAME.plan.yaml`), checked with zod after
 * the YAML is read. Positions are looked up in the YAML tree separately, so
 * every problem can point at its line and column.
 */
import { z } from 'zod';

/** A step: a choice id or exact label (or `continue`), or a write or a wait. */
const PlanStepSchema = () =>
  z.union([
    /** A choice id, its exact label, or `continue` to follow an event shown as "Continue". */
    z.string().min(1, 'A step cannot be empty'),
    z
      .object({
        /** Fill a `<Reflect>` or `<Record>` of the current scene. */
        write: z.object({ id: z.string().min(1), text: z.string() }).strict(),
      })
      .strict(),
    z
      .object({
        /** Let simulated time pass without choosing, e.g. `2 working days`. */
        wait: z.string().min(1),
      })
      .strict(),
  ]);

const checkIds = z.array(z.string().regex(/^\d+\.[a-z][a-z0-9-]*$/, 'Deadline ids look like 1.target or 7.recommendations'));

/** What a route expects at its end. */
const PlanExpectSchema = () =>
  z
    .object({
      /** The ending id reached. */
      ending: z.string().min(1).optional(),
      /** The stage at the end (the ending's stage). */
      stage: z.number().int().min(1).max(20).optional(),
      /** Deadlines that must be met; `[]` means none may be. */
      met: checkIds.optional(),
      /** Deadlines that must be missed; `[]` means none may be. */
      missed: checkIds.optional(),
      /** Deadlines that must still be pending; `[]` means none may be. */
      pending: checkIds.optional(),
      /** The ending's outcome. */
      outcome: z.enum(['good', 'mixed', 'poor']).optional(),
    })
    .strict();

/** One route: a name, its steps and what it expects. */
const PlanRouteSchema = () =>
  z
    .object({
      /** What the route tests, e.g. `Recommended path`. */
      name: z.string().min(1, 'Give the route a name'),
      /** The moves, in order. */
      steps: z.array(PlanStepSchema()).min(1, 'A route needs at least one step'),
      /** What must be true at the end. */
      expect: PlanExpectSchema().default({}),
    })
    .strict();

/** A whole plan file. */
export const PlanSchema = () =>
  z
    .object({
      /** The routes to play. */
      routes: z.array(PlanRouteSchema()).min(1, 'A plan needs at least one route'),
    })
    .strict();
