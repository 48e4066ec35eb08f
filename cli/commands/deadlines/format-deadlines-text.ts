/**
 * The human form of a deadline table: a heading, a four-column table (stage,
 * who acts, the rule, when it is due) wrapped to the terminal's width, a
 * footnote for assumed events, what the missing optional events mean, the
 * warnings (caps, hour-based times on weekends or at night), the weekends
 * and bank holidays skipped, and the interpretation notes (or a pointer to
 * `--explain`).
 */
import { type DeadlineTable, formatLondonIso, isCheckAssumed, noteScope, skippedDayLines, type StageDeadlines } from '../../../engine/index.js';
import { renderColumns, wrapText, type Cell, type CellLine, type TerminalStyle } from '../../terminal/index.js';

/** How to lay the text out. */
export interface FormatDeadlinesTextOptions {
  /** Total width in columns; 80 for a file or pipe. */
  width: number;
  /** Colour or none. */
  style: TerminalStyle;
  /** For each event name, the command-line option that sets it, for the footnote. */
  optionFor?: Readonly<Record<string, string>>;
  /** A closing reminder (the protocol's immediate-risk summary). */
  closing?: string;
  /** Print the interpretation notes that apply to the rows instead of one line pointing to them. */
  explain?: boolean;
  /** How to ask for the notes, for the pointer line, e.g. `--explain`. */
  explainOption?: string;
}

const STAGE_WIDTH = 5;
const DUE_WIDTH = 24;
const GAP = 2;
const ASSUMED = ' *';

function dueCell(stage: StageDeadlines): Cell {
  const only = stage.checks.length === 1;
  const lines: CellLine[] = [];
  for (const check of stage.checks) {
    if (!only) lines.push(...wrapText(check.kind === 'aim' ? `${check.label} (aim)` : check.label, DUE_WIDTH).map((text) => ({ text, emphasis: 'dim' as const })));
    const text = formatLondonIso(check.due) + (isCheckAssumed(stage, check) ? ASSUMED : '');
    lines.push(check.id === stage.dueCheck ? { text, emphasis: 'bold' } : text);
    if (check.cappedBy !== undefined) lines.push({ text: '(pulled forward)', emphasis: 'dim' });
  }
  return lines;
}



/** Wraps text to the width, starting with `first` and indenting later lines by `rest`. */
function paragraph(text: string, width: number, first = '', rest = ''): string[] {
  const inner = width - Math.max(first.length, rest.length);
  return wrapText(text, inner).map((line, index) => (index === 0 ? first : rest) + line);
}

/**
 * Formats a deadline table for people reading a terminal.
 *
 * @example
 * formatDeadlinesText(table, { width: 80, style: terminalStyle({}, {}) });
 */
export function formatDeadlinesText(table: DeadlineTable, options: FormatDeadlinesTextOptions): string {
  const { style } = options;
  const width = Math.max(60, options.width);
  const flexible = width - STAGE_WIDTH - DUE_WIDTH - GAP * 3;
  const whoWidth = Math.floor(flexible * 0.45);
  const ruleWidth = flexible - whoWidth;
  const widths = [STAGE_WIDTH, whoWidth, ruleWidth, DUE_WIDTH];

  const out: string[] = [];
  out.push(style.bold(table.protocol.name));
  out.push(...paragraph(`${table.audienceLabel}. Disagreement raised ${formatLondonIso(table.raised)}, London time.`, width));
  out.push('');
  const header: Cell[] = ['Stage', 'Who acts', 'The rule', 'Due'].map((text) => [{ text, emphasis: 'bold' as const }]);
  out.push(...renderColumns(widths, [header], style, GAP));
  out.push(style.dim('-'.repeat(width)));
  table.stages.forEach((stage, index) => {
    if (index > 0) out.push('');
    const row: Cell[] = [
      [String(stage.stage)],
      wrapText(stage.owner, whoWidth),
      wrapText(stage.rule, ruleWidth),
      dueCell(stage),
    ];
    out.push(...renderColumns(widths, [row], style, GAP));
  });
  out.push(style.dim('-'.repeat(width)));

  const assumed = table.events.filter((event) => event.assumed);
  const marked = table.stages.some((stage) => stage.checks.some((check) => isCheckAssumed(stage, check)));
  if (marked && assumed.length > 0) {
    out.push('');
    out.push(
      ...paragraph(
        'Counts from an event with no time given yet, taken at the latest moment the protocol allows, so the table shows the outer limits:',
        width,
        '* ',
        '  ',
      ),
    );
    for (const event of assumed) {
      const option = options.optionFor?.[event.event];
      out.push(
        ...paragraph(`${event.label}: ${formatLondonIso(event.at)}${option ? ` (set it with ${option})` : ''}`, width, '  - ', '    '),
      );
    }
  }
  for (const event of table.notGiven) {
    const option = options.optionFor?.[event.event];
    out.push('');
    out.push(...paragraph(`No "${event.label}" was given${option ? ` (${option})` : ''}. ${event.effect}`, width));
  }

  const warnings = table.stages.flatMap((stage) => stage.warnings);
  if (warnings.length > 0) {
    out.push('');
    out.push(style.bold('Worth knowing'));
    for (const warning of warnings) out.push(...paragraph(warning, width, '  - ', '    '));
  }

  const skipped = skippedDayLines(table);
  out.push('');
  if (skipped.length === 0) {
    out.push('No weekends or bank holidays fall inside these timescales.');
  } else {
    out.push(style.bold('Weekends and bank holidays skipped'));
    const whenWidth = Math.max(...skipped.map((line) => line.when.length));
    const whatWidth = width - 2 - whenWidth - GAP;
    const rows = skipped.map((line): Cell[] => [[line.when], wrapText(line.what, whatWidth)]);
    out.push(...renderColumns([whenWidth, whatWidth], rows, style, GAP).map((line) => `  ${line}`));
  }
  const rowNotes = table.notes.filter((note) => note.stages.length === 0 || table.stages.some((stage) => stage.notes.includes(note.id)));
  if (rowNotes.length > 0) {
    out.push('');
    if (options.explain) {
      out.push(style.bold('How these timescales are read (our interpretation of the guidance)'));
      for (const note of rowNotes) out.push(...paragraph(`${noteScope(note.stages)}: ${note.text}`, width, '  - ', '    '));
    } else {
      out.push(
        ...paragraph(
          `These deadlines rest on ${rowNotes.length} notes on how we read the guidance; run again with ${options.explainOption ?? '--explain'} to see them beside the stages they apply to.`,
          width,
        ),
      );
    }
  }
  if (options.closing) {
    out.push('');
    out.push(...paragraph(options.closing, width).map((line) => style.dim(line)));
  }
  return `${out.join('\n')}\n`;
}
