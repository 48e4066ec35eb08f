/**
 * How much of anything the engine will read: the size of a file, how deep
 * its data may nest, how many names a cast may hold. Every reader checks
 * its input against these before the work that grows with them, so a
 * hostile or mistaken file (a device read as a file, a frontmatter nested
 * thousands deep) is refused at its place, quickly, instead of exhausting
 * memory or the stack. The numbers are data: change them here, and every
 * reader and the authoring guide's wording follow.
 */

const MEBIBYTE = 1024 * 1024;

/** The caps, with what each one limits and why it is where it is. */
export const INPUT_CAPS = Object.freeze({
  /**
   * UTF-8 bytes of a scenario file. The bundled scenarios are under 50 KB;
   * the benchmark's generated 10,000-scene scenario is 15 MB.
   */
  scenarioFileBytes: 32 * MEBIBYTE,
  /**
   * UTF-8 bytes of any other file the engine reads: a test plan, a case
   * file, a protocol, a closures file or a GOV.UK holiday feed. The bundled
   * ones are under 30 KB, and GOV.UK's whole feed is about 20 KB.
   */
  dataFileBytes: MEBIBYTE,
  /**
   * Levels of YAML or JSON nesting (a list in a map in a list counts three),
   * in frontmatter and data files alike. The deepest bundled file (a protocol)
   * nests 8.
   */
  dataDepth: 64,
  /**
   * Levels of Markdown lists and block quotes inside one another in a
   * scenario's text. The MDX parser's work grows with the square of this.
   */
  markdownContainerDepth: 16,
  /** Levels of elements of any kind (tags, emphasis, links, lists) inside one another in a scenario's text. */
  markdownDepth: 100,
  /** People in a scenario's `cast`. The bundled scenarios name at most 13. */
  castMembers: 200,
  /** Entries in a scenario's `allowNames`. */
  allowedNames: 200,
  /** Entries in a scenario's `acknowledgements`. */
  acknowledgements: 200,
  /** Control-character findings reported for one file; the rest are counted in the last. */
  controlCharacterFindings: 50,
  /**
   * Holidays one division of a GOV.UK feed may list in one year: a real year
   * has 8 to 12 (England and Wales had 10 in 2022, with the jubilee and the
   * Queen's funeral), so a feed far past that is not the real feed.
   */
  feedHolidaysPerYear: 15,
});

/** The name of one cap, e.g. `'dataDepth'`. */
export type InputCapName = keyof typeof INPUT_CAPS;
