import type { FeedbackView } from '../../../../engine/runtime.js';
import { MdastContent } from './MdastContent.js';

/** Props of {@link FeedbackPanel}. */
export interface FeedbackPanelProps {
  /** The label of the choice the feedback is about. */
  choiceLabel: string;
  feedback: FeedbackView;
  /** The feedback's mdast from the scenario, rendered with links; the Markdown is shown as text without it. */
  tree: unknown;
}

/** The consequence of the last choice, with the guidance it cites and the principles it showed or missed. */
export function FeedbackPanel({ choiceLabel, feedback, tree }: FeedbackPanelProps) {
  return (
    <section className="player-feedback" aria-labelledby="player-feedback-heading">
      <h2 id="player-feedback-heading" className="player-feedback__heading">
        Feedback on your choice
      </h2>
      <p className="player-feedback__choice">
        You chose: <strong>{choiceLabel}</strong>
      </p>
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
