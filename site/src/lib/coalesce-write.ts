import { type Scenario, type Session, type StepOptions, writeResponse } from '../../../engine/runtime.js';

/**
 * Writes a prompt's text into the session, replacing the previous write
 * when it was the last step and for the same prompt. Text is saved as it is
 * typed; without this every pause in typing would add a step to the log.
 *
 * @example
 * ```ts
 * session = coalesceWrite(scenario, session, 'call-notes', 'Agreed four weeks.');
 * ```
 */
export function coalesceWrite(scenario: Scenario, session: Session, promptId: string, text: string, options: StepOptions = {}): Session {
  const last = session.steps[session.steps.length - 1];
  const base = last?.type === 'write' && last.promptId === promptId ? { ...session, steps: session.steps.slice(0, -1) } : session;
  return writeResponse(scenario, base, promptId, text, options);
}
