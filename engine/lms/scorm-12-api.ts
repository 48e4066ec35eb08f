/**
 * The API object a SCORM 1.2 platform puts on a window for its content to
 * call, as the SCORM 1.2 Run-Time Environment defines it: every function
 * takes and returns strings, `"true"` or `"false"` for success. The type
 * is written here, not taken from a package, because the player must run
 * against whatever object the platform provides.
 */

/** A SCORM 1.2 API adapter, as the platform provides it. */
export interface Scorm12Api {
  /** Starts communication; call with `""`. */
  LMSInitialize(parameter: ''): string | boolean;
  /** Ends communication (and commits); call with `""`. */
  LMSFinish(parameter: ''): string | boolean;
  /** A data model element's value, `""` with an error code when it cannot be read. */
  LMSGetValue(element: string): string;
  /** Sets a data model element. */
  LMSSetValue(element: string, value: string): string | boolean;
  /** Asks the platform to store what has been set; call with `""`. */
  LMSCommit(parameter: ''): string | boolean;
  /** The error code of the last call, `"0"` when it succeeded. */
  LMSGetLastError(): string | number;
  /** The platform's words for an error code. */
  LMSGetErrorString(code: string): string;
  /** More detail about an error, when the platform gives any. */
  LMSGetDiagnostic?(code: string): string;
}

/** The functions a SCORM 1.2 API object must have. */
const REQUIRED = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString'] as const;

/**
 * True when `value` has the functions of a SCORM 1.2 API, so something else
 * that happens to be called `API` on a window is not mistaken for one.
 *
 * @example
 * isScorm12Api(window.parent.API); // true inside a SCORM 1.2 platform's frame
 */
export function isScorm12Api(value: unknown): value is Scorm12Api {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return REQUIRED.every((name) => typeof candidate[name] === 'function');
}

/**
 * True when a call's answer means success. The specification says the
 * string `"true"`; some platforms answer the boolean, which is taken as meant.
 *
 * @example
 * succeeded(api.LMSSetValue('cmi.core.lesson_status', 'passed')); // true
 */
export function succeeded(answer: unknown): boolean {
  return answer === true || answer === 'true';
}
