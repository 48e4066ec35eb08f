import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { describeMoveTime, judgeChoice, mdastText, type Scenario, scenarioProtocol } from '../../../../engine/runtime.js';
import { siteProtocols } from '../../lib/site-protocols.js';
import { NoticeList } from '../NoticeList.js';
import { GuidanceLinks, guidanceHrefFor } from './guidance-links.js';
import { ChoiceList } from './ChoiceList.js';
import { ClockPanel } from './ClockPanel.js';
import { EndingSummary } from './EndingSummary.js';
import { FEEDBACK_HEADING_ID, FeedbackPanel } from './FeedbackPanel.js';
import { landOn } from './land-on.js';
import { ResumedNotice } from './ResumedNotice.js';
import { SceneContent } from './SceneContent.js';
import { type PlayerPersistence, RESUMED_NOTICE, usePlayer } from './use-player.js';

// The debrief analysis is only needed at an ending, so it is its own chunk.
const DebriefPanel = lazy(() => import('./DebriefPanel.js'));

/** Props of {@link ScenarioPlayer}. */
export interface ScenarioPlayerProps {
  /** The parsed scenario (parsed at build time; see compactScenario). */
  scenario: Scenario;
  /** Where the play-through is kept; the browser's storage unless a learning platform's package says otherwise. */
  persistence?: PlayerPersistence;
}

/**
 * The scenario player island: the clock and next deadline, the current
 * scene (narrative, events, prompts, choices) or the debrief, feedback on
 * the last choice, and Step back / Restart. After a choice the page lands
 * on the feedback heading (focus, and the heading at the top of the
 * screen); after any other move, on the new scene's heading. A polite live
 * region reads out the feedback.
 *
 * @example
 * ```tsx
 * <ScenarioPlayer scenario={compactScenario(parsed)} persistence={persistence} />
 * ```
 * A scenario page mounts it through ScenarioPlayerIsland, which reads the
 * scenario from a JSON data block beside it.
 */
export default function ScenarioPlayer({ scenario, persistence }: ScenarioPlayerProps) {
  const player = usePlayer(scenario, persistence);
  const { view } = player;
  const guidanceHref = useMemo(() => guidanceHrefFor(scenarioProtocol(scenario, siteProtocols)), [scenario]);
  const sceneRef = useRef<HTMLElement>(null);

  const last = view.history[view.history.length - 1];
  const feedbackTree = useMemo(() => {
    if (!last?.choiceId) return undefined;
    return scenario.scenes[last.fromSceneId]?.choices.find((choice) => choice.id === last.choiceId)?.feedback?.mdast;
  }, [scenario, last]);

  // What the last move was, so the page lands on the feedback after a choice and on the scene after anything else.
  const landing = useRef<'feedback' | 'scene'>('scene');
  const sceneHeading = () => sceneRef.current?.querySelector<HTMLElement>('h2, h3') ?? null;
  useEffect(() => {
    if (player.moveCount === 0) return;
    const feedback = landing.current === 'feedback' ? document.getElementById(FEEDBACK_HEADING_ID) : null;
    if (feedback) {
      // The whole panel's top edge in view, so its border (which tells a poor choice from a good one) shows above the heading.
      landOn(feedback, feedback.closest<HTMLElement>('.player-feedback') ?? feedback);
      return;
    }
    const heading = sceneHeading();
    if (heading) landOn(heading);
  }, [player.moveCount]);
  const move = (kind: 'feedback' | 'scene', action: () => void) => {
    landing.current = kind;
    action();
  };

  let announcement = '';
  if (player.moveCount > 0) {
    const where = view.node.kind === 'ending' ? 'You have reached an ending; the debrief follows.' : `It is now ${view.nowLabel}.`;
    // The move's time says what time it is now, so after feedback only an ending needs saying.
    const ended = view.node.kind === 'ending' ? ` ${where}` : '';
    announcement =
      view.lastFeedback && last
        ? `You chose: ${last.label.replace(/[.!?]+$/, '')}. ${judgeChoice(last, view.lastFeedback).label}. ${describeMoveTime(last)} ${last.identifiedRisk && view.immediateRisk ? `This was immediate risk of harm: ${view.immediateRisk.summary} ` : ''}Feedback: ${feedbackTree ? mdastText(feedbackTree) : view.lastFeedback.markdown}${ended}`
        : where;
  }

  const node = view.node;
  const resumed = player.notices.find((notice) => notice.id === RESUMED_NOTICE);
  return (
    <GuidanceLinks.Provider value={guidanceHref}>
    <div className="player" data-node={node.id} data-loaded={player.loaded ? 'true' : 'false'}>
      <NoticeList notices={player.alerts} urgent />
      {resumed && (
        <ResumedNotice
          message={resumed.message}
          onDismiss={() => {
            player.dismissNotice(RESUMED_NOTICE);
            const heading = sceneHeading();
            if (heading) landOn(heading);
          }}
        />
      )}
      <NoticeList notices={player.notices.filter((notice) => notice.id !== RESUMED_NOTICE)} />
      <ClockPanel view={view} />
      {view.lastFeedback && last && (
        <FeedbackPanel
          choiceLabel={last.label}
          feedback={view.lastFeedback}
          verdict={judgeChoice(last, view.lastFeedback)}
          tree={feedbackTree}
          time={describeMoveTime(last)}
          risk={last.identifiedRisk && view.immediateRisk ? view.immediateRisk : undefined}
        />
      )}
      <section ref={sceneRef} className={`player-scene player-scene--${node.kind}`} aria-label={node.kind === 'ending' ? 'Debrief' : 'Current scene'}>
        {node.kind === 'scene' ? (
          <>
            <SceneContent
              view={node}
              scene={scenario.scenes[node.id]}
              drafts={player.drafts}
              kept={player.kept}
              onWrite={player.write}
              onCommit={player.commitDrafts}
            />
            <ChoiceList scene={node} onChoose={(choiceId) => move('feedback', () => player.choose(choiceId))} onContinue={() => move('scene', player.continueOn)} />
          </>
        ) : (
          <>
            <EndingSummary ending={node} source={scenario.endings[node.id]} atLabel={view.nowLabel} />
            <Suspense fallback={<p className="player-debrief__loading">Preparing your debrief…</p>}>
              <DebriefPanel scenario={scenario} session={player.session} />
            </Suspense>
          </>
        )}
      </section>
      <div className="player-controls">
        <button type="button" className="button button--secondary" onClick={() => move('scene', player.back)} disabled={!view.canStepBack}>
          Step back
        </button>
        <button type="button" className="button button--secondary" onClick={() => move('scene', player.restart)} disabled={player.session.steps.length === 0}>
          Restart
        </button>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
    </GuidanceLinks.Provider>
  );
}
