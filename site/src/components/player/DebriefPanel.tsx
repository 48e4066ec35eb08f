import { buildDebrief, debriefToMarkdown, describeOtherRoute, type Scenario, type Session, timelineSeries } from '../../../../engine/runtime.js';
import { downloadSiteAddress } from './download-site-address.js';
import { downloadText } from '../../lib/download-file.js';
import { TimelineChart } from './TimelineChart.js';

/** Props of {@link DebriefPanel}. */
export interface DebriefPanelProps {
  scenario: Scenario;
  /** The finished session. */
  session: Session;
}

/**
 * The analysis part of the debrief: the timeline against the deadlines,
 * the path taken, principles shown and missed, the learner's own words
 * (always as text), the learning step and a Markdown download. Loaded only
 * when an ending is reached (see ScenarioPlayer), so it is not part of the
 * code a learner downloads to start playing.
 */
export default function DebriefPanel({ scenario, session }: DebriefPanelProps) {
  const debrief = buildDebrief(scenario, session);
  return (
    <div className="player-debrief">
      <h2>The case against the deadlines</h2>
      <TimelineChart series={timelineSeries(debrief)} debrief={debrief} />

      {debrief.immediateRisk && (
        <div className="player-risk" role="note">
          <strong className="player-risk__label">Immediate risk of harm</strong>
          <p>{debrief.immediateRisk.message}</p>
        </div>
      )}

      {debrief.capacity && (
        <>
          <h2>The mental capacity disagreement</h2>
          <p>{debrief.capacity.summary}</p>
          <ol>
            {debrief.capacity.steps.map((step) => (
              <li key={step.id}>
                {step.label} (from {step.startedAtLabel})
              </li>
            ))}
          </ol>
        </>
      )}

      <h2>Your path</h2>
      {debrief.leftRecommendedPath && (
        <p>
          You first left the recommended path at step {debrief.leftRecommendedPath.stepNumber}: you chose “{debrief.leftRecommendedPath.chosen}”; the
          recommended move was “{debrief.leftRecommendedPath.recommended}”.
        </p>
      )}
      <ol className="player-path">
        {debrief.path.map((step) => (
          <li key={step.number}>
            <span className="player-path__time">{step.atLabel}, stage {step.stage}:</span> {step.label}
            {step.recommended && <span className="tag">Recommended</span>}
            {step.mistake && <span className="tag tag--warning">Mistake</span>}
            {step.deviations.map((deviation) => (
              <span key={deviation.message} className="player-path__deviation">
                {' '}
                ({deviation.message})
              </span>
            ))}
          </li>
        ))}
      </ol>
      {debrief.otherGoodRoutes.length > 0 && (
        <>
          <h2>Other ways to do well</h2>
          {debrief.otherGoodRoutes.map((route) => {
            const described = describeOtherRoute(route);
            return (
              <section key={route.endingId} className="player-other-route" aria-label={described.title}>
                <h3>{described.title}</h3>
                <ol>
                  {described.steps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ol>
              </section>
            );
          })}
        </>
      )}

      <h2>Principles of good challenge</h2>
      <ul className="player-principles player-principles--summary">
        {debrief.principles.map((principle) => (
          <li key={principle.id} className={`player-principles__item player-principles__item--${principle.status}`}>
            <strong>{principle.label}</strong>: {principleStatus(principle.status)}
          </li>
        ))}
      </ul>

      {debrief.responses.length > 0 && (
        <>
          <h2>What you wrote</h2>
          {debrief.responses.map((response) => (
            <div key={response.id} className="player-response">
              <h3>{response.kind === 'record' ? 'Record of the discussion' : `Reflection${response.phase ? ` (${response.phase} the conversation)` : ''}`}</h3>
              <blockquote className="player-response__text" data-response={response.id}>
                {response.text}
              </blockquote>
            </div>
          ))}
        </>
      )}

      <h2>After resolution</h2>
      <p>{debrief.learning.summary}</p>
      {debrief.learning.guidance && <a href={debrief.learning.guidance.href}>{debrief.learning.guidance.title}</a>}

      <p className="player-debrief__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadText(`${debrief.scenario.id}-debrief.md`, debriefToMarkdown(debrief, { siteUrl: downloadSiteAddress() }), 'text/markdown;charset=utf-8')}
        >
          Download the debrief (Markdown)
        </button>
      </p>
    </div>
  );
}

function principleStatus(status: 'shown' | 'missed' | 'mixed' | 'not-tested'): string {
  switch (status) {
    case 'shown':
      return 'shown';
    case 'missed':
      return 'missed';
    case 'mixed':
      return 'shown at some points, missed at others';
    default:
      return 'not tested on this path';
  }
}
