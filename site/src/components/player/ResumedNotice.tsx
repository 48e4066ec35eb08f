/** Props of {@link ResumedNotice}. */
export interface ResumedNoticeProps {
  message: string;
  /** Closes the notice; the player then moves focus to the scene. */
  onDismiss: () => void;
}

/**
 * The "Welcome back" note shown when a saved play-through is resumed. It
 * stays, move after move, until the learner closes it (or restarts), so it
 * is never gone before it has been read; its button says what it does.
 */
export function ResumedNotice({ message, onDismiss }: ResumedNoticeProps) {
  return (
    <div id="notice-resumed" className="notice notice--dismissible" role="note" data-notice="resumed">
      <p className="notice__message">{message}</p>
      <p className="notice__actions">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          Close this notice
        </button>
      </p>
    </div>
  );
}
