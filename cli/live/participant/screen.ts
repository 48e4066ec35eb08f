/** What the page calls back when a person acts; `main.ts` turns these into events. */
export interface ScreenActions {
  enterCode(text: string): void;
  chooseTable(table: number): void;
  chooseChoice(choice: string): void;
  /** Independent mode: move this table on from its step. */
  advance(): void;
}

/** One drawn screen: what goes in <main>, the document title, and where focus goes. */
export interface Screen {
  /** Changes when a different screen shows (not on every update): focus then moves to `focusId`. */
  key: string;
  /** The document title, without the site name. */
  title: string;
  /** The table's name for the header, once the phone has one. */
  tableName: string | null;
  content: Node[];
  /** The id to focus when the screen first shows; the page's <h1> has id `heading`. */
  focusId: string;
}

/** The id every screen gives its <h1>. */
export const HEADING_ID = 'heading';
