import type { Ref } from 'react';
import type { NextDeadline, WorkingDayStartNote } from '../../../../engine/runtime.js';

/** Props of {@link CalculatorAnswer}. */
export interface CalculatorAnswerProps {
  /** The id of the answer's heading (the result section is labelled by it). */
  id: string;
  /** What is due next, from the engine's `nextDeadline`. */
  next: NextDeadline;
  /** Why a weekend or holiday start changes nothing, from `explainWorkingDayStarts`. */
  starts: WorkingDayStartNote[];
  /** The heading, which the form focuses when the answer appears. */
  ref?: Ref<HTMLHeadingElement>;
}

/**
 * The calculator's answer, first and in one line ("Your next deadline:
 * stage 1, by Tuesday 22 December 2026, 4.30pm"), then what the stage is,
 * its aim, the weekend, bank-holiday and night warnings the engine gives
 * for it, and why a deadline counted from a weekend is the same as from
 * the Friday. The heading takes focus when the answer appears.
 */
export function CalculatorAnswer({ id, next, starts, ref }: CalculatorAnswerProps) {
  const { stage } = next;
  return (
    <div className="calculator__answer">
      <h2 className="calculator__answer-title" id={id} ref={ref} tabIndex={-1}>
        {next.sentence}
      </h2>
      {stage && (
        <p className="calculator__answer-stage">
          Stage {stage.stage}: {stage.title} ({stage.rule.charAt(0).toLowerCase() + stage.rule.slice(1)}). Who acts: {stage.owner}.
        </p>
      )}
      {next.details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
      {stage && stage.warnings.length > 0 && (
        <div className="calculator__warnings">
          <h3>Worth knowing about stage {stage.stage}</h3>
          <ul>
            {stage.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {starts.length > 0 && (
        <div className="calculator__explain">
          <h3>Why a weekend or bank holiday does not move these dates</h3>
          {starts.map((note) => (
            <p key={note.event}>{note.text}</p>
          ))}
        </div>
      )}
    </div>
  );
}
