/**
 * The lints that keep a scenario testing judgement, not reading: each fires
 * on a file that does the thing, points at it, and stays quiet on the fixed
 * file. The bundled library must pass them all (`validate --strict`).
 */
import { describe, expect, it } from 'vitest';
import { checkScenarioSource, type Finding } from '../../../engine/index.js';
import { FRONTMATTER } from './scenario-source-builder.js';

const choice = (id: string, to: string, label: string, flags = '') => `<Choice id="${id}" to="${to}"${flags}>
${label}

<Feedback cite="stage-1">
Feedback for ${id}.
</Feedback>
</Choice>`;

const endings = (second: 'good' | 'poor') => `<Ending id="resolved-early" outcome="good" resolvedAt={1}>

## Resolved over a cup of tea

Done.

</Ending>

<Ending id="resolved-later" outcome="${second}">

## A later resolution

Done.

</Ending>

<Ending id="closed" outcome="poor">

## Closed without challenge

Done.

</Ending>`;

function lintsOf(body: string, frontmatter = FRONTMATTER): Finding[] {
  const { findings } = checkScenarioSource(`${frontmatter}\n${body}`, 'lints.mdx', { privacy: false });
  return findings.filter((finding) => ['few-choices', 'long-recommended', 'one-strong-ending', 'give-away'].includes(finding.code));
}

const goodScene = `<Scene id="start" stage={1}>

## Monday

The case is to close.

${choice('ring', 'resolved-early', 'Ring the social worker today.', ' recommended')}

${choice('write', 'resolved-later', 'Write to the social worker.')}

${choice('leave', 'closed', 'Leave it to the next review.')}

</Scene>`;

describe('the scenario lints', () => {
  it('are all quiet on a scenario with three choices of a length, two good endings and nothing given away', () => {
    expect(lintsOf(`${goodScene}\n\n${endings('good')}`)).toEqual([]);
  });

  it('warn about a decision of one or two choices, at the scene', () => {
    const body = `<Scene id="start" stage={1}>

## Monday

${choice('ring', 'resolved-early', 'Ring the social worker today.', ' recommended')}

${choice('leave', 'resolved-later', 'Leave it to the next review.')}

</Scene>\n\n${endings('good').replace(/<Ending id="closed"[\s\S]*$/, '')}<Ending id="closed" outcome="poor">\n\nUnreached.\n\n</Ending>`;
    const lints = lintsOf(body);
    expect(lints.map((lint) => lint.code)).toContain('few-choices');
    const few = lints.find((lint) => lint.code === 'few-choices')!;
    // The frontmatter takes 18 lines and a blank one: the scene opens on line 20.
    expect(few).toMatchObject({ severity: 'warning', line: 20 });
    expect(few.message).toContain('only 2 choices');
  });

  it('warn when the recommended label is much the longest, and not when it is a little longer', () => {
    const long = goodScene.replace('Ring the social worker today.', 'Ring the social worker today, listen to her reasons, share your evidence and agree a plan together.');
    expect(lintsOf(`${long}\n\n${endings('good')}`).map((lint) => lint.code)).toEqual(['long-recommended']);
    // The longest alternative, 'Leave it to the next review.', is 28 characters; 34 is 6 more, too few to notice.
    const little = goodScene.replace('Ring the social worker today.', 'Ring the social worker right away.');
    expect(lintsOf(`${little}\n\n${endings('good')}`)).toEqual([]);
  });

  it('warn when only one ending is not poor', () => {
    expect(lintsOf(`${goodScene}\n\n${endings('poor')}`).map((lint) => lint.code)).toEqual(['one-strong-ending']);
  });

  it('warn when an immediate-risk scene announces the risk before the choice, but not when its feedback names it', () => {
    const risky = goodScene.replace('<Scene id="start" stage={1}>', '<Scene id="start" stage={1} immediateRisk>').replace('The case is to close.', 'This is immediate risk of harm.');
    const lints = lintsOf(`${risky}\n\n${endings('good')}`, FRONTMATTER.replace('topics: [case-closure]', 'topics: [case-closure, immediate-risk]'));
    expect(lints.map((lint) => lint.code)).toEqual(['give-away']);
    expect(lints[0]!.message).toContain('"immediate risk"');
    const quiet = goodScene.replace('<Scene id="start" stage={1}>', '<Scene id="start" stage={1} immediateRisk>').replace('Feedback for ring.', 'This was immediate risk of harm, and you acted.');
    expect(lintsOf(`${quiet}\n\n${endings('good')}`, FRONTMATTER.replace('topics: [case-closure]', 'topics: [case-closure, immediate-risk]'))).toEqual([]);
  });

  it('warn when the summary names an ending, at the summary', () => {
    const lints = lintsOf(`${goodScene}\n\n${endings('good')}`, FRONTMATTER.replace('summary: A scenario written by the test builder.', 'summary: How it was resolved over a cup of tea.'));
    expect(lints).toHaveLength(1);
    expect(lints[0]).toMatchObject({ code: 'give-away', line: 4 });
  });
});
