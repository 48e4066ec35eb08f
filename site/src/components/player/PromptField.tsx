import { useId } from 'react';
import type { PromptView } from '../../../../engine/runtime.js';
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
  onChange: (text: string) => void;
  onBlur: () => void;
}

/**
 * A reflective prompt or a record: the prompt text, then a labelled
 * textarea described by it. What is typed is saved as it is typed.
 */
export function PromptField({ prompt, tree, value, onChange, onBlur }: PromptFieldProps) {
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
      <p id={`${id}-hint`} className="player-prompt__hint">
        Saved in this browser as you type, and added to your reflective log.
      </p>
    </div>
  );
}
