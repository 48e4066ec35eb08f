import { type FormEvent, useState } from 'react';
import { INPUT_CAPS, type PlanReport } from '../../../../engine/runtime.js';
import { readLocalFile } from './read-local-file.js';

/** Props of {@link TestPlanPanel}. */
export interface TestPlanPanelProps {
  /** Runs the plan against the last draft without errors. */
  runPlan: (planText: string, planFile: string) => Promise<PlanReport>;
  /** Whether there is a draft without errors to run it against. */
  playable: boolean;
}

const TEXT_ID = 'studio-plan-text';
const FILE_ID = 'studio-plan-file';

/**
 * A test plan (`.plan.yaml`, as `common-ground test` reads) pasted or
 * opened, run against the draft: a row for each route, passed or failed,
 * with each failure as `test` words it.
 *
 * @example
 * ```tsx
 * <TestPlanPanel runPlan={worker.runPlan} playable={check.playable !== undefined} />
 * ```
 */
export function TestPlanPanel({ runPlan, playable }: TestPlanPanelProps) {
  const [text, setText] = useState('');
  const [file, setFile] = useState('draft.plan.yaml');
  const [report, setReport] = useState<PlanReport | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [running, setRunning] = useState(false);

  const run = (event: FormEvent) => {
    event.preventDefault();
    setRunning(true);
    runPlan(text, file)
      .then(
        (next) => {
          setReport(next);
          setProblem(undefined);
        },
        (error: unknown) => setProblem(`The plan could not be run: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setRunning(false));
  };

  return (
    <div className="studio-plan">
      <p>
        A test plan lists routes through the scenario and what each should reach: the format is in the <a href="/authoring/#test-plans">authoring guide</a>.
        {playable ? ' It runs against the draft as last checked without errors.' : ' It runs once the draft has no errors.'}
      </p>
      <form onSubmit={run}>
        <div className="studio-field">
          <label htmlFor={FILE_ID}>Open a plan file (.plan.yaml)</label>
          <input
            id={FILE_ID}
            type="file"
            accept=".yaml,.yml,text/yaml"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (!chosen) return;
              void readLocalFile(chosen, INPUT_CAPS.dataFileBytes).then((read) => {
                if (!read.ok) return setProblem(read.message);
                setText(read.text);
                setFile(chosen.name);
                setProblem(undefined);
              });
            }}
          />
        </div>
        <div className="studio-field">
          <label htmlFor={TEXT_ID}>Or write the plan here</label>
          <textarea id={TEXT_ID} className="studio-plan__text" rows={12} spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <button type="submit" className="button" disabled={running || text.trim() === ''}>
          Run the plan
        </button>
      </form>
      <div aria-live="polite" className="studio-plan__result">
        {problem && (
          <div className="notice notice--alert">
            <p>{problem}</p>
          </div>
        )}
        {report && !report.ok && (
          <div className="notice notice--alert">
            <p className="notice__title">
              <strong>The plan was not run</strong>
            </p>
            <ul className="studio-plan__errors">
              {report.errors.map((error, index) => (
                <li key={index}>
                  <pre>{error}</pre>
                </li>
              ))}
            </ul>
          </div>
        )}
        {report?.ok && (
          <table className="data-table studio-plan__table">
            <caption>{report.summary}</caption>
            <thead>
              <tr>
                <th scope="col">Route</th>
                <th scope="col">Result</th>
                <th scope="col">What went wrong</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row, index) => (
                <tr key={index}>
                  <th scope="row">{row.name}</th>
                  <td>
                    <span className={`tag ${row.passed ? '' : 'tag--warning'}`}>{row.passed ? 'Passed' : 'Failed'}</span>
                  </td>
                  <td>{row.failures.length === 0 ? 'Nothing' : row.failures.map((failure, at) => <pre key={at}>{failure}</pre>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
