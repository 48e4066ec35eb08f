/**
 * Generates valid scenario files of any size, for timing the parser and
 * validator and for building the site with hundreds of scenarios. The text
 * is assembled from a small vocabulary with a seeded random source, so the
 * output is the same on every run and gives the search index varied words.
 * Only cast names appear, so the personal-data guard has nothing to report.
 */
import { pick, randomInt, seededRandom, type Random } from './seeded-random.js';

/** Options for {@link generateScenario}. */
export interface GenerateScenarioOptions {
  /** How many `<Scene>`s (at least 1). */
  scenes: number;
  /** Changes the wording (default 1). */
  seed?: number;
  /** Shown as the title; default "Generated scenario N". */
  title?: string;
  audience?: 'child' | 'adult';
}

const AGENCIES = ['Primary school', "Children's social care", 'Health visiting', 'GP practice', 'Police', 'Adult social care', 'Care home', 'Housing'];
const TOPICS = ['case-closure', 'agreed-action-not-done', 'threshold', 'agency-involvement', 'information-sharing', 'agency-response'];
const SUBJECTS = ['the school', 'the health visitor', 'the social worker', 'the team manager', 'the practice nurse', 'the housing officer', 'the care home manager', 'the police officer'];
const VERBS = ['reviews', 'questions', 'explains', 'records', 'shares', 'challenges', 'summarises', 'reconsiders'];
const OBJECTS = ['the attendance figures', 'the last home visit', 'the agreed referral', 'the threshold decision', 'the chronology', 'the information-sharing agreement', 'the missed appointments', 'the safety plan'];
const QUALIFIERS = ['before the end of the working day', 'with the manager present', 'after checking the records', 'in a calm and respectful way', 'with the young person’s words in mind', 'ahead of the review meeting'];

function sentence(random: Random): string {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, QUALIFIERS)}.`.replace(/^./, (c) => c.toUpperCase());
}

function paragraph(random: Random): string {
  return Array.from({ length: randomInt(random, 2, 4) }, () => sentence(random)).join(' ');
}

/** The stage a scene at `index` of `count` sits in: climbing 1..7, one step at a time. */
function stageOf(index: number, count: number): number {
  return Math.min(7, 1 + Math.floor(index / Math.max(1, Math.floor(count / 7))));
}

/**
 * A complete, valid `.mdx` scenario with the given number of scenes: a
 * chain of scenes that climbs through the stages one at a time, each with a
 * recommended choice onward and two choices that end it, plus three endings.
 *
 * @example
 * const source = generateScenario({ scenes: 1000 });
 * checkScenarioSource(source, 'generated.mdx').length; // 0 errors
 */
export function generateScenario(options: GenerateScenarioOptions): string {
  const count = Math.max(1, Math.floor(options.scenes));
  const seed = options.seed ?? 1;
  const random = seededRandom(seed);
  const audience = options.audience ?? 'child';
  const title = options.title ?? `Generated scenario ${seed}`;
  const parts: string[] = [
    '---',
    'formatVersion: 1',
    `title: ${title}`,
    `summary: ${sentence(random)} ${sentence(random)}`,
    `audience: ${audience}`,
    'raised: 2026-03-02T10:00',
    'role: Designated safeguarding lead at a primary school',
    `agencies: [${pick(random, AGENCIES)}, ${pick(random, AGENCIES)}]`,
    `topics: [${pick(random, TOPICS)}${stageOf(count - 1, count) >= 5 ? ', escalation-panel' : ''}]`,
    'objectives:',
    '  - Raise a disagreement directly and early',
    'estimatedMinutes: 15',
    'provenance:',
    '  basis: fictional',
    '  author: Common Ground contributors',
    '  reviewed: 2026-01-12',
    'cast:',
    '  - name: Sam',
    '    role: the person the disagreement is about',
    '---',
    '',
  ];
  for (let i = 0; i < count; i += 1) {
    const stage = stageOf(i, count);
    const next = i + 1 < count ? `scene-${i + 1}` : 'settled-together';
    parts.push(
      `<Scene id="scene-${i}" stage={${stage}}>`,
      '',
      `## Step ${i + 1}: ${pick(random, OBJECTS)}`,
      '',
      paragraph(random),
      '',
      `Sam says it has felt like a long week. ${paragraph(random)}`,
      '',
    );
    if (i % 10 === 0) {
      parts.push(`<Reflect id="reflect-${i}" phase="before">`, '', 'What do you want this conversation to achieve for Sam?', '', '</Reflect>', '');
    }
    parts.push(
      `<Choice id="go-on-${i}" to="${next}" after="1h" recommended>`,
      `Keep talking it through: ${pick(random, OBJECTS)}.`,
      '',
      '<Feedback cite="stage-1 proactive-approach" shows="timeliness respectful-challenge">',
      '',
      `${sentence(random)} See [the stage table](guidance:stage-table).`,
      '',
      '</Feedback>',
      '</Choice>',
      '',
      `<Choice id="stop-${i}" to="settled-late" after="2h">`,
      `Stop here and ${pick(random, VERBS).replace(/s$/, '')} ${pick(random, OBJECTS)} later.`,
      '',
      '<Feedback cite="timescales-are-maximums" misses="timeliness">',
      '',
      sentence(random),
      '',
      '</Feedback>',
      '</Choice>',
      '',
      `<Choice id="give-up-${i}" to="never-settled" after="1 working day">`,
      'Leave it and hope it sorts itself out.',
      '',
      '<Feedback cite="timescales-are-maximums" misses="timeliness person-at-centre">',
      '',
      sentence(random),
      '',
      '</Feedback>',
      '</Choice>',
      '',
      '</Scene>',
      '',
    );
  }
  const lastStage = stageOf(count - 1, count);
  parts.push(
    `<Ending id="settled-together" outcome="good" resolvedAt={${lastStage}}>`,
    '',
    '## Settled',
    '',
    paragraph(random),
    '',
    '</Ending>',
    '',
    '<Ending id="settled-late" outcome="mixed">',
    '',
    '## Settled late',
    '',
    paragraph(random),
    '',
    '</Ending>',
    '',
    '<Ending id="never-settled" outcome="poor">',
    '',
    '## Never settled',
    '',
    paragraph(random),
    '',
    '</Ending>',
    '',
  );
  return parts.join('\n');
}
