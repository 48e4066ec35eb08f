import { useEffect, useRef, useState } from 'react';
import {
  buildLogDocument,
  cpdFormFromRecord,
  cpdRecordFromForm,
  type CpdFormValues,
  type CpdRecord,
  deleteCpdRecord,
  describeErasure,
  emptyCpdForm,
  emptyReflectiveLog,
  formatLondon,
  fromDate,
  groupLogEntries,
  type LogScenarioGroup,
  type ReflectiveLog,
  reflectiveLogStorageKey,
  reflectiveLogToMarkdown,
  saveCpdRecord,
  toIsoDate,
} from '../../../../engine/runtime.js';
import { browserStore, wallClockNow } from '../../lib/browser-store.js';
import { deleteEverything, loadReflectiveLog, logSaveRefusal, updateReflectiveLog } from '../../lib/reflective-log-store.js';
import { type Notice, NoticeList, setAsideNotice } from '../NoticeList.js';
import { downloadBlob, downloadText } from '../../lib/download-file.js';
import { CpdRecordForm } from './CpdRecordForm.js';
import { CpdRecordView } from './CpdRecordView.js';
import { LogBackup } from './LogBackup.js';
import { ScenarioReflections } from './ScenarioReflections.js';
import { newId } from './new-id.js';

/** Which CPD entry is being written: a new one (with what it starts from) or an existing one. */
type Editing = { kind: 'new'; initial: CpdFormValues } | { kind: 'edit'; id: string } | null;

/** Today's date in London, `YYYY-MM-DD`. */
function londonToday(): string {
  return toIsoDate(fromDate(new Date()));
}

/** A date for file names, `YYYY-MM-DD`. */
function fileDate(): string {
  return londonToday();
}

