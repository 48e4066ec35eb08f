import { downloadText } from '../../lib/download-file.js';
import { draftTime } from './draft-time.js';
import type { DraftSaveState, OpenDraft } from '../../../../engine/runtime.js';

/** Props of {@link SaveStatus}. */
export interface SaveStatusProps {
  draft: OpenDraft;
  save: DraftSaveState;
  fileName: string;
}

/** Offers the draft as an .mdx file. */
export function downloadDraft(draft: OpenDraft, fileName: string): void {
  downloadText(fileName, draft.text, 'text/markdown;charset=utf-8');
}

/**
 * Whether the draft is kept in this browser. A save the browser refused is
 * an alert, in words, with the draft offered as a download: it is never
 * lost quietly.
 *
 * @example
 * ```tsx
 * <SaveStatus draft={drafts.current} save={drafts.save} fileName="closing-too-soon.mdx" />
 * ```
 */
export function SaveStatus({ draft, save, fileName }: SaveStatusProps) {
  return (
    <div className="studio-save">
      <div role="alert">
        {save.kind === 'failed' && (
          <div className="notice notice--alert" data-notice="draft-not-saved">
            <p className="notice__title">
              <strong>Your draft could not be saved in this browser</strong>
            </p>
            <p>{save.message}</p>
            <p className="notice__actions">
              <button type="button" className="button" onClick={() => downloadDraft(draft, fileName)}>
                Download {fileName}
              </button>
            </p>
          </div>
        )}
      </div>
      {save.kind === 'saved' && save.at !== '' && <p className="studio-save__status">Saved in this browser: {draftTime(save.at)}.</p>}
      {save.kind === 'pending' && <p className="studio-save__status">Saving in this browser when you pause…</p>}
    </div>
  );
}
