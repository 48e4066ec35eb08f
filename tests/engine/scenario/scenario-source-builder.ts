/**
 * Test helper: writes scenario MDX from a small graph description, so
 * property tests can generate many valid (and deliberately broken) files.
 */

export interface BuiltChoice {
  id: string;
  to: string;
}

export interface BuiltScene {
  id: string;
  stage: number;
  choices: BuiltChoice[];
}

export interface BuiltEnding {
  id: string;
  outcome: 'good' | 'mixed' | 'poor';
}

export const FRONTMATTER = `---
formatVersion: 1
title: Built for a test
summary: A scenario written by the test builder.
audience: child
raised: 2026-12-18T10:00
role: Health visitor
agencies: [Health visiting, Children's social care]
topics: [case-closure]
objectives:
  - Practise the process
estimatedMinutes: 5
provenance:
  basis: fictional
  author: Test builder
  reviewed: 2026-11-20
cast: []
---
`;

/** The MDX text of a scenario with these scenes and endings. */
export function buildScenarioSource(scenes: readonly BuiltScene[], endings: readonly BuiltEnding[]): string {
  const sceneText = scenes.map(
    (scene) => `<Scene id="${scene.id}" stage={${scene.stage}}>

Narrative of ${scene.id}.

${scene.choices
  .map(
    (choice) => `<Choice id="${choice.id}" to="${choice.to}">
Go to ${choice.to}.

<Feedback cite="stage-1" shows="timeliness">
Because.
</Feedback>
</Choice>`,
  )
  .join('\n\n')}

</Scene>`,
  );
  const endingText = endings.map(
    (ending) => `<Ending id="${ending.id}" outcome="${ending.outcome}">

Debrief of ${ending.id}.

</Ending>`,
  );
  return `${FRONTMATTER}\n${[...sceneText, ...endingText].join('\n\n')}\n`;
}
