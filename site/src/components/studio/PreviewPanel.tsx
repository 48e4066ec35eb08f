import { useEffect, useMemo, useState } from 'react';
import { nodeTitle, type Scenario } from '../../../../engine/runtime.js';
import ScenarioPlayer from '../player/ScenarioPlayer.js';
import { memoryPersistence } from './memory-persistence.js';

/** Props of {@link PreviewPanel}. */
export interface PreviewPanelProps {
  /** The last version of the draft without errors, if there has been one. */
  scenario: Scenario | undefined;
  /** Whether the text on screen has errors now (so the preview is of an earlier version). */
  hasErrors: boolean;
}

/** What is being played: a copy of the draft, from the scene chosen. */
interface Playing {
  /** The version of the draft it was made from. */
  source: Scenario;
  scenario: Scenario;
  /** Bumped by every restart, so the player starts afresh. */
  run: number;
}

/** The draft to play, starting at `from` when the draft still has that scene. */
function playFrom(scenario: Scenario, from: string): Scenario {
  return from !== '' && Object.hasOwn(scenario.scenes, from) ? { ...scenario, start: from } : scenario;
}

/**
 * The real scenario player on the draft, from its start or from any scene.
 * Its play-through is kept in memory only, never with a learner's saved
 * progress. A new version of the draft replaces the preview at once until
 * a move has been made; after that the preview says the draft changed and
 * waits for a restart, so a play-through is never swapped mid-way.
 *
 * @example
 * ```tsx
 * <PreviewPanel scenario={check.playable} hasErrors={hasErrors(check.findings ?? [])} />
 * ```
 */
export function PreviewPanel({ scenario, hasErrors }: PreviewPanelProps) {
  const [from, setFrom] = useState('');
  const [playing, setPlaying] = useState<Playing | undefined>(undefined);
  const [played, setPlayed] = useState(false);
  const persistence = useMemo(() => memoryPersistence(() => setPlayed(true)), []);

  const restart = () => {
    if (!scenario) return;
    setPlayed(false);
    setPlaying((current) => ({ source: scenario, scenario: playFrom(scenario, from), run: (current?.run ?? 0) + 1 }));
  };

  // A new version of the draft: taken at once while nothing has been played.
  useEffect(() => {
    // A new run each time: the player starts afresh on the new version rather than keep a session of the old one.
    if (scenario && !played) setPlaying((current) => ({ source: scenario, scenario: playFrom(scenario, from), run: (current?.run ?? 0) + 1 }));
    // Only a new draft version does this; choosing a scene waits for the button.
  }, [scenario]);

  if (!scenario || !playing) {
    return <p>The preview plays the draft once it has no errors. The Findings tab lists what to fix.</p>;
  }
  const stale = played && playing.source !== scenario;
  const scenes = scenario.order.filter((id) => Object.hasOwn(scenario.scenes, id));
  return (
    <div className="studio-preview">
      {hasErrors && (
        <div className="notice" role="note">
          <p>The draft has errors just now, so this is the last version of it without errors.</p>
        </div>
      )}
      {stale && (
        <div className="notice" role="note" data-notice="draft-changed">
          <p>The draft changed: restart the preview to play the new version.</p>
        </div>
      )}
      <div className="studio-preview__controls">
        <div className="studio-field">
          <label htmlFor="studio-play-from">Play from</label>
          <select id="studio-play-from" value={from} onChange={(event) => setFrom(event.target.value)}>
            <option value="">The start: {nodeTitle(scenario, scenario.start)} ({scenario.start})</option>
            {scenes.map((id) => (
              <option key={id} value={id}>
                {nodeTitle(scenario, id)} ({id})
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={restart}>
          Restart preview
        </button>
      </div>
      <ScenarioPlayer key={playing.run} scenario={playing.scenario} persistence={persistence} />
    </div>
  );
}
