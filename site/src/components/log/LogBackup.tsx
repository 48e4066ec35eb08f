import { useRef, useState } from 'react';
import { backupSizeProblem, describeMerge, EngineError, mergeReflectiveLogs, type MergeSummary, readReflectiveLogBackup, type ReflectiveLog, reflectiveLogBackup, toIsoDate, fromDate } from '../../../../engine/runtime.js';
import { wallClockNow } from '../../lib/browser-store.js';
import { downloadText } from '../../lib/download-file.js';
import { newId } from './new-id.js';

/** Props of {@link LogBackup}. */
export interface LogBackupProps {
  log: ReflectiveLog;
  /** Saves a change to the stored log; returns why it was not saved, or null once it is. */
  onImport(change: (current: ReflectiveLog) => ReflectiveLog): string | null;
  /** Shows a sentence in the page's status banner. */
  onStatus(message: string): void;
}

/**
 * The JSON backup: download one, or import one into this browser. An
 * import adds what is new and never overwrites: an entry that differs from
 * the one here is kept beside it. A file that is not a backup is refused
 * whole, with a sentence beside the file box.
 *
 * @example
 * ```tsx
 * <LogBackup log={log} onImport={(change) => persist(change, 'The import')} onStatus={setStatus} />
 * ```
 */
export function LogBackup({ log, onImport, onStatus }: LogBackupProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    setProblem(null);
    const tooLarge = backupSizeProblem(file.size);
    if (tooLarge) {
      setProblem(tooLarge);
      return;
    }
    setReading(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setReading(false);
      setProblem(`${file.name} could not be read. Try choosing it again.`);
      return;
    }
    setReading(false);
    if (fileRef.current) fileRef.current.value = '';
    let incoming: ReflectiveLog;
    try {
      incoming = readReflectiveLogBackup(text);
    } catch (error) {
      setProblem(error instanceof EngineError ? `${error.message} ${error.hint}` : 'This file could not be imported. Nothing was imported, and your log is as it was.');
      return;
    }
    // The merge runs on the log as stored at the moment of saving; its summary is kept here.
    const outcome: { summary?: MergeSummary } = {};
    const refused = onImport((current) => {
      const merged = mergeReflectiveLogs(current, incoming, { newId });
      outcome.summary = merged.summary;
      return merged.log;
    });
    if (refused) setProblem(refused);
    else if (outcome.summary) onStatus(`${file.name}: ${describeMerge(outcome.summary)}`);
  };

  return (
    <section className="reflective-log__section no-print" aria-labelledby="log-backup">
      <h2 id="log-backup">Back up or move your log</h2>
      <p>
        The log is kept only in this browser. A backup is a file you can keep somewhere safe and import here or in another browser: importing adds what is
        new and never overwrites what is already here.
      </p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadText(`common-ground-reflective-log-backup-${toIsoDate(fromDate(new Date()))}.json`, reflectiveLogBackup(log, { exportedAt: wallClockNow() }), 'application/json;charset=utf-8')}
        >
          Download a backup (JSON)
        </button>
      </p>
      <div className={problem ? 'cpd-form__group cpd-form__group--error' : 'cpd-form__group'}>
        <label className="cpd-form__label" htmlFor="log-import">
          Import a backup
        </label>
        <p className="cpd-form__hint" id="log-import-hint">
          A .json file made with “Download a backup”.
        </p>
        {problem && (
          <p className="cpd-form__error" id="log-import-error" role="alert">
            <span className="visually-hidden">Error: </span>
            {problem}
          </p>
        )}
        <input
          ref={fileRef}
          className="cpd-form__file"
          id="log-import"
          type="file"
          accept=".json,application/json"
          disabled={reading}
          aria-describedby={problem ? 'log-import-hint log-import-error' : 'log-import-hint'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
    </section>
  );
}
