import type { ChoiceVerdict, FeedbackView } from '../../../../engine/runtime.js';
import { MdastContent } from './MdastContent.js';

/** Props of {@link FeedbackPanel}. */
export interface FeedbackPanelProps {
  /** The label of the choice the feedback is about. */
  choiceLabel: string;
  feedback: FeedbackView;
  /** How the choice went (the engine's `judgeChoice`): it sets the panel's words, symbol and border. */
  verdict: ChoiceVerdict;
  /** The feedback's mdast from the scenario, rendered with links; the Markdown is shown as text without it. */
  tree: unknown;
  /** How long the choice took and the time now (the engine's `describeMoveTime`): told after the choice, never before. */
  time: string;
  /** The immediate-risk override, when this choice was made where the risk had to be recognised. */
  risk?: { summary: string; guidance: { title: string; href: string } | null } | undefined;
}

/** The id of the feedback heading, where the page lands after a choice. */
export const FEEDBACK_HEADING_ID = 'player-feedback-heading';

/** A symbol for each tone, shown beside the verdict's words (never instead of them). */
const TONE_SYMBOL = { good: '✓', mixed: '±', poor: '✗' } as const;

/**
 * The consequence of the last choice, with the guidance it cites and the
 * principles it showed or missed. The verdict is said in words in the
 * heading ("Feedback on your choice: A poor choice"), with a symbol and a
 * border of its own (solid for good, double for mixed, thick dashed with a
 * striped band for poor), so a poor choice looks different without relying
 * on colour.
 */
export function FeedbackPanel({ choiceLabel, feedback, verdict, tree, time, risk }: FeedbackPanelProps) {
  return (
    <section className={`player-feedback player-feedback--${verdict.tone}`} aria-labelledby={FEEDBACK_HEADING_ID} data-verdict={verdict.tone}>
      <h2 id={FEEDBACK_HEADING_ID} className="player-feedback__heading">
        <span className="player-feedback__title">Feedback on your choice:</span>
        <span className="player-feedback__verdict">
          <span className="player-feedback__symbol" aria-hidden="true">
            {TONE_SYMBOL[verdict.tone]}
          </span>{' '}
          {verdict.label}
        </span>
      </h2>
      <p className="player-feedback__choice">
        You chose: <strong>{choiceLabel}</strong>
      </p>
      <p className="player-feedback__time">{time}</p>
      {risk && (
        <div className="player-feedback__risk">
          <h3>This was immediate risk of harm</h3>
          <p>{risk.summary}</p>
          {risk.guidance && <a href={risk.guidance.href}>Read: {risk.guidance.title}</a>}
        </div>
      )}
      {tree ? <MdastContent tree={tree} minHeading={3} /> : <p>{feedback.markdown}</p>}
      {(feedback.shows.length > 0 || feedback.misses.length > 0) && (
        <ul className="player-principles">
          {feedback.shows.map((principle) => (
            <li key={`shows-${principle.id}`} className="player-principles__item player-principles__item--shows">
              <span aria-hidden="true">✓ </span>Shows: {principle.label}
            </li>
          ))}
          {feedback.misses.map((principle) => (
            <li key={`misses-${principle.id}`} className="player-principles__item player-principles__item--misses">
              <span aria-hidden="true">✗ </span>Misses: {principle.label}
            </li>
          ))}
        </ul>
      )}
      {feedback.citations.length > 0 && (
        <p className="player-feedback__cites">
          Guidance:{' '}
          {feedback.citations.map((citation, index) => (
            <span key={citation.id}>
              {index > 0 && ', '}
              <a href={citation.href}>{citation.title}</a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
