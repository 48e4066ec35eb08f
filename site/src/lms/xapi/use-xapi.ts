/**
 * xAPI for a package's player, as a hook: off unless the package was built
 * for a record store or launched by cmi5. When on, `observe` is given every
 * session the player saves (LmsPlayer passes it to `lmsPersistence`'s
 * `onSession`) and queues what is new; the sender sends it, now or when the
 * store can be reached. The learner's opt-in to sending what they write is
 * read from and remembered in this browser; opting out withdraws what
 * they wrote that is still waiting to be sent.
 *
 * Everything is set up during the first render, not in an effect, because
 * the player's first load (in its own effect, which runs before this
 * component's) already reports the resumed session.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browserStore, wallClockNow } from '../../lib/browser-store.js';
import type { PackageData } from '../package-data.js';
import { learnerName } from './attempt-store.js';
import { readOptIn, writeOptIn } from './opt-in-store.js';
import { randomUuid } from './random-uuid.js';
import { statementQueue } from './statement-queue.js';
import { statementSender, type SenderStatus, type StatementSender } from './statement-sender.js';
import { xapiReporter, type XapiReporter } from './xapi-reporter.js';
import { xapiTarget } from './xapi-target.js';
import { anonymousActor, type Session } from './xapi-engine.js';

/** What LmsPlayer and its controls get. */
export interface XapiState {
  /** Whether statements are sent at all. */
  enabled: boolean;
  /** Whether they are about an anonymous account (not a cmi5 launch's learner). */
  anonymous: boolean;
  /** Reports a saved session; stable across renders. */
  observe: (session: Session) => void;
  /** The learner opted in to sending what they write. */
  includeWriting: boolean;
  setIncludeWriting: (include: boolean) => void;
  /** What is waiting and what went wrong; null when off. */
  status: SenderStatus | null;
  /** Why a cmi5 launch in the address was not followed, if one was there. */
  brokenLaunch: string | null;
}

interface Running {
  sender: StatementSender;
  reporter: XapiReporter;
}

/**
 * The player's xAPI.
 * @example
 * const xapi = useXapi(data);
 * const persistence = useMemo(() => lmsPersistence(opening, setReport, (session) => xapi.observe(session)), [opening]);
 */
export function useXapi(data: PackageData): XapiState {
  const target = useMemo(() => xapiTarget(data.xapi, window.location.search), [data]);
  const running = useMemo((): Running | null => {
    if (target.kind === 'off') return null;
    const store = browserStore();
    const sender = statementSender({ endpoint: target.endpoint, authorization: target.authorization, queue: statementQueue(store, target.endpoint) });
    const actor = target.launch?.actor ?? anonymousActor(window.location.origin, learnerName(store));
    return { sender, reporter: xapiReporter({ scenario: data.scenario, target, actor, store, sender, now: wallClockNow, newRegistration: randomUuid }) };
  }, [target, data]);
  const [includeWriting, setInclude] = useState(() => readOptIn(browserStore()));
  const includeRef = useRef(includeWriting);
  const [status, setStatus] = useState<SenderStatus | null>(() => running?.sender.status() ?? null);

  useEffect(() => {
    if (!running) return undefined;
    const { sender } = running;
    const stop = sender.subscribe(setStatus);
    const online = () => sender.backOnline();
    window.addEventListener('online', online);
    // Whatever an earlier visit left in the queue goes now.
    void sender.flush();
    return () => {
      stop();
      window.removeEventListener('online', online);
    };
  }, [running]);

  const observe = useCallback((session: Session) => running?.reporter.report(session, includeRef.current), [running]);
  const setIncludeWriting = useCallback(
    (include: boolean) => {
      includeRef.current = include;
      setInclude(include);
      writeOptIn(browserStore(), include);
      if (!include) running?.sender.withdraw('reflection');
    },
    [running],
  );

  return { enabled: running !== null, anonymous: target.kind === 'on' && target.launch === null, observe, includeWriting, setIncludeWriting, status, brokenLaunch: target.brokenLaunch };
}