/** Most recent activity first, as in the exports. */
function byDate(records: readonly CpdRecord[]): CpdRecord[] {
  return [...records].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/**
 * The reflective log island: CPD entries (added, edited and deleted one by
 * one), every reflection and record from scenarios with the earlier
 * versions kept from replays, downloads as Word, Markdown and a JSON
 * backup, print, import, and "delete everything" with a confirmation step.
 * Every change is saved to the browser before the page shows it. Entries
 * that cannot be read are set aside by the store and offered here as a
 * download; the readable ones are shown as usual.
 *
 * @example
 * ```astro
 * <ReflectiveLogApp client:only="react" />
 * ```
 */
export default function ReflectiveLogApp() {
  const [log, setLog] = useState<ReflectiveLog>(emptyReflectiveLog);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [alerts, setAlerts] = useState<Notice[]>([]);
  /** Unreadable entries still kept in the stored log (no room to set them aside). */
  const [keptCount, setKeptCount] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  /** The entry just saved, whose heading takes focus. */
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [preparing, setPreparing] = useState(false);
  /** True once the browser's stored log has been read (tests wait for it). */
  const [loaded, setLoaded] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const cpdHeadingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const read = () => {
      const stored = loadReflectiveLog(browserStore(), wallClockNow());
      setLog(stored.log);
      setKeptCount(stored.kept.length);
      if (stored.problem) setNotices([setAsideNotice('log', stored.problem, stored.setAside, 'Download what could not be read')]);
    };
    read();
    setLoaded(true);
    // A scenario played in another tab adds to the log: show it here too (a form being written keeps its own words).
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === reflectiveLogStorageKey()) read();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  // Printing shows attached evidence in full, not folded away.
  useEffect(() => {
    const open = () => document.querySelectorAll<HTMLDetailsElement>('.cpd-record__evidence').forEach((details) => (details.open = true));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  /** Saves a change to the log; the page shows it only once it is stored. Returns why it was not saved, or null. */
  const persist = (change: (current: ReflectiveLog) => ReflectiveLog, what: string): string | null => {
    const result = updateReflectiveLog(browserStore(), change, wallClockNow());
    if (result.problem) setNotices([setAsideNotice('log', result.problem, result.setAside, 'Download what could not be read')]);
    if (!result.saved.ok) return logSaveRefusal(result.saved.refusal, what);
    setLog(result.log);
    return null;
  };

  const groups = groupLogEntries(log);
  const records = byDate(log.records);
  const reflections = log.entries.length;
  const empty = reflections === 0 && records.length === 0;
  const exportedLabel = () => formatLondon(fromDate(new Date()));

  const startEntry = (initial: CpdFormValues) => {
    setStatus('');
    setJustSaved(null);
    setEditing({ kind: 'new', initial });
  };
  const closeForm = () => {
    const was = editing;
    setEditing(null);
    window.setTimeout(() => {
      if (was?.kind === 'edit') document.getElementById(`cpd-${was.id}-title`)?.focus();
      else addRef.current?.focus();
    }, 0);
  };
  const saveEntry = (values: CpdFormValues, existing: CpdRecord | null): string | null => {
    const record = cpdRecordFromForm(values, { id: existing?.id ?? newId(), now: wallClockNow(), ...(existing ? { createdAt: existing.createdAt } : {}) });
    const refused = persist((current) => saveCpdRecord(current, record), 'The CPD entry');
    if (refused) return refused;
    setEditing(null);
    setJustSaved(record.id);
    setStatus(`CPD entry “${record.activity}” saved.`);
    return null;
  };
  const form = (title: string, initial: CpdFormValues, existing: CpdRecord | null) => (
    <CpdRecordForm
      key={existing?.id ?? 'new'}
      idPrefix={existing ? `cpd-edit-${existing.id}` : 'cpd-new'}
      title={title}
      initial={initial}
      today={londonToday()}
      onSave={(values) => saveEntry(values, existing)}
      onCancel={closeForm}
    />
  );

  return (
    <div className="reflective-log" data-loaded={loaded ? 'true' : 'false'}>
      <NoticeList notices={alerts} urgent />
      <NoticeList notices={notices} />
      <div role="status" className="reflective-log__status">
        {status && (
          <div className="cpd-banner">
            <p>{status}</p>
          </div>
        )}
      </div>
      <p className="reflective-log__count">
        {empty
          ? 'Nothing has been written yet.'
          : `${records.length === 1 ? '1 CPD entry' : `${records.length} CPD entries`}, and ${reflections === 1 ? '1 reflection or record' : `${reflections} reflections and records`} from ${groups.length === 1 ? '1 scenario' : `${groups.length} scenarios`}.`}
      </p>
      {!empty && (
        <div className="reflective-log__actions no-print">
          <button
            type="button"
            className="button"
            disabled={preparing}
            onClick={() => {
              setPreparing(true);
              setAlerts([]);
              const blocks = buildLogDocument(log, { exportedLabel: exportedLabel() });
              import('./log-docx.js')
                .then(({ logToDocx }) => logToDocx(blocks))
                .then((blob) => downloadBlob(`reflective-log-${fileDate()}.docx`, blob))
                .catch(() => setAlerts([{ id: 'word', message: 'The Word document could not be made. Download the log as Markdown, or print it, instead.' }]))
                .finally(() => setPreparing(false));
            }}
          >
            {preparing ? 'Preparing the Word document…' : 'Download as a Word document'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadText(`reflective-log-${fileDate()}.md`, reflectiveLogToMarkdown(log, { exportedLabel: exportedLabel() }), 'text/markdown;charset=utf-8')}
          >
            Download as Markdown
          </button>
        </div>
      )}

      <section className="reflective-log__section" aria-labelledby="log-cpd-entries">
        <h2 id="log-cpd-entries" ref={cpdHeadingRef} tabIndex={-1}>
          CPD entries
        </h2>
        <p className="no-print">
          Record any learning here, from a scenario or not: a workshop, supervision, reading, a course. Each entry has a field for every heading, with
          questions to help you write it; only the activity and its date are needed to save it, so you can come back to the rest.
        </p>
        {editing?.kind === 'new' ? (
          form('New CPD entry', editing.initial, null)
        ) : (
          <p className="no-print">
            <button type="button" className="button" ref={addRef} onClick={() => startEntry(emptyCpdForm({ date: londonToday() }))}>
              Add a CPD entry
            </button>
          </p>
        )}
        {records.length === 0 && editing?.kind !== 'new' && <p className="reflective-log__none">No CPD entries yet.</p>}
        {records.map((record) =>
          editing?.kind === 'edit' && editing.id === record.id ? (
            <div key={record.id}>{form(`Edit “${record.activity}”`, cpdFormFromRecord(record), record)}</div>
          ) : (
            <CpdRecordView
              key={record.id}
              record={record}
              focusOnShow={justSaved === record.id}
              onEdit={() => {
                setStatus('');
                setJustSaved(null);
                setEditing({ kind: 'edit', id: record.id });
              }}
              onDelete={() => {
                const refused = persist((current) => deleteCpdRecord(current, record.id), 'The deletion');
                if (refused) return refused;
                setStatus(`CPD entry “${record.activity}” deleted.`);
                window.setTimeout(() => cpdHeadingRef.current?.focus(), 0);
                return null;
              }}
            />
          ),
        )}
      </section>

      <section className="reflective-log__section" aria-labelledby="log-reflections">
        <h2 id="log-reflections">Reflections from scenarios</h2>
        {groups.length === 0 ? (
          <p>
            Reflections and records you write while playing a <a href="/scenarios/">scenario</a> appear here. Playing a scenario again keeps what you wrote the
            first time.
          </p>
        ) : (
          <ScenarioReflections
            groups={groups}
            onWriteEntry={(group: LogScenarioGroup) => {
              const latest = group.prompts.map((prompt) => prompt.latest.entry.updatedAt).sort().at(-1);
              startEntry(emptyCpdForm({ activity: group.scenarioTitle, scenarioId: group.scenarioId, date: latest ? toIsoDate(fromDate(new Date(latest))) : londonToday() }));
              window.setTimeout(() => document.getElementById('cpd-new-title')?.scrollIntoView({ block: 'start' }), 0);
            }}
          />
        )}
      </section>

      <LogBackup
        log={log}
        onImport={(change) => persist(change, 'The import')}
        onStatus={(message) => {
          setJustSaved(null);
          setStatus(message);
        }}
      />

      <section className="reflective-log__section no-print" aria-labelledby="log-delete">
        <h2 id="log-delete">Delete everything</h2>
        <p>
          On a shared computer, delete everything when you have finished: your CPD entries and reflections, your saved progress in every scenario, and
          anything you typed there. Download a backup first if you want to keep them.
        </p>
        {!confirming && (
          <p>
            <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
              Delete everything
            </button>
          </p>
        )}
        {confirming && (
          <div className="notice" role="group" aria-labelledby="log-confirm-question">
            <p id="log-confirm-question">
              <strong>
                Delete everything Common Ground has stored in this browser{keptCount > 0 ? `, including the ${keptCount} entries that could not be read` : ''}?
              </strong>{' '}
              This cannot be undone. Close any other Common Ground tabs first, so that they do not save again.
            </p>
            <div className="reflective-log__actions">
              <button
                type="button"
                className="button button--warning"
                ref={confirmRef}
                onClick={() => {
                  setConfirming(false);
                  const result = deleteEverything(browserStore());
                  if (!result.ok) {
                    setAlerts([{ id: 'delete', message: `This browser would not let Common Ground delete what it has stored (${result.detail}). Clear this site's data in the browser's settings instead.` }]);
                    return;
                  }
                  setAlerts(
                    result.erased.failed.length > 0
                      ? [{ id: 'delete', message: describeErasure(result.erased, { records: log.records.length, reflections: log.entries.length }) }]
                      : [],
                  );
                  setNotices([]);
                  setLog(emptyReflectiveLog());
                  setKeptCount(0);
                  setEditing(null);
                  setJustSaved(null);
                  setStatus(describeErasure(result.erased, { records: log.records.length, reflections: log.entries.length }));
                  window.setTimeout(() => document.querySelector<HTMLElement>('.reflective-log__status')?.scrollIntoView({ block: 'center' }), 0);
                }}
              >
                Yes, delete everything
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                No, keep it
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
