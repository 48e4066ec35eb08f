import type { SceneView } from '../../../../engine/runtime.js';

/** Props of {@link ChoiceList}. */
export interface ChoiceListProps {
  scene: SceneView;
  onChoose: (choiceId: string) => void;
  onContinue: () => void;
}

/**
 * What the learner can do next: a list of buttons (native buttons, so Tab,
 * Enter and Space work), or a single Continue when an event moves the case on.
 */
export function ChoiceList({ scene, onChoose, onContinue }: ChoiceListProps) {
  if (scene.canContinue) {
    return (
      <div className="player-choices">
        <button type="button" className="button" onClick={onContinue}>
          Continue
        </button>
      </div>
    );
  }
  return (
    <fieldset className="player-choices">
      <legend className="player-choices__legend">What do you do?</legend>
      <ol className="player-choices__list">
        {scene.choices.map((choice) => (
          <li key={choice.id}>
            <button type="button" className="button button--choice" data-choice={choice.id} onClick={() => onChoose(choice.id)}>
              {choice.label}
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
