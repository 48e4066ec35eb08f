import { useState } from 'react';
import type { SetAsideData } from '../lib/set-aside-data.js';
import { downloadText } from '../lib/download-file.js';

/** A file a notice offers, made when the button is pressed. */
export interface NoticeDownload {
  /** The button's words, e.g. "Download a copy (Markdown)". */
  label: string;
  fileName: string;
  /** MIME type, e.g. `text/markdown;charset=utf-8`. */
  type: string;
  /** The file's text (it may need code that loads on demand). */
  text: () => string | Promise<string>;
}

/** One notice: a sentence, and maybe a download. */
export interface Notice {
  /** Stable within a page, so a repeated problem replaces its notice instead of stacking. */
  id: string;
  /** A few bold words first, for notices that must be seen at a glance. */
  title?: string;
  message: string;
  download?: NoticeDownload;
}

/** Props of {@link NoticeList}. */
export interface NoticeListProps {
  notices: readonly Notice[];
  /**
   * Problems happening now (nothing is being saved): shown in an alert
   * region, which is rendered even when empty so that screen readers
   * announce a notice the moment it appears. Otherwise each notice is a note.
   */
  urgent?: boolean;
}

/**
 * A notice saying stored data could not be read, offering that data, as it
 * was stored, as a download.
 *
 * @example
 * ```ts
 * setAsideNotice('log', loaded.problem, loaded.setAside, 'Download what could not be read');
 * ```
 */
export function setAsideNotice(id: string, message: string, setAside: SetAsideData | null, label: string): Notice {
  return setAside ? { id, message, download: { label, fileName: setAside.fileName, type: 'text/plain;charset=utf-8', text: () => setAside.text } } : { id, message };
}

function NoticeView({ notice, urgent }: { notice: Notice; urgent: boolean }) {
  const [failed, setFailed] = useState(false);
  const { download } = notice;
  return (
    <div id={`notice-${notice.id}`} className={urgent ? 'notice notice--alert' : 'notice'} role={urgent ? undefined : 'note'} data-notice={notice.id}>
      {notice.title && (
        <p className="notice__title">
          <strong>{notice.title}</strong>
        </p>
      )}
      <p className="notice__message">{notice.message}</p>
      {download && (
        <p className="notice__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              Promise.resolve()
                .then(download.text)
                .then((text) => downloadText(download.fileName, text, download.type))
                .then(() => setFailed(false), () => setFailed(true));
            }}
          >
            {download.label}
          </button>
          {failed && <span className="notice__failure"> The copy could not be made; select and copy what you wrote instead.</span>}
        </p>
      )}
    </div>
  );
}

/**
 * Notices above a page's content: notes (something happened, e.g. a
 * damaged save was set aside) or urgent alerts (something is not being
 * saved). Each may offer a download, so data that could not be kept in the
 * browser can still be kept by the learner. Focus is never moved: the
 * learner may be typing.
 *
 * @example
 * ```tsx
 * <NoticeList notices={alerts} urgent />
 * ```
 */
export function NoticeList({ notices, urgent = false }: NoticeListProps) {
  const items = notices.map((notice) => <NoticeView key={notice.id} notice={notice} urgent={urgent} />);
  return urgent ? (
    <div className="notice-alerts" role="alert">
      {items}
    </div>
  ) : (
    <>{items}</>
  );
}
