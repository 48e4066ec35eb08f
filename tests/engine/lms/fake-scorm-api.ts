/**
 * A SCORM 1.2 API object for tests: a data model in a map, every call
 * recorded, and failures on demand (an element that refuses writes, a
 * commit that fails, a call that throws).
 */
import type { Scorm12Api } from '../../../engine/lms/scorm-12-api.js';

/** One recorded call. */
export type FakeCall = [name: string, ...args: string[]];

/** Options of {@link fakeScormApi}. */
export interface FakeOptions {
  /** The data model before launch. */
  data?: Record<string, string>;
  /** Elements whose LMSSetValue answers "false" with this error code. */
  refuseSet?: Record<string, string>;
  /** Elements whose LMSGetValue sets this error code. */
  refuseGet?: Record<string, string>;
  /** LMSCommit answers "false" with error 101. */
  failCommit?: boolean;
  /** LMSInitialize answers "false" with error 101. */
  failInitialize?: boolean;
  /** LMSFinish throws. */
  throwOnFinish?: boolean;
  /** Answer booleans instead of strings, as some platforms do. */
  booleans?: boolean;
}

const WORDS: Record<string, string> = { '0': 'No error', '101': 'General exception', '201': 'Invalid argument error', '403': 'Element is read only', '405': 'Incorrect data type' };

/** A fake API, its recorded calls (error look-ups left out), its data model, and what of it was committed. */
export function fakeScormApi(options: FakeOptions = {}) {
  const calls: FakeCall[] = [];
  const data = new Map(Object.entries({ 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '', 'cmi.core.lesson_location': '', ...options.data }));
  const committed = new Map(data);
  let error = '0';
  const answer = (ok: boolean, code = '101') => {
    error = ok ? '0' : code;
    return options.booleans ? ok : ok ? 'true' : 'false';
  };
  const api: Scorm12Api = {
    LMSInitialize: (parameter) => (calls.push(['LMSInitialize', parameter]), answer(!options.failInitialize)),
    LMSFinish: (parameter) => {
      calls.push(['LMSFinish', parameter]);
      if (options.throwOnFinish) throw new Error('the platform went away');
      for (const [key, value] of data) committed.set(key, value);
      return answer(true);
    },
    LMSGetValue: (element) => {
      calls.push(['LMSGetValue', element]);
      const refused = options.refuseGet?.[element];
      error = refused ?? '0';
      return refused === undefined ? (data.get(element) ?? '') : '';
    },
    LMSSetValue: (element, value) => {
      calls.push(['LMSSetValue', element, value]);
      const refused = options.refuseSet?.[element];
      if (refused === undefined) data.set(element, value);
      return answer(refused === undefined, refused);
    },
    LMSCommit: (parameter) => {
      calls.push(['LMSCommit', parameter]);
      if (!options.failCommit) for (const [key, value] of data) committed.set(key, value);
      return answer(!options.failCommit);
    },
    LMSGetLastError: () => error,
    LMSGetErrorString: (code) => WORDS[code] ?? 'Unknown error',
    LMSGetDiagnostic: (code) => (code === '405' ? 'The value is not of the element’s type' : ''),
  };
  return { api, calls, data, committed };
}
