/**
 * One glossary term: a word or phrase a practitioner may search for, what it
 * means, and the search documents that explain it. The built-in glossary is
 * `data/glossary.json`; `buildSearchDocuments` attaches each term (and its
 * meaning) to its documents' `terms` field, which weighs more than body text.
 */
export interface GlossaryEntry {
  /** The term as a practitioner would write it, e.g. `MCA` or `Court of Protection`. */
  term: string;
  /** What it means, in a few plain words; searched too, so an abbreviation finds its meaning. */
  meaning: string;
  /** The ids of the search documents that explain it, e.g. `guidance:mental-capacity` or `tool:calculator`. */
  documents: string[];
}
