/**
 * The one error class of the site layer: thrown at build time when the
 * site's own content does not line up with the engine's data (a guidance
 * section with no text, a text file for no section). Carries a `hint` that
 * says how to fix it; Astro prints the message and hint, never a stack, and
 * stops the build.
 *
 * @example
 * ```ts
 * throw new SiteError('The guidance section "stage-3" has no text.', {
 *   file: 'site/src/content/guidance/stage-3.md',
 *   hint: 'Create the file and write the section in your own words.',
 * });
 * ```
 */
export class SiteError extends Error {
  /** How to fix the problem. */
  readonly hint: string;
  /** The file at fault, relative to the package root, when there is one. */
  readonly file: string | undefined;

  constructor(message: string, options: { hint: string; file?: string }) {
    super(`${message}\n  hint: ${options.hint}`);
    this.name = 'SiteError';
    this.hint = options.hint;
    this.file = options.file;
    // The problem is in the author's file or setting, never in the site's
    // code, so there is no stack to show: Astro prints an error's stack (and
    // a "Location" in the site's code taken from it) whenever it has one.
    this.stack = '';
  }
}
