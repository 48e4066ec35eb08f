/** Something the page tells the table went wrong, in the server's words or its own. */
export interface Problem {
  message: string;
  /** What to do about it; may be ''. */
  hint: string;
}
