import { type LogScenarioGroup, reflectionHeading } from '../../../../engine/runtime.js';

/** Props of {@link ScenarioReflections}. */
export interface ScenarioReflectionsProps {
  groups: readonly LogScenarioGroup[];
  /** Opens a new CPD entry about the scenario. */
  onWriteEntry(group: LogScenarioGroup): void;
}

/**
 * What was written in each scenario: every prompt with its current version
 * and, below it, the earlier versions kept from earlier play-throughs, each
 * with when it was written.
 *
 * @example
 * ```tsx
 * <ScenarioReflections groups={groupLogEntries(log)} onWriteEntry={startEntry} />
 * ```
 */
export function ScenarioReflections({ groups, onWriteEntry }: ScenarioReflectionsProps) {
  return (
    <>
      {groups.map((scenario) => (
        <section key={scenario.scenarioId} className="reflective-log__scenario" aria-labelledby={`log-${scenario.scenarioId}`}>
          <h3 id={`log-${scenario.scenarioId}`} className="reflective-log__scenario-title">
            <a href={`/scenarios/${encodeURIComponent(scenario.scenarioId)}/`}>{scenario.scenarioTitle}</a>
          </h3>
          <p className="reflective-log__meta">Last written on {scenario.lastWrittenLabel}.</p>
          {scenario.prompts.map((prompt) => {
            const { entry } = prompt.latest;
            return (
              <article key={prompt.promptId} className="reflective-log__entry" aria-labelledby={`log-${scenario.scenarioId}-${prompt.promptId}`}>
                <h4 id={`log-${scenario.scenarioId}-${prompt.promptId}`}>{reflectionHeading(entry)}</h4>
                <p className="reflective-log__prompt">
                  <span className="reflective-log__prompt-label">Prompt:</span> {entry.prompt}
                </p>
                <p className="reflective-log__written">
                  {prompt.earlier.length > 0 ? 'Latest version, written' : 'Written'} {prompt.latest.writtenLabel}
                </p>
                <blockquote className="reflective-log__text" data-log-entry={prompt.promptId}>
                  {entry.text}
                </blockquote>
                {prompt.earlier.length > 0 && (
                  <div className="reflective-log__history">
                    <p className="reflective-log__history-title">
                      <strong>{prompt.earlier.length === 1 ? 'An earlier version' : `${prompt.earlier.length} earlier versions`}</strong>, kept when you wrote this
                      again (for example, when you replayed the scenario):
                    </p>
                    <ol className="reflective-log__versions">
                      {prompt.earlier.map((version, index) => (
                        <li key={index}>
                          <p className="reflective-log__written">Written {version.writtenLabel}</p>
                          <blockquote className="reflective-log__text reflective-log__text--earlier" data-log-version={prompt.promptId}>
                            {version.entry.text}
                          </blockquote>
                        </li>
                      ))}
                    </ol>
                  </div>
                )}
              </article>
            );
          })}
          <p className="no-print">
            <button type="button" className="button button--secondary" onClick={() => onWriteEntry(scenario)}>
              Write a CPD entry about this scenario<span className="visually-hidden">: {scenario.scenarioTitle}</span>
            </button>
          </p>
        </section>
      ))}
    </>
  );
}
