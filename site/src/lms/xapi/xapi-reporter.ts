/**
 * From a saved session to queued statements: the attempt it belongs to
 * (kept, or a new one when the play was restarted, or when a cmi5 launch
 * names another registration), the statements new since the session last
 * reported (`newStatements`), queued, and only then the session marked as
 * reported, so a crash between the two reports again rather than never
 * (and the same statement ids make the second report harmless).
 */
import { attemptFor } from './attempt-for.js';
import { readAttempt, writeAttempt } from './attempt-store.js';
import type { StatementSender } from './statement-sender.js';
import type { XapiTarget } from './xapi-target.js';
import { newStatements, statementKind, type KeyValueStore, type Scenario, type Session, type XapiAgent } from './xapi-engine.js';

/** What a reporter needs. */
export interface ReporterOptions {
  scenario: Scenario;
  target: Extract<XapiTarget, { kind: 'on' }>;
  actor: XapiAgent;
  store: KeyValueStore;
  sender: StatementSender;
  /** Wall-clock now, ISO 8601. */
  now: () => string;
  newRegistration: () => string;
}

/** Reports sessions. */
export interface XapiReporter {
  /** Queues the statements `session` adds to what was reported. */
  report(session: Session, includeReflections: boolean): void;
}

/**
 * A reporter for one scenario.
 * @example
 * const reporter = xapiReporter({ scenario, target, actor, store: browserStore(), sender, now: wallClockNow, newRegistration: randomUuid });
 * reporter.report(session, false);
 */
export function xapiReporter(options: ReporterOptions): XapiReporter {
  const { scenario, target, actor, store, sender } = options;
  return {
    report(session, includeReflections) {
      const now = options.now();
      const attempt = attemptFor(readAttempt(store, scenario.id), session, { now, launch: target.launch, newRegistration: options.newRegistration });
      let statements;
      try {
        statements = newStatements(scenario, attempt.reported, session, {
          actor,
          registration: attempt.registration,
          ...(target.launch ? { activityId: target.launch.activityId } : {}),
          startedAt: attempt.startedAt,
          includeReflections,
          now,
        });
      } catch {
        // A session the scenario does not replay is the player's to report; there is nothing to state about it.
        return;
      }
      sender.send(statements.map((statement) => ({ kind: statementKind(statement)!, statement })));
      writeAttempt(store, scenario.id, { ...attempt, reported: session });
    },
  };
}
