/**
 * The xAPI part of a package's page, shown only when xAPI is on: what is
 * sent, the learner's opt-in to sending what they write too (off unless
 * they tick it, remembered in this browser), and a notice when statements
 * are waiting or were refused.
 */
import type { XapiState } from './use-xapi.js';
import { xapiNotice } from './xapi-notice.js';
import './xapi-controls.css';

/**
 * The controls.
 * @example
 * <XapiControls xapi={useXapi(data)} />
 */
export function XapiControls({ xapi }: { xapi: XapiState }) {
  const notice = xapiNotice(xapi.status, xapi.brokenLaunch);
  if (!xapi.enabled) {
    return notice ? (
      <p className="lms-banner lms-banner--warning" role="alert" data-xapi-notice>
        {notice.text}
      </p>
    ) : null;
  }
  return (
    <div className="lms-xapi">
      <p className="lms-xapi__what">
        Your choices, the deadlines you meet or miss, and your result are also sent to your organisation’s learning record store, {xapi.anonymous ? 'without your name' : 'as your learning platform identifies you'}. What you write is not sent unless you tick the box.
      </p>
      <label className="lms-xapi__opt-in">
        <input type="checkbox" data-xapi-opt-in checked={xapi.includeWriting} onChange={(event) => xapi.setIncludeWriting(event.currentTarget.checked)} />
        <span>Also send what I write to the learning record store</span>
      </label>
      {notice ? (
        <p className={notice.warning ? 'lms-xapi__notice lms-xapi__notice--warning' : 'lms-xapi__notice'} role={notice.warning ? 'alert' : 'status'} data-xapi-notice>
          {notice.text}
        </p>
      ) : null}
    </div>
  );
}
