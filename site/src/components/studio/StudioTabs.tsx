import { type KeyboardEvent, type ReactNode, useRef } from 'react';

/** One tab and its panel. */
export interface StudioTab {
  id: string;
  label: ReactNode;
  panel: ReactNode;
}

/** Props of {@link StudioTabs}. */
export interface StudioTabsProps {
  /** What the tab list is for, for screen readers. */
  label: string;
  tabs: readonly StudioTab[];
  selected: string;
  onSelect: (id: string) => void;
}

/**
 * Tabs in the WAI-ARIA pattern: one tab stop for the list, the arrow keys
 * (and Home, End) move between tabs and show each panel at once, Tab goes
 * on into the panel. Every panel stays rendered while hidden, so a
 * play-through in the preview survives a look at the map.
 *
 * @example
 * ```tsx
 * <StudioTabs label="Draft" tabs={[{ id: 'findings', label: 'Findings', panel: <FindingsList … /> }]} selected={tab} onSelect={setTab} />
 * ```
 */
export function StudioTabs({ label, tabs, selected, onSelect }: StudioTabsProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target]!;
    onSelect(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <div className="studio-tabs">
      <div className="studio-tabs__list" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(button) => {
              if (button) buttons.current.set(tab.id, button);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`studio-tab-${tab.id}`}
            className="studio-tabs__tab"
            aria-selected={tab.id === selected}
            aria-controls={`studio-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`studio-panel-${tab.id}`} className="studio-tabs__panel" aria-labelledby={`studio-tab-${tab.id}`} tabIndex={0} hidden={tab.id !== selected}>
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
