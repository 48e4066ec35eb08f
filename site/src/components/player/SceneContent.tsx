import type { PromptView, SceneNode, SceneView } from '../../../../engine/runtime.js';
import { MdastContent } from './MdastContent.js';
import type { WritingKept } from '../../lib/unsaved-notice.js';
import { PromptField } from './PromptField.js';

/** Props of {@link SceneContent}. */
export interface SceneContentProps {
  /** The scene as the runner presents it (times, prompts with text). */
  view: SceneView;
  /** The same scene from the scenario, for its mdast trees. */
  scene: SceneNode | undefined;
  /** Text being typed, by prompt id. */
  drafts: Readonly<Record<string, string>>;
  /** How much of what is typed is being kept (see the player's notice when not all). */
  kept: WritingKept;
  onWrite: (prompt: PromptView, text: string) => void;
  onCommit: () => void;
}

/**
 * The scene's narrative, events (with when they happened in simulated time)
 * and prompts, in reading order. Trees come from the scenario; the runner's
 * view says what happened when.
 */
export function SceneContent({ view, scene, drafts, kept, onWrite, onCommit }: SceneContentProps) {
  const prompts = new Map(view.prompts.map((prompt) => [prompt.id, prompt]));
  return (
    <div className="player-scene__body">
      {view.items.map((item, index) => {
        const source = scene?.items[index];
        switch (item.kind) {
          case 'markdown':
            return source?.kind === 'markdown' ? (
              <MdastContent key={index} tree={source.narrative.mdast} />
            ) : (
              <p key={index}>{item.markdown}</p>
            );
          case 'event': {
            const event = source?.kind === 'event' ? scene?.events[source.index] : undefined;
            return (
              <div key={index} className="player-event">
                <p className="player-event__time">
                  <time dateTime={item.at}>{item.atLabel}</time>
                  {item.afterText && <span> ({item.afterText} later)</span>}
                </p>
                {event ? <MdastContent tree={event.text.mdast} minHeading={3} /> : <p>{item.markdown}</p>}
              </div>
            );
          }
          case 'reflect':
          case 'record': {
            const prompt = prompts.get(item.id);
            if (!prompt) return null;
            const tree =
              item.kind === 'reflect'
                ? scene?.reflects.find((reflect) => reflect.id === item.id)?.prompt.mdast
                : scene?.records.find((record) => record.id === item.id)?.prompt.mdast;
            return (
              <PromptField
                key={index}
                prompt={prompt}
                tree={tree}
                value={drafts[prompt.id] ?? prompt.text}
                kept={kept}
                onChange={(text) => onWrite(prompt, text)}
                onBlur={onCommit}
              />
            );
          }
          default:
            return null;
        }
      })}
    </div>
  );
}
