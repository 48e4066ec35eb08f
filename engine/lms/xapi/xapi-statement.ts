/**
 * The shape of the xAPI 1.0.3 statements Common Ground sends: the subset of
 * the data model it uses (xAPI-Data.md §2.4), as plain JSON types. No
 * `version`, `stored` or `authority`: the spec says a provider should not
 * set the version, and the record store sets the other two.
 */

/** A language map: RFC 5646 tag → text. */
export type XapiLanguageMap = Readonly<Record<string, string>>;

/** A user account on a system (xAPI's `account` identifier). */
export interface XapiAccount {
  /** The system's home page (an IRL). */
  homePage: string;
  /** The account's id on that system: opaque, never a person's name unless the platform made it so. */
  name: string;
}

/** An Agent, identified by exactly one inverse functional identifier. */
export interface XapiAgent {
  objectType?: 'Agent';
  /** Only when the launching platform gave one. */
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: XapiAccount;
}

/** A verb: its IRI and what it says. */
export interface XapiVerb {
  id: string;
  display: XapiLanguageMap;
}

/** One option of a choice interaction. */
export interface XapiInteractionComponent {
  id: string;
  description?: XapiLanguageMap;
}

/** What an activity is. */
export interface XapiActivityDefinition {
  name?: XapiLanguageMap;
  description?: XapiLanguageMap;
  type?: string;
  interactionType?: 'choice' | 'long-fill-in';
  choices?: XapiInteractionComponent[];
}

/** An activity, the object of every statement Common Ground sends. */
export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: XapiActivityDefinition;
}

/** A statement's extensions: IRI → any JSON. */
export type XapiExtensions = Record<string, unknown>;

/** What came of it. */
export interface XapiResult {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration, e.g. `PT12M3.5S`. */
  duration?: string;
  extensions?: XapiExtensions;
}

/** Where it happened. */
export interface XapiContext {
  /** The attempt (a UUID). */
  registration: string;
  contextActivities?: { parent?: XapiActivity[] };
  /** The scenario's structure digest, so a record can tell which version of a scenario was played. */
  revision?: string;
  platform?: string;
  language?: string;
  extensions?: XapiExtensions;
}

/** A statement. */
export interface XapiStatement {
  /** A UUID, derived from the attempt and the move (see `statement-id.ts`), so a retried statement keeps it. */
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context: XapiContext;
  /** When it happened (wall clock, ISO 8601 with a zone). */
  timestamp: string;
}

/** What a statement reports, for the sender (a learner's opt-out withdraws the unsent `reflection`s). */
export type XapiStatementKind = 'choice' | 'reflection' | 'deadline' | 'completion';
