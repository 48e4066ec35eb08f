import { useState } from 'react';
import { INPUT_CAPS, type StartResult } from '../../../../engine/runtime.js';
import { readLocalFile } from './read-local-file.js';

/** A case file offered as an example (read from scenarios/cases/ when the site was built). */
export interface ExampleCase {
  fileName: string;
  /** What it is, from the file's title. */
  title: string;
  text: string;
}

/** Where a new draft comes from. */
export type StartRequest =
  | { kind: 'start-from-template' }
  | { kind: 'start-from-case'; text: string; fileName: string }
  | { kind: 'start-from-file'; text: string; fileName: string };

/** Props of {@link StartFrom}. */
export interface StartFromProps {
  examples: readonly ExampleCase[];
  /** Makes the draft (in the worker) and opens it when it could be made; resolves to the result either way. */
  onStart: (request: StartRequest) => Promise<StartResult>;
}

/**
 * The ways to start a new draft: the template, a resolved case's timeline
 * (one of the examples, or a case file of your own), or a scenario file
 * from this computer. Each makes a new draft beside the others; none
 * overwrites the one in the editor. What stops a file becoming a draft is
 * listed as `validate` words it.
 *
 * @example
 * ```tsx
 * <StartFrom examples={examples} onStart={startDraft} />
 * ```
 */
export function StartFrom({ examples, onStart }: StartFromProps) {
  const [example, setExample] = useState(examples[0]?.fileName ?? '');
  const [errors, setErrors] = useState<{ what: string; lines: string[] } | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const start = (what: string, request: StartRequest) => {
    setBusy(true);
    setErrors(undefined);
    onStart(request)
      .then(
        (result) => {
          if (!result.ok) setErrors({ what, lines: result.errors });
        },
        (error: unknown) => setErrors({ what, lines: [error instanceof Error ? error.message : String(error)] }),
      )
      .finally(() => setBusy(false));
  };

  const openFile = (file: File | undefined, kind: 'start-from-case' | 'start-from-file', maxBytes: number) => {
    if (!file) return;
    void readLocalFile(file, maxBytes).then((read) => {
      if (!read.ok) setErrors({ what: file.name, lines: [read.message] });
      else start(file.name, { kind, text: read.text, fileName: file.name });
    });
  };

  return (
    <div className="studio-start">
      <div className="studio-start__way">
        <h3>From the template</h3>
        <p>A small scenario that already passes every check, to change a piece at a time.</p>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => start('The template', { kind: 'start-from-template' })}>
          Start from the template
        </button>
      </div>
      <div className="studio-start__way">
        <h3>From a resolved case</h3>
        <p>
          A case file (<code>.case.yaml</code>) is the timeline of a resolved case, with no names. It is audited against the deadlines and
          turned into a draft scenario with notes to replace. Anything that looks like personal data stops it.
        </p>
        {examples.length > 0 && (
          <div className="studio-start__row">
            <div className="studio-field">
              <label htmlFor="studio-example-case">Try an example case file</label>
              <select id="studio-example-case" value={example} onChange={(event) => setExample(event.target.value)}>
                {examples.map((option) => (
                  <option key={option.fileName} value={option.fileName}>
                    {option.title} ({option.fileName})
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => {
                const chosen = examples.find((option) => option.fileName === example);
                if (chosen) start(chosen.fileName, { kind: 'start-from-case', text: chosen.text, fileName: chosen.fileName });
              }}
            >
              Start from this example
            </button>
          </div>
        )}
        <FileField id="studio-case-file" accept=".yaml,.yml" label="Or open a case file of your own" disabled={busy} onFile={(file) => openFile(file, 'start-from-case', INPUT_CAPS.dataFileBytes)} />
      </div>
      <div className="studio-start__way">
        <h3>From a scenario file</h3>
        <FileField id="studio-mdx-file" accept=".mdx" label="Open a scenario file (.mdx) from this computer" disabled={busy} onFile={(file) => openFile(file, 'start-from-file', INPUT_CAPS.scenarioFileBytes)} />
      </div>
      <div role="alert" className="studio-start__errors">
        {errors && (
          <div className="notice notice--alert">
            <p className="notice__title">
              <strong>{errors.what} could not become a draft</strong>
            </p>
            <ul>
              {errors.lines.map((line, index) => (
                <li key={index}>
                  <pre>{line}</pre>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

/** A labelled file input that hands on the chosen file and clears itself, so the same file can be chosen again. */
function FileField({ id, accept, label, disabled, onFile }: { id: string; accept: string; label: string; disabled: boolean; onFile: (file: File | undefined) => void }) {
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          onFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
    </div>
  );
}
