/**
 * The sections of the guidance that scenarios may cite, with the stable anchor
 * each has on the site. Scenario feedback links to these ids (for example
 * `[ten working days](guidance:stage-3)`); the validator rejects an id that is
 * not listed here, and the site renders an element with `id={id}` on `page`.
 *
 * Source: North Yorkshire Safeguarding Children Partnership and Safeguarding
 * Adults Board, "Managing Different Professional Perspectives and Mutual
 * Challenge (Including Professionals Resolution Guide)", updated 16 September 2024.
 */
export interface GuidanceSection {
  /** Stable anchor id, kebab-case; never renamed once published. */
  id: string;
  /** Site path of the page that holds the section, e.g. `/guidance/key-principles/`. */
  page: string;
  /** Short human title, our own words. */
  title: string;
  /** The heading of the source document this section paraphrases. */
  sourceHeading: string;
  /**
   * `protocol` for a section about the North Yorkshire process itself (its
   * stages, its stage table, following resolution): other protocols cite
   * their own version of it. `general` (the default) for practice guidance
   * that any protocol's scenario may cite.
   */
  scope?: 'general' | 'protocol';
}

const page = {
  mutualChallenge: '/guidance/mutual-challenge/',
  whenDisagreementsArise: '/guidance/when-disagreements-arise/',
  keyPrinciples: '/guidance/key-principles/',
  conversation: '/guidance/the-conversation/',
  process: '/guidance/resolution-process/',
  followingResolution: '/guidance/following-resolution/',
  mentalCapacity: '/guidance/mental-capacity/',
  immediateRisk: '/guidance/immediate-risk/',
} as const;

