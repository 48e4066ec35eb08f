import type { OutlineEntry } from '../../../../engine/runtime.js';

/** Props of {@link MapOutline}. */
export interface MapOutlineProps {
  entries: readonly OutlineEntry[];
  onJump: (line: number) => void;
}

/** Outline entries as a tree: each entry with the deeper entries that follow it. */
interface Branch {
  entry: OutlineEntry;
  children: Branch[];
}

function treeOf(entries: readonly OutlineEntry[]): Branch[] {
  const roots: Branch[] = [];
  const open: Branch[] = [];
  for (const entry of entries) {
    const branch = { entry, children: [] };
    while (open.length > 0 && open.at(-1)!.entry.depth >= entry.depth) open.pop();
    (open.at(-1)?.children ?? roots).push(branch);
    open.push(branch);
  }
  return roots;
}

function Branches({ branches, onJump }: { branches: readonly Branch[]; onJump: (line: number) => void }) {
  return (
    <ul className="studio-outline__list">
      {branches.map(({ entry, children }) => (
        <li key={entry.id} className={`studio-outline__entry studio-outline__entry--depth-${entry.depth}`}>
          <button type="button" className="studio-outline__button" onClick={() => onJump(entry.line)}>
            {entry.text}
            <span className="visually-hidden"> (go to line {entry.line})</span>
          </button>
          {children.length > 0 && <Branches branches={children} onJump={onJump} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * The map as a nested list, its equivalent in words: each stage, the
 * scenes and endings in it with their marks, and each scene's ways on.
 * Every line is a button that goes to its place in the editor.
 *
 * @example
 * ```tsx
 * <MapOutline entries={check.map.outline} onJump={(line) => editor.current?.goTo(line)} />
 * ```
 */
export function MapOutline({ entries, onJump }: MapOutlineProps) {
  return (
    <div className="studio-outline">
      <Branches branches={treeOf(entries)} onJump={onJump} />
    </div>
  );
}
