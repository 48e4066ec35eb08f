import { describeEnding, type EndingNode, type EndingView } from '../../../../engine/runtime.js';
import { MdastContent } from './MdastContent.js';

const outcomeWords = { good: 'Good outcome', mixed: 'Mixed outcome', poor: 'Poor outcome' } as const;

/** Props of {@link EndingSummary}. */
export interface EndingSummaryProps {
  ending: EndingView;
  /** The ending from the scenario, for its mdast. */
  source: EndingNode | undefined;
  /** When the ending was reached (simulated). */
  atLabel: string;
}

/** The ending reached: its outcome in words and the author's debrief text, with its heading first (focus goes there). */
export function EndingSummary({ ending, source, atLabel }: EndingSummaryProps) {
  const children = source?.debrief.mdast.children ?? [];
  const [first, ...rest] = children;
  const headingFirst = first?.type === 'heading';
  return (
    <div className="player-ending">
      {headingFirst ? <MdastContent tree={{ type: 'root', children: [first] }} /> : <h2>The ending you reached</h2>}
      <p className={`player-outcome player-outcome--${ending.outcome}`}>
        <strong>{outcomeWords[ending.outcome]}</strong>
        {`: ${describeEnding(ending, atLabel)}`}
      </p>
      {source ? <MdastContent tree={{ type: 'root', children: headingFirst ? rest : children }} minHeading={3} /> : <p>{ending.debrief}</p>}
    </div>
  );
}
