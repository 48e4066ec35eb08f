/**
 * Checking the draft as it is written: a quarter of a second after typing
 * pauses, the text goes to the worker; its answer is used only if the text
 * has not changed since (otherwise another check is already on its way).
 * The last draft without errors is kept for the preview and test plans.
 */
import { useEffect, useRef, useState } from 'react';
import type { Finding, Scenario } from '../../../../engine/runtime.js';
import type { StudioWorker } from './studio-worker.js';
import type { CheckedMap, CheckReply } from './worker-messages.js';

/** How long typing may pause before the draft is checked. */
export const CHECK_DELAY_MS = 250;

/** What the latest check said. */
export interface DraftCheck {
  /** Undefined until the first answer. */
  findings: Finding[] | undefined;
  /** The findings before these, for saying what changed. */
  previous: Finding[] | undefined;
  /** The last version of the draft without errors, if there has been one. */
  playable: Scenario | undefined;
  map: CheckedMap | undefined;
  protocolId: string | undefined;
  /** True while the text on screen has not been checked yet. */
  checking: boolean;
  /** Why the checks stopped, when they did. */
  broken: string | undefined;
  /** Bumped with every answer, so the page can announce each one once. */
  answers: number;
  /** How long the last check took in the worker, in milliseconds (shown to tests and benchmarks as `data-check-ms`). */
  elapsedMs: number | undefined;
  /** Of that, the checks alone (`data-check-only-ms`). */
  checkMs: number | undefined;
}

const EMPTY: DraftCheck = { findings: undefined, previous: undefined, playable: undefined, map: undefined, protocolId: undefined, checking: true, broken: undefined, answers: 0, elapsedMs: undefined, checkMs: undefined };

/**
 * @example
 * ```tsx
 * const check = useDraftCheck(worker, draft.text, 'my-draft.mdx', draft.opening);
 * <FindingsList findings={check.findings ?? []} />
 * ```
 * `draftKey` changes when another draft is opened: what is kept from the
 * last one (its playable version, the findings to compare with) is dropped.
 */
export function useDraftCheck(worker: StudioWorker | undefined, text: string | undefined, file: string, draftKey: number | undefined): DraftCheck {
  const [state, setState] = useState<DraftCheck>(EMPTY);
  const posted = useRef<string | undefined>(undefined);
  const textRef = useRef(text);
  textRef.current = text;

  useEffect(() => setState(EMPTY), [draftKey]);

  useEffect(() => {
    if (!worker || text === undefined) return;
    setState((current) => (current.checking ? current : { ...current, checking: true }));
    const timer = window.setTimeout(() => {
      posted.current = text;
      worker.check(text, file);
    }, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
    // draftKey too: a draft opened with the same text and name as the last (the template started twice) is checked afresh, not left "checking" for ever.
  }, [worker, text, file, draftKey]);

  useEffect(() => {
    if (!worker) return;
    worker.onChecked = (reply: CheckReply) => {
      // Typed since it was posted: the next check is already scheduled.
      if (posted.current !== textRef.current) return;
      setState((current) => ({
        findings: reply.findings,
        previous: current.findings,
        playable: reply.playable ?? current.playable,
        map: reply.map,
        protocolId: reply.protocolId ?? current.protocolId,
        checking: false,
        broken: undefined,
        answers: current.answers + 1,
        elapsedMs: reply.elapsedMs,
        checkMs: reply.checkMs,
      }));
    };
    worker.onFailed = (message: string) => setState((current) => ({ ...current, checking: false, broken: message }));
  }, [worker]);

  return state;
}
