import { useEffect, useMemo, useState } from 'react';
import { isPreviewStale, nodeTitle, previewMoved, type PreviewRun, previewVersion, restartPreview, type Scenario } from '../../../../engine/runtime.js';
import ScenarioPlayer from '../player/ScenarioPlayer.js';
import { memoryPersistence } from './memory-persistence.js';

/** Props of {@link PreviewPanel}. */
export interface PreviewPanelProps {
  /** The last version of the draft without errors, if there has been one. */
  scenario: Scenario | undefined;
  /** Whether the text on screen has errors now (so the preview is of an earlier version). */
  hasErrors: boolean;
}

/**
 * The real scenario player on the draft, from its start or from any scene.
 * Its play-through is kept in memory only, never with a learner's saved
 * progress. A new version of the draft replaces the preview at once until
 * a move has been made; after that the preview says the draft changed and
 * waits for a restart, so a play-through is never swapped mid-way (the
 * rule is engine/studio/preview-run.ts).
 *
 * @example
 * ```tsx
 * <PreviewPanel scenario={check.playable} hasErrors={hasErrors(check.findings ?? [])} />
 * ```
 */
export function PreviewPanel({ scenario, hasErrors }: PreviewPanelProps) {
  const [from, setFrom] = useState('');
  const [playing, setPlaying] = useState<PreviewRun | undefined>(undefined);
  const persistence = useMemo(() => memoryPersistence(() => setPlaying((current) => current && previewMoved(current))), []);

  const restart = () => {
    if (scenario) setPlaying((current) => restartPreview(current, scenario, from));
  };

  // A new version of the draft: taken at once while no move has been made.
  useEffect(() => {
    if (scenario) setPlaying((current) => previewVersion(current, scenario, from));
    // Only a new draft version does this; choosing a scene waits for the button.
  }, [scenario]);

  if (!scenario || !playing) {
    return <p>The preview plays the draft once it has no errors. The Findings tab lists what to fix.</p>;
  }
  const stale = isPreviewStale(playing, scenario);
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
