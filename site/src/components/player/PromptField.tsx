import { useId } from 'react';
import type { PromptView } from '../../../../engine/runtime.js';
import type { WritingKept } from '../../lib/unsaved-notice.js';
import { MdastContent } from './MdastContent.js';

/** The label of a prompt's box, saying what kind of writing it asks for. */
export function promptLabel(prompt: Pick<PromptView, 'kind' | 'phase'>): string {
  if (prompt.kind === 'record') return 'Your record of the discussion and conclusions';
  return prompt.phase ? `Your reflection (${prompt.phase} the conversation)` : 'Your reflection';
}

/** Props of {@link PromptField}. */
export interface PromptFieldProps {
  prompt: PromptView;
  /** The prompt's mdast from the scenario. */
  tree: unknown;
  /** The text being typed (may be ahead of the session while saving). */
  value: string;
  /** How much of what is typed is being kept: when not all, the hint says so and points to the notice. */
  kept: WritingKept;
  onChange: (text: string) => void;
  onBlur: () => void;
}

/**
 * A reflective prompt or a record: the prompt text, then a labelled
 * textarea described by it. What is typed is saved as it is typed; while
 * it cannot be, the hint under the box says so (where a phone's screen is
 * while typing, far below the notice), and never says "saved" of writing
 * that is not.
 */
export function PromptField({ prompt, tree, value, kept, onChange, onBlur }: PromptFieldProps) {
  const id = useId();
  return (
    <div className={`player-prompt player-prompt--${prompt.kind}`}>
      <div id={`${id}-prompt`} className="player-prompt__text">
        {tree ? <MdastContent tree={tree} minHeading={3} /> : <p>{prompt.prompt}</p>}
      </div>
      <label className="player-prompt__label" htmlFor={`${id}-field`}>
        {promptLabel(prompt)}
      </label>
      <textarea
        id={`${id}-field`}
        className="player-prompt__field"
        data-prompt={prompt.id}
        rows={4}
        aria-describedby={`${id}-prompt ${id}-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {kept === 'preview' ? (
        <p id={`${id}-hint`} className="player-prompt__hint">
          This is the studio's preview: what you write here is not kept.
        </p>
      ) : kept === 'all' ? (
        <p id={`${id}-hint`} className="player-prompt__hint">
          Saved in this browser as you type, and added to your reflective log.
        </p>
      ) : (
        <p id={`${id}-hint`} className="player-prompt__hint player-prompt__hint--unsaved">
          {kept === 'progress-only' ? 'Saved in this browser with your progress, but not added to your reflective log: ' : 'Not being saved in this browser: '}
          <a href="#notice-unsaved">see the notice above</a>
          {kept === 'progress-only' ? '.' : ' to download a copy.'}
        </p>
      )}
    </div>
  );
}
