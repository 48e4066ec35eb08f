import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { mdastText, type Scenario, scenarioProtocol } from '../../../../engine/runtime.js';
import { siteProtocols } from '../../lib/site-protocols.js';
import { NoticeList } from '../NoticeList.js';
import { GuidanceLinks, guidanceHrefFor } from './guidance-links.js';
import { ChoiceList } from './ChoiceList.js';
import { ClockPanel } from './ClockPanel.js';
import { EndingSummary } from './EndingSummary.js';
import { FeedbackPanel } from './FeedbackPanel.js';
import { SceneContent } from './SceneContent.js';
import { usePlayer } from './use-player.js';

// The debrief analysis is only needed at an ending, so it is its own chunk.
const DebriefPanel = lazy(() => import('./DebriefPanel.js'));

/** Props of {@link ScenarioPlayer}. */
export interface ScenarioPlayerProps {
  /** The parsed scenario (parsed at build time; see compactScenario). */
  scenario: Scenario;
}

/**
 * The scenario player island: the clock and next deadline, the current
 * scene (narrative, events, prompts, choices) or the debrief, feedback on
 * the last choice, and Step back / Restart. After every move focus goes to
 * the new scene's heading and a polite live region reads out the feedback.
 *
 * @example
 * ```astro
 * <ScenarioPlayer client:load scenario={compactScenario(parsed)} />
 * ```
 */
export default function ScenarioPlayer({ scenario }: ScenarioPlayerProps) {
  const player = usePlayer(scenario);
  const { view } = player;
  const guidanceHref = useMemo(() => guidanceHrefFor(scenarioProtocol(scenario, siteProtocols)), [scenario]);
  const sceneRef = useRef<HTMLElement>(null);

  const last = view.history[view.history.length - 1];
  const feedbackTree = useMemo(() => {
    if (!last?.choiceId) return undefined;
    return scenario.scenes[last.fromSceneId]?.choices.find((choice) => choice.id === last.choiceId)?.feedback?.mdast;
  }, [scenario, last]);

  useEffect(() => {
    if (player.moveCount === 0) return;
    const heading = sceneRef.current?.querySelector<HTMLElement>('h2, h3');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [player.moveCount]);

  let announcement = '';
  if (player.moveCount > 0) {
    const where = view.node.kind === 'ending' ? 'You have reached an ending; the debrief follows.' : `It is now ${view.nowLabel}.`;
    announcement =
      view.lastFeedback && last
        ? `You chose: ${last.label}. Feedback: ${feedbackTree ? mdastText(feedbackTree) : view.lastFeedback.markdown} ${where}`
        : where;
  }

  const node = view.node;
  return (
    <GuidanceLinks.Provider value={guidanceHref}>
    <div className="player" data-node={node.id} data-loaded={player.loaded ? 'true' : 'false'}>
      <NoticeList notices={player.alerts} urgent />
      <NoticeList notices={player.notices} />
      <ClockPanel view={view} />
      {view.lastFeedback && last && <FeedbackPanel choiceLabel={last.label} feedback={view.lastFeedback} tree={feedbackTree} />}
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
            <ChoiceList scene={node} onChoose={player.choose} onContinue={player.continueOn} />
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
        <button type="button" className="button button--secondary" onClick={player.back} disabled={!view.canStepBack}>
          Step back
        </button>
        <button type="button" className="button button--secondary" onClick={player.restart} disabled={player.session.steps.length === 0}>
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
