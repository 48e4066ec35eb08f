import type { PersonalDataKind } from './personal-data-kinds.js';
import type { TextOrigin } from '../kernel/line-index.js';

/** A fictional person a scenario declares; their names are never findings. */
export interface CastMember {
  /** The name as the scenario uses it, e.g. `Kelly Harper` or `Mrs Okafor`. */
  name: string;
  /** What they do in the story, e.g. `health visitor`; not used for matching. */
  role?: string;
}

/**
 * An author's statement that one specific finding is deliberate. It silences
 * only a finding of the same kind with exactly the same text, and only when
 * the reason is not blank.
 */
export interface Acknowledgement {
  /** The kind of the finding being acknowledged. */
  kind: PersonalDataKind;
  /** The finding's exact text, e.g. `Florence Nightingale`. */
  text: string;
  /** Why this is safe to publish, e.g. `historical public figure, quoted`. */
  reason: string;
}


/** Options for {@link scanForPersonalData}. */
export interface ScanOptions extends TextOrigin {
  /** The scenario's declared fictional cast; their names are allowed. */
  cast?: readonly CastMember[];
  /** Findings the author has acknowledged, each with a reason. */
  acknowledged?: readonly Acknowledgement[];
  /**
   * Extra names that are not people in the story but look like names, such
   * as fictional place or school names (`Moorside`, `St Hilda's`).
   */
  allowNames?: readonly string[];
}

/** One piece of personal data found in a text. Every finding is an error. */
export interface PersonalDataFinding {
  /** What sort of personal data this is. */
  kind: PersonalDataKind;
  /** Always `error`: personal data must not ship in a scenario. */
  severity: 'error';
  /** The exact matched text. */
  text: string;
  /** 0-based offset of the match in the scanned text. */
  offset: number;
  /** Length of the match in UTF-16 code units. */
  length: number;
  /** 1-based line, counted from the text's origin. */
  line: number;
  /** 1-based column (UTF-16 code units), counted from the text's origin. */
  column: number;
  /** What was found, as a sentence. */
  message: string;
  /** How to fix it, as a sentence. */
  suggestion: string;
}

/**
 * A match a detector proposes before the scanner adds positions and resolves
 * overlaps. Detectors are pure functions from text to candidates.
 */
export interface PersonalDataCandidate {
  kind: PersonalDataKind;
  offset: number;
  text: string;
  message: string;
  suggestion: string;
}
