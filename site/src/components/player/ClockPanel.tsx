import type { SessionView } from '../../../../engine/runtime.js';

/**
 * The simulated clock, the stage the case is in, and the next deadline with
 * the time left in one unit (working days, then hours and minutes on the
 * last day: the engine's `leftLabel`). Immediate risk, when identified, is shown
 * first: then the timescales are no reason to wait.
 */
export function ClockPanel({ view }: { view: SessionView }) {
  const next = view.nextDeadline;
  return (
    <aside className="player-clock" aria-label="Case clock">
      <dl className="player-clock__list">
        <div>
          <dt>Simulated time</dt>
          <dd>
            <time dateTime={view.now}>{view.nowLabel}</time>
          </dd>
        </div>
        <div>
          <dt>Stage</dt>
          <dd>
            Stage {view.stage.number}: {view.stage.title}
            <span className="player-clock__owner">Who acts: {view.stage.owner}</span>
          </dd>
        </div>
        <div>
          <dt>Next deadline</dt>
          <dd>
            {next === null ? (
              'None pending'
            ) : (
              <>
                {next.label}
                {next.kind === 'aim' && ' (an aim inside the window, not a deadline)'}: <time dateTime={next.due}>{next.dueLabel}</time>
                <span className={next.overdue ? 'player-clock__left player-clock__left--overdue' : 'player-clock__left'}>
                  {next.leftLabel}
                </span>
                {next.warning && !next.overdue && <span className="player-clock__warning">{next.warning.text}</span>}
              </>
            )}
          </dd>
        </div>
      </dl>
      {view.immediateRisk && (
        <div className="player-risk" role="note">
          <strong className="player-risk__label">Immediate risk of harm</strong>
          <p>{view.immediateRisk.summary}</p>
          {view.immediateRisk.guidance && <a href={view.immediateRisk.guidance.href}>Read: {view.immediateRisk.guidance.title}</a>}
        </div>
      )}
    </aside>
  );
}
