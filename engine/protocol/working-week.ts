/**
 * How long "a working week" is, for the `workingWeeksAfter` rule. Kept apart
 * from the protocol schema, so the rule interpreter (which the browser runs)
 * does not pull the schema library in with it.
 */

/** The working days in one working week: "within a working week" is read as within 5 working days. */
export const WORKING_DAYS_PER_WEEK = 5;
