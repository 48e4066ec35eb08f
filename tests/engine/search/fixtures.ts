import type { GuidanceSearchInput, ScenarioSearchInput, ToolSearchInput } from '../../../engine/search/build-search-documents.js';
import type { SynonymTable } from '../../../engine/search/search-synonyms.js';

/** A few guidance sections in the shape the site passes to the search builder. */
export const guidanceInputs: GuidanceSearchInput[] = [
  {
    id: 'stage-3',
    title: 'Stage 3: designated safeguarding lead to receiving line manager',
    page: '/guidance/resolution-process/',
    pageTitle: 'The seven-stage resolution process',
    text: 'The line manager brings in the designated safeguarding lead, who talks to the receiving agency.\n\nThis is done within 10 working days of the disagreement being raised.',
  },
  {
    id: 'stage-7',
    title: 'Stage 7: the panel meets and recommends',
    page: '/guidance/resolution-process/',
    pageTitle: 'The seven-stage resolution process',
    text: 'The escalation panel considers everything gathered and recommends a way forward within 48 hours of meeting.',
  },
  {
    id: 'immediate-risk',
    title: 'Immediate risk of harm',
    page: '/guidance/immediate-risk/',
    pageTitle: 'Immediate risk of harm',
    text: 'Tell your designated safeguarding lead at once. Timescales never justify waiting.',
  },
];

/** One tool page. */
export const toolInputs: ToolSearchInput[] = [
  {
    id: 'calculator',
    title: 'Deadline calculator',
    url: '/calculator/',
    summary: 'Enter when a disagreement was raised to see when each stage is due, leaving out weekends and bank holidays.',
  },
];

/** One scenario, with the fields a scenario is searched by (its scenes never reach the search). */
export const scenarioInputs: ScenarioSearchInput[] = [
  {
    slug: 'no-one-came-back',
    title: 'No one came back',
    summary: 'An agreed review of an older man’s care has not happened and he has fallen again.',
    url: '/scenarios/no-one-came-back/',
    topics: ['An agreed action not completed'],
    audience: 'Adults (NYSAB)',
    about: ['District nurse', 'Adult social care'],
  },
];

/** A small synonym table in the shape of data/synonyms.json. */
export const synonymTable: SynonymTable = {
  questionWords: ['how', 'do', 'i', 'have', 'who', 'what', 'the', 'to', 'for'],
  rewrites: { 'how long': ['deadline'] },
  equivalents: [
    ['deadline', 'timescale'],
    ['panel', 'stage 7'],
    ['mca', 'mental capacity'],
  ],
};
