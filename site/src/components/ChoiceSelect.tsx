/** One choice in a {@link ChoiceSelect}. */
export interface SelectChoice {
  /** The value sent, e.g. a route id. */
  value: string;
  /** What the reader sees. */
  label: string;
}

/** Props of {@link ChoiceSelect}. */
export interface ChoiceSelectProps {
  id: string;
  name?: string;
  value: string;
  className?: string;
  /** The id of a hint that describes the list. */
  describedBy?: string;
  choices: readonly SelectChoice[];
  /** A first choice meaning "no filter", e.g. "Any topic"; none when left out. */
  anyLabel?: string;
  onChoose: (value: string) => void;
}

/**
 * A native `<select>` over a list of choices: the one way the site's islands
 * offer a pick from a list (the library's filters, the calculator's protocol),
 * so every list reads and behaves the same for a keyboard or a screen reader.
 *
 * @example
 * ```tsx
 * <ChoiceSelect id="topic" name="topic" value={topic} anyLabel="Any topic" choices={topics} onChoose={setTopic} />
 * ```
 */
export function ChoiceSelect({ id, name, value, className, describedBy, choices, anyLabel, onChoose }: ChoiceSelectProps) {
  return (
    <select id={id} name={name} className={className} aria-describedby={describedBy} value={value} onChange={(event) => onChoose(event.target.value)}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
