/**
 * The scenario format's version, apart from its schema so that code which
 * only checks a version (a build cache, a model handed to the browser) does
 * not load the schema library.
 */
import { defineFormat } from '../kernel/format-version.js';

/** The version of the scenario format this build writes. */
export const SCENARIO_FORMAT_VERSION = 1;

/** The scenario format's versions: the oldest still read, and the migrations up to the current one. */
export const SCENARIO_FORMAT = defineFormat({ current: SCENARIO_FORMAT_VERSION });