/** Every citable section, in reading order. */
export const guidanceSections: readonly GuidanceSection[] = [
  { id: 'mutual-challenge', page: page.mutualChallenge, title: 'Mutual challenge and why it matters', sourceHeading: 'Introduction' },
  { id: 'person-at-the-centre', page: page.mutualChallenge, title: 'The child or adult stays at the centre', sourceHeading: 'Introduction' },
  { id: 'duty-to-challenge', page: page.mutualChallenge, title: 'Every practitioner may and should challenge', sourceHeading: 'Introduction' },
  { id: 'when-disagreements-arise', page: page.whenDisagreementsArise, title: 'When disagreements arise', sourceHeading: 'When might disagreements or difference of opinion arise?' },
  { id: 'trigger-ending-involvement', page: page.whenDisagreementsArise, title: 'Disagreeing with a course of action, such as ending involvement', sourceHeading: 'When might disagreements or difference of opinion arise?' },
  { id: 'trigger-agreed-action-not-done', page: page.whenDisagreementsArise, title: 'An agreed action not completed', sourceHeading: 'When might disagreements or difference of opinion arise?' },
  { id: 'trigger-threshold', page: page.whenDisagreementsArise, title: 'Disagreeing about the threshold for action', sourceHeading: 'When might disagreements or difference of opinion arise?' },
  { id: 'trigger-agency-involvement', page: page.whenDisagreementsArise, title: 'Whether an agency needs to be involved', sourceHeading: 'When might disagreements or difference of opinion arise?' },
  { id: 'trigger-conference-refused', page: page.whenDisagreementsArise, title: 'A requested child protection conference or safeguarding meeting refused', sourceHeading: 'When might disagreements or difference of opinion arise?' },
  { id: 'trigger-agency-response', page: page.whenDisagreementsArise, title: "Shared concern about an agency's response", sourceHeading: 'When might disagreements or difference of opinion arise?' },
  { id: 'trigger-information-sharing', page: page.whenDisagreementsArise, title: 'Sharing information or providing services', sourceHeading: 'When might disagreements or difference of opinion arise?' },
  { id: 'mental-capacity', page: page.mentalCapacity, title: 'Disagreements about mental capacity', sourceHeading: 'When might disagreements or difference of opinion arise?' },
  { id: 'key-principles', page: page.keyPrinciples, title: 'Key principles', sourceHeading: 'Key Principles' },
  { id: 'information-sharing', page: page.keyPrinciples, title: 'Sharing information appropriately', sourceHeading: 'Key Principles' },
  { id: 'proactive-approach', page: page.keyPrinciples, title: 'Raising differences early', sourceHeading: 'Key Principles' },
  { id: 'robust-assessment', page: page.keyPrinciples, title: 'Decisions rest on a robust assessment of risk', sourceHeading: 'Key Principles' },
  { id: 'timescales-are-maximums', page: page.keyPrinciples, title: 'Timescales are maximums', sourceHeading: 'Key Principles' },
  { id: 'immediate-risk', page: page.immediateRisk, title: 'Immediate risk of harm', sourceHeading: 'Key Principles' },
  { id: 'raising-disagreements', page: page.conversation, title: 'Raising a disagreement', sourceHeading: 'Raising disagreements and sharing differences of opinion' },
  { id: 'before-the-conversation', page: page.conversation, title: 'Before the conversation', sourceHeading: 'Before the conversation' },
  { id: 'during-the-conversation', page: page.conversation, title: 'During the conversation', sourceHeading: 'During the conversation' },
  { id: 'after-the-conversation', page: page.conversation, title: 'After the conversation', sourceHeading: 'After the conversation' },
  { id: 'resolution-process', page: page.process, title: 'The professional resolutions process', sourceHeading: 'Process for Professional Resolutions', scope: 'protocol' },
  { id: 'stage-table', page: page.process, title: 'The stages at a glance', sourceHeading: 'Process for Professional Resolutions', scope: 'protocol' },
  { id: 'stage-1', page: page.process, title: 'Stage 1: talk it through between the agencies', sourceHeading: 'Process for Professional Resolutions', scope: 'protocol' },
  { id: 'stage-2', page: page.process, title: 'Stage 2: discuss with your line manager', sourceHeading: 'Process for Professional Resolutions', scope: 'protocol' },
  { id: 'stage-3', page: page.process, title: 'Stage 3: designated safeguarding lead to receiving line manager', sourceHeading: 'Process for Professional Resolutions', scope: 'protocol' },
  { id: 'stage-4', page: page.process, title: 'Stage 4: escalate to senior managers', sourceHeading: 'Process for Professional Resolutions', scope: 'protocol' },
  { id: 'stage-5', page: page.process, title: 'Stage 5: refer to the NYSCP chair or the NYSAB manager', sourceHeading: 'Process for Professional Resolutions', scope: 'protocol' },
  { id: 'stage-6', page: page.process, title: 'Stage 6: a multi-agency panel is convened', sourceHeading: 'Process for Professional Resolutions', scope: 'protocol' },
  { id: 'stage-7', page: page.process, title: 'Stage 7: the panel meets and recommends', sourceHeading: 'Process for Professional Resolutions', scope: 'protocol' },
  { id: 'following-resolution', page: page.followingResolution, title: 'Following resolution: learning', sourceHeading: 'Following Resolution', scope: 'protocol' },
];

/** The guidance pages in reading order, with their titles. */
export const guidancePages = [
  { path: page.mutualChallenge, title: 'Mutual challenge' },
  { path: page.whenDisagreementsArise, title: 'When disagreements arise' },
  { path: page.keyPrinciples, title: 'Key principles' },
  { path: page.immediateRisk, title: 'Immediate risk of harm' },
  { path: page.conversation, title: 'Before, during and after the conversation' },
  { path: page.process, title: 'The resolution process, stage by stage' },
  { path: page.followingResolution, title: 'Following resolution' },
  { path: page.mentalCapacity, title: 'Mental capacity disagreements' },
] as const;

const byId = new Map(guidanceSections.map((section) => [section.id, section]));

/** The section with this id, or undefined. */
export function findGuidanceSection(id: string): GuidanceSection | undefined {
  return byId.get(id);
}

/** The site URL of a section: its page plus `#id`. */
export function guidanceSectionHref(id: string): string | undefined {
  const section = byId.get(id);
  return section ? `${section.page}#${section.id}` : undefined;
}

/** Source citation shown wherever guidance is paraphrased. */
export const guidanceSource = {
  title:
    'Managing Different Professional Perspectives and Mutual Challenge (Including Professionals Resolution Guide)',
  publisher:
    'North Yorkshire Safeguarding Children Partnership (NYSCP) and North Yorkshire Safeguarding Adults Board (NYSAB)',
  kind: 'Practice guidance',
  updated: '2024-09-16',
} as const;
