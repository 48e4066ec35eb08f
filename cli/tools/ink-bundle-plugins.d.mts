import type { Plugin } from 'esbuild';

/** Leaves Ink's React devtools hook a dynamic import of the (uninstalled) package. */
export declare const inkDevtoolsOnDemand: Plugin;
/** Has yoga-layout decode its WebAssembly itself instead of through `fetch` (undici). */
export declare const yogaWithoutFetch: Plugin;
