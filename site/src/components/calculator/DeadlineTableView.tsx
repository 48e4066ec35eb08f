import type { DeadlineTable } from '../../../../engine/runtime.js';
import { assumedEvents, deadlineRows, skippedDayLines } from '../../lib/deadline-rows.js';

/** Props of {@link DeadlineTableView}. */
export interface DeadlineTableViewProps {
  table: DeadlineTable;
  /** The table's caption. */
  caption: string;
}

/**
 * A deadline table as HTML: stage, who acts, the rule and when it is due
 * (with weekday), assumed times marked with an asterisk and explained, and
 * the weekends and bank holidays the working-day count skipped. Used both
 * for the build-time worked example and for the calculator's answer.
 */
export function DeadlineTableView({ table, caption }: DeadlineTableViewProps) {
  const rows = deadlineRows(table);
  const assumed = assumedEvents(table);
  const skipped = skippedDayLines(table);
  return (
    <div className="deadline-result">
      <table className="deadline-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Who acts</th>
            <th scope="col">The rule</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => [
            <tr key={row.stage}>
              <th scope="row">
                {row.stage}
                <span className="deadline-table__title">{row.title}</span>
              </th>
              <td data-label="Who acts">{row.owner}</td>
              <td data-label="The rule">{row.rule}</td>
              <td data-label="Due">
                <ul className="deadline-table__due">
                  {row.due.map((due) => (
                    <li key={due.iso + due.label}>
                      {due.label && (
                        <span className="deadline-table__due-label">
                          {due.label}
                          {due.aim && ' (an aim, not a deadline)'}:{' '}
                        </span>
                      )}
                      {due.main ? (
                        <strong>
                          <time dateTime={due.iso}>{due.when}</time>
                        </strong>
                      ) : (
                        <time dateTime={due.iso}>{due.when}</time>
                      )}
                      {due.assumed && (
                        <span className="deadline-table__assumed">
                          {' '}
                          *<span className="visually-hidden"> (counted from an assumed time)</span>
                        </span>
                      )}
                      {due.pulledForward && <span className="deadline-table__pulled"> (pulled forward)</span>}
                    </li>
                  ))}
                </ul>
                {row.notes.length > 0 && (
                  <p className="deadline-table__notes">
                    How this is read:{' '}
                    {row.notes.map((note, index) => (
                      <span key={note.id}>
                        {index > 0 && ', '}
                        <a href={`#note-${note.id}`}>
                          note {note.number}
                          <span className="visually-hidden"> on stage {row.stage}</span>
                        </a>
                      </span>
                    ))}
                  </p>
                )}
              </td>
            </tr>,
            row.warnings.length > 0 && (
              // The warnings get a row of their own, across the table, so they are readable beside a narrow Due column.
              <tr key={`${row.stage}-warnings`} className="deadline-table__warning-row">
                <td colSpan={4} data-label={`Stage ${row.stage}, worth knowing`}>
                  <ul className="deadline-table__warnings">
                    {row.warnings.map((warning) => (
                      <li key={warning}>{warning}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ),
          ])}
        </tbody>
      </table>
      {table.notGiven.length > 0 && (
        <ul className="deadline-notes">
          {table.notGiven.map((entry) => (
            <li key={entry.event}>
              No {entry.label.toLowerCase()} was given. {entry.effect}
            </li>
          ))}
        </ul>
      )}
      {rows.some((row) => row.due.some((due) => due.assumed)) && assumed.length > 0 && (
        <div className="deadline-notes">
          <p>
            * Counted from a time you did not give, assumed at its latest permitted moment. Enter the real time to get
            exact deadlines:
          </p>
          <ul>
            {assumed.map((event) => (
              <li key={event.label}>
                {event.label}: assumed {event.when}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>Days the working-day count skipped</h3>
      {skipped.length === 0 ? (
        <p>None: every day in these timescales is a working day.</p>
      ) : (
        <ul className="deadline-skipped">
          {skipped.map((line) => (
            <li key={line.when}>
              {line.when}: {line.what}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
