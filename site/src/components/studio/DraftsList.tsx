import { type FormEvent, useState } from 'react';
import type { DraftSummary } from '../../../../engine/runtime.js';
import { draftTime } from './draft-time.js';

/** Props of {@link DraftsList}. */
export interface DraftsListProps {
  drafts: readonly DraftSummary[];
  /** The id of the draft in the editor. */
  currentId: string | undefined;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`;
}

/** The name cell while renaming: a field, Save and Cancel. */
function RenameForm({ draft, onRename, onDone }: { draft: DraftSummary; onRename: (name: string) => void; onDone: () => void }) {
  const [name, setName] = useState(draft.name);
  const id = `studio-rename-${draft.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') onRename(name.trim());
    onDone();
  };
  return (
    <form className="studio-rename" onSubmit={submit}>
      <label htmlFor={id}>New name for “{draft.name}”</label>
      <input id={id} type="text" value={name} onChange={(event) => setName(event.target.value)} autoFocus />
      <button type="submit" className="button button--secondary">
        Save name
      </button>
      <button type="button" className="button button--secondary" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

/**
 * Every draft kept in this browser, newest first, with when each last
 * changed: open one (the one on screen is saved first), rename it, or
 * delete it (with a chance to undo).
 *
 * @example
 * ```tsx
 * <DraftsList drafts={drafts.list} currentId={drafts.current?.id} onOpen={drafts.open} onRename={drafts.rename} onDelete={drafts.remove} />
 * ```
 */
export function DraftsList({ drafts, currentId, onOpen, onRename, onDelete }: DraftsListProps) {
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  if (drafts.length === 0) return <p>No drafts are kept in this browser yet.</p>;
  return (
    <table className="data-table studio-drafts">
      <caption className="visually-hidden">Drafts kept in this browser</caption>
      <thead>
        <tr>
          <th scope="col">Draft</th>
          <th scope="col">Last changed</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => (
          <tr key={draft.id} aria-current={draft.id === currentId ? 'true' : undefined}>
            <th scope="row">
              {renaming === draft.id ? (
                <RenameForm draft={draft} onRename={(name) => onRename(draft.id, name)} onDone={() => setRenaming(undefined)} />
              ) : (
                <>
                  {draft.name}
                  {draft.id === currentId && <span className="tag">Open</span>}
                </>
              )}
            </th>
            <td>{draftTime(draft.updatedAt)}</td>
            <td>{size(draft.bytes)}</td>
            <td className="studio-drafts__actions">
              {draft.id !== currentId && (
                <button type="button" className="button button--secondary" onClick={() => onOpen(draft.id)}>
                  Open<span className="visually-hidden"> {draft.name}</span>
                </button>
              )}
              <button type="button" className="button button--secondary" onClick={() => setRenaming(draft.id)}>
                Rename<span className="visually-hidden"> {draft.name}</span>
              </button>
              <button type="button" className="button button--warning" onClick={() => onDelete(draft.id)}>
                Delete<span className="visually-hidden"> {draft.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
