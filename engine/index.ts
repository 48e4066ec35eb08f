/** The engine's public face: front-ends import from here. */
export * from './privacy/index.js';
export * from './search/index.js';
export * from './calendar/index.js';
export * from './protocol/index.js';
export * from './process/index.js';
export * from './scenario/index.js';
export * from './runner/index.js';
export * from './debrief/index.js';
export * from './plan/index.js';
export * from './storage/index.js';
export * from './reflective-log/index.js';
export * from './library/index.js';
export * from './case/index.js';
export * from './workshop/index.js';
