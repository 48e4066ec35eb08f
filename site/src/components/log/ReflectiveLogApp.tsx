import { useEffect, useRef, useState } from 'react';
import { emptyReflectiveLog, formatLondon, fromDate, groupLogEntries, type ReflectiveLog, reflectiveLogToMarkdown } from '../../../../engine/runtime.js';
import { browserStore, wallClockNow } from '../../lib/browser-store.js';
import { clearReflectiveLog, loadReflectiveLog } from '../../lib/reflective-log-store.js';
import { type Notice, NoticeList, setAsideNotice } from '../NoticeList.js';
import { downloadText } from '../player/download-text.js';

const phaseWords = { before: 'before the conversation', during: 'during the conversation', after: 'after the conversation' } as const;


/**
 * The reflective log island: every reflection and record from this
 * browser, grouped by scenario and day, shown as text; Markdown download,
 * print, and delete-all with a confirmation step. Entries that cannot be
 * read are set aside by the store and offered here as a download; the
 * readable ones are shown as usual.
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
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  /** True once the browser's stored log has been read (tests wait for it). */
  const [loaded, setLoaded] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const stored = loadReflectiveLog(browserStore(), wallClockNow());
    setLog(stored.log);
    setKeptCount(stored.kept.length);
    if (stored.problem) setNotices([setAsideNotice('log', stored.problem, stored.setAside, 'Download what could not be read')]);
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const groups = groupLogEntries(log);
  const count = log.entries.length;

  return (
    <div className="reflective-log" data-loaded={loaded ? 'true' : 'false'}>
      <NoticeList notices={alerts} urgent />
      <NoticeList notices={notices} />
      <p className="reflective-log__count">
        {count === 0 ? 'Nothing has been written yet.' : `${count} ${count === 1 ? 'entry' : 'entries'} from ${groups.length} scenario${groups.length === 1 ? '' : 's'}.`}
      </p>
      {count === 0 && (
        <p>
          Reflections and records you write while playing a <a href="/scenarios/">scenario</a> appear here.
        </p>
      )}
      {count > 0 && (
        <div className="reflective-log__actions no-print">
          <button
            type="button"
            className="button"
            onClick={() => {
              const now = new Date();
              downloadText(`reflective-log-${now.toISOString().slice(0, 10)}.md`, reflectiveLogToMarkdown(log, { exportedLabel: formatLondon(fromDate(now)) }), 'text/markdown;charset=utf-8');
            }}
          >
            Download as Markdown
          </button>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          {!confirming && (
            <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
              Delete everything in the log
            </button>
          )}
        </div>
      )}
      {confirming && (
        <div className="notice no-print" role="group" aria-labelledby="log-confirm-question">
          <p id="log-confirm-question">
            <strong>
              Delete all {count} entries{keptCount > 0 ? `, and the ${keptCount} that could not be read,` : ''} from this browser?
            </strong>{' '}
            This cannot be undone. Download a copy first if you want to keep them.
          </p>
          <div className="reflective-log__actions">
            <button
              type="button"
              className="button button--warning"
              ref={confirmRef}
              onClick={() => {
                setConfirming(false);
                if (!clearReflectiveLog(browserStore())) {
                  setAlerts([{ id: 'delete', message: 'This browser would not let Common Ground delete the log, so it is still stored. Try again, or clear this site\'s data in the browser\'s settings.' }]);
                  return;
                }
                setAlerts([]);
                setLog(emptyReflectiveLog());
                setKeptCount(0);
                setStatus('The reflective log has been deleted.');
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
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {groups.map((scenario) => (
        <section key={scenario.scenarioId} className="reflective-log__scenario" aria-labelledby={`log-${scenario.scenarioId}`}>
          <h2 id={`log-${scenario.scenarioId}`}>
            <a href={`/scenarios/${scenario.scenarioId}/`}>{scenario.scenarioTitle}</a>
          </h2>
          {scenario.days.map((day) => (
            <div key={day.date} className="reflective-log__day">
              <h3>{day.dateLabel}</h3>
              {day.entries.map((entry) => (
                <article key={entry.promptId} className="reflective-log__entry">
                  <h4>{entry.kind === 'record' ? 'Record of the discussion' : `Reflection${entry.phase ? ` (${phaseWords[entry.phase]})` : ''}`}</h4>
                  <p className="reflective-log__prompt">
                    <span className="reflective-log__prompt-label">Prompt:</span> {entry.prompt}
                  </p>
                  <blockquote className="reflective-log__text" data-log-entry={entry.promptId}>
                    {entry.text}
                  </blockquote>
                </article>
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
