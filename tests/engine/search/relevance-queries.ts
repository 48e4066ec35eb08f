/**
 * The search relevance set: questions practitioners type, each with the
 * result that must come first (a search document id). The seven questions
 * issue 16 names are marked `fromIssue`; the site's e2e test types those
 * into the search page in Chromium, and the unit test runs them all over
 * the index the site ships. A change to the synonyms, the glossary, the
 * boosts or the guidance that moves a right answer off the top fails CI.
 */
export interface RelevanceCase {
  /** What the practitioner types. */
  query: string;
  /** The id of the result that must come first, e.g. `guidance:stage-7` or `tool:calculator`. */
  first: string;
  /** The spelling suggestion search must offer, for a misspelt query. */
  suggestion?: string;
  /** One of the questions issue 16 names. */
  fromIssue?: true;
}

export const relevanceQueries: readonly RelevanceCase[] = [
  // The seven questions in issue 16.
  { query: 'how long do I have', first: 'tool:calculator', fromIssue: true },
  { query: 'deadline', first: 'tool:calculator', fromIssue: true },
  { query: '13 working days', first: 'guidance:stage-7', fromIssue: true },
  { query: 'court of protection', first: 'guidance:mental-capacity', fromIssue: true },
  { query: 'panel', first: 'guidance:stage-6', fromIssue: true },
  { query: 'line manager disagrees', first: 'guidance:stage-4', fromIssue: true },
  { query: 'who do I refer to for adults', first: 'guidance:stage-5', fromIssue: true },

  // Deadlines and timescales.
  { query: 'what is the timescale for stage 3', first: 'guidance:stage-3' },
  { query: 'what is the deadline for stage 1', first: 'guidance:stage-1' },
  { query: 'when is stage 5 due', first: 'guidance:stage-5' },
  { query: '24 to 96 hours', first: 'guidance:stage-1' },
  { query: 'when does the panel meet', first: 'guidance:stage-7' },
  { query: 'who is responsible for each stage', first: 'guidance:stage-table' },
  { query: 'what are the timescales for each stage', first: 'guidance:stage-table' },
  { query: 'can I act sooner than the timescale', first: 'guidance:timescales-are-maximums' },
  { query: 'is there a time limit', first: 'tool:calculator' },
  { query: 'bank holidays', first: 'tool:calculator' },
  { query: 'add deadlines to outlook', first: 'tool:calculator' },

  // The stages and who is involved.
  { query: 'who do I refer to for children', first: 'guidance:stage-5' },
  { query: 'NYSAB manager', first: 'guidance:stage-5' },
  { query: 'what happens at stage 5', first: 'guidance:stage-5' },
  { query: 'stage one', first: 'guidance:stage-1' },
  { query: 'stage 2', first: 'guidance:stage-2' },
  { query: 'DSL', first: 'guidance:stage-3' },
  { query: 'what does DSL stand for', first: 'guidance:stage-3' },
  { query: 'escalate to senior managers', first: 'guidance:stage-4' },
  { query: 'what if we still disagree after stage 4', first: 'guidance:stage-4' },
  { query: 'who convenes the panel for adults', first: 'guidance:stage-6' },
  { query: 'escalation panel recommendations', first: 'guidance:stage-7' },
  { query: 'all the stages at a glance', first: 'guidance:stage-table' },

  // Mental capacity.
  { query: 'MCA', first: 'guidance:mental-capacity' },
  { query: 'capacity assessment', first: 'guidance:mental-capacity' },
  { query: 'best interests', first: 'guidance:mental-capacity' },
  { query: 'can the court decide on capacity', first: 'guidance:mental-capacity' },

  // What the disagreement is about.
  { query: 'child protection conference refused', first: 'guidance:trigger-conference-refused' },
  { query: 'ICPC', first: 'guidance:trigger-conference-refused' },
  { query: 'threshold', first: 'guidance:trigger-threshold' },
  { query: 'disagree with a decision to close the case', first: 'guidance:trigger-ending-involvement' },
  { query: 'agreed action not done', first: 'guidance:trigger-agreed-action-not-done' },
  { query: 'the other agency is ignoring me', first: 'guidance:trigger-agency-response' },
  { query: 'sharing information appropriately', first: 'guidance:information-sharing' },
  { query: 'immediate risk of harm', first: 'guidance:immediate-risk' },
  { query: 'what if someone is in danger now', first: 'guidance:immediate-risk' },

  // The conversation, principles and learning.
  { query: 'how do I prepare for the conversation', first: 'guidance:before-the-conversation' },
  { query: 'what should I do after the conversation', first: 'guidance:after-the-conversation' },
  { query: 'agree to disagree', first: 'guidance:during-the-conversation' },
  { query: 'mutual challenge', first: 'guidance:mutual-challenge' },
  { query: 'is every practitioner allowed to challenge', first: 'guidance:duty-to-challenge' },
  { query: 'professional curiosity', first: 'guidance:robust-assessment' },
  { query: 'the child at the centre', first: 'guidance:person-at-the-centre' },
  { query: 'lessons learned', first: 'guidance:following-resolution' },

  // Tools and scenarios.
  { query: 'CPD', first: 'tool:log' },
  { query: 'reflective log', first: 'tool:log' },
  { query: 'protocols for other partnerships', first: 'tool:protocols' },
  { query: 'dementia', first: 'scenario:a-question-of-capacity' },
  { query: 'christmas', first: 'scenario:below-threshold-at-christmas' },

  // Typos: "did you mean".
  { query: 'capcity', first: 'guidance:mental-capacity', suggestion: 'capacity' },
  { query: 'recomendations', first: 'guidance:stage-7', suggestion: 'recommendations' },
  { query: 'calender', first: 'tool:calculator', suggestion: 'calendar' },
  { query: 'escalaton panel', first: 'guidance:stage-6', suggestion: 'escalation panel' },
];
